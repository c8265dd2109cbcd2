// Get-ConnectionInformation: one object per connection, the module's properties in its order.
// Never a token: TokenExpiryTimeUTC and TokenStatus are all it says about one.
import type { CommandDefinition } from '../../runtime/command.js';
import { toStringValue } from '../../runtime/conversions.js';
import { PSDateTime, PSObject } from '../../runtime/values.js';
import { connectionRegistry, type ConnectionRegistry, type LiveConnection } from './registry.js';

export const CONNECTION_INFORMATION_TYPE = 'Microsoft.Exchange.Management.ExoPowershellSnapin.ConnectionInformation';

export function connectionInformation(c: LiveConnection, registry: ConnectionRegistry): PSObject {
  const tokens = c.target.tokens;
  const expiry = tokens.current?.expiresOn;
  const inbuilt = c.kind === 'ExchangeOnline' && registry.newestUnprefixed('ExchangeOnline') === c;
  return PSObject.fromEntries(
    [
      ['ConnectionId', c.connectionId],
      ['State', c.open ? 'Connected' : 'Disconnected'],
      ['Id', c.id],
      ['Name', c.name],
      ['UserPrincipalName', c.details.userPrincipalName],
      ['ConnectionUri', c.details.connectionUri],
      ['AzureAdAuthorizationEndpointUri', c.details.authorizationEndpointUri],
      ['TokenExpiryTimeUTC', expiry ? new PSDateTime(expiry.getTime(), 'Utc') : null],
      ['CertificateAuthentication', c.details.certificateAuthentication],
      ['ModuleName', c.moduleName],
      ['ModulePrefix', c.prefix],
      ['Organization', c.details.organization],
      ['DelegatedOrganization', c.details.delegatedOrganization],
      ['AppId', c.details.appId],
      ['PageSize', c.target.pageSize],
      ['TenantID', c.details.tenantId],
      ['TokenStatus', tokens.status],
      ['ConnectionUsedForInbuiltCmdlets', inbuilt],
      ['IsEopSession', c.kind === 'SecurityCompliance'],
    ],
    [CONNECTION_INFORMATION_TYPE, 'System.Object'],
  );
}

/** -ConnectionId / -ModulePrefix selection shared with Disconnect-ExchangeOnline. */
export function selectConnections(registry: ConnectionRegistry, params: Readonly<Record<string, unknown>>): LiveConnection[] {
  const all = registry.list();
  const list = (v: unknown) => (Array.isArray(v) ? v : [v]).map((x) => toStringValue(x).toLowerCase());
  if (params.ConnectionId !== undefined) {
    const ids = new Set(list(params.ConnectionId));
    return all.filter((c) => ids.has(c.connectionId.toLowerCase()));
  }
  if (params.ModulePrefix !== undefined) {
    const prefixes = new Set(list(params.ModulePrefix));
    return all.filter((c) => prefixes.has(c.prefix.toLowerCase()));
  }
  return [...all];
}

export function getConnectionInformationCommand(): CommandDefinition {
  return {
    metadata: {
      name: 'Get-ConnectionInformation',
      commandType: 'Function',
      module: 'ExchangeOnlineManagement',
      defaultParameterSet: 'Default',
      parameters: [
        { name: 'ConnectionId', type: 'string[]', sets: { ConnectionId: { mandatory: true } }, valueFromPipelineByPropertyName: true },
        { name: 'ModulePrefix', type: 'string[]', sets: { ModulePrefix: { mandatory: true } } },
      ],
      help: { synopsis: 'Shows the connections of this session to Exchange Online and Security & Compliance (never their tokens).' },
    },
    create(ctx) {
      return {
        process() {
          const registry = connectionRegistry(ctx.session);
          for (const c of selectConnections(registry, ctx.params)) ctx.write(connectionInformation(c, registry));
        },
      };
    },
  };
}
