// Grants waiting to be redeemed: authorization codes (one use, PKCE-bound, 10 minutes) and device
// codes (pending until a user approves or declines on /devicelogin, then one use).
import { createHash, randomBytes, randomInt } from 'node:crypto';

export interface AuthorizationCode {
  tenantId: string;
  accountObjectId: string;
  clientId: string;
  redirectUri: string;
  codeChallenge?: string;
  codeChallengeMethod?: 'S256' | 'plain';
  resourceScopes: string[];
  scope: string;
  nonce?: string;
  amr: string[];
  expiresAt: number;
  redeemed: boolean;
}

export type DeviceCodeState = 'pending' | 'approved' | 'declined' | 'redeemed';

export interface DeviceCode {
  deviceCode: string;
  userCode: string;
  /** Tenant the flow was started against, or undefined for common/organizations. */
  tenantId?: string;
  clientId: string;
  scope: string;
  expiresAt: number;
  intervalSeconds: number;
  lastPollAt?: number;
  state: DeviceCodeState;
  accountObjectId?: string;
  amr: string[];
}

const AUTH_CODE_LIFETIME_MS = 10 * 60 * 1000;
// Letters and digits a user cannot confuse when typing the code from another screen.
const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ23456789';

export class PendingGrants {
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly devices = new Map<string, DeviceCode>();
  private readonly byUserCode = new Map<string, string>();

  constructor(private readonly now: () => number) {}

  issueCode(grant: Omit<AuthorizationCode, 'expiresAt' | 'redeemed'>): string {
    this.prune();
    const code = `1.${randomBytes(48).toString('base64url')}`;
    this.codes.set(code, { ...grant, expiresAt: this.now() + AUTH_CODE_LIFETIME_MS, redeemed: false });
    return code;
  }

  /** Marks the code used and returns it; a second redemption sees `redeemed: true`. */
  takeCode(code: string): AuthorizationCode | undefined {
    const grant = this.codes.get(code);
    if (!grant) return undefined;
    const copy = { ...grant };
    grant.redeemed = true;
    return copy;
  }

  startDeviceFlow(d: { tenantId?: string; clientId: string; scope: string; lifetimeSeconds: number; intervalSeconds: number }): DeviceCode {
    this.prune();
    let userCode: string;
    do {
      userCode = Array.from({ length: 9 }, () => USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)]).join('');
    } while (this.byUserCode.has(userCode));
    const entry: DeviceCode = {
      deviceCode: `DAQABAAEAAA${randomBytes(48).toString('base64url')}`,
      userCode,
      tenantId: d.tenantId,
      clientId: d.clientId,
      scope: d.scope,
      expiresAt: this.now() + d.lifetimeSeconds * 1000,
      intervalSeconds: d.intervalSeconds,
      state: 'pending',
      amr: [],
    };
    this.devices.set(entry.deviceCode, entry);
    this.byUserCode.set(userCode, entry.deviceCode);
    return entry;
  }

  device(deviceCode: string): DeviceCode | undefined {
    return this.devices.get(deviceCode);
  }

  deviceByUserCode(userCode: string): DeviceCode | undefined {
    const key = userCode.replace(/[\s-]/g, '').toUpperCase();
    const dc = this.byUserCode.get(key);
    return dc ? this.devices.get(dc) : undefined;
  }

  private prune(): void {
    const now = this.now();
    // Kept an hour past expiry so a late poll still gets expired_token rather than "unknown code".
    for (const [k, v] of this.codes) if (v.expiresAt + 3600_000 < now) this.codes.delete(k);
    for (const [k, v] of this.devices) {
      if (v.expiresAt + 3600_000 < now) {
        this.devices.delete(k);
        this.byUserCode.delete(v.userCode);
      }
    }
  }
}

export function pkceMatches(verifier: string, challenge: string, method: 'S256' | 'plain'): boolean {
  if (method === 'plain') return verifier === challenge;
  return createHash('sha256').update(verifier, 'ascii').digest('base64url') === challenge;
}
