// The connections of one Session: ids 1, 2, …, their proxies in the command table, and which one
// the unprefixed cmdlet names belong to. Kept in ctx.session.sessionState so every pipeline stage of
// the Session sees the same registry.
import { randomBytes, randomUUID } from 'node:crypto';
import type { CommandDefinition, SessionServices } from '../../runtime/command.js';
import type { ConnectionKind, HttpTransport, RemoteCmdletMetadata, RemoteConnection, PropertySets, RestInvoker, RestTarget } from '../contracts.js';

/** What Get-ConnectionInformation shows besides what the RemoteConnection carries. */
export interface ConnectionDetails {
  userPrincipalName: string;
  connectionUri: string;
  authorizationEndpointUri: string;
  certificateAuthentication: boolean;
  organization: string;
  delegatedOrganization: string;
  appId: string;
  tenantId: string;
}

/** A connection as the registry holds it: the RemoteConnection proxies see, plus its bookkeeping. */
export class LiveConnection implements RemoteConnection {
  open = true;
  proxies: CommandDefinition[] = [];

  constructor(
    readonly id: number,
    readonly connectionId: string,
    readonly kind: ConnectionKind,
    readonly prefix: string,
    readonly tenantLabel: string,
    readonly target: RestTarget,
    readonly invoker: RestInvoker,
    readonly cmdlets: ReadonlyMap<string, RemoteCmdletMetadata>,
    readonly propertySets: PropertySets,
    readonly details: ConnectionDetails,
    readonly moduleName: string,
  ) {}

  get name(): string {
    return `${this.kind === 'SecurityCompliance' ? 'ExchangeOnlineProtection' : 'ExchangeOnline'}_${this.id}`;
  }

  close(): void {
    this.open = false;
    this.target.tokens.dispose();
  }
}

/** What a new connection is made of before it has an id. */
export interface ConnectionParts {
  kind: ConnectionKind;
  prefix: string;
  tenantLabel: string;
  target: Omit<RestTarget, 'connectionId'>;
  invoker: RestInvoker;
  cmdlets: ReadonlyMap<string, RemoteCmdletMetadata>;
  propertySets: PropertySets;
  details: ConnectionDetails;
}

export type ProxyFactory = (connection: LiveConnection) => CommandDefinition[];

export class ConnectionRegistry {
  private readonly connections: LiveConnection[] = [];
  private nextId = 1;
  private transport: HttpTransport | undefined;

  /** The Session's HTTPS transport, created on first use and again after the last disconnect closed it. */
  httpTransport(make: () => HttpTransport): HttpTransport {
    this.transport ??= make();
    return this.transport;
  }

  /** A fresh ConnectionId, before the connection exists (sign-in and the request log carry it). */
  newConnectionId(): string {
    return randomUUID();
  }

  list(): readonly LiveConnection[] {
    return this.connections;
  }

  /**
   * The connection the unprefixed names of `kind` belong to: the newest unprefixed one, as in the
   * module. Get-EXO* follow the same rule here (the module sends them to the newest EXO connection
   * whatever its prefix).
   */
  newestUnprefixed(kind: ConnectionKind): LiveConnection | undefined {
    for (let i = this.connections.length - 1; i >= 0; i--) {
      const c = this.connections[i]!;
      if (c.kind === kind && c.prefix === '') return c;
    }
    return undefined;
  }

  /** The newest connection of `kind` whose cmdlet names carry `prefix` ('' = unprefixed). */
  newestWithPrefix(kind: ConnectionKind, prefix: string): LiveConnection | undefined {
    const wanted = prefix.toLowerCase();
    for (let i = this.connections.length - 1; i >= 0; i--) {
      const c = this.connections[i]!;
      if (c.kind === kind && c.prefix.toLowerCase() === wanted) return c;
    }
    return undefined;
  }

  /**
   * Adds a connection and puts its proxies in the command table. Returns the connection whose
   * cmdlet names (unprefixed, or with the same prefix) it took over, if any (the caller warns).
   */
  add(parts: ConnectionParts, connectionId: string, session: SessionServices, makeProxies: ProxyFactory): { connection: LiveConnection; tookOverFrom?: LiveConnection } {
    const previous = this.newestWithPrefix(parts.kind, parts.prefix);
    const id = this.nextId++;
    const connection = new LiveConnection(
      id,
      connectionId,
      parts.kind,
      parts.prefix,
      parts.tenantLabel,
      { ...parts.target, connectionId },
      parts.invoker,
      parts.cmdlets,
      parts.propertySets,
      parts.details,
      `tmpEXO_${randomBytes(4).toString('hex')}`,
    );
    connection.proxies = makeProxies(connection);
    this.connections.push(connection);
    session.registerCommands(connection.proxies);
    return { connection, tookOverFrom: previous };
  }

  /**
   * Removes connections: their proxies leave the command table and their tokens are dropped; the
   * remaining connections' proxies are registered again, oldest first, so for every name (plain or
   * prefixed) the newest connection that has it owns it again. Closes the transport after the last.
   */
  async remove(which: readonly LiveConnection[], session: SessionServices): Promise<void> {
    if (which.length === 0) return;
    for (const c of which) {
      const at = this.connections.indexOf(c);
      if (at < 0) continue;
      this.connections.splice(at, 1);
      session.unregisterCommands(c.proxies);
      c.close();
    }
    for (const c of this.connections) session.registerCommands(c.proxies);
    if (this.connections.length === 0 && this.transport) {
      const t = this.transport;
      this.transport = undefined;
      await t.close();
    }
  }

  /** Shell exit: every token dropped and the transport closed; the command table goes with the Session. */
  async closeAll(): Promise<void> {
    for (const c of this.connections.splice(0)) c.close();
    const t = this.transport;
    this.transport = undefined;
    await t?.close();
  }

  /** Finds connections by what a user types: an Id, a ConnectionId, a prefix, a name, or a tenant label. */
  find(key: unknown): LiveConnection[] {
    if (key instanceof LiveConnection) return this.connections.includes(key) ? [key] : [];
    const text = String(key).trim();
    const lower = text.toLowerCase();
    if (/^\d+$/.test(text)) return this.connections.filter((c) => c.id === Number(text));
    const exact = this.connections.filter(
      (c) => c.connectionId.toLowerCase() === lower || c.name.toLowerCase() === lower || (c.prefix !== '' && c.prefix.toLowerCase() === lower),
    );
    if (exact.length > 0) return exact;
    return this.connections.filter(
      (c) =>
        c.tenantLabel.toLowerCase() === lower ||
        c.details.tenantId.toLowerCase() === lower ||
        c.details.organization.toLowerCase() === lower ||
        c.details.delegatedOrganization.toLowerCase() === lower,
    );
  }
}

const REGISTRY = Symbol('exosh.exchange.connections');

export function connectionRegistry(session: Pick<SessionServices, 'sessionState'>): ConnectionRegistry {
  return session.sessionState(REGISTRY, () => new ConnectionRegistry());
}
