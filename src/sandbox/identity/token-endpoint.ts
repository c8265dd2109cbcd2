// POST /{tenant}/oauth2/v2.0/token and /devicecode: every grant the sandbox supports.
import type { SandboxAccount, SandboxTenant } from '../contracts.js';
import { authenticateClient, type AuthenticatedClient, type ClientAuthContext } from './client-auth.js';
import { E, fail } from './entra-errors.js';
import type { PendingGrants } from './pending-grants.js';
import { pkceMatches } from './pending-grants.js';
import { findAccountByOid, findAccountByUpn, tenantById, tenantLabel, type TenantSegment } from './principals.js';
import { parseScopes } from './scopes.js';
import type { CredentialStore } from './credentials.js';
import type { TokenIssuer } from './token-issuer.js';

export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

export interface TokenEndpointContext {
  issuer: TokenIssuer;
  grants: PendingGrants;
  credentials: CredentialStore;
  clientAuth: ClientAuthContext;
  now: () => number;
  lifetimeSeconds: number;
  deviceCodeLifetimeSeconds: number;
  deviceCodeIntervalSeconds: number;
}

interface TokenCall {
  form: Map<string, string>;
  seg: TenantSegment;
  origin: string;
}

function required(form: Map<string, string>, name: string): string {
  const v = form.get(name);
  if (!v) fail(E.missingParameter(name));
  return v;
}

export async function handleTokenRequest(ctx: TokenEndpointContext, call: TokenCall): Promise<Record<string, unknown>> {
  const grantType = required(call.form, 'grant_type');
  switch (grantType) {
    case 'authorization_code':
      return authorizationCodeGrant(ctx, call);
    case 'refresh_token':
      return refreshTokenGrant(ctx, call);
    case DEVICE_CODE_GRANT:
    case 'device_code': // msal's spelling; Entra accepts both
      return deviceCodeGrant(ctx, call);
    case 'client_credentials':
      return clientCredentialsGrant(ctx, call);
    case 'password':
      return passwordGrant(ctx, call);
    default:
      return fail(E.unsupportedGrant(grantType));
  }
}

function segTenant(seg: TenantSegment): SandboxTenant | undefined {
  return seg.kind === 'tenant' ? seg.tenant : undefined;
}

/** A user signs in only where they live (no guest accounts in the sandbox). */
function checkUserTenant(seg: TenantSegment, account: SandboxAccount): SandboxTenant {
  const home = tenantById(account.tenantId)!;
  if (seg.kind === 'tenant' && seg.tenant.id !== home.id) fail(E.userNotInTenant(account.upn, seg.tenant.displayName));
  return home;
}

async function userTokenResponse(
  ctx: TokenEndpointContext,
  call: TokenCall,
  r: { account: SandboxAccount; clientId: string; scope: string | undefined; fallbackResourceScopes?: string[]; amr: string[]; nonce?: string },
): Promise<Record<string, unknown>> {
  const tenant = checkUserTenant(call.seg, r.account);
  let scopeText = r.scope ?? '';
  const asked = scopeText.split(/\s+/).filter(Boolean);
  // A refresh request may name only OIDC scopes: it then renews the resource of the original grant.
  if (r.fallbackResourceScopes?.length && asked.every((s) => ['openid', 'profile', 'offline_access', 'email'].includes(s.toLowerCase()))) {
    scopeText = [...r.fallbackResourceScopes, ...asked].join(' ');
  }
  const scopes = parseScopes(scopeText, tenant.displayName);
  const req = { origin: call.origin, tenant, account: r.account, clientId: r.clientId, audience: scopes.audience, scp: scopes.delegated, amr: r.amr, nonce: r.nonce };
  const access = await ctx.issuer.userAccessToken(req);
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: scopes.responseScope,
    expires_in: ctx.lifetimeSeconds,
    ext_expires_in: ctx.lifetimeSeconds,
    access_token: access.token,
  };
  if (scopes.offlineAccess) {
    body['refresh_token'] = ctx.issuer.newRefreshToken({
      tenantId: tenant.id,
      accountObjectId: r.account.objectId,
      clientId: r.clientId,
      resourceScopes: scopes.resourceScopes,
      amr: r.amr,
    });
  }
  if (scopes.openid) body['id_token'] = await ctx.issuer.idToken(req);
  if (call.form.get('client_info') === '1') {
    body['client_info'] = Buffer.from(JSON.stringify({ uid: r.account.objectId, utid: tenant.id })).toString('base64url');
  }
  return body;
}

/** The client a grant request comes from, authenticated against the tenant in the URL, and its application (client) id. */
async function callingClient(ctx: TokenEndpointContext, call: TokenCall): Promise<{ auth: AuthenticatedClient; clientId: string }> {
  const auth = await authenticateClient(call.form, segTenant(call.seg), tenantLabel(call.seg), ctx.clientAuth);
  return { auth, clientId: auth.client.kind === 'public' ? auth.client.appId : auth.client.app.appId };
}

async function authorizationCodeGrant(ctx: TokenEndpointContext, call: TokenCall): Promise<Record<string, unknown>> {
  const { form } = call;
  const code = required(form, 'code');
  const { auth, clientId } = await callingClient(ctx, call);
  const grant = ctx.grants.takeCode(code);
  if (!grant) return fail(E.codeInvalid());
  if (grant.redeemed) return fail(E.codeRedeemed());
  if (grant.expiresAt < ctx.now()) return fail(E.codeExpired());
  if (grant.clientId !== clientId) return fail(E.clientMismatch());
  if ((form.get('redirect_uri') ?? '') !== grant.redirectUri) return fail(E.redirectMismatch());
  if (grant.codeChallenge) {
    const verifier = form.get('code_verifier');
    if (!verifier || !pkceMatches(verifier, grant.codeChallenge, grant.codeChallengeMethod ?? 'plain')) return fail(E.pkceMismatch());
  } else if (auth.credential === 'none') {
    // Public clients must use PKCE (as Entra requires for SPA/native redemption).
    return fail(E.pkceRequired());
  }
  const account = findAccountByOid(grant.accountObjectId)!;
  return userTokenResponse(ctx, call, {
    account,
    clientId,
    scope: form.get('scope') ?? grant.scope,
    fallbackResourceScopes: grant.resourceScopes,
    amr: grant.amr,
    nonce: grant.nonce,
  });
}

async function refreshTokenGrant(ctx: TokenEndpointContext, call: TokenCall): Promise<Record<string, unknown>> {
  const { form } = call;
  const token = required(form, 'refresh_token');
  const { clientId } = await callingClient(ctx, call);
  const grant = ctx.issuer.redeemRefreshToken(token);
  if (grant === 'unknown') return fail(E.refreshTokenInvalid());
  if (grant === 'rotated') return fail(E.refreshTokenRotated());
  if (grant === 'revoked') return fail(E.grantRevoked());
  if (grant === 'expired') return fail(E.codeExpired());
  if (grant.clientId !== clientId) return fail(E.clientMismatch());
  const account = findAccountByOid(grant.accountObjectId)!;
  return userTokenResponse(ctx, call, {
    account,
    clientId,
    scope: form.get('scope'),
    fallbackResourceScopes: grant.resourceScopes,
    amr: grant.amr,
  });
}

async function deviceCodeGrant(ctx: TokenEndpointContext, call: TokenCall): Promise<Record<string, unknown>> {
  const { form } = call;
  const deviceCode = form.get('device_code') ?? form.get('code');
  if (!deviceCode) return fail(E.missingParameter('device_code'));
  const { clientId } = await callingClient(ctx, call);
  const device = ctx.grants.device(deviceCode);
  if (!device) return fail(E.deviceCodeInvalid());
  if (device.clientId !== clientId) return fail(E.clientMismatch());
  const now = ctx.now();
  const lastPoll = device.lastPollAt;
  device.lastPollAt = now;
  switch (device.state) {
    case 'redeemed':
      return fail(E.codeRedeemed());
    case 'declined':
      return fail(E.deviceCodeDeclined());
    case 'approved': {
      device.state = 'redeemed';
      const account = findAccountByOid(device.accountObjectId!)!;
      return userTokenResponse(ctx, call, { account, clientId, scope: device.scope, amr: device.amr });
    }
    case 'pending':
      if (device.expiresAt <= now) return fail(E.deviceCodeExpired());
      // Polling sooner than the interval (a quarter-second of leeway for network jitter) earns slow_down.
      if (lastPoll !== undefined && now - lastPoll < device.intervalSeconds * 1000 - 250) return fail(E.slowDown());
      return fail(E.authorizationPending());
  }
}

async function clientCredentialsGrant(ctx: TokenEndpointContext, call: TokenCall): Promise<Record<string, unknown>> {
  const { form, seg } = call;
  const auth = await authenticateClient(form, segTenant(seg), tenantLabel(seg), ctx.clientAuth, { requireConfidential: true });
  if (auth.client.kind !== 'confidential') return fail(E.credentialRequired());
  const app = auth.client.app;
  const tenant = tenantById(app.tenantId)!;
  const scopes = parseScopes(form.get('scope'), tenant.displayName, { clientCredentials: true });
  const access = await ctx.issuer.appAccessToken({
    origin: call.origin,
    tenantId: tenant.id,
    appId: app.appId,
    objectId: app.objectId,
    audience: scopes.audience,
    roles: app.appRoles,
    appIdAcr: auth.credential === 'certificate' ? '2' : '1',
  });
  return {
    token_type: 'Bearer',
    expires_in: ctx.lifetimeSeconds,
    ext_expires_in: ctx.lifetimeSeconds,
    access_token: access.token,
  };
}

/** Resource-owner password credentials (legacy; msal-node still offers it, and the errors are instructive). */
async function passwordGrant(ctx: TokenEndpointContext, call: TokenCall): Promise<Record<string, unknown>> {
  const { form, seg } = call;
  const { clientId } = await callingClient(ctx, call);
  const username = required(form, 'username');
  const password = form.get('password') ?? '';
  const account = findAccountByUpn(username);
  if (!account) return fail(E.userNotFound(username, tenantLabel(seg)));
  checkUserTenant(seg, account);
  if (!(await ctx.credentials.passwordMatches(account.objectId, password))) return fail(E.badCredentials());
  if (account.mfa) return fail(E.mfaRequired('Office 365 Exchange Online'));
  return userTokenResponse(ctx, call, { account, clientId, scope: form.get('scope'), amr: ['pwd'] });
}

/** POST /{tenant}/oauth2/v2.0/devicecode */
export async function handleDeviceCodeRequest(ctx: TokenEndpointContext, call: TokenCall): Promise<Record<string, unknown>> {
  const { form, seg } = call;
  const { auth, clientId } = await callingClient(ctx, call);
  if (auth.client.kind !== 'public' && auth.credential === 'none') return fail(E.credentialRequired());
  const scope = required(form, 'scope');
  parseScopes(scope, tenantLabel(seg));
  const device = ctx.grants.startDeviceFlow({
    tenantId: segTenant(seg)?.id,
    clientId,
    scope,
    lifetimeSeconds: ctx.deviceCodeLifetimeSeconds,
    intervalSeconds: ctx.deviceCodeIntervalSeconds,
  });
  const verificationUri = `${call.origin}/devicelogin`;
  return {
    user_code: device.userCode,
    device_code: device.deviceCode,
    verification_uri: verificationUri,
    expires_in: ctx.deviceCodeLifetimeSeconds,
    interval: ctx.deviceCodeIntervalSeconds,
    message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${device.userCode} to authenticate.`,
  };
}
