// A real sandbox and a RestTarget for it, as a connection would build one: a TokenProvider double
// minting tokens through the sandbox's identity provider, the HTTPS transport trusting its CA, and
// helpers to read the sandbox's request log. Every token handed out is remembered for secret scans.
import { request } from 'undici';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { createHttpTransport } from '../../../src/exchange/transport.js';
import type { AccessToken, HttpTransport, RequestLog, RequestLogEntry, RemoteProgress, RestTarget, TokenProvider } from '../../../src/exchange/contracts.js';

export const ADMIN_UPN = 'admin@contoso.onmicrosoft.com';

export interface MintingTokens extends TokenProvider {
  /** Every token string handed out. */
  readonly issued: string[];
  forcedRefreshes: number;
}

export function mintingTokens(sandbox: RunningSandbox, upn = ADMIN_UPN): MintingTokens {
  let current: AccessToken | undefined;
  const issued: string[] = [];
  const provider: MintingTokens = {
    method: 'accessToken',
    issued,
    forcedRefreshes: 0,
    get current() {
      return current;
    },
    get status() {
      return 'Active' as const;
    },
    async getToken(options) {
      if (options?.forceRefresh) provider.forcedRefreshes++;
      if (!current || options?.forceRefresh) {
        const minted = await sandbox.identity.mintAccessToken({ upn });
        issued.push(minted.token);
        current = { token: minted.token, expiresOn: new Date(minted.expiresAt * 1000), tenantId: sandbox.tenants[0]!.id, userPrincipalName: upn };
      }
      return current;
    },
    dispose() {},
  };
  return provider;
}

export interface TestConnection {
  sandbox: RunningSandbox;
  transport: HttpTransport;
  contosoId: string;
  /** A fresh target (own token provider, log and progress records). */
  target(overrides?: Partial<RestTarget>): RestTarget & { tokens: MintingTokens; entries: RequestLogEntry[]; progress: RemoteProgress[] };
  /** Requests the sandbox saw for contoso since `since` (ms), oldest first. */
  sandboxRequests(since: number): Promise<{ method: string; path: string; cmdlet?: string; status: number; fault?: string }[]>;
  /** Every token any target of this connection was given. */
  allTokens(): string[];
  close(): Promise<void>;
}

export async function startTestConnection(mailboxes = 2500): Promise<TestConnection> {
  const sandbox = await startSandbox({ mailboxes, quiet: true });
  const transport = createHttpTransport({ extraCaPem: sandbox.caCertPem });
  const contoso = sandbox.tenants.find((t) => t.key === 'contoso')!;
  const providers: MintingTokens[] = [];
  return {
    sandbox,
    transport,
    contosoId: contoso.id,
    target(overrides = {}) {
      const tokens = mintingTokens(sandbox);
      providers.push(tokens);
      const entries: RequestLogEntry[] = [];
      const progress: RemoteProgress[] = [];
      const log: RequestLog = { write: (e) => entries.push(e) };
      return {
        connectionId: crypto.randomUUID(),
        tenantLabel: 'contoso',
        endpoints: { connectionUri: sandbox.url, authorityUri: sandbox.url, resource: 'https://outlook.office365.com' },
        tenant: contoso.id,
        tokens,
        transport,
        anchorMailbox: `UPN:${ADMIN_UPN}`,
        pageSize: 1000,
        log,
        onProgress: (p: RemoteProgress) => progress.push(p),
        entries,
        progress,
        ...overrides,
      } as RestTarget & { tokens: MintingTokens; entries: RequestLogEntry[]; progress: RemoteProgress[] };
    },
    async sandboxRequests(since) {
      const res = await request(`${sandbox.url}/_sandbox/requests?tenant=contoso`, {
        headers: { 'x-sandbox-admin-key': sandbox.adminKey },
        dispatcher: transport.dispatcherFor(sandbox.url),
      });
      const { value } = (await res.body.json()) as { value: { time: string; method: string; path: string; cmdlet?: string; status: number; fault?: string }[] };
      return value.filter((e) => Date.parse(e.time) >= since).reverse();
    },
    allTokens: () => providers.flatMap((p) => p.issued),
    async close() {
      await transport.close();
      await sandbox.close();
    },
  };
}

/** A retry policy that waits no real time and records each wait; `onWait` may change the sandbox meanwhile. */
export function instantRetries(onWait?: (ms: number) => void) {
  const waits: number[] = [];
  let clock = 0;
  return {
    waits,
    retry: {
      now: () => clock,
      random: () => 0.5,
      sleep: async (ms: number) => {
        waits.push(ms);
        clock += ms;
        onWait?.(ms);
      },
    },
  };
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}
