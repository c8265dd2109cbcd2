#!/usr/bin/env node
// npm run conformance [-- options]: runs the suite through exosh (dist/, so it builds first) and
// prints the pass rate per area against the pwsh goldens.
//   --area NAME    only this area (repeatable)
//   --show         print every difference (code, pwsh's output, exosh's)
//   --failing      list the ids of cases that differ and are not on the known list
import { listAreas, loadCases, loadGolden, loadKnown } from './cases.mjs';
import { runExoshCases } from './exosh.mjs';
import { describeDifference, orphanKnown, summarise, verdicts } from './verdict.mjs';

const argv = process.argv.slice(2);
const areasOpt = [];
let show = false;
let failing = false;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--area') areasOpt.push(argv[++i]);
  else if (argv[i] === '--show') show = true;
  else if (argv[i] === '--failing') failing = true;
  else {
    console.error(`conformance: unknown option '${argv[i]}'`);
    process.exit(64);
  }
}
const areas = areasOpt.length > 0 ? areasOpt : listAreas();
const cases = loadCases(areas);
const goldens = Object.fromEntries(areas.map((a) => [a, loadGolden(a)]));
const known = loadKnown();
const started = Date.now();
const results = await runExoshCases(cases);
const vs = verdicts(cases, goldens, results, known);
if (show) for (const v of vs) if (v.status === 'known' || v.status === 'fail') console.log(describeDifference(v) + '\n');
if (failing) for (const v of vs) if (v.status === 'fail') console.log(v.case.id);

const pct = (n, d) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const rows = [...summarise(vs)].sort(([a], [b]) => a.localeCompare(b));
const total = { total: 0, pass: 0, known: 0, fail: 0, fixed: 0, stale: 0 };
console.log(`${'area'.padEnd(24)} ${'cases'.padStart(5)} ${'same'.padStart(5)}  rate   known  unlisted fixed stale`);
for (const [area, a] of rows) {
  for (const k of Object.keys(total)) total[k] += a[k];
  console.log(`${area.padEnd(24)} ${String(a.total).padStart(5)} ${String(a.pass + a.fixed).padStart(5)} ${pct(a.pass + a.fixed, a.total)} ${String(a.known).padStart(6)} ${String(a.fail).padStart(9)} ${String(a.fixed).padStart(5)} ${String(a.stale).padStart(5)}`);
}
console.log(`${'all'.padEnd(24)} ${String(total.total).padStart(5)} ${String(total.pass + total.fixed).padStart(5)} ${pct(total.pass + total.fixed, total.total)} ${String(total.known).padStart(6)} ${String(total.fail).padStart(9)} ${String(total.fixed).padStart(5)} ${String(total.stale).padStart(5)}`);
const orphans = orphanKnown(loadCases(), known);
if (orphans.length > 0) console.log(`known-differences.json names ${orphans.length} case(s) that do not exist: ${orphans.join(', ')}`);
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s; 'same' = identical stdout, stderr and exit code to pwsh 7.6.10)`);
