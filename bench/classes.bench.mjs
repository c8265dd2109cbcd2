// Issue 10's collection benchmarks, in one process so start-up is not counted: building a
// 1,000,000-element [List[int]] in a foreach loop, and a 100,000-row [PSCustomObject] report into a
// [List[PSObject]], each beside the same work in plain JavaScript in the same run (ratio of median
// times). The local pipeline `1..1e6 | ? { $_ % 3 -eq 0 }` is measured the same way for reference.
// `--quick`: one timed run each instead of five.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { Session } = await import(pathToFileURL(join(root, 'dist', 'local-session.js')).href);
const quick = process.argv.includes('--quick');
const runs = quick ? 1 : 5;

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
  return median(times);
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
  return median(times);
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

console.log(`(in-process wall time, median of ${runs} run(s) after a warm-up; ratio = exosh / plain JavaScript)`);
for (const c of cases) {
  const exosh = await timeExosh(c.script, c.expected);
  const js = timeJs(c.js, c.expected);
  console.log(`${c.name.padEnd(58)} exosh ${exosh.toFixed(0).padStart(6)} ms   JS ${js.toFixed(1).padStart(7)} ms   ratio ${(exosh / js).toFixed(0).padStart(4)}x`);
}
