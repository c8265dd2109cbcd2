// The one redirect of a browser sign-in: a tiny HTTP server on 127.0.0.1 that waits for the
// authorization response at http://localhost:<port>/, answers the browser with a short page, and
// closes. It also closes on a timeout or when the caller aborts (Ctrl+C).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RedirectResult =
  | { kind: 'code'; code: string; state: string | null }
  | { kind: 'error'; error: string; description: string };

export interface LoopbackRedirect {
  /** `http://localhost:<port>/`, registered for the module's public client as any loopback URI is. */
  readonly redirectUri: string;
  /** Settles once: the browser came back, the timeout passed, or the signal aborted. */
  readonly result: Promise<RedirectResult>;
  close(): void;
}

export class LoopbackTimeoutError extends Error {}
export class LoopbackAbortedError extends Error {}

const PAGE_DONE = '<!DOCTYPE html><html><head><title>Sign-in complete</title></head><body><p>Authentication complete. You can close this window and return to exosh.</p></body></html>';
const PAGE_FAILED = '<!DOCTYPE html><html><head><title>Sign-in failed</title></head><body><p>The sign-in did not complete. Return to exosh for the details.</p></body></html>';

function answer(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', connection: 'close' });
  res.end(html);
}

export async function openLoopbackRedirect(options: { timeoutMs: number; signal?: AbortSignal }): Promise<LoopbackRedirect> {
  let settle!: (r: RedirectResult) => void;
  let fail!: (e: Error) => void;
  const result = new Promise<RedirectResult>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  let done = false;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (done || req.method !== 'GET' || url.pathname !== '/') {
      // Browsers also ask for /favicon.ico; only the redirect itself counts.
      answer(res, 404, PAGE_FAILED);
      return;
    }
    const code = url.searchParams.get('code');
    const error = url.searchParams.get('error');
    if (!code && !error) {
      answer(res, 400, PAGE_FAILED);
      return;
    }
    done = true;
    answer(res, code ? 200 : 400, code ? PAGE_DONE : PAGE_FAILED);
    finish();
    if (code) settle({ kind: 'code', code, state: url.searchParams.get('state') });
    else settle({ kind: 'error', error: error!, description: url.searchParams.get('error_description') ?? error! });
  });

  const timer = setTimeout(() => {
    finish();
    fail(new LoopbackTimeoutError());
  }, options.timeoutMs);
  timer.unref();
  const onAbort = () => {
    finish();
    fail(new LoopbackAbortedError());
  };

  function finish(): void {
    done = true;
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    server.close();
    server.closeIdleConnections();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });
  const port = (server.address() as AddressInfo).port;
  // Nobody may be listening for a rejection yet; the caller reads `result` after opening the browser.
  result.catch(() => undefined);
  return {
    redirectUri: `http://localhost:${port}/`,
    result,
    close() {
      if (!done) {
        finish();
        fail(new LoopbackAbortedError());
      }
    },
  };
}
