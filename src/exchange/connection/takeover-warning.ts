// The warning a connection gives when it takes cmdlet names over from an older one (both unprefixed,
// or both with the same prefix): the module lets the newer connection's cmdlets shadow the older
// one's silently; exosh says so, names both, and says how to keep both reachable. Reconnecting to
// the same tenant changes nothing the user can see, so it says nothing.
import type { LiveConnection } from './registry.js';

function sameTenant(a: LiveConnection, b: LiveConnection): boolean {
  return a.details.tenantId === b.details.tenantId && a.target.tenant.toLowerCase() === b.target.tenant.toLowerCase();
}

export function takeoverWarning(newer: LiveConnection, older: LiveConnection): string | undefined {
  if (sameTenant(newer, older)) return undefined;
  const shared = [...newer.cmdlets.keys()].filter((k) => older.cmdlets.has(k)).length;
  const first = newer.cmdlets.get('get-mailbox')?.name ?? [...newer.cmdlets.values()][0]?.name ?? 'the cmdlets';
  const example = newer.prefix ? first.replace('-', `-${newer.prefix}`) : first;
  const names = newer.prefix ? `cmdlet names with the prefix ${newer.prefix}` : 'unprefixed cmdlet names';
  return (
    `${newer.name} (${newer.tenantLabel}) now owns the ${names}: ${example} and the other cmdlets both connections have (${shared} in all) ` +
    `now run against ${newer.tenantLabel}, no longer against ${older.name} (${older.tenantLabel}). ` +
    `To keep both reachable, give each connection its own -Prefix (Get-<Prefix>Mailbox), or run a block per tenant with Invoke-Tenant. ` +
    `Disconnecting ${newer.name} gives the names back to ${older.name}.`
  );
}
