// The warning a second unprefixed connection gives: the module silently lets the newer connection's
// cmdlets shadow the older one's; exosh says so, names both, and says how to keep both reachable.
import type { LiveConnection } from './registry.js';

export function takeoverWarning(newer: LiveConnection, older: LiveConnection): string {
  const shared = [...newer.cmdlets.keys()].filter((k) => older.cmdlets.has(k)).length;
  const example = newer.cmdlets.has('get-mailbox') ? 'Get-Mailbox' : ([...newer.cmdlets.values()][0]?.name ?? 'the cmdlets');
  return (
    `${newer.name} (${newer.tenantLabel}) now owns the unprefixed cmdlet names: ${example} and the ${shared} cmdlets both connections have ` +
    `run against ${newer.tenantLabel}, no longer against ${older.name} (${older.tenantLabel}). ` +
    `To keep both reachable, connect with -Prefix (Get-<Prefix>Mailbox), or run a block per tenant with Invoke-Tenant. ` +
    `Disconnecting ${newer.name} gives the names back to ${older.name}.`
  );
}
