// Runs every bench/*.bench.mjs in turn, each as its own node process (`npm run bench` builds first).
// `npm run bench -- --quick` passes --quick on: the smallest sizes and one run each, a few minutes in all.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const benches = readdirSync(here).filter((f) => f.endsWith('.bench.mjs')).sort();
let failed = 0;
for (const b of benches) {
  process.stdout.write(`\n== ${b}\n`);
  const r = spawnSync(process.execPath, [join(here, b), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`${b} failed (exit ${r.status})\n`);
  }
}
process.exitCode = failed ? 1 : 0;
