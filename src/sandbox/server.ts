// The sandbox's HTTPS server: loopback only unless told otherwise, routes each request to the first
// handler that takes it (admin → Exchange under its faults → identity), logs it, answers unknown
// paths with a JSON 404, and closes cleanly (keep-alive sockets included).
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { RequestNotes, SandboxRequestHandler } from './contracts.js';
import { findTenant } from './directory.js';
import type { FaultInjector, FaultOutcome } from './faults.js';
import { sendJson } from './identity/http-io.js';
import type { RequestLog } from './request-log.js';

// Idle keep-alive limit: longer than the pools of common HTTP clients, so the client closes first.
const KEEP_ALIVE_MS = 65_000;

export const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** Logged for a request whose client went away before the answer was complete (nginx's "client closed request"). */
export const ABORTED_STATUS = 499;

export class SandboxListenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SandboxListenError';
  }
}

export interface SandboxServerOptions {
  certPem: string;
  keyPem: string;
  host?: string;
  port?: number;
  allowRemote?: boolean;
  /**
   * Host names (or IP addresses) clients may name in `Host` besides the loopback names: the
   * listening host and the names the server certificate covers. The identity provider builds token
   * issuers from `Host`, so any other name is refused (421) rather than trusted.
   */
  hostNames?: readonly string[];
  admin: SandboxRequestHandler;
  identity: SandboxRequestHandler;
  /** Everything under /adminapi/ (absent until the Exchange service is wired). */
  exchange?: SandboxRequestHandler;
  /** Everything under /compliance/adminapi/ (Security & Compliance; absent without Exchange). */
  compliance?: SandboxRequestHandler;
  faults: FaultInjector;
  log: RequestLog;
  /** Unexpected handler errors are reported here (message and stack only; never request data). */
  onError?: (err: unknown) => void;
}

export interface SandboxServer {
  /** `https://127.0.0.1:<port>` (or the host given), known once listen() resolves. */
  url: string;
  port: number;
  listen(): Promise<void>;
  close(): Promise<void>;
}

export function checkListenHost(host: string, allowRemote: boolean): void {
  if (!LOOPBACK_HOSTS.has(host) && !allowRemote) {
    throw new SandboxListenError(
      `Refusing to listen on '${host}': the sandbox serves the loopback interface only (127.0.0.1, ::1, localhost). Pass --allow-remote to serve other addresses.`,
    );
  }
}

/** `[/compliance]/adminapi/{version}/{tenant}/...` → the tenant segment as written (id or domain). */
function tenantOfPath(path: string): string | undefined {
  const segment = path.split('/')[path.startsWith('/compliance/') ? 4 : 3];
  if (!segment) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** `Host` names a name this server answers for, with its port (443 when left out). */
export function hostHeaderAllowed(header: string | undefined, names: ReadonlySet<string>, port: number): boolean {
  const m = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(header ?? '');
  if (!m) return false;
  const name = m[1]!.toLowerCase().replace(/\.$/, '');
  return (m[2] === undefined ? 443 : Number(m[2])) === port && names.has(name);
}

function hostNameSet(listenHost: string, extra: readonly string[]): Set<string> {
  const bracket = (n: string) => (n.includes(':') && !n.startsWith('[') ? `[${n}]` : n).toLowerCase();
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  if (listenHost !== '0.0.0.0' && listenHost !== '::') names.add(bracket(listenHost));
  for (const n of extra) names.add(bracket(n));
  return names;
}

function baseUrlFor(host: string, port: number): string {
  if (host === '::1') return `https://[::1]:${port}`;
  // A wildcard address is not something a client can dial; loopback is where this machine finds it.
  if (host === '0.0.0.0' || host === '::') return `https://127.0.0.1:${port}`;
  return `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export function createSandboxServer(opts: SandboxServerOptions): SandboxServer {
  const host = opts.host ?? '127.0.0.1';
  checkListenHost(host, opts.allowRemote ?? false);
  const sockets = new Set<Socket>();
  const state = { url: '', port: 0 };
  const hostNames = hostNameSet(host, opts.hostNames ?? []);

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL, notes: RequestNotes): Promise<FaultOutcome> => {
    if (await opts.admin(req, res, url, notes)) return undefined;
    const service = url.pathname.startsWith('/adminapi/') ? opts.exchange : url.pathname.startsWith('/compliance/adminapi/') ? opts.compliance : undefined;
    if (service) {
      const tenant = findTenant(tenantOfPath(url.pathname) ?? '');
      const { handled, fault } = await opts.faults.run(req, res, tenant, () => service(req, res, url, notes));
      if (handled) return fault;
    } else if (url.pathname.startsWith('/adminapi/') || url.pathname.startsWith('/compliance/')) {
      // No Exchange service (identity-only sandbox): fall through to the 404.
    } else if (await opts.identity(req, res, url, notes)) {
      return undefined;
    }
    sendJson(res, 404, { error: { code: 'NotFound', message: `No sandbox endpoint answers ${req.method ?? 'GET'} ${url.pathname}.` } });
    return undefined;
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const startedAt = Date.now();
    const notes: RequestNotes = {};
    const rawUrl = req.url ?? '/';
    let path = rawUrl.split('?')[0] ?? '/';
    let fault: FaultOutcome;
    let logged = false;
    const log = () => {
      if (logged || path.startsWith('/_sandbox')) return;
      logged = true;
      // A request refused before its handler named the tenant still shows the tenant of its path.
      if (!notes.tenant && (path.startsWith('/adminapi/') || path.startsWith('/compliance/adminapi/'))) notes.tenant = tenantOfPath(path);
      // Handlers name the tenant by id or key; the log always shows the key (contoso, fabrikam...).
      if (notes.tenant) notes.tenant = findTenant(notes.tenant)?.key ?? notes.tenant;
      // 'close' before 'finish': the client went away before the whole answer was written.
      const aborted = !res.writableFinished;
      opts.log.add({ method: req.method ?? 'GET', path, notes, status: aborted ? ABORTED_STATUS : res.statusCode, aborted, startedAt, endedAt: Date.now(), fault });
    };
    res.on('finish', log);
    res.on('close', log);
    if (!hostHeaderAllowed(req.headers.host, hostNames, state.port)) {
      const shown = (req.headers.host ?? '').replace(/[^\x20-\x7e]/g, '?').slice(0, 100);
      sendJson(res, 421, {
        error: {
          code: 'MisdirectedRequest',
          message: `This sandbox does not answer for the host '${shown}'. Use ${state.url} or another name its certificate covers, with port ${state.port}.`,
        },
      });
      return;
    }
    if (!rawUrl.startsWith('/')) {
      sendJson(res, 400, { error: { code: 'BadRequest', message: 'The request target must be an absolute path.' } });
      return;
    }
    let url: URL;
    try {
      url = new URL(`https://sandbox.invalid${rawUrl}`);
      path = url.pathname;
    } catch {
      sendJson(res, 400, { error: { code: 'BadRequest', message: 'The request URL is not valid.' } });
      return;
    }
    route(req, res, url, notes).then(
      (f) => {
        fault = f;
      },
      (err: unknown) => {
        opts.onError?.(err);
        if (!res.headersSent) {
          sendJson(res, 500, { error: { code: 'InternalServerError', message: 'The sandbox hit an unexpected error while handling this request.' } });
        } else {
          res.destroy();
        }
      },
    );
  };

  let server: Server | undefined;

  return {
    get url() {
      return state.url;
    },
    get port() {
      return state.port;
    },
    listen() {
      return new Promise<void>((resolve, reject) => {
        server = createServer({ cert: opts.certPem, key: opts.keyPem }, onRequest);
        // Paging clients reuse one socket across slow pages (100,000 mailboxes): Node's 5 s idle
        // limit reset them mid-run (ECONNRESET). headersTimeout must exceed the idle limit.
        // close() destroys every socket, so a long idle limit never delays a stop.
        server.keepAliveTimeout = KEEP_ALIVE_MS;
        server.headersTimeout = KEEP_ALIVE_MS + 1_000;
        server.on('connection', (socket: Socket) => {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
        });
        server.on('clientError', (_err, socket) => {
          if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
          else socket.destroy();
        });
        server.on('tlsClientError', () => {
          // A client that does not trust our CA hangs up during the handshake: nothing to answer.
        });
        server.once('error', reject);
        server.listen(opts.port ?? 0, host, () => {
          server!.off('error', reject);
          const address = server!.address();
          state.port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
          state.url = baseUrlFor(host, state.port);
          resolve();
        });
      });
    },
    close() {
      return new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
        sockets.clear();
      });
    },
  };
}
