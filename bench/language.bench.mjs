// The language benchmark of issue 3: `1..1000000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object`
// in exosh beside the same work as a plain JavaScript loop (time and peak memory, as ratios), and
// start-up time of `exosh -c '1'` beside `node -e 1`. Each run is a fresh process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'exosh-bench-'));
const probe = join(work, 'rss-probe.cjs');
const probeOut = join(work, 'rss.txt');
// Preloaded into each child: writes its peak resident set size (KiB) when it exits.
writeFileSync(
  probe,
  "process.on('exit', () => require('fs').writeFileSync(process.env.EXOSH_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n",
);

function runOnce(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', probe, ...args], {
    encoding: 'utf8',
    env: { ...process.env, EXOSH_BENCH_RSS: probeOut, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const rssKiB = Number(readFileSync(probeOut, 'utf8'));
  return { ms, rssKiB, stdout: r.stdout };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(args, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(runOnce(args));
  return { ms: median(results.map((r) => r.ms)), rssKiB: Math.max(...results.map((r) => r.rssKiB)), stdout: results[0].stdout };
}

const pipeline = '1..1000000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object';
const plainLoop = `
let count = 0;
for (let i = 1; i <= 1000000; i++) if (i % 3 === 0) count++;
console.log('Count    : ' + count);
`;

const fmt = (n, unit) => `${n.toFixed(unit === 'MiB' ? 1 : 0)} ${unit}`;
try {
  const exosh = measure([cli, '-c', pipeline], 3);
  const plain = measure(['-e', plainLoop], 3);
  if (!/333333/.test(exosh.stdout)) throw new Error(`unexpected exosh output:\n${exosh.stdout}`);
  const startExosh = measure([cli, '-c', '1'], 7);
  const startNode = measure(['-e', '1'], 7);

  const rows = [
    ['exosh -c pipeline (1e6 objects)', fmt(exosh.ms, 'ms'), fmt(exosh.rssKiB / 1024, 'MiB')],
    ['plain JavaScript loop', fmt(plain.ms, 'ms'), fmt(plain.rssKiB / 1024, 'MiB')],
    ['ratio', `${(exosh.ms / plain.ms).toFixed(1)}x`, `${(exosh.rssKiB / plain.rssKiB).toFixed(1)}x`],
    ['exosh -c 1 (start-up)', fmt(startExosh.ms, 'ms'), fmt(startExosh.rssKiB / 1024, 'MiB')],
    ['node -e 1', fmt(startNode.ms, 'ms'), fmt(startNode.rssKiB / 1024, 'MiB')],
    ['ratio', `${(startExosh.ms / startNode.ms).toFixed(1)}x`, `${(startExosh.rssKiB / startNode.rssKiB).toFixed(1)}x`],
  ];
  console.log(`pipeline: ${pipeline}`);
  console.log('(wall time: median of runs, each a fresh process; memory: peak RSS)');
  for (const [a, b, c] of rows) console.log(`${a.padEnd(36)} ${b.padStart(10)} ${c.padStart(10)}`);
  const ratio = exosh.ms / plain.ms;
  console.log(ratio <= 20 ? `goal met: within 20x of the plain loop (${ratio.toFixed(1)}x)` : `goal missed: ${ratio.toFixed(1)}x the plain loop (goal 20x)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
