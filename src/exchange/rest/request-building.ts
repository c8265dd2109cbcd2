// URLs and headers of the module's REST calls (rest-protocol.md §1.1, §1.3, §2.2): what every
// request carries besides the token, which exchange-call.ts adds per attempt.
import { readFileSync } from 'node:fs';
import type { RestTarget } from '../contracts.js';
import { ACCEPT_ENCODING } from './response-body.js';

/** The module version the service sees, as ExchangeOnlineManagement 3.7.1 sends it. */
export const CLIENT_MODULE_VERSION = '3.7.1';

let userAgent: string | undefined;

/** `exosh/<version> (Node <version>)`: the service may log it; it names us rather than posing as PowerShell. */
export function exoshUserAgent(): string {
  if (userAgent === undefined) {
    let version = '0.0.0';
    try {
      // src/exchange/rest/ and dist/exchange/rest/ are both three levels below package.json.
      version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? version;
    } catch {
      // A missing package.json (bundled copy) only costs the version number.
    }
    userAgent = `exosh/${version} (ExchangeOnlineManagement-compatible; Node ${process.version})`;
  }
  return userAgent;
}

/** `{connectionUri}/adminapi/beta/{tenant}` */
export function tenantRoot(target: RestTarget): string {
  return `${target.endpoints.connectionUri.replace(/\/+$/, '')}/adminapi/beta/${encodeURIComponent(target.tenant)}`;
}

export function invokeCommandUrl(target: RestTarget, select?: readonly string[]): string {
  const url = `${tenantRoot(target)}/InvokeCommand`;
  return select && select.length > 0 ? `${url}?$select=${select.map(encodeQueryValue).join(',')}` : url;
}

/**
 * `{root}/{path}?{query}`. The path arrives formed (`Mailbox('a2V5')/MailboxStatistics`): only the
 * characters a URL cannot carry are escaped, so OData's `('…')` and `/` stay readable.
 */
export function entitySetUrl(target: RestTarget, path: string, query: Record<string, string>): string {
  const escapedPath = encodeURI(path.replace(/^\/+/, '')).replace(/\?/g, '%3F').replace(/#/g, '%23');
  const q = queryString(query);
  return `${tenantRoot(target)}/${escapedPath}${q ? `?${q}` : ''}`;
}

/** A document under `{connectionUri}/adminapi/` (`v1.0/{tenant}/EXOModuleFile?Version=…`), as given. */
export function adminApiUrl(target: RestTarget, pathAndQuery: string): string {
  return `${target.endpoints.connectionUri.replace(/\/+$/, '')}/adminapi/${pathAndQuery.replace(/^\/+/, '')}`;
}

export function queryString(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k).replace(/%24/g, '$')}=${encodeQueryValue(v)}`)
    .join('&');
}

// Spaces as %20, never '+': OData reads a '+' in a query as a plus sign. Commas stay literal (list options).
function encodeQueryValue(v: string): string {
  return encodeURIComponent(v).replace(/%2C/gi, ',');
}

export interface HeaderOptions {
  /** Absent for entity sets and documents, which are not cmdlet calls. */
  cmdletName?: string;
  /** One per cmdlet call, kept across its retries and pages (§1.3). */
  clientRequestId: string;
  /** `Prefer: odata.maxpagesize=N`; absent for single documents. */
  pageSize?: number;
  warningAction?: string;
  anchorMailbox?: string;
  /** A request with a JSON body. */
  hasBody: boolean;
}

/** The module's headers without Authorization (§1.3, §5). */
export function moduleHeaders(target: RestTarget, o: HeaderOptions): Record<string, string> {
  const h: Record<string, string> = {
    accept: 'application/json',
    'accept-charset': 'UTF-8',
    'accept-encoding': ACCEPT_ENCODING,
    'accept-language': 'en-US',
    'client-request-id': o.clientRequestId,
    'connection-id': target.connectionId,
    'x-anchormailbox': o.anchorMailbox ?? target.anchorMailbox,
    'x-responseformat': 'json',
    'x-serializationlevel': 'Partial',
    'x-clientmoduleversion': CLIENT_MODULE_VERSION,
    'x-clientapplication': 'ExoManagementModule',
    'user-agent': exoshUserAgent(),
  };
  // An anchor computed from a cmdlet parameter is announced as such, as the module does (§1.3).
  if (o.anchorMailbox !== undefined) h['parameter-based-routing'] = 'true';
  if (o.hasBody) h['content-type'] = 'application/json';
  if (o.cmdletName !== undefined) {
    h['x-cmdletname'] = o.cmdletName;
    // The module sends the header even when empty; Ignore travels as SilentlyContinue (§1.3).
    h['warningaction'] = o.warningAction === undefined ? '' : /^ignore$/i.test(o.warningAction) ? 'SilentlyContinue' : o.warningAction;
  }
  if (o.pageSize !== undefined) h['prefer'] = `odata.maxpagesize=${o.pageSize}`;
  return h;
}
