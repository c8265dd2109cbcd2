// Connect-ExchangeOnline and Connect-IPPSSession: sign in, show the banner, learn the cmdlets this
// caller may run (EXOModuleFile), and register the connection with its proxies. Nothing is
// registered until every step succeeded, so a failed sign-in leaves no half-made connection.
import { resolve } from 'node:path';
import type { CommandContext, CommandDefinition, ParameterMetadata } from '../../runtime/command.js';
import { toStringValue } from '../../runtime/conversions.js';
import { ErrorRecord } from '../../runtime/errors.js';
import {
  RemoteError,
  TENANT_CONNECTION_VARIABLE,
  type AccessToken,
  type ClientCertificate,
  type ConnectionKind,
  type ExchangeEnvironmentName,
  type RestInvoker,
  type RestTarget,
  type ServiceEndpoints,
} from '../contracts.js';
import { buildCatalog, MODULE_VERSION, readCmdletAsset } from './cmdlet-catalog.js';
import { ConnectError } from './connect-error.js';
import { authorityRootOf, environmentEndpoints, EXCHANGE_ENVIRONMENT_NAMES, restRootOf, sandboxEndpoints } from './environments.js';
import { connectionRegistry, LiveConnection, type ConnectionParts } from './registry.js';
import type { ExchangeConfig, ExchangeServices } from './services.js';
import { chooseSignIn, type CertificateSource } from './sign-in-choice.js';
import { takeoverWarning } from './takeover-warning.js';
import { tenantLabelOf } from './tenant-label.js';
import { enableFilterLeft } from '../filter-left/index.js';

const MODULE = 'ExchangeOnlineManagement';
const DEFAULT_PAGE_SIZE = 1000;
/** The anchor the module uses for app-only calls (rest-protocol.md §1.3), with the tenant id. */
const APP_ONLY_ANCHOR_MAILBOX = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';

const p = (name: string, type: ParameterMetadata['type'], extra: Partial<ParameterMetadata> = {}): ParameterMetadata => ({ name, type, ...extra });

/** Parameters both connect cmdlets share, as the module declares them (positions differ, below). */
function commonParameters(positions: Record<string, number>): ParameterMetadata[] {
  const at = (name: string) => (positions[name] === undefined ? {} : { position: positions[name] });
  return [
    p('ConnectionUri', 'string', at('ConnectionUri')),
    p('AzureADAuthorizationEndpointUri', 'string', at('AzureADAuthorizationEndpointUri')),
    p('PSSessionOption', 'object', at('PSSessionOption')),
    p('DelegatedOrganization', 'string', at('DelegatedOrganization')),
    p('Prefix', 'string', at('Prefix')),
    p('CommandName', 'string[]', at('CommandName')),
    p('FormatTypeName', 'string[]', at('FormatTypeName')),
    p('AccessToken', 'string'),
    p('AppId', 'string'),
    p('BypassMailboxAnchoring', 'switch'),
    p('Certificate', 'object', { description: 'The certificate with its private key: PEM text, or an object with certificatePem and privateKeyPem.' }),
    p('CertificateFilePath', 'string'),
    p('CertificatePassword', 'securestring'),
    p('CertificateThumbprint', 'string'),
    p('Credential', 'pscredential'),
    p('DisableWAM', 'switch'),
    p('EnableErrorReporting', 'switch'),
    p('EXOModuleBasePath', 'string'),
    p('LogDirectoryPath', 'string'),
    p('LogLevel', 'string', { validateSet: ['Default', 'All'] }),
    p('Organization', 'string'),
    p('ShowBanner', 'switch'),
    p('UserPrincipalName', 'string'),
    p('UseRPSSession', 'switch'),
    p('Sandbox', 'string', { description: 'exosh: connect to the sandbox tenant of this name (contoso, fabrikam, tailspin) as its admin.' }),
  ];
}

const CONNECT_EXO_PARAMETERS: ParameterMetadata[] = [
  ...commonParameters({ ConnectionUri: 0, AzureADAuthorizationEndpointUri: 1, PSSessionOption: 3, DelegatedOrganization: 4, Prefix: 5, CommandName: 6, FormatTypeName: 7 }),
  p('ExchangeEnvironmentName', 'string', { position: 2, validateSet: [...EXCHANGE_ENVIRONMENT_NAMES] }),
  p('Device', 'switch'),
  p('InlineCredential', 'switch'),
  p('LoadCmdletHelp', 'switch'),
  p('ManagedIdentity', 'switch'),
  p('ManagedIdentityAccountId', 'string'),
  p('PageSize', 'int', { validateRange: [1, 1000] }),
  p('ShowProgress', 'bool'),
  p('SigningCertificate', 'object'),
  p('SkipLoadingCmdletHelp', 'switch'),
  p('SkipLoadingFormatData', 'switch'),
  p('TrackPerformance', 'bool'),
  p('UseMultithreading', 'bool'),
];

const CONNECT_IPPS_PARAMETERS: ParameterMetadata[] = [
  ...commonParameters({ ConnectionUri: 0, AzureADAuthorizationEndpointUri: 1, DelegatedOrganization: 2, PSSessionOption: 3, Prefix: 4, CommandName: 5, FormatTypeName: 6 }),
  p('EnableSearchOnlySession', 'switch'),
];

function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = toStringValue(v);
  return s === '' ? undefined : s;
}

function validatePrefix(prefix: string): void {
  if (prefix === '') return;
  // The module matches with -notmatch, which ignores case: letters of either case and digits.
  if (!/^[a-z0-9]+$/i.test(prefix)) throw new ConnectError('Use of any special characters in the Prefix string is not supported.', 'InvalidArgument');
  if (prefix.toLowerCase() === 'exo') throw new ConnectError("Prefix 'EXO' is a reserved Prefix, please use a different prefix.", 'InvalidArgument');
}

function validUri(value: string, parameter: string): void {
  try {
    const u = new URL(value);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
  } catch {
    throw new ConnectError(`Invalid ${parameter} parameter '${value}'`, 'InvalidArgument');
  }
}

interface Placement {
  endpoints: ServiceEndpoints;
  /** Authority tenant for sign-in (undefined: `organizations`). */
  signInTenant: string | undefined;
  sandboxTenant: string | undefined;
}

function placement(ctx: CommandContext, config: ExchangeConfig, kind: ConnectionKind): Placement {
  const params = ctx.params;
  const sandboxTenant = text(params.Sandbox)?.toLowerCase();
  const connectionUri = text(params.ConnectionUri);
  const authorityUri = text(params.AzureADAuthorizationEndpointUri);
  if (connectionUri) validUri(connectionUri, 'ConnectionUri');
  if (authorityUri) validUri(authorityUri, 'AzureADAuthorizationEndpointUri');
  const organization = text(params.Organization);
  let endpoints: ServiceEndpoints;
  let signInTenant: string | undefined;
  if (sandboxTenant !== undefined) {
    if (!config.sandbox) {
      throw new ConnectError(
        "-Sandbox needs a running sandbox: start exosh with --sandbox (it starts one), or with --sandbox-url URL --ca-file FILE as 'exosh sandbox serve' prints them.",
        'ResourceUnavailable',
      );
    }
    if (!/^[a-z0-9-]+$/.test(sandboxTenant)) throw new ConnectError(`'${sandboxTenant}' is not a sandbox tenant name; use contoso, fabrikam or tailspin.`, 'InvalidArgument');
    endpoints = sandboxEndpoints(kind, config.sandbox.url);
    signInTenant = organization ?? `${sandboxTenant}.onmicrosoft.com`;
  } else {
    const env = (text(params.ExchangeEnvironmentName) ?? 'O365Default') as ExchangeEnvironmentName;
    endpoints = environmentEndpoints(kind, env);
    signInTenant = organization;
  }
  if (connectionUri) endpoints = { ...endpoints, connectionUri: restRootOf(connectionUri) };
  if (authorityUri) {
    const { root, tenant } = authorityRootOf(authorityUri);
    endpoints = { ...endpoints, authorityUri: root };
    if (tenant && !organization) signInTenant = tenant;
  }
  return { endpoints, signInTenant, sandboxTenant };
}

function recordOf(e: unknown, commandName: string): ErrorRecord {
  if (e instanceof RemoteError) return e.record;
  if (e instanceof ConnectError) return new ErrorRecord(e.message, `${e.exceptionType},${commandName}`, e.category, null, commandName, undefined, e.exceptionType);
  if (e && typeof e === 'object' && 'record' in e && (e as { record: unknown }).record instanceof ErrorRecord) return (e as { record: ErrorRecord }).record;
  const message = e instanceof Error ? e.message : String(e);
  return new ErrorRecord(message, `System.Exception,${commandName}`, 'NotSpecified', null, commandName, undefined, 'System.Exception');
}

function bannerText(doc: unknown): string | undefined {
  if (typeof doc === 'string') return doc;
  if (doc && typeof doc === 'object' && typeof (doc as { value?: unknown }).value === 'string') return (doc as { value: string }).value;
  return undefined;
}

/** Statuses that mean "this service offers no module file" (fall back to the asset), not "you may not". */
function moduleFileMissing(e: unknown): boolean {
  return e instanceof RemoteError && (e.status === 404 || e.status === 400 || e.status === 501);
}

function connectCommand(kind: ConnectionKind, config: ExchangeConfig): CommandDefinition {
  const name = kind === 'SecurityCompliance' ? 'Connect-IPPSSession' : 'Connect-ExchangeOnline';
  return {
    metadata: {
      name,
      parameters: kind === 'SecurityCompliance' ? CONNECT_IPPS_PARAMETERS : CONNECT_EXO_PARAMETERS,
      commandType: 'Function',
      module: MODULE,
      help: {
        synopsis:
          kind === 'SecurityCompliance'
            ? 'Connects to Security & Compliance PowerShell (REST) and adds its cmdlets to this session.'
            : 'Connects to Exchange Online (REST) and adds the cmdlets you may run to this session.',
        examples: [
          { code: 'Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com', remarks: 'Signs in with the browser.' },
          { code: 'Connect-ExchangeOnline -Sandbox fabrikam -Prefix Fab', remarks: 'exosh: connects to the sandbox tenant fabrikam; its cmdlets are Get-FabMailbox, ...' },
        ],
      },
    },
    create(ctx) {
      return {
        async end() {
          try {
            await connect(ctx, config, kind);
          } catch (e) {
            // The engine's own control flow (a stopped pipeline) passes through untouched.
            if (!(e instanceof Error)) throw e;
            ctx.throwTerminating(recordOf(e, name));
          }
        },
      };
    },
  };
}

async function connect(ctx: CommandContext, config: ExchangeConfig, kind: ConnectionKind): Promise<void> {
  const params = ctx.params;
  if (params.UseRPSSession === true) {
    throw new ConnectError('exosh connects over REST only: -UseRPSSession (remote PowerShell) is not available. Leave it out; every cmdlet runs over REST.', 'NotImplemented', 'System.NotSupportedException');
  }
  const prefix = text(params.Prefix) ?? '';
  validatePrefix(prefix);
  const pageSize = params.PageSize === undefined ? DEFAULT_PAGE_SIZE : Number(params.PageSize);
  const where = placement(ctx, config, kind);
  const services = await config.loadServices();
  const registry = connectionRegistry(ctx.session);
  const transport = registry.httpTransport(() => services.createHttpTransport(config.sandbox?.caPem ?? config.extraCaPem));
  const choice = chooseSignIn(ctx, config, where.sandboxTenant, (source) => loadCertificate(ctx, services, source));
  const method = await choice.method();

  const tokens = await services.createTokenProvider(method, {
    endpoints: where.endpoints,
    tenant: where.signInTenant,
    transport,
    signal: ctx.signal,
    env: config.env,
  });
  let registered = false;
  try {
    const token = await tokens.getToken({ signal: ctx.signal });
    const organization = text(params.Organization) ?? '';
    const delegated = text(params.DelegatedOrganization) ?? '';
    const tenantPath = delegated || organization || token.tenantId;
    const upn = token.userPrincipalName ?? text(params.UserPrincipalName) ?? '';
    const connectionId = registry.newConnectionId();
    const logDir = text(params.LogDirectoryPath);
    const log = logDir && services.createFileRequestLog ? services.createFileRequestLog(resolve(ctx.session.cwd, logDir), (text(params.LogLevel) ?? 'Default') as 'Default' | 'All') : undefined;
    const target: RestTarget = {
      connectionId,
      tenantLabel: tenantLabelOf({ delegated, organization, sandboxTenant: where.sandboxTenant, upn, tenantId: token.tenantId }),
      endpoints: where.endpoints,
      tenant: tenantPath,
      tokens,
      transport,
      anchorMailbox: anchorFor(token, upn),
      pageSize,
      ...(log ? { log } : {}),
      ...(params.ShowProgress === true ? { onProgress: (pr) => ctx.writeProgress({ activity: `${pr.cmdletName} (${pr.tenant})`, status: `${pr.objects} objects, ${pr.pages} pages`, completed: pr.done }) } : {}),
    };
    const invoker = services.createRestInvoker();
    if (params.ShowBanner !== false) await showBanner(ctx, invoker, target, tenantPath);

    const commandNames = Array.isArray(params.CommandName) ? (params.CommandName as unknown[]).map((n) => toStringValue(n)) : undefined;
    let moduleFile: unknown;
    try {
      moduleFile = await invoker.getJson(target, `v1.0/${encodeURIComponent(tenantPath)}/EXOModuleFile?Version=${MODULE_VERSION}`, ctx.signal, {
        CommandName: commandNames && commandNames.length > 0 ? commandNames.join(',') : '*',
      });
    } catch (e) {
      if (!moduleFileMissing(e)) throw e;
      ctx.writeVerbose(`The service offers no module file (${e instanceof RemoteError ? e.status : ''}); using the cmdlet list that ships with exosh.`);
    }
    // The asset describes Exchange Online's cmdlets only; Security & Compliance's come from the service.
    const asset = kind === 'ExchangeOnline' ? readCmdletAsset() : { cmdlets: [], propertySets: {} };
    const catalog = buildCatalog(moduleFile, asset.cmdlets, asset.propertySets, commandNames);
    if (catalog.cmdlets.size === 0) {
      throw new ConnectError(
        commandNames ? `No cmdlet you may run matches -CommandName ${commandNames.join(', ')}.` : 'Module could not be correctly formed. Please run Connect-ExchangeOnline again.',
        'InvalidResult',
      );
    }
    ctx.writeVerbose(`${catalog.cmdlets.size} cmdlets from the ${catalog.source}.`);

    const parts: ConnectionParts = {
      kind,
      prefix,
      tenantLabel: target.tenantLabel,
      target,
      invoker,
      cmdlets: catalog.cmdlets,
      propertySets: catalog.propertySets,
      details: {
        userPrincipalName: choice.appOnly ? '' : upn,
        connectionUri: where.endpoints.connectionUri,
        authorizationEndpointUri: where.endpoints.authorityUri,
        certificateAuthentication: choice.certificate,
        organization,
        delegatedOrganization: delegated,
        appId: token.appId ?? text(params.AppId) ?? '',
        tenantId: token.tenantId,
      },
    };
    const { connection, tookOverFrom } = registry.add(parts, connectionId, ctx.session, (c) => makeProxies(c, services));
    registered = true;
    enableFilterLeft(ctx.session);
    const takeover = tookOverFrom && takeoverWarning(connection, tookOverFrom);
    if (takeover) ctx.writeWarning(takeover);
    ctx.writeVerbose(`Connected ${connection.name} to ${connection.tenantLabel} (${connection.details.tenantId}).`);
  } finally {
    if (!registered) tokens.dispose();
  }
}

function anchorFor(token: AccessToken, upn: string): string {
  if (token.userPrincipalName || upn) return `UPN:${token.userPrincipalName ?? upn}`;
  return `APP:${APP_ONLY_ANCHOR_MAILBOX}@${token.tenantId}`;
}

async function showBanner(ctx: CommandContext, invoker: RestInvoker, target: RestTarget, tenantPath: string): Promise<void> {
  try {
    const doc = await invoker.getJson(target, `beta/${encodeURIComponent(tenantPath)}/EXOBanner('AutogenSession')?Version=${MODULE_VERSION}`, ctx.signal);
    const banner = bannerText(doc);
    if (banner) ctx.writeHost(banner, { foregroundColor: 'Yellow' });
  } catch (e) {
    // As the module: a banner that cannot be fetched is only worth a verbose line.
    ctx.writeVerbose(`Failed to fetch banner content from server. Reason: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Proxies of a connection: prefixed ones always call it; unprefixed ones call Invoke-Tenant's connection inside its block. */
export function makeProxies(connection: LiveConnection, services: ExchangeServices, prefix: string = connection.prefix): CommandDefinition[] {
  const resolver = (ctx: CommandContext) => {
    if (prefix === '') {
      const tenant = ctx.session.getVariable(TENANT_CONNECTION_VARIABLE);
      if (tenant instanceof LiveConnection && tenant.kind === connection.kind) return tenant;
    }
    return connection;
  };
  const out: CommandDefinition[] = [];
  for (const metadata of connection.cmdlets.values()) {
    out.push(services.createRemoteCommand(metadata, { prefix, moduleName: connection.moduleName, connection: resolver, convert: services.toServiceObject }));
  }
  return out;
}

async function loadCertificate(ctx: CommandContext, services: ExchangeServices, source: CertificateSource): Promise<ClientCertificate> {
  const s = source.kind === 'file' ? { ...source, path: resolve(ctx.session.cwd, source.path) } : source;
  return services.loadCertificate(s);
}

export function connectExchangeOnlineCommand(config: ExchangeConfig): CommandDefinition {
  return connectCommand('ExchangeOnline', config);
}

export function connectIppsSessionCommand(config: ExchangeConfig): CommandDefinition {
  return connectCommand('SecurityCompliance', config);
}
