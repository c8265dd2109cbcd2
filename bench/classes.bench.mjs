// Issue 10's collection benchmarks, in one process so start-up is not counted: building a
// 1,000,000-element [List[int]] in a foreach loop, and a 100,000-row [PSCustomObject] report into a
// [List[PSObject]], each beside the same work in plain JavaScript in the same run. The local pipeline
// `1..1e6 | ? { $_ % 3 -eq 0 }` is measured the same way for reference (its JS loop is one the JIT
// all but removes, so that ratio is large; bench/language.bench.mjs has the pipeline's own figure).
// Ratio = exosh / plain JavaScript, of the median wall times, the best wall times and the best CPU
// times (on a shared, noisy machine the best CPU time is the steadiest figure). docs/performance.md records the figures.
// `--quick`: one timed run each instead of five; `--runs N`: N timed runs.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { Session } = await import(pathToFileURL(join(root, 'dist', 'local-session.js')).href);
const quick = process.argv.includes('--quick');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : quick ? 1 : 5;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Wall and CPU milliseconds of one call (CPU counts every thread of the process, GC helpers too). */
async function clock(run) {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return { result, wall: Number(process.hrtime.bigint() - wall) / 1e6, cpu: (used.user + used.system) / 1000 };
}

function summary(samples) {
  const walls = samples.map((s) => s.wall);
  const cpus = samples.map((s) => s.cpu);
  return { median: median(walls), best: Math.min(...walls), cpuBest: Math.min(...cpus) };
}

async function timeExosh(script, expected) {
  const samples = [];
  // One untimed warm-up run, so each figure is the engine's steady state rather than JIT start-up.
  for (let i = 0; i <= runs; i++) {
    const session = new Session();
    const sample = await clock(() => session.run(script));
    const r = sample.result;
    if (r.errors.length > 0) throw new Error(`${script}: ${r.errors[0].message}`);
    if (String(r.output.at(-1)) !== String(expected)) throw new Error(`${script}: expected ${expected}, got ${String(r.output.at(-1))}`);
    if (i > 0) samples.push(sample);
  }
  return summary(samples);
}

async function timeJs(fn, expected) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const sample = await clock(fn);
    if (sample.result !== expected) throw new Error(`plain JS: expected ${expected}, got ${sample.result}`);
    if (i > 0) samples.push(sample);
  }
  return summary(samples);
}

const cases = [
  {
    name: '[List[int]] of 1,000,000 in foreach',
    script: '$l = [System.Collections.Generic.List[int]]::new(); foreach ($i in 1..1000000) { $l.Add($i) }; $l.Count',
    expected: 1000000,
    js: () => {
      const l = [];
      for (let i = 1; i <= 1000000; i++) l.push(i);
      return l.length;
    },
  },
  {
    name: '100,000-row [PSCustomObject] report in [List[PSObject]]',
    script:
      '$r = [System.Collections.Generic.List[PSObject]]::new(); foreach ($i in 1..100000) { $r.Add([PSCustomObject]@{ Name = "user$i"; Size = $i * 2; Enabled = ($i % 2 -eq 0) }) }; $r.Count',
    expected: 100000,
    js: () => {
      const r = [];
      for (let i = 1; i <= 100000; i++) r.push({ Name: `user${i}`, Size: i * 2, Enabled: i % 2 === 0 });
      return r.length;
    },
  },
  {
    // The ArrayList idiom: before its fast path this set up a pipeline per turn (about 20x the Add).
    name: '[ArrayList] of 1,000,000: $a.Add($i) | Out-Null',
    script: '$a = [System.Collections.ArrayList]::new(); foreach ($i in 1..1000000) { $a.Add($i) | Out-Null }; $a.Count',
    expected: 1000000,
    js: () => {
      const l = [];
      for (let i = 1; i <= 1000000; i++) l.push(i);
      return l.length;
    },
  },
  {
    name: 'pipeline 1..1e6 | ? { $_ % 3 -eq 0 }',
    script: '(1..1000000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object).Count',
    expected: 333333,
    js: () => {
      let n = 0;
      for (let i = 1; i <= 1000000; i++) if (i % 3 === 0) n++;
      return n;
    },
  },
];

console.log(`(in-process times of ${runs} run(s) after a warm-up: wall median, wall best, CPU best; ratio = exosh / plain JavaScript of each)`);
const ms = (t) => `${t.toFixed(1).padStart(6)}`;
const ratio = (a, b) => `${(a / b).toFixed(1)}x`.padStart(6);
for (const c of cases) {
  const exosh = await timeExosh(c.script, c.expected);
  const js = await timeJs(c.js, c.expected);
  console.log(c.name);
  console.log(`    exosh ${ms(exosh.median)} / ${ms(exosh.best)} / ${ms(exosh.cpuBest)} ms   JS ${ms(js.median)} / ${ms(js.best)} / ${ms(js.cpuBest)} ms   ratio ${ratio(exosh.median, js.median)} / ${ratio(exosh.best, js.best)} / ${ratio(exosh.cpuBest, js.cpuBest)}`);
}
