// The token, device-code, authorize and managed-identity endpoints driven over plain HTTP, the way a
// script without msal would: every refusal comes back in Entra's shape with its AADSTS code.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createHash, randomBytes, createPrivateKey } from 'node:crypto';
import { SignJWT } from 'jose';
import fc from 'fast-check';
import type { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCHANGE_RESOURCE, EXO_MODULE_CLIENT_ID } from '../../../src/sandbox/contracts.js';
import { SANDBOX_PASSWORD } from '../../../src/sandbox/directory.js';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { formOf, httpGet, httpPostForm, trustingAgent } from './sandbox-client.js';

let sandbox: RunningSandbox;
let agent: Agent;
let clockOffsetMs = 0;
let contosoId: string;
const SCOPE = `${EXCHANGE_RESOURCE}/.default`;
const REDIRECT = 'http://localhost:53100/';

beforeAll(async () => {
  sandbox = await startSandbox({
    dataDir: join(tmpdir(), 'exosh-sandbox-test-identity-errors'),
    exchange: false,
    quiet: true,
    identity: { now: () => Date.now() + clockOffsetMs, deviceCodeIntervalSeconds: 5 },
  });
  agent = trustingAgent(sandbox.caCertPem);
  contosoId = sandbox.tenants[0]!.id;
});

afterAll(async () => {
  await agent?.close();
  await sandbox?.close();
});

const tokenUrl = (tenant = contosoId) => `${sandbox.url}/${tenant}/oauth2/v2.0/token`;

interface EntraErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  correlation_id: string;
}

async function post(url: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; body: EntraErrorBody & Record<string, unknown> }> {
  const res = await httpPostForm(agent, url, form, headers);
  return { status: res.status, body: JSON.parse(res.text) as EntraErrorBody & Record<string, unknown> };
}

function expectEntraError(r: { status: number; body: EntraErrorBody }, status: number, error: string, code: number): void {
  expect(r.status).toBe(status);
  expect(r.body.error).toBe(error);
  expect(r.body.error_codes).toEqual([code]);
  expect(r.body.error_description.startsWith(`AADSTS${code}: `)).toBe(true);
}

describe('device code flow, polled by hand', () => {
  it('answers authorization_pending, then slow_down when polled faster than the interval', async () => {
    const start = await post(`${sandbox.url}/${contosoId}/oauth2/v2.0/devicecode`, { client_id: EXO_MODULE_CLIENT_ID, scope: SCOPE });
    expect(start.status).toBe(200);
    expect(start.body).toMatchObject({ interval: 5, expires_in: 900, verification_uri: `${sandbox.url}/devicelogin` });
    const poll = () => post(tokenUrl(), { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: EXO_MODULE_CLIENT_ID, device_code: String(start.body['device_code']) });
    expectEntraError(await poll(), 400, 'authorization_pending', 70016);
    expectEntraError(await poll(), 400, 'slow_down', 70017);
  });

  it('answers expired_token once the code has expired unused', async () => {
    const start = await post(`${sandbox.url}/${contosoId}/oauth2/v2.0/devicecode`, { client_id: EXO_MODULE_CLIENT_ID, scope: SCOPE });
    clockOffsetMs = 901_000;
    try {
      const r = await post(tokenUrl(), { grant_type: 'device_code', client_id: EXO_MODULE_CLIENT_ID, device_code: String(start.body['device_code']) });
      expectEntraError(r, 400, 'expired_token', 70020);
      const page = await httpPostForm(agent, `${sandbox.url}/devicelogin`, { user_code: String(start.body['user_code']) });
      expect(page.text).toContain('The code you entered has expired');
    } finally {
      clockOffsetMs = 0;
    }
  });

  it('tells the user when the code typed on /devicelogin is unknown', async () => {
    const page = await httpPostForm(agent, `${sandbox.url}/devicelogin`, { user_code: 'NOPE' });
    expect(page.status).toBe(400);
    expect(page.text).toContain('didn&#39;t work');
  });
});

describe('authorization code redemption', () => {
  async function codeFor(challenge: string | undefined, upn = 'admin@contoso.onmicrosoft.com'): Promise<string> {
    const q = new URLSearchParams({ client_id: EXO_MODULE_CLIENT_ID, response_type: 'code', redirect_uri: REDIRECT, scope: SCOPE });
    if (challenge) {
      q.set('code_challenge', challenge);
      q.set('code_challenge_method', 'S256');
    }
    const form = formOf((await httpGet(agent, `${sandbox.url}/${contosoId}/oauth2/v2.0/authorize?${q}`)).text);
    const res = await httpPostForm(agent, `${sandbox.url}${form.action}`, { flow: form.flow, login: upn, passwd: SANDBOX_PASSWORD });
    return new URL(String(res.headers['location'])).searchParams.get('code')!;
  }
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');

  it('refuses a wrong code_verifier (AADSTS501481), and a code used twice (AADSTS54005)', async () => {
    const code = await codeFor(challenge);
    const redeem = (v: string) => post(tokenUrl(), { grant_type: 'authorization_code', client_id: EXO_MODULE_CLIENT_ID, code, redirect_uri: REDIRECT, code_verifier: v, scope: SCOPE });
    expectEntraError(await redeem('x'.repeat(43)), 400, 'invalid_grant', 501481);
    const code2 = await codeFor(challenge);
    const ok = await post(tokenUrl(), { grant_type: 'authorization_code', client_id: EXO_MODULE_CLIENT_ID, code: code2, redirect_uri: REDIRECT, code_verifier: verifier, scope: SCOPE });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: `${EXCHANGE_RESOURCE}/Exchange.Manage` });
    const again = await post(tokenUrl(), { grant_type: 'authorization_code', client_id: EXO_MODULE_CLIENT_ID, code: code2, redirect_uri: REDIRECT, code_verifier: verifier, scope: SCOPE });
    expectEntraError(again, 400, 'invalid_grant', 54005);
  });

  it('refuses a public client redeeming without PKCE, and a different redirect_uri', async () => {
    const code = await codeFor(undefined);
    expectEntraError(await post(tokenUrl(), { grant_type: 'authorization_code', client_id: EXO_MODULE_CLIENT_ID, code, redirect_uri: REDIRECT, scope: SCOPE }), 400, 'invalid_request', 9002325);
    const code2 = await codeFor(challenge);
    const r = await post(tokenUrl(), { grant_type: 'authorization_code', client_id: EXO_MODULE_CLIENT_ID, code: code2, redirect_uri: 'http://localhost:1/', code_verifier: verifier, scope: SCOPE });
    expectEntraError(r, 400, 'invalid_grant', 50148);
  });

  it('echoes client-request-id as the correlation id', async () => {
    const id = '0f3c9a5e-1b2d-4c3e-8f9a-0b1c2d3e4f5a';
    const r = await post(tokenUrl(), { grant_type: 'authorization_code', client_id: EXO_MODULE_CLIENT_ID, code: 'bogus', redirect_uri: REDIRECT }, { 'client-request-id': id });
    expect(r.body.correlation_id).toBe(id);
    expect(r.body.error_description).toContain(`Correlation ID: ${id}`);
  });
});

describe('the authorize endpoint', () => {
  it('shows an error page (no redirect) for an unregistered redirect URI (AADSTS50011)', async () => {
    const q = new URLSearchParams({ client_id: EXO_MODULE_CLIENT_ID, response_type: 'code', redirect_uri: 'https://evil.example/cb', scope: SCOPE });
    const res = await httpGet(agent, `${sandbox.url}/${contosoId}/oauth2/v2.0/authorize?${q}`);
    expect(res.status).toBe(400);
    expect(res.headers['location']).toBeUndefined();
    expect(res.text).toContain('AADSTS50011');
  });

  it('redirects back with unsupported_response_type for response_type=token', async () => {
    const q = new URLSearchParams({ client_id: EXO_MODULE_CLIENT_ID, response_type: 'token', redirect_uri: REDIRECT, scope: SCOPE, state: 's1' });
    const res = await httpGet(agent, `${sandbox.url}/${contosoId}/oauth2/v2.0/authorize?${q}`);
    expect(res.status).toBe(302);
    const back = new URL(String(res.headers['location']));
    expect(back.searchParams.get('error')).toBe('unsupported_response_type');
    expect(back.searchParams.get('state')).toBe('s1');
  });

  it('answers prompt=none with login_required (AADSTS50058): there is no browser session', async () => {
    const q = new URLSearchParams({ client_id: EXO_MODULE_CLIENT_ID, response_type: 'code', redirect_uri: REDIRECT, scope: SCOPE, prompt: 'none' });
    const res = await httpGet(agent, `${sandbox.url}/${contosoId}/oauth2/v2.0/authorize?${q}`);
    const back = new URL(String(res.headers['location']));
    expect(back.searchParams.get('error')).toBe('login_required');
    expect(back.searchParams.get('error_description')).toMatch(/^AADSTS50058: /);
  });

  it('refuses an account of another tenant on a tenant-specific authority (AADSTS50020)', async () => {
    const q = new URLSearchParams({ client_id: EXO_MODULE_CLIENT_ID, response_type: 'code', redirect_uri: REDIRECT, scope: SCOPE });
    const form = formOf((await httpGet(agent, `${sandbox.url}/${contosoId}/oauth2/v2.0/authorize?${q}`)).text);
    const res = await httpPostForm(agent, `${sandbox.url}${form.action}`, { flow: form.flow, login: 'admin@fabrikam.onmicrosoft.com', passwd: SANDBOX_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.text).toContain('AADSTS50020');
  });
});

describe('client authentication', () => {
  const app = () => sandbox.apps.find((a) => a.tenantKey === 'contoso')!;
  async function assertion(claims: Record<string, unknown>, opts: { keyPem?: string; x5tS256?: string } = {}): Promise<string> {
    const cert = sandbox.appCertificates.find((c) => c.appId === app().appId)!;
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ iss: app().appId, sub: app().appId, aud: tokenUrl(), jti: randomBytes(8).toString('hex'), nbf: now, exp: now + 600, ...claims })
      .setProtectedHeader({ alg: 'PS256', typ: 'JWT', 'x5t#S256': opts.x5tS256 ?? cert.thumbprints.x5tS256 })
      .sign(createPrivateKey(opts.keyPem ?? cert.keyPem));
  }
  const withAssertion = async (a: string) =>
    post(tokenUrl(), {
      grant_type: 'client_credentials',
      client_id: app().appId,
      scope: SCOPE,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: a,
    });

  it('accepts a hand-made RFC 7523 assertion', async () => {
    const r = await withAssertion(await assertion({}));
    expect(r.status).toBe(200);
    expect(r.body['token_type']).toBe('Bearer');
  });

  it('refuses an assertion for another audience (AADSTS700023)', async () => {
    expectEntraError(await withAssertion(await assertion({ aud: 'https://login.microsoftonline.com/x/oauth2/v2.0/token' })), 401, 'invalid_client', 700023);
  });

  it('refuses an expired assertion (AADSTS700024)', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    expectEntraError(await withAssertion(await assertion({ nbf: past - 600, exp: past })), 401, 'invalid_client', 700024);
  });

  it('refuses an assertion whose issuer is not the client (AADSTS700021)', async () => {
    expectEntraError(await withAssertion(await assertion({ iss: 'someone-else', sub: 'someone-else' })), 401, 'invalid_client', 700021);
  });

  it('refuses an assertion signed with another key under the registered thumbprint (AADSTS700027)', async () => {
    const other = sandbox.appCertificates.find((c) => c.appId !== app().appId)!;
    expectEntraError(await withAssertion(await assertion({}, { keyPem: other.keyPem })), 401, 'invalid_client', 700027);
  });

  it('refuses client credentials without /.default (AADSTS1002012) and an unknown resource (AADSTS500011)', async () => {
    const base = { grant_type: 'client_credentials', client_id: app().appId, client_secret: app().clientSecret! };
    expectEntraError(await post(tokenUrl(), { ...base, scope: `${EXCHANGE_RESOURCE}/Exchange.Manage` }), 400, 'invalid_scope', 1002012);
    expectEntraError(await post(tokenUrl(), { ...base, scope: 'https://vault.azure.net/.default' }), 400, 'invalid_resource', 500011);
  });

  it('does not know contoso\'s app in fabrikam (AADSTS700016) nor a confidential client without credentials (AADSTS7000218)', async () => {
    const fabrikam = sandbox.tenants[1]!.id;
    expectEntraError(await post(tokenUrl(fabrikam), { grant_type: 'client_credentials', client_id: app().appId, client_secret: 'x', scope: SCOPE }), 400, 'unauthorized_client', 700016);
    expectEntraError(await post(tokenUrl(), { grant_type: 'client_credentials', client_id: app().appId, scope: SCOPE }), 401, 'invalid_client', 7000218);
  });

  it('accepts the client secret in an Authorization: Basic header (client_secret_basic)', async () => {
    const basic = Buffer.from(`${app().appId}:${encodeURIComponent(app().clientSecret!)}`).toString('base64');
    const r = await post(tokenUrl(), { grant_type: 'client_credentials', scope: SCOPE }, { authorization: `Basic ${basic}` });
    expect(r.status).toBe(200);
  });

  it('refuses an unsupported grant type and a body that is not a form', async () => {
    expectEntraError(await post(tokenUrl(), { grant_type: 'magic', client_id: EXO_MODULE_CLIENT_ID }), 400, 'unsupported_grant_type', 70003);
    const res = await httpPostForm(agent, tokenUrl(), {}, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect((JSON.parse(res.text) as EntraErrorBody).error).toBe('invalid_request');
  });
});

describe('managed identity endpoint', () => {
  it('refuses a missing or wrong X-IDENTITY-HEADER and an unknown user-assigned identity', async () => {
    const env = sandbox.managedIdentityEnvironment(contosoId);
    const url = `${env.IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=${encodeURIComponent(EXCHANGE_RESOURCE)}`;
    expect((await httpGet(agent, url)).status).toBe(401);
    expect((await httpGet(agent, url, { 'X-IDENTITY-HEADER': 'wrong' })).status).toBe(401);
    const unknown = await httpGet(agent, `${url}&client_id=00000000-0000-0000-0000-000000000000`, { 'X-IDENTITY-HEADER': env.IDENTITY_HEADER });
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.text)).toMatchObject({ statusCode: 400, message: expect.stringContaining('No User Assigned or Delegated Managed Identity found') });
    const ok = await httpGet(agent, url, { 'X-IDENTITY-HEADER': env.IDENTITY_HEADER });
    expect(ok.status).toBe(200);
    const body = JSON.parse(ok.text) as Record<string, string>;
    expect(body).toMatchObject({ resource: EXCHANGE_RESOURCE, token_type: 'Bearer' });
    expect(Number(body['expires_on'])).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('OIDC metadata', () => {
  it('names the tenant id in every endpoint, even when asked by domain', async () => {
    const res = await httpGet(agent, `${sandbox.url}/contoso.com/v2.0/.well-known/openid-configuration`);
    const doc = JSON.parse(res.text) as Record<string, string>;
    expect(doc['issuer']).toBe(`${sandbox.url}/${contosoId}/v2.0`);
    expect(doc['token_endpoint']).toBe(`${sandbox.url}/${contosoId}/oauth2/v2.0/token`);
    const common = JSON.parse((await httpGet(agent, `${sandbox.url}/organizations/v2.0/.well-known/openid-configuration`)).text) as Record<string, string>;
    expect(common['issuer']).toBe(`${sandbox.url}/{tenantid}/v2.0`);
    const jwks = JSON.parse((await httpGet(agent, doc['jwks_uri']!)).text) as { keys: { kid: string; kty: string }[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig' });
  });
});

describe('any form body', () => {
  it('gets an Entra-shaped JSON answer from the token and devicecode endpoints, never a 500', async () => {
    const field = fc.constantFrom('grant_type', 'client_id', 'scope', 'code', 'refresh_token', 'device_code', 'client_secret', 'client_assertion', 'client_assertion_type', 'redirect_uri', 'code_verifier', 'username', 'password');
    const value = fc.oneof(
      fc.constantFrom('authorization_code', 'refresh_token', 'device_code', 'client_credentials', 'password', EXO_MODULE_CLIENT_ID, SCOPE, 'a.b.c', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', ''),
      fc.string({ maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(field, value), fc.constantFrom('oauth2/v2.0/token', 'oauth2/v2.0/devicecode'), fc.constantFrom(contosoId, 'organizations', 'contoso.com'), async (form, endpoint, tenant) => {
        const res = await httpPostForm(agent, `${sandbox.url}/${tenant}/${endpoint}`, form);
        expect(res.status).not.toBe(500);
        const body = JSON.parse(res.text) as Record<string, unknown>;
        if (res.status !== 200) {
          expect(typeof body['error']).toBe('string');
          expect(String(body['error_description'])).toMatch(/^AADSTS\d+: /);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('any sign-in form post', () => {
  it('gets an HTML page (never a 500) from /login and /devicelogin, whatever the fields', async () => {
    const q = new URLSearchParams({ client_id: EXO_MODULE_CLIENT_ID, response_type: 'code', redirect_uri: REDIRECT, scope: SCOPE });
    const realFlow = formOf((await httpGet(agent, `${sandbox.url}/${contosoId}/oauth2/v2.0/authorize?${q}`)).text).flow;
    const field = fc.constantFrom('flow', 'login', 'passwd', 'otc', 'action', 'user_code');
    const value = fc.oneof(fc.constantFrom(realFlow, 'admin@contoso.onmicrosoft.com', SANDBOX_PASSWORD, '123456', 'cancel', 'signin', ''), fc.string({ maxLength: 30 }));
    await fc.assert(
      fc.asyncProperty(fc.dictionary(field, value), fc.constantFrom(`/${contosoId}/login`, '/organizations/login', '/devicelogin'), async (form, path) => {
        const res = await httpPostForm(agent, `${sandbox.url}${path}`, form);
        expect([200, 302, 400]).toContain(res.status);
        if (res.status !== 302) expect(res.headers['content-type']).toContain('text/html');
      }),
      { numRuns: 100 },
    );
  });
});
