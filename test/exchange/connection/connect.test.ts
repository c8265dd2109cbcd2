// Connect-ExchangeOnline against the sandbox, as an admin types it.
import { describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../src/exchange/transport.js';
import { exchangeSession, useSandbox } from './harness.js';

const sandbox = useSandbox();

describe('Connect-ExchangeOnline -Sandbox', () => {
  it('connects as the tenant admin; Get-Mailbox -ResultSize 3 then returns three mailboxes', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run('Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false; Get-Mailbox -ResultSize 3 | ForEach-Object { $_.PrimarySmtpAddress }');
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toHaveLength(3);
    for (const a of r.output) expect(String(a)).toMatch(/@contoso\.(com|onmicrosoft\.com)$/);
  });
});

describe('-ShowProgress', () => {
  it('$true reports each remote call\'s pages and objects by tenant; without it nothing', async () => {
    const quiet = exchangeSession(sandbox());
    await quiet.session.run('Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false; $null = Get-Mailbox -ResultSize 5 -WarningAction SilentlyContinue');
    expect(quiet.progress).toEqual([]);
    const s = exchangeSession(sandbox());
    const r = await s.session.run('Connect-ExchangeOnline -Sandbox contoso -ShowProgress $true -PageSize 2 -ShowBanner:$false; $null = Get-Mailbox -ResultSize 5 -WarningAction SilentlyContinue');
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(s.progress.length).toBeGreaterThan(1);
    expect(s.progress.at(-1)).toMatchObject({ activity: 'Get-Mailbox (contoso)', completed: true });
    expect(s.progress.at(-1)!.status).toMatch(/^5 objects, 3 pages$/);
  });
});

describe('Get-ConnectionInformation', () => {
  it("has the module's properties in the module's order, and no token", async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false
      Connect-ExchangeOnline -Sandbox fabrikam -Prefix Fab -PageSize 200 -ShowBanner:$false
      $all = Get-ConnectionInformation
      $all[0].PSObject.Properties.Name -join ','
      $all | ForEach-Object { '{0}|{1}|{2}|{3}|{4}|{5}|{6}|{7}' -f $_.Id, $_.Name, $_.State, $_.ModulePrefix, $_.PageSize, $_.TokenStatus, $_.ConnectionUsedForInbuiltCmdlets, $_.IsEopSession }
      $all[1].TokenExpiryTimeUTC -gt (Get-Date).ToUniversalTime()
      (Get-ConnectionInformation -ModulePrefix fab).Name
      (Get-ConnectionInformation -ConnectionId $all[0].ConnectionId).Name`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output[0]).toBe(
      'ConnectionId,State,Id,Name,UserPrincipalName,ConnectionUri,AzureAdAuthorizationEndpointUri,TokenExpiryTimeUTC,CertificateAuthentication,ModuleName,ModulePrefix,Organization,DelegatedOrganization,AppId,PageSize,TenantID,TokenStatus,ConnectionUsedForInbuiltCmdlets,IsEopSession',
    );
    expect(r.output.slice(1, 3)).toEqual(['1|ExchangeOnline_1|Connected||1000|Active|True|False', '2|ExchangeOnline_2|Connected|Fab|200|Active|False|False']);
    expect(r.output.slice(3)).toEqual([true, 'ExchangeOnline_2', 'ExchangeOnline_1']);
    const text = (await s.session.run('Get-ConnectionInformation | Format-List * | Out-String')).output.join('');
    expect(text).toMatch(/ConnectionId\s+: [0-9a-f-]{36}/);
    expect(text).not.toMatch(/eyJ/);
  });
});

describe('Disconnect-ExchangeOnline', () => {
  it('closes the HTTPS transport after the last connection, and makes a new one for the next connect', async () => {
    let made = 0;
    let closed = 0;
    const s = exchangeSession(sandbox(), {
      services: {
        createHttpTransport: (ca) => {
          made++;
          const t = createHttpTransport(ca ? { extraCaPem: ca } : {});
          return { dispatcherFor: (url) => t.dispatcherFor(url), close: async () => void (closed++, await t.close()) };
        },
      },
    });
    await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -Prefix Con -ShowBanner:$false
      Connect-ExchangeOnline -Sandbox fabrikam -Prefix Fab -ShowBanner:$false
      Disconnect-ExchangeOnline -ModulePrefix Con -Confirm:$false`);
    expect([made, closed]).toEqual([1, 0]);
    await s.session.run('Disconnect-ExchangeOnline -ModulePrefix Fab -Confirm:$false');
    expect([made, closed]).toEqual([1, 1]);
    const again = await s.session.run('Connect-ExchangeOnline -Sandbox tailspin -ShowBanner:$false; (Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue).PrimarySmtpAddress');
    expect(String(again.output[0])).toMatch(/@tailspin\./);
    expect([made, closed]).toEqual([2, 1]);
  });

  it('asks first (ConfirmImpact High): without a terminal it stops and keeps the connection; Yes disconnects', async () => {
    const unattended = exchangeSession(sandbox());
    const r = await unattended.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false
      Disconnect-ExchangeOnline
      @(Get-ConnectionInformation).Count`);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining('NonInteractive')]);
    expect(r.output).toEqual([1]);

    const asked: string[] = [];
    const attended = exchangeSession(sandbox(), {}, {
      interactive: true,
      promptForChoice: async (caption, message) => {
        asked.push(`${caption}|${message}`);
        return 0;
      },
    });
    const yes = await attended.session.run(`
      Connect-ExchangeOnline -Sandbox fabrikam -ShowBanner:$false
      Disconnect-ExchangeOnline
      @(Get-ConnectionInformation).Count`);
    expect(yes.errors.map((e) => e.message)).toEqual([]);
    expect(yes.output).toEqual([0]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('ExchangeOnline_1 (fabrikam)');
  });

  it('-WhatIf says what it would disconnect and keeps the connection', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false
      Disconnect-ExchangeOnline -WhatIf
      @(Get-ConnectionInformation).Count`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual([1]);
    expect(s.host.join('\n')).toContain('What if: Performing the operation "Disconnect-ExchangeOnline" on target "This will disconnect every connection in this session: ExchangeOnline_1 (contoso)');
  });
});

describe('the not-connected hint (for the engine\'s command-not-found path)', () => {
  it('names the cmdlet and how to connect; with only prefixed connections, the names to use', async () => {
    const { exchangeCommandNotFoundHint } = await import('../../../src/exchange/index.js');
    const s = exchangeSession(sandbox());
    expect(exchangeCommandNotFoundHint(s.session, 'get-mailbox')).toContain('Get-Mailbox is an Exchange Online cmdlet, and this session has no connection yet. Connect first with Connect-ExchangeOnline');
    expect(exchangeCommandNotFoundHint(s.session, 'Get-Nothing')).toBeUndefined();
    await s.session.run('Connect-ExchangeOnline -Sandbox fabrikam -Prefix Fab -ShowBanner:$false');
    expect(exchangeCommandNotFoundHint(s.session, 'Get-Mailbox')).toContain('use Get-FabMailbox (fabrikam), or run it per tenant with Invoke-Tenant');
    await s.session.run('Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false');
    expect(exchangeCommandNotFoundHint(s.session, 'Set-Nothing-Really')).toBeUndefined();
    expect(exchangeCommandNotFoundHint(s.session, 'Get-Mailbox')).toBeUndefined();
  });
});

describe('Connect-IPPSSession', () => {
  it('connects to Security & Compliance with its own cmdlets, beside an Exchange connection', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false
      Connect-IPPSSession -Sandbox contoso -ShowBanner:$false
      (Get-ConnectionInformation | ForEach-Object { '{0}|{1}' -f $_.Name, $_.IsEopSession }) -join ','
      @(Get-RetentionCompliancePolicy).Count -gt 0
      (Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue).PrimarySmtpAddress`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output[0]).toBe('ExchangeOnline_1|False,ExchangeOnlineProtection_2|True');
    expect(r.output[1]).toBe(true);
    expect(String(r.output[2])).toMatch(/@contoso\./);
    // Different cmdlet sets: no takeover between the two kinds.
    expect(s.warnings).toEqual([]);
  });
});
