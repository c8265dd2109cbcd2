// Every way Connect-ExchangeOnline signs in, end to end through the cmdlet against the sandbox,
// and what a failed or limited sign-in leaves behind.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../src/exchange/transport.js';
import { browserSignIn, deviceSignIn, userCodeOf } from '../auth/sandbox-user.js';
import { exchangeSession, useSandbox } from './harness.js';

const sandbox = useSandbox({ deviceCodeIntervalSeconds: 1 });
const logDir = mkdtempSync(join(tmpdir(), 'exosh-connect-log-'));
afterAll(() => rmSync(logDir, { recursive: true, force: true }));

const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]*/;
const PASSWORD = 'Sandbox-Pa55!';

function tenantId(key: string): string {
  return sandbox().tenants.find((t) => t.initialDomain.startsWith(`${key}.`))!.id;
}

describe('app-only', () => {
  it('-AppId -CertificateFilePath -CertificatePassword -Organization', async () => {
    const app = sandbox().apps.find((a) => a.tenantKey === 'contoso')!;
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      $pw = ConvertTo-SecureString '${app.pfxPassword}' -AsPlainText -Force
      Connect-ExchangeOnline -Sandbox contoso -AppId ${app.appId} -CertificateFilePath '${app.pfxPath}' -CertificatePassword $pw -Organization contoso.onmicrosoft.com -ShowBanner:$false
      $c = Get-ConnectionInformation
      $c.CertificateAuthentication, $c.AppId, $c.Organization, $c.UserPrincipalName
      (Get-Mailbox -ResultSize 1).PrimarySmtpAddress`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output.slice(0, 4)).toEqual([true, app.appId, 'contoso.onmicrosoft.com', '']);
    expect(String(r.output[4])).toMatch(/@contoso\./);
  });

  it('-ManagedIdentity -Organization uses IDENTITY_ENDPOINT / IDENTITY_HEADER', async () => {
    const s = exchangeSession(sandbox(), { env: sandbox().managedIdentityEnvironment(tenantId('contoso')) });
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -ManagedIdentity -Organization contoso.onmicrosoft.com -ShowBanner:$false
      (Get-Mailbox -ResultSize 1).PrimarySmtpAddress`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(String(r.output[0])).toMatch(/@contoso\./);
  });

  it('-ManagedIdentity without -Organization says what is missing and connects nothing', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run('Connect-ExchangeOnline -Sandbox contoso -ManagedIdentity; @(Get-ConnectionInformation).Count');
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining('The Organization parameter is required')]);
    expect(r.output).toEqual([0]);
  });
});

describe('delegated', () => {
  it('-AccessToken from elsewhere', async () => {
    const token = await sandbox().identity.mintAccessToken({ upn: 'admin@tailspin.onmicrosoft.com' });
    const s = exchangeSession(sandbox());
    s.session.globalScope.setLocal('token', typeof token === 'string' ? token : (token as { accessToken: string }).accessToken);
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox tailspin -AccessToken $token -ShowBanner:$false
      (Get-Mailbox -ResultSize 1).PrimarySmtpAddress
      (Get-ConnectionInformation).TenantID`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(String(r.output[0])).toMatch(/@tailspin\./);
    expect(r.output[1]).toBe(tenantId('tailspin'));
  });

  it('-Credential with a PSCredential', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      $cred = [pscredential]::new('admin@fabrikam.onmicrosoft.com', (ConvertTo-SecureString '${PASSWORD}' -AsPlainText -Force))
      Connect-ExchangeOnline -Sandbox fabrikam -Credential $cred -ShowBanner:$false
      (Get-ConnectionInformation).UserPrincipalName
      (Get-Mailbox -ResultSize 1).PrimarySmtpAddress`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output[0]).toBe('admin@fabrikam.onmicrosoft.com');
    expect(String(r.output[1])).toMatch(/@fabrikam\./);
  });

  it('-DelegatedOrganization: contoso\'s admin manages fabrikam', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -DelegatedOrganization fabrikam.onmicrosoft.com -ShowBanner:$false
      $c = Get-ConnectionInformation
      $c.UserPrincipalName, $c.DelegatedOrganization
      (Get-Mailbox -ResultSize 1).PrimarySmtpAddress`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output.slice(0, 2)).toEqual(['admin@contoso.onmicrosoft.com', 'fabrikam.onmicrosoft.com']);
    expect(String(r.output[2])).toMatch(/@fabrikam\./);
  });

  it('-UserPrincipalName opens the browser; an MFA account signs in with its code there', async () => {
    const transport = createHttpTransport({ extraCaPem: sandbox().caCertPem });
    const upn = 'secure.admin@contoso.onmicrosoft.com';
    let opened = '';
    let redirected: Promise<unknown> = Promise.resolve();
    const s = exchangeSession(sandbox(), {
      openBrowser: async (url) => {
        opened = url;
        // The "browser": the sign-in pages, then the redirect to the shell's loopback listener.
        redirected = browserSignIn(transport, sandbox().url, url, upn, PASSWORD, '123456').then((location) => fetch(location.replace('//localhost:', '//127.0.0.1:')));
        return true;
      },
    });
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -UserPrincipalName ${upn} -ShowBanner:$false
      (Get-ConnectionInformation).UserPrincipalName`);
    await redirected;
    await transport.close();
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(new URL(opened).searchParams.get('login_hint')).toBe(upn);
    expect(r.output).toEqual([upn]);
  });

  it('no browser to open: the error says to use -Device', async () => {
    const s = exchangeSession(sandbox(), { openBrowser: async () => false });
    const r = await s.session.run('Connect-ExchangeOnline -Sandbox contoso -UserPrincipalName admin@contoso.onmicrosoft.com; @(Get-ConnectionInformation).Count');
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining('-Device')]);
    expect(r.output).toEqual([0]);
  });

  it('-Device prints the code; the sign-in is completed elsewhere (here, by the test)', async () => {
    const transport = createHttpTransport({ extraCaPem: sandbox().caCertPem });
    const signedIn: Promise<string>[] = [];
    const s = exchangeSession(sandbox());
    const origin = s.host;
    // The host stream is where the module prints the device-code message; answer it as a user would.
    const push = origin.push.bind(origin);
    origin.push = (...items: string[]) => {
      for (const m of items) if (/devicelogin/.test(m)) signedIn.push(deviceSignIn(transport, sandbox().url, userCodeOf(m), 'admin@tailspin.onmicrosoft.com', PASSWORD));
      return push(...items);
    };
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox tailspin -Device -ShowBanner:$false
      (Get-ConnectionInformation).UserPrincipalName`);
    await Promise.all(signedIn);
    await transport.close();
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(signedIn).toHaveLength(1);
    expect(r.output).toEqual(['admin@tailspin.onmicrosoft.com']);
  }, 30_000);
});

describe('limits and failures', () => {
  it('a View-Only account gets no Set-Mailbox, as the module builds none for it', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -UserPrincipalName helpdesk@contoso.onmicrosoft.com -Credential ([pscredential]::new('helpdesk@contoso.onmicrosoft.com', (ConvertTo-SecureString '${PASSWORD}' -AsPlainText -Force))) -ShowBanner:$false
      @(Get-Mailbox -ResultSize 1).Count
      Set-Mailbox -Identity admin -DisplayName 'Not allowed'`);
    expect(r.output).toEqual([1]);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining("The term 'Set-Mailbox' is not recognized as a name of a cmdlet")]);
  });

  it('a wrong password is Entra\'s error and leaves no connection or cmdlet behind', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -Credential ([pscredential]::new('admin@contoso.onmicrosoft.com', (ConvertTo-SecureString 'wrong-password' -AsPlainText -Force))) -ShowBanner:$false
      @(Get-ConnectionInformation).Count
      [bool](Get-Command Get-Mailbox -ErrorAction SilentlyContinue)`);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining('AADSTS50126')]);
    expect(r.errors[0]!.message).not.toContain('wrong-password');
    expect(r.output).toEqual([0, false]);
  });

  it('no connection yet: the Exchange cmdlets are not there and the connection cmdlets say so plainly', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      @(Get-ConnectionInformation).Count
      Get-Mailbox`);
    expect(r.output).toEqual([0]);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining("The term 'Get-Mailbox' is not recognized")]);
  });

  it('bad parameters fail before any sign-in, with the module\'s messages', async () => {
    const s = exchangeSession(sandbox());
    const cases = [
      ['Connect-ExchangeOnline -Sandbox contoso -Prefix EXO', "Prefix 'EXO' is a reserved Prefix, please use a different prefix."],
      ['Connect-ExchangeOnline -Sandbox contoso -Prefix "fab-1"', 'Use of any special characters in the Prefix string is not supported.'],
      ['Connect-ExchangeOnline -ConnectionUri "not a uri"', "Invalid ConnectionUri parameter 'not a uri'"],
      ['Connect-ExchangeOnline -UseRPSSession', 'exosh connects over REST only'],
    ] as const;
    for (const [command, message] of cases) {
      const r = await s.session.run(command);
      expect(r.errors.map((e) => e.message)).toEqual([expect.stringContaining(message)]);
    }
    const noSandbox = exchangeSession(undefined);
    const r = await noSandbox.session.run('Connect-ExchangeOnline -Sandbox contoso');
    expect(r.errors[0]!.message).toContain('-Sandbox needs a running sandbox');
  });

  it('-CommandName limits the cmdlets; -ShowBanner (the default) prints the service banner', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`
      Connect-ExchangeOnline -Sandbox contoso -CommandName Get-Mailbox,Get-Recipient
      (Get-Command -Module (Get-ConnectionInformation).ModuleName | ForEach-Object Name | Sort-Object) -join ','`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual(['Get-Mailbox,Get-Recipient']);
    expect(s.host.join('\n')).toMatch(/\S/);
  });
});

describe('secrets', () => {
  it('no token or password in output, host text, warnings, errors, $Error, Get-ConnectionInformation or the request log', async () => {
    const s = exchangeSession(sandbox());
    // The passwords come from outside the script, as from a vault: the script's own text is shown in error views.
    s.session.globalScope.setLocal('plain', PASSWORD);
    s.session.globalScope.setLocal('wrong', 'Wrong-Pa55!');
    const r = await s.session.run(`
      $cred = [pscredential]::new('admin@contoso.onmicrosoft.com', (ConvertTo-SecureString $plain -AsPlainText -Force))
      Connect-ExchangeOnline -Sandbox contoso -Credential $cred -LogDirectoryPath '${logDir}' -LogLevel All
      Get-Mailbox -ResultSize 2 | Out-String
      Get-Mailbox -Identity nobody-here
      Get-ConnectionInformation | Format-List * | Out-String
      $cred | Format-List * | Out-String
      $Error | Out-String
      Connect-ExchangeOnline -Sandbox contoso -Credential ([pscredential]::new('admin@contoso.onmicrosoft.com', (ConvertTo-SecureString $wrong -AsPlainText -Force)))
      $Error | Out-String`);
    const logs = readdirSync(logDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'));
    expect(logs.join('').length).toBeGreaterThan(0);
    const everything = [
      r.text,
      ...r.output.map(String),
      ...s.output,
      ...s.host,
      ...s.warnings,
      ...s.errors.map((e) => `${e.message} ${String(e.targetObject)}`),
      ...s.information.map(String),
      ...logs,
    ].join('\n');
    expect(everything).toContain('admin@contoso.onmicrosoft.com');
    expect(everything).not.toMatch(JWT);
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain('Wrong-Pa55!');
  });
});
