// Get-Member, Add-Member, New-Object.
import { describe, expect, it } from 'vitest';
import { run, sb } from './harness.js';
import { obj } from './fixtures.js';
import { withCommands } from './local-commands-session.js';
import { getMember, addMember, newObject } from '../../src/commands/members.js';
import { PSObject, PSHashtable, PSList, PSDateTime, PSTypeRef } from '../../src/runtime/values.js';
import { invokeMethod } from '../../src/runtime/member-access.js';

describe('Get-Member', () => {
  it("'abc' | Get-Member: Length property, methods, grouped under System.String", async () => {
    const r = (await run(getMember, {}, { input: ['abc'] })).output as PSObject[];
    const length = r.find((m) => m.get('Name') === 'Length')!;
    expect([length.get('TypeName'), length.get('MemberType'), length.get('Definition')]).toEqual(['System.String', 'Property', 'int Length {get;}']);
    expect(r.some((m) => m.get('Name') === 'ToUpper' && m.get('MemberType') === 'Method')).toBe(true);
  });
  it('[pscustomobject]@{a=1} | gm lists NoteProperty a after the four methods', async () => {
    const r = (await run(getMember, {}, { input: [obj({ a: 1 })] })).output as PSObject[];
    expect(r.map((m) => m.get('Name'))).toEqual(['Equals', 'GetHashCode', 'GetType', 'ToString', 'a']);
    expect(r[4]!.get('Definition')).toBe('int a=1');
  });
  it('one listing per type; -MemberType Method filters', async () => {
    const r = (await run(getMember, { MemberType: ['Method'] }, { input: [1, 2, 'x'] })).output as PSObject[];
    expect(new Set(r.map((m) => m.get('TypeName')))).toEqual(new Set(['System.Int32', 'System.String']));
    expect(r.every((m) => m.get('MemberType') === 'Method')).toBe(true);
  });
  it('[math] | Get-Member -Static lists Round and PI', async () => {
    const r = (await run(getMember, { Static: true }, { input: [new PSTypeRef('System.Math', 'math')] })).output as PSObject[];
    const round = r.find((m) => m.get('Name') === 'Round')!;
    expect([round.get('TypeName'), round.get('MemberType')]).toEqual(['System.Math', 'Method']);
    expect(r.find((m) => m.get('Name') === 'PI')!.get('Definition')).toBe('static double PI {get;}');
  });
  it('without input: "You must specify an object for the Get-Member cmdlet."', async () => {
    expect((await run(getMember, {})).errors[0]!.message).toBe('You must specify an object for the Get-Member cmdlet.');
  });
});

describe('Add-Member', () => {
  it('-NotePropertyName/-NotePropertyValue -PassThru', async () => {
    const o = obj({ Name: 'n' });
    const r = await run(addMember, { NotePropertyName: 'Size', NotePropertyValue: 3, PassThru: true }, { input: [o] });
    expect((r.output[0] as PSObject).names()).toEqual(['Name', 'Size']);
  });
  it('-NotePropertyMembers @{...}', async () => {
    const o = obj({});
    const h = new PSHashtable(true);
    h.set('A', 1);
    h.set('B', 2);
    await run(addMember, { NotePropertyMembers: h }, { input: [o] });
    expect(o.names()).toEqual(['A', 'B']);
  });
  it('an existing member needs -Force', async () => {
    const o = obj({ A: 1 });
    const r = await run(addMember, { MemberType: 'NoteProperty', Name: 'A', Value: 2 }, { input: [o] });
    expect(r.errors[0]!.errorId).toBe('MemberAlreadyExists,Microsoft.PowerShell.Commands.AddMemberCommand');
    await run(addMember, { MemberType: 'NoteProperty', Name: 'A', Value: 2, Force: true }, { input: [o] });
    expect(o.get('A')).toBe(2);
  });
  it('AliasProperty, ScriptProperty and ScriptMethod', async () => {
    const o = obj({ Name: 'x' });
    await run(addMember, { MemberType: 'AliasProperty', Name: 'N', Value: 'Name' }, { input: [o] });
    await run(addMember, { MemberType: 'ScriptProperty', Name: 'Upper', Value: sb((_, __, self) => String((self as PSObject).get('Name')).toUpperCase()) }, { input: [o] });
    await run(addMember, { MemberType: 'ScriptMethod', Name: 'Twice', Value: sb((_, __, self) => String((self as PSObject).get('Name')).repeat(2)) }, { input: [o] });
    expect([o.get('N'), o.get('Upper'), invokeMethod(o, 'Twice', [])]).toEqual(['x', 'X', 'xx']);
  });
});

describe('New-Object', () => {
  it('New-Object PSObject -Property @{...} keeps the hashtable order', async () => {
    const h = new PSHashtable(true);
    h.set('Name', 'a');
    h.set('Count', 1);
    const o = (await run(newObject, { TypeName: 'PSObject', Property: h })).output[0] as PSObject;
    expect(o.names()).toEqual(['Name', 'Count']);
    expect(o.typeNames[0]).toBe('System.Management.Automation.PSCustomObject');
  });
  it('collections: ArrayList and List[string]', async () => {
    const a = (await run(newObject, { TypeName: 'System.Collections.ArrayList' })).output[0] as PSList;
    expect(a.kind).toBe('ArrayList');
    const l = (await run(newObject, { TypeName: 'System.Collections.Generic.List[string]' })).output[0] as PSList;
    expect([l.kind, l.elementType]).toEqual(['List', 'System.String']);
  });
  it('New-Object DateTime 2024,1,2', async () => {
    const d = (await run(newObject, { TypeName: 'datetime', ArgumentList: [2024, 1, 2] })).output[0] as PSDateTime;
    expect(d).toBeInstanceOf(PSDateTime);
  });
  it('an unknown type is a terminating error in PowerShell\'s words', async () => {
    await expect(run(newObject, { TypeName: 'No.Such.Type' })).rejects.toThrow('Cannot find type [No.Such.Type]: verify that the assembly containing this type is loaded.');
  });
});
