// The HTTP edge of the Exchange service: reading bounded bodies and writing JSON answers with the
// headers the real front end sets (rest-protocol.md §1.5), and errors with x-ExceptionType (§1.8).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** `body` is a value to serialise, or JSON text already written (pages). */
export function sendJson(res: ServerResponse, ctx: ResponseContext, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = { ...commonHeaders(ctx), 'Content-Type': JSON_TYPE, 'OData-Version': '4.0', ...extra };
  headers['X-BackEndHttpStatus'] = String(status);
  res.writeHead(status, { ...headers, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendError(res: ServerResponse, ctx: ResponseContext, error: ServiceError): void {
  sendJson(res, ctx, error.status, error.toBody(), {
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
