// A connection's token over time: renewed five minutes before it runs out, renewed at once after a
// 401 (forceRefresh), one renewal however many cmdlets ask at the same moment, and the status
// Get-ConnectionInformation shows along the way. The sandbox and the provider share one clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenProvider, REFRESH_AHEAD_MS } from '../../../src/exchange/auth/index.js';
import { refreshAheadMs } from '../../../src/exchange/auth/refreshing-provider.js';
import { heldTokenFrom } from '../../../src/exchange/auth/token-claims.js';
import { RemoteError, type HttpTransport, type SignInContext } from '../../../src/exchange/contracts.js';
import { createHttpTransport } from '../../../src/exchange/transport.js';
import { SANDBOX_PASSWORD, startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { exchangeAccepts } from './sandbox-user.js';

let clock = Date.now();
const now = () => clock;
let sandbox: RunningSandbox;
let transport: HttpTransport;
let tokenRequests = 0;
const origins = new Set<string>();
let contoso: RunningSandbox['tenants'][number];

beforeAll(async () => {
  sandbox = await startSandbox({ mailboxes: 50, quiet: true, identity: { now } });
  const real = createHttpTransport({ extraCaPem: sandbox.caCertPem });
  transport = {
    dispatcherFor(url) {
      origins.add(new URL(url).origin);
      if (/\/oauth2\/v2\.0\/token$/.test(new URL(url).pathname)) tokenRequests++;
      return real.dispatcherFor(url);
    },
    close: () => real.close(),
  };
  contoso = sandbox.tenants.find((t) => t.key === 'contoso')!;
}, 60_000);

afterAll(async () => {
  await transport?.close();
  await sandbox?.close();
});

function ctx(): SignInContext {
  return { endpoints: { connectionUri: sandbox.url, authorityUri: sandbox.url, resource: 'https://outlook.office365.com' }, tenant: contoso.initialDomain, transport };
}

const signIn = () => createTokenProvider({ kind: 'credential', userName: `admin@${contoso.initialDomain}`, password: SANDBOX_PASSWORD }, ctx(), { now });

describe('token renewal', () => {
  it('is Active, then Expiring 5 minutes before expiry, and the next call renews it', async () => {
    const provider = await signIn();
    const first = await provider.getToken();
    expect(provider.status).toBe('Active');
    clock += 54 * 60_000;
    expect(await provider.getToken()).toBe(first);
    clock += 2 * 60_000; // 4 minutes left of 60
    expect(provider.status).toBe('Expiring');
    const before = tokenRequests;
    const renewed = await provider.getToken();
    expect(tokenRequests).toBe(before + 1);
    expect(renewed.token).not.toBe(first.token);
    expect(renewed.expiresOn.getTime()).toBeGreaterThan(first.expiresOn.getTime());
    expect(provider.status).toBe('Active');
    expect(provider.current).toBe(renewed);
    clock = Date.now();
  });

  it('forceRefresh (after a 401) renews at once, and concurrent callers share one renewal', async () => {
    const provider = await signIn();
    const first = await provider.getToken();
    const before = tokenRequests;
    const all = await Promise.all([provider.getToken({ forceRefresh: true }), provider.getToken({ forceRefresh: true }), provider.getToken()]);
    expect(tokenRequests).toBe(before + 1);
    expect(all[0]).toBe(all[1]);
    expect(all[0]!.token).not.toBe(first.token);
    expect(await exchangeAccepts(transport, sandbox.url, contoso.initialDomain, all[0]!.token)).toBe(200);

    clock += 57 * 60_000;
    const again = tokenRequests;
    const many = await Promise.all(Array.from({ length: 8 }, () => provider.getToken()));
    expect(tokenRequests).toBe(again + 1);
    expect(new Set(many).size).toBe(1);
    clock = Date.now();
  });

  it('a failed renewal shows RefreshFailed; the still-valid token serves until it expires, then Expired', async () => {
    const provider = await signIn();
    const first = await provider.getToken();
    sandbox.identity.revokeTokens(contoso.id);
    const err = await provider.getToken({ forceRefresh: true }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RemoteError);
    expect((err as RemoteError).message).toMatch(/AADSTS50173/);
    expect((err as RemoteError).record.category).toBe('AuthenticationError');
    expect(provider.status).toBe('RefreshFailed');
    clock += 57 * 60_000;
    let before = tokenRequests;
    expect(await provider.getToken()).toBe(first);
    expect(provider.status).toBe('RefreshFailed');
    // Within 30 s of that failure, further calls use the token without asking again.
    expect(tokenRequests).toBe(before + 1);
    expect(await provider.getToken()).toBe(first);
    expect(tokenRequests).toBe(before + 1);
    clock += 31_000;
    before = tokenRequests;
    expect(await provider.getToken()).toBe(first);
    expect(tokenRequests).toBe(before + 1);
    clock += 4 * 60_000;
    expect(provider.status).toBe('Expired');
    await expect(provider.getToken()).rejects.toBeInstanceOf(RemoteError);
    clock = Date.now();
  });

  it('a Ctrl+C while waiting for a renewal stops that caller only', async () => {
    const provider = await signIn();
    const controller = new AbortController();
    controller.abort();
    const stopped = provider.getToken({ forceRefresh: true, signal: controller.signal });
    const other = provider.getToken({ forceRefresh: true });
    await expect(stopped).rejects.toMatchObject({ message: 'The operation was canceled.' });
    expect((await other).token).toBeTruthy();
  });

  it('after Disconnect the provider hands out nothing', async () => {
    const provider = await signIn();
    provider.dispose();
    expect(provider.current).toBeUndefined();
    expect(provider.status).toBe('Expired');
    await expect(provider.getToken()).rejects.toThrow(/connection was closed/);
  });

  it('talked to the sandbox only: no instance discovery or anything else on the internet', () => {
    expect([...origins]).toEqual([sandbox.url]);
  });

  it('renews 5 minutes ahead, or half the lifetime ahead for short-lived tokens', () => {
    const at = 1_000_000_000_000;
    const jwt = (lifetimeSeconds: number) =>
      ['e30', Buffer.from(JSON.stringify({ iat: at / 1000, exp: at / 1000 + lifetimeSeconds, tid: 't' })).toString('base64url'), 'sig'].join('.');
    expect(refreshAheadMs(heldTokenFrom(jwt(3600), at))).toBe(REFRESH_AHEAD_MS);
    expect(refreshAheadMs(heldTokenFrom(jwt(120), at))).toBe(60_000);
  });
});
