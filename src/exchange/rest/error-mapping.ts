// Service and transport failures as the module reports them (rest-protocol.md §1.8): the
// `Code|ExceptionClass|Text` detail becomes an ErrorRecord whose message is the text, whose
// exception type is the class and whose id is `[Server=…,RequestId=…,TimeStamp=…]`. Nothing here
// sees a token or a request body, so no message can carry one.
import { RemoteError } from '../contracts.js';
import { ErrorRecord, type ErrorCategory } from '../../runtime/errors.js';

/** The exception the module's REST client throws for failures without a service exception class. */
export const REST_CLIENT_EXCEPTION = 'Microsoft.Exchange.Management.RestApiClient.RestClientException';

/** What a failure is about, for TargetObject and the `[Get-Mailbox]` part of the view. */
export interface ErrorContext {
  cmdletName?: string;
  /** The Identity parameter of the call, the target when the service names none. */
  identity?: unknown;
}

/** Response facts the error id is built from. */
export interface ResponseFacts {
  status: number;
  requestId?: string;
  /** X-CalculatedBETarget: the backend server's FQDN. */
  backend?: string;
  /** The Date header. */
  date?: string;
  /** x-ExceptionType: the short class name, when the body names none. */
  exceptionTypeHeader?: string;
}

/** The parts of an error body that matter. */
export interface ServiceErrorDetail {
  code?: string;
  exceptionClass?: string;
  text: string;
  target?: string;
  /** details[0].code when it is a number: an ErrorCategory value (§1.8). */
  categoryNumber?: number;
}

const DETAIL_PATTERN = /^([^|{}\s]*)\|([\w.`+]*)\|([\s\S]*)$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `Code|Class|Text`, or the JSON variant `{localizedString:{stringId},ClassName,Message}`, or plain text. */
export function parseDetailMessage(message: string): Omit<ServiceErrorDetail, 'target' | 'categoryNumber'> {
  const trimmed = message.trim();
  if (trimmed.startsWith('{')) {
    try {
      const j = JSON.parse(trimmed) as unknown;
      if (isObject(j) && typeof j['Message'] === 'string') {
        const localized = j['localizedString'];
        const code = isObject(localized) && typeof localized['stringId'] === 'string' ? localized['stringId'] : undefined;
        return { code, exceptionClass: typeof j['ClassName'] === 'string' ? j['ClassName'] : undefined, text: j['Message'] };
      }
    } catch {
      // Not JSON after all: the text as it is.
    }
  }
  const m = DETAIL_PATTERN.exec(trimmed);
  if (m) return { code: m[1] || undefined, exceptionClass: m[2] || undefined, text: m[3]!.trim() };
  return { text: trimmed };
}

/** Reads an error body: details[0].message, then innererror.internalexception.message, then error.message. */
export function parseServiceError(json: unknown): ServiceErrorDetail | undefined {
  if (!isObject(json) || !isObject(json['error'])) return undefined;
  const error = json['error'];
  const details = Array.isArray(error['details']) ? error['details'] : [];
  const first = isObject(details[0]) ? details[0] : undefined;
  const target = first && typeof first['target'] === 'string' && first['target'] ? first['target'] : undefined;
  const categoryNumber = first && typeof first['code'] === 'number' ? first['code'] : undefined;
  if (first && typeof first['message'] === 'string' && first['message'].trim()) {
    return { ...parseDetailMessage(first['message']), target, categoryNumber };
  }
  const inner = isObject(error['innererror']) ? error['innererror'] : undefined;
  const internal = inner && isObject(inner['internalexception']) ? inner['internalexception'] : undefined;
  if (internal && typeof internal['message'] === 'string' && internal['message'].trim()) {
    const parsed = parseDetailMessage(internal['message']);
    return { ...parsed, exceptionClass: parsed.exceptionClass ?? (typeof internal['type'] === 'string' ? internal['type'] : undefined), target, categoryNumber };
  }
  if (typeof error['message'] === 'string' && error['message'].trim()) {
    return { text: error['message'].trim(), code: typeof error['code'] === 'string' ? error['code'] : undefined, target, categoryNumber };
  }
  return undefined;
}

// System.Management.Automation.ErrorCategory by value; the three exosh lacks map to their nearest.
const CATEGORY_BY_NUMBER: ErrorCategory[] = [
  'NotSpecified', 'NotSpecified' /* OpenError */, 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData',
  'InvalidOperation', 'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented', 'NotInstalled', 'ObjectNotFound',
  'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied', 'ResourceUnavailable' /* ResourceBusy */,
  'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError', 'FromStdErr', 'SecurityError', 'ProtocolError',
  'ConnectionError', 'AuthenticationError', 'LimitsExceeded', 'QuotaExceeded', 'NotSpecified' /* NotEnabled */,
];

const CATEGORY_BY_CLASS: Record<string, ErrorCategory> = {
  managementobjectnotfoundexception: 'ObjectNotFound',
  managementobjectambiguousexception: 'InvalidArgument',
  parameterbindingexception: 'InvalidArgument',
  parameterbindingvalidationexception: 'InvalidArgument',
  commandnotfoundexception: 'ObjectNotFound',
  overbudgetexception: 'LimitsExceeded',
  adobjectalreadyexistsexception: 'ResourceExists',
  proxyaddressexistsexception: 'ResourceExists',
  recipienttaskexception: 'InvalidOperation',
  cmdletaccessdeniedexception: 'PermissionDenied',
  serverinmmexception: 'ResourceUnavailable',
  dcoverloadedexception: 'ResourceUnavailable',
  storagetransientexception: 'ResourceUnavailable',
};

function shortName(exceptionClass: string): string {
  return exceptionClass.slice(exceptionClass.lastIndexOf('.') + 1);
}

export function categoryOf(status: number, exceptionClass: string | undefined, categoryNumber?: number): ErrorCategory {
  if (categoryNumber !== undefined && CATEGORY_BY_NUMBER[categoryNumber]) return CATEGORY_BY_NUMBER[categoryNumber]!;
  const byClass = exceptionClass ? CATEGORY_BY_CLASS[shortName(exceptionClass).toLowerCase()] : undefined;
  if (byClass) return byClass;
  if (status === 401) return 'AuthenticationError';
  if (status === 403) return 'PermissionDenied';
  if (status === 404) return 'ObjectNotFound';
  if (status === 408) return 'OperationTimeout';
  if (status === 429) return 'LimitsExceeded';
  if (status === 400 || status === 413) return 'InvalidArgument';
  if (status >= 500) return 'ResourceUnavailable';
  return 'NotSpecified';
}

/** .NET's `DateTime.ToString()` in en-US, as the module prints TimeStamp: `8/18/2023 2:00:52 PM`. */
export function moduleTimeStamp(date: Date): string {
  const h = date.getUTCHours();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** `[Server=<first label of the backend>,RequestId=<request-id>,TimeStamp=<Date>]`. */
export function moduleErrorId(facts: ResponseFacts): string {
  const server = facts.backend ? facts.backend.split('.')[0] : '';
  const parsed = facts.date ? new Date(facts.date) : new Date();
  const stamp = moduleTimeStamp(Number.isNaN(parsed.getTime()) ? new Date() : parsed);
  return `[Server=${server},RequestId=${facts.requestId ?? ''},TimeStamp=${stamp}]`;
}

function targetOf(detail: ServiceErrorDetail | undefined, ctx: ErrorContext): unknown {
  return detail?.target ?? ctx.identity ?? null;
}

/**
 * Whether the pipeline goes on after it: a cmdlet's own refusal of one object (4xx with an error
 * body: not found, ambiguous, already exists...) does; authentication, authorisation, throttling
 * that outlasted the retries and server failures end the call.
 */
export function isTerminatingStatus(status: number, hasDetail: boolean): boolean {
  if (!hasDetail) return true;
  return status === 401 || status === 403 || status === 408 || status === 429 || status >= 500;
}

/**
 * A short plain-text error body (the concurrency-limit refusal is one) is worth showing; an HTML
 * page from a gateway is not, and neither is anything that looks like it carries a credential.
 */
export function plainTextDetail(body: string, contentType: string | undefined): ServiceErrorDetail | undefined {
  const text = body.trim();
  if (!text || text.length > 500 || !/^text\/plain/i.test(contentType ?? 'text/plain') || /[<>{}]/.test(text) || /bearer|token|password|secret/i.test(text)) return undefined;
  return { text };
}

/** An HTTP error answer as a RemoteError. `json` is the parsed body, or undefined when it was not JSON. */
export function serviceError(facts: ResponseFacts, json: unknown, ctx: ErrorContext, plain?: ServiceErrorDetail): RemoteError {
  const detail = parseServiceError(json) ?? plain;
  const exceptionClass = detail?.exceptionClass ?? facts.exceptionTypeHeader;
  const text =
    detail?.text ??
    `The server answered ${facts.status} without an error description. A server side error occurred; try again later, and contact support if it persists.`;
  const record = new ErrorRecord(
    text,
    moduleErrorId(facts),
    categoryOf(facts.status, exceptionClass, detail?.categoryNumber),
    targetOf(detail, ctx),
    ctx.cmdletName,
    undefined,
    exceptionClass ?? REST_CLIENT_EXCEPTION,
  );
  return new RemoteError(record, isTerminatingStatus(facts.status, detail !== undefined), facts.status);
}

/** `@adminapi.errors` entries: non-terminating errors inside a 200 (§1.7). */
export function adminApiError(entry: unknown, ctx: ErrorContext): ErrorRecord {
  let detail: Omit<ServiceErrorDetail, 'target' | 'categoryNumber'>;
  let target: unknown = ctx.identity ?? null;
  if (typeof entry === 'string') detail = parseDetailMessage(entry);
  else if (isObject(entry)) {
    const message = entry['message'] ?? entry['Message'] ?? entry['ErrorMessage'];
    detail = parseDetailMessage(typeof message === 'string' ? message : JSON.stringify(entry));
    const t = entry['target'] ?? entry['Target'];
    if (typeof t === 'string' && t) target = t;
  } else detail = { text: String(entry) };
  return new ErrorRecord(detail.text, 'AdminApiError', categoryOf(200, detail.exceptionClass), target, ctx.cmdletName, undefined, detail.exceptionClass ?? REST_CLIENT_EXCEPTION);
}

/** A failure of the connection itself (refused, reset, TLS, timeout): always terminating. */
export function transportError(description: string, ctx: ErrorContext, category: ErrorCategory = 'ConnectionError'): RemoteError {
  const record = new ErrorRecord(description, 'ConnectionFailure', category, ctx.identity ?? null, ctx.cmdletName, undefined, 'System.Net.Http.HttpRequestException');
  return new RemoteError(record, true);
}

/** A 2xx whose body is not JSON (truncated, garbled, an HTML page from a proxy). */
export function invalidJsonError(bytes: number, contentType: string | undefined, facts: ResponseFacts, ctx: ErrorContext): RemoteError {
  const what = contentType ? `${bytes.toLocaleString('en-US')} bytes of ${contentType.split(';')[0]}` : `${bytes.toLocaleString('en-US')} bytes`;
  const record = new ErrorRecord(
    `The server returned a response that is not valid JSON (${what}). The results so far may be incomplete; run the command again.`,
    moduleErrorId(facts),
    'InvalidResult',
    ctx.identity ?? null,
    ctx.cmdletName,
    undefined,
    REST_CLIENT_EXCEPTION,
  );
  return new RemoteError(record, true, facts.status);
}

/** After the last retry (§1.9): the module's wording, then the last failure. */
export function maxRetriesError(last: RemoteError, ctx: ErrorContext): RemoteError {
  const record = new ErrorRecord(
    `Maximum retry count reached. ${last.record.message}`,
    last.record.errorId.startsWith('[') ? last.record.errorId : 'MaxRetryReached',
    'LimitsExceeded',
    last.record.targetObject ?? ctx.identity ?? null,
    ctx.cmdletName,
    undefined,
    last.record.exceptionType,
  );
  return new RemoteError(record, true, last.status);
}

/** The call was stopped (Ctrl+C, Select-Object -First upstream): PowerShell's PipelineStoppedException. */
export function stoppedError(ctx: ErrorContext): RemoteError {
  const record = new ErrorRecord('The pipeline has been stopped.', 'PipelineStopped', 'OperationStopped', null, ctx.cmdletName, undefined, 'System.Management.Automation.PipelineStoppedException');
  return new RemoteError(record, true);
}

/** An @odata.nextLink the token must not follow. */
export function foreignLinkError(where: string, ctx: ErrorContext): RemoteError {
  const record = new ErrorRecord(
    `The service returned a next-page link to ${where}; the listing was stopped rather than send the access token there.`,
    'ForeignNextLink',
    'SecurityError',
    null,
    ctx.cmdletName,
    undefined,
    REST_CLIENT_EXCEPTION,
  );
  return new RemoteError(record, true);
}
