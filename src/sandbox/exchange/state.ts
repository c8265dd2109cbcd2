// What the Exchange service's endpoints share for the life of a server: dependencies, held result
// snapshots, per-tenant write serialisation and the rate-limit counters shown in response headers.
import type { ExchangeStore, TenantStore, TokenVerifier } from '../contracts.js';
import { SnapshotRegistry } from './paging.js';

export interface ExchangeServiceDeps {
  store: ExchangeStore;
  verifier: TokenVerifier;
  baseUrl: () => string;
}

export interface ServiceState {
  deps: ExchangeServiceDeps;
  snapshots: SnapshotRegistry;
  now: () => Date;
  mutate<T>(tenant: TenantStore, fn: () => Promise<T>): Promise<T>;
  rateLimit(tenantId: string, caller: string): { limit: number; remaining: number; reset: string };
}

const RATE_LIMIT = 30000;
const RATE_WINDOW_MS = 60 * 60_000;

export function createState(deps: ExchangeServiceDeps): ServiceState {
  const locks = new Map<string, Promise<unknown>>();
  const counters = new Map<string, { windowStart: number; used: number }>();
  return {
    deps,
    snapshots: new SnapshotRegistry(),
    now: () => new Date(),
    // Writes to one tenant run one at a time, so a read-modify-write (EmailAddresses @{Add=...})
    // never loses a concurrent change; reads never wait.
    mutate<T>(tenant: TenantStore, fn: () => Promise<T>): Promise<T> {
      const key = tenant.tenant.id;
      const previous = locks.get(key) ?? Promise.resolve();
      const run = previous.then(fn, fn);
      const settled = run.then(() => undefined, () => undefined);
      locks.set(key, settled);
      void settled.then(() => {
        if (locks.get(key) === settled) locks.delete(key);
      });
      return run;
    },
    rateLimit(tenantId, caller) {
      const key = `${tenantId}|${caller}`;
      const now = Date.now();
      let c = counters.get(key);
      if (!c || now - c.windowStart >= RATE_WINDOW_MS) {
        c = { windowStart: now, used: 0 };
        counters.set(key, c);
      }
      c.used++;
      return { limit: RATE_LIMIT, remaining: Math.max(0, RATE_LIMIT - c.used), reset: new Date(c.windowStart + RATE_WINDOW_MS).toISOString() };
    },
  };
}
