// startSandbox: the whole sandbox in-process — TLS material, identity provider, tenant store,
// Exchange service, faults, request log and the HTTPS server — for tests, `exosh --sandbox` and
// `exosh sandbox serve`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createAdminHandler } from './admin.js';
import type { SandboxAccount, SandboxApp, SandboxRequestHandler, SandboxTenant } from './contracts.js';
import { createComplianceService } from './compliance/service.js';
import { createExchangeService } from './exchange/service.js';
import { prepareStore, type SandboxExchangeStore, type StoreDescription } from './store/index.js';
import { ACCOUNTS, APPS, TENANTS } from './directory.js';
import { FaultConfigError, FaultInjector, parseFaultsConfig, type TenantFaults } from './faults.js';
import { createIdentityProvider, MANAGED_IDENTITIES, type IdentityProvider, type ManagedIdentity } from './identity/index.js';
import { RequestLog } from './request-log.js';
import { createSandboxServer, checkListenHost } from './server.js';
import { PRIVATE_FILE_MODE, readAllOrNone, writeFileAtomic } from './tls/files.js';
import { ensureAppCertificates, ensureServerTls, SANDBOX_PFX_PASSWORD, type AppCertificate } from './tls/index.js';
import type { ServerNames } from './tls/certificates.js';

export { SANDBOX_PASSWORD, SANDBOX_MFA_CODE } from './directory.js';
export { SANDBOX_PFX_PASSWORD } from './tls/index.js';

export interface StartSandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Listening address, 127.0.0.1 by default; anything not loopback needs allowRemote. */
  host?: string;
  allowRemote?: boolean;
  /** Keeps CA, keys and tenant data here across restarts; a temporary folder otherwise. */
  dataDir?: string;
  /** Restore the seeded tenant data (certificates and keys are kept). */
  reset?: boolean;
  seed?: number;
  mailboxes?: number;
  /** Access-token lifetime: seconds, or a duration such as '60m', '90s', '1h' (default 60m). */
  tokenLifetime?: number | string;
  /** Path of a faults JSON file, or the parsed configuration (see docs/sandbox.md). */
  faults?: string | Record<string, unknown>;
  /** No diagnostics on stderr (unexpected handler errors). */
  quiet?: boolean;
  /** false: identity provider only, no tenant store or Exchange service (fast start for identity tests). */
  exchange?: boolean;
  /**
   * Listen (and resolve) as soon as keys and certificates are ready, while the tenant data is still
   * being generated: sign-ins are answered at once, Exchange requests wait for the store
   * (`exosh sandbox serve` does this, so `exosh --sandbox` signs in while the mailboxes are made).
   */
  listenBeforeStore?: boolean;
  /** Test hook: the tenant data starts being generated only once this settles. */
  holdStore?: Promise<void>;
  /** Test hooks for the identity provider. */
  identity?: {
    now?: () => number;
    deviceCodeLifetimeSeconds?: number;
    deviceCodeIntervalSeconds?: number;
    clockSkewSeconds?: number;
  };
}

export interface SandboxAppInfo {
  tenantId: string;
  tenantKey: string;
  appId: string;
  displayName: string;
  appRoles: string[];
  certificatePath: string;
  privateKeyPath: string;
  pfxPath: string;
  pfxPassword: string;
  thumbprintSha1: string;
  thumbprintSha256: string;
  /** Documented sandbox secret for the client-secret grant. */
  clientSecret?: string;
}

export interface RunningSandbox {
  url: string;
  caCertPem: string;
  caCertPath: string;
  adminKey: string;
  dataDir: string;
  tenants: readonly SandboxTenant[];
  accounts: readonly SandboxAccount[];
  apps: readonly SandboxAppInfo[];
  managedIdentities: readonly ManagedIdentity[];
  /** Values for IDENTITY_ENDPOINT / IDENTITY_HEADER to use a tenant's managed identities. */
  managedIdentityEnvironment(tenantId: string): { IDENTITY_ENDPOINT: string; IDENTITY_HEADER: string };
  /** The app certificates with their private keys (for tests and in-process clients). */
  appCertificates: readonly AppCertificate[];
  identity: Pick<IdentityProvider, 'mintAccessToken' | 'revokeTokens' | 'verifier'>;
  faults: FaultInjector;
  /** False when started with `exchange: false` (identity provider only). */
  exchangeAvailable: boolean;
  /** With allowRemote: the URLs other machines use (names covered by the server certificate). */
  remoteUrls: string[];
  /** Seed, mailbox count and store file of the tenant data (absent without Exchange). */
  store?: StoreDescription;
  /**
   * Settles when the tenant data is generated (with listenBeforeStore the server answers sign-ins
   * before that, and Exchange requests wait for it); rejects when the store cannot be opened.
   */
  storeReady: Promise<void>;
  close(): Promise<void>;
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?|d|days?)?$/i;

/** '60m' → 3600, '90s' → 90, '1h' → 3600, 300 → 300. Throws on anything else. */
export function parseDurationSeconds(value: number | string): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1) throw new RangeError(`The token lifetime must be at least 1 second (got ${value}).`);
    return Math.floor(value);
  }
  const m = DURATION.exec(value.trim());
  if (!m) throw new RangeError(`'${value}' is not a duration. Use seconds or a number with s, m, h or d (e.g. 90s, 60m, 1h).`);
  const unit = (m[2] ?? 's').toLowerCase()[0];
  const factor = unit === 'm' ? 60 : unit === 'h' ? 3600 : unit === 'd' ? 86400 : 1;
  const seconds = Math.floor(Number(m[1]) * factor);
  if (seconds < 1) throw new RangeError(`The token lifetime must be at least 1 second (got '${value}').`);
  return seconds;
}

function loadFaults(faults: StartSandboxOptions['faults']): Map<string, TenantFaults> {
  if (faults === undefined) return new Map();
  if (typeof faults !== 'string') return parseFaultsConfig(faults);
  let text: string;
  try {
    text = readFileSync(faults, 'utf8');
  } catch (err) {
    throw new FaultConfigError(`Cannot read the faults file '${faults}': ${(err as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new FaultConfigError(`The faults file '${faults}' is not valid JSON: ${(err as Error).message}`);
  }
  try {
    return parseFaultsConfig(json);
  } catch (err) {
    if (err instanceof FaultConfigError) throw new FaultConfigError(`${faults}: ${err.message}`);
    throw err;
  }
}

function loadOrCreateAdminKey(dataDir: string, persistent: boolean): string {
  const path = join(dataDir, 'admin.key');
  const stored = persistent ? readAllOrNone([path])?.[0]?.trim() : undefined;
  if (stored) return stored;
  const key = randomBytes(24).toString('base64url');
  if (persistent) writeFileAtomic(path, `${key}\n`, PRIVATE_FILE_MODE);
  return key;
}

/**
 * The names other machines reach a remote-enabled sandbox by, for the server certificate: the host
 * given, or for a wildcard address this machine's host name and every non-loopback address.
 */
function remoteNames(host: string): ServerNames {
  const isIp = (h: string) => /^[\d.]+$/.test(h) || h.includes(':');
  if (host !== '0.0.0.0' && host !== '::') return isIp(host) ? { dnsNames: [], ipAddresses: [host] } : { dnsNames: [host], ipAddresses: [] };
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => a !== undefined && !a.internal && (host === '::' || a.family === 'IPv4'))
    .map((a) => a.address.split('%')[0]!);
  return { dnsNames: [hostname().toLowerCase()], ipAddresses: [...new Set(addresses)] };
}

/** URLs other machines can use (printed by serve when --allow-remote is given). */
export function remoteUrls(host: string, port: number): string[] {
  const names = remoteNames(host);
  return [...names.dnsNames, ...names.ipAddresses].map((n) => `https://${n.includes(':') ? `[${n}]` : n}:${port}`);
}

/**
 * Promise.all that waits for every promise to settle before rejecting, so cleanup never runs while
 * a part is still writing files or opening the store.
 */
async function allOrFirstError<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** A handler that answers once `ready` has: requests arriving while the store is generated wait for it. */
function afterReady(ready: Promise<SandboxRequestHandler>): SandboxRequestHandler {
  // A store that fails to open is reported through storeReady; each request then fails on its own.
  ready.catch(() => undefined);
  return async (req, res, url, notes) => (await ready)(req, res, url, notes);
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  checkListenHost(host, options.allowRemote ?? false);
  const lifetimeSeconds = parseDurationSeconds(options.tokenLifetime ?? '60m');
  const initialFaults = loadFaults(options.faults);
  const persistent = options.dataDir !== undefined;
  const dataDir = persistent ? resolve(options.dataDir!) : mkdtempSync(join(tmpdir(), 'exosh-sandbox-'));

  const cleanups: (() => Promise<void> | void)[] = [];
  if (!persistent) cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c();
  };

  try {
    const extraNames = options.allowRemote ? remoteNames(host) : undefined;
    const adminKey = loadOrCreateAdminKey(dataDir, persistent);
    let baseUrl = '';
    // Key generation dominates a first start: CA/server, app certificates and the signing key in parallel.
    const appCertificatesP = ensureAppCertificates(dataDir, TENANTS, APPS);
    const identityP = createIdentityProvider({
      baseUrl: () => baseUrl,
      tokenLifetimeSeconds: lifetimeSeconds,
      dataDir,
      appCertificates: appCertificatesP,
      now: options.identity?.now,
      deviceCodeLifetimeSeconds: options.identity?.deviceCodeLifetimeSeconds,
      deviceCodeIntervalSeconds: options.identity?.deviceCodeIntervalSeconds,
      clockSkewSeconds: options.identity?.clockSkewSeconds,
    });
    // The tenant data is generated meanwhile (JavaScript on this thread while OpenSSL works on the pool).
    let loading: Promise<SandboxExchangeStore> | undefined;
    const storeP: Promise<StoreDescription | undefined> =
      options.exchange === false
        ? Promise.resolve(undefined)
        : prepareStore({ dataDir: persistent ? dataDir : undefined, reset: options.reset, seed: options.seed, mailboxes: options.mailboxes }).then((prepared) => {
            const opening = options.holdStore ? options.holdStore.then(() => prepared.open()) : prepared.open();
            // A store that fails may fail before anything awaits it (TLS and keys are still being made):
            // marked handled here, it is reported through storeReady and each request.
            opening.catch(() => undefined);
            loading = opening;
            cleanups.push(async () => {
              const store = await opening.catch(() => undefined);
              await store?.close();
            });
            return prepared.describe();
          });
    const [tls, appCertificates, identity, storeDescription] = await allOrFirstError([ensureServerTls(dataDir, extraNames), appCertificatesP, identityP, storeP]);

    let exchange: SandboxRequestHandler | undefined;
    let compliance: SandboxRequestHandler | undefined;
    let storeReady: Promise<void> = Promise.resolve();
    if (loading) {
      // Without listenBeforeStore the store is complete before anyone can connect (tests rely on a
      // store error failing startSandbox itself).
      if (!options.listenBeforeStore) await loading;
      exchange = afterReady(loading.then((store) => createExchangeService({ store, verifier: identity.verifier, baseUrl: () => baseUrl })));
      compliance = afterReady(loading.then((store) => createComplianceService({ store, verifier: identity.verifier, baseUrl: () => baseUrl })));
      storeReady = loading.then(() => undefined);
      storeReady.catch(() => undefined);
    }

    const log = new RequestLog();
    const faults = new FaultInjector(
      {
        revokeTokens: (t) => identity.revokeTokens(t),
        callerKey: (req) =>
          identity.verifier.verify(req.headers.authorization, req.url?.startsWith('/compliance/') ? 'compliance' : 'exchange').then(
            (caller) => (caller.kind === 'user' ? (caller.upn ?? caller.objectId) : caller.appId),
            () => undefined,
          ),
      },
      initialFaults,
    );
    const server = createSandboxServer({
      certPem: tls.serverCertPem,
      keyPem: tls.serverKeyPem,
      host,
      port: options.port ?? 0,
      allowRemote: options.allowRemote,
      hostNames: extraNames ? [...extraNames.dnsNames, ...extraNames.ipAddresses] : [],
      admin: createAdminHandler({ adminKey, faults, log, revokeTokens: (t) => identity.revokeTokens(t) }),
      identity: identity.handler,
      exchange,
      compliance,
      faults,
      log,
      onError: options.quiet
        ? undefined
        : (err) => process.stderr.write(`sandbox: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`),
    });
    await server.listen();
    cleanups.push(() => server.close());
    baseUrl = server.url;

    const apps: SandboxAppInfo[] = APPS.map((app: SandboxApp) => {
      const cert = appCertificates.find((c) => c.appId === app.appId)!;
      const tenant = TENANTS.find((t) => t.id === app.tenantId)!;
      return {
        tenantId: app.tenantId,
        tenantKey: tenant.key,
        appId: app.appId,
        displayName: app.displayName,
        appRoles: app.appRoles,
        certificatePath: cert.certPath,
        privateKeyPath: cert.keyPath,
        pfxPath: cert.pfxPath,
        pfxPassword: SANDBOX_PFX_PASSWORD,
        thumbprintSha1: cert.thumbprints.sha1Hex,
        thumbprintSha256: cert.thumbprints.sha256Hex,
        clientSecret: app.clientSecret,
      };
    });

    let closed: Promise<void> | undefined;
    return {
      url: baseUrl,
      caCertPem: tls.caCertPem,
      caCertPath: tls.caCertPath,
      adminKey,
      dataDir,
      tenants: TENANTS,
      accounts: ACCOUNTS,
      apps,
      managedIdentities: MANAGED_IDENTITIES,
      managedIdentityEnvironment: (tenantId) => ({
        IDENTITY_ENDPOINT: identity.managedIdentityEndpoint(tenantId),
        IDENTITY_HEADER: identity.identityHeader,
      }),
      appCertificates,
      identity: { mintAccessToken: identity.mintAccessToken, revokeTokens: identity.revokeTokens, verifier: identity.verifier },
      faults,
      exchangeAvailable: exchange !== undefined,
      store: storeDescription,
      storeReady,
      remoteUrls: options.allowRemote ? remoteUrls(host, server.port) : [],
      close: () => (closed ??= cleanup()),
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
