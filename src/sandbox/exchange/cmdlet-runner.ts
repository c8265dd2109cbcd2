// Runs one cmdlet for an authorised caller: looks it up in the table, binds its parameters against
// the metadata, and executes the generic verb. Shared by InvokeCommand and the Get-EXO* entity sets.
import type { TenantStore } from '../contracts.js';
import { checkCmdlet, type Authorized } from './authorization.js';
import { cmdletSpec } from './cmdlet-table.js';
import { cmdletCatalog } from './metadata.js';
import { bindParameters } from './parameters.js';
import { errors } from './service-error.js';
import { runSpec, type CmdletResult, type RunContext } from './verbs.js';

export interface RunOptions {
  auth: Authorized;
  cmdlet: string;
  parameters: unknown;
  mutate: <T>(tenant: TenantStore, fn: () => Promise<T>) => Promise<T>;
  now: () => Date;
}

export async function runCmdlet(o: RunOptions): Promise<{ name: string; result: CmdletResult }> {
  const catalog = cmdletCatalog();
  const meta = catalog.get(o.cmdlet);
  const entry = cmdletSpec(o.cmdlet);
  // App tokens without Exchange.ManageAsApp are refused before anything is looked up.
  if (o.auth.appWithoutRole) throw errors.appNotAllowed(entry?.name ?? meta?.name ?? o.cmdlet);
  if (!meta || !entry) throw errors.unknownCmdlet(o.cmdlet);
  checkCmdlet(o.auth, entry.name);
  const bound = bindParameters(catalog, meta, o.parameters);
  const ctx: RunContext = {
    cmdlet: entry.name,
    tenant: o.auth.tenant,
    auth: o.auth,
    bound,
    mutate: (fn) => o.mutate(o.auth.tenant, fn),
    now: o.now,
  };
  return { name: entry.name, result: await runSpec(ctx, entry.spec) };
}
