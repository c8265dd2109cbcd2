// What to tell a user who types an Exchange cmdlet the session does not have: before any
// connection pwsh only says "not recognized"; exosh says it is an Exchange cmdlet and how to
// connect, or which prefixed names the session's connections use. When an unprefixed connection
// exists and the name is still missing, the caller's role lacks it and pwsh's text stays (the module's behaviour).
import { prefixedName } from '../proxy/index.js';
import { readCmdletAsset } from './cmdlet-catalog.js';
import type { ConnectionRegistry } from './registry.js';

let names: Map<string, string> | undefined;

function assetName(name: string): string | undefined {
  names ??= new Map(readCmdletAsset().cmdlets.map((c) => [c.name.toLowerCase(), c.name]));
  return names.get(name.toLowerCase());
}

export function notConnectedHint(name: string, registry: ConnectionRegistry): string | undefined {
  const cmdlet = assetName(name);
  if (!cmdlet) return undefined;
  const exchange = registry.list().filter((c) => c.kind === 'ExchangeOnline');
  if (exchange.length === 0) {
    return `${cmdlet} is an Exchange Online cmdlet, and this session has no connection yet. Connect first with Connect-ExchangeOnline (in the sandbox: Connect-ExchangeOnline -Sandbox contoso, or start exosh with --sandbox), then run ${cmdlet} again.`;
  }
  if (registry.newestUnprefixed('ExchangeOnline')) return undefined;
  const prefixed = exchange.map((c) => `${prefixedName(cmdlet, c.prefix)} (${c.tenantLabel})`).join(', ');
  return `${cmdlet} is an Exchange Online cmdlet, but every connection of this session has a prefix: use ${prefixed}, or run it per tenant with Invoke-Tenant.`;
}
