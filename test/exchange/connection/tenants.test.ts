// Several tenants in one session: prefixes, the newest unprefixed connection owning the plain
// names, Disconnect by prefix, and Invoke-Tenant running a block per tenant.
import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/runtime/values.js';
import { exchangeSession, useSandbox } from './harness.js';

const sandbox = useSandbox();

const CONNECT_THREE = `
Connect-ExchangeOnline -Sandbox contoso -Prefix Con -ShowBanner:$false
Connect-ExchangeOnline -Sandbox fabrikam -Prefix Fab -ShowBanner:$false
Connect-ExchangeOnline -Sandbox tailspin -Prefix Tail -ShowBanner:$false
`;

function prop(o: unknown, name: string): unknown {
  return o instanceof PSObject ? o.get(name) : undefined;
}

describe('three tenants with prefixes', () => {
  it('Get-ConMailbox, Get-FabMailbox and Get-TailMailbox each reach their own tenant', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`${CONNECT_THREE}
      (Get-ConMailbox -ResultSize 1).PrimarySmtpAddress
      (Get-FabMailbox -ResultSize 1).PrimarySmtpAddress
      (Get-TailMailbox -ResultSize 1).PrimarySmtpAddress
      (Get-ConnectionInformation).ModulePrefix -join ','`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output.slice(0, 3).map(String)).toEqual([expect.stringMatching(/@contoso\./), expect.stringMatching(/@fabrikam\./), expect.stringMatching(/@tailspin\./)]);
    expect(r.output[3]).toBe('Con,Fab,Tail');
    expect(s.warnings.filter((w) => !w.startsWith('There are more results available'))).toEqual([]);
  });

  it('Disconnect-ExchangeOnline -ModulePrefix Fab removes only the Fab cmdlets and connection', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`${CONNECT_THREE}
      Disconnect-ExchangeOnline -ModulePrefix Fab -Confirm:$false
      [bool](Get-Command Get-FabMailbox -ErrorAction SilentlyContinue)
      [bool](Get-Command Get-ConMailbox -ErrorAction SilentlyContinue)
      [bool](Get-Command Set-TailMailbox -ErrorAction SilentlyContinue)
      (Get-ConnectionInformation | ForEach-Object Name) -join ','
      (Get-TailMailbox -ResultSize 1).PrimarySmtpAddress`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output.slice(0, 4)).toEqual([false, true, true, 'ExchangeOnline_1,ExchangeOnline_3']);
    expect(String(r.output[4])).toMatch(/@tailspin\./);
  });

  it('a call through a disconnected prefix is no longer a command', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`${CONNECT_THREE}
      Disconnect-ExchangeOnline -ModulePrefix Fab -Confirm:$false
      Get-FabMailbox -ResultSize 1`);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining("The term 'Get-FabMailbox' is not recognized")]);
  });
});

describe('unprefixed connections', () => {
  it('a second unprefixed connection warns that it takes over the plain names; disconnecting it gives them back', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false
      Connect-ExchangeOnline -Sandbox fabrikam -ShowBanner:$false
      (Get-Mailbox -ResultSize 1).PrimarySmtpAddress
      (Get-ConnectionInformation | Where-Object ConnectionUsedForInbuiltCmdlets).Name
      Disconnect-ExchangeOnline -ConnectionId (Get-ConnectionInformation | Where-Object Id -eq 2).ConnectionId -Confirm:$false
      (Get-Mailbox -ResultSize 1).PrimarySmtpAddress`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    const takeover = s.warnings.filter((w) => !w.startsWith('There are more results available'));
    expect(takeover).toHaveLength(1);
    expect(takeover[0]).toContain('ExchangeOnline_2 (fabrikam) now owns the unprefixed cmdlet names');
    expect(takeover[0]).toContain('no longer against ExchangeOnline_1 (contoso)');
    expect(takeover[0]).toContain('-Prefix');
    expect(String(r.output[0])).toMatch(/@fabrikam\./);
    expect(r.output[1]).toBe('ExchangeOnline_2');
    expect(String(r.output[2])).toMatch(/@contoso\./);
  });

  it('two connections with the same prefix: the newer owns the names, warns, and gives them back when it goes; reconnecting the same tenant is quiet', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -Prefix T -ShowBanner:$false
      Connect-ExchangeOnline -Sandbox contoso -Prefix T -ShowBanner:$false
      Connect-ExchangeOnline -Sandbox tailspin -Prefix T -ShowBanner:$false
      (Get-TMailbox -ResultSize 1 -WarningAction SilentlyContinue).PrimarySmtpAddress
      Disconnect-ExchangeOnline -ConnectionId (Get-ConnectionInformation | Where-Object Id -eq 3).ConnectionId -Confirm:$false
      (Get-TMailbox -ResultSize 1 -WarningAction SilentlyContinue).PrimarySmtpAddress`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toContain('ExchangeOnline_3 (tailspin) now owns the cmdlet names with the prefix T: Get-TMailbox and the other cmdlets');
    expect(String(r.output[0])).toMatch(/@tailspin\./);
    expect(String(r.output[1])).toMatch(/@contoso\./);
  });

  it('after the last Disconnect-ExchangeOnline the Exchange cmdlets are gone', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false
      Disconnect-ExchangeOnline -Confirm:$false
      @(Get-ConnectionInformation).Count
      Get-Mailbox`);
    expect(r.output).toEqual([0]);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining("The term 'Get-Mailbox' is not recognized")]);
  });
});

describe('Invoke-Tenant', () => {
  it('runs the block once per tenant and tags every object with Tenant', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`${CONNECT_THREE}
      Invoke-Tenant -Connection contoso,fabrikam,tailspin -ScriptBlock { Get-Mailbox -ResultSize 2 }`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toHaveLength(6);
    const byTenant = new Map<string, string[]>();
    for (const o of r.output) {
      const tenant = String(prop(o, 'Tenant'));
      byTenant.set(tenant, [...(byTenant.get(tenant) ?? []), String(prop(o, 'PrimarySmtpAddress'))]);
    }
    expect([...byTenant.keys()].sort()).toEqual(['contoso', 'fabrikam', 'tailspin']);
    for (const [tenant, addresses] of byTenant) {
      expect(addresses).toHaveLength(2);
      for (const a of addresses) expect(a).toContain(`@${tenant}.`);
    }
    // The plain names were only lent to the blocks: with every connection prefixed they are gone again.
    expect((await s.session.run('[bool](Get-Command Get-Mailbox -ErrorAction SilentlyContinue)')).output).toEqual([false]);
  });

  it('one tenant failing becomes an error for that tenant; the others still answer', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`${CONNECT_THREE}
      $out = Invoke-Tenant Con,Fab,Tail {
        $m = Get-Mailbox -ResultSize 1
        if ("$($m.PrimarySmtpAddress)" -like '*@fabrikam.*') { throw 'fabrikam is closed today' }
        $m.PrimarySmtpAddress
      }
      $out | Sort-Object Tenant | ForEach-Object { "$($_.Tenant)=$($_.Value)" }`);
    expect(r.errors.map((e) => e.message)).toEqual(['[fabrikam] fabrikam is closed today']);
    expect(r.output).toEqual([expect.stringMatching(/^contoso=.*@contoso\./), expect.stringMatching(/^tailspin=.*@tailspin\./)]);
  });

  it('runs the tenants concurrently, at most -ThrottleLimit at a time', async () => {
    const s = exchangeSession(sandbox());
    await s.session.run(CONNECT_THREE);
    for (const t of sandbox().tenants) sandbox().faults.set(t.id, { latencyMs: 700 });
    try {
      const timed = async (limit: number) => {
        const started = Date.now();
        const r = await s.session.run(`Invoke-Tenant Con,Fab,Tail -ThrottleLimit ${limit} { (Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue).Name }`);
        expect(r.errors.map((e) => e.message)).toEqual([]);
        expect(r.output).toHaveLength(3);
        return Date.now() - started;
      };
      expect(await timed(3)).toBeLessThan(1900);
      expect(await timed(1)).toBeGreaterThanOrEqual(2100);
    } finally {
      sandbox().faults.clear();
    }
  });

  it('passes -ArgumentList and keeps the tenant variable out of the caller', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`${CONNECT_THREE}
      Invoke-Tenant -Connection Tail -ArgumentList 3 -ScriptBlock { param($n) @(Get-Mailbox -ResultSize $n).Count }
      [bool](Get-Variable __ExoshTenantConnection -ErrorAction SilentlyContinue)`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(prop(r.output[0], 'Value')).toBe(3);
    expect(prop(r.output[0], 'Tenant')).toBe('tailspin');
    expect(r.output[1]).toBe(false);
  });

  it('-Connection takes Get-ConnectionInformation objects; without it every Exchange connection runs', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`${CONNECT_THREE}
      (Invoke-Tenant -Connection (Get-ConnectionInformation | Where-Object ModulePrefix -ne 'Fab') { 'x' } | ForEach-Object Tenant | Sort-Object) -join ','
      (Invoke-Tenant { 'x' } | ForEach-Object Tenant | Sort-Object) -join ','
      $caller = 'seen'; (Invoke-Tenant Tail { "$caller in $((Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue).PrimarySmtpAddress)" }).Value`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output.slice(0, 2)).toEqual(['contoso,tailspin', 'contoso,fabrikam,tailspin']);
    expect(String(r.output[2])).toMatch(/^seen in .*@tailspin\./);
  });

  it('an unknown connection is an error naming what was asked for; no connection at all says how to connect', async () => {
    const s = exchangeSession(sandbox());
    const none = await s.session.run('Invoke-Tenant -Connection contoso { 1 }');
    expect(none.errors.map((e) => e.message)).toEqual([expect.stringContaining('There is no connection to run the block on. Connect first')]);
    const r = await s.session.run('Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false; Invoke-Tenant -Connection nosuch { 1 }');
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining("No connection matches 'nosuch'")]);
  });
});
