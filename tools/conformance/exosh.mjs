// Runs conformance cases through exosh (dist/cli.js, so `npm run build` first) in forked workers:
// each case as `exosh -c` runs it; a case that hangs is killed after a timeout and its worker replaced.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cases.mjs';

const CHILD = join(ROOT, 'tools', 'conformance', 'exosh-child.mjs');

function childEnv() {
  const env = { ...process.env, NO_COLOR: '1', TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
  delete env.COLUMNS;
  delete env.NODE_OPTIONS;
  return env;
}

function startChild() {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], { env: childEnv(), stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('message', (m) => (m.ready ? resolve(child) : reject(new Error('exosh worker did not start'))));
    child.once('error', reject);
  });
}

function runOne(child, c, root, timeoutMs) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.removeListener('message', onMessage);
      resolve(undefined);
    }, timeoutMs);
    const onMessage = (m) => {
      if (m.id !== c.id) return;
      clearTimeout(timer);
      child.removeListener('message', onMessage);
      resolve(m.result);
    };
    child.on('message', onMessage);
    child.send({ id: c.id, code: c.code, root });
  });
}

/** Map id → {stdout, stderr, exit}; a case over `timeoutMs` gets exit -1 and a note on stderr. */
export async function runExoshCases(cases, { jobs = 2, timeoutMs = 10_000 } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'exosh-conformance-exosh-'));
  const results = new Map();
  const queue = [...cases];
  const worker = async (k) => {
    const wroot = join(root, `w${k}`);
    let child = await startChild();
    try {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const r = await runOne(child, c, wroot, timeoutMs);
        if (r) results.set(c.id, r);
        else {
          child.kill('SIGKILL');
          results.set(c.id, { stdout: '', stderr: `conformance: exosh did not finish in ${timeoutMs / 1000} s`, exit: -1 });
          child = await startChild();
        }
      }
    } finally {
      child.kill();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, jobs) }, (_, k) => worker(k)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return results;
}
