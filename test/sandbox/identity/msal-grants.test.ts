// The real @azure/msal-node acquiring tokens from the sandbox by every grant, configured as msal
// documents for a custom authority: knownAuthorities + a system.networkClient trusting the sandbox CA.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  ConfidentialClientApplication,
  CryptoProvider,
  ManagedIdentityApplication,
  PublicClientApplication,
  type INetworkModule,
} from '@azure/msal-node';
import type { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCHANGE_RESOURCE, EXO_MODULE_CLIENT_ID } from '../../../src/sandbox/contracts.js';
import { SANDBOX_MFA_CODE, SANDBOX_PASSWORD } from '../../../src/sandbox/directory.js';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { formOf, httpGet, httpPostForm, msalNetworkClient, trustingAgent } from './sandbox-client.js';

const SCOPES = [`${EXCHANGE_RESOURCE}/.default`];
const REDIRECT = 'http://localhost:53100/';

let sandbox: RunningSandbox;
let agent: Agent;
let networkClient: INetworkModule;
let contoso: RunningSandbox['tenants'][number];

beforeAll(async () => {
  sandbox = await startSandbox({
    dataDir: join(tmpdir(), 'exosh-sandbox-test-identity-msal'),
    exchange: false,
    quiet: true,
    identity: { deviceCodeIntervalSeconds: 1 },
  });
  agent = trustingAgent(sandbox.caCertPem);
  networkClient = msalNetworkClient(agent);
  contoso = sandbox.tenants.find((t) => t.key === 'contoso')!;
});

afterAll(async () => {
  await agent?.close();
  await sandbox?.close();
});

function publicClient(authoritySegment: string): PublicClientApplication {
  return new PublicClientApplication({
    auth: { clientId: EXO_MODULE_CLIENT_ID, authority: `${sandbox.url}/${authoritySegment}`, knownAuthorities: [new URL(sandbox.url).host] },
    system: { networkClient },
  });
}

/** Walks the sign-in pages like a browser: account + password, then the MFA code when asked. */
async function signInThroughPages(authorizeUrl: string, upn: string, password: string, mfaCode?: string): Promise<URL> {
  const page = await httpGet(agent, authorizeUrl);
  expect(page.status).toBe(200);
  const form = formOf(page.text);
  let res = await httpPostForm(agent, `${sandbox.url}${form.action}`, { flow: form.flow, login: upn, passwd: password, action: 'signin' });
  if (mfaCode !== undefined) {
    expect(res.status).toBe(200);
    expect(res.text).toContain('name="otc"');
    const mfa = formOf(res.text);
    res = await httpPostForm(agent, `${sandbox.url}${mfa.action}`, { flow: mfa.flow, otc: mfaCode, action: 'verify' });
  }
  expect(res.status).toBe(302);
  return new URL(String(res.headers['location']));
}

describe('authorization code with PKCE (msal getAuthCodeUrl + acquireTokenByCode)', () => {
  it('signs the admin in through the form and returns an Exchange token the verifier accepts', async () => {
    const pca = publicClient(contoso.id);
    const pkce = await new CryptoProvider().generatePkceCodes();
    const url = await pca.getAuthCodeUrl({ scopes: SCOPES, redirectUri: REDIRECT, codeChallenge: pkce.challenge, codeChallengeMethod: 'S256', state: 'xyz' });
    const back = await signInThroughPages(url, `admin@${contoso.initialDomain}`, SANDBOX_PASSWORD);
    expect(back.origin + back.pathname).toBe(REDIRECT);
    expect(back.searchParams.get('state')).toBe('xyz');
    const result = await pca.acquireTokenByCode({ code: back.searchParams.get('code')!, redirectUri: REDIRECT, scopes: SCOPES, codeVerifier: pkce.verifier });
    expect(result.account?.username).toBe(`admin@${contoso.initialDomain}`);
    expect(result.tenantId).toBe(contoso.id);
    // Silent renewal twice: msal must keep the rotated refresh token each time.
    for (let i = 0; i < 2; i++) {
      const renewed = await pca.acquireTokenSilent({ account: result.account!, scopes: SCOPES, forceRefresh: true });
      expect(renewed.accessToken).not.toBe(result.accessToken);
    }
    const caller = await sandbox.identity.verifier.verify(`Bearer ${result.accessToken}`);
    expect(caller).toMatchObject({ kind: 'user', tenantId: contoso.id, upn: `admin@${contoso.initialDomain}`, appId: EXO_MODULE_CLIENT_ID });
    expect(caller.scopes).toEqual(['Exchange.Manage']);
  });

  it('asks an MFA account for the one-time code before issuing the code (msal default authority: organizations)', async () => {
    const pca = publicClient('organizations');
    const pkce = await new CryptoProvider().generatePkceCodes();
    const url = await pca.getAuthCodeUrl({ scopes: SCOPES, redirectUri: REDIRECT, codeChallenge: pkce.challenge, codeChallengeMethod: 'S256' });
    const back = await signInThroughPages(url, `secure.admin@${contoso.initialDomain}`, SANDBOX_PASSWORD, SANDBOX_MFA_CODE);
    const result = await pca.acquireTokenByCode({ code: back.searchParams.get('code')!, redirectUri: REDIRECT, scopes: SCOPES, codeVerifier: pkce.verifier });
    const claims = JSON.parse(Buffer.from(result.accessToken.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect(claims['amr']).toEqual(['pwd', 'mfa']);
    expect(claims['tid']).toBe(contoso.id);
  });

  it('keeps asking for the MFA code when the wrong one is typed', async () => {
    const pca = publicClient(contoso.initialDomain);
    const pkce = await new CryptoProvider().generatePkceCodes();
    const url = await pca.getAuthCodeUrl({ scopes: SCOPES, redirectUri: REDIRECT, codeChallenge: pkce.challenge, codeChallengeMethod: 'S256' });
    const form = formOf((await httpGet(agent, url)).text);
    const mfaPage = await httpPostForm(agent, `${sandbox.url}${form.action}`, { flow: form.flow, login: `secure.admin@${contoso.initialDomain}`, passwd: SANDBOX_PASSWORD });
    const mfa = formOf(mfaPage.text);
    const wrong = await httpPostForm(agent, `${sandbox.url}${mfa.action}`, { flow: mfa.flow, otc: '000000' });
    expect(wrong.status).toBe(200);
    expect(wrong.text).toContain('enter the expected verification code');
  });

  it('shows "account or password is incorrect" (AADSTS50126) on the page for a wrong password', async () => {
    const pca = publicClient(contoso.id);
    const url = await pca.getAuthCodeUrl({ scopes: SCOPES, redirectUri: REDIRECT });
    const form = formOf((await httpGet(agent, url)).text);
    const res = await httpPostForm(agent, `${sandbox.url}${form.action}`, { flow: form.flow, login: `admin@${contoso.initialDomain}`, passwd: 'nope' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Your account or password is incorrect');
    expect(res.text).toContain('AADSTS50126');
  });
});

describe('interactive sign-in (msal acquireTokenInteractive: loopback redirect, response_mode=form_post)', () => {
  it('posts the code back to msal\'s loopback server through the form_post page', async () => {
    const pca = publicClient(contoso.id);
    const result = await pca.acquireTokenInteractive({
      scopes: SCOPES,
      openBrowser: async (url) => {
        // The "browser": sign in, then submit the auto-posting form to the app's loopback redirect.
        void (async () => {
          const form = formOf((await httpGet(agent, url)).text);
          const done = await httpPostForm(agent, `${sandbox.url}${form.action}`, { flow: form.flow, login: `admin@${contoso.initialDomain}`, passwd: SANDBOX_PASSWORD });
          expect(done.status).toBe(200);
          const action = /<form method="post" action="([^"]+)"/.exec(done.text)![1]!.replace(/&amp;/g, '&');
          const fields: Record<string, string> = {};
          for (const m of done.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields[m[1]!] = m[2]!.replace(/&amp;/g, '&');
          const loopback = new URL(action);
          loopback.hostname = '127.0.0.1';
          const posted = await fetch(loopback, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
          await posted.text();
        })();
      },
    });
    expect(result.account?.username).toBe(`admin@${contoso.initialDomain}`);
    expect((await sandbox.identity.verifier.verify(`Bearer ${result.accessToken}`)).upn).toBe(`admin@${contoso.initialDomain}`);
  });
});

describe('device code (msal acquireTokenByDeviceCode; the test plays the user on /devicelogin)', () => {
  it('polls while pending and completes once the user signs in', async () => {
    const pca = publicClient(contoso.id);
    let userSide: Promise<void> | undefined;
    const result = await pca.acquireTokenByDeviceCode({
      scopes: SCOPES,
      deviceCodeCallback: (r) => {
        expect(r.verificationUri).toBe(`${sandbox.url}/devicelogin`);
        expect(r.message).toContain(r.userCode);
        userSide = (async () => {
          const entry = await httpPostForm(agent, r.verificationUri, { user_code: r.userCode });
          const form = formOf(entry.text);
          const done = await httpPostForm(agent, `${sandbox.url}${form.action}`, { flow: form.flow, login: `helpdesk@${contoso.initialDomain}`, passwd: SANDBOX_PASSWORD });
          expect(done.text).toContain('You may now close this window');
        })();
      },
    });
    await userSide;
    expect(result?.account?.username).toBe(`helpdesk@${contoso.initialDomain}`);
    const caller = await sandbox.identity.verifier.verify(`Bearer ${result!.accessToken}`);
    expect(caller.upn).toBe(`helpdesk@${contoso.initialDomain}`);
  });

  it('fails with authorization_declined when the user cancels', async () => {
    const pca = publicClient(contoso.id);
    const attempt = pca.acquireTokenByDeviceCode({
      scopes: SCOPES,
      deviceCodeCallback: (r) => {
        void (async () => {
          const form = formOf((await httpPostForm(agent, r.verificationUri, { user_code: r.userCode })).text);
          await httpPostForm(agent, `${sandbox.url}${form.action}`, { flow: form.flow, action: 'cancel' });
        })();
      },
    });
    await expect(attempt).rejects.toMatchObject({ errorMessage: expect.stringContaining('authorization_declined') });
  });
});

describe('refresh token (rotating)', () => {
  it('msal redeems a refresh token; the same refresh token is refused afterwards', async () => {
    // Get a refresh token the way a client without msal would: authorize, then the token endpoint.
    const pca = publicClient(contoso.id);
    const pkce = await new CryptoProvider().generatePkceCodes();
    const url = await pca.getAuthCodeUrl({ scopes: SCOPES, redirectUri: REDIRECT, codeChallenge: pkce.challenge, codeChallengeMethod: 'S256' });
    const back = await signInThroughPages(url, `admin@${contoso.initialDomain}`, SANDBOX_PASSWORD);
    const tokenEndpoint = `${sandbox.url}/${contoso.id}/oauth2/v2.0/token`;
    const first = await httpPostForm(agent, tokenEndpoint, {
      grant_type: 'authorization_code',
      client_id: EXO_MODULE_CLIENT_ID,
      code: back.searchParams.get('code')!,
      redirect_uri: REDIRECT,
      code_verifier: pkce.verifier,
      scope: `${SCOPES[0]} openid profile offline_access`,
    });
    expect(first.status).toBe(200);
    const refreshToken = (JSON.parse(first.text) as { refresh_token: string }).refresh_token;

    const renewed = await publicClient(contoso.id).acquireTokenByRefreshToken({ refreshToken, scopes: SCOPES });
    expect(renewed?.accessToken).toBeTruthy();

    const replay = await httpPostForm(agent, tokenEndpoint, { grant_type: 'refresh_token', client_id: EXO_MODULE_CLIENT_ID, refresh_token: refreshToken, scope: SCOPES[0]! });
    expect(replay.status).toBe(400);
    const body = JSON.parse(replay.text) as { error: string; error_codes: number[]; error_description: string };
    expect(body.error).toBe('invalid_grant');
    expect(body.error_codes).toEqual([70000]);
    expect(body.error_description).toMatch(/^AADSTS70000: .*\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: [0-9a-f-]{36}\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/s);
  });
});

describe('client credentials (ConfidentialClientApplication)', () => {
  const confidential = (auth: Record<string, unknown>, appTenant = contoso) =>
    new ConfidentialClientApplication({
      auth: { authority: `${sandbox.url}/${appTenant.id}`, knownAuthorities: [new URL(sandbox.url).host], ...auth } as never,
      system: { networkClient },
    });

  it('accepts a certificate assertion with x5t#S256 (PS256) and issues an app-only token with Exchange.ManageAsApp', async () => {
    const app = sandbox.apps.find((a) => a.tenantId === contoso.id)!;
    const cert = sandbox.appCertificates.find((c) => c.appId === app.appId)!;
    const cca = confidential({ clientId: app.appId, clientCertificate: { thumbprintSha256: app.thumbprintSha256, privateKey: cert.keyPem, x5c: cert.certPem } });
    const result = await cca.acquireTokenByClientCredential({ scopes: SCOPES });
    const caller = await sandbox.identity.verifier.verify(`Bearer ${result!.accessToken}`);
    expect(caller).toMatchObject({ kind: 'app', tenantId: contoso.id, appId: app.appId, roles: ['Exchange.ManageAsApp'] });
  });

  it('accepts a certificate assertion with the SHA-1 x5t (RS256)', async () => {
    const fabrikam = sandbox.tenants.find((t) => t.key === 'fabrikam')!;
    const app = sandbox.apps.find((a) => a.tenantId === fabrikam.id)!;
    const cert = sandbox.appCertificates.find((c) => c.appId === app.appId)!;
    const cca = confidential({ clientId: app.appId, clientCertificate: { thumbprint: app.thumbprintSha1, privateKey: cert.keyPem } }, fabrikam);
    const result = await cca.acquireTokenByClientCredential({ scopes: SCOPES });
    expect((await sandbox.identity.verifier.verify(`Bearer ${result!.accessToken}`)).tenantId).toBe(fabrikam.id);
  });

  it('refuses an assertion signed by a certificate that is not registered (AADSTS700027)', async () => {
    const app = sandbox.apps.find((a) => a.tenantId === contoso.id)!;
    const other = sandbox.appCertificates.find((c) => c.appId !== app.appId)!;
    const cca = confidential({ clientId: app.appId, clientCertificate: { thumbprintSha256: other.thumbprints.sha256Hex, privateKey: other.keyPem } });
    await expect(cca.acquireTokenByClientCredential({ scopes: SCOPES })).rejects.toMatchObject({
      errorCode: 'invalid_client',
      errorMessage: expect.stringContaining('AADSTS700027'),
    });
  });

  it('accepts the client secret and refuses a wrong one (AADSTS7000215)', async () => {
    const app = sandbox.apps.find((a) => a.tenantId === contoso.id)!;
    const ok = await confidential({ clientId: app.appId, clientSecret: app.clientSecret }).acquireTokenByClientCredential({ scopes: SCOPES });
    expect((await sandbox.identity.verifier.verify(`Bearer ${ok!.accessToken}`)).kind).toBe('app');
    await expect(confidential({ clientId: app.appId, clientSecret: 'wrong' }).acquireTokenByClientCredential({ scopes: SCOPES })).rejects.toMatchObject({
      errorCode: 'invalid_client',
      errorMessage: expect.stringContaining('AADSTS7000215'),
    });
  });
});

describe('managed identity (App Service: IDENTITY_ENDPOINT + IDENTITY_HEADER)', () => {
  it('issues tokens to the system-assigned and the user-assigned identity', async () => {
    const env = sandbox.managedIdentityEnvironment(contoso.id);
    const saved = { e: process.env['IDENTITY_ENDPOINT'], h: process.env['IDENTITY_HEADER'] };
    process.env['IDENTITY_ENDPOINT'] = env.IDENTITY_ENDPOINT;
    process.env['IDENTITY_HEADER'] = env.IDENTITY_HEADER;
    try {
      const system = sandbox.managedIdentities.find((m) => m.tenantId === contoso.id && m.kind === 'system')!;
      const user = sandbox.managedIdentities.find((m) => m.tenantId === contoso.id && m.kind === 'user')!;
      const sys = await new ManagedIdentityApplication({ system: { networkClient } }).acquireToken({ resource: EXCHANGE_RESOURCE, forceRefresh: true });
      expect(await sandbox.identity.verifier.verify(`Bearer ${sys.accessToken}`)).toMatchObject({ kind: 'app', appId: system.clientId, objectId: system.objectId });
      const ua = await new ManagedIdentityApplication({ managedIdentityIdParams: { userAssignedClientId: user.clientId }, system: { networkClient } }).acquireToken({
        resource: EXCHANGE_RESOURCE,
        forceRefresh: true,
      });
      expect(await sandbox.identity.verifier.verify(`Bearer ${ua.accessToken}`)).toMatchObject({ appId: user.clientId, roles: ['Exchange.ManageAsApp'] });
    } finally {
      if (saved.e === undefined) delete process.env['IDENTITY_ENDPOINT'];
      else process.env['IDENTITY_ENDPOINT'] = saved.e;
      if (saved.h === undefined) delete process.env['IDENTITY_HEADER'];
      else process.env['IDENTITY_HEADER'] = saved.h;
    }
  });
});

describe('errors msal surfaces as Entra words them', () => {
  it('wrong password on the password grant → invalid_grant AADSTS50126', async () => {
    await expect(
      publicClient(contoso.id).acquireTokenByUsernamePassword({ scopes: SCOPES, username: `admin@${contoso.initialDomain}`, password: 'wrong' }),
    ).rejects.toMatchObject({ errorCode: 'invalid_grant', errorMessage: expect.stringContaining('AADSTS50126') });
  });

  it('an MFA account on the password grant → invalid_grant AADSTS50076', async () => {
    await expect(
      publicClient(contoso.id).acquireTokenByUsernamePassword({ scopes: SCOPES, username: `secure.admin@${contoso.initialDomain}`, password: SANDBOX_PASSWORD }),
    ).rejects.toMatchObject({ errorCode: 'invalid_grant', errorMessage: expect.stringContaining('AADSTS50076') });
  });

  it('an unknown client id → AADSTS700016', async () => {
    const pca = new PublicClientApplication({
      auth: { clientId: '11111111-2222-3333-4444-555555555555', authority: `${sandbox.url}/${contoso.id}`, knownAuthorities: [new URL(sandbox.url).host] },
      system: { networkClient },
    });
    await expect(pca.acquireTokenByUsernamePassword({ scopes: SCOPES, username: `admin@${contoso.initialDomain}`, password: SANDBOX_PASSWORD })).rejects.toMatchObject({
      errorMessage: expect.stringContaining('AADSTS700016'),
    });
  });

  it('an unknown tenant → AADSTS90002 from discovery', async () => {
    const res = await httpGet(agent, `${sandbox.url}/nosuch.onmicrosoft.com/v2.0/.well-known/openid-configuration`);
    expect(res.status).toBe(400);
    const body = JSON.parse(res.text) as { error: string; error_codes: number[] };
    expect(body).toMatchObject({ error: 'invalid_request', error_codes: [90002] });
  });
});
