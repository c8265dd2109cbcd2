// The App Service managed-identity endpoint (IDENTITY_ENDPOINT / IDENTITY_HEADER), as msal-node's
// ManagedIdentityApplication calls it: GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=...
// with the `X-IDENTITY-HEADER` secret, plus `client_id` / `object_id` / `mi_res_id` for a
// user-assigned identity. In the sandbox IDENTITY_ENDPOINT is `https://<host>/<tenant id>/msi/token`.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { MANAGED_IDENTITIES, type ManagedIdentity } from './principals.js';
import { isSandboxResource } from './scopes.js';
import type { TokenIssuer } from './token-issuer.js';

export const APP_SERVICE_API_VERSION = '2019-08-01';

export interface ManagedIdentityResult {
  status: number;
  body: Record<string, unknown>;
}

function headerMatches(actual: string | string[] | undefined, expected: string): boolean {
  const value = Array.isArray(actual) ? actual[0] : actual;
  if (!value) return false;
  const a = Buffer.from(value);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function findIdentity(tenantId: string, q: URLSearchParams): ManagedIdentity | 'none' | undefined {
  const clientId = q.get('client_id') ?? q.get('clientid');
  const objectId = q.get('object_id') ?? q.get('principal_id');
  const resourceId = q.get('mi_res_id') ?? q.get('msi_res_id');
  const inTenant = MANAGED_IDENTITIES.filter((m) => m.tenantId === tenantId);
  if (clientId) return inTenant.find((m) => m.kind === 'user' && m.clientId === clientId.toLowerCase());
  if (objectId) return inTenant.find((m) => m.kind === 'user' && m.objectId === objectId.toLowerCase());
  if (resourceId) return inTenant.find((m) => m.kind === 'user' && m.resourceId.toLowerCase() === resourceId.toLowerCase());
  return inTenant.find((m) => m.kind === 'system') ?? 'none';
}

export async function handleManagedIdentityRequest(
  req: IncomingMessage,
  url: URL,
  tenantId: string,
  ctx: { issuer: TokenIssuer; identityHeader: string; origin: string; correlationId: string; lifetimeSeconds: number },
): Promise<ManagedIdentityResult> {
  const err = (status: number, message: string): ManagedIdentityResult => ({
    status,
    body: { statusCode: status, message, correlationId: ctx.correlationId },
  });
  if (!headerMatches(req.headers['x-identity-header'], ctx.identityHeader)) {
    return err(401, 'Unauthorized. The X-IDENTITY-HEADER header is missing or does not match the IDENTITY_HEADER of this environment.');
  }
  const q = url.searchParams;
  if (q.get('api-version') !== APP_SERVICE_API_VERSION) {
    return err(400, `The api-version '${q.get('api-version') ?? ''}' is not supported. Use '${APP_SERVICE_API_VERSION}'.`);
  }
  const resource = (q.get('resource') ?? '').replace(/\/\.default$/, '');
  if (!resource) return err(400, "Required query parameter 'resource' is missing.");
  const identity = findIdentity(tenantId, q);
  if (!identity || identity === 'none') {
    return err(400, 'No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId.');
  }
  if (!isSandboxResource(resource)) {
    return err(400, `AADSTS500011: The resource principal named ${resource} was not found in the tenant. (The sandbox issues tokens for Exchange Online and Security & Compliance only.)`);
  }
  const token = await ctx.issuer.appAccessToken({
    origin: ctx.origin,
    tenantId,
    appId: identity.clientId,
    objectId: identity.objectId,
    audience: resource,
    roles: identity.roles,
    appIdAcr: '2',
    extra: { xms_mirid: identity.resourceId, xms_idrel: identity.kind === 'system' ? '7 8' : '7 12' },
  });
  return {
    status: 200,
    body: {
      access_token: token.token,
      expires_on: String(token.expiresAt),
      resource,
      token_type: 'Bearer',
      client_id: identity.clientId,
    },
  };
}
