// HTTPS for sign-in and REST: one pooled keep-alive undici Agent per origin, trusting the system's
// CAs plus an extra PEM (the sandbox's CA, from --ca-file or the started sandbox). Verification is
// never turned off; a server whose certificate does not chain to a trusted CA fails the request.
import { rootCertificates } from 'node:tls';
import { Agent, type Dispatcher } from 'undici';
import type { HttpTransport } from './contracts.js';

export interface HttpTransportOptions {
  /** PEM text of CA certificates to trust in addition to Node's bundled roots. */
  extraCaPem?: string;
  /** Idle keep-alive time; the sandbox keeps sockets 65 s, Exchange Online about as long. */
  keepAliveTimeoutMs?: number;
  /** Per-request header/body timeouts (the module's own HTTP timeout is 16 minutes). */
  timeoutMs?: number;
}

export function createHttpTransport(options: HttpTransportOptions = {}): HttpTransport {
  const agents = new Map<string, Agent>();
  const ca = options.extraCaPem ? [...rootCertificates, options.extraCaPem] : undefined;
  const timeout = options.timeoutMs ?? 960_000;
  return {
    dispatcherFor(url: string): Dispatcher {
      const origin = new URL(url).origin;
      let agent = agents.get(origin);
      if (!agent) {
        agent = new Agent({
          connect: ca ? { ca } : {},
          keepAliveTimeout: options.keepAliveTimeoutMs ?? 60_000,
          headersTimeout: timeout,
          bodyTimeout: timeout,
          // Pages of a listing go one after another; concurrency comes from Invoke-Tenant, one origin per tenant host.
          connections: 16,
        });
        agents.set(origin, agent);
      }
      return agent;
    },
    async close(): Promise<void> {
      const all = [...agents.values()];
      agents.clear();
      await Promise.all(all.map((a) => a.close().catch(() => undefined)));
    },
  };
}
