// The differential conformance suite: every case in test/conformance/cases/ runs through exosh
// (dist/cli.js, as `exosh -c` runs it) and must print what pwsh 7.6.10 printed (the goldens), or be
// on test/conformance/known-differences.json with its reason. A listed case that starts passing
// fails too, so the list stays true. Record goldens with `npm run conformance:record` (needs pwsh).
import { beforeAll, describe, expect, it } from 'vitest';
import { listAreas, loadCases, loadGolden, loadKnown } from '../../tools/conformance/cases.mjs';
import { runExoshCases } from '../../tools/conformance/exosh.mjs';
import { describeDifference, orphanKnown, verdicts } from '../../tools/conformance/verdict.mjs';

type Verdict = ReturnType<typeof verdicts>[number];

const areas: string[] = listAreas();
const cases = loadCases(areas);
const known: Record<string, string> = loadKnown();
let byArea = new Map<string, Verdict[]>();

beforeAll(async () => {
  const goldens = Object.fromEntries(areas.map((a) => [a, loadGolden(a)]));
  const results = await runExoshCases(cases);
  byArea = new Map();
  for (const v of verdicts(cases, goldens, results, known)) {
    const list = byArea.get(v.case.area) ?? [];
    list.push(v);
    byArea.set(v.case.area, list);
  }
}, 240_000);

describe('conformance with pwsh 7.6.10', () => {
  it('has at least 1,500 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1500);
  });

  it('every known difference names a case and gives a reason', () => {
    expect(orphanKnown(cases, known)).toEqual([]);
    for (const [id, reason] of Object.entries(known)) expect(typeof reason === 'string' && reason.trim().length > 10, id).toBe(true);
  });

  for (const area of areas) {
    it(`${area}: each case prints what pwsh prints, or is a listed difference`, () => {
      const vs = byArea.get(area) ?? [];
      const problems: string[] = [];
      for (const v of vs) {
        if (v.status === 'stale') problems.push(`${v.case.id}: no golden for this code; run npm run conformance:record -- --missing`);
        else if (v.status === 'fixed') problems.push(`${v.case.id}: now prints what pwsh prints; remove it from test/conformance/known-differences.json`);
        else if (v.status === 'fail') problems.push(`${describeDifference(v)}\n(differs from pwsh and is not in test/conformance/known-differences.json)`);
      }
      expect(problems.join('\n\n')).toBe('');
    });
  }
});
