// Select-Object, driven through the harness with parameters as the binder would bind them.
import { describe, expect, it } from 'vitest';
import { run, sb } from './harness.js';
import { selectObject } from '../../src/commands/select-object.js';
import { obj, ht, people, names } from './fixtures.js';
import { PSObject } from '../../src/runtime/values.js';
import { getMember } from '../../src/runtime/member-access.js';

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
  it('with -Last, -Skip counts from the end: 1..10 | Select-Object -Last 3 -Skip 1 → 7 8 9', async () => {
    expect((await run(selectObject, { Last: 3, Skip: 1 }, { input: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] })).output).toEqual([7, 8, 9]);
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
