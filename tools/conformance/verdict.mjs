// The verdict on each case: exosh's result against the pwsh golden and the known-differences list.
import { compare } from './cases.mjs';

/**
 * status: 'pass' (same as pwsh), 'known' (differs, and listed with a reason), 'fail' (differs,
 * not listed), 'fixed' (listed but now the same: the list must drop it), 'stale' (no golden for
 * this code: re-record).
 */
export function verdicts(cases, goldens, results, known) {
  return cases.map((c) => {
    const golden = goldens[c.area]?.[c.name];
    if (!golden || golden.hash !== c.hash) return { case: c, status: 'stale', diffs: [] };
    const diffs = compare(golden, results.get(c.id));
    const listed = Object.prototype.hasOwnProperty.call(known, c.id);
    const status = diffs.length === 0 ? (listed ? 'fixed' : 'pass') : listed ? 'known' : 'fail';
    return { case: c, status, diffs, golden, result: results.get(c.id) };
  });
}

/** Known-list entries that name no case: the list must stay true, so these fail too. */
export function orphanKnown(cases, known) {
  const ids = new Set(cases.map((c) => c.id));
  return Object.keys(known).filter((id) => !ids.has(id));
}

export function summarise(vs) {
  const areas = new Map();
  for (const v of vs) {
    const a = areas.get(v.case.area) ?? { total: 0, pass: 0, known: 0, fail: 0, fixed: 0, stale: 0 };
    a.total++;
    a[v.status]++;
    areas.set(v.case.area, a);
  }
  return areas;
}

/** A readable account of one difference, for test failures and `npm run conformance -- --show`. */
export function describeDifference(v) {
  const parts = [`${v.case.id}`, `--- code\n${v.case.code}`];
  if (v.diffs.includes('exit')) parts.push(`--- exit: pwsh ${v.golden.exit}, exosh ${v.result.exit}`);
  if (v.diffs.includes('stdout')) parts.push(`--- stdout, pwsh:\n${v.golden.stdout.join('\n')}\n--- stdout, exosh:\n${v.result.stdout}`);
  if (v.diffs.includes('stderr')) parts.push(`--- stderr, pwsh:\n${v.golden.stderr.join('\n')}\n--- stderr, exosh:\n${v.result.stderr}`);
  return parts.join('\n');
}
