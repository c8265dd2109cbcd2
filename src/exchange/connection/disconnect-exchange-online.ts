// Disconnect-ExchangeOnline: all connections, or those named by -ConnectionId / -ModulePrefix. It
// asks first (ConfirmImpact High) unless -Confirm:$false; their proxies leave the command table,
// their tokens are dropped, and after the last one the HTTPS transport is closed.
import type { CommandDefinition } from '../../runtime/command.js';
import { connectionRegistry } from './registry.js';
import { selectConnections } from './get-connection-information.js';

export function disconnectExchangeOnlineCommand(): CommandDefinition {
  return {
    metadata: {
      name: 'Disconnect-ExchangeOnline',
      commandType: 'Function',
      module: 'ExchangeOnlineManagement',
      supportsShouldProcess: true,
      confirmImpact: 'High',
      defaultParameterSet: 'DefaultParameterSet',
      parameters: [
        { name: 'ConnectionId', type: 'string[]', sets: { ConnectionId: { mandatory: true } }, valueFromPipelineByPropertyName: true },
        { name: 'ModulePrefix', type: 'string[]', sets: { ModulePrefix: { mandatory: true } } },
      ],
      help: {
        synopsis: 'Closes connections to Exchange Online and Security & Compliance and removes their cmdlets.',
        examples: [{ code: 'Disconnect-ExchangeOnline -ModulePrefix Fab -Confirm:$false', remarks: 'Closes the connection made with -Prefix Fab; Get-FabMailbox is gone.' }],
      },
    },
    create(ctx) {
      return {
        async process() {
          const registry = connectionRegistry(ctx.session);
          const chosen = selectConnections(registry, ctx.params);
          const names = chosen.map((c) => `${c.name} (${c.tenantLabel})`).join(', ');
          const target =
            ctx.parameterSetName === 'DefaultParameterSet'
              ? `This will disconnect every connection in this session${chosen.length > 0 ? `: ${names}` : ''}, and their cmdlets will no longer be available.`
              : `This will disconnect ${chosen.length > 0 ? names : 'no connection (none matches)'}, and their cmdlets will no longer be available.`;
          if (!(await ctx.shouldProcess(target, 'Disconnect-ExchangeOnline'))) return;
          await registry.remove(chosen, ctx.session);
          ctx.writeInformation('Disconnected successfully !');
        },
      };
    },
  };
}
