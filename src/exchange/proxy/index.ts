// Remote cmdlet proxies: one CommandDefinition per cmdlet a connection may run, as the module's
// generated tmpEXO_ functions are. Parameters are built on first use only (730 cmdlets per
// connection; most are never run or listed).
import type { CommandContext, CommandDefinition, CommandHelp, CommandMetadata, ParameterMetadata } from '../../runtime/command.js';
import type { RemoteCmdletMetadata, RemoteConnection, ServiceObjectConverter } from '../contracts.js';
import { toParameterList } from './parameters.js';
import { runRemoteCall, type ConnectionResolver, type RemotePushdown } from './run.js';

export type { ConnectionResolver, RemotePushdown } from './run.js';
export { noConnectionError } from './run.js';

export interface RemoteCommandOptions {
  /** Connect-ExchangeOnline -Prefix ('' when none): `Get-Mailbox` becomes `Get-<prefix>Mailbox`. */
  prefix: string;
  /** The module Get-Command shows, e.g. `tmpEXO_a54z135k.qgv`. */
  moduleName: string;
  connection: ConnectionResolver;
  convert: ServiceObjectConverter;
}

/** `Get-Mailbox` with prefix `Fab` → `Get-FabMailbox`. */
export function prefixedName(name: string, prefix: string): string {
  if (!prefix) return name;
  const dash = name.indexOf('-');
  return dash < 0 ? `${prefix}${name}` : `${name.slice(0, dash + 1)}${prefix}${name.slice(dash + 1)}`;
}

/** What filter-left needs to know of a proxy: its cmdlet and how it was made. */
export interface RemoteCommandInfo {
  cmdlet: RemoteCmdletMetadata;
  options: RemoteCommandOptions;
}

const remoteCommands = new WeakMap<CommandDefinition, RemoteCommandInfo>();

/** The cmdlet behind a proxy (or a pushed-down variant of one); undefined for any other command. */
export function remoteCommandInfo(definition: CommandDefinition): RemoteCommandInfo | undefined {
  return remoteCommands.get(definition);
}

export function createRemoteCommand(metadata: RemoteCmdletMetadata, options: RemoteCommandOptions): CommandDefinition {
  return proxyDefinition(lazyMetadata(metadata, options), { cmdlet: metadata, options }, undefined);
}

/**
 * The same proxy (same metadata, so the same binding and name) carrying what filter-left pushed
 * into its request: a server-side filter, a cap on the objects wanted, the properties to ask for.
 */
export function withPushdown(definition: CommandDefinition, pushdown: RemotePushdown): CommandDefinition {
  const info = remoteCommands.get(definition);
  if (!info) throw new Error(`${definition.metadata.name} is not a remote cmdlet.`);
  return proxyDefinition(definition.metadata, info, pushdown);
}

function proxyDefinition(metadata: CommandMetadata, info: RemoteCommandInfo, pushdown: RemotePushdown | undefined): CommandDefinition {
  const { cmdlet, options } = info;
  const definition: CommandDefinition = {
    metadata,
    create(ctx: CommandContext) {
      const call = { cmdlet, connection: options.connection, convert: options.convert, prefix: options.prefix, ...(pushdown ? { pushdown } : {}) };
      return { process: () => runRemoteCall(ctx, call) };
    },
  };
  remoteCommands.set(definition, info);
  return definition;
}

function lazyMetadata(remote: RemoteCmdletMetadata, options: RemoteCommandOptions): CommandMetadata {
  let parameters: ParameterMetadata[] | undefined;
  let help: CommandHelp | undefined;
  const verb = remote.name.slice(0, remote.name.indexOf('-')).toLowerCase();
  const meta: CommandMetadata = {
    name: prefixedName(remote.name, options.prefix),
    get parameters() {
      return (parameters ??= toParameterList(remote.parameters));
    },
    get help() {
      return (help ??= { synopsis: remote.synopsis ?? '' });
    },
    supportsShouldProcess: remote.supportsShouldProcess === true,
    // As the cmdlets declare it: removals ask even without -Confirm, the rest only when asked.
    confirmImpact: verb === 'remove' ? 'High' : 'Medium',
    commandType: 'Function',
    module: options.moduleName,
  };
  const defaultSet = defaultParameterSet(remote);
  if (defaultSet) meta.defaultParameterSet = defaultSet;
  return meta;
}

/**
 * The docs name no default set for some cmdlets (Get-Mailbox, New-Mailbox), but the cmdlets have
 * one: without it `Get-Mailbox -ResultSize 2` could not choose between its sets. Their default is
 * the Identity set where there is one, else the first set the docs list (New-Mailbox's
 * MicrosoftOnlineServicesID, so a plain user mailbox needs -Password as in the module).
 */
function defaultParameterSet(remote: RemoteCmdletMetadata): string | undefined {
  if (remote.defaultParameterSet) return remote.defaultParameterSet === '__AllParameterSets' ? undefined : remote.defaultParameterSet;
  const sets = remote.parameterSets.filter((s) => s !== '__AllParameterSets');
  if (sets.length < 2) return undefined;
  return sets.find((s) => /^(Identity|Default)$/i.test(s)) ?? sets[0];
}

/** The resolver of prefixed proxies: always their own connection (Invoke-Tenant does not redirect them). */
export function ownConnection(connection: RemoteConnection): ConnectionResolver {
  return () => connection;
}
