// Fault injection for Exchange requests (/adminapi/...), per tenant: what real tenants do on a bad
// day, on demand. Configured from `--faults FILE` or at run time through /_sandbox/faults; the
// format is documented in docs/sandbox.md.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { SandboxTenant } from './contracts.js';
import { findTenant, TENANTS } from './directory.js';

/** Triggers for a probabilistic or counted fault: `rate` (0..1 per request) or the `next` N requests. */
export interface FaultTrigger {
  rate?: number;
  next?: number;
}

export interface TenantFaults {
  /** EXO's per-user budget: at most `requests` per `windowSeconds` per caller, then 429 + Retry-After. */
  throttle?: { requests: number; windowSeconds: number };
  /** Added before every Exchange response (each page of a paged result pays it). */
  latencyMs?: number;
  /** 500 or 503 instead of the real answer. */
  serverError?: FaultTrigger & { status?: 500 | 503 };
  /** Headers and part of the body are sent, then the TCP connection is destroyed. */
  resetConnection?: FaultTrigger;
  /** The body is cut in half (with a matching Content-Length, so only the JSON is broken). */
  truncatedJson?: FaultTrigger;
  /** A NUL byte and a stray `}{` are spliced into the middle of the body. */
  malformedJson?: FaultTrigger;
  /** After this many Exchange requests to the tenant, every token issued for it so far is revoked (once). */
  revokeTokensAfterRequests?: number;
}

export class FaultConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaultConfigError';
  }
}

const KNOWN_KEYS = new Set(['throttle', 'latencyMs', 'serverError', 'resetConnection', 'truncatedJson', 'malformedJson', 'revokeTokensAfterRequests']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function positiveInt(v: unknown, where: string, min = 1): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) throw new FaultConfigError(`${where} must be an integer >= ${min}.`);
  return v;
}

function trigger(v: unknown, where: string): FaultTrigger {
  if (!isObject(v)) throw new FaultConfigError(`${where} must be an object with "rate" (0..1) or "next" (a count).`);
  const out: FaultTrigger = {};
  if (v['rate'] !== undefined) {
    const r = v['rate'];
    if (typeof r !== 'number' || !(r >= 0 && r <= 1)) throw new FaultConfigError(`${where}.rate must be a number from 0 to 1.`);
    out.rate = r;
  }
  if (v['next'] !== undefined) out.next = positiveInt(v['next'], `${where}.next`);
  if (out.rate === undefined && out.next === undefined) throw new FaultConfigError(`${where} needs "rate" or "next".`);
  return out;
}

/** Validates one tenant's faults (a config file entry or a PUT body). */
export function parseTenantFaults(v: unknown, where: string): TenantFaults {
  if (!isObject(v)) throw new FaultConfigError(`${where} must be an object.`);
  for (const k of Object.keys(v)) {
    if (!KNOWN_KEYS.has(k)) throw new FaultConfigError(`${where}: unknown fault '${k}'. Known faults: ${[...KNOWN_KEYS].join(', ')}.`);
  }
  const out: TenantFaults = {};
  if (v['throttle'] !== undefined) {
    const t = v['throttle'];
    if (!isObject(t)) throw new FaultConfigError(`${where}.throttle must be an object with "requests" and "windowSeconds".`);
    out.throttle = { requests: positiveInt(t['requests'], `${where}.throttle.requests`), windowSeconds: positiveInt(t['windowSeconds'], `${where}.throttle.windowSeconds`) };
  }
  if (v['latencyMs'] !== undefined) out.latencyMs = positiveInt(v['latencyMs'], `${where}.latencyMs`, 0);
  if (v['serverError'] !== undefined) {
    const s = v['serverError'];
    const status = isObject(s) ? (s['status'] ?? 503) : 503;
    if (status !== 500 && status !== 503) throw new FaultConfigError(`${where}.serverError.status must be 500 or 503.`);
    out.serverError = { ...trigger(s, `${where}.serverError`), status };
  }
  if (v['resetConnection'] !== undefined) out.resetConnection = trigger(v['resetConnection'], `${where}.resetConnection`);
  if (v['truncatedJson'] !== undefined) out.truncatedJson = trigger(v['truncatedJson'], `${where}.truncatedJson`);
  if (v['malformedJson'] !== undefined) out.malformedJson = trigger(v['malformedJson'], `${where}.malformedJson`);
  if (v['revokeTokensAfterRequests'] !== undefined) {
    out.revokeTokensAfterRequests = positiveInt(v['revokeTokensAfterRequests'], `${where}.revokeTokensAfterRequests`);
  }
  return out;
}

/** The whole file: `{ "<tenant key, id or domain>": { ...faults } }`. Returns faults by tenant id. */
export function parseFaultsConfig(v: unknown): Map<string, TenantFaults> {
  if (!isObject(v)) throw new FaultConfigError('The faults configuration must be a JSON object keyed by tenant (key, id or domain).');
  const out = new Map<string, TenantFaults>();
  for (const [k, faults] of Object.entries(v)) {
    const tenant = findTenant(k);
    if (!tenant) throw new FaultConfigError(`Unknown tenant '${k}' in the faults configuration. Tenants: ${TENANTS.map((t) => t.key).join(', ')}.`);
    out.set(tenant.id, parseTenantFaults(faults, k));
  }
  return out;
}

type BodyFault = 'reset' | 'truncated' | 'malformed';

export interface FaultInjectorDeps {
  revokeTokens(tenantId: string): number;
  /**
   * Whose budget a request spends: the verified token's user or app, undefined when the token does
   * not verify (that request is refused by the Exchange service anyway and spends no one's budget).
   * Without it, the token's claims are read unverified (unit tests with stub tokens only).
   */
  callerKey?: (req: IncomingMessage) => Promise<string | undefined>;
  random?: () => number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Budget {
  windowStart: number;
  count: number;
}

/** What happened to a request, for the request log. */
export type FaultOutcome = 'throttled' | 'server-error' | 'reset' | 'truncated' | 'malformed' | 'revoked' | 'latency' | undefined;

export class FaultInjector {
  private readonly faults = new Map<string, TenantFaults>();
  private readonly budgets = new Map<string, Budget>();
  private readonly requestCounts = new Map<string, number>();
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: FaultInjectorDeps, initial?: Map<string, TenantFaults>) {
    this.random = deps.random ?? Math.random;
    this.now = deps.now ?? Date.now;
    this.sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    if (initial) for (const [k, v] of initial) this.faults.set(k, v);
  }

  set(tenantId: string, faults: TenantFaults): void {
    this.faults.set(tenantId, faults);
    this.requestCounts.delete(tenantId);
    for (const k of this.budgets.keys()) if (k.startsWith(`${tenantId}|`)) this.budgets.delete(k);
  }

  clear(tenantId?: string): void {
    if (tenantId === undefined) {
      this.faults.clear();
      this.budgets.clear();
      this.requestCounts.clear();
    } else {
      this.set(tenantId, {});
      this.faults.delete(tenantId);
    }
  }

  replaceAll(config: Map<string, TenantFaults>): void {
    this.clear();
    for (const [k, v] of config) this.set(k, v);
  }

  /** Current faults keyed by tenant key (the JSON the admin API returns; same format as the file). */
  snapshot(): Record<string, TenantFaults> {
    const out: Record<string, TenantFaults> = {};
    for (const t of TENANTS) {
      const f = this.faults.get(t.id);
      if (f && Object.keys(f).length > 0) out[t.key] = structuredClone(f);
    }
    return out;
  }

  private fires(t: FaultTrigger | undefined): boolean {
    if (!t) return false;
    if (t.next !== undefined) {
      if (t.next <= 0) return false;
      t.next -= 1;
      return true;
    }
    return t.rate !== undefined && this.random() < t.rate;
  }

  /**
   * Runs `next` (the Exchange handler) under the faults of `tenant` (the tenant named in the request
   * path). Resolves to whether the request was answered and which fault, if any, was applied.
   */
  async run(
    req: IncomingMessage,
    res: ServerResponse,
    tenant: SandboxTenant | undefined,
    next: () => Promise<boolean>,
  ): Promise<{ handled: boolean; fault: FaultOutcome }> {
    const f = tenant ? this.faults.get(tenant.id) : undefined;
    if (!tenant || !f || Object.keys(f).length === 0) return { handled: await next(), fault: undefined };
    let fault: FaultOutcome;

    if (f.throttle) {
      const caller = this.deps.callerKey ? await this.deps.callerKey(req) : callerKeyOf(req);
      const retryAfter = caller === undefined ? undefined : this.spendBudget(`${tenant.id}|${caller}`, f.throttle);
      if (caller !== undefined && retryAfter !== undefined) {
        sendThrottled(res, f.throttle, retryAfter, caller);
        return { handled: true, fault: 'throttled' };
      }
    }
    if (f.revokeTokensAfterRequests !== undefined) {
      const count = (this.requestCounts.get(tenant.id) ?? 0) + 1;
      this.requestCounts.set(tenant.id, count);
      if (count > f.revokeTokensAfterRequests) {
        this.deps.revokeTokens(tenant.id);
        delete f.revokeTokensAfterRequests;
        this.requestCounts.delete(tenant.id);
        fault = 'revoked';
      }
    }
    if (this.fires(f.serverError)) {
      sendServerError(res, f.serverError!.status ?? 503);
      return { handled: true, fault: 'server-error' };
    }
    if (f.latencyMs) {
      await this.sleep(f.latencyMs);
      fault ??= 'latency';
    }
    const bodyFault: BodyFault | undefined = this.fires(f.resetConnection)
      ? 'reset'
      : this.fires(f.truncatedJson)
        ? 'truncated'
        : this.fires(f.malformedJson)
          ? 'malformed'
          : undefined;
    if (!bodyFault) return { handled: await next(), fault };
    interceptBody(res, bodyFault);
    return { handled: await next(), fault: bodyFault };
  }

  private spendBudget(key: string, throttle: { requests: number; windowSeconds: number }): number | undefined {
    const now = this.now();
    const windowMs = throttle.windowSeconds * 1000;
    let b = this.budgets.get(key);
    if (!b || now - b.windowStart >= windowMs) {
      b = { windowStart: now, count: 0 };
      this.budgets.set(key, b);
    }
    if (b.count >= throttle.requests) return Math.max(1, Math.ceil((b.windowStart + windowMs - now) / 1000));
    b.count++;
    return undefined;
  }
}

/** The token's user or app read without verifying: only for injectors built without `callerKey`. */
export function callerKeyOf(req: IncomingMessage): string {
  const m = /^Bearer\s+[^.\s]+\.([^.\s]+)\./i.exec(req.headers.authorization ?? '');
  if (!m) return 'anonymous';
  try {
    const claims = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const id = claims['upn'] ?? claims['appid'] ?? claims['oid'];
    return typeof id === 'string' ? id.slice(0, 256) : 'anonymous';
  } catch {
    return 'anonymous';
  }
}

function exchangeErrorBody(code: string, message: string, exceptionClass: string, errorCode: string): Record<string, unknown> {
  return {
    error: {
      code,
      message,
      details: [{ code: 'Client', target: '', message: `${errorCode}|${exceptionClass}|${message}` }],
      innererror: { message, type: exceptionClass },
      'adminapi.warnings@odata.type': '#Collection(String)',
      '@adminapi.warnings': [],
    },
  };
}

function sendExchangeError(res: ServerResponse, status: number, body: Record<string, unknown>, headers: Record<string, string>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'request-id': randomUUID(),
    ...headers,
  });
  res.end(text);
}

function sendThrottled(res: ServerResponse, throttle: { requests: number; windowSeconds: number }, retryAfter: number, caller: string): void {
  const message =
    `The user '${caller}' has exceeded the budget of ${throttle.requests} requests in ${throttle.windowSeconds} seconds and is being throttled. Please retry after ${retryAfter} seconds.`;
  sendExchangeError(res, 429, exchangeErrorBody('TooManyRequests', message, 'Microsoft.Exchange.Data.Storage.OverBudgetException', 'Ex3CB9D5'), {
    'Retry-After': String(retryAfter),
    'Rate-Limit-Limit': String(throttle.requests),
    'Rate-Limit-Remaining': '0',
    'Rate-Limit-Reset': String(retryAfter),
    'x-ExceptionType': 'OverBudgetException',
  });
}

function sendServerError(res: ServerResponse, status: 500 | 503): void {
  if (status === 503) {
    const message = 'The service is temporarily unavailable. Please try again later.';
    sendExchangeError(res, 503, exchangeErrorBody('ServiceUnavailable', message, 'Microsoft.Exchange.Data.Storage.ServerInMMException', 'ExB5C1E2'), {
      'Retry-After': '2',
      'x-ExceptionType': 'ServerInMMException',
    });
  } else {
    const message = 'An internal server error occurred. The operation failed.';
    sendExchangeError(res, 500, exchangeErrorBody('InternalServerError', message, 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException', 'Ex0F3A77'), {
      'x-ExceptionType': 'ODataServiceException',
    });
  }
}

type WriteCallback = (error?: Error | null) => void;

/**
 * Buffers what the handler writes, then sends a damaged version: the original status and headers
 * with half the body and a dead socket (`reset`), half the body with a matching length
 * (`truncated`), or a body with garbage spliced into its middle (`malformed`).
 */
function interceptBody(res: ServerResponse, fault: BodyFault): void {
  const original = { writeHead: res.writeHead.bind(res), write: res.write.bind(res), end: res.end.bind(res) };
  const chunks: Buffer[] = [];
  const toBuffer = (chunk: unknown, encoding?: unknown): Buffer =>
    Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');

  // writeHead(status, [statusMessage], [headers]): keep the headers on the response for later.
  res.writeHead = ((status: number, a?: unknown, b?: unknown) => {
    res.statusCode = status;
    const headers = (typeof a === 'string' ? b : a) as Record<string, string | number | string[]> | undefined;
    if (headers && !Array.isArray(headers)) for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    return res;
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
    chunks.push(toBuffer(chunk, encoding));
    const callback = (typeof encoding === 'function' ? encoding : cb) as WriteCallback | undefined;
    callback?.();
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
    const body = Buffer.concat(chunks);
    const half = body.subarray(0, Math.floor(body.length / 2));
    if (fault === 'reset') {
      res.setHeader('Content-Length', String(body.length));
      original.writeHead(res.statusCode);
      original.write(half, () => res.socket?.destroy());
      return res;
    }
    const damaged = fault === 'truncated' ? half : Buffer.concat([half, Buffer.from('\u0000}{'), body.subarray(half.length)]);
    res.setHeader('Content-Length', String(damaged.length));
    original.writeHead(res.statusCode);
    const callback = [chunk, encoding, cb].find((x) => typeof x === 'function') as (() => void) | undefined;
    return original.end(damaged, callback);
  }) as typeof res.end;
}
