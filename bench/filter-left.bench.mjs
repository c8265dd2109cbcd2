// Filter-left (issue 11): the common report shapes with filter-left on and off, in the same run,
// against a sandbox in its own process. For each shape: the time inside exosh (Measure-Command,
// so start-up and sign-in are not in it), the on/off ratio, and the bytes that crossed the wire
// (every TCP socket of the exosh process, counted by a preloaded probe when it closes; the
// sign-in's few KB are in both).
// Goals: ≥ 10x less time and data where the predicate is selective; never > 5% slower.
//
//   npm run build && node bench/filter-left.bench.mjs [--sizes 20000,100000] [--runs 3] [--quick]
//                                                    [--skip <text>,<text>] [--off-runs-cap N]
// --skip leaves out the shapes whose label contains one of the texts; --off-runs-cap N measures a
// shape at most N times when one filter-left-off run of it took longer than a minute (the classic
// Get-Mailbox run drags every object through InvokeCommand: minutes at 100,000 mailboxes).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandboxChild } from './sandbox-child.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const quick = process.argv.includes('--quick');
const sizesArg = process.argv.indexOf('--sizes');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : quick ? 1 : 3;
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : quick ? [20_000] : [20_000, 100_000];
const skipArg = process.argv.indexOf('--skip');
const SKIP = skipArg > 0 ? process.argv[skipArg + 1].split(',').map((t) => t.toLowerCase()) : [];
const capArg = process.argv.indexOf('--off-runs-cap');
const OFF_RUNS_CAP = capArg > 0 ? Number(process.argv[capArg + 1]) : Infinity;
const work = mkdtempSync(join(tmpdir(), 'exosh-flbench-'));

const SHAPES = [
  // The issue's own example. Department is neither filterable on Get-EXOMailbox (Microsoft's
  // filterable-properties list) nor a property of its objects: nothing is pushed, and the ratio
  // shows the planner costs nothing.
  ['issue example (Department, not pushable)', "Get-EXOMailbox -ResultSize Unlimited | Where-Object { $_.Department -eq 'Sales' } | Measure-Object"],
  ['-eq on a filterable property', "Get-Mailbox -ResultSize Unlimited | Where-Object { $_.Office -eq 'Seattle' } | Measure-Object"],
  ['-like on PrimarySmtpAddress', "Get-EXOMailbox -ResultSize Unlimited | Where-Object { $_.PrimarySmtpAddress -like 'anna*' } | Measure-Object"],
  ['RecipientTypeDetails test', "Get-EXOMailbox -ResultSize Unlimited | Where-Object { $_.RecipientTypeDetails -eq 'SharedMailbox' } | Measure-Object"],
  ['Select-Object -First 10', 'Get-EXOMailbox -ResultSize Unlimited | Select-Object -First 10 | Measure-Object'],
];

const startSandbox = (mailboxes) => startSandboxChild(cli, work, mailboxes);

// Preloaded into exosh: sums bytesRead + bytesWritten of every TCP socket the process opens
// (TLS included, so these are the bytes on the wire) and writes the total at exit.
const probe = join(work, 'bytes-probe.cjs');
const probeOut = join(work, 'bytes.txt');
writeFileSync(
  probe,
  `const net = require('node:net');
let total = 0;
const live = new Set();
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  if (!live.has(this)) {
    live.add(this);
    this.once('close', () => { total += this.bytesRead + this.bytesWritten; live.delete(this); });
  }
  return connect.apply(this, args);
};
process.on('exit', () => {
  for (const s of live) total += s.bytesRead + s.bytesWritten;
  require('node:fs').writeFileSync(process.env.EXOSH_BENCH_BYTES, String(total));
});
`,
);

const connect = 'Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false';

/** Runs the pipeline in a fresh exosh; its time from Measure-Command, its bytes from the probe. */
async function measure(sandbox, pipeline, on) {
  const command = `${connect}; $ExoshFilterLeft = $${on}; $n = 0; $t = Measure-Command { ${pipeline} | ForEach-Object { $n = $_.Count } }; "$([int]$t.TotalMilliseconds) $n"`;
  const child = spawn(process.execPath, ['--require', probe, cli, '--sandbox-url', sandbox.url, '--ca-file', sandbox.caFile, '-c', command], {
    env: { ...process.env, NO_COLOR: '1', EXOSH_BENCH_BYTES: probeOut },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0 || err.trim() !== '') throw new Error(`exosh -c failed (${code}): ${err}`);
  const [ms, count] = out.trim().split(/\s+/).map(Number);
  return { ms, count, bytes: Number(readFileSync(probeOut, 'utf8')) };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const mb = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;
const rows = [['shape', 'mailboxes', 'objects', 'off', 'on', 'time on/off', 'bytes off', 'bytes on', 'bytes on/off', 'runs']];
try {
  for (const size of SIZES) {
    const sandbox = await startSandbox(size);
    try {
      const runs = RUNS;
      for (const [label, pipeline] of SHAPES) {
        if (SKIP.some((t) => label.toLowerCase().includes(t))) continue;
        const off = [];
        const on = [];
        let count = 0;
        let bytesOff = 0;
        let bytesOn = 0;
        // Alternate off and on so that warm-up and drift fall on both.
        for (let i = 0; i < runs && !(i >= OFF_RUNS_CAP && Math.max(...off) > 60_000); i++) {
          const a = await measure(sandbox, pipeline, false);
          const b = await measure(sandbox, pipeline, true);
          if (a.count !== b.count) throw new Error(`${label}: ${a.count} objects off, ${b.count} on`);
          off.push(a.ms);
          on.push(b.ms);
          count = a.count;
          bytesOff = a.bytes;
          bytesOn = b.bytes;
        }
        const o = median(off);
        const n = median(on);
        rows.push([label, size.toLocaleString('en-US'), String(count), `${o} ms`, `${n} ms`, `${(n / o).toFixed(3)}x`, mb(bytesOff), mb(bytesOn), `${(bytesOn / bytesOff).toFixed(4)}x`, String(off.length)]);
        // Progress on stderr: a long run that is stopped still leaves its finished rows.
        process.stderr.write(`${rows.at(-1).join(' | ')}\n`);
      }
    } finally {
      sandbox.stop();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) process.stdout.write(r.map((c, i) => c.padEnd(widths[i])).join('  ') + '\n');
