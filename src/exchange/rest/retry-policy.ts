// When a failed request is sent again and after how long (rest-protocol.md §1.9): throttling,
// gateway and server failures, resets and the service's transient exceptions, with exponential
// back-off and jitter, a bounded count and a bounded total time. A request that may have changed
// something is never sent twice once it may have reached the server.
import { abortableSleep } from '../../runtime/async.js';

export interface RetryPolicy {
  /** Retries after the first attempt (the module: 5, so 6 attempts). */
  maxRetries: number;
  /** First back-off step; doubled per retry (the module: 2000 ms). */
  baseDelayMs: number;
  /** No retry is started that would end past this much time since the first attempt. */
  maxTotalMs: number;
  now(): number;
  random(): number;
  /** Waits `ms`, or resolves early when `signal` aborts (the caller checks it). */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export function defaultRetryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return { maxRetries: 5, baseDelayMs: 2000, maxTotalMs: 5 * 60_000, now: Date.now, random: Math.random, sleep: abortableSleep, ...overrides };
}

/** Why an attempt failed, as far as retrying cares. */
export type AttemptFailure =
  | {
      kind: 'status';
      status: number;
      /** Retry-After, in ms. */
      retryAfterMs?: number;
      /** The service's exception class and text, for the transient-exception and concurrency rules. */
      exceptionClass?: string;
      text?: string;
    }
  | {
      kind: 'network';
      /** 'connect': nothing was sent (refused, DNS, connect timeout); 'sent': the request may have arrived. */
      phase: 'connect' | 'sent';
      /** TLS verification failures are never retried: the next try fails the same way. */
      tls: boolean;
      code: string;
    };

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const TRANSIENT_EXCEPTIONS = /\b(DCOverloadedException|SuitabilityDirectoryException|ServerInMMException|ADServerSettingsChangedException|StorageTransientException)\b/;
const CONCURRENCY_LIMIT = /maximum number of concurrent requests per tenant/i;

/** Refusals the service makes before running the cmdlet: safe to re-send even a Set-*. */
function refusedUnprocessed(f: Extract<AttemptFailure, { kind: 'status' }>): boolean {
  return f.status === 429 || CONCURRENCY_LIMIT.test(f.text ?? '');
}

export function isRetryable(f: AttemptFailure, idempotent: boolean): boolean {
  if (f.kind === 'network') return !f.tls && (idempotent || f.phase === 'connect');
  const transient =
    RETRYABLE_STATUSES.has(f.status) || TRANSIENT_EXCEPTIONS.test(f.exceptionClass ?? '') || TRANSIENT_EXCEPTIONS.test(f.text ?? '') || CONCURRENCY_LIMIT.test(f.text ?? '');
  if (!transient) return false;
  return idempotent || refusedUnprocessed(f);
}

/** Wait before retry number `retryIndex` (0 for the first retry): Retry-After when given, else 2 s·2ⁿ with up to 25 % jitter. */
export function retryDelayMs(policy: RetryPolicy, f: AttemptFailure, retryIndex: number): number {
  if (f.kind === 'status' && f.retryAfterMs !== undefined) return f.retryAfterMs;
  const step = policy.baseDelayMs * 2 ** retryIndex;
  return Math.round(step * (1 + 0.25 * policy.random()));
}

/** `Retry-After: 7` or `Retry-After: 7.5` (the module parses a decimal) or an HTTP date. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  const seconds = Number(text.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const CONNECT_PHASE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'UND_ERR_CONNECT_TIMEOUT']);
const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|SELF_SIGNED_|DEPTH_ZERO_|HOSTNAME_MISMATCH|ERR_OSSL)/;

/** The code of an undici/Node network error (possibly wrapped in `cause`). */
export function networkErrorCode(err: unknown): string {
  let e: unknown = err;
  for (let i = 0; i < 4 && e; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET') return code;
    const next = (e as { cause?: unknown }).cause;
    if (!next) return typeof code === 'string' ? code : 'UNKNOWN';
    e = next;
  }
  return 'UNKNOWN';
}

export function networkFailure(err: unknown, responseStarted: boolean): Extract<AttemptFailure, { kind: 'network' }> {
  const code = networkErrorCode(err);
  const tls = TLS_CODES.test(code);
  const phase = !responseStarted && (CONNECT_PHASE_CODES.has(code) || tls) ? 'connect' : 'sent';
  return { kind: 'network', phase, tls, code };
}
