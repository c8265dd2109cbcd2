// Group-Object, driven through the harness with parameters as the binder would bind them.
import { describe, expect, it } from 'vitest';
import { run } from './harness.js';
import { groupObject } from '../../src/commands/group-object.js';
import { people, names } from './fixtures.js';
import { PSObject, PSHashtable } from '../../src/runtime/values.js';

describe('Group-Object', () => {
  it('Group-Object City gives GroupInfo sorted by key', async () => {
    const r = await run(groupObject, { Property: ['City'] }, { input: people() });
    const groups = r.output as PSObject[];
    expect(groups.map((g) => [g.get('Name'), g.get('Count')])).toEqual([
      ['Oslo', 2],
      ['Rome', 1],
    ]);
    expect(groups[0]!.typeNames[0]).toBe('Microsoft.PowerShell.Commands.GroupInfo');
    expect(names(groups[0]!.get('Group') as unknown[])).toEqual(['ann', 'cy']);
  });
  it('-NoElement leaves Group empty', async () => {
    const r = await run(groupObject, { Property: ['City'], NoElement: true }, { input: people() });
    expect((r.output[0] as PSObject).get('Group')).toEqual([]);
  });
  it('-AsHashTable keys by value', async () => {
    const r = await run(groupObject, { Property: ['City'], AsHashTable: true }, { input: people() });
    const h = r.output[0] as PSHashtable;
    expect(names(h.get('oslo') as unknown[])).toEqual(['ann', 'cy']);
  });
  it('groups case-insensitively by default', async () => {
    const r = await run(groupObject, {}, { input: ['a', 'A', 'b'] });
    expect((r.output as PSObject[]).map((g) => g.get('Count'))).toEqual([2, 1]);
  });
});
