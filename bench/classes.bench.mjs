// Issue 10's collection benchmarks, in one process so start-up is not counted: building a
// 1,000,000-element [List[int]] in a foreach loop, and a 100,000-row [PSCustomObject] report into a
// [List[PSObject]], each beside the same work in plain JavaScript in the same run. The local pipeline
// `1..1e6 | ? { $_ % 3 -eq 0 }` is measured the same way for reference (its JS loop is one the JIT
// all but removes, so that ratio is large; bench/language.bench.mjs has the pipeline's own figure).
// Ratio = exosh / plain JavaScript, of the median times and of the best times (on a shared, noisy
// machine the best is the steadier figure). docs/performance.md records the figures.
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

async function timeExosh(script, expected) {
  const times = [];
  // One untimed warm-up run, so each figure is the engine's steady state rather than JIT start-up.
  for (let i = 0; i <= runs; i++) {
    const session = new Session();
    const start = process.hrtime.bigint();
    const r = await session.run(script);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.errors.length > 0) throw new Error(`${script}: ${r.errors[0].message}`);
    if (String(r.output.at(-1)) !== String(expected)) throw new Error(`${script}: expected ${expected}, got ${String(r.output.at(-1))}`);
    if (i > 0) times.push(ms);
  }
  return { median: median(times), best: Math.min(...times) };
}

function timeJs(fn, expected) {
  const times = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const result = fn();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result !== expected) throw new Error(`plain JS: expected ${expected}, got ${result}`);
    if (i > 0) times.push(ms);
  }
  return { median: median(times), best: Math.min(...times) };
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

console.log(`(in-process wall time of ${runs} run(s) after a warm-up: median and best; ratio = exosh / plain JavaScript)`);
const ms = (t) => `${t.toFixed(1).padStart(6)} ms`;
for (const c of cases) {
  const exosh = await timeExosh(c.script, c.expected);
  const js = timeJs(c.js, c.expected);
  console.log(
    `${c.name.padEnd(56)} exosh ${ms(exosh.median)} (best ${ms(exosh.best)})   JS ${ms(js.median)} (best ${ms(js.best)})   ratio ${(exosh.median / js.median).toFixed(1).padStart(5)}x (best ${(exosh.best / js.best).toFixed(1)}x)`,
  );
}
