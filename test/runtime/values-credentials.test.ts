// SecureString and PSCredential as scripts build them: [pscredential]::new, New-Object, casts of
// the password to text never happen.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';
import { PSObject } from '../../src/runtime/values.js';
import { isCredential, secureStringText } from '../../src/runtime/credentials.js';

async function ps(text: string) {
  return new Session().run(text);
}

describe('[pscredential]::new(user, securestring)', () => {
  it("$pw = ConvertTo-SecureString 'S3cret!' -AsPlainText -Force; [pscredential]::new('admin@contoso.com', $pw)", async () => {
    const r = await ps("$pw = ConvertTo-SecureString 'S3cret!' -AsPlainText -Force; [pscredential]::new('admin@contoso.com', $pw)");
    expect(r.errors).toEqual([]);
    const cred = r.output[0];
    expect(isCredential(cred)).toBe(true);
    expect((cred as PSObject).get('UserName')).toBe('admin@contoso.com');
    expect(secureStringText((cred as PSObject).get('Password'))).toBe('S3cret!');
  });
  it('[System.Management.Automation.PSCredential]::new(...).GetNetworkCredential().Password', async () => {
    const r = await ps("$c = [System.Management.Automation.PSCredential]::new('CONTOSO\\admin', (ConvertTo-SecureString 'pw' -AsPlainText -Force)); $n = $c.GetNetworkCredential(); $n.UserName; $n.Domain; $n.Password");
    expect(r.output).toEqual(['admin', 'CONTOSO', 'pw']);
  });
  it('the credential prints its user name and the SecureString type name, never the password', async () => {
    const r = await ps("[pscredential]::new('admin', (ConvertTo-SecureString 'TopSecret' -AsPlainText -Force))");
    expect(r.text).toContain('admin');
    expect(r.text).toContain('System.Security.SecureString');
    expect(r.text).not.toContain('TopSecret');
  });
  it("a plain string password is PowerShell's conversion error", async () => {
    const r = await ps("[pscredential]::new('admin', 'plain')");
    expect(r.errors.map((e) => e.message)).toEqual([
      'Cannot convert argument "password", with value: "plain", for "PSCredential" to type "System.Security.SecureString": "Cannot convert the "plain" value of type "System.String" to type "System.Security.SecureString"."',
    ]);
  });
  it('one argument: no overload', async () => {
    const r = await ps("[pscredential]::new('admin')");
    expect(r.errors.map((e) => e.message)).toEqual(['Cannot find an overload for "new" and the argument count: "1".']);
  });
  it('New-Object System.Management.Automation.PSCredential -ArgumentList $user, $pw', async () => {
    const r = await ps("$pw = ConvertTo-SecureString 'x' -AsPlainText -Force; (New-Object System.Management.Automation.PSCredential -ArgumentList 'u', $pw).UserName");
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['u']);
  });
});
