// The seams between the rooms of src/exchange, written before the rooms so they could be built at
// once: sign-in (auth/), the REST invoker (rest/), the conversion of service objects into PowerShell
// values (values/), the remote cmdlet proxies (proxy/) and the connection registry with its
// cmdlets (connection/). Nothing here does I/O. src/exchange never imports src/sandbox: the sandbox
// is reached exactly like the real service, through URLs and a trusted CA.
import type { Dispatcher } from 'undici';
import type { ErrorRecord } from '../runtime/errors.js';

// ------------------------------------------------------------------ endpoints and TLS

/** -ExchangeEnvironmentName values. */
export type ExchangeEnvironmentName = 'O365Default' | 'O365USGovGCCHigh' | 'O365USGovDoD' | 'O365China' | 'O365GermanyCloud';

/** Where one connection talks to. For the sandbox these are its loopback URLs. */
export interface ServiceEndpoints {
  /** REST host root as Get-ConnectionInformation shows it: `https://outlook.office365.com`. */
  connectionUri: string;
  /**
   * Entra authority root without tenant: `https://login.microsoftonline.com` (the sandbox: its base
   * URL). The tenant path (`organizations`, a domain or a GUID) is appended by the sign-in code.
   */
  authorityUri: string;
  /** Audience the token is requested for (`https://outlook.office365.com`; IPPS: `https://ps.compliance.protection.outlook.com`). */
  resource: string;
}

/**
 * How HTTPS is done: one pooled keep-alive undici Agent per endpoint host, trusting the system CAs
 * plus `extraCaPem` (the sandbox's CA). TLS verification is never turned off. Shared by msal-node's
 * network client and the REST invoker. Owned by rest/transport.ts.
 */
export interface HttpTransport {
  /** The dispatcher for requests to `url`'s origin (created on first use, then reused). */
  dispatcherFor(url: string): Dispatcher;
  /** Closes every agent (Disconnect-ExchangeOnline of the last connection, shell exit). */
  close(): Promise<void>;
}

// ------------------------------------------------------------------ sign-in and tokens

/** The module's public client: ExchangeOnlineManagement's app id, in every tenant. */
export const EXO_PUBLIC_CLIENT_ID = 'fb78d390-0c51-40cd-8e17-fdbfab77341b';

/** A certificate and its key, loaded from a PFX/PEM file, an object, or the per-user store. */
export interface ClientCertificate {
  certificatePem: string;
  privateKeyPem: string;
  /** Upper-case hex SHA-1 thumbprint, as Get-ConnectionInformation and the module show it. */
  thumbprintSha1: string;
  thumbprintSha256: string;
}

/** Every way Connect-ExchangeOnline signs in. Secrets travel here and nowhere else. */
export type SignInMethod =
  | { kind: 'interactive'; loginHint?: string; openBrowser: (url: string) => Promise<boolean> }
  | { kind: 'deviceCode'; loginHint?: string; showMessage: (message: string) => void }
  | { kind: 'credential'; userName: string; password: string }
  | { kind: 'certificate'; appId: string; certificate: ClientCertificate }
  | { kind: 'accessToken'; accessToken: string }
  | { kind: 'managedIdentity'; clientId?: string };

/** A token as the rest of the shell may see it: the string itself only goes into an Authorization header. */
export interface AccessToken {
  readonly token: string;
  readonly expiresOn: Date;
  /** `tid` claim. */
  readonly tenantId: string;
  /** Signed-in user (delegated), else undefined. */
  readonly userPrincipalName?: string;
  /** `appid`/`azp` claim. */
  readonly appId?: string;
}

/** Get-ConnectionInformation's TokenStatus, plus what the REPL badge shows. */
export type TokenStatus = 'Active' | 'Expiring' | 'Expired' | 'RefreshFailed';

export interface TokenProvider {
  readonly method: SignInMethod['kind'];
  /**
   * A valid token: the cached one, refreshed ahead of expiry (5 minutes before), or a fresh one when
   * `forceRefresh` (after a 401). Never resolves with an expired token; rejects with an ErrorRecord-
   * carrying RemoteError (below) when sign-in fails. Concurrent calls share one refresh.
   */
  getToken(options?: { forceRefresh?: boolean; signal?: AbortSignal }): Promise<AccessToken>;
  /** The last token handed out (for Get-ConnectionInformation), or undefined before the first. */
  readonly current: AccessToken | undefined;
  readonly status: TokenStatus;
  dispose(): void;
}

/** What a TokenProvider factory needs besides the method. */
export interface SignInContext {
  endpoints: ServiceEndpoints;
  /** Tenant for the authority path: `organizations` when not given (delegated), a domain or GUID. */
  tenant: string | undefined;
  transport: HttpTransport;
  signal?: AbortSignal;
  /** Environment for -ManagedIdentity (IDENTITY_ENDPOINT / IDENTITY_HEADER); process.env when absent. */
  env?: Record<string, string | undefined>;
}

// ------------------------------------------------------------------ REST invoker

/** One InvokeCommand call of a cmdlet (all its pages). */
export interface InvokeCommandRequest {
  cmdletName: string;
  /** JSON-ready `CmdletInput.Parameters` (already encoded by the proxy). */
  parameters: Record<string, unknown>;
  /**
   * Get and Test cmdlets may be re-sent after a reset or 5xx; a Set/New/Remove/Add that may have
   * reached the server never is (only failures before any byte was sent are retried).
   */
  idempotent: boolean;
  /** The most objects wanted; paging stops there (`-ResultSize`, or `Select-Object -First` pushed down). */
  resultSize?: number | 'Unlimited';
  /** `?$select=` */
  select?: string[];
  /** Header WarningAction, as the module sends it. */
  warningAction?: string;
  /** X-AnchorMailbox override from parameter-based routing; default is the connection's. */
  anchorMailbox?: string;
  signal: AbortSignal;
}

/** One Get-EXO* call: an OData entity set or navigation, e.g. `Mailbox`, `Mailbox('a2V5')/MailboxStatistics`. */
export interface EntitySetRequest {
  /** Path after `/adminapi/beta/{tenant}/`. */
  path: string;
  /** Query options, already named as the service wants them (`PropertySet`, `$select`, `$filter`, `ResultSize`...). */
  query: Record<string, string>;
  resultSize?: number | 'Unlimited';
  signal: AbortSignal;
}

/** A page as it came: raw JSON items (annotations included) and the service's warnings. */
export interface RemotePage {
  items: Record<string, unknown>[];
  /** `@adminapi.warnings` (the ResultSize warning only on the last page, as the module does). */
  warnings: string[];
  /** `@adminapi.errors`: non-terminating errors the service reported inside a 200. */
  errors: ErrorRecord[];
  /** Set when the service asked for confirmation (`@adminapi.confirmationmessage`). */
  confirmationMessage?: string;
}

/** Progress of one remote call, for -ShowProgress and the REPL's progress bar. */
export interface RemoteProgress {
  cmdletName: string;
  /** The connection's short tenant name. */
  tenant: string;
  objects: number;
  pages: number;
  elapsedMs: number;
  done: boolean;
}

/**
 * A failed remote call. `record` is what the user sees (service message, category, target,
 * `[Server=…,RequestId=…,TimeStamp=…]` id) and never contains a token. `terminating` is false for a
 * per-object failure the pipeline goes on after (not found, ambiguous...), true for transport and
 * authentication failures.
 */
export class RemoteError extends Error {
  constructor(
    readonly record: ErrorRecord,
    readonly terminating: boolean,
    readonly status?: number,
  ) {
    super(record.message);
    this.name = 'RemoteError';
  }
}

/** Request log entry (-LogDirectoryPath): never headers' values of Authorization, never bodies with secrets. */
export interface RequestLogEntry {
  time: Date;
  connectionId: string;
  method: string;
  url: string;
  cmdletName?: string;
  status?: number;
  durationMs: number;
  attempt: number;
  outcome: 'ok' | 'retry' | 'error' | 'aborted';
  requestId?: string;
  detail?: string;
}

export interface RequestLog {
  write(entry: RequestLogEntry): void;
}

/** Everything the invoker needs to know about a connection. */
export interface RestTarget {
  connectionId: string;
  /** Short tenant name for progress and errors. */
  tenantLabel: string;
  endpoints: ServiceEndpoints;
  /** `{tenant}` path segment: tenant GUID or domain. */
  tenant: string;
  tokens: TokenProvider;
  transport: HttpTransport;
  /** X-AnchorMailbox default: `UPN:admin@contoso.com`, or the app-only system mailbox. */
  anchorMailbox: string;
  /** -PageSize of the connection (1–1000, default 1000). */
  pageSize: number;
  log?: RequestLog;
  onProgress?(p: RemoteProgress): void;
}

export interface RestInvoker {
  /** InvokeCommand, page by page; the iterator's return() aborts the request in flight. Throws RemoteError. */
  invokeCommand(target: RestTarget, request: InvokeCommandRequest): AsyncIterable<RemotePage>;
  /** A Get-EXO* entity set, page by page (GET, follow @odata.nextLink). Throws RemoteError. */
  getEntitySet(target: RestTarget, request: EntitySetRequest): AsyncIterable<RemotePage>;
  /** GET a JSON document under the REST root (EXOModuleFile, EXOBanner). Throws RemoteError. */
  getJson(target: RestTarget, pathAndQuery: string, signal: AbortSignal, headers?: Record<string, string>): Promise<unknown>;
}

// ------------------------------------------------------------------ cmdlet metadata (assets/exchange/cmdlets.json entries)

export interface RemoteParameterSetEntry {
  mandatory?: boolean;
  /** 0-based; absent = named only. */
  position?: number;
}

export interface RemoteParameterMetadata {
  name: string;
  /** Type as the docs write it: `MailboxIdParameter`, `Unlimited`, `MultiValuedProperty`, `SwitchParameter`... */
  type: string;
  aliases?: string[];
  sets: Record<string, RemoteParameterSetEntry>;
  pipeline?: { byValue: boolean; byPropertyName: boolean };
  switch?: boolean;
  array?: boolean;
  wildcards?: boolean;
  acceptedValues?: string[];
  validValues?: string[];
}

export interface RemoteCmdletMetadata {
  name: string;
  synopsis?: string;
  defaultParameterSet: string | null;
  parameterSets: string[];
  supportsShouldProcess?: boolean;
  parameters: RemoteParameterMetadata[];
}

/** Get-EXO* property sets: cmdlet → set name → properties. */
export type PropertySets = Record<string, Record<string, string[]>>;

// ------------------------------------------------------------------ connections

/** The service family a connection talks to. */
export type ConnectionKind = 'ExchangeOnline' | 'SecurityCompliance';

/**
 * A live connection as proxies and Invoke-Tenant see it. The registry (connection/) owns the
 * objects; proxies hold one and ask it for its target on every call (the token may have changed).
 */
export interface RemoteConnection {
  readonly connectionId: string;
  readonly kind: ConnectionKind;
  /** `-Prefix` ('' when none). */
  readonly prefix: string;
  /** Short tenant name (`contoso`), the `Tenant` property Invoke-Tenant adds. */
  readonly tenantLabel: string;
  readonly target: RestTarget;
  readonly invoker: RestInvoker;
  /** Cmdlets this connection may run (from EXOModuleFile, else assets/). */
  readonly cmdlets: ReadonlyMap<string, RemoteCmdletMetadata>;
  readonly propertySets: PropertySets;
  /** False after Disconnect-ExchangeOnline: a proxy still held by a variable then fails clearly. */
  readonly open: boolean;
}

/**
 * Invoke-Tenant runs its block with this variable set (private, in the block's own scope) to the
 * RemoteConnection the block is for; unprefixed proxies read it before falling back to the newest
 * unprefixed connection. Prefixed proxies ignore it.
 */
export const TENANT_CONNECTION_VARIABLE = '__ExoshTenantConnection';

// ------------------------------------------------------------------ service objects

/**
 * Turns one service item (JSON with `@odata.type`/`@data.type` annotations) into the PowerShell
 * object the module would give: type names (`Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox`...),
 * dates as DateTime, sizes as ByteQuantifiedSize values, multi-valued properties as arrays,
 * annotations dropped. Implemented in values/; proxies receive it, so they test without it.
 */
export type ServiceObjectConverter = (item: Record<string, unknown>, cmdletName: string) => unknown;
