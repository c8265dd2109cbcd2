// Properties that must hold for any input: Select-Object's positional selection is array slicing,
// Sort-Object gives a sorted permutation, Group-Object and Measure-Object account for every object.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { run } from './harness.js';
import { selectObject } from '../../src/commands/select-object.js';
import { sortObject } from '../../src/commands/sort-object.js';
import { groupObject } from '../../src/commands/group-object.js';
import { measureObject } from '../../src/commands/measure-object.js';
import { PSObject } from '../../src/runtime/values.js';

const ints = fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 });
const small = fc.integer({ min: 0, max: 45 });

describe('object cmdlets on arbitrary input', () => {
  it('Select-Object -Skip s -First f is slice(s, s + f); -Last l is the last l; -SkipLast k drops k', async () => {
    await fc.assert(
      fc.asyncProperty(ints, small, small, async (xs, s, f) => {
        expect((await run(selectObject, { Skip: s, First: f }, { input: xs })).output).toEqual(xs.slice(s, s + f));
        expect((await run(selectObject, { Last: f }, { input: xs })).output).toEqual(f === 0 ? [] : xs.slice(-f));
        expect((await run(selectObject, { SkipLast: s }, { input: xs })).output).toEqual(xs.slice(0, Math.max(0, xs.length - s)));
      }),
      { numRuns: 60 },
    );
  });
  it('Sort-Object returns the same numbers in ascending order; -Descending reverses; -Unique dedupes', async () => {
    await fc.assert(
      fc.asyncProperty(ints, async (xs) => {
        const asc = [...xs].sort((a, b) => a - b);
        expect((await run(sortObject, {}, { input: xs })).output).toEqual(asc);
        expect((await run(sortObject, { Descending: true }, { input: xs })).output).toEqual([...asc].reverse());
        expect((await run(sortObject, { Unique: true }, { input: xs })).output).toEqual([...new Set(asc)]);
      }),
      { numRuns: 60 },
    );
  });
  it('Group-Object: counts add up, one group per distinct value, in sorted order', async () => {
    await fc.assert(
      fc.asyncProperty(ints, async (xs) => {
        const groups = (await run(groupObject, {}, { input: xs })).output as PSObject[];
        expect(groups.reduce((n, g) => n + (g.get('Count') as number), 0)).toBe(xs.length);
        expect(groups.map((g) => (g.get('Values') as unknown[])[0])).toEqual([...new Set([...xs].sort((a, b) => a - b))]);
      }),
      { numRuns: 60 },
    );
  });
  it('Measure-Object -Sum -Minimum -Maximum agrees with the numbers', async () => {
    await fc.assert(
      fc.asyncProperty(ints, async (xs) => {
        const m = (await run(measureObject, { Sum: true, Minimum: true, Maximum: true }, { input: xs })).output[0] as PSObject;
        expect(m.get('Count')).toBe(xs.length);
        expect(Number(m.get('Sum'))).toBe(xs.reduce((a, b) => a + b, 0));
        expect(xs.length ? Number(m.get('Minimum')) : m.get('Minimum')).toBe(xs.length ? Math.min(...xs) : null);
        expect(xs.length ? Number(m.get('Maximum')) : m.get('Maximum')).toBe(xs.length ? Math.max(...xs) : null);
      }),
      { numRuns: 60 },
    );
  });
});
