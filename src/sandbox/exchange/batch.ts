// POST /adminapi/beta/{tenant}/$batch (rest-protocol.md §1.10): up to ten InvokeCommand requests
// in one body, answered as {"responses":[{id, status, headers, body}]} in request order. Each
// sub-request runs exactly as a single InvokeCommand would (its own errors in its own body); the
// outer request's token and tenant apply to all of them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestNotes } from '../contracts.js';
import type { Authorized } from './authorization.js';
import { JsonStream } from './collection-response.js';
import { parseJsonBody, readBody, sendJson, type ResponseContext } from './http.js';
import { invokeCommand, type InvokeOutcome } from './invoke-command.js';
import { ServiceError, errors } from './service-error.js';
import type { ServiceState } from './state.js';

export const MAX_BATCH_REQUESTS = 10;

interface SubRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

function readRequests(body: unknown): SubRequest[] {
  const list = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)['requests'] : undefined;
  if (!Array.isArray(list) || list.length === 0) throw errors.badRequest('The batch body must have a non-empty "requests" array.');
  if (list.length > MAX_BATCH_REQUESTS) throw errors.badRequest(`A batch can hold at most ${MAX_BATCH_REQUESTS} requests; this one has ${list.length}.`);
  return list.map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw errors.badRequest(`Batch request ${i} is not an object.`);
    const r = item as Record<string, unknown>;
    const headers: Record<string, string> = {};
    if (typeof r['headers'] === 'object' && r['headers'] !== null) {
      for (const [k, v] of Object.entries(r['headers'] as Record<string, unknown>)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
    }
    return {
      id: typeof r['id'] === 'string' || typeof r['id'] === 'number' ? String(r['id']) : String(i),
      method: typeof r['method'] === 'string' ? r['method'] : 'POST',
      url: typeof r['url'] === 'string' ? r['url'] : '',
      headers,
      body: r['body'],
    };
  });
}

async function runOne(
  state: ServiceState,
  auth: Authorized,
  tenantSegment: string,
  outer: Record<string, string | string[] | undefined>,
  sub: SubRequest,
  notes: RequestNotes,
): Promise<InvokeOutcome> {
  try {
    if (sub.method.toUpperCase() !== 'POST') throw errors.badRequest(`Batch request '${sub.id}' must use POST.`);
    let url: URL;
    try {
      url = new URL(sub.url, `${state.deps.baseUrl()}/adminapi/beta/${encodeURIComponent(tenantSegment)}/`);
    } catch {
      throw errors.badRequest(`Batch request '${sub.id}' has no valid url.`);
    }
    const parts = url.pathname.split('/').filter(Boolean);
    const sameTenant = parts.length === 4 && parts[2] !== undefined && state.deps.store.tenant(safeDecode(parts[2])) === auth.tenant;
    if (parts[0]?.toLowerCase() !== 'adminapi' || parts[3]?.toLowerCase() !== 'invokecommand' || !sameTenant) {
      throw errors.badRequest(`Batch request '${sub.id}' must name this tenant's InvokeCommand.`);
    }
    // Sub-request headers win over the outer ones (Prefer, X-CmdletName...).
    return await invokeCommand(state, auth, tenantSegment, url, { ...outer, ...sub.headers }, sub.body, notes);
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    return { status: e.status, body: e.toBody(), headers: { 'x-ExceptionType': e.exceptionClass.split('.').pop() ?? e.exceptionClass } };
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export async function handleBatch(
  state: ServiceState,
  req: IncomingMessage,
  res: ServerResponse,
  auth: Authorized,
  tenantSegment: string,
  ctx: ResponseContext,
  notes: RequestNotes,
): Promise<void> {
  const requests = readRequests(parseJsonBody(await readBody(req)));
  const responses: unknown[] = [];
  const cmdlets: string[] = [];
  for (const sub of requests) {
    const subNotes: RequestNotes = {};
    const outcome = await runOne(state, auth, tenantSegment, req.headers, sub, subNotes);
    if (subNotes.cmdlet) cmdlets.push(subNotes.cmdlet);
    // Pages come back as streams; a batch holds them as values (at most ten pages, serialised once more).
    const body = outcome.body instanceof JsonStream ? (JSON.parse(outcome.body.text()) as unknown) : outcome.body;
    responses.push({ id: sub.id, status: outcome.status, headers: outcome.headers, body });
  }
  notes.cmdlet = `$batch: ${cmdlets.join(',')}`.slice(0, 200);
  await sendJson(res, ctx, 200, { responses });
}
