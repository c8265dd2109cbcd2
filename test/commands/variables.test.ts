// variables.
import { describe, expect, it } from 'vitest';
import { run, FakeSession } from './harness.js';
import { getVariable, setVariable, newVariable, removeVariable } from '../../src/commands/variables.js';
import { PSObject } from '../../src/runtime/values.js';

describe('variables', () => {
  it('Set-Variable then Get-Variable (wildcards, -ValueOnly)', async () => {
    const session = new FakeSession();
    await run(setVariable, { Name: ['alpha'], Value: 1 }, { session });
    await run(setVariable, { Name: ['alps'], Value: 2 }, { session });
    const r = await run(getVariable, { Name: ['al*'] }, { session });
    expect((r.output as PSObject[]).map((v) => [v.get('Name'), v.get('Value')])).toEqual([
      ['alpha', 1],
      ['alps', 2],
    ]);
    expect((await run(getVariable, { Name: ['alpha'], ValueOnly: true }, { session })).output).toEqual([1]);
  });
  it('1,2,3 | Set-Variable x collects all input', async () => {
    const session = new FakeSession();
    await run(setVariable, { Name: ['x'] }, { session, input: [1, 2, 3] });
    expect(session.getVariable('x')).toEqual([1, 2, 3]);
  });
  it("Get-Variable nope: Cannot find a variable with the name 'nope'.", async () => {
    const r = await run(getVariable, { Name: ['nope'] });
    expect(r.errors[0]!.message).toBe("Cannot find a variable with the name 'nope'.");
    expect(r.errors[0]!.errorId).toBe('VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand');
  });
  it('New-Variable on an existing name fails; Remove-Variable removes', async () => {
    const session = new FakeSession();
    session.setVariable('v', 1);
    expect((await run(newVariable, { Name: 'v', Value: 2 }, { session })).errors[0]!.message).toBe("A variable with name 'v' already exists.");
    await run(removeVariable, { Name: ['v'] }, { session });
    expect(session.getVariable('v')).toBeUndefined();
  });
});
