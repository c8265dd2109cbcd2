// Connect-ExchangeOnline without a person: -AppId with a certificate (file, thumbprint, object),
// -ManagedIdentity, and -AccessToken, each ending with a token the sandbox's Exchange accepts.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenProvider, findCertificateByThumbprint, loadPfxFile } from '../../../src/exchange/auth/index.js';
import type { HttpTransport, SignInContext } from '../../../src/exchange/contracts.js';
import { createHttpTransport } from '../../../src/exchange/transport.js';
import { SANDBOX_PFX_PASSWORD, startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { exchangeAccepts, failure } from './sandbox-user.js';

let sandbox: RunningSandbox;
let transport: HttpTransport;
let contoso: RunningSandbox['tenants'][number];
let app: RunningSandbox['apps'][number];
let folder: string;

beforeAll(async () => {
  sandbox = await startSandbox({ mailboxes: 50, quiet: true });
  transport = createHttpTransport({ extraCaPem: sandbox.caCertPem });
  contoso = sandbox.tenants.find((t) => t.key === 'contoso')!;
  app = sandbox.apps.find((a) => a.tenantId === contoso.id)!;
  folder = mkdtempSync(join(tmpdir(), 'exosh-certs-'));
}, 60_000);

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await transport?.close();
  await sandbox?.close();
});

function ctx(tenant?: string, env?: Record<string, string | undefined>): SignInContext {
  return {
    endpoints: { connectionUri: sandbox.url, authorityUri: sandbox.url, resource: 'https://outlook.office365.com' },
    tenant,
    transport,
    ...(env ? { env } : {}),
  };
}

describe('Connect-ExchangeOnline -AppId -CertificateFilePath -CertificatePassword -Organization', () => {
  it('signs in app-only with the app\'s .pfx and renews with the same grant', async () => {
    const certificate = loadPfxFile(app.pfxPath, SANDBOX_PFX_PASSWORD);
    expect(certificate.thumbprintSha1).toBe(app.thumbprintSha1.toUpperCase());
    const provider = await createTokenProvider({ kind: 'certificate', appId: app.appId, certificate }, ctx(contoso.initialDomain));
    const token = await provider.getToken();
    expect(token).toMatchObject({ tenantId: contoso.id, appId: app.appId });
    expect(token.userPrincipalName).toBeUndefined();
    expect(await exchangeAccepts(transport, sandbox.url, contoso.initialDomain, token.token)).toBe(200);
    const renewed = await provider.getToken({ forceRefresh: true });
    expect(renewed.token).not.toBe(token.token);
    expect(await exchangeAccepts(transport, sandbox.url, contoso.initialDomain, renewed.token)).toBe(200);
  });

  it('finds -CertificateThumbprint in the per-user certificate folder, by file name or by content', async () => {
    // Named <THUMBPRINT>.pfx, password-protected: the password is needed (as with -CertificatePassword).
    copyFileSync(app.pfxPath, join(folder, `${app.thumbprintSha1.toUpperCase()}.pfx`));
    const byName = findCertificateByThumbprint(app.thumbprintSha1.toLowerCase(), { folder, password: SANDBOX_PFX_PASSWORD });
    expect(byName.thumbprintSha256).toBe(app.thumbprintSha256.toUpperCase());
    // Any .pem holding the certificate and key is found by its thumbprint.
    const fabrikamApp = sandbox.apps.find((a) => a.tenantId !== contoso.id)!;
    const fabrikamCert = sandbox.appCertificates.find((c) => c.appId === fabrikamApp.appId)!;
    writeFileSync(join(folder, 'automation.pem'), fabrikamCert.certPem + fabrikamCert.keyPem);
    const byContent = findCertificateByThumbprint(fabrikamApp.thumbprintSha1, { folder });
    const provider = await createTokenProvider({ kind: 'certificate', appId: fabrikamApp.appId, certificate: byContent }, ctx(fabrikamApp.tenantId));
    expect((await provider.getToken()).tenantId).toBe(fabrikamApp.tenantId);
    expect(() => findCertificateByThumbprint('AB'.repeat(20), { folder })).toThrow(/No certificate with thumbprint ABAB.* was found in .*-CertificateFilePath/);
  });

  it('an app id the tenant does not know → AADSTS700016; a certificate not registered → AADSTS700027; neither shows the key', async () => {
    const certificate = loadPfxFile(app.pfxPath, SANDBOX_PFX_PASSWORD);
    const unknown = await failure(createTokenProvider({ kind: 'certificate', appId: '11111111-2222-3333-4444-555555555555', certificate }, ctx(contoso.initialDomain)));
    expect(unknown.message).toMatch(/^AADSTS700016: /);
    expect(unknown.record.category).toBe('AuthenticationError');
    const other = sandbox.appCertificates.find((c) => c.appId !== app.appId)!;
    const wrongCert = findCertificateByThumbprint(other.thumbprints.sha1Hex, { folder: writeOne(other.certPem + other.keyPem) });
    const unregistered = await failure(createTokenProvider({ kind: 'certificate', appId: app.appId, certificate: wrongCert }, ctx(contoso.initialDomain)));
    expect(unregistered.message).toMatch(/AADSTS700027/);
    for (const err of [unknown, unregistered]) {
      const shown = `${err.message}\n${err.stack}\n${JSON.stringify(err.record)}`;
      expect(shown).not.toContain('PRIVATE KEY');
      expect(shown).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
    }
  });

  it('needs -Organization', async () => {
    const certificate = loadPfxFile(app.pfxPath, SANDBOX_PFX_PASSWORD);
    const err = await failure(createTokenProvider({ kind: 'certificate', appId: app.appId, certificate }, ctx(undefined)));
    expect(err.message).toMatch(/-Organization/);
  });
});

function writeOne(text: string): string {
  const dir = mkdtempSync(join(folder, 'one-'));
  writeFileSync(join(dir, 'cert.pem'), text);
  return dir;
}

describe('Connect-ExchangeOnline -ManagedIdentity', () => {
  it('gets a token for the system-assigned and a user-assigned identity from IDENTITY_ENDPOINT', async () => {
    const env = sandbox.managedIdentityEnvironment(contoso.id);
    const system = sandbox.managedIdentities.find((m) => m.tenantId === contoso.id && m.kind === 'system')!;
    const user = sandbox.managedIdentities.find((m) => m.tenantId === contoso.id && m.kind === 'user')!;
    const sys = await createTokenProvider({ kind: 'managedIdentity' }, ctx(contoso.initialDomain, env));
    expect(sys.current).toMatchObject({ tenantId: contoso.id, appId: system.clientId });
    expect(await exchangeAccepts(transport, sandbox.url, contoso.initialDomain, (await sys.getToken()).token)).toBe(200);
    const ua = await createTokenProvider({ kind: 'managedIdentity', clientId: user.clientId }, ctx(contoso.initialDomain, env));
    expect(ua.current?.appId).toBe(user.clientId);
    expect(await exchangeAccepts(transport, sandbox.url, contoso.initialDomain, (await ua.getToken({ forceRefresh: true })).token)).toBe(200);
  });

  it('says where managed identity works when the environment has none, and never shows IDENTITY_HEADER', async () => {
    const none = await failure(createTokenProvider({ kind: 'managedIdentity' }, ctx(contoso.initialDomain, {})));
    expect(none.message).toMatch(/IDENTITY_ENDPOINT and IDENTITY_HEADER are not set/);
    const env = sandbox.managedIdentityEnvironment(contoso.id);
    const unknown = await failure(createTokenProvider({ kind: 'managedIdentity', clientId: '99999999-0000-0000-0000-000000000000' }, ctx(contoso.initialDomain, env)));
    expect(unknown.message).toMatch(/user-assigned managed identity '99999999-0000-0000-0000-000000000000'.*No User Assigned/);
    const badHeader = await failure(createTokenProvider({ kind: 'managedIdentity' }, ctx(contoso.initialDomain, { ...env, IDENTITY_HEADER: 'not-the-secret-value' })));
    expect(badHeader.status).toBe(401);
    expect(`${unknown.message}${badHeader.message}`).not.toContain(env.IDENTITY_HEADER);
    expect(badHeader.message).not.toContain('not-the-secret-value');
  });
});

describe('Connect-ExchangeOnline -AccessToken', () => {
  it('uses the token as given, reading tenant, user and expiry from its claims', async () => {
    const minted = await sandbox.identity.mintAccessToken({ upn: `admin@${contoso.initialDomain}` }, { lifetimeSeconds: 3600 });
    const provider = await createTokenProvider({ kind: 'accessToken', accessToken: minted.token }, ctx());
    const token = await provider.getToken();
    expect(token).toMatchObject({ tenantId: contoso.id, userPrincipalName: `admin@${contoso.initialDomain}` });
    expect(token.expiresOn.getTime()).toBe(minted.expiresAt * 1000);
    expect(provider.status).toBe('Active');
    expect(await exchangeAccepts(transport, sandbox.url, contoso.initialDomain, token.token)).toBe(200);
    // The secret is not an enumerable property: it does not show in output or JSON.
    expect(JSON.stringify(token)).not.toContain(minted.token);
    // A 401 cannot be cured by renewing a token the user passed.
    await expect(provider.getToken({ forceRefresh: true })).rejects.toThrow(/cannot be renewed\. Run Connect-ExchangeOnline again with a new token/);
  });

  it('after its expiry the status is Expired and getToken asks to reconnect', async () => {
    const minted = await sandbox.identity.mintAccessToken({ appId: app.appId }, { lifetimeSeconds: 600 });
    let clock = Date.now();
    const provider = await createTokenProvider({ kind: 'accessToken', accessToken: minted.token }, ctx(), { now: () => clock });
    expect(provider.current?.appId).toBe(app.appId);
    clock += 6 * 60_000;
    expect(provider.status).toBe('Expiring');
    expect((await provider.getToken()).token).toBe(minted.token);
    clock += 5 * 60_000;
    expect(provider.status).toBe('Expired');
    const err = await failure(provider.getToken());
    expect(err.message).toMatch(/expired at .* and cannot be renewed/);
    expect(err.message).not.toContain(minted.token);
  });

  it('a value that is not a JWT is refused without echoing it', async () => {
    const err = await failure(createTokenProvider({ kind: 'accessToken', accessToken: 'opaque-secret-value-123' }, ctx()));
    expect(err.message).toMatch(/not a JSON Web Token/);
    expect(err.message).not.toContain('opaque-secret-value-123');
  });
});
