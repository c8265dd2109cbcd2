// Filter-left on every kind of connection against the sandbox: prefixed proxies, and unprefixed
// ones lent to Invoke-Tenant blocks, each block's pipeline planned on its own.
import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/runtime/values.js';
import { exchangeSession, useSandbox } from '../connection/harness.js';

const sandbox = useSandbox({ mailboxes: 30 });

describe('filter-left on every connection', () => {
  it('a prefixed connection and Invoke-Tenant blocks push the same filter and give the same objects as off', async () => {
    const c = exchangeSession(sandbox());
    const r = await c.session.run(
      'Connect-ExchangeOnline -Sandbox contoso -Prefix Con -ShowBanner:$false; Connect-ExchangeOnline -Sandbox fabrikam -Prefix Fab -ShowBanner:$false',
    );
    expect(r.errors.map((e) => e.message)).toEqual([]);
    const where = "Where-Object { $_.RecipientTypeDetails -eq 'SharedMailbox' -and $_.Alias -like 's*' }";
    const prefixed = `Get-FabEXOMailbox -ResultSize Unlimited -Verbose | ${where} | ForEach-Object Alias`;
    const tenants = `Invoke-Tenant -Connection contoso,fabrikam { Get-Mailbox -ResultSize Unlimited -Verbose | ${where} } | Sort-Object Tenant, Alias | ForEach-Object { $_.Tenant + ':' + $_.Alias }`;
    for (const pipeline of [prefixed, tenants]) {
      const off = await c.session.run(`$ExoshFilterLeft = $false; ${pipeline}`);
      c.verbose.length = 0;
      const on = await c.session.run(`$ExoshFilterLeft = $true; ${pipeline}`);
      expect(on.errors.map((e) => e.message)).toEqual([]);
      expect(on.output).toEqual(off.output);
      expect(on.output.length).toBeGreaterThan(0);
      const expected = "filtered on the server: RecipientTypeDetails -eq 'SharedMailbox' -and Alias -like 's*'";
      expect(c.verbose).toEqual(pipeline === prefixed ? [expected] : [expected, expected]);
    }
    // Get-PipelinePlan explains the block's pipeline too, as each tenant's run pushed it.
    const plan = await c.session.run(`Get-PipelinePlan { ${tenants} }`);
    expect(plan.errors.map((e) => e.message)).toEqual([]);
    expect(plan.output.map((p) => [(p as PSObject).get('Command'), (p as PSObject).get('ServerFilter')])).toEqual([
      [null, null],
      ['Get-Mailbox', "RecipientTypeDetails -eq 'SharedMailbox' -and Alias -like 's*'"],
    ]);
  }, 120_000);
});
