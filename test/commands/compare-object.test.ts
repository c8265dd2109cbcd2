// Compare-Object.
import { describe, expect, it } from 'vitest';
import { run } from './harness.js';
import { obj } from './fixtures.js';
import { compareObject } from '../../src/commands/compare-object.js';
import { PSObject } from '../../src/runtime/values.js';

describe('Compare-Object', () => {
  it('Compare-Object 1,2,3 2,3,4 → 4 =>, 1 <=', async () => {
    const r = await run(compareObject, { ReferenceObject: [1, 2, 3], DifferenceObject: [2, 3, 4] });
    expect((r.output as PSObject[]).map((o) => [o.get('InputObject'), o.get('SideIndicator')])).toEqual([
      [4, '=>'],
      [1, '<='],
    ]);
  });
  it('-IncludeEqual and -ExcludeDifferent', async () => {
    const r = await run(compareObject, { ReferenceObject: ['a', 'b'], DifferenceObject: ['B', 'c'], IncludeEqual: true });
    expect((r.output as PSObject[]).map((o) => o.get('SideIndicator'))).toEqual(['==', '=>', '<=']);
    const x = await run(compareObject, { ReferenceObject: ['a', 'b'], DifferenceObject: ['B', 'c'], ExcludeDifferent: true });
    expect((x.output as PSObject[]).map((o) => o.get('InputObject'))).toEqual(['B']);
  });
  it('-Property compares by a property and outputs it', async () => {
    const r = await run(compareObject, { ReferenceObject: [obj({ Id: 1 }), obj({ Id: 2 })], DifferenceObject: [obj({ Id: 2 })], Property: ['Id'] });
    expect((r.output as PSObject[]).map((o) => o.names())).toEqual([['Id', 'SideIndicator']]);
  });
  it('-PassThru adds SideIndicator to the original objects', async () => {
    const a = obj({ Id: 1 });
    const r = await run(compareObject, { ReferenceObject: [a], DifferenceObject: [], Property: ['Id'], PassThru: true });
    expect(r.output[0]).toBe(a);
    expect(a.get('SideIndicator')).toBe('<=');
  });
});
