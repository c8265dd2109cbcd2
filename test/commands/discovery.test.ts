// discovery.
import { describe, expect, it } from 'vitest';
import { run } from './harness.js';
import { withCommands } from './local-commands-session.js';
import { getCommand, getHelp, getAlias, getModule, importModule } from '../../src/commands/discovery.js';
import { PSObject } from '../../src/runtime/values.js';

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
  it('Import-Module ExchangeOnlineManagement -MinimumVersion 9.0 is refused with the version exosh has', async () => {
    const e = (await run(importModule, { Name: ['ExchangeOnlineManagement'], MinimumVersion: '9.0' })).errors[0]!;
    expect(e.errorId).toBe('Modules_ModuleWithVersionNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand');
    expect(e.message).toMatch(/exosh has version 3\./);
    expect((await run(importModule, { Name: ['ExchangeOnlineManagement'], RequiredVersion: '3.7.1' })).errors).toEqual([]);
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
