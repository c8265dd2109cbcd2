// What the Exchange service's token check accepts and refuses, and the 401 challenge it hands back.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRejectedError } from '../../../src/sandbox/contracts.js';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';

let sandbox: RunningSandbox;
let clockOffsetMs = 0;
const CONTOSO_ADMIN = 'admin@contoso.onmicrosoft.com';

beforeAll(async () => {
  sandbox = await startSandbox({
    dataDir: join(tmpdir(), 'exosh-sandbox-test-identity-verifier'),
    exchange: false,
    quiet: true,
    tokenLifetime: '10m',
    identity: { now: () => Date.now() + clockOffsetMs, clockSkewSeconds: 30 },
  });
});

afterAll(async () => {
  await sandbox?.close();
});

async function rejection(header: string | undefined): Promise<TokenRejectedError> {
  try {
    await sandbox.identity.verifier.verify(header);
  } catch (err) {
    if (err instanceof TokenRejectedError) return err;
    throw err;
  }
  throw new Error('the token was accepted');
}

describe('TokenVerifier', () => {
  it('accepts a fresh user token and reads the caller from its claims', async () => {
    const { token, expiresAt } = await sandbox.identity.mintAccessToken({ upn: CONTOSO_ADMIN });
    const caller = await sandbox.identity.verifier.verify(`Bearer ${token}`);
    expect(caller).toEqual({
      kind: 'user',
      tenantId: sandbox.tenants[0]!.id,
      objectId: sandbox.accounts.find((a) => a.upn === CONTOSO_ADMIN)!.objectId,
      upn: CONTOSO_ADMIN,
      appId: 'fb78d390-0c51-40cd-8e17-fdbfab77341b',
      scopes: ['Exchange.Manage'],
      roles: [],
      expiresAt,
    });
  });

  it('accepts the resource app id as audience', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: CONTOSO_ADMIN }, { audience: '00000002-0000-0ff1-ce00-000000000000' });
    await expect(sandbox.identity.verifier.verify(`Bearer ${token}`)).resolves.toMatchObject({ kind: 'user' });
  });

  it('refuses a request without a bearer token, with a challenge that has no error', async () => {
    const err = await rejection(undefined);
    expect(err.wwwAuthenticate).toBe(
      `Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000001-0000-0000-c000-000000000000@*", ` +
        `token_types="app_asserted_user_v1 service_asserted_app_v1", authorization_uri="${sandbox.url}/common/oauth2/authorize"`,
    );
    expect((await rejection('Basic dXNlcjpwYXNz')).wwwAuthenticate).not.toContain('error=');
  });

  it('refuses an expired token once the clock skew has passed (error="invalid_token")', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: CONTOSO_ADMIN }, { lifetimeSeconds: 60 });
    clockOffsetMs = 60_000 + 20_000; // inside the 30 s skew: still good
    try {
      await expect(sandbox.identity.verifier.verify(`Bearer ${token}`)).resolves.toBeTruthy();
      clockOffsetMs = 60_000 + 31_000;
      const err = await rejection(`Bearer ${token}`);
      expect(err.message).toBe('The access token has expired.');
      expect(err.wwwAuthenticate).toContain('error="invalid_token"');
    } finally {
      clockOffsetMs = 0;
    }
  });

  it('refuses a token for another audience', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: CONTOSO_ADMIN }, { audience: 'https://graph.microsoft.com' });
    expect((await rejection(`Bearer ${token}`)).message).toContain("audience 'https://graph.microsoft.com' is not Exchange Online");
  });

  it('refuses a token whose payload was tampered with', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: 'helpdesk@contoso.onmicrosoft.com' });
    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
    claims['upn'] = CONTOSO_ADMIN;
    const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    expect((await rejection(`Bearer ${forged}`)).message).toBe('The access token signature is not valid.');
  });

  it('refuses garbage without echoing it', async () => {
    const err = await rejection('Bearer not-a-jwt-secret-value');
    expect(err.message).not.toContain('secret-value');
    expect(err.wwwAuthenticate).not.toContain('secret-value');
  });

  it('refuses every token of a tenant after revokeTokens, keeps other tenants and later tokens working', async () => {
    const before = await sandbox.identity.mintAccessToken({ upn: CONTOSO_ADMIN });
    const app = sandbox.apps.find((a) => a.tenantKey === 'contoso')!;
    const appBefore = await sandbox.identity.mintAccessToken({ appId: app.appId });
    const fabrikam = await sandbox.identity.mintAccessToken({ upn: 'admin@fabrikam.onmicrosoft.com' });
    expect(sandbox.identity.revokeTokens(sandbox.tenants[0]!.id)).toBeGreaterThanOrEqual(2);
    expect((await rejection(`Bearer ${before.token}`)).message).toBe('The access token has been revoked.');
    expect((await rejection(`Bearer ${appBefore.token}`)).message).toBe('The access token has been revoked.');
    await expect(sandbox.identity.verifier.verify(`Bearer ${fabrikam.token}`)).resolves.toMatchObject({ tenantId: sandbox.tenants[1]!.id });
    const after = await sandbox.identity.mintAccessToken({ upn: CONTOSO_ADMIN });
    await expect(sandbox.identity.verifier.verify(`Bearer ${after.token}`)).resolves.toMatchObject({ upn: CONTOSO_ADMIN });
  });

  it('still accepts its own token after a restart on another port (same data folder, same key)', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: CONTOSO_ADMIN });
    const again = await startSandbox({ dataDir: join(tmpdir(), 'exosh-sandbox-test-identity-verifier'), exchange: false, quiet: true });
    try {
      expect(again.url).not.toBe(sandbox.url);
      await expect(again.identity.verifier.verify(`Bearer ${token}`)).resolves.toMatchObject({ upn: CONTOSO_ADMIN });
    } finally {
      await again.close();
    }
  });

  it('refuses a token signed by another sandbox (another signing key)', async () => {
    const other = await startSandbox({ dataDir: join(tmpdir(), 'exosh-sandbox-test-identity-verifier-other'), exchange: false, quiet: true });
    try {
      const { token } = await other.identity.mintAccessToken({ upn: CONTOSO_ADMIN });
      expect((await rejection(`Bearer ${token}`)).message).toMatch(/signature is not valid|not signed/);
    } finally {
      await other.close();
    }
  });
});
