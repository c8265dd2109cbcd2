// Delegated sign-in with the module's public client: browser (authorization code + PKCE on a
// loopback redirect), device code, and -Credential (ROPC). All three end with an msal account in
// msal's in-memory cache, which later renewals redeem through the refresh token.
import { CryptoProvider, PublicClientApplication, type AccountInfo, type AuthenticationResult, type DeviceCodeRequest } from '@azure/msal-node';
import { EXO_PUBLIC_CLIENT_ID, type SignInContext, type SignInMethod, type TokenProvider } from '../contracts.js';
import { LoopbackAbortedError, LoopbackTimeoutError, openLoopbackRedirect } from './loopback-redirect.js';
import { defaultScope, msalConfiguration } from './msal-config.js';
import { createMsalNetworkClient, createObservations, type NetworkObservations } from './network-client.js';
import { createRefreshingProvider, type ProviderOptions } from './refreshing-provider.js';
import { cancelledError, signInError, toSignInError } from './sign-in-errors.js';
import { heldTokenFrom, type HeldToken } from './token-claims.js';
import { untilAborted } from './until-aborted.js';

type DelegatedMethod = Extract<SignInMethod, { kind: 'interactive' | 'deviceCode' | 'credential' }>;

export interface DelegatedOptions extends ProviderOptions {
  /** How long the browser sign-in may take before the loopback redirect gives up (default 5 minutes). */
  browserTimeoutMs?: number;
}

const DEFAULT_BROWSER_TIMEOUT_MS = 5 * 60_000;

function secretsOf(method: DelegatedMethod): string[] {
  return method.kind === 'credential' ? [method.password] : [];
}

function held(result: AuthenticationResult | null, now: number): HeldToken {
  if (!result?.accessToken) throw signInError('The sign-in service returned no access token.');
  return heldTokenFrom(result.accessToken, now, {
    ...(result.expiresOn ? { expiresOn: result.expiresOn } : {}),
    tenantId: result.tenantId,
    ...(result.account?.username ? { userPrincipalName: result.account.username } : {}),
  });
}

async function signInInteractive(
  pca: PublicClientApplication,
  method: Extract<SignInMethod, { kind: 'interactive' }>,
  scopes: string[],
  ctx: SignInContext,
  options: DelegatedOptions,
): Promise<AuthenticationResult> {
  const timeoutMs = options.browserTimeoutMs ?? DEFAULT_BROWSER_TIMEOUT_MS;
  const loopback = await openLoopbackRedirect({ timeoutMs, ...(ctx.signal ? { signal: ctx.signal } : {}) });
  try {
    const crypto = new CryptoProvider();
    const pkce = await crypto.generatePkceCodes();
    const state = crypto.createNewGuid();
    const url = await pca.getAuthCodeUrl({
      scopes,
      redirectUri: loopback.redirectUri,
      codeChallenge: pkce.challenge,
      codeChallengeMethod: 'S256',
      state,
      ...(method.loginHint ? { loginHint: method.loginHint } : {}),
    });
    // A launcher that throws is as good as one that says no browser opened.
    const opened = await method.openBrowser(url).catch(() => false);
    if (!opened) {
      throw signInError(
        'A browser could not be opened for the sign-in. Use Connect-ExchangeOnline -Device to sign in from another device, or sign in with -Credential or a certificate.',
      );
    }
    let back;
    try {
      back = await loopback.result;
    } catch (err) {
      if (err instanceof LoopbackAbortedError) throw cancelledError();
      if (err instanceof LoopbackTimeoutError) {
        throw signInError(
          `The sign-in timed out: the browser did not come back to ${loopback.redirectUri} within ${Math.round(timeoutMs / 1000)} seconds. Run Connect-ExchangeOnline again, or use -Device.`,
          { category: 'OperationTimeout' },
        );
      }
      throw err;
    }
    if (back.kind === 'error') {
      if (/AADSTS\d+/.test(back.description)) throw toSignInError({ errorCode: back.error, errorMessage: back.description }, []);
      throw signInError(back.error === 'access_denied' ? 'User canceled authentication.' : `${back.error}: ${back.description}`);
    }
    if (back.state !== state) throw signInError('The sign-in response did not match the request (state mismatch); it was ignored. Run Connect-ExchangeOnline again.');
    return await pca.acquireTokenByCode({ code: back.code, redirectUri: loopback.redirectUri, scopes, codeVerifier: pkce.verifier });
  } finally {
    loopback.close();
  }
}

async function signInDeviceCode(
  pca: PublicClientApplication,
  method: Extract<SignInMethod, { kind: 'deviceCode' }>,
  scopes: string[],
  signal: AbortSignal | undefined,
): Promise<AuthenticationResult | null> {
  const request: DeviceCodeRequest = { scopes, deviceCodeCallback: (response) => method.showMessage(response.message) };
  // msal checks `cancel` between polls; racing the signal also ends the wait at once.
  return untilAborted(pca.acquireTokenByDeviceCode(request), signal, () => {
    request.cancel = true;
  });
}

export async function signInDelegated(method: DelegatedMethod, ctx: SignInContext, options: DelegatedOptions = {}): Promise<TokenProvider> {
  const now = options.now ?? Date.now;
  const observations: NetworkObservations = createObservations();
  const base = msalConfiguration(ctx.endpoints, ctx.tenant ?? 'organizations', createMsalNetworkClient(ctx.transport, observations));
  const pca = new PublicClientApplication({ ...base, auth: { ...base.auth, clientId: EXO_PUBLIC_CLIENT_ID } });
  const scopes = [defaultScope(ctx.endpoints)];
  const secrets = secretsOf(method);

  let result: AuthenticationResult | null;
  try {
    if (ctx.signal?.aborted) throw cancelledError();
    switch (method.kind) {
      case 'interactive':
        result = await signInInteractive(pca, method, scopes, ctx, options);
        break;
      case 'deviceCode':
        result = await signInDeviceCode(pca, method, scopes, ctx.signal);
        break;
      case 'credential':
        result = await untilAborted(pca.acquireTokenByUsernamePassword({ scopes, username: method.userName, password: method.password }), ctx.signal);
        break;
    }
  } catch (err) {
    throw toSignInError(err, secrets, observations);
  }
  const first = held(result, now());
  const account: AccountInfo | null = result?.account ?? null;

  return createRefreshingProvider(
    method.kind,
    first,
    {
      kind: 'renewable',
      renew: async () => {
        observations.reset();
        try {
          if (!account) throw signInError('The sign-in returned no account to renew the token for. Run Connect-ExchangeOnline again.');
          return held(await pca.acquireTokenSilent({ account, scopes, forceRefresh: true }), now());
        } catch (err) {
          throw toSignInError(err, secrets, observations);
        }
      },
    },
    {
      ...options,
      onDispose: () => {
        void pca.clearCache();
      },
    },
  );
}
