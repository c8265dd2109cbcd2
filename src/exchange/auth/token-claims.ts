// Reading a bearer token's claims without verifying it: the service verifies, the shell only needs
// to know whose token it is and when it runs out (Get-ConnectionInformation, refresh timing).
import type { AccessToken } from '../contracts.js';

export interface TokenClaims {
  tid?: string;
  upn?: string;
  unique_name?: string;
  preferred_username?: string;
  appid?: string;
  azp?: string;
  exp?: number;
  iat?: number;
}

/** The payload of a JWT, or undefined when `token` is not one (opaque tokens exist). */
export function decodeClaims(token: string): TokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const payload: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as TokenClaims) : undefined;
  } catch {
    return undefined;
  }
}

/** A token the shell keeps, with when it was obtained (the refresh window is a share of its lifetime). */
export interface HeldToken {
  token: AccessToken;
  obtainedAt: number;
}

/**
 * Builds the AccessToken from the token's own claims; `fallback` fills what a token does not say
 * (msal's expiresOn, the tenant asked for).
 */
export function heldTokenFrom(
  token: string,
  now: number,
  fallback: { expiresOn?: Date; tenantId?: string; userPrincipalName?: string; appId?: string } = {},
): HeldToken {
  const claims = decodeClaims(token) ?? {};
  const expiresOn = typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : (fallback.expiresOn ?? new Date(now + 3600_000));
  const userPrincipalName = claims.upn ?? claims.unique_name ?? fallback.userPrincipalName;
  const appId = claims.appid ?? claims.azp ?? fallback.appId;
  const obtainedAt = typeof claims.iat === 'number' ? Math.min(now, claims.iat * 1000) : now;
  const accessToken: AccessToken = {
    expiresOn,
    tenantId: claims.tid ?? fallback.tenantId ?? '',
    ...(userPrincipalName !== undefined ? { userPrincipalName } : {}),
    ...(appId !== undefined ? { appId } : {}),
  } as AccessToken;
  // Not enumerable: a token object that ends up in output, JSON or a log shows its claims, never the secret.
  Object.defineProperty(accessToken, 'token', { value: token, enumerable: false });
  return { token: accessToken, obtainedAt };
}
