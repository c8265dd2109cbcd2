// Get-Member, Add-Member, New-Object; Get-Command, Get-Help, Get-Alias, Get-Module, Import-Module.
import { describe, expect, it } from 'vitest';
import { run, sb, FakeSession } from './harness.js';
import { getMember, addMember, newObject } from '../../src/commands/members.js';
import { getCommand, getHelp, getAlias, getModule, importModule } from '../../src/commands/discovery.js';
import { localCommands } from '../../src/commands/index.js';
import { PSObject, PSHashtable, PSList, PSDateTime } from '../../src/runtime/values.js';
import { invokeMethod } from '../../src/runtime/methods.js';
import { RuntimeError } from '../../src/runtime/errors.js';

const obj = (e: Record<string, unknown>) => PSObject.fromEntries(Object.entries(e));
const withCommands = () => {
  const s = new FakeSession();
  s.commands = localCommands;
  return s;
};

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
    await run(addMember, { MemberType: 'ScriptProperty', Name: 'Upper', Value: sb((self) => String((self as PSObject).get('Name')).toUpperCase()) }, { input: [o] });
    await run(addMember, { MemberType: 'ScriptMethod', Name: 'Twice', Value: sb((self) => String((self as PSObject).get('Name')).repeat(2)) }, { input: [o] });
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

describe('discovery', () => {
  it('Get-Command *-Object lists cmdlets sorted, with Source', async () => {
    const r = (await run(getCommand, { Name: ['*-Object'] }, { session: withCommands() })).output as PSObject[];
    const names = r.map((c) => c.get('Name'));
    expect(names).toContain('Where-Object');
    expect(names).toEqual([...names].sort());
    expect(r.find((c) => c.get('Name') === 'Select-Object')!.get('Source')).toBe('Microsoft.PowerShell.Utility');
  });
  it('Get-Command -Verb Get -Noun Date', async () => {
    expect(((await run(getCommand, { Verb: ['Get'], Noun: ['Date'] }, { session: withCommands() })).output as PSObject[]).map((c) => c.get('Name'))).toEqual(['Get-Date']);
  });
  it('Get-Command gci gives the alias', async () => {
    const a = (await run(getCommand, { Name: ['gci'] }, { session: withCommands() })).output[0] as PSObject;
    expect([a.get('CommandType'), a.get('DisplayName')]).toEqual(['Alias', 'gci -> Get-ChildItem']);
  });
  it('Get-Command of an unknown name is the "not recognized" error', async () => {
    const r = await run(getCommand, { Name: ['Get-Nothing'] }, { session: withCommands() });
    expect(r.errors[0]!.message).toMatch(/^The term 'Get-Nothing' is not recognized as a name of a cmdlet/);
  });
  it('Get-Command Sort-Object -Syntax lists each parameter set', async () => {
    const text = (await run(getCommand, { Name: ['Sort-Object'], Syntax: true }, { session: withCommands() })).output[0] as string;
    expect(text).toContain('Sort-Object [[-Property] <Object[]>] [-Stable] [-Descending]');
    expect(text).toContain('Sort-Object [[-Property] <Object[]>] -Top <int> [-Descending]');
  });
  it('Get-Help Select-Object: name, synopsis, syntax, remarks', async () => {
    const text = (await run(getHelp, { Name: 'Select-Object' }, { session: withCommands() })).output[0] as string;
    expect(text).toMatch(/NAME\n {4}Select-Object\n/);
    expect(text).toContain('SYNOPSIS\n    Selects objects or object properties.');
    expect(text).toContain('SYNTAX\n    Select-Object [[-Property] <Object[]>]');
    expect(text).toContain('Get-Help Select-Object -Examples');
  });
  it('Get-Help -Full shows each parameter', async () => {
    const text = (await run(getHelp, { Name: 'where', Full: true }, { session: withCommands() })).output[0] as string;
    expect(text).toContain('-FilterScript <scriptblock>');
    expect(text).toMatch(/Required\? +true/);
  });
  it('Get-Help of an unknown command', async () => {
    expect((await run(getHelp, { Name: 'Nope-Thing' }, { session: withCommands() })).errors[0]!.errorId).toBe('HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand');
  });
  it('Get-Alias -Definition Where-Object', async () => {
    const r = (await run(getAlias, { Definition: ['Where-Object'] }, { session: withCommands() })).output as PSObject[];
    expect(r.map((a) => a.get('Name'))).toEqual(['?', 'where']);
  });
  it('Import-Module ExchangeOnlineManagement is quiet; Get-Module then lists it', async () => {
    const s = withCommands();
    const r = await run(importModule, { Name: ['ExchangeOnlineManagement'], Force: true, MinimumVersion: '3.0.0' }, { session: s });
    expect([r.output, r.errors]).toEqual([[], []]);
    const mods = (await run(getModule, {}, { session: s })).output as PSObject[];
    expect(mods.map((m) => m.get('Name'))).toContain('ExchangeOnlineManagement');
  });
  it('Import-Module of anything else: not available in exosh', async () => {
    const e = (await run(importModule, { Name: ['AzureAD'] })).errors[0]!;
    expect(e.message).toBe("Module 'AzureAD' is not available in exosh. exosh has the ExchangeOnlineManagement commands built in.");
    expect(e.errorId).toBe('Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand');
  });
  it('Get-Module -ListAvailable ExchangeOnlineManagement shows version 3.x', async () => {
    const m = (await run(getModule, { ListAvailable: true, Name: ['ExchangeOnlineManagement'] })).output[0] as PSObject;
    expect(String(m.get('Version'))).toMatch(/^3\./);
  });
});

describe('registration table', () => {
  it('every command has a unique name and aliases; help for each', () => {
    const names = new Set<string>();
    for (const c of localCommands) {
      for (const n of [c.metadata.name, ...(c.metadata.aliases ?? [])]) {
        expect(names.has(n.toLowerCase()), n).toBe(false);
        names.add(n.toLowerCase());
      }
      expect(c.metadata.help?.synopsis, c.metadata.name).toBeTruthy();
    }
    for (const a of ['?', 'where', 'select', 'sort', 'group', 'measure', 'foreach', '%', 'ft', 'fl', 'gcm', 'gm', 'gci', 'ls', 'dir', 'cat', 'gc', 'echo', 'write', 'sleep', 'cls', 'clear', 'tee']) {
      expect(names.has(a), a).toBe(true);
    }
  });
  it('no parameter set has two parameters at the same position', () => {
    for (const c of localCommands) {
      const sets = new Set<string>();
      for (const p of c.metadata.parameters) for (const s of p.parameterSets ?? []) sets.add(s);
      if (sets.size === 0) sets.add('__All');
      for (const s of sets) {
        const positions = c.metadata.parameters.filter((p) => p.position !== undefined && (!p.parameterSets || p.parameterSets.includes(s))).map((p) => p.position);
        expect(new Set(positions).size, `${c.metadata.name} ${s}`).toBe(positions.length);
      }
    }
  });
  it('a command with parameter sets names one of them as its default', () => {
    for (const c of localCommands) {
      const sets = new Set<string>();
      for (const p of c.metadata.parameters) for (const s of p.parameterSets ?? []) sets.add(s);
      if (sets.size > 1) expect(sets.has(c.metadata.defaultParameterSet ?? ''), c.metadata.name).toBe(true);
    }
  });
  void RuntimeError;
});
