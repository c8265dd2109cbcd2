// Minting tokens: RS256 JWT access and id tokens with the claims Entra puts in Exchange tokens, and
// opaque rotating refresh tokens. Also the revocation registry the verifier consults.
import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { SandboxAccount, SandboxTenant } from '../contracts.js';
import type { SigningKey } from './signing-key.js';

export interface IssuerContext {
  key: SigningKey;
  now: () => number;
  lifetimeSeconds: number;
}

/** `iss` of every token: `https://<host:port>/<tenant id>/v2.0`, the issuer the discovery document names. */
export function issuerFor(origin: string, tenantId: string): string {
  return `${origin}/${tenantId}/v2.0`;
}

export interface UserTokenRequest {
  origin: string;
  tenant: SandboxTenant;
  account: SandboxAccount;
  clientId: string;
  audience: string;
  scp: string[];
  /** Authentication methods used (`pwd`, `mfa`). */
  amr: string[];
  nonce?: string;
}

export interface AppTokenRequest {
  origin: string;
  tenantId: string;
  appId: string;
  objectId: string;
  audience: string;
  roles: string[];
  /** `appidacr`: 1 = client secret, 2 = certificate; managed identities use 2. */
  appIdAcr: '1' | '2';
  /** Extra claims (managed identity: `xms_mirid`). */
  extra?: Record<string, string>;
}

export interface MintedToken {
  token: string;
  uti: string;
  expiresAt: number;
  issuedAt: number;
}

export interface RefreshGrant {
  tenantId: string;
  accountObjectId: string;
  clientId: string;
  /** The scope items the first request named (resource part); OIDC items are requested again each time. */
  resourceScopes: string[];
  amr: string[];
  expiresAt: number;
}

const REFRESH_TOKEN_LIFETIME_SECONDS = 90 * 24 * 3600;

export class TokenIssuer {
  /** Issued, unexpired access tokens per tenant (uti → exp) so revocation can name exactly them. */
  private readonly live = new Map<string, Map<string, number>>();
  private readonly revoked = new Map<string, number>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();
  /** Refresh tokens taken out of circulation, kept so a replay gets its own error, not "malformed". */
  private readonly retired = new Map<string, 'rotated' | 'revoked'>();
  /** Every origin tokens were issued under; the verifier accepts these as issuer hosts. */
  readonly origins = new Set<string>();

  constructor(private readonly ctx: IssuerContext) {}

  private nowSeconds(): number {
    return Math.floor(this.ctx.now() / 1000);
  }

  private async sign(claims: Record<string, unknown>, tenantId: string, lifetimeSeconds?: number): Promise<MintedToken> {
    const issuedAt = this.nowSeconds();
    const expiresAt = issuedAt + (lifetimeSeconds ?? this.ctx.lifetimeSeconds);
    const uti = randomBytes(16).toString('base64url');
    const token = await new SignJWT({ ...claims, uti })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.ctx.key.kid, x5t: this.ctx.key.kid })
      .setIssuedAt(issuedAt)
      .setNotBefore(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.ctx.key.privateKey);
    this.track(tenantId, uti, expiresAt);
    return { token, uti, expiresAt, issuedAt };
  }

  private track(tenantId: string, uti: string, exp: number): void {
    let byTenant = this.live.get(tenantId);
    if (!byTenant) this.live.set(tenantId, (byTenant = new Map()));
    byTenant.set(uti, exp);
    // Prune expired entries now and then so a long-running sandbox does not grow without bound.
    if (byTenant.size % 1024 === 0) {
      const now = this.nowSeconds();
      for (const [k, e] of byTenant) if (e < now) byTenant.delete(k);
    }
  }

  async userAccessToken(r: UserTokenRequest, lifetimeSeconds?: number): Promise<MintedToken> {
    this.origins.add(r.origin);
    const name = r.account.displayName;
    const [given, ...rest] = name.split(' ');
    return this.sign(
      {
        aud: r.audience,
        iss: issuerFor(r.origin, r.tenant.id),
        acr: '1',
        amr: r.amr,
        appid: r.clientId,
        appidacr: '0',
        family_name: rest.join(' ') || undefined,
        given_name: given,
        idtyp: 'user',
        ipaddr: '127.0.0.1',
        name,
        oid: r.account.objectId,
        scp: r.scp.join(' '),
        sub: subjectFor(r.account.objectId, r.clientId),
        tid: r.tenant.id,
        unique_name: r.account.upn,
        upn: r.account.upn,
        ver: '1.0',
      },
      r.tenant.id,
      lifetimeSeconds,
    );
  }

  async appAccessToken(r: AppTokenRequest, lifetimeSeconds?: number): Promise<MintedToken> {
    this.origins.add(r.origin);
    return this.sign(
      {
        aud: r.audience,
        iss: issuerFor(r.origin, r.tenantId),
        appid: r.appId,
        appidacr: r.appIdAcr,
        idtyp: 'app',
        oid: r.objectId,
        roles: r.roles,
        sub: r.objectId,
        tid: r.tenantId,
        ver: '1.0',
        ...r.extra,
      },
      r.tenantId,
      lifetimeSeconds,
    );
  }

  /** OIDC id token (v2.0 shape; audience is the client). Not tracked for revocation: never a bearer. */
  async idToken(r: UserTokenRequest): Promise<string> {
    const issuedAt = this.nowSeconds();
    return new SignJWT({
      aud: r.clientId,
      iss: issuerFor(r.origin, r.tenant.id),
      name: r.account.displayName,
      nonce: r.nonce,
      oid: r.account.objectId,
      preferred_username: r.account.upn,
      sub: subjectFor(r.account.objectId, r.clientId),
      tid: r.tenant.id,
      ver: '2.0',
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.ctx.key.kid })
      .setIssuedAt(issuedAt)
      .setNotBefore(issuedAt)
      .setExpirationTime(issuedAt + Math.max(this.ctx.lifetimeSeconds, 300))
      .sign(this.ctx.key.privateKey);
  }

  newRefreshToken(grant: Omit<RefreshGrant, 'expiresAt'>): string {
    const token = `1.${randomBytes(48).toString('base64url')}`;
    this.refreshTokens.set(token, { ...grant, expiresAt: this.nowSeconds() + REFRESH_TOKEN_LIFETIME_SECONDS });
    return token;
  }

  /** Takes a refresh token out of circulation (rotation): returns its grant, or why it cannot be used. */
  redeemRefreshToken(token: string): RefreshGrant | 'rotated' | 'revoked' | 'unknown' | 'expired' {
    const grant = this.refreshTokens.get(token);
    if (!grant) return this.retired.get(token) ?? 'unknown';
    this.refreshTokens.delete(token);
    if (grant.expiresAt < this.nowSeconds()) return 'expired';
    this.retire(token, 'rotated');
    return grant;
  }

  private retire(token: string, why: 'rotated' | 'revoked'): void {
    this.retired.set(token, why);
    if (this.retired.size > 10_000) this.retired.delete(this.retired.keys().next().value!);
  }

  /** Revokes every access token and refresh token issued for the tenant so far. */
  revokeTenant(tenantId: string): number {
    const live = this.live.get(tenantId);
    let count = 0;
    if (live) {
      for (const [uti, exp] of live) this.revoked.set(uti, exp);
      count = live.size;
      live.clear();
    }
    for (const [token, grant] of this.refreshTokens) {
      if (grant.tenantId === tenantId) {
        this.refreshTokens.delete(token);
        this.retire(token, 'revoked');
        count++;
      }
    }
    return count;
  }

  isRevoked(uti: string | undefined): boolean {
    return uti !== undefined && this.revoked.has(uti);
  }
}

/** Pairwise `sub` as Entra makes it (stable per user and client, not the object id). */
function subjectFor(objectId: string, clientId: string): string {
  return Buffer.from(`${objectId}|${clientId}`).toString('base64url').slice(0, 43);
}

export function newGuid(): string {
  return randomUUID();
}
