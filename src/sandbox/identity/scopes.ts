// Turning an OAuth `scope` parameter into the token the sandbox issues: one resource (the audience)
// plus OIDC extras. The sandbox knows two resources: Exchange Online (by its URI or its app id) and
// Security & Compliance PowerShell (by its URI).
import { COMPLIANCE_RESOURCE, EXCHANGE_RESOURCE, EXCHANGE_RESOURCE_APP_ID } from '../contracts.js';
import { E, fail } from './entra-errors.js';

export const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

/** Delegated permission the sandbox grants on Exchange (what `/.default` expands to). */
export const EXCHANGE_DELEGATED_SCOPE = 'Exchange.Manage';

/** What a token request asks for, after validation. */
export interface RequestedScopes {
  /** `aud` of the access token: the resource exactly as the client named it (URI or app id). */
  audience: string;
  /** `scp` of a delegated token. */
  delegated: string[];
  openid: boolean;
  offlineAccess: boolean;
  /** The scope string echoed in the token response. */
  responseScope: string;
  /** The scope items that asked for the resource (kept with refresh tokens). */
  resourceScopes: string[];
}

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

function resourceOf(scope: string): { resource: string; permission: string } | undefined {
  const slash = scope.lastIndexOf('/');
  if (slash <= 0) return undefined;
  return { resource: scope.slice(0, slash), permission: scope.slice(slash + 1) };
}

export function isExchangeResource(resource: string): boolean {
  const r = resource.replace(/\/+$/, '').toLowerCase();
  return r === EXCHANGE_RESOURCE || r === EXCHANGE_RESOURCE_APP_ID || r === 'https://outlook.office.com';
}

export function isComplianceResource(resource: string): boolean {
  return resource.replace(/\/+$/, '').toLowerCase() === COMPLIANCE_RESOURCE;
}

/** A resource the sandbox issues tokens for: Exchange Online or Security & Compliance. */
export function isSandboxResource(resource: string): boolean {
  return isExchangeResource(resource) || isComplianceResource(resource);
}

export function parseScopes(raw: string | undefined, tenantName: string, opts: { clientCredentials?: boolean } = {}): RequestedScopes {
  const items = (raw ?? '').split(/\s+/).filter(Boolean);
  if (items.length === 0) fail(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'scope'.");
  const resources = new Map<string, string[]>();
  const bare: string[] = [];
  let openid = false;
  let offlineAccess = false;
  for (const item of items) {
    if (OIDC_SCOPES.has(item.toLowerCase())) {
      if (item.toLowerCase() === 'openid') openid = true;
      if (item.toLowerCase() === 'offline_access') offlineAccess = true;
      continue;
    }
    const parsed = resourceOf(item);
    if (!parsed) {
      // A bare permission name ("Exchange.Manage") means Microsoft Graph to Entra; the sandbox has no Graph.
      bare.push(item);
      continue;
    }
    const key = parsed.resource.replace(/\/+$/, '');
    resources.set(key, [...(resources.get(key) ?? []), parsed.permission]);
  }
  if (bare.length > 0) fail(E.resourceNotFound(GRAPH_APP_ID, tenantName));
  if (resources.size > 1) {
    fail(400, 'invalid_scope', 28000, `Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ${items.join(' ')} is not valid.`);
  }
  if (opts.clientCredentials) {
    const [resource, perms] = [...resources.entries()][0] ?? [undefined, []];
    if (!resource || perms.length !== 1 || perms[0] !== '.default' || items.length !== 1) {
      fail(E.clientCredentialScope(items.join(' ')));
    }
  }
  const entry = [...resources.entries()][0];
  if (!entry) {
    // Only OIDC scopes: Entra issues a Microsoft Graph token (User.Read); the sandbox cannot serve
    // Graph, so such a token is only good for its id token and refresh token.
    return {
      audience: GRAPH_APP_ID,
      delegated: ['User.Read'],
      openid,
      offlineAccess,
      responseScope: ['User.Read', ...items.filter((i) => OIDC_SCOPES.has(i.toLowerCase()))].join(' '),
      resourceScopes: [],
    };
  }
  const [resource, perms] = entry;
  if (!isSandboxResource(resource)) fail(E.resourceNotFound(resource, tenantName));
  const delegated = perms.includes('.default') ? [EXCHANGE_DELEGATED_SCOPE] : [...new Set(perms)];
  const resourceScopes = items.filter((i) => !OIDC_SCOPES.has(i.toLowerCase()));
  return {
    audience: resource,
    delegated,
    openid,
    offlineAccess,
    responseScope: [...delegated.map((p) => `${resource}/${p}`), ...items.filter((i) => OIDC_SCOPES.has(i.toLowerCase()))].join(' '),
    resourceScopes,
  };
}
