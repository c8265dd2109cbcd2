// The REST invoker: every call exosh makes to Exchange Online's admin API (InvokeCommand, the
// Get-EXO* entity sets, module documents), on undici through the connection's transport.
import { randomUUID } from 'node:crypto';
import type { EntitySetRequest, InvokeCommandRequest, RemotePage, RestInvoker, RestTarget } from '../contracts.js';
import { callService } from './exchange-call.js';
import { entitySetPages, invokeCommandPages } from './paging.js';
import { adminApiUrl, moduleHeaders } from './request-building.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
import { stoppablePages } from './stoppable-pages.js';

export { createFileRequestLog, type RequestLogLevel } from './file-request-log.js';
export type { RetryPolicy } from './retry-policy.js';

export interface RestInvokerOptions {
  /** Retry count, back-off base, total time, and the clock/sleep/random tests replace. */
  retry?: Partial<RetryPolicy>;
}

export function createRestInvoker(options: RestInvokerOptions = {}): RestInvoker {
  const policy = defaultRetryPolicy(options.retry);
  return {
    invokeCommand(target: RestTarget, request: InvokeCommandRequest): AsyncIterable<RemotePage> {
      return stoppablePages(request.signal, { cmdletName: request.cmdletName }, (signal) => invokeCommandPages(target, request, policy, signal));
    },
    getEntitySet(target: RestTarget, request: EntitySetRequest): AsyncIterable<RemotePage> {
      return stoppablePages(request.signal, {}, (signal) => entitySetPages(target, request, policy, signal));
    },
    async getJson(target: RestTarget, pathAndQuery: string, signal: AbortSignal, headers: Record<string, string> = {}): Promise<unknown> {
      const base = moduleHeaders(target, { clientRequestId: randomUUID(), hasBody: false });
      for (const [k, v] of Object.entries(headers)) {
        // Authorization is the invoker's alone: a caller's value would bypass the token rules.
        if (k.toLowerCase() !== 'authorization') base[k.toLowerCase()] = v;
      }
      const url = adminApiUrl(target, pathAndQuery);
      const { json } = await callService(target, { method: 'GET', url, headers: base, idempotent: true, signal, context: {} }, policy);
      return json;
    },
  };
}
