// The env:, variable:, function: and alias: drives and New-PSDrive, as pwsh 7.6 shows them
// (expectations checked with `pwsh -NoProfile -File`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Session } from '../../src/local-session.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'exosh-drives-'));
  writeFileSync(path.join(dir, 'users.csv'), 'Name\nann\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(text: string, env: Record<string, string | undefined> = { ZZA: '1', ZZB: '2', HOME: '/home/admin' }) {
  const s = new Session({ cwd: dir, env });
  const r = await s.run(text);
  return { output: r.output, errors: r.errors.map((e) => `${e.commandName}: ${e.message}`), text: r.text, env };
}
async function out(text: string) {
  const r = await run(text);
  expect(r.errors).toEqual([]);
  return r.output;
}

describe('env: drive', () => {
  it('Get-ChildItem env: lists DictionaryEntry items sorted by name, shown as a Name/Value table', async () => {
    const r = await run('Get-ChildItem env:ZZ*');
    expect(r.text).toMatch(/^\nName +Value\n-+ +-+\nZZA +1\nZZB +2\n\n$/);
    expect(await out('(Get-ChildItem env:).Name')).toEqual(['HOME', 'ZZA', 'ZZB']);
  });

  it('Get-Item env:NAME, its PSPath, and PathNotFound for a missing one', async () => {
    expect(await out("$i = Get-Item Env:\\ZZA; $i.GetType().FullName; $i.Value; $i.PSPath")).toEqual(['System.Collections.DictionaryEntry', '1', 'Microsoft.PowerShell.Core\\Environment::ZZA']);
    expect((await run('Get-Item env:NOPE')).errors).toEqual(["Get-Item: Cannot find path 'Env:/NOPE' because it does not exist."]);
  });

  it('Test-Path, Set-Item, New-Item and Remove-Item change the environment; ${env:NAME} reads it', async () => {
    const r = await run("Test-Path env:ZZA; Test-Path env:NOPE; Set-Item env:ZZC -Value three; ${env:ZZC}; New-Item env:ZZD -Value four | Out-Null; $env:ZZD; Remove-Item env:ZZC; Test-Path env:ZZC; Get-ChildItem env:ZZA | Remove-Item; Test-Path env:ZZA");
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([true, false, 'three', 'four', false, false]);
    expect(r.env.ZZD).toBe('four');
    expect(r.env.ZZA).toBeUndefined();
    expect((await run('Remove-Item env:NOPE')).errors).toEqual(["Remove-Item: Cannot find path 'Env:/NOPE' because it does not exist."]);
  });
});

describe('variable:, function: and alias: drives', () => {
  it('variables: read, set and remove through the drive', async () => {
    expect(await out('$v1 = 5; (Get-Item variable:v1).Value; Set-Item variable:v1 -Value 6; $v1; Remove-Item variable:v1; Test-Path variable:v1')).toEqual([5, 6, false]);
  });

  it('functions: Get-Item gives a FunctionInfo; Set-Item and $function: define one from a block or text', async () => {
    expect(await out("function foo { 'foo!' }; (Get-Item function:foo).GetType().FullName; (Get-ChildItem function:fo*).Name")).toEqual(['System.Management.Automation.FunctionInfo', 'foo']);
    expect(await out("Set-Item function:bar -Value { 'bar!' }; bar; Set-Item function:baz -Value 'param($x) \"baz $x\"'; baz 1")).toEqual(['bar!', 'baz 1']);
    expect(await out("$function:gb = { \"gb $args\" }; gb 1; Remove-Item function:gb; Test-Path function:gb")).toEqual(['gb 1', false]);
  });

  it('aliases: read, define and remove; $alias:name is the definition', async () => {
    expect(await out('(Get-Item alias:gci).Definition; $alias:gci; Set-Item alias:zz -Value Get-Date; (Get-Alias zz).Definition; Remove-Item alias:zz; Test-Path alias:zz')).toEqual(['Get-ChildItem', 'Get-ChildItem', 'Get-Date', false]);
  });
});

describe('PowerShell drives', () => {
  it('New-PSDrive -PSProvider FileSystem maps a name to a folder for every file cmdlet', async () => {
    const r = await run('New-PSDrive -Name Rep -PSProvider FileSystem -Root . | Out-Null; Test-Path Rep:\\users.csv; (Import-Csv Rep:/users.csv).Name; (Get-ChildItem Rep:\\).Name; Get-Content Rep:users.csv -First 1');
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([true, 'ann', 'users.csv', 'Name']);
  });

  it('Get-PSDrive lists the provider drives and New-PSDrive ones; Remove-PSDrive removes', async () => {
    expect(await out("(Get-PSDrive env, function, variable, alias).Name; New-PSDrive R2 FileSystem . | Out-Null; (Get-PSDrive -PSProvider FileSystem).Name -contains 'R2'; Remove-PSDrive R2; (Get-PSDrive).Name -contains 'R2'")).toEqual([
      'Env',
      'Function',
      'Variable',
      'Alias',
      true,
      false,
    ]);
    expect((await run('Get-PSDrive nope')).errors).toEqual(["Get-PSDrive: Cannot find drive. A drive with the name 'nope' does not exist."]);
    expect((await run('New-PSDrive X FileSystem ./missing')).errors[0]).toMatch(/^New-PSDrive: Cannot find path '.*missing' because it does not exist\.$/);
  });
});
