// POST /adminapi/beta/{tenant}/InvokeCommand (rest-protocol.md §1): the CmdletInput envelope in,
// the OData collection out, later pages by POSTing the same request to @odata.nextLink.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestNotes } from '../contracts.js';
import type { Authorized } from './authorization.js';
import { runCmdlet } from './cmdlet-runner.js';
import { cmdletSpec } from './cmdlet-table.js';
import { pageBody, type PageRequest } from './collection-response.js';
import { parseJsonBody, readBody, sendJson, type ResponseContext } from './http.js';
import { maxPageSize } from './paging.js';
import { errors } from './service-error.js';
import type { ServiceState } from './state.js';
import { WARNINGS_TYPE } from './wire-format.js';

interface Envelope {
  cmdlet: string;
  parameters: unknown;
}

export function readEnvelope(body: unknown, header: string | string[] | undefined): Envelope {
  const headerName = typeof header === 'string' && header.trim() ? header.trim() : undefined;
  if (body === undefined) {
    if (headerName) return { cmdlet: headerName, parameters: {} };
    throw errors.badRequest('The request body must contain a CmdletInput object.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw errors.badRequest('The request body must contain a CmdletInput object.');
  const input = (body as Record<string, unknown>)['CmdletInput'];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw errors.badRequest('The request body must contain a CmdletInput object.');
  const name = (input as Record<string, unknown>)['CmdletName'] ?? headerName;
  if (typeof name !== 'string' || name.trim() === '') throw errors.badRequest('CmdletInput.CmdletName must name a cmdlet.');
  return { cmdlet: name.trim(), parameters: (input as Record<string, unknown>)['Parameters'] ?? {} };
}

/** What one InvokeCommand call answers; written to the socket, or into a $batch response. */
export interface InvokeOutcome {
  status: number;
  /** A value to serialise, or a page streamed as it is serialised. */
  body: unknown;
  headers: Record<string, string>;
}

type HeaderBag = Record<string, string | string[] | undefined>;

/** Runs one InvokeCommand request (first page, later page or validation call) and returns its answer. */
export async function invokeCommand(
  state: ServiceState,
  auth: Authorized,
  tenantSegment: string,
  url: URL,
  headers: HeaderBag,
  body: unknown,
  notes: RequestNotes,
): Promise<InvokeOutcome> {
  const envelope = readEnvelope(body, headers['x-cmdletname']);
  notes.cmdlet = cmdletSpec(envelope.cmdlet)?.name ?? envelope.cmdlet.slice(0, 100);
  const base = `${state.deps.baseUrl()}/adminapi/beta/${encodeURIComponent(tenantSegment)}`;
  const select = url.searchParams.get('$select');
  const page: PageRequest = {
    context: `${base}/$metadata#Collection(Exchange.GenericHashTable)`,
    linkBase: `${base}/InvokeCommand`,
    linkQuery: select ? `$select=${encodeURIComponent(select)}` : undefined,
    pageSize: maxPageSize(headers['prefer']),
  };
  const owner = `${auth.caller.tenantId}|${auth.caller.objectId}`;
  const token = url.searchParams.get('$skiptoken');
  if (token !== null) {
    const held = state.snapshots.resolve(token, owner, auth.tenant.tenant.id, notes.cmdlet);
    if (!held) throw errors.invalidPageToken();
    return { status: 200, body: pageBody(held.snapshot, held.offset, page), headers: preferenceApplied(page.pageSize) };
  }
  const { name, result } = await runCmdlet({ auth, cmdlet: envelope.cmdlet, parameters: envelope.parameters, mutate: state.mutate, now: state.now });
  if (result.confirmation !== undefined) {
    return {
      status: 200,
      headers: {},
      body: {
        '@odata.context': page.context,
        'adminapi.warnings@odata.type': WARNINGS_TYPE,
        '@adminapi.warnings': result.warnings,
        '@adminapi.confirmationmessage': result.confirmation,
        value: [],
      },
    };
  }
  const selectMap = select ? new Map(select.split(',').map((s) => s.trim()).filter(Boolean).map((s) => [s.toLowerCase(), s] as [string, string])) : result.select;
  // The page list is fixed now: later pages are cut from this same array (the store's arrays are
  // never changed in place; a filtered result is our own).
  const snapshot = state.snapshots.create({
    tenantId: auth.tenant.tenant.id,
    owner,
    source: name,
    items: result.records,
    select: selectMap,
    warnings: result.warnings,
  });
  return { status: 200, body: pageBody(snapshot, 0, page), headers: preferenceApplied(page.pageSize) };
}

export async function handleInvokeCommand(
  state: ServiceState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  auth: Authorized,
  tenantSegment: string,
  ctx: ResponseContext,
  notes: RequestNotes,
): Promise<void> {
  const body = parseJsonBody(await readBody(req));
  const outcome = await invokeCommand(state, auth, tenantSegment, url, req.headers, body, notes);
  await sendJson(res, ctx, outcome.status, outcome.body, outcome.headers);
}

function preferenceApplied(pageSize: number): Record<string, string> {
  return { 'Preference-Applied': `odata.include-annotations="*", odata.maxpagesize=${pageSize}` };
}
