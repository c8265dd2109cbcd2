// The sandbox's Security & Compliance PowerShell endpoint (Connect-IPPSSession), under
// <base>/compliance — the ConnectionUri a client gives for the sandbox:
//   POST /compliance/adminapi/beta/{tenant}/InvokeCommand     (the CmdletInput envelope, as Exchange)
//   GET  /compliance/adminapi/v1.0/{tenant}/EXOModuleFile     (exports the compliance cmdlets only)
//   GET  /compliance/adminapi/{beta|v1.0}/{tenant}/EXOBanner('…')
// Only tokens whose audience is https://ps.compliance.protection.outlook.com are accepted (and the
// Exchange endpoint refuses those). Wire format, headers and errors are the Exchange service's.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExchangeStore, RequestNotes, SandboxRequestHandler, TokenVerifier } from '../contracts.js';
import { authenticate, authorizeTenant, checkCmdlet, mayRun, type Authorized } from '../exchange/authorization.js';
import { answerGuarded, decodeSegment, newResponseContext, parseJsonBody, readBody, sendJson, type ResponseContext } from '../exchange/http.js';
import { readEnvelope } from '../exchange/invoke-command.js';
import { directoryServerOf, errors } from '../exchange/service-error.js';
import { toWireItem, WARNINGS_TYPE } from '../exchange/wire-format.js';
import { COMPLIANCE_CMDLETS, complianceCatalog, runComplianceCmdlet } from './cmdlets.js';

export const COMPLIANCE_PREFIX = '/compliance';

export interface ComplianceServiceDeps {
  store: ExchangeStore;
  verifier: TokenVerifier;
  baseUrl: () => string;
}

export function createComplianceService(deps: ComplianceServiceDeps): SandboxRequestHandler {
  return async (req, res, url, notes) => {
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0]?.toLowerCase() !== 'compliance' || parts[1]?.toLowerCase() !== 'adminapi') return false;
    const ctx = newResponseContext('SBXPR01MB0001.SBXPRD01.PROD.OUTLOOK.COM');
    await answerGuarded(res, ctx, () => route(deps, req, res, url, parts.slice(2), ctx, notes));
    return true;
  };
}

async function route(
  deps: ComplianceServiceDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  parts: string[],
  ctx: ResponseContext,
  notes: RequestNotes,
): Promise<void> {
  const version = parts[0]?.toLowerCase();
  const tenantSegment = parts[1] ? decodeSegment(parts[1]) : undefined;
  if ((version !== 'beta' && version !== 'v1.0') || !tenantSegment || parts.length !== 3) {
    throw errors.badRequest(`Resource not found for the segment '${parts.join('/')}'.`);
  }
  const resource = decodeSegment(parts[2]!).toLowerCase();
  const method = (req.method ?? 'GET').toUpperCase();
  const caller = await authenticate(deps.verifier, req, 'compliance');
  notes.caller = caller.kind === 'user' ? (caller.upn ?? caller.objectId) : caller.appId;
  const auth = authorizeTenant(deps.store, caller, tenantSegment);
  notes.tenant = auth.tenant.tenant.key;
  ctx.backend = directoryServerOf(auth.tenant.tenant.key).replace('A001DC01', 'MB0001');
  ctx.userType = caller.kind === 'app' ? 'App' : 'User';
  const base = `${deps.baseUrl()}${COMPLIANCE_PREFIX}/adminapi`;

  if (resource === 'invokecommand' && method === 'POST') {
    const envelope = readEnvelope(parseJsonBody(await readBody(req)), req.headers['x-cmdletname']);
    notes.cmdlet = complianceCatalog.get(envelope.cmdlet)?.name ?? envelope.cmdlet.slice(0, 100);
    if (auth.appWithoutRole) throw errors.appNotAllowed(notes.cmdlet);
    if (!complianceCatalog.get(envelope.cmdlet)) throw errors.unknownCmdlet(envelope.cmdlet);
    checkCmdlet(auth, notes.cmdlet);
    const { records } = runComplianceCmdlet(auth.tenant.tenant, envelope.cmdlet, envelope.parameters);
    await sendJson(res, ctx, 200, {
      '@odata.context': `${base}/beta/${encodeURIComponent(tenantSegment)}/$metadata#Collection(Exchange.GenericHashTable)`,
      'adminapi.warnings@odata.type': WARNINGS_TYPE,
      '@adminapi.warnings': [],
      value: records.map((r) => toWireItem(r)),
    });
    return;
  }
  if (resource === 'exomodulefile' && method === 'GET') {
    const names = exportedFor(auth);
    await sendJson(res, ctx, 200, {
      '@odata.context': `${base}/v1.0/${encodeURIComponent(tenantSegment)}/$metadata#EXOModuleFile`,
      value: [
        {
          Version: url.searchParams.get('Version') ?? '',
          exportedCmdlets: names.join(','),
          cmdletMetadataFormat: 1,
          cmdletMetadata: COMPLIANCE_CMDLETS.filter((c) => names.includes(c.name)),
          exoPropertySets: {},
        },
      ],
    });
    return;
  }
  if (resource.startsWith('exobanner') && method === 'GET') {
    const t = auth.tenant.tenant;
    await sendJson(res, ctx, 200, {
      '@odata.context': `${base}/beta/${encodeURIComponent(tenantSegment)}/$metadata#Edm.String`,
      value: `You are connected to Security & Compliance PowerShell of the exosh sandbox tenant ${t.displayName} (${t.initialDomain}), a local imitation. Nothing here reaches Microsoft.`,
    });
    return;
  }
  throw errors.badRequest(`Resource not found for the segment '${parts[2]}' (${method}).`);
}

function exportedFor(auth: Authorized): string[] {
  if (auth.appWithoutRole) return [];
  return COMPLIANCE_CMDLETS.map((c) => c.name).filter((n) => mayRun(auth.capability, n));
}
