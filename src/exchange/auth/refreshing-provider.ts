// The TokenProvider every sign-in method returns: one token in memory, renewed ahead of expiry and
// on demand, one renewal at a time however many callers wait for it.
import type { AccessToken, SignInMethod, TokenProvider, TokenStatus } from '../contracts.js';
import { signInError } from './sign-in-errors.js';
import type { HeldToken } from './token-claims.js';
import { untilAborted } from './until-aborted.js';

/** Renew this long before expiry, as the module does... */
export const REFRESH_AHEAD_MS = 5 * 60_000;

/**
 * ...but never more than half a token's lifetime ahead: a sandbox issuing 2-minute tokens would
 * otherwise have every call renew.
 */
export function refreshAheadMs(held: HeldToken): number {
  const lifetime = held.token.expiresOn.getTime() - held.obtainedAt;
  return Math.min(REFRESH_AHEAD_MS, Math.max(0, lifetime / 2));
}

/** How long calls keep using a still-valid token after a renewal ahead of expiry failed. */
export const RETRY_AFTER_FAILURE_MS = 30_000;

export type Renewal =
  | { kind: 'renewable'; renew: () => Promise<HeldToken> }
  /** A token the user passed: never renewed; `explain` says what to do once it is no good. */
  | { kind: 'fixed'; expired: () => string; refused: () => string };

export interface ProviderOptions {
  now?: () => number;
}

export function createRefreshingProvider(
  method: SignInMethod['kind'],
  first: HeldToken,
  renewal: Renewal,
  options: ProviderOptions & { onDispose?: () => void } = {},
): TokenProvider {
  const now = options.now ?? Date.now;
  let held: HeldToken | undefined = first;
  let inFlight: Promise<HeldToken> | undefined;
  let lastRefreshFailed = false;
  let lastFailureAt = 0;
  let disposed = false;

  const expired = (h: HeldToken) => now() >= h.token.expiresOn.getTime();
  const dueForRenewal = (h: HeldToken) => now() >= h.token.expiresOn.getTime() - refreshAheadMs(h);

  function renewShared(renew: () => Promise<HeldToken>): Promise<HeldToken> {
    if (!inFlight) {
      // The shared renewal is not tied to any one caller's signal: one caller pressing Ctrl+C must
      // not fail the others waiting on it.
      inFlight = renew()
        .then((fresh) => {
          if (!disposed) held = fresh;
          lastRefreshFailed = false;
          return fresh;
        })
        .catch((err: unknown) => {
          lastRefreshFailed = true;
          lastFailureAt = now();
          throw err;
        })
        .finally(() => {
          inFlight = undefined;
        });
    }
    return inFlight;
  }

  async function getToken(opts: { forceRefresh?: boolean; signal?: AbortSignal } = {}): Promise<AccessToken> {
    if (disposed || !held) throw signInError('This connection was closed. Run Connect-ExchangeOnline to connect again.', { category: 'InvalidOperation' });
    const current = held;
    if (renewal.kind === 'fixed') {
      if (expired(current)) throw signInError(renewal.expired());
      if (opts.forceRefresh) throw signInError(renewal.refused());
      return current.token;
    }
    if (!opts.forceRefresh && !dueForRenewal(current)) return current.token;
    // After a failed renewal, calls the current token still covers do not each knock on the token
    // endpoint again; they retry once RETRY_AFTER_FAILURE_MS has passed.
    if (!opts.forceRefresh && lastRefreshFailed && !expired(current) && now() - lastFailureAt < RETRY_AFTER_FAILURE_MS) return current.token;
    try {
      return (await untilAborted(renewShared(renewal.renew), opts.signal)).token;
    } catch (err) {
      // A renewal ahead of expiry that fails (a network blip) must not fail a call the current
      // token still covers; the status shows RefreshFailed and the next call tries again.
      if (!opts.forceRefresh && !expired(current) && !opts.signal?.aborted) return current.token;
      throw err;
    }
  }

  return {
    method,
    getToken,
    get current() {
      return held?.token;
    },
    get status(): TokenStatus {
      if (disposed || !held || expired(held)) return 'Expired';
      if (lastRefreshFailed) return 'RefreshFailed';
      return dueForRenewal(held) ? 'Expiring' : 'Active';
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      held = undefined;
      options.onDispose?.();
    },
  };
}
