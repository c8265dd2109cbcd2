// The bearer-token check every Exchange request goes through (contracts.ts TokenVerifier).
import { errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import {
  EXCHANGE_RESOURCE_APP_ID,
  TokenRejectedError,
  type Caller,
  type ProtectedResource,
  type TokenVerifier,
} from '../contracts.js';
import { tenantById } from './principals.js';
import { isComplianceResource, isExchangeResource } from './scopes.js';
import type { SigningKey } from './signing-key.js';
import { issuerFor, type TokenIssuer } from './token-issuer.js';

/** Clock skew tolerated on `nbf`/`exp` (the real service allows minutes; tests inject a clock instead). */
export const DEFAULT_CLOCK_SKEW_SECONDS = 30;

/**
 * `WWW-Authenticate` as Exchange Online words it on a 401, pointing at the sandbox's authority
 * instead of login.microsoftonline.com. `error="invalid_token"` only when a token was presented.
 */
export function exchangeChallenge(origin: string, withError: boolean): string {
  const parts = [
    `Bearer client_id="${EXCHANGE_RESOURCE_APP_ID}"`,
    'trusted_issuers="00000001-0000-0000-c000-000000000000@*"',
    'token_types="app_asserted_user_v1 service_asserted_app_v1"',
    `authorization_uri="${origin}/common/oauth2/authorize"`,
  ];
  if (withError) parts.push('error="invalid_token"');
  return parts.join(', ');
}

/**
 * A token issued by this sandbox before a restart on another port (the signing key is kept with
 * --data) names a loopback issuer this run has not used yet; it is still ours.
 */
function isLoopbackIssuer(iss: string, tid: string): boolean {
  try {
    const u = new URL(iss);
    return u.protocol === 'https:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) && u.pathname === `/${tid}/v2.0`;
  } catch {
    return false;
  }
}

export interface VerifierOptions {
  key: SigningKey;
  issuer: TokenIssuer;
  now: () => number;
  baseUrl: () => string;
  clockSkewSeconds?: number;
}

export function createTokenVerifier(opts: VerifierOptions): TokenVerifier {
  const skew = opts.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  const reject = (message: string, withError = true): never => {
    throw new TokenRejectedError(message, exchangeChallenge(opts.baseUrl(), withError));
  };
  return {
    async verify(authorizationHeader: string | undefined, resource: ProtectedResource = 'exchange'): Promise<Caller> {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorizationHeader ?? '');
      if (!match) return reject('The request has no bearer access token in its Authorization header.', false);
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(match[1]!, opts.key.publicKey, {
          algorithms: ['RS256'],
          clockTolerance: skew,
          currentDate: new Date(opts.now()),
        }));
      } catch (err) {
        if (err instanceof joseErrors.JWTExpired) return reject('The access token has expired.');
        if (err instanceof joseErrors.JWTClaimValidationFailed && err.claim === 'nbf') return reject('The access token is not yet valid.');
        if (err instanceof joseErrors.JWSSignatureVerificationFailed) return reject('The access token signature is not valid.');
        return reject('The access token is malformed or not signed by this tenant\'s issuer.');
      }
      // jose checks exp only when present; a token without one would never expire.
      if (typeof payload.exp !== 'number') return reject('The access token has no expiry (exp) claim.');
      const aud = typeof payload.aud === 'string' ? payload.aud : undefined;
      if (resource === 'compliance') {
        if (!aud || !isComplianceResource(aud)) return reject(`The access token's audience '${aud ?? ''}' is not Security & Compliance PowerShell.`);
      } else if (!aud || !isExchangeResource(aud)) {
        return reject(`The access token's audience '${aud ?? ''}' is not Exchange Online.`);
      }
      const tid = typeof payload['tid'] === 'string' ? payload['tid'] : '';
      if (!tenantById(tid)) return reject('The access token was issued for an unknown tenant.');
      const iss = typeof payload.iss === 'string' ? payload.iss : '';
      const issuerOk = [...opts.issuer.origins, opts.baseUrl()].some((o) => issuerFor(o, tid) === iss) || isLoopbackIssuer(iss, tid);
      if (!issuerOk) return reject(`The access token's issuer '${iss}' is not trusted.`);
      const uti = typeof payload['uti'] === 'string' ? payload['uti'] : undefined;
      if (opts.issuer.isRevoked(uti)) return reject('The access token has been revoked.');
      const scp = typeof payload['scp'] === 'string' ? payload['scp'].split(' ').filter(Boolean) : [];
      const roles = Array.isArray(payload['roles']) ? payload['roles'].filter((r): r is string => typeof r === 'string') : [];
      const app = payload['idtyp'] === 'app' || (scp.length === 0 && roles.length > 0);
      const str = (k: string): string => (typeof payload[k] === 'string' ? (payload[k] as string) : '');
      const caller: Caller = {
        kind: app ? 'app' : 'user',
        tenantId: tid,
        objectId: str('oid'),
        appId: str('appid') || str('azp'),
        scopes: scp,
        roles,
        expiresAt: payload.exp,
      };
      if (!app) caller.upn = str('upn') || str('unique_name');
      return caller;
    },
  };
}
