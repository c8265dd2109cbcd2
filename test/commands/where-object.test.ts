// Where-Object, driven through the harness with parameters as the binder would bind them.
import { describe, expect, it } from 'vitest';
import { run, sb } from './harness.js';
import { whereObject } from '../../src/commands/where-object.js';
import { obj, ht, people, names } from './fixtures.js';

describe('Where-Object', () => {
  it('1..6 | Where-Object { $_ % 2 } → 1 3 5', async () => {
    const r = await run(whereObject, { FilterScript: sb((x) => (x as number) % 2) }, { input: [1, 2, 3, 4, 5, 6], parameterSetName: 'ScriptBlockSet' });
    expect(r.output).toEqual([1, 3, 5]);
  });
  it("Where-Object City -eq 'oslo' (case-insensitive)", async () => {
    const r = await run(whereObject, { Property: 'City', Value: 'oslo', EQ: true }, { input: people(), parameterSetName: 'EqualSet' });
    expect(names(r.output)).toEqual(['ann', 'cy']);
  });
  it("Where-Object City -CEQ 'oslo' matches nothing", async () => {
    const r = await run(whereObject, { Property: 'City', Value: 'oslo', CEQ: true }, { input: people() });
    expect(r.output).toEqual([]);
  });
  it('Where-Object Age -gt 30', async () => {
    const r = await run(whereObject, { Property: 'Age', Value: 30, GT: true }, { input: people() });
    expect(names(r.output)).toEqual(['ann', 'cy']);
  });
  it("Where-Object Name -like 'b*' / -notmatch '^c'", async () => {
    expect(names((await run(whereObject, { Property: 'Name', Value: 'b*', Like: true }, { input: people() })).output)).toEqual(['Bob']);
    expect(names((await run(whereObject, { Property: 'Name', Value: '^c', NotMatch: true }, { input: people() })).output)).toEqual(['ann', 'Bob']);
  });
  it("Where-Object City -in 'Rome','Paris'", async () => {
    const r = await run(whereObject, { Property: 'City', Value: ['Rome', 'Paris'], In: true }, { input: people() });
    expect(names(r.output)).toEqual(['Bob']);
  });
  it('Where-Object Flag (truthiness) and -Not', async () => {
    const input = [obj({ Flag: true }), obj({ Flag: false }), obj({ Other: 1 })];
    expect((await run(whereObject, { Property: 'Flag' }, { input })).output).toHaveLength(1);
    expect((await run(whereObject, { Property: 'Flag', Not: true }, { input })).output).toHaveLength(2);
  });
  it('works on hashtable keys: @{a=1} | Where-Object a -eq 1', async () => {
    const r = await run(whereObject, { Property: 'a', Value: 1, EQ: true }, { input: [ht({ a: 1 }), ht({ a: 2 })] });
    expect(r.output).toHaveLength(1);
  });
});
