#!/usr/bin/env node
// npm run conformance [-- options]: runs the suite through exosh (dist/, so it builds first) and
// prints the pass rate per area against the pwsh goldens.
//   --area NAME    only this area (repeatable)
//   --show         print every difference (code, pwsh's output, exosh's)
//   --failing      list the ids of cases that differ and are not on the known list
//   --write-known  put every case that differs and is not listed on known-differences.json, with
//                  the cause classify.mjs names (edit the reason when you know better), and drop
//                  listed cases that now pass
//   --causes       rank the causes of differences (grouped, with counts)
import { writeFileSync } from 'node:fs';
import { KNOWN_FILE, listAreas, loadCases, loadGolden, loadKnown } from './cases.mjs';
import { classify, reasonOf } from './classify.mjs';
import { runExoshCases } from './exosh.mjs';
import { describeDifference, orphanKnown, summarise, verdicts } from './verdict.mjs';

const argv = process.argv.slice(2);
const areasOpt = [];
let show = false;
let failing = false;
let writeKnown = false;
let causes = false;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--area') areasOpt.push(argv[++i]);
  else if (argv[i] === '--show') show = true;
  else if (argv[i] === '--failing') failing = true;
  else if (argv[i] === '--write-known') writeKnown = true;
  else if (argv[i] === '--causes') causes = true;
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
if (writeKnown) {
  const next = { ...known };
  for (const id of orphanKnown(loadCases(), known)) delete next[id];
  for (const v of vs) {
    if (v.status === 'fail') next[v.case.id] = reasonOf(v);
    if (v.status === 'fixed') delete next[v.case.id];
  }
  const sorted = Object.fromEntries(Object.keys(next).sort().map((k) => [k, next[k]]));
  writeFileSync(KNOWN_FILE, JSON.stringify(sorted, null, 1) + '\n');
  console.log(`known-differences.json: ${Object.keys(sorted).length} cases`);
}
if (causes) {
  const counts = new Map();
  for (const v of vs) {
    if (v.status !== 'fail' && v.status !== 'known') continue;
    const [category] = classify(v);
    const c = counts.get(category) ?? { n: 0, areas: new Map() };
    c.n++;
    c.areas.set(v.case.area, (c.areas.get(v.case.area) ?? 0) + 1);
    counts.set(category, c);
  }
  console.log('causes of differences (cases):');
  for (const [category, c] of [...counts].sort((a, b) => b[1].n - a[1].n)) {
    const top = [...c.areas].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([a, n]) => `${a} ${n}`).join(', ');
    console.log(`${String(c.n).padStart(5)}  ${category}  (${top})`);
  }
}

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
