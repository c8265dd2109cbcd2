// host.
import { describe, expect, it } from 'vitest';
import { run, FakeSession } from './harness.js';
import { readHost, getCredential, clearHost, startSleep, secureStringText, convertToSecureString, convertFromSecureString } from '../../src/commands/host.js';
import { newObject } from '../../src/commands/members.js';
import { invokeMethod } from '../../src/runtime/member-access.js';
import { formatForOutput } from '../../src/format/out.js';
import { PSObject } from '../../src/runtime/values.js';
import { RuntimeError } from '../../src/runtime/errors.js';
import { toStringValue } from '../../src/runtime/conversions.js';

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
    const { abortableSleep: sleep } = await import('../../src/runtime/async.js');
    await sleep(60_000, ac.signal);
    expect((await run(startSleep, { Milliseconds: 1 })).errors).toEqual([]);
  });
});
