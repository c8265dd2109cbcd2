// Which cmdlets a new connection gets: the service's EXOModuleFile (the cmdlets this caller may run),
// with their metadata when the service sends it (the sandbox does), else the asset's entries for the
// exported names, else — when the service gives no list at all — the whole asset. -CommandName narrows it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PropertySets, RemoteCmdletMetadata } from '../contracts.js';
import { wildcardMatch } from '../../runtime/operators-wildcard.js';

/** The module version the module file is asked for (the sandbox and CIPP use 3.7.1). */
export const MODULE_VERSION = '3.7.1';

export interface CmdletCatalog {
  cmdlets: Map<string, RemoteCmdletMetadata>;
  propertySets: PropertySets;
  /** Where the list came from, for -Verbose. */
  source: 'service' | 'service list + asset' | 'asset';
}

interface ModuleFileEntry {
  exportedCmdlets?: unknown;
  cmdletMetadata?: unknown;
  exoPropertySets?: unknown;
}

function firstEntry(doc: unknown): ModuleFileEntry | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  const value = (doc as { value?: unknown }).value;
  if (Array.isArray(value)) return (value[0] ?? undefined) as ModuleFileEntry | undefined;
  return doc as ModuleFileEntry;
}

function isMetadata(v: unknown): v is RemoteCmdletMetadata {
  return typeof v === 'object' && v !== null && typeof (v as RemoteCmdletMetadata).name === 'string' && Array.isArray((v as RemoteCmdletMetadata).parameters);
}

/** `moduleFile` is the parsed EXOModuleFile answer, or undefined when it could not be read. */
export function buildCatalog(moduleFile: unknown, asset: readonly RemoteCmdletMetadata[], assetPropertySets: PropertySets, commandName: readonly string[] | undefined): CmdletCatalog {
  const entry = firstEntry(moduleFile);
  const byName = new Map<string, RemoteCmdletMetadata>();
  let source: CmdletCatalog['source'] = 'asset';
  const served = Array.isArray(entry?.cmdletMetadata) ? entry.cmdletMetadata.filter(isMetadata) : [];
  if (served.length > 0) {
    for (const m of served) byName.set(m.name.toLowerCase(), m);
    source = 'service';
  } else if (typeof entry?.exportedCmdlets === 'string' && entry.exportedCmdlets.trim() !== '') {
    const exported = new Set(entry.exportedCmdlets.split(',').map((n) => n.trim().toLowerCase()));
    for (const m of asset) if (exported.has(m.name.toLowerCase())) byName.set(m.name.toLowerCase(), m);
    source = 'service list + asset';
  } else {
    for (const m of asset) byName.set(m.name.toLowerCase(), m);
  }
  if (commandName && commandName.length > 0) {
    for (const [key, m] of byName) if (!commandName.some((p) => wildcardMatch(m.name, p))) byName.delete(key);
  }
  const servedSets = entry?.exoPropertySets;
  const propertySets = typeof servedSets === 'object' && servedSets !== null && !Array.isArray(servedSets) ? (servedSets as PropertySets) : assetPropertySets;
  return { cmdlets: byName, propertySets, source };
}

const assetDir = new URL('../../../assets/exchange/', import.meta.url);
let assetCache: { cmdlets: RemoteCmdletMetadata[]; propertySets: PropertySets } | undefined;

/** assets/exchange/cmdlets.json and property-sets.json, read once per process. */
export function readCmdletAsset(): { cmdlets: RemoteCmdletMetadata[]; propertySets: PropertySets } {
  if (!assetCache) {
    const cmdlets = (JSON.parse(readFileSync(fileURLToPath(new URL('cmdlets.json', assetDir)), 'utf8')) as { cmdlets: RemoteCmdletMetadata[] }).cmdlets;
    const propertySets = JSON.parse(readFileSync(fileURLToPath(new URL('property-sets.json', assetDir)), 'utf8')) as PropertySets;
    assetCache = { cmdlets, propertySets };
  }
  return assetCache;
}
