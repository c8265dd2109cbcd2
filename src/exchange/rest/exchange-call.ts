// One logical request to the service: attempts until an answer, a failure not worth retrying, or
// the retry budget is spent. Adds the bearer token per attempt (a fresh one once after a 401),
// writes one request-log entry per attempt, and hands back the parsed JSON of a 2xx answer.
import { request } from 'undici';
import { RemoteError, type RestTarget } from '../contracts.js';
import { ErrorRecord } from '../../runtime/errors.js';
import {
  invalidJsonError,
  maxRetriesError,
  parseServiceError,
  plainTextDetail,
  serviceError,
  stoppedError,
  transportError,
  type ErrorContext,
  type ResponseFacts,
} from './error-mapping.js';
import { readBodyText } from './response-body.js';
import { isRetryable, networkFailure, parseRetryAfter, retryDelayMs, type AttemptFailure, type RetryPolicy } from './retry-policy.js';

export interface CallSpec {
  method: 'GET' | 'POST';
  url: string;
  /** Without Authorization. */
  headers: Record<string, string>;
  body?: string;
  /** False: never re-sent once it may have reached the server. */
  idempotent: boolean;
  signal: AbortSignal;
  context: ErrorContext;
}

export interface CallResult {
  /** The parsed body; null for an empty one (204). */
  json: unknown;
  status: number;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function networkDescription(code: string, host: string): string {
  switch (code) {
    case 'ECONNREFUSED':
      return `No connection could be made to ${host}: the connection was refused.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `The host name ${host} could not be resolved.`;
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `The connection to ${host} timed out.`;
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return `${host} did not answer in time.`;
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UNKNOWN':
      return `The connection to ${host} was closed unexpectedly (${code === 'ECONNRESET' || code === 'EPIPE' ? code : 'socket closed'}).`;
    default:
      if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO/.test(code)) {
        return `The SSL connection to ${host} could not be established: the server's certificate is not trusted (${code}).`;
      }
      return `The connection to ${host} failed (${code}).`;
  }
}

async function bearerToken(target: RestTarget, forceRefresh: boolean, signal: AbortSignal, ctx: ErrorContext): Promise<string> {
  try {
    const token = await target.tokens.getToken({ forceRefresh, signal });
    return token.token;
  } catch (err) {
    if (err instanceof RemoteError) throw err;
    if (signal.aborted) throw stoppedError(ctx);
    // The provider's own message, never the token (it has none to give).
    const message = err instanceof Error ? err.message : String(err);
    throw new RemoteError(
      new ErrorRecord(`The access token could not be obtained: ${message}`, 'TokenAcquisitionFailed', 'AuthenticationError', null, ctx.cmdletName, undefined, 'Microsoft.Identity.Client.MsalException'),
      true,
    );
  }
}

export async function callService(target: RestTarget, spec: CallSpec, policy: RetryPolicy): Promise<CallResult> {
  const { signal, context } = spec;
  const host = new URL(spec.url).host;
  const started = policy.now();
  let retries = 0;
  let refreshedAfter401 = false;
  let forceRefresh = false;
  for (let attempt = 1; ; attempt++) {
    if (signal.aborted) throw stoppedError(context);
    const token = await bearerToken(target, forceRefresh, signal, context);
    forceRefresh = false;
    // Real time for the log, whatever clock the retry policy keeps.
    const t0 = performance.now();
    const log = (outcome: 'ok' | 'retry' | 'error' | 'aborted', status?: number, requestId?: string, detail?: string) =>
      target.log?.write({
        time: new Date(),
        connectionId: target.connectionId,
        method: spec.method,
        url: spec.url,
        cmdletName: context.cmdletName,
        status,
        durationMs: Math.round(performance.now() - t0),
        attempt,
        outcome,
        requestId,
        detail,
      });

    let failure: AttemptFailure;
    let error: RemoteError;
    let status: number | undefined;
    let requestId: string | undefined;
    let responseStarted = false;
    try {
      const res = await request(spec.url, {
        method: spec.method,
        headers: { ...spec.headers, authorization: `Bearer ${token}` },
        body: spec.body,
        signal,
        dispatcher: target.transport.dispatcherFor(spec.url),
      });
      responseStarted = true;
      status = res.statusCode;
      requestId = header(res.headers, 'request-id');
      const text = await readBodyText(res.body, header(res.headers, 'content-encoding'));
      const facts: ResponseFacts = {
        status,
        requestId,
        backend: header(res.headers, 'x-calculatedbetarget'),
        date: header(res.headers, 'date'),
        exceptionTypeHeader: header(res.headers, 'x-exceptiontype'),
      };
      if (status >= 200 && status < 300) {
        if (text.trim() === '') {
          log('ok', status, requestId);
          return { json: null, status };
        }
        const parsed = tryParse(text);
        if (!parsed.ok) {
          log('error', status, requestId, 'invalid JSON');
          throw invalidJsonError(Buffer.byteLength(text), header(res.headers, 'content-type'), facts, context);
        }
        log('ok', status, requestId);
        return { json: parsed.value, status };
      }
      const parsed = tryParse(text);
      const json = parsed.ok ? parsed.value : undefined;
      const plain = parsed.ok ? undefined : plainTextDetail(text, header(res.headers, 'content-type'));
      error = serviceError(facts, json, context, plain);
      if (status === 401 && !refreshedAfter401) {
        // The token was revoked or expired early: one fresh token, then the same request again.
        refreshedAfter401 = true;
        forceRefresh = true;
        log('retry', status, requestId, '401: refreshing the token');
        continue;
      }
      const detail = parseServiceError(json) ?? plain;
      failure = {
        kind: 'status',
        status,
        retryAfterMs: parseRetryAfter(res.headers['retry-after'], Date.now()),
        exceptionClass: detail?.exceptionClass ?? facts.exceptionTypeHeader,
        // A plain-text refusal (the concurrency limit) is matched on its text.
        text: detail?.text ?? (parsed.ok ? undefined : text.slice(0, 500)),
      };
    } catch (err) {
      if (err instanceof RemoteError) throw err;
      if (signal.aborted) {
        log('aborted', status, requestId);
        throw stoppedError(context);
      }
      failure = networkFailure(err, responseStarted);
      error = transportError(networkDescription(failure.code, host), context, failure.tls ? 'SecurityError' : 'ConnectionError');
    }

    const retryable = isRetryable(failure, spec.idempotent);
    if (!retryable) {
      log('error', status, requestId, failure.kind === 'network' ? failure.code : undefined);
      throw error;
    }
    const wait = retryDelayMs(policy, failure, retries);
    if (retries >= policy.maxRetries || policy.now() + wait - started > policy.maxTotalMs) {
      log('error', status, requestId, 'maximum retry count reached');
      throw maxRetriesError(error, context);
    }
    retries++;
    log('retry', status, requestId, failure.kind === 'network' ? failure.code : `wait ${wait} ms`);
    await policy.sleep(wait, signal);
  }
}
