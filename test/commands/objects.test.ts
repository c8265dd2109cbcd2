// Where-Object, Select-Object, Sort-Object, Group-Object, Measure-Object, ForEach-Object, driven
// through the harness with parameters as the binder would bind them.
import { describe, expect, it } from 'vitest';
import { run, sb } from './harness.js';
import { whereObject } from '../../src/commands/where-object.js';
import { selectObject } from '../../src/commands/select-object.js';
import { sortObject } from '../../src/commands/sort-object.js';
import { groupObject } from '../../src/commands/group-object.js';
import { measureObject } from '../../src/commands/measure-object.js';
import { foreachObject } from '../../src/commands/foreach-object.js';
import { PSObject, PSHashtable } from '../../src/runtime/values.js';
import { getMember } from '../../src/runtime/methods.js';

const obj = (e: Record<string, unknown>) => PSObject.fromEntries(Object.entries(e));
const ht = (e: Record<string, unknown>) => {
  const h = new PSHashtable();
  for (const [k, v] of Object.entries(e)) h.set(k, v);
  return h;
};
const people = () => [obj({ Name: 'ann', Age: 31, City: 'Oslo' }), obj({ Name: 'Bob', Age: 25, City: 'Rome' }), obj({ Name: 'cy', Age: 40, City: 'Oslo' })];
const names = (xs: unknown[]) => xs.map((x) => getMember(x, 'Name'));

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

describe('Select-Object', () => {
  it('Select-Object Name, Age makes Selected.* objects with only those properties', async () => {
    const r = await run(selectObject, { Property: ['Name', 'Age'] }, { input: people() });
    const first = r.output[0] as PSObject;
    expect(first.names()).toEqual(['Name', 'Age']);
    expect(first.typeNames[0]).toBe('Selected.System.Management.Automation.PSCustomObject');
  });
  it('Select-Object N* (wildcard) and a missing property becomes $null', async () => {
    const r = await run(selectObject, { Property: ['N*', 'Missing'] }, { input: people() });
    const first = r.output[0] as PSObject;
    expect(first.names()).toEqual(['Name', 'Missing']);
    expect(first.get('Missing')).toBeNull();
  });
  it("Select-Object @{N='Older'; E={ $_.Age + 1 }}", async () => {
    const r = await run(selectObject, { Property: [ht({ N: 'Older', E: sb((o) => (getMember(o, 'Age') as number) + 1) })] }, { input: people() });
    expect((r.output as PSObject[]).map((o) => o.get('Older'))).toEqual([32, 26, 41]);
  });
  it("Select-Object @{Label='Town'; Expression='City'}", async () => {
    const r = await run(selectObject, { Property: [ht({ Label: 'Town', Expression: 'City' })] }, { input: people() });
    expect((r.output[0] as PSObject).get('Town')).toBe('Oslo');
  });
  it('an unknown key is an error: @{Nme=..}', async () => {
    await expect(run(selectObject, { Property: [ht({ Nme: 'x', E: 'City' })] }, { input: people() })).rejects.toThrow('The Nme key is not valid.');
  });
  it('Select-Object -First 2 stops upstream after two objects', async () => {
    const r = await run(selectObject, { First: 2 }, { input: [1, 2, 3, 4, 5] });
    expect(r.output).toEqual([1, 2]);
    expect(r.stoppedUpstream).toBe(true);
    expect(r.consumed).toBe(2);
  });
  it('-Last 2, -Skip 1, -SkipLast 2, -Index 0,2', async () => {
    expect((await run(selectObject, { Last: 2 }, { input: [1, 2, 3, 4] })).output).toEqual([3, 4]);
    expect((await run(selectObject, { Skip: 1, First: 2 }, { input: [1, 2, 3, 4] })).output).toEqual([2, 3]);
    expect((await run(selectObject, { SkipLast: 2 }, { input: [1, 2, 3, 4] })).output).toEqual([1, 2]);
    expect((await run(selectObject, { Index: [0, 2] }, { input: [1, 2, 3, 4] })).output).toEqual([1, 3]);
  });
  it('-Unique keeps the first of equal values (case-sensitive, as PowerShell)', async () => {
    expect((await run(selectObject, { Unique: true }, { input: [1, 1, 2, 'a', 'A', 'a'] })).output).toEqual([1, 2, 'a', 'A']);
  });
  it('-ExpandProperty unrolls the values', async () => {
    const r = await run(selectObject, { ExpandProperty: 'Tags' }, { input: [obj({ Tags: ['x', 'y'] }), obj({ Tags: 'z' })] });
    expect(r.output).toEqual(['x', 'y', 'z']);
  });
  it('-ExpandProperty of a missing property is an error', async () => {
    const r = await run(selectObject, { ExpandProperty: 'Nope' }, { input: [obj({ A: 1 })] });
    expect(r.errors[0]!.message).toBe('Property "Nope" cannot be found.');
    expect(r.errors[0]!.errorId).toBe('ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand');
  });
  it('-ExcludeProperty without -Property keeps the rest', async () => {
    const r = await run(selectObject, { ExcludeProperty: ['Age'] }, { input: people() });
    expect((r.output[0] as PSObject).names()).toEqual(['Name', 'City']);
  });
});

describe('Sort-Object', () => {
  it('3,1,2 | Sort-Object → 1 2 3; -Descending → 3 2 1', async () => {
    expect((await run(sortObject, {}, { input: [3, 1, 2] })).output).toEqual([1, 2, 3]);
    expect((await run(sortObject, { Descending: true }, { input: [3, 1, 2] })).output).toEqual([3, 2, 1]);
  });
  it('strings sort case-insensitively; -Unique drops equal ones', async () => {
    expect((await run(sortObject, {}, { input: ['b', 'A', 'c'] })).output).toEqual(['A', 'b', 'c']);
    expect((await run(sortObject, { Unique: true }, { input: [5, 3, 1, 3] })).output).toEqual([1, 3, 5]);
  });
  it('Sort-Object City, @{E="Age"; Descending=$true}', async () => {
    const r = await run(sortObject, { Property: ['City', ht({ E: 'Age', Descending: true })] }, { input: people() });
    expect(names(r.output)).toEqual(['cy', 'ann', 'Bob']);
  });
  it('Sort-Object { $_.Name.Length } with a script block key', async () => {
    const r = await run(sortObject, { Property: [sb((o) => String(getMember(o, 'Name')).length)] }, { input: people() });
    expect(names(r.output)).toEqual(['cy', 'ann', 'Bob']);
  });
  it('-Top 2 / -Bottom 1', async () => {
    expect((await run(sortObject, { Top: 2 }, { input: [5, 3, 9, 1] })).output).toEqual([1, 3]);
    expect((await run(sortObject, { Bottom: 1 }, { input: [5, 3, 9, 1] })).output).toEqual([9]);
  });
});

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

describe('Measure-Object', () => {
  it('1..10 | Measure-Object -Sum -Average -Maximum -Minimum', async () => {
    const r = await run(measureObject, { Sum: true, Average: true, Maximum: true, Minimum: true }, { input: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    const m = r.output[0] as PSObject;
    expect(m.names()).toEqual(['Count', 'Average', 'Sum', 'Maximum', 'Minimum', 'StandardDeviation', 'Property']);
    expect([m.get('Count'), m.get('Average'), m.get('Sum'), m.get('Maximum'), m.get('Minimum')]).toEqual([10, 5.5, 55, 10, 1]);
    expect(m.get('StandardDeviation')).toBeNull();
  });
  it('Measure-Object alone counts; unrequested stats are $null', async () => {
    const m = (await run(measureObject, {}, { input: ['a', 'b'] })).output[0] as PSObject;
    expect(m.get('Count')).toBe(2);
    expect(m.get('Sum')).toBeNull();
  });
  it('Measure-Object Age -Sum', async () => {
    const m = (await run(measureObject, { Property: ['Age'], Sum: true }, { input: people() })).output[0] as PSObject;
    expect([m.get('Sum'), m.get('Property')]).toEqual([96, 'Age']);
  });
  it('a property no object has is ignored (PowerShell 7.3+): Count 0, no error', async () => {
    const r = await run(measureObject, { Property: ['Nope'], Sum: true }, { input: people() });
    expect(r.errors).toEqual([]);
    expect((r.output[0] as PSObject).get('Count')).toBe(0);
  });
  it('-Line -Word -Character', async () => {
    const m = (await run(measureObject, { Line: true, Word: true, Character: true }, { input: ['hello world', 'x'] })).output[0] as PSObject;
    expect([m.get('Lines'), m.get('Words'), m.get('Characters')]).toEqual([2, 3, 12]);
  });
});

describe('ForEach-Object', () => {
  it('1..3 | % { $_ * 2 }', async () => {
    expect((await run(foreachObject, { Process: [sb((x) => (x as number) * 2)] }, { input: [1, 2, 3] })).output).toEqual([2, 4, 6]);
  });
  it('three positional blocks are begin, process, end', async () => {
    let total = 0;
    const r = await run(
      foreachObject,
      { Process: [sb(() => (total = 0, undefined))], RemainingScripts: [sb((x) => void (total += x as number)), sb(() => total)] },
      { input: [1, 2, 3] },
    );
    expect(r.output).toEqual([6]);
  });
  it('-MemberName gets a property or calls a method', async () => {
    expect((await run(foreachObject, { MemberName: 'Name' }, { input: people() })).output).toEqual(['ann', 'Bob', 'cy']);
    expect((await run(foreachObject, { MemberName: 'ToUpper' }, { input: ['a', 'b'] })).output).toEqual(['A', 'B']);
    expect((await run(foreachObject, { MemberName: 'Replace', ArgumentList: ['a', 'o'] }, { input: ['banana'] })).output).toEqual(['bonono']);
  });
  it('script block output is unrolled', async () => {
    expect((await run(foreachObject, { Process: [sb(() => [1, 2])] }, { input: ['x'] })).output).toEqual([1, 2]);
  });
});
