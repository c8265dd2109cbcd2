// The Exchange client benchmark of issue 7, against a sandbox in its own process (as `exosh
// --sandbox` runs it). Each figure is a ratio measured in this run:
//   Get-EXOMailbox -ResultSize Unlimited | Measure-Object     vs plain undici paging of the same
//                                                             entity set (goal ≤ 1.3x), at 20,000
//                                                             and 100,000 mailboxes
//   time to the first object (Select-Object -First 1)          goal < 300 ms
//   peak RSS of the client streaming every mailbox into        goal < 200 MB
//   Export-Csv (the sandbox's memory is its own)
//   exosh --sandbox -c 'Get-Mailbox -ResultSize 1' on a warm  vs node -e 1
//   data folder
// Times inside exosh come from Measure-Command, so process start-up and sign-in are not in them;
// the undici baseline signs in the same way (password grant) before its clock starts.
//
//   npm run build && node bench/exchange.bench.mjs [--sizes 20000,100000] [--quick]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { startSandboxChild } from './sandbox-child.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const quick = process.argv.includes('--quick');
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : quick ? [20_000] : [20_000, 100_000];
const work = mkdtempSync(join(tmpdir(), 'exosh-xbench-'));
const probe = join(work, 'rss-probe.cjs');
const probeOut = join(work, 'rss.txt');
writeFileSync(probe, "process.on('exit', () => require('fs').writeFileSync(process.env.EXOSH_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n");

const startSandbox = (mailboxes) => startSandboxChild(cli, work, mailboxes);

function exosh(sandbox, command, extraEnv = {}) {
  const r = spawnSync(process.execPath, ['--require', probe, cli, '--sandbox-url', sandbox.url, '--ca-file', sandbox.caFile, '-c', command], {
    encoding: 'utf8',
    env: { ...process.env, ...extraEnv, EXOSH_BENCH_RSS: probeOut, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`exosh -c "${command}" failed (${r.status}): ${r.stderr}`);
  return { stdout: r.stdout.trim(), rssKiB: Number(readFileSync(probeOut, 'utf8')) };
}

const connect = 'Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false';

/** Milliseconds printed by `(Measure-Command { ... }).TotalMilliseconds`. */
function exoshMs(sandbox, pipeline) {
  const out = exosh(sandbox, `${connect}; $n = 0; $t = Measure-Command { ${pipeline} | ForEach-Object { $n = $_.Count } }; "$([int]$t.TotalMilliseconds) $n"`).stdout;
  const [ms, count] = out.split(/\s+/).map(Number);
  return { ms, count };
}

async function signIn(sandbox, agent) {
  const tokenRes = await request(`${sandbox.url}/contoso.onmicrosoft.com/oauth2/v2.0/token`, {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'fb78d390-0c51-40cd-8e17-fdbfab77341b',
      scope: 'https://outlook.office365.com/.default',
      username: 'admin@contoso.onmicrosoft.com',
      password: 'Sandbox-Pa55!',
    }).toString(),
  });
  const { access_token: token } = await tokenRes.body.json();
  return token;
}

/**
 * `serve` listens while it still generates the mailboxes (Exchange requests wait for them): one
 * small request before any clock starts, so no figure includes the generation.
 */
async function waitForStore(sandbox) {
  const agent = new Agent({ connect: { ca: readFileSync(sandbox.caFile, 'utf8') } });
  const token = await signIn(sandbox, agent);
  const res = await request(`${sandbox.url}/adminapi/beta/contoso.onmicrosoft.com/Mailbox?$top=1`, { dispatcher: agent, headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  await res.body.text();
  await agent.close();
  if (res.statusCode !== 200) throw new Error(`the sandbox answered ${res.statusCode} to its first Exchange request`);
}

async function undiciPaging(sandbox, mailboxes) {
  const agent = new Agent({ connect: { ca: readFileSync(sandbox.caFile, 'utf8') } });
  const token = await signIn(sandbox, agent);
  const start = performance.now();
  let url = `${sandbox.url}/adminapi/beta/contoso.onmicrosoft.com/Mailbox?ResultSize=Unlimited`;
  let count = 0;
  while (url) {
    const res = await request(url, { dispatcher: agent, headers: { authorization: `Bearer ${token}`, prefer: 'odata.maxpagesize=1000', accept: 'application/json' } });
    const page = await res.body.json();
    count += page.value.length;
    url = page['@odata.nextLink'];
  }
  const ms = performance.now() - start;
  await agent.close();
  if (count < mailboxes) throw new Error(`undici paging saw ${count} mailboxes, expected at least ${mailboxes}`);
  return { ms, count };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const rows = [];
try {
  for (const size of SIZES) {
    const sandbox = await startSandbox(size);
    try {
      await waitForStore(sandbox);
      const runs = quick ? 1 : 3;
      const plain = [];
      const ours = [];
      let count = 0;
      for (let i = 0; i < runs; i++) {
        plain.push((await undiciPaging(sandbox, size)).ms);
        const r = exoshMs(sandbox, 'Get-EXOMailbox -ResultSize Unlimited | Measure-Object');
        ours.push(r.ms);
        count = r.count;
      }
      const p = median(plain);
      const o = median(ours);
      rows.push([`Get-EXOMailbox -ResultSize Unlimited | Measure-Object, ${size.toLocaleString('en-US')} mailboxes (${count} counted)`, `${o.toFixed(0)} ms`, `${p.toFixed(0)} ms (undici paging)`, `${(o / p).toFixed(2)}x (goal ≤ 1.3x)`]);

      const first = median(Array.from({ length: runs }, () => exoshMs(sandbox, 'Get-EXOMailbox -ResultSize Unlimited | Select-Object -First 1').ms));
      rows.push([`time to the first object, ${size.toLocaleString('en-US')} mailboxes`, `${first.toFixed(0)} ms`, '', `goal < 300 ms`]);

      if (size === SIZES[SIZES.length - 1]) {
        const csv = join(work, 'all.csv');
        const r = exosh(sandbox, `${connect}; Get-EXOMailbox -ResultSize Unlimited | Export-Csv -Path '${csv}' -NoTypeInformation`);
        const base = spawnSync(process.execPath, ['--require', probe, '-e', '1'], { env: { ...process.env, EXOSH_BENCH_RSS: probeOut } });
        const nodeRss = Number(readFileSync(probeOut, 'utf8'));
        void base;
        rows.push([`peak RSS streaming ${size.toLocaleString('en-US')} mailboxes into Export-Csv`, `${(r.rssKiB / 1024).toFixed(1)} MiB`, `${(nodeRss / 1024).toFixed(1)} MiB (node -e 1)`, `goal < 200 MB`]);
        rmSync(csv, { force: true });
      }
    } finally {
      sandbox.stop();
    }
  }

  // exosh --sandbox on a warm data folder: the first run creates the data, the timed runs reuse it.
  const xdg = join(work, 'xdg');
  const env = { ...process.env, XDG_DATA_HOME: xdg, NO_COLOR: '1' };
  const startRun = (args) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    return performance.now() - t;
  };
  startRun([cli, '--sandbox', '-c', 'Get-Mailbox -ResultSize 1']);
  const warm = median(Array.from({ length: quick ? 1 : 3 }, () => startRun([cli, '--sandbox', '-c', 'Get-Mailbox -ResultSize 1'])));
  const node = median(Array.from({ length: 3 }, () => startRun(['-e', '1'])));
  rows.push([`exosh --sandbox -c 'Get-Mailbox -ResultSize 1' (warm data folder)`, `${warm.toFixed(0)} ms`, `${node.toFixed(0)} ms (node -e 1)`, `${(warm / node).toFixed(1)}x`]);
} finally {
  rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) process.stdout.write(r.map((c, i) => c.padEnd(widths[i])).join('  ') + '\n');
