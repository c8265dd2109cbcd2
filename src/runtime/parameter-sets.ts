// Which parameter sets a parameter is in and its Mandatory/Position in each, read from either
// form of ParameterMetadata: the per-set `sets` record ([Parameter(ParameterSetName=...)] per set,
// as remote cmdlets declare them) or the older `parameterSets` list with one mandatory/position.
// The binder, Get-Command -Syntax and Get-Help all ask here, so they agree.
import type { CommandMetadata, ParameterMetadata } from './command.js';

/** PowerShell's name for "every parameter set". */
export const ALL_SETS = '__AllParameterSets';

type SetEntry = { mandatory?: boolean; position?: number };

/** A parameter's `sets` by name as written and lower-cased, built once per parameter (the binder asks often). */
interface SetTable {
  bySet: Map<string, SetEntry>;
  all: SetEntry | undefined;
}
const tables = new WeakMap<ParameterMetadata, SetTable>();

function tableOf(p: ParameterMetadata): SetTable {
  let t = tables.get(p);
  if (!t) {
    const bySet = new Map<string, SetEntry>();
    for (const [key, entry] of Object.entries(p.sets!)) {
      bySet.set(key, entry);
      bySet.set(key.toLowerCase(), entry);
    }
    t = { bySet, all: bySet.get(ALL_SETS.toLowerCase()) };
    tables.set(p, t);
  }
  return t;
}

/** The `sets` entry for a set: its own, else the `__AllParameterSets` one. Case-insensitive. */
function entryOf(p: ParameterMetadata, set: string): SetEntry | undefined {
  const t = tableOf(p);
  return t.bySet.get(set) ?? t.bySet.get(set.toLowerCase()) ?? t.all;
}

/** True when the parameter belongs to every set of its command. */
export function inAllSets(p: ParameterMetadata): boolean {
  if (p.sets) return tableOf(p).all !== undefined;
  return !p.parameterSets || p.parameterSets.length === 0;
}

export function inSet(p: ParameterMetadata, set: string): boolean {
  if (set === ALL_SETS) return true;
  if (p.sets) return entryOf(p, set) !== undefined;
  return !p.parameterSets || p.parameterSets.length === 0 || p.parameterSets.some((s) => s.toLowerCase() === set.toLowerCase());
}

/** Mandatory in this set (a `sets` entry, when there is one, says it alone). */
export function mandatoryIn(p: ParameterMetadata, set: string): boolean {
  if (p.sets) return entryOf(p, set)?.mandatory === true;
  return p.mandatory === true;
}

/** Position in this set; undefined = named only there. */
export function positionIn(p: ParameterMetadata, set: string): number | undefined {
  if (p.sets) return entryOf(p, set)?.position;
  return p.position;
}

/** Named sets a parameter lists (not `__AllParameterSets`). */
function namedSetsOf(p: ParameterMetadata): readonly string[] {
  if (p.sets) return Object.keys(p.sets).filter((k) => k !== ALL_SETS);
  return p.parameterSets ?? [];
}

const setsCache = new WeakMap<CommandMetadata, string[]>();

/**
 * The command's parameter sets in declaration order ([ALL_SETS] when it declares none), the default
 * set included. Cached per metadata object: remote commands are bound often and have many parameters.
 */
export function commandSets(meta: CommandMetadata): readonly string[] {
  const cached = setsCache.get(meta);
  if (cached) return cached;
  const sets: string[] = [];
  const seen = new Set<string>();
  const add = (s: string) => {
    if (seen.has(s.toLowerCase())) return;
    seen.add(s.toLowerCase());
    sets.push(s);
  };
  for (const p of meta.parameters) for (const s of namedSetsOf(p)) add(s);
  if (meta.defaultParameterSet) add(meta.defaultParameterSet);
  const result = sets.length > 0 ? sets : [ALL_SETS];
  setsCache.set(meta, result);
  return result;
}

/** Sets a parameter is in, for Get-Help's "Parameter set name" row. */
export function setNamesOf(p: ParameterMetadata): string {
  if (inAllSets(p)) return '(All)';
  return namedSetsOf(p).join(', ');
}

/** Mandatory in at least one set: the binder then refuses $null/''/@() for it (unless Allow*). */
export function mandatoryAnywhere(p: ParameterMetadata): boolean {
  if (p.sets) return Object.values(p.sets).some((e) => e.mandatory === true);
  return p.mandatory === true;
}
