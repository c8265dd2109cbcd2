// `npm ci` (the `prepare` script) and `npm start` run this: it compiles only when a source file (or
// the compiler settings) is newer than the last build, so `npm ci && npm start` compiles once and a
// later start skips the 20-second tsc run. Installing the packed tarball runs no scripts: it ships dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// tsc rewrites every output on each build, so dist/cli.js's time is the last build's (npm test's too);
// the bundle is written after it.
const built = join(root, 'dist', 'cli.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.tsx')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestSource(join(root, 'src')), statSync(join(root, 'tsconfig.json')).mtimeMs, statSync(join(root, 'package.json')).mtimeMs);
const stale = (file) => !existsSync(file) || statSync(file).mtimeMs < sources;
// `npm run build` is both steps: tsc, then the REPL's bundle (tools/bundle-repl.mjs).
const bundle = join(root, 'dist', 'ui', 'repl.bundle.js');
if (stale(built) || stale(bundle)) {
  process.stderr.write('Building exosh (first start, or the sources changed)...\n');
  const steps = [
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')],
    [join(root, 'tools', 'bundle-repl.mjs')],
  ];
  for (const step of steps) {
    const r = spawnSync(process.execPath, step, { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
