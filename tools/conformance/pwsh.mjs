// Runs conformance cases through the real pwsh 7.6: many cases per process through driver.ps1
// (each in a fresh runspace, as `pwsh -c` runs it alone), in parallel processes; a case that ends
// with `exit`, or a batch that fails, runs in a pwsh process of its own.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, WIDTH, needsOwnProcess, normaliseOutput } from './cases.mjs';

const MARKER = '\u0001CONFORMANCE-CASE-END';

export function findPwsh() {
  if (process.env.PWSH) return process.env.PWSH;
  const tool = join(homedir(), '.dotnet', 'tools', 'pwsh');
  return existsSync(tool) ? tool : 'pwsh';
}

/**
 * .NET reads the console width from the terminal database when output is not a terminal, so a
 * one-entry terminfo with cols#120 gives pwsh exosh's 120 columns (COLUMNS is ignored).
 */
function writeTerminfo(root) {
  const name = 'conf120|conformance 120 columns\0';
  const header = Buffer.alloc(12);
  header.writeInt16LE(0x011a, 0);
  header.writeInt16LE(name.length, 2);
  header.writeInt16LE(0, 4); // booleans
  header.writeInt16LE(3, 6); // numbers: cols, it, lines
  header.writeInt16LE(0, 8); // strings
  header.writeInt16LE(0, 10); // string table
  const names = Buffer.from(name, 'latin1');
  const pad = (header.length + names.length) % 2 === 1 ? Buffer.alloc(1) : Buffer.alloc(0);
  const nums = Buffer.alloc(6);
  nums.writeInt16LE(WIDTH, 0);
  nums.writeInt16LE(-1, 2);
  nums.writeInt16LE(50, 4);
  const dir = join(root, 'terminfo', 'c');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'conf120'), Buffer.concat([header, names, pad, nums]));
  return join(root, 'terminfo');
}

export function pwshEnv(root) {
  const env = { ...process.env };
  delete env.COLUMNS;
  delete env.LINES;
  Object.assign(env, {
    NO_COLOR: '1',
    TERM: 'conf120',
    TERMINFO: writeTerminfo(root),
    LANG: 'en_US.UTF-8',
    LC_ALL: 'en_US.UTF-8',
    TZ: 'UTC',
    POWERSHELL_TELEMETRY_OPTOUT: '1',
    POWERSHELL_UPDATECHECK: 'Off',
    POWERSHELL_CLI_TELEMETRY_OPTOUT: '1',
  });
  return env;
}

function run(cmd, args, options, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

function freshDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

/** One case in a pwsh process of its own: the reference the batch driver is checked against. */
export async function runStandalone(c, root, env) {
  const work = join(root, 'work');
  freshDir(work);
  const r = await run(findPwsh(), ['-NoProfile', '-NonInteractive', '-Command', c.code], { cwd: work, env }, 60_000);
  if (r.timedOut) return { stdout: '', stderr: 'conformance: pwsh timed out', exit: -1 };
  return { stdout: normaliseOutput(r.stdout, work), stderr: normaliseOutput(r.stderr, work), exit: r.code };
}

async function runBatch(batch, root, env) {
  const file = join(root, 'batch.json');
  writeFileSync(file, JSON.stringify(batch.map((c) => ({ code: c.code }))));
  const driver = join(ROOT, 'tools', 'conformance', 'driver.ps1');
  const r = await run(findPwsh(), ['-NoProfile', '-NonInteractive', '-File', driver, file, root], { cwd: root, env }, 30_000 + batch.length * 5_000);
  const outs = r.stdout.split(MARKER);
  const errs = r.stderr.split(MARKER);
  const work = join(root, 'work');
  const results = [];
  for (let i = 0; i < batch.length; i++) {
    if (i + 1 >= outs.length || i + 1 >= errs.length) return { results, failed: batch.slice(i) };
    const exitMatch = /^ (-?\d+)\n/.exec(outs[i + 1]);
    if (!exitMatch) return { results, failed: batch.slice(i) };
    // The driver writes "\n" before each marker and the marker line's own "\n" after it.
    const strip = (s, first) => (first ? s : s.replace(/^ ?-?\d*\n/, '')).replace(/\n$/, '');
    results.push({
      case: batch[i],
      result: {
        stdout: normaliseOutput(strip(outs[i], i === 0), work),
        stderr: normaliseOutput(strip(errs[i], i === 0), work),
        exit: Number(exitMatch[1]),
      },
    });
  }
  return { results, failed: [] };
}

/**
 * Records cases with `jobs` pwsh processes at a time. Returns Map id → {stdout, stderr, exit}.
 * `onProgress(done, total)` is called as results arrive.
 */
export async function recordCases(cases, { jobs = 2, batchSize = 40, onProgress = () => {}, standaloneOnly = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'exosh-conformance-pwsh-'));
  const results = new Map();
  const own = standaloneOnly ? cases : cases.filter((c) => needsOwnProcess(c.code));
  const batched = standaloneOnly ? [] : cases.filter((c) => !needsOwnProcess(c.code));
  const queue = [];
  for (let i = 0; i < batched.length; i += batchSize) queue.push({ kind: 'batch', cases: batched.slice(i, i + batchSize) });
  for (const c of own) queue.push({ kind: 'one', cases: [c] });
  let done = 0;
  const worker = async (k) => {
    const wroot = join(root, `w${k}`);
    mkdirSync(wroot, { recursive: true });
    const env = pwshEnv(wroot);
    for (let job = queue.shift(); job; job = queue.shift()) {
      let rest = job.cases;
      if (job.kind === 'batch') {
        const { results: got, failed } = await runBatch(job.cases, wroot, env);
        // A case whose output shows the driver's status line (an error that quotes the whole
        // script) is run again on its own.
        const shown = got.filter((g) => (g.result.stdout + g.result.stderr).includes('__conformanceStatus'));
        for (const g of got) if (!shown.includes(g)) results.set(g.case.id, g.result);
        done += got.length - shown.length;
        onProgress(done, cases.length);
        rest = [...shown.map((g) => g.case), ...failed];
      }
      for (const c of rest) {
        results.set(c.id, await runStandalone(c, wroot, env));
        onProgress(++done, cases.length);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, jobs) }, (_, k) => worker(k)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return results;
}
