// -ManagedIdentity on Azure App Service / Functions / Automation: the local identity endpoint named
// by IDENTITY_ENDPOINT, authenticated with the IDENTITY_HEADER secret, as msal-node's App Service
// source calls it (api-version 2019-08-01, resource=, client_id= for a user-assigned identity).
//
// Not msal's ManagedIdentityApplication: msal 7.2 keeps the identity source it picks in a static
// field, reading process.env once per process and binding the first network client forever. A
// second connection (another transport, a reconnect after the first transport closed, a different
// environment) would silently reuse the first one's endpoint and closed dispatcher.
import type { SignInContext, SignInMethod, TokenProvider } from '../contracts.js';
import { sendJson } from './network-client.js';
import { createRefreshingProvider, type ProviderOptions } from './refreshing-provider.js';
import { signInError, toSignInError } from './sign-in-errors.js';
import { heldTokenFrom, type HeldToken } from './token-claims.js';
import { untilAborted } from './until-aborted.js';

const API_VERSION = '2019-08-01';

export async function signInWithManagedIdentity(
  method: Extract<SignInMethod, { kind: 'managedIdentity' }>,
  ctx: SignInContext,
  options: ProviderOptions = {},
): Promise<TokenProvider> {
  const now = options.now ?? Date.now;
  const env = ctx.env ?? process.env;
  const endpoint = env['IDENTITY_ENDPOINT'];
  const header = env['IDENTITY_HEADER'];
  if (!endpoint || !header) {
    throw signInError(
      'No managed identity is available here: IDENTITY_ENDPOINT and IDENTITY_HEADER are not set. -ManagedIdentity works on Azure App Service, Azure Functions and Azure Automation.',
      { category: 'InvalidOperation' },
    );
  }
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw signInError(`IDENTITY_ENDPOINT is not a valid URL: '${endpoint}'.`, { category: 'InvalidArgument' });
  }
  url.searchParams.set('api-version', API_VERSION);
  url.searchParams.set('resource', ctx.endpoints.resource.replace(/\/+$/, ''));
  if (method.clientId) url.searchParams.set('client_id', method.clientId);
  const secrets = [header];

  const acquire = async (): Promise<HeldToken> => {
    let res;
    try {
      res = await sendJson(ctx.transport, 'GET', url.toString(), { headers: { 'X-IDENTITY-HEADER': header, accept: 'application/json' } });
    } catch (err) {
      throw signInError(`Unable to reach the managed identity endpoint at ${url.origin}: ${(err as Error).message}`, {
        category: 'ConnectionError',
        exceptionType: 'System.Net.Http.HttpRequestException',
        secrets,
      });
    }
    const token = res.body['access_token'];
    if (res.status !== 200 || typeof token !== 'string') {
      const said = typeof res.body['message'] === 'string' ? res.body['message'] : typeof res.body['error_description'] === 'string' ? res.body['error_description'] : undefined;
      const who = method.clientId ? `the user-assigned managed identity '${method.clientId}'` : 'the system-assigned managed identity';
      throw toSignInError(
        signInError(`The managed identity endpoint refused a token for ${who} (HTTP ${res.status})${said ? `: ${said}` : '.'}`, {
          exceptionType: 'Microsoft.Identity.Client.MsalServiceException',
          status: res.status,
          secrets,
        }),
        secrets,
      );
    }
    const expiresOnSeconds = Number(res.body['expires_on']);
    return heldTokenFrom(token, now(), {
      ...(Number.isFinite(expiresOnSeconds) && expiresOnSeconds > 0 ? { expiresOn: new Date(expiresOnSeconds * 1000) } : {}),
      ...(typeof res.body['client_id'] === 'string' ? { appId: res.body['client_id'] } : {}),
    });
  };

  const first = await untilAborted(acquire(), ctx.signal);
  return createRefreshingProvider('managedIdentity', first, { kind: 'renewable', renew: acquire }, options);
}
