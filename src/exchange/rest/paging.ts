// The page loops (rest-protocol.md §1.6, §2.2): InvokeCommand POSTs the same body to each
// @odata.nextLink, entity sets GET it; both stop at the ResultSize, fetch one page at a time and
// keep nothing from one page to the next.
import { randomUUID } from 'node:crypto';
import type { EntitySetRequest, InvokeCommandRequest, RemotePage, RestTarget } from '../contracts.js';
import { callService, type CallSpec } from './exchange-call.js';
import { foreignLinkError, type ErrorContext } from './error-mapping.js';
import { isResultSizeWarning, readPage } from './page-reading.js';
import { entitySetUrl, invokeCommandUrl, moduleHeaders } from './request-building.js';
import type { RetryPolicy } from './retry-policy.js';

interface PageLoop {
  target: RestTarget;
  policy: RetryPolicy;
  /** For progress and errors: the cmdlet, or the entity set's path. */
  label: string;
  context: ErrorContext;
  firstUrl: string;
  method: 'GET' | 'POST';
  body?: string;
  idempotent: boolean;
  resultSize: number | 'Unlimited' | undefined;
  headersFor(pageSize: number): Record<string, string>;
}

function clampPageSize(n: number): number {
  return Number.isFinite(n) ? Math.min(1000, Math.max(1, Math.floor(n))) : 1000;
}

/**
 * The next link as the service gave it (relative ones resolved against the page they came from).
 * It must stay on the connection's origin: the bearer token goes with it.
 */
function followableLink(link: string, current: string, target: RestTarget, ctx: ErrorContext): string {
  let next: URL;
  try {
    next = new URL(link, current);
  } catch {
    throw foreignLinkError('an address that is not a URL', ctx);
  }
  if (next.origin !== new URL(target.endpoints.connectionUri).origin) throw foreignLinkError(`another host (${next.host})`, ctx);
  return URL.canParse(link) ? link : next.toString();
}

async function* pageLoop(loop: PageLoop, signal: AbortSignal): AsyncGenerator<RemotePage, void, undefined> {
  const { target, policy, context } = loop;
  const defaultPageSize = clampPageSize(target.pageSize);
  // Absent ResultSize: no client cap; the service applies its default and says so in a warning.
  let remaining = typeof loop.resultSize === 'number' ? Math.max(0, Math.floor(loop.resultSize)) : undefined;
  const started = policy.now();
  let objects = 0;
  let pages = 0;
  let heldWarning: string | undefined;
  const progress = (done: boolean) =>
    target.onProgress?.({ cmdletName: loop.label, tenant: target.tenantLabel, objects, pages, elapsedMs: Math.max(0, policy.now() - started), done });
  try {
    let url: string | undefined = loop.firstUrl;
    while (url !== undefined) {
      if (remaining === 0) return;
      const pageSize = remaining === undefined ? defaultPageSize : Math.min(remaining, defaultPageSize);
      const spec: CallSpec = { method: loop.method, url, headers: loop.headersFor(pageSize), body: loop.body, idempotent: loop.idempotent, signal, context };
      const { json } = await callService(target, spec, policy);
      const { page, nextLink } = readPage(json, context);
      const received = page.items.length;
      if (remaining !== undefined && received > remaining) page.items.length = remaining;
      const more = nextLink !== undefined && (remaining === undefined || (received >= pageSize && remaining - received > 0));
      if (remaining !== undefined) remaining = Math.max(0, remaining - received);
      // The ResultSize warning shows once, with the last page fetched.
      const sizeWarning = page.warnings.find(isResultSizeWarning);
      if (sizeWarning !== undefined) {
        heldWarning = sizeWarning;
        page.warnings = page.warnings.filter((w) => !isResultSizeWarning(w));
      }
      if (!more && heldWarning !== undefined) page.warnings.push(heldWarning);
      objects += page.items.length;
      pages++;
      progress(false);
      const current: string = url;
      yield page;
      // Checked after the page is handed on: its objects are good even if the link is not.
      url = more ? followableLink(nextLink!, current, target, context) : undefined;
    }
  } finally {
    progress(true);
  }
}

export function invokeCommandPages(target: RestTarget, request: InvokeCommandRequest, policy: RetryPolicy, signal: AbortSignal): AsyncGenerator<RemotePage, void, undefined> {
  const clientRequestId = randomUUID();
  const identity = request.parameters['Identity'];
  const body = JSON.stringify({ CmdletInput: { CmdletName: request.cmdletName, Parameters: request.parameters } });
  return pageLoop(
    {
      target,
      policy,
      label: request.cmdletName,
      context: { cmdletName: request.cmdletName, identity: identity ?? undefined },
      firstUrl: invokeCommandUrl(target, request.select),
      method: 'POST',
      body,
      idempotent: request.idempotent,
      resultSize: request.resultSize,
      headersFor: (pageSize) =>
        moduleHeaders(target, {
          cmdletName: request.cmdletName,
          clientRequestId,
          pageSize,
          warningAction: request.warningAction,
          anchorMailbox: request.anchorMailbox,
          hasBody: true,
        }),
    },
    signal,
  );
}

/**
 * The Get-EXO* cmdlet an entity-set path stands for, for progress and error records: the nine
 * sets are named after their cmdlets (`Mailbox('…')/MailboxStatistics` → Get-EXOMailboxStatistics).
 */
export function entitySetCmdlet(path: string): string {
  const segments = path.split('?')[0]!.split('/').filter(Boolean);
  const last = (segments.at(-1) ?? path).replace(/\(.*$/, '');
  return `Get-EXO${last}`;
}

export function entitySetPages(target: RestTarget, request: EntitySetRequest, policy: RetryPolicy, signal: AbortSignal): AsyncGenerator<RemotePage, void, undefined> {
  const clientRequestId = randomUUID();
  const defaultPageSize = clampPageSize(target.pageSize);
  const first = typeof request.resultSize === 'number' ? Math.max(1, Math.min(request.resultSize, defaultPageSize)) : defaultPageSize;
  const query = '$top' in request.query ? request.query : { ...request.query, $top: String(first) };
  const label = entitySetCmdlet(request.path);
  return pageLoop(
    {
      target,
      policy,
      label,
      context: { cmdletName: label },
      firstUrl: entitySetUrl(target, request.path, query),
      method: 'GET',
      idempotent: true,
      resultSize: request.resultSize,
      headersFor: (pageSize) => moduleHeaders(target, { clientRequestId, pageSize, hasBody: false }),
    },
    signal,
  );
}
