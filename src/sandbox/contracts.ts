// The seams between the sandbox's rooms. The identity provider (identity/), the Exchange
// service (exchange/), the tenant data store (store/) and the OPATH filter (opath/) are built
// and tested separately; they meet only through these types and the directory in directory.ts.
// Nothing here (or anywhere under src/sandbox) imports client code.

/** Who is calling, read from a verified access token. */
export interface Caller {
  kind: 'user' | 'app';
  /** `tid` claim: the tenant that issued the token (the caller's home tenant). */
  tenantId: string;
  /** `oid` claim. */
  objectId: string;
  /** `upn` claim (users only). */
  upn?: string;
  /** `appid`/`azp` claim: the client application. */
  appId: string;
  /** `scp` claim split on spaces (delegated tokens). */
  scopes: string[];
  /** `roles` claim (app-only tokens), e.g. `Exchange.ManageAsApp`. */
  roles: string[];
  /** `exp` claim, seconds since the epoch. */
  expiresAt: number;
}

/** Raised by TokenVerifier; the Exchange service turns it into a 401 with this header. */
export class TokenRejectedError extends Error {
  constructor(
    message: string,
    /** Value for the `WWW-Authenticate` response header. */
    readonly wwwAuthenticate: string,
  ) {
    super(message);
    this.name = 'TokenRejectedError';
  }
}

/**
 * Checks the bearer token of an incoming request: RS256 signature against the sandbox's signing
 * keys, `aud` (the Exchange resource), `iss`, `nbf`/`exp` and revocation.
 * Throws TokenRejectedError; never logs or echoes the token.
 */
export interface TokenVerifier {
  /** `resource`: whose tokens the endpoint takes (default Exchange Online); a token for the other one is refused. */
  verify(authorizationHeader: string | undefined, resource?: ProtectedResource): Promise<Caller>;
}

/** The two services behind the sandbox, each accepting only tokens issued for itself. */
export type ProtectedResource = 'exchange' | 'compliance';

/** Security & Compliance PowerShell (Connect-IPPSSession), as in real tokens. */
export const COMPLIANCE_RESOURCE = 'https://ps.compliance.protection.outlook.com';

/** The Exchange Online resource, as in real tokens. */
export const EXCHANGE_RESOURCE = 'https://outlook.office365.com';
export const EXCHANGE_RESOURCE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
/** The ExchangeOnlineManagement module's public client id; the sandbox registers it in every tenant. */
export const EXO_MODULE_CLIENT_ID = 'fb78d390-0c51-40cd-8e17-fdbfab77341b';
export const EXCHANGE_MANAGE_AS_APP_ROLE = 'Exchange.ManageAsApp';

/** Exchange role groups the sandbox's authorisation understands. */
export type ExchangeRoleGroup = 'Organization Management' | 'View-Only Organization Management';

export interface SandboxTenant {
  id: string;
  /** Short key used in options and docs: contoso, fabrikam, tailspin. */
  key: string;
  displayName: string;
  /** `<key>.onmicrosoft.com`, the initial domain. */
  initialDomain: string;
  /** Accepted domains, the initial domain first. */
  domains: string[];
  /** Tenant ids whose admins may manage this tenant (`-DelegatedOrganization`). */
  managedBy: string[];
}

export interface SandboxAccount {
  tenantId: string;
  objectId: string;
  upn: string;
  displayName: string;
  /** Plain text only in this static directory; stores keep a hash, output never shows either. */
  password: string;
  mfa: boolean;
  roleGroups: ExchangeRoleGroup[];
  /** Entra directory role shown in the serve banner. */
  directoryRole: 'Global Administrator' | 'Helpdesk Administrator' | 'Exchange Administrator';
}

export interface SandboxApp {
  tenantId: string;
  appId: string;
  objectId: string;
  displayName: string;
  /** App roles granted on the Exchange resource, e.g. Exchange.ManageAsApp. */
  appRoles: string[];
  roleGroups: ExchangeRoleGroup[];
  /** Present for apps that have a secret; certificates are generated at first start. */
  clientSecret?: string;
}

// ---------------------------------------------------------------------------------------------
// Tenant data (store/ provides it, exchange/ serves it).

/**
 * The kinds of record a tenant holds. Property names of each record follow
 * ../shared/reference/objects.json for the type of the same name (PascalCase, as the service
 * returns them). Every record has a unique `Guid` (string) within its kind; records that belong to
 * a mailbox or group carry the owner's Guid in `OwnerGuid` (statistics, permissions, devices,
 * folder statistics, inbox rules, auto-reply config, CAS settings).
 */
export type RecordKind =
  | 'Mailbox'
  | 'User'
  | 'CASMailbox'
  | 'MailboxStatistics'
  | 'MailboxFolderStatistics'
  | 'MailboxPermission'
  | 'RecipientPermission'
  | 'MailboxFolderPermission'
  | 'DistributionGroup'
  | 'DistributionGroupMember'
  | 'UnifiedGroup'
  | 'UnifiedGroupLink'
  | 'MobileDevice'
  | 'MobileDeviceStatistics'
  | 'AcceptedDomain'
  | 'OrganizationConfig'
  | 'TransportRule'
  | 'MailboxAutoReplyConfiguration'
  | 'InboxRule'
  | 'RoleGroup'
  | 'RoleGroupMember'
  | 'ManagementRoleAssignment'
  | 'MessageTrace';

/** A stored object: JSON values only (dates as ISO-8601 strings), so snapshots are plain JSON. */
export type StoredRecord = { Guid: string } & Record<string, unknown>;

export interface TenantStore {
  readonly tenant: SandboxTenant;
  /** All records of a kind, in a stable order (creation order); the array must not be mutated. */
  list(kind: RecordKind): readonly StoredRecord[];
  get(kind: RecordKind, guid: string): StoredRecord | undefined;
  /** Records of `kind` whose OwnerGuid is `ownerGuid` (indexed, not a scan). */
  byOwner(kind: RecordKind, ownerGuid: string): readonly StoredRecord[];
  /** Each mutation is atomic and durable (when the store has a data directory) once it resolves. */
  insert(kind: RecordKind, record: StoredRecord): Promise<void>;
  update(kind: RecordKind, guid: string, patch: Record<string, unknown>): Promise<StoredRecord>;
  remove(kind: RecordKind, guid: string): Promise<void>;
}

export interface ExchangeStore {
  /** By tenant id, key or any accepted domain (case-insensitive). */
  tenant(idOrDomain: string): TenantStore | undefined;
  tenants(): readonly TenantStore[];
  /** Flushes pending writes and releases files. */
  close(): Promise<void>;
}

export interface StoreOptions {
  /** Persist here (snapshot + atomic writes); in memory only when absent. */
  dataDir?: string;
  /** Discard stored data and regenerate from the seed. */
  reset?: boolean;
  /** Seed of the deterministic generator (default 1). */
  seed?: number;
  /** Mailboxes in contoso (default 20,000); fabrikam ~250 and tailspin ~40 are fixed. */
  mailboxes?: number;
}

// ---------------------------------------------------------------------------------------------
// HTTP seams (server.ts mounts handlers; exchange/ and identity/ provide them).

/** What a handler learned about a request, for /_sandbox/requests (never tokens or secrets). */
export interface RequestNotes {
  tenant?: string;
  /** UPN or app id of the caller. */
  caller?: string;
  cmdlet?: string;
}

/** Handles a request if it is its own (resolves true), else resolves false without touching res. */
export type SandboxRequestHandler = (
  req: import('node:http').IncomingMessage,
  res: import('node:http').ServerResponse,
  url: URL,
  notes: RequestNotes,
) => Promise<boolean>;
