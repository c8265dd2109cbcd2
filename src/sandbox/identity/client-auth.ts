// Authenticating the client application at the token endpoint: public clients send nothing,
// confidential ones a client secret or an RFC 7523 client assertion signed with a certificate
// registered on the app (matched by its `x5t` / `x5t#S256` header, as Entra does).
import { X509Certificate, type KeyObject } from 'node:crypto';
import { compactVerify, decodeProtectedHeader } from 'jose';
import type { SandboxTenant } from '../contracts.js';
import type { AppCertificate } from '../tls/index.js';
import type { CredentialStore } from './credentials.js';
import { E, fail } from './entra-errors.js';
import { findClient, resolveTenantSegment, type ClientApp } from './principals.js';

export const JWT_BEARER_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** Assertions may be this far outside their nbf/exp window (clock skew between machines). */
const ASSERTION_SKEW_SECONDS = 300;

export interface RegisteredCertificate {
  appId: string;
  x5t: string;
  x5tS256: string;
  sha1Hex: string;
  publicKey: KeyObject;
}

export function registerCertificates(certs: readonly AppCertificate[]): RegisteredCertificate[] {
  return certs.map((c) => ({
    appId: c.appId,
    x5t: c.thumbprints.x5t,
    x5tS256: c.thumbprints.x5tS256,
    sha1Hex: c.thumbprints.sha1Hex,
    publicKey: new X509Certificate(c.certPem).publicKey,
  }));
}

export interface AuthenticatedClient {
  client: ClientApp;
  /** How it proved itself: 'none' (public client), 'secret' or 'certificate'. */
  credential: 'none' | 'secret' | 'certificate';
}

export interface ClientAuthContext {
  credentials: CredentialStore;
  certificates: readonly RegisteredCertificate[];
  now: () => number;
  /** Origins the token endpoint is reachable at (assertion `aud` must name one of them). */
  origins: () => Iterable<string>;
}

export async function authenticateClient(
  form: Map<string, string>,
  tenant: SandboxTenant | undefined,
  tenantName: string,
  ctx: ClientAuthContext,
  opts: { requireConfidential?: boolean } = {},
): Promise<AuthenticatedClient> {
  const clientId = form.get('client_id');
  if (!clientId) fail(E.missingParameter('client_id'));
  const client = findClient(clientId, tenant);
  if (!client) fail(E.appNotFound(clientId, tenantName));
  const secret = form.get('client_secret');
  const assertion = form.get('client_assertion');
  if (client.kind === 'public') {
    if (secret || assertion) fail(E.publicClientSecret());
    if (opts.requireConfidential) fail(E.credentialRequired());
    return { client, credential: 'none' };
  }
  if (secret !== undefined) {
    if (!ctx.credentials.secretMatches(client.app.appId, secret)) fail(E.badSecret(client.app.appId));
    return { client, credential: 'secret' };
  }
  if (assertion !== undefined) {
    if (form.get('client_assertion_type') !== JWT_BEARER_ASSERTION_TYPE) fail(E.assertionType());
    await verifyAssertion(assertion, client.app.appId, tenant, ctx);
    return { client, credential: 'certificate' };
  }
  return fail(E.credentialRequired());
}

async function verifyAssertion(assertion: string, appId: string, tenant: SandboxTenant | undefined, ctx: ClientAuthContext): Promise<void> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(assertion);
  } catch {
    return fail(E.assertionMalformed());
  }
  const x5tS256 = typeof header['x5t#S256'] === 'string' ? header['x5t#S256'] : undefined;
  const x5t = typeof header.x5t === 'string' ? header.x5t : undefined;
  if (!x5tS256 && !x5t) return fail(E.assertionMalformed());
  const cert = ctx.certificates.find((c) => c.appId === appId && (x5tS256 ? c.x5tS256 === x5tS256 : c.x5t === x5t));
  if (!cert) {
    const shown = Buffer.from((x5tS256 ?? x5t)!, 'base64url').toString('hex').toUpperCase();
    return fail(E.assertionKeyNotFound(shown, appId));
  }
  if (header.alg !== 'RS256' && header.alg !== 'PS256') return fail(E.assertionMalformed());
  let claims: Record<string, unknown>;
  try {
    const { payload } = await compactVerify(assertion, cert.publicKey, { algorithms: ['RS256', 'PS256'] });
    claims = JSON.parse(Buffer.from(payload).toString('utf8')) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof SyntaxError) return fail(E.assertionMalformed());
    return fail(E.assertionBadSignature(appId));
  }
  if (typeof claims !== 'object' || claims === null) return fail(E.assertionMalformed());
  if (claims['iss'] !== appId || claims['sub'] !== appId) return fail(E.assertionSubject());
  const auds = Array.isArray(claims['aud']) ? claims['aud'] : [claims['aud']];
  if (!auds.some((a) => typeof a === 'string' && audienceNamesTokenEndpoint(a, tenant, ctx.origins()))) return fail(E.assertionAudience());
  const now = ctx.now();
  const nowSec = Math.floor(now / 1000);
  const exp = typeof claims['exp'] === 'number' ? claims['exp'] : undefined;
  const nbf = typeof claims['nbf'] === 'number' ? claims['nbf'] : undefined;
  if (exp === undefined || exp + ASSERTION_SKEW_SECONDS < nowSec || (nbf !== undefined && nbf - ASSERTION_SKEW_SECONDS > nowSec)) {
    return fail(E.assertionTime(now, nbf, exp));
  }
}

/** `aud` must be this tenant's token endpoint (v2.0 or v1 path, by tenant id or any domain). */
function audienceNamesTokenEndpoint(aud: string, tenant: SandboxTenant | undefined, origins: Iterable<string>): boolean {
  let url: URL;
  try {
    url = new URL(aud);
  } catch {
    return false;
  }
  if (![...origins].includes(url.origin)) return false;
  const m = /^\/([^/]+)\/oauth2\/(?:v2\.0\/)?token\/?$/.exec(url.pathname);
  if (!m) return false;
  try {
    const seg = resolveTenantSegment(decodeURIComponent(m[1]!));
    return seg.kind === 'tenant' ? seg.tenant.id === tenant?.id : tenant === undefined;
  } catch {
    return false;
  }
}
