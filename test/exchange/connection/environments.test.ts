// -ExchangeEnvironmentName, -ConnectionUri and -AzureADAuthorizationEndpointUri → the endpoints a
// connection uses; and the same client code against the sandbox through URLs and a trusted CA only.
import { describe, expect, it } from 'vitest';
import { authorityRootOf, environmentEndpoints, restRootOf, sandboxEndpoints } from '../../../src/exchange/connection/environments.js';
import { exchangeSession, useSandbox } from './harness.js';

const sandbox = useSandbox();

describe('clouds', () => {
  it('O365Default is outlook.office365.com signed in at login.microsoftonline.com', () => {
    expect(environmentEndpoints('ExchangeOnline', 'O365Default')).toEqual({
      connectionUri: 'https://outlook.office365.com',
      authorityUri: 'https://login.microsoftonline.com',
      resource: 'https://outlook.office365.com',
    });
    expect(environmentEndpoints('SecurityCompliance', 'O365Default')).toEqual({
      connectionUri: 'https://ps.compliance.protection.outlook.com',
      authorityUri: 'https://login.microsoftonline.com',
      resource: 'https://ps.compliance.protection.outlook.com',
    });
  });

  it('the government and 21Vianet clouds have their own hosts and authorities', () => {
    expect(environmentEndpoints('ExchangeOnline', 'O365USGovGCCHigh')).toMatchObject({ connectionUri: 'https://outlook.office365.us', authorityUri: 'https://login.microsoftonline.us' });
    expect(environmentEndpoints('ExchangeOnline', 'O365USGovDoD')).toMatchObject({ connectionUri: 'https://outlook-dod.office365.us', authorityUri: 'https://login.microsoftonline.us' });
    expect(environmentEndpoints('ExchangeOnline', 'O365China')).toMatchObject({ connectionUri: 'https://outlook.office365.cn', authorityUri: 'https://login.chinacloudapi.cn' });
  });

  it('remote-PowerShell style URIs reduce to the REST root and the authority tenant', () => {
    expect(restRootOf('https://outlook.office365.com/powershell-liveid/')).toBe('https://outlook.office365.com');
    expect(restRootOf('https://ps.compliance.protection.outlook.com/PowerShell-LiveId')).toBe('https://ps.compliance.protection.outlook.com');
    expect(authorityRootOf('https://login.microsoftonline.us/organizations')).toEqual({ root: 'https://login.microsoftonline.us', tenant: 'organizations' });
    expect(sandboxEndpoints('SecurityCompliance', 'https://127.0.0.1:5000/')).toEqual({
      connectionUri: 'https://127.0.0.1:5000/compliance',
      authorityUri: 'https://127.0.0.1:5000',
      resource: 'https://ps.compliance.protection.outlook.com',
    });
  });
});

describe('without -Sandbox', () => {
  it('-ConnectionUri and -AzureADAuthorizationEndpointUri with a trusted CA reach the same service (the real-service path)', async () => {
    const s = exchangeSession(undefined, { extraCaPem: sandbox().caCertPem });
    s.session.globalScope.setLocal('url', sandbox().url);
    s.session.globalScope.setLocal('plain', 'Sandbox-Pa55!');
    const r = await s.session.run(`
      $cred = [pscredential]::new('admin@tailspin.onmicrosoft.com', (ConvertTo-SecureString $plain -AsPlainText -Force))
      Connect-ExchangeOnline -ConnectionUri "$url/powershell-liveid/" -AzureADAuthorizationEndpointUri "$url/organizations" -Credential $cred -ShowBanner:$false
      (Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue).PrimarySmtpAddress
      (Get-ConnectionInformation).ConnectionUri -eq $url`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(String(r.output[0])).toMatch(/@tailspin\./);
    expect(r.output[1]).toBe(true);
  });

  it('without the CA the sandbox is not trusted: TLS verification is never turned off', async () => {
    const s = exchangeSession(undefined);
    s.session.globalScope.setLocal('url', sandbox().url);
    const r = await s.session.run(`
      $cred = [pscredential]::new('admin@tailspin.onmicrosoft.com', (ConvertTo-SecureString 'x' -AsPlainText -Force))
      Connect-ExchangeOnline -ConnectionUri $url -AzureADAuthorizationEndpointUri "$url/organizations" -Credential $cred -ShowBanner:$false
      @(Get-ConnectionInformation).Count`);
    expect(r.errors).toHaveLength(1);
    expect(r.output).toEqual([0]);
  });
});
