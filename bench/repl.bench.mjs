// The REPL benchmark of issue 8, in a real terminal (tmux, 80×24):
//   - start-up to a usable prompt (`exosh` until its prompt shows) beside `node -e 1`;
//   - streaming 10,000 table rows to the screen (Enter until the prompt is back) beside a node
//     process writing the same text with process.stdout.write (Enter until its end marker shows).
// Ratios in one run. `--quick`: one run of each, else the median of three. Needs tmux and dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const quick = process.argv.includes('--quick');
const runs = quick ? 1 : 3;
const tmux = ['/usr/bin/tmux', '/usr/local/bin/tmux', '/opt/homebrew/bin/tmux'].find((p) => existsSync(p));
if (!tmux) {
  console.log('repl.bench: skipped, tmux is not installed (it measures the REPL in a real terminal).');
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'exosh-repl-bench-'));
// A fresh tmux server per pane: reusing a socket right after kill-server races with its exit.
let panes = 0;
let socket = `exosh-bench-${process.pid}-0`;
const env = { NO_COLOR: '1', HOME: work };

function t(...args) {
  const r = spawnSync(tmux, ['-L', socket, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args[0]}: ${r.stderr}`);
  return r.stdout;
}
const quote = (a) => `'${a.replace(/'/g, "'\\''")}'`;
const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts `argv` in a fresh 80×24 pane; resolves when `ready` matches the screen, with the ms it took. */
async function startPane(argv, ready) {
  socket = `exosh-bench-${process.pid}-${++panes}`;
  const start = now();
  t('new-session', '-d', '-s', 'b', '-x', '80', '-y', '24', '-c', work, ...Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]), argv.map(quote).join(' ') + '; sleep 30');
  await waitFor(ready);
  return now() - start;
}

async function waitFor(pattern, ms = 120_000) {
  const start = now();
  for (;;) {
    if (pattern.test(t('capture-pane', '-p', '-t', 'b'))) return;
    if (now() - start > ms) throw new Error(`never showed ${pattern}:\n${t('capture-pane', '-p', '-t', 'b')}`);
    await sleep(5);
  }
}

function stop() {
  spawnSync(tmux, ['-L', socket, 'kill-server']);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const rowsCommand = '1..10000 | ForEach-Object { [pscustomobject]@{ Id = $_; Name = "mailbox$_"; Size = $_ * 1024 } }';
const text = spawnSync(process.execPath, [cli, '-c', rowsCommand], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '80' } }).stdout;
const textFile = join(work, 'rows.txt');
writeFileSync(textFile, text);
const writer = join(work, 'writer.mjs');
// Waits for Enter, writes the text, then an end marker (as the REPL's prompt coming back).
writeFileSync(
  writer,
  `import { readFileSync } from 'node:fs';
const text = readFileSync(${JSON.stringify(textFile)}, 'utf8');
process.stdout.write('ready> ');
process.stdin.once('data', () => { process.stdout.write(text); process.stdout.write('END-OF-ROWS\\n'); });
`,
);

try {
  const startExosh = [];
  const startNode = [];
  const streamExosh = [];
  const streamNode = [];
  for (let i = 0; i < runs; i++) {
    startNode.push(await startPane([process.execPath, '-e', 'console.log("node-ready")'], /node-ready/));
    stop();
    startExosh.push(await startPane([process.execPath, cli], /PS ~>/));
    await sleep(200);
    let s = now();
    t('send-keys', '-t', 'b', '-l', rowsCommand);
    t('send-keys', '-t', 'b', 'Enter');
    // The last row (its cells may be cut: widths are fixed by the first rows, as in pwsh), then the prompt.
    await waitFor(/mailbox10\S*\s+\S+\s*\n\s*\nPS ~>\s*$/);
    streamExosh.push(now() - s);
    stop();
    await startPane([process.execPath, writer], /ready>/);
    s = now();
    t('send-keys', '-t', 'b', 'Enter');
    await waitFor(/END-OF-ROWS/);
    streamNode.push(now() - s);
    stop();
  }
  const row = (name, a, b) => `${name.padEnd(48)} ${a.toFixed(0).padStart(7)} ms ${b.toFixed(0).padStart(7)} ms ${(a / b).toFixed(2).padStart(7)}x`;
  const title = `(80x24 tmux pane, ${quick ? 'one run' : 'median of 3'})`;
  console.log(`${title.padEnd(48)}     exosh    baseline    ratio`);
  console.log(row('start-up to a usable prompt vs node -e 1', median(startExosh), median(startNode)));
  console.log(row('10,000 table rows to the screen vs stdout.write', median(streamExosh), median(streamNode)));
  console.log(`goal: prompt under 500 ms (measured ${median(startExosh).toFixed(0)} ms)`);
} finally {
  stop();
  rmSync(work, { recursive: true, force: true });
}
