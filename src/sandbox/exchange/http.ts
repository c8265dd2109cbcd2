// The HTTP edge of the Exchange service: reading bounded bodies and writing JSON answers with the
// headers the real front end sets (rest-protocol.md §1.5), and errors with x-ExceptionType (§1.8).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { JsonStream } from './collection-response.js';
import { ServiceError, errors } from './service-error.js';

export const MAX_BODY_BYTES = 4 * 1024 * 1024;
const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      throw new ServiceError({
        status: 413,
        code: 'RequestEntityTooLarge',
        exceptionClass: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
        message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
      });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  const text = body.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw errors.badRequest('The request body is not valid JSON.');
  }
}

export interface ResponseContext {
  requestId: string;
  backend: string;
  rateLimit?: { limit: number; remaining: number; reset: string };
  userType?: string;
}

export function newResponseContext(backend: string): ResponseContext {
  return { requestId: randomUUID(), backend };
}

function commonHeaders(ctx: ResponseContext): Record<string, string> {
  const h: Record<string, string> = {
    'request-id': ctx.requestId,
    'X-CalculatedBETarget': ctx.backend,
    'X-BackEndHttpStatus': '',
    'X-FEServer': ctx.backend.split('.')[0] ?? ctx.backend,
    'OrganizationStatus': 'Active',
    'Cache-Control': 'no-cache',
  };
  if (ctx.rateLimit) {
    h['Rate-Limit-Limit'] = String(ctx.rateLimit.limit);
    h['Rate-Limit-Remaining'] = String(ctx.rateLimit.remaining);
    h['Rate-Limit-Reset'] = ctx.rateLimit.reset;
  }
  if (ctx.userType) h['X-UserType'] = ctx.userType;
  return h;
}

// Pieces are gathered up to this size before a socket write: fewer, larger TLS records.
const STREAM_CHUNK_CHARS = 64 * 1024;

/**
 * `body` is a value to serialise, or a JsonStream (pages), which is written as it is produced
 * (chunked), waiting for the socket to drain when the client reads slowly. Resolves when written,
 * or when the client went away.
 */
export async function sendJson(res: ServerResponse, ctx: ResponseContext, status: number, body: unknown, extra: Record<string, string> = {}): Promise<void> {
  const headers: Record<string, string> = { ...commonHeaders(ctx), 'Content-Type': JSON_TYPE, 'OData-Version': '4.0', ...extra };
  headers['X-BackEndHttpStatus'] = String(status);
  if (!(body instanceof JsonStream)) {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
    return;
  }
  res.writeHead(status, headers);
  let pending = '';
  for (const piece of body) {
    pending += piece;
    if (pending.length < STREAM_CHUNK_CHARS) continue;
    if (res.destroyed) return;
    const drained = res.write(pending);
    pending = '';
    if (!drained && !(await drain(res))) return;
  }
  if (!res.destroyed) res.end(pending);
}

/** Waits for 'drain'; false when the response closed first (the client went away). */
function drain(res: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const settle = (ok: boolean) => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => settle(true);
    const onClose = () => settle(false);
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}

export function sendError(res: ServerResponse, ctx: ResponseContext, error: ServiceError): void {
  void sendJson(res, ctx, error.status, error.toBody(), {
    'x-ExceptionType': error.exceptionClass.split('.').pop() ?? error.exceptionClass,
    ...error.headers,
  });
}

/** decodeURIComponent that answers a malformed escape with the service's 400 instead of throwing URIError. */
export function decodeSegment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw errors.badRequest(`The URL segment '${text.slice(0, 100)}' is not validly percent-encoded.`);
  }
}

/**
 * Runs one request's handling so that nothing thrown becomes a bare 500 with a stack trace: a
 * ServiceError is answered in the service's error shape, anything else as an internal error that
 * names no internals; once headers are out, the connection is dropped instead.
 */
export async function answerGuarded(res: ServerResponse, ctx: ResponseContext, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    const error = e instanceof ServiceError ? e : internalError(e);
    if (!res.headersSent) sendError(res, ctx, error);
    else res.destroy();
  }
}

function internalError(e: unknown): ServiceError {
  // A bug, not a client error; say so without leaking internals.
  return new ServiceError({
    status: 500,
    code: 'InternalServerError',
    exceptionClass: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
    message: `The sandbox failed to process the request (${e instanceof Error ? e.name : 'error'}).`,
  });
}
