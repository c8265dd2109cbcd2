// /_sandbox/ admin endpoints (all need the admin key printed at start, as the `X-Sandbox-Admin-Key`
// header or as a bearer token):
//   GET    /_sandbox/requests[?tenant=&limit=]       recent requests (no tokens, no secrets)
//   GET    /_sandbox/faults                           current faults, in the --faults file format
//   PUT    /_sandbox/faults                           replace all faults (body: the file format)
//   DELETE /_sandbox/faults                           clear all faults
//   PUT    /_sandbox/faults/{tenant}                  set one tenant's faults
//   DELETE /_sandbox/faults/{tenant}                  clear one tenant's faults
//   POST   /_sandbox/tenants/{tenant}/revoke-tokens   revoke every token issued for the tenant
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxRequestHandler } from './contracts.js';
import { findTenant } from './directory.js';
import { FaultConfigError, parseFaultsConfig, parseTenantFaults, type FaultInjector } from './faults.js';
import { BodyTooLargeError, readBody, sendJson } from './identity/http-io.js';
import type { RequestLog } from './request-log.js';

export const ADMIN_KEY_HEADER = 'x-sandbox-admin-key';

export interface AdminDeps {
  adminKey: string;
  faults: FaultInjector;
  log: RequestLog;
  revokeTokens(tenantId: string): number;
}

function adminError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: { code, message } }, headers);
}

function presentedKey(req: IncomingMessage): string | undefined {
  const header = req.headers[ADMIN_KEY_HEADER];
  if (typeof header === 'string' && header) return header;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return m?.[1];
}

function keyMatches(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FaultConfigError('The request body is not valid JSON.');
  }
}

export function createAdminHandler(deps: AdminDeps): SandboxRequestHandler {
  return async (req, res, url) => {
    if (url.pathname !== '/_sandbox' && !url.pathname.startsWith('/_sandbox/')) return false;
    const key = presentedKey(req);
    if (!key) {
      adminError(res, 401, 'Unauthorized', `The /_sandbox/ endpoints need the admin key printed at start, in the X-Sandbox-Admin-Key header.`, {
        'WWW-Authenticate': 'Bearer realm="exosh-sandbox-admin"',
      });
      return true;
    }
    if (!keyMatches(key, deps.adminKey)) {
      adminError(res, 403, 'Forbidden', 'The admin key is not valid for this sandbox.');
      return true;
    }
    const parts = url.pathname.split('/').filter(Boolean).slice(1).map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
    const method = req.method ?? 'GET';
    try {
      return await route(deps, req, res, url, parts, method);
    } catch (err) {
      if (err instanceof FaultConfigError || err instanceof BodyTooLargeError) {
        adminError(res, 400, 'BadRequest', err.message);
        return true;
      }
      throw err;
    }
  };
}

async function route(deps: AdminDeps, req: IncomingMessage, res: ServerResponse, url: URL, parts: string[], method: string): Promise<boolean> {
  const [first, second, third] = parts;
  const notAllowed = (allowed: string) => {
    adminError(res, 405, 'MethodNotAllowed', `${method} is not supported on ${url.pathname}. Allowed: ${allowed}.`, { Allow: allowed });
    return true;
  };
  const tenantOr404 = (name: string) => {
    const t = findTenant(name);
    if (!t) adminError(res, 404, 'TenantNotFound', `There is no sandbox tenant '${name}'.`);
    return t;
  };

  if (first === undefined) {
    sendJson(res, 200, {
      endpoints: ['GET /_sandbox/requests', 'GET|PUT|DELETE /_sandbox/faults', 'PUT|DELETE /_sandbox/faults/{tenant}', 'POST /_sandbox/tenants/{tenant}/revoke-tokens'],
    });
    return true;
  }
  if (first === 'requests' && second === undefined) {
    if (method !== 'GET') return notAllowed('GET');
    const tenantName = url.searchParams.get('tenant');
    const tenant = tenantName ? tenantOr404(tenantName) : undefined;
    if (tenantName && !tenant) return true;
    const limitRaw = url.searchParams.get('limit');
    const limit = limitRaw === null ? undefined : Number(limitRaw);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
      adminError(res, 400, 'BadRequest', "The 'limit' query parameter must be a positive integer.");
      return true;
    }
    sendJson(res, 200, { value: deps.log.list({ tenant: tenant?.key, limit }) });
    return true;
  }
  if (first === 'faults' && second === undefined) {
    if (method === 'GET') {
      sendJson(res, 200, deps.faults.snapshot());
    } else if (method === 'PUT') {
      deps.faults.replaceAll(parseFaultsConfig(await readJson(req)));
      sendJson(res, 200, deps.faults.snapshot());
    } else if (method === 'DELETE') {
      deps.faults.clear();
      sendJson(res, 200, {});
    } else return notAllowed('GET, PUT, DELETE');
    return true;
  }
  if (first === 'faults' && second !== undefined && third === undefined) {
    const tenant = tenantOr404(second);
    if (!tenant) return true;
    if (method === 'PUT') {
      deps.faults.set(tenant.id, parseTenantFaults(await readJson(req), tenant.key));
      sendJson(res, 200, deps.faults.snapshot());
    } else if (method === 'DELETE') {
      deps.faults.clear(tenant.id);
      sendJson(res, 200, deps.faults.snapshot());
    } else if (method === 'GET') {
      sendJson(res, 200, deps.faults.snapshot()[tenant.key] ?? {});
    } else return notAllowed('GET, PUT, DELETE');
    return true;
  }
  if (first === 'tenants' && second !== undefined && third === 'revoke-tokens' && parts.length === 3) {
    if (method !== 'POST') return notAllowed('POST');
    const tenant = tenantOr404(second);
    if (!tenant) return true;
    const revoked = deps.revokeTokens(tenant.id);
    sendJson(res, 200, { tenant: tenant.key, tenantId: tenant.id, revoked });
    return true;
  }
  adminError(res, 404, 'NotFound', `There is no sandbox admin endpoint ${url.pathname}.`);
  return true;
}
