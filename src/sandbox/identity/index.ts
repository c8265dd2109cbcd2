// The identity provider: an Entra ID look-alike serving OIDC discovery, JWKS, authorize (with the
// sign-in pages), token, device code, device login and the App Service managed-identity endpoint,
// plus the TokenVerifier the Exchange service uses.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EXCHANGE_RESOURCE, EXO_MODULE_CLIENT_ID, type RequestNotes, type SandboxRequestHandler, type TokenVerifier } from '../contracts.js';
import { ACCOUNTS, APPS } from '../directory.js';
import type { AppCertificate } from '../tls/index.js';
import { registerCertificates } from './client-auth.js';
import { CredentialStore } from './credentials.js';
import { correlationIdFrom, E, EntraErrorException, entraErrorBody } from './entra-errors.js';
import { BodyTooLargeError, readForm, requestOrigin, sendHtml, sendJson } from './http-io.js';
import { messagePage } from './sign-in-pages.js';

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
import { handleManagedIdentityRequest } from './managed-identity.js';
import { openIdConfiguration } from './oidc-metadata.js';
import { PendingGrants } from './pending-grants.js';
import { findAccountByUpn, MANAGED_IDENTITIES, resolveTenantSegment, tenantById, type TenantSegment } from './principals.js';
import { redirectUriAllowed, SignInService } from './sign-in.js';
import { loadOrCreateSigningKey } from './signing-key.js';
import { handleDeviceCodeRequest, handleTokenRequest, type TokenEndpointContext } from './token-endpoint.js';
import { TokenIssuer, type MintedToken } from './token-issuer.js';
import { createTokenVerifier } from './verifier.js';
import { EXCHANGE_DELEGATED_SCOPE } from './scopes.js';

export { MANAGED_IDENTITIES, type ManagedIdentity } from './principals.js';
export { exchangeChallenge } from './verifier.js';

export interface IdentityProviderOptions {
  /** The sandbox's base URL (`https://127.0.0.1:<port>`), known once the server listens. */
  baseUrl: () => string;
  tokenLifetimeSeconds: number;
  /** Where the token-signing key is kept (a fresh key per run without it). */
  dataDir?: string;
  /** The app registrations' certificates (client assertions are verified against them); may still be in the making. */
  appCertificates: readonly AppCertificate[] | Promise<readonly AppCertificate[]>;
  /** Secret expected in `X-IDENTITY-HEADER` on the managed-identity endpoint (random if absent). */
  identityHeader?: string;
  /** Test hooks: a clock (ms since epoch), device-code timing and the verifier's clock skew. */
  now?: () => number;
  deviceCodeLifetimeSeconds?: number;
  deviceCodeIntervalSeconds?: number;
  clockSkewSeconds?: number;
}

export interface IdentityProvider {
  handler: SandboxRequestHandler;
  verifier: TokenVerifier;
  /** Revokes every access and refresh token issued for the tenant so far; returns how many. */
  revokeTokens(tenantId: string): number;
  /** Value for IDENTITY_HEADER (with IDENTITY_ENDPOINT = managedIdentityEndpoint(tenantId)). */
  identityHeader: string;
  managedIdentityEndpoint(tenantId: string): string;
  /**
   * Mints an Exchange access token directly (tests and tools): a user by UPN or an app/managed
   * identity by app id, optionally with another audience or lifetime.
   */
  mintAccessToken(principal: { upn: string } | { appId: string }, opts?: { audience?: string; lifetimeSeconds?: number }): Promise<MintedToken>;
}

/**
 * `client_secret_basic`: client id and secret in an `Authorization: Basic` header (each
 * form-urlencoded, RFC 6749 §2.3.1). Moved into the form unless the form already names them.
 */
function addBasicClientCredentials(req: IncomingMessage, form: Map<string, string>): void {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!m) return;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return;
  const unescape = (v: string) => {
    try {
      return decodeURIComponent(v.replace(/\+/g, ' '));
    } catch {
      return v;
    }
  };
  if (!form.has('client_id')) form.set('client_id', unescape(decoded.slice(0, colon)));
  if (!form.has('client_secret')) form.set('client_secret', unescape(decoded.slice(colon + 1)));
}

export const DEFAULT_DEVICE_CODE_LIFETIME_SECONDS = 900;
export const DEFAULT_DEVICE_CODE_INTERVAL_SECONDS = 5;

export async function createIdentityProvider(opts: IdentityProviderOptions): Promise<IdentityProvider> {
  const now = opts.now ?? Date.now;
  const [key, credentials, appCertificates] = await Promise.all([
    loadOrCreateSigningKey(opts.dataDir),
    CredentialStore.create(ACCOUNTS, APPS),
    Promise.resolve(opts.appCertificates),
  ]);
  const issuer = new TokenIssuer({ key, now, lifetimeSeconds: opts.tokenLifetimeSeconds });
  const grants = new PendingGrants(now);
  const signIn = new SignInService({ credentials, grants, now });
  const identityHeader = opts.identityHeader ?? randomBytes(24).toString('base64url');
  const certificates = registerCertificates(appCertificates);
  const verifier = createTokenVerifier({ key, issuer, now, baseUrl: opts.baseUrl, clockSkewSeconds: opts.clockSkewSeconds });

  const tokenCtx = (origin: string): TokenEndpointContext => ({
    issuer,
    grants,
    credentials,
    clientAuth: { credentials, certificates, now, origins: () => new Set([origin, opts.baseUrl(), ...issuer.origins]) },
    now,
    lifetimeSeconds: opts.tokenLifetimeSeconds,
    deviceCodeLifetimeSeconds: opts.deviceCodeLifetimeSeconds ?? DEFAULT_DEVICE_CODE_LIFETIME_SECONDS,
    deviceCodeIntervalSeconds: opts.deviceCodeIntervalSeconds ?? DEFAULT_DEVICE_CODE_INTERVAL_SECONDS,
  });

  const sendEntraError = (res: ServerResponse, req: IncomingMessage, origin: string, err: EntraErrorException) => {
    sendJson(res, err.entra.status, entraErrorBody(err.entra, correlationIdFrom(req.headers['client-request-id']), now(), origin));
  };

  async function tokenLike(
    req: IncomingMessage,
    res: ServerResponse,
    origin: string,
    segment: string,
    notes: RequestNotes,
    run: (ctx: TokenEndpointContext, call: { form: Map<string, string>; seg: TenantSegment; origin: string }) => Promise<Record<string, unknown>>,
  ): Promise<void> {
    try {
      const seg = resolveTenantSegment(segment);
      if (seg.kind === 'tenant') notes.tenant = seg.tenant.id;
      const contentType = req.headers['content-type'] ?? '';
      if (!/^application\/x-www-form-urlencoded/i.test(contentType)) {
        throw new EntraErrorException(E.invalidRequest("The request body must be application/x-www-form-urlencoded and contain the 'grant_type' parameter."));
      }
      const form = await readForm(req);
      addBasicClientCredentials(req, form);
      const clientId = form.get('client_id');
      if (clientId) notes.caller = clientId.slice(0, 64);
      const username = form.get('username');
      if (username) notes.caller = username.slice(0, 256);
      const body = await run(tokenCtx(origin), { form, seg, origin });
      sendJson(res, 200, body);
    } catch (err) {
      if (err instanceof EntraErrorException) return sendEntraError(res, req, origin, err);
      if (err instanceof BodyTooLargeError) return sendEntraError(res, req, origin, new EntraErrorException(E.invalidRequest(err.message)));
      throw err;
    }
  }

  const handler: SandboxRequestHandler = async (req, res, url, notes) => {
    const origin = requestOrigin(req, opts.baseUrl());
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (path === '/devicelogin') {
      if (method === 'GET') return signIn.deviceLoginForm(res), true;
      if (method === 'POST') return await signIn.deviceLoginSubmit(req, res), true;
      return false;
    }
    if (path === '/common/discovery/instance' && method === 'GET') {
      const host = new URL(origin).host;
      sendJson(res, 200, {
        tenant_discovery_endpoint: `${origin}/{tenantid}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      });
      return true;
    }

    const m = /^\/([^/]+)\/(.+)$/.exec(path);
    if (!m) return false;
    let segment: string;
    try {
      segment = decodeURIComponent(m[1]!);
    } catch {
      return false;
    }
    const rest = m[2]!;

    switch (rest) {
      case 'v2.0/.well-known/openid-configuration':
      case '.well-known/openid-configuration':
        if (method !== 'GET') return false;
        try {
          const seg = resolveTenantSegment(segment);
          if (seg.kind === 'tenant') notes.tenant = seg.tenant.id;
          sendJson(res, 200, openIdConfiguration(origin, seg), { 'Cache-Control': 'max-age=86400, private' });
        } catch (err) {
          if (!(err instanceof EntraErrorException)) throw err;
          sendEntraError(res, req, origin, err);
        }
        return true;
      case 'discovery/v2.0/keys':
      case 'discovery/keys':
        if (method !== 'GET') return false;
        sendJson(res, 200, { keys: [key.jwk] }, { 'Cache-Control': 'max-age=86400, private' });
        return true;
      case 'oauth2/v2.0/authorize':
      case 'oauth2/authorize':
        if (method !== 'GET') return false;
        signIn.authorize(res, url, segment);
        return true;
      case 'oauth2/v2.0/token':
        if (method !== 'POST') return false;
        await tokenLike(req, res, origin, segment, notes, handleTokenRequest);
        return true;
      case 'oauth2/v2.0/devicecode':
        if (method !== 'POST') return false;
        await tokenLike(req, res, origin, segment, notes, handleDeviceCodeRequest);
        return true;
      case 'oauth2/v2.0/logout':
      case 'oauth2/logout': {
        if (method !== 'GET') return false;
        // No SSO session to end (the sign-in pages keep none); go back where the app asked, if loopback.
        const back = url.searchParams.get('post_logout_redirect_uri');
        if (back !== null && CONTROL_CHARACTERS.test(back)) {
          // A CR/LF would split the Location header (Node refuses to write it): refuse the request instead.
          sendHtml(res, 400, messagePage('Sign out failed', 'The post_logout_redirect_uri parameter contains control characters and is not a valid URI.'));
          return true;
        }
        if (back && redirectUriAllowed(back)) {
          res.writeHead(302, { Location: back, 'Content-Length': 0 });
          res.end();
        } else {
          sendHtml(res, 200, messagePage('You signed out of your account', "It's a good idea to close all browser windows."));
        }
        return true;
      }
      case 'login':
        if (method !== 'POST') return false;
        await signIn.loginSubmit(req, res);
        return true;
      case 'msi/token': {
        if (method !== 'GET') return false;
        const tenant = tenantById(segment.toLowerCase());
        if (!tenant) return false;
        notes.tenant = tenant.id;
        const result = await handleManagedIdentityRequest(req, url, tenant.id, {
          issuer,
          identityHeader,
          origin,
          correlationId: correlationIdFrom(req.headers['x-ms-client-request-id'] ?? req.headers['client-request-id']),
          lifetimeSeconds: opts.tokenLifetimeSeconds,
        });
        if (result.status === 200) notes.caller = String(result.body['client_id']);
        sendJson(res, result.status, result.body);
        return true;
      }
      default:
        return false;
    }
  };

  return {
    handler,
    verifier,
    identityHeader,
    revokeTokens: (tenantId) => issuer.revokeTenant(tenantId),
    managedIdentityEndpoint: (tenantId) => `${opts.baseUrl()}/${tenantId}/msi/token`,
    async mintAccessToken(principal, mintOpts = {}) {
      const audience = mintOpts.audience ?? EXCHANGE_RESOURCE;
      const origin = opts.baseUrl();
      if ('upn' in principal) {
        const account = findAccountByUpn(principal.upn);
        if (!account) throw new Error(`No sandbox account '${principal.upn}'.`);
        const tenant = tenantById(account.tenantId)!;
        const request = { origin, tenant, account, clientId: EXO_MODULE_CLIENT_ID, audience, scp: [EXCHANGE_DELEGATED_SCOPE], amr: ['pwd'] };
        return issuer.userAccessToken(request, mintOpts.lifetimeSeconds);
      }
      const id = principal.appId.toLowerCase();
      const app = APPS.find((a) => a.appId === id);
      const mi = MANAGED_IDENTITIES.find((x) => x.clientId === id);
      const found = app ?? mi;
      if (!found) throw new Error(`No sandbox app or managed identity '${principal.appId}'.`);
      const roles = app ? app.appRoles : mi!.roles;
      const request = { origin, tenantId: found.tenantId, appId: id, objectId: found.objectId, audience, roles, appIdAcr: '2' as const };
      return issuer.appAccessToken(request, mintOpts.lifetimeSeconds);
    },
  };
}
