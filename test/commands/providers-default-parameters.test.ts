// $PSDefaultParameterValues as pwsh 7.6 applies it (checked with `pwsh -NoProfile -File`): cmdlets
// and advanced functions only, wildcards in the command name, script-block values, Disabled.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';
import type { CommandDefinition } from '../../src/runtime/command.js';

const THING = `function Get-Thing { [CmdletBinding()] param($Name = 'none', $Size = 1) "$Name/$Size" }
function Get-Simple { param($Name = 'none') "$Name" }
`;

async function run(text: string, commands: CommandDefinition[] = []) {
  const s = new Session({ commands });
  const r = await s.run(THING + text);
  return { output: r.output, errors: r.errors.map((e) => e.message), warnings: r.warnings };
}

describe('$PSDefaultParameterValues', () => {
  it('fills parameters the user did not give, for matching advanced functions, not simple ones', async () => {
    const r = await run(`$PSDefaultParameterValues = @{ 'Get-Th*:Name' = 'dflt'; 'Get-Simple:Name' = 'simple'; '*:Size' = { 41 + 1 } }
      Get-Thing; Get-Thing -Name given; Get-Thing given2; Get-Simple`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['dflt/42', 'given/42', 'given2/42', 'none']);
  });

  it('Disabled turns them off; a script block gets the command name in $args[0]', async () => {
    const r = await run(`$PSDefaultParameterValues = @{ 'Get-Thing:Name' = 'dflt'; Disabled = $true }; Get-Thing
      $PSDefaultParameterValues.Remove('Disabled'); $PSDefaultParameterValues['Get-Thing:Size'] = { $args[0].CommandName }; Get-Thing`);
    expect(r.output).toEqual(['none/1', 'dflt/Get-Thing']);
  });

  it("two different values for one parameter are ignored with pwsh's warning", async () => {
    const r = await run(`$PSDefaultParameterValues = @{ '*:Size' = 2; 'Get-Thing:Size' = 3 }; Get-Thing`);
    expect(r.output).toEqual(['none/1']);
    expect(r.warnings).toEqual(['Multiple different default values are defined in $PSDefaultParameterValues for the parameter matching the following name or alias: Size. These defaults have been ignored.']);
  });

  it("reaches common parameters and cmdlets: an admin profile's *-EXO*:ResultSize", async () => {
    const getExoMailbox: CommandDefinition = {
      metadata: { name: 'Get-EXOMailbox', parameters: [{ name: 'ResultSize', type: 'string' }, { name: 'Identity', type: 'string', position: 0 }] },
      create: (ctx) => ({ end: () => ctx.write(`ResultSize=${String(ctx.params.ResultSize)}`) }),
    };
    const r = await run(`$PSDefaultParameterValues['*-EXO*:ResultSize'] = 'Unlimited'; Get-EXOMailbox; Get-EXOMailbox -ResultSize 10
      $PSDefaultParameterValues['*:Verbose'] = $true; function t3 { [CmdletBinding()] param() $VerbosePreference }; t3`, [getExoMailbox]);
    expect(r.output).toEqual(['ResultSize=Unlimited', 'ResultSize=10', 'Continue']);
  });
});
