// Script blocks that run an asynchronous command (a remote cmdlet; here Get-Slow, whose process()
// returns a promise) where a value is needed: cmdlets wait for them; a property getter, which
// cannot wait, fails loudly instead of giving $null or a blank column.
import { PSNumber } from '../../src/dotnet/numeric-types.js';
import { describe, expect, it } from 'vitest';
import type { CommandDefinition } from '../../src/runtime/command.js';
import { Session } from '../../src/local-session.js';

const getSlow: CommandDefinition = {
  metadata: { name: 'Get-Slow', parameters: [{ name: 'InputObject', type: 'object', position: 0 }] },
  create: (ctx) => ({
    async process() {
      await new Promise((resolve) => setTimeout(resolve, 1));
      await ctx.write(`slow:${String(ctx.params.InputObject)}`);
    },
  }),
};

async function run(text: string) {
  return new Session({ commands: [getSlow] }).run(text);
}

const lines = (text: string) => text.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '');

// Objects go in: Format-* pass numbers on as their text, as pwsh does.
describe('calculated properties that run asynchronous commands', () => {
  it('Format-Table shows their values', async () => {
    const r = await run('1,2 | % { [pscustomobject]@{N=$_} } | Format-Table @{n="X";e={ Get-Slow $_.N }}');
    expect(r.errors).toEqual([]);
    expect(lines(r.text)).toEqual(['X', '-', 'slow:1', 'slow:2']);
  });

  it('Format-Table -AutoSize and -GroupBy wait for them too', async () => {
    const r = await run('1,1,2 | % { [pscustomobject]@{N=$_} } | Format-Table @{n="X";e={ Get-Slow $_.N }} -AutoSize -GroupBy @{e={ Get-Slow ($_.N * 10) }}');
    expect(r.errors).toEqual([]);
    expect(r.text).toContain('slow:10');
    expect(r.text).toContain('slow:20');
    expect(lines(r.text).filter((l) => l.startsWith('slow:'))).toEqual(['slow:1', 'slow:1', 'slow:2']);
  });

  it('Format-List shows their values', async () => {
    const r = await run('1,2 | % { [pscustomobject]@{N=$_} } | Format-List @{n="X";e={ Get-Slow $_.N }}');
    expect(lines(r.text)).toEqual(['X : slow:1', 'X : slow:2']);
  });

  it('Format-Wide shows their values', async () => {
    const r = await run('1,2 | % { [pscustomobject]@{N=$_} } | Format-Wide @{e={ Get-Slow $_.N }} -Column 2');
    expect(r.text).toMatch(/slow:1\s+slow:2/);
  });

  it.each([
    ['Select-Object', '1,2 | Select-Object @{n="X";e={ Get-Slow $_ }} | ForEach-Object X', ['slow:1', 'slow:2']],
    ['Sort-Object', '3,1,2 | Sort-Object @{e={ Get-Slow (10 - $_) }}', [3, 2, 1]],
    ['Group-Object', '(1,2,1 | Group-Object @{e={ Get-Slow $_ }}).Name', ['slow:1', 'slow:2']],
    ['Where-Object', '1,2 | Where-Object { (Get-Slow $_) -eq "slow:2" }', [2]],
    ['Measure-Object', '(1,2 | Measure-Object -Property @{e={ (Get-Slow $_).Length }} -Sum).Sum', [new PSNumber('Double', 12)]],
    ['Compare-Object', '(Compare-Object 1,2 2,3 -Property @{e={ Get-Slow $_ }}).SideIndicator', ['=>', '<=']],
  ])('%s waits for them', async (_, text, expected) => {
    const r = await run(text);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual(expected);
  });
});

describe('ScriptProperty and ScriptMethod bodies that run asynchronous commands', () => {
  const withProperty = '$o = [pscustomobject]@{A=1}; $o | Add-Member -MemberType ScriptProperty -Name X -Value { Get-Slow $this.A }; ';
  const message =
    "The ScriptProperty 'X' runs a command that completes asynchronously (such as a remote cmdlet); exosh cannot wait for it inside a property getter. Use a calculated property (Select-Object @{n='X';e={...}}) instead.";

  it.each([['$o.X'], ['$o | Format-Table'], ['$o | Select-Object X'], ['$o | Sort-Object X']])('%s fails loudly, naming the property', async (text) => {
    const r = await run(withProperty + text);
    expect(r.errors.map((e) => e.message)).toEqual([message]);
    expect(r.text).not.toMatch(/^A\s+X/m);
  });

  it('a synchronous ScriptProperty still works', async () => {
    const r = await run('$o = [pscustomobject]@{A=1}; $o | Add-Member -MemberType ScriptProperty -Name X -Value { $this.A + 1 }; $o.X');
    expect(r.output).toEqual([2]);
  });

  it('the suggested calculated property works', async () => {
    const r = await run('[pscustomobject]@{A=1} | Select-Object @{n="X";e={ Get-Slow $_.A }} | ForEach-Object X');
    expect(r.output).toEqual(['slow:1']);
  });

  it('a ScriptMethod call waits for its body', async () => {
    const r = await run('$o = [pscustomobject]@{A=1}; $o | Add-Member -MemberType ScriptMethod -Name M -Value { Get-Slow $this.A }; $o.M()');
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual(['slow:1']);
  });
});
