// Write-* cmdlets, variables, host cmdlets and Get-Random.
import { describe, expect, it } from 'vitest';
import { run, FakeSession } from './harness.js';
import { writeOutput, writeHost, writeWarning, writeError, writeProgress, writeVerbose } from '../../src/commands/write.js';
import { getVariable, setVariable, newVariable, removeVariable } from '../../src/commands/variables.js';
import { readHost, getCredential, clearHost, startSleep, secureStringText, convertToSecureString, convertFromSecureString } from '../../src/commands/host.js';
import { newObject } from '../../src/commands/members.js';
import { invokeMethod } from '../../src/runtime/methods.js';
import { formatForOutput } from '../../src/format/out.js';
import { getRandom } from '../../src/commands/random.js';
import { PSObject } from '../../src/runtime/values.js';
import { RuntimeError } from '../../src/runtime/errors.js';
import { toStringValue } from '../../src/runtime/conversions.js';

describe('Write-*', () => {
  it('Write-Output 1,2 unrolls; -NoEnumerate keeps the array', async () => {
    expect((await run(writeOutput, { InputObject: [1, 2] })).output).toEqual([1, 2]);
    expect((await run(writeOutput, { InputObject: [1, 2], NoEnumerate: true })).output).toEqual([[1, 2]]);
  });
  it("Write-Host 'a','b' -Separator ', ' goes to the host, not the pipeline", async () => {
    const r = await run(writeHost, { Object: ['a', 'b'], Separator: ', ' });
    expect(r.output).toEqual([]);
    expect(r.host).toEqual(['a, b\n']);
  });
  it('Write-Warning / Write-Verbose', async () => {
    expect((await run(writeWarning, { Message: 'careful' })).warnings).toEqual(['careful']);
    expect((await run(writeVerbose, { Message: 'detail' })).verbose).toEqual(['detail']);
  });
  it("Write-Error 'boom' -ErrorId X -Category ObjectNotFound -TargetObject t", async () => {
    const r = await run(writeError, { Message: 'boom', ErrorId: 'X', Category: 'objectnotfound', TargetObject: 't' });
    const e = r.errors[0]!;
    expect([e.message, e.errorId, e.category, e.targetObject, e.exceptionType]).toEqual(['boom', 'X', 'ObjectNotFound', 't', 'Microsoft.PowerShell.Commands.WriteErrorException']);
  });
  it('Write-Error without -ErrorId uses WriteErrorException', async () => {
    expect((await run(writeError, { Message: 'x' })).errors[0]!.errorId).toBe('Microsoft.PowerShell.Commands.WriteErrorException');
  });
  it('Write-Progress records', async () => {
    const r = await run(writeProgress, { Activity: 'Copy', Status: 'half', PercentComplete: 50 });
    expect(r.progress).toEqual([{ activity: 'Copy', status: 'half', percentComplete: 50, id: undefined, completed: false }]);
  });
});

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

describe('host', () => {
  it('Read-Host without a terminal is a clear terminating error', async () => {
    await expect(run(readHost, { Prompt: 'Name' })).rejects.toThrow(RuntimeError);
    try {
      await run(readHost, { Prompt: 'Name' });
    } catch (e) {
      expect((e as RuntimeError).record.message).toMatch(/not attached to a terminal/);
      expect((e as RuntimeError).record.errorId).toBe('HostNotInteractive,Microsoft.PowerShell.Commands.ReadHostCommand');
    }
  });
  it('Read-Host with a terminal returns the line', async () => {
    const session = new FakeSession(process.cwd(), true);
    session.answers.push('alice');
    expect((await run(readHost, { Prompt: 'Name' }, { session })).output).toEqual(['alice']);
  });
  it('Get-Credential: the password is a SecureString that never shows its text', async () => {
    const session = new FakeSession(process.cwd(), true);
    session.answers.push('S3cret!');
    const cred = (await run(getCredential, { UserName: 'admin@contoso.com' }, { session })).output[0] as PSObject;
    expect(cred.get('UserName')).toBe('admin@contoso.com');
    const pw = cred.get('Password') as PSObject;
    expect(toStringValue(pw)).not.toContain('S3cret');
    expect(secureStringText(pw)).toBe('S3cret!');
    expect(pw.get('Length')).toBe(7);
  });
  it("ConvertTo-SecureString 'P@ss' -AsPlainText; New-Object PSCredential; GetNetworkCredential()", async () => {
    const pw = (await run(convertToSecureString, { String: 'P@ss', AsPlainText: true, Force: true })).output[0] as PSObject;
    expect(formatForOutput([pw], { width: 80 })).toContain('System.Security.SecureString');
    expect(formatForOutput([pw], { width: 80 })).not.toContain('P@ss');
    const cred = (await run(newObject, { TypeName: 'PSCredential', ArgumentList: ['admin@contoso.com', pw] })).output[0] as PSObject;
    expect(cred.get('UserName')).toBe('admin@contoso.com');
    expect((invokeMethod(cred, 'GetNetworkCredential', []) as PSObject).get('Password')).toBe('P@ss');
    expect((await run(convertFromSecureString, { AsPlainText: true }, { input: [pw] })).output).toEqual(['P@ss']);
  });
  it('ConvertTo-SecureString without -AsPlainText explains what exosh cannot do', async () => {
    expect((await run(convertToSecureString, { String: '01000000d08c9ddf' })).errors[0]!.message).toMatch(/cannot decrypt Windows-protected/);
  });
  it('Clear-Host clears the host', async () => {
    const session = new FakeSession();
    await run(clearHost, {}, { session });
    expect(session.cleared).toBe(1);
  });
  it('Start-Sleep ends early when the pipeline is stopped', async () => {
    const ac = new AbortController();
    ac.abort();
    const { sleep } = await import('../../src/commands/host.js');
    await sleep(60_000, ac.signal);
    expect((await run(startSleep, { Milliseconds: 1 })).errors).toEqual([]);
  });
});

describe('Get-Random', () => {
  it('-Minimum 1 -Maximum 3 gives 1 or 2', async () => {
    for (let i = 0; i < 20; i++) expect([1, 2]).toContain((await run(getRandom, { Minimum: 1, Maximum: 3 })).output[0]);
  });
  it('-SetSeed makes the sequence repeat', async () => {
    const a = (await run(getRandom, { SetSeed: 42, Maximum: 1000, Count: 3 })).output;
    const b = (await run(getRandom, { SetSeed: 42, Maximum: 1000, Count: 3 })).output;
    expect(a).toEqual(b);
  });
  it('picks distinct items from input with -Count', async () => {
    const r = await run(getRandom, { Count: 3 }, { input: [1, 2, 3, 4, 5] });
    expect(new Set(r.output).size).toBe(3);
  });
  it('Minimum >= Maximum is an error', async () => {
    await expect(run(getRandom, { Minimum: 5, Maximum: 5 })).rejects.toThrow('The Minimum value (5) cannot be greater than or equal to the Maximum value (5).');
  });
});
