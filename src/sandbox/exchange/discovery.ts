// How the client learns what it may run (rest-protocol.md §3):
//   GET /adminapi/v1.0/{tenant}/EXOModuleFile?Version=3.x   (header CommandName: * or a comma list)
//   GET /adminapi/{beta|v1.0}/{tenant}/EXOBanner('AutogenSession')?Version=3.x
// EXOModuleFile's `exportedCmdlets` is the comma-separated list the real service returns; the real
// module file that carries parameter metadata has no public schema, so the sandbox adds a
// documented extension, `cmdletMetadata` (the asset's entries for exactly the exported cmdlets) and
// `exoPropertySets`, from which the client builds its proxies.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mayRun, type Authorized } from './authorization.js';
import { implementedCmdlets } from './cmdlet-table.js';
import { sendJson, type ResponseContext } from './http.js';
import { cmdletCatalog, exoPropertySets } from './metadata.js';
import type { ServiceState } from './state.js';

export const MODULE_FILE_FORMAT = 1;

/** Cmdlets this caller may run, in the asset's order, optionally narrowed by the CommandName header. */
export function exportedCmdletsFor(auth: Authorized, commandName: string | undefined): string[] {
  if (auth.appWithoutRole) return [];
  const wanted = commandName && commandName.trim() !== '*' ? commandName.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean) : undefined;
  const matchesWanted = (name: string) =>
    !wanted || wanted.some((w) => (w.includes('*') ? new RegExp(`^${w.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(name) : w === name.toLowerCase()));
  return implementedCmdlets()
    .filter((n) => mayRun(auth.capability, n) && matchesWanted(n))
    .sort((a, b) => a.localeCompare(b, 'en'));
}

export function handleModuleFile(
  state: ServiceState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  auth: Authorized,
  tenantSegment: string,
  ctx: ResponseContext,
): void {
  const header = req.headers['commandname'];
  const names = exportedCmdletsFor(auth, typeof header === 'string' ? header : url.searchParams.get('CommandName') ?? undefined);
  const catalog = cmdletCatalog();
  const sets = exoPropertySets();
  const base = `${state.deps.baseUrl()}/adminapi/v1.0/${encodeURIComponent(tenantSegment)}`;
  void sendJson(res, ctx, 200, {
    '@odata.context': `${base}/$metadata#EXOModuleFile`,
    value: [
      {
        Version: url.searchParams.get('Version') ?? '',
        exportedCmdlets: names.join(','),
        cmdletMetadataFormat: MODULE_FILE_FORMAT,
        cmdletMetadata: names.map((n) => catalog.get(n)).filter((c) => c !== undefined),
        exoPropertySets: Object.fromEntries(names.filter((n) => sets[n]).map((n) => [n, sets[n]])),
      },
    ],
  });
}

export function handleBanner(state: ServiceState, res: ServerResponse, auth: Authorized, tenantSegment: string, ctx: ResponseContext): void {
  const t = auth.tenant.tenant;
  const base = `${state.deps.baseUrl()}/adminapi/beta/${encodeURIComponent(tenantSegment)}`;
  void sendJson(res, ctx, 200, {
    '@odata.context': `${base}/$metadata#Edm.String`,
    value:
      `You are connected to the exosh sandbox tenant ${t.displayName} (${t.initialDomain}), a local imitation of Exchange Online. ` +
      'Nothing here reaches Microsoft; changes last for the life of the sandbox (or its data folder).',
  });
}
