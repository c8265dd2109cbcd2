// The sandbox's Exchange Online: everything under /adminapi/. Routes a request to InvokeCommand,
// the Get-EXO* entity sets or cmdlet discovery after verifying the caller, and turns every refusal
// into the service's error JSON. Nothing thrown here ever becomes a bare 500 with a stack trace.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestNotes, SandboxRequestHandler } from '../contracts.js';
import { authenticate, authorizeTenant } from './authorization.js';
import { handleBatch } from './batch.js';
import { handleBanner, handleModuleFile } from './discovery.js';
import { entitySetNames, handleEntitySet } from './entity-sets.js';
import { answerGuarded, decodeSegment, newResponseContext, sendJson, type ResponseContext } from './http.js';
import { handleInvokeCommand } from './invoke-command.js';
import { ServiceError, directoryServerOf, errors } from './service-error.js';
import { createState, type ExchangeServiceDeps, type ServiceState } from './state.js';

export type { ExchangeServiceDeps } from './state.js';

const BACKEND_DEFAULT = 'SBXPR01MB0001.SBXPRD01.PROD.OUTLOOK.COM';

export function createExchangeService(deps: ExchangeServiceDeps): SandboxRequestHandler {
  const state = createState(deps);
  return async (req, res, url, notes) => {
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0]?.toLowerCase() !== 'adminapi') return false;
    const ctx = newResponseContext(BACKEND_DEFAULT);
    await answerGuarded(res, ctx, () => route(state, req, res, url, parts, ctx, notes));
    return true;
  };
}

async function route(
  state: ServiceState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  parts: string[],
  ctx: ResponseContext,
  notes: RequestNotes,
): Promise<void> {
  const version = parts[1]?.toLowerCase();
  const tenantSegment = parts[2] ? decodeSegment(parts[2]) : undefined;
  if ((version !== 'beta' && version !== 'v1.0') || !tenantSegment) {
    throw errors.badRequest(`Resource not found for the segment '${parts.slice(1).join('/')}'.`);
  }
  const rest = parts.slice(3);
  const resource = decodeSegment(rest[0] ?? '');
  const method = req.method ?? 'GET';

  const caller = await authenticate(state.deps.verifier, req);
  notes.caller = caller.kind === 'user' ? (caller.upn ?? caller.objectId) : caller.appId;
  const auth = authorizeTenant(state.deps.store, caller, tenantSegment);
  notes.tenant = auth.tenant.tenant.key;
  ctx.backend = directoryServerOf(auth.tenant.tenant.key).replace('A001DC01', 'MB0001');
  ctx.rateLimit = state.rateLimit(auth.tenant.tenant.id, notes.caller);
  ctx.userType = caller.kind === 'app' ? 'App' : 'User';

  const lower = resource.toLowerCase();
  if (lower === 'invokecommand' && rest.length === 1) {
    requireMethod(method, 'POST');
    await handleInvokeCommand(state, req, res, url, auth, tenantSegment, ctx, notes);
    return;
  }
  if (lower === '$batch' && rest.length === 1) {
    requireMethod(method, 'POST');
    await handleBatch(state, req, res, auth, tenantSegment, ctx, notes);
    return;
  }
  if (lower === 'exomodulefile' && rest.length === 1) {
    requireMethod(method, 'GET');
    handleModuleFile(state, req, res, url, auth, tenantSegment, ctx);
    return;
  }
  if (lower.startsWith('exobanner') && rest.length === 1) {
    requireMethod(method, 'GET');
    handleBanner(state, res, auth, tenantSegment, ctx);
    return;
  }
  if (rest.length === 0) {
    requireMethod(method, 'GET');
    const base = `${state.deps.baseUrl()}/adminapi/${version}/${encodeURIComponent(tenantSegment)}`;
    void sendJson(res, ctx, 200, {
      '@odata.context': `${base}/$metadata`,
      value: entitySetNames().map((name) => ({ name, kind: 'EntitySet', url: name })),
    });
    return;
  }
  requireMethod(method, 'GET');
  await handleEntitySet(state, req, res, url, auth, tenantSegment, rest, ctx, notes);
}

function requireMethod(actual: string, expected: string): void {
  if (actual.toUpperCase() !== expected) {
    throw new ServiceError({
      status: 405,
      code: 'MethodNotAllowed',
      exceptionClass: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
      message: `The HTTP method '${actual}' is not allowed on this resource; use ${expected}.`,
    });
  }
}
