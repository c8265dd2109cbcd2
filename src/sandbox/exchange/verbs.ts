// The generic cmdlet behaviours the table in cmdlet-table.ts is built from: Get (list, Identity,
// -Filter, -Anr, -RecipientTypeDetails, field filters, -ResultSize, property sets), Set (patch one
// record), New (insert with duplicate checks), Remove (delete with the records it owns), and
// Add/Remove of owned entries (permissions, members). None knows a particular cmdlet.
import type { RecordKind, StoredRecord, TenantStore } from '../contracts.js';
import type { Authorized } from './authorization.js';
import type { BoundParameters, BoundValue, MultiValueEdit } from './parameters.js';
import { errors, ServiceError } from './service-error.js';
import { compileOpathFilter, createAnrMatcher, filterSchemaFor, OpathFilterError, resolveIdentity } from './query.js';
import { listOf, localFolderPath, matchAll, notFound, resolveOne, splitFolderIdentity, textOf } from './targets.js';
import { RESULT_SIZE_WARNING } from './wire-format.js';
import { exoPropertySets } from './metadata.js';
import { schemaFromRecords } from './record-filter-schema.js';

export interface RunContext {
  cmdlet: string;
  tenant: TenantStore;
  auth: Authorized;
  bound: BoundParameters;
  /** Runs a store mutation under the tenant's write lock (read-modify-write stays consistent). */
  mutate<T>(fn: () => Promise<T>): Promise<T>;
  now(): Date;
}

export interface CmdletResult {
  records: readonly StoredRecord[];
  /** Lower-case property name → name to print; only these properties are returned. */
  select?: ReadonlyMap<string, string>;
  warnings: string[];
  /** ShouldProcess text for -WhatIf / -Confirm validation calls (nothing was changed). */
  confirmation?: string;
}

/** Where a cmdlet's records come from. */
export type Source =
  | {
      from: 'kinds';
      kinds: RecordKind[];
      /** Only these records of a kind (Get-Recipient takes the User records that are mail users). */
      where?: Partial<Record<RecordKind, (record: StoredRecord) => boolean>>;
    }
  | {
      from: 'owned';
      kind: RecordKind;
      owners: RecordKind[];
      /** The parameter naming the owner (Identity for statistics, Mailbox for inbox rules). */
      ownerParam: string;
      /** Identity (when not the owner parameter) picks records among the owned ones. */
      identityWithin?: boolean;
      /** Identity is "mailbox:\folder" (folder permissions). */
      folderIdentity?: boolean;
    };

export type FieldFilter = (record: StoredRecord, value: BoundValue) => boolean;

export interface GetSpec {
  verb: 'get';
  source: Source;
  /**
   * Noun whose documented filterable properties -Filter accepts (filterSchemaFor). Absent: a
   * cmdlet that has -Filter filters on whatever properties its records carry.
   */
  filterNoun?: string;
  /** Get-EXO* cmdlet whose property sets apply (PropertySets/Properties). */
  propertySets?: string;
  fieldFilters?: Record<string, FieldFilter>;
  /** Filters applied when the caller gave none of fieldFilters' parameters. */
  defaults?: (ctx: RunContext) => FieldFilter | undefined;
  /** What each selected record looks like on output (e.g. a member entry joined to its member). */
  view?: (ctx: RunContext, record: StoredRecord) => StoredRecord;
}

export interface SetSpec {
  verb: 'set';
  source: Source;
  /** Parameter → property when they differ; null: the parameter changes no property. */
  rename?: Record<string, string | null>;
  /** Extra patch derived from parameters (e.g. -Type Shared → RecipientTypeDetails). */
  derive?: (ctx: RunContext, target: StoredRecord) => Record<string, unknown>;
  /** Checks and completes the patch before writing (address uniqueness, primary address rules). */
  validate?: (ctx: RunContext, target: StoredRecord, patch: Record<string, unknown>) => void;
}

export interface NewSpec {
  verb: 'new';
  kind: RecordKind;
  /** Builds the record and the related records created with it. */
  build: (ctx: RunContext) => { record: StoredRecord; related: { kind: RecordKind; record: StoredRecord }[] };
}

export interface RemoveSpec {
  verb: 'remove';
  source: Source;
  /** Owned kinds removed with the record. */
  cascade?: RecordKind[];
  /** Other records that go with it (e.g. the mailbox's User). */
  companions?: (ctx: RunContext, target: StoredRecord) => { kind: RecordKind; record: StoredRecord }[];
}

export interface AddEntrySpec {
  verb: 'add-entry';
  kind: RecordKind;
  owners: RecordKind[];
  ownerParam: string;
  folderIdentity?: boolean;
  build: (ctx: RunContext, owner: StoredRecord, folder: string | undefined) => StoredRecord;
  /** An existing entry this one would duplicate. */
  existing: (ctx: RunContext, entries: readonly StoredRecord[], candidate: StoredRecord) => StoredRecord | undefined;
  /** Set-* over entries (Set-MailboxFolderPermission): update the existing entry instead. */
  replace?: boolean;
}

export interface RemoveEntrySpec {
  verb: 'remove-entry';
  kind: RecordKind;
  owners: RecordKind[];
  ownerParam: string;
  folderIdentity?: boolean;
  matches: (ctx: RunContext, entry: StoredRecord, folder: string | undefined) => boolean;
  describe: (ctx: RunContext) => string;
}

export type CmdletSpec = GetSpec | SetSpec | NewSpec | RemoveSpec | AddEntrySpec | RemoveEntrySpec;

// ------------------------------------------------------------------------------------------

const PARAMS_NOT_FILTERS = new Set(['Identity', 'Filter', 'ResultSize', 'Anr', 'RecipientTypeDetails', 'PropertySets', 'Properties']);

export function param(ctx: RunContext, name: string): BoundValue | undefined {
  return ctx.bound.values.get(name);
}

export function stringParam(ctx: RunContext, name: string): string | undefined {
  const v = ctx.bound.values.get(name);
  if (v === undefined || v === null) return undefined;
  return Array.isArray(v) ? v.join(',') : typeof v === 'object' ? undefined : String(v);
}

/** The records a Get/Set/Remove acts on, before filters. Throws not-found/ambiguous. */
export function sourceRecords(ctx: RunContext, source: Source, forWrite: boolean): readonly StoredRecord[] {
  const identity = stringParam(ctx, 'Identity');
  if (source.from === 'kinds') {
    if (source.where) return whereSource(ctx, source.kinds, source.where, identity, forWrite);
    if (identity === undefined) return listOf(ctx.tenant, source.kinds);
    if (forWrite) return [resolveOne(ctx.tenant, source.kinds, identity).record];
    const hits = matchAll(ctx.tenant, source.kinds, identity);
    if (hits.length === 0) throw notFound(ctx.tenant, identity);
    return hits;
  }
  const ownerText = stringParam(ctx, source.ownerParam);
  let owned: readonly StoredRecord[];
  let folder: string | undefined;
  if (ownerText === undefined) {
    owned = ctx.tenant.list(source.kind);
  } else {
    const split = source.folderIdentity ? splitFolderIdentity(ownerText) : { owner: ownerText, folder: undefined };
    folder = split.folder;
    const owner = resolveOne(ctx.tenant, source.owners, split.owner).record;
    if (folder !== undefined) folder = localFolderPath(ctx.tenant, owner.Guid, folder);
    owned = ctx.tenant.byOwner(source.kind, owner.Guid);
  }
  if (folder !== undefined) owned = owned.filter((r) => sameFolder(r, folder!));
  if (source.identityWithin && identity !== undefined && source.ownerParam !== 'Identity') {
    const hits = resolveIdentity(owned, identity);
    if (hits.length === 0) throw notFound(ctx.tenant, identity);
    if (forWrite && hits.length > 1) throw errors.ambiguous(identity);
    return hits;
  }
  return owned;
}

// The store swaps in a new list array on every change, so a filtered list cached per array is never stale.
const filteredLists = new WeakMap<readonly StoredRecord[], readonly StoredRecord[]>();

function filteredList(list: readonly StoredRecord[], keep: (r: StoredRecord) => boolean): readonly StoredRecord[] {
  if (!Object.isFrozen(list)) return list.filter(keep);
  let hit = filteredLists.get(list);
  if (!hit) {
    hit = Object.freeze(list.filter(keep));
    filteredLists.set(list, hit);
  }
  return hit;
}

function whereSource(
  ctx: RunContext,
  kinds: readonly RecordKind[],
  where: Partial<Record<RecordKind, (r: StoredRecord) => boolean>>,
  identity: string | undefined,
  forWrite: boolean,
): readonly StoredRecord[] {
  const hits = kinds.flatMap((k) => {
    const keep = where[k];
    if (identity === undefined) return keep ? filteredList(ctx.tenant.list(k), keep) : ctx.tenant.list(k);
    const found = matchAll(ctx.tenant, [k], identity);
    return keep ? found.filter(keep) : found;
  });
  if (identity === undefined) return hits;
  if (hits.length === 0) throw notFound(ctx.tenant, identity);
  if (forWrite && hits.length > 1) throw errors.ambiguous(identity);
  return hits;
}

function sameFolder(r: StoredRecord, folder: string): boolean {
  const name = textOf(r, 'FolderName') || textOf(r, 'FolderPath').replace(/^\//, '');
  const f = folder.replace(/^\\/, '');
  return name.toLowerCase() === f.toLowerCase() || textOf(r, 'Identity').toLowerCase().endsWith(`:\\${f.toLowerCase()}`);
}

/**
 * A recipient's User record (same Guid: one directory object), read for the properties the
 * recipient record lacks: Department, City, FirstName... as Get-Recipient and Get-Mailbox filter
 * and ANR see them.
 */
function userCompanion(ctx: RunContext, source: Source): ((r: StoredRecord) => StoredRecord | undefined) | undefined {
  if (source.from !== 'kinds' || source.kinds.every((k) => k === 'User')) return undefined;
  return (r) => ctx.tenant.get('User', r.Guid);
}

export function runGet(ctx: RunContext, spec: GetSpec): CmdletResult {
  let records = sourceRecords(ctx, spec.source, false);
  const preds: ((r: StoredRecord) => boolean)[] = [];
  const filterText = stringParam(ctx, 'Filter');
  if (filterText !== undefined) {
    try {
      const schema = spec.filterNoun ? filterSchemaFor(spec.filterNoun) : schemaFromRecords(ctx.cmdlet.replace(/^[A-Za-z]+-/, ''), records);
      preds.push(compileOpathFilter(filterText, schema, { companion: userCompanion(ctx, spec.source) }));
    } catch (e) {
      if (e instanceof OpathFilterError) throw errors.invalidFilter(e.message);
      throw e;
    }
  }
  const anr = stringParam(ctx, 'Anr');
  if (anr !== undefined) preds.push(createAnrMatcher(anr, userCompanion(ctx, spec.source)));
  const rtd = param(ctx, 'RecipientTypeDetails');
  if (Array.isArray(rtd) && rtd.length > 0) {
    const wanted = new Set(rtd.map((v) => v.toLowerCase()));
    preds.push((r) => wanted.has(textOf(r, 'RecipientTypeDetails').toLowerCase()));
  }
  let anyField = false;
  for (const [name, f] of Object.entries(spec.fieldFilters ?? {})) {
    const v = param(ctx, name);
    if (v === undefined || PARAMS_NOT_FILTERS.has(name)) continue;
    anyField = true;
    preds.push((r) => f(r, v));
  }
  if (!anyField && spec.defaults) {
    const d = spec.defaults(ctx);
    if (d) preds.push((r) => d(r, null));
  }
  if (preds.length > 0) records = records.filter((r) => preds.every((p) => p(r)));

  const warnings: string[] = [];
  const resultSize = param(ctx, 'ResultSize');
  const limit = resultSize === 'Unlimited' ? Infinity : typeof resultSize === 'number' ? resultSize : 1000;
  if (typeof resultSize === 'number' && resultSize < 1) throw errors.parameterValue('ResultSize', 'The value must be greater than 0.');
  if (records.length > limit) {
    records = records.slice(0, limit);
    warnings.push(RESULT_SIZE_WARNING);
  }
  if (spec.view) {
    const view = spec.view;
    records = records.map((r) => view(ctx, r));
  }
  return { records, warnings, select: spec.propertySets ? selectionOf(ctx, spec.propertySets) : undefined };
}

/** Minimum plus the requested sets and properties (rest-protocol.md §2.3). */
export function selectionOf(ctx: RunContext, cmdlet: string): ReadonlyMap<string, string> | undefined {
  const sets = exoPropertySets()[cmdlet];
  if (!sets) return undefined;
  const requestedSets = param(ctx, 'PropertySets');
  const requestedProps = param(ctx, 'Properties');
  const names = new Set<string>(sets['Minimum'] ?? []);
  const setNames = Array.isArray(requestedSets) ? requestedSets : typeof requestedSets === 'string' ? [requestedSets] : [];
  for (const s of setNames) {
    if (s.toLowerCase() === 'all') return undefined;
    const hit = Object.keys(sets).find((k) => k.toLowerCase() === s.toLowerCase());
    if (!hit) throw errors.notInSet('PropertySets', s, Object.keys(sets).concat('All'));
    for (const p of sets[hit]!) names.add(p);
  }
  const props = Array.isArray(requestedProps) ? requestedProps : typeof requestedProps === 'string' ? requestedProps.split(',') : [];
  for (const p of props) if (p.trim()) names.add(p.trim());
  return new Map([...names].map((n) => [n.toLowerCase(), n]));
}

// ------------------------------------------------------------------------------------------

export function confirmationText(ctx: RunContext, target: string): string {
  return `Performing the operation "${ctx.cmdlet}" on target "${target}".`;
}

function shouldStop(ctx: RunContext): boolean {
  return ctx.bound.whatIf || ctx.bound.confirm;
}

// An address given without a prefix means its smtp: form, so both spellings compare equal.
const editKey = (v: string) => v.toLowerCase().replace(/^smtp:/, '');

function applyEdit(current: unknown, edit: MultiValueEdit): string[] {
  const list = Array.isArray(current) ? current.map(String) : current === null || current === undefined || current === '' ? [] : [String(current)];
  const removed = new Set(edit.remove.map(editKey));
  const kept = list.filter((v) => !removed.has(editKey(v)));
  for (const a of edit.add) if (!kept.some((v) => editKey(v) === editKey(a))) kept.push(a);
  return kept;
}

const NOT_PROPERTIES = new Set(['Identity', 'Force', 'IgnoreDefaultScope', 'DomainController', 'Mailbox']);

export async function runSet(ctx: RunContext, spec: SetSpec): Promise<CmdletResult> {
  return ctx.mutate(async () => {
    const targets = sourceRecords(ctx, spec.source, true);
    if (targets.length === 0) throw notFound(ctx.tenant, stringParam(ctx, 'Identity') ?? '');
    if (targets.length > 1) throw errors.ambiguous(stringParam(ctx, 'Identity') ?? '');
    const target = targets[0]!;
    const identityText = textOf(target, 'Identity') || textOf(target, 'Name') || target.Guid;
    if (shouldStop(ctx)) return { records: [], warnings: [], confirmation: confirmationText(ctx, identityText) };
    const patch: Record<string, unknown> = {};
    for (const [name, value] of ctx.bound.values) {
      if (NOT_PROPERTIES.has(name) && spec.source.from === 'kinds') continue;
      if (name === (spec.source.from === 'owned' ? spec.source.ownerParam : 'Identity')) continue;
      const renamed = spec.rename && name in spec.rename ? spec.rename[name] : name;
      if (renamed === null || renamed === undefined) continue;
      const current = target[renamed];
      patch[renamed] = isEdit(value) ? applyEdit(current, value) : value;
    }
    Object.assign(patch, spec.derive?.(ctx, target) ?? {});
    spec.validate?.(ctx, target, patch);
    const changed = Object.entries(patch).filter(([k, v]) => JSON.stringify(target[k] ?? null) !== JSON.stringify(v ?? null));
    if (changed.length === 0) {
      return { records: [], warnings: [`The command completed successfully but no settings of '${identityText}' have been modified.`] };
    }
    await ctx.tenant.update(kindOfTarget(ctx, spec.source, target), target.Guid, Object.fromEntries(changed));
    return { records: [], warnings: [] };
  });
}

function kindOfTarget(ctx: RunContext, source: Source, target: StoredRecord): RecordKind {
  if (source.from === 'owned') return source.kind;
  for (const k of source.kinds) if (ctx.tenant.get(k, target.Guid) === target) return k;
  return source.kinds.find((k) => ctx.tenant.get(k, target.Guid) !== undefined) ?? source.kinds[0]!;
}

function isEdit(v: BoundValue): v is MultiValueEdit {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { kind?: unknown }).kind === 'edit';
}

export async function runNew(ctx: RunContext, spec: NewSpec): Promise<CmdletResult> {
  return ctx.mutate(async () => {
    const { record, related } = spec.build(ctx);
    if (shouldStop(ctx)) return { records: [], warnings: [], confirmation: confirmationText(ctx, textOf(record, 'Name') || record.Guid) };
    await ctx.tenant.insert(spec.kind, record);
    for (const r of related) await ctx.tenant.insert(r.kind, r.record);
    return { records: [ctx.tenant.get(spec.kind, record.Guid) ?? record], warnings: [] };
  });
}

export async function runRemove(ctx: RunContext, spec: RemoveSpec): Promise<CmdletResult> {
  return ctx.mutate(async () => {
    const targets = sourceRecords(ctx, spec.source, true);
    const target = targets[0];
    if (!target) throw notFound(ctx.tenant, stringParam(ctx, 'Identity') ?? '');
    if (shouldStop(ctx)) {
      return { records: [], warnings: [], confirmation: confirmationText(ctx, textOf(target, 'Identity') || textOf(target, 'Name') || target.Guid) };
    }
    const kind = kindOfTarget(ctx, spec.source, target);
    for (const c of spec.cascade ?? []) {
      for (const owned of [...ctx.tenant.byOwner(c, target.Guid)]) await ctx.tenant.remove(c, owned.Guid);
    }
    for (const c of spec.companions?.(ctx, target) ?? []) await ctx.tenant.remove(c.kind, c.record.Guid);
    await ctx.tenant.remove(kind, target.Guid);
    return { records: [], warnings: [] };
  });
}

/** The object whose entries an add-entry or remove-entry cmdlet changes; folder permissions name the folder too (`mailbox:\folder`). */
function entryOwner(ctx: RunContext, spec: AddEntrySpec | RemoveEntrySpec): { ownerText: string; owner: StoredRecord; folder: string | undefined } {
  const ownerText = stringParam(ctx, spec.ownerParam) ?? '';
  const split = spec.folderIdentity ? splitFolderIdentity(ownerText) : { owner: ownerText, folder: undefined };
  const owner = resolveOne(ctx.tenant, spec.owners, split.owner).record;
  const folder = split.folder === undefined ? undefined : localFolderPath(ctx.tenant, owner.Guid, split.folder);
  return { ownerText, owner, folder };
}

export async function runAddEntry(ctx: RunContext, spec: AddEntrySpec): Promise<CmdletResult> {
  return ctx.mutate(async () => {
    const { ownerText, owner, folder } = entryOwner(ctx, spec);
    const candidate = spec.build(ctx, owner, folder);
    const entries = ctx.tenant.byOwner(spec.kind, owner.Guid);
    const existing = spec.existing(ctx, entries, candidate);
    if (shouldStop(ctx)) return { records: [], warnings: [], confirmation: confirmationText(ctx, ownerText) };
    if (spec.replace) {
      if (!existing) throw errors.invalidOperation(`There is no existing permission entry found for user: ${textOf(candidate, 'User')}.`);
      const { Guid: _g, OwnerGuid: _o, ...patch } = candidate;
      const updated = await ctx.tenant.update(spec.kind, existing.Guid, patch);
      return { records: [updated], warnings: [] };
    }
    if (existing) {
      throw errors.alreadyPresent(
        `An existing permission entry was found for user: ${textOf(candidate, 'User') || textOf(candidate, 'Trustee') || textOf(candidate, 'Name')}.`,
      );
    }
    await ctx.tenant.insert(spec.kind, candidate);
    return { records: [candidate], warnings: [] };
  });
}

export async function runRemoveEntry(ctx: RunContext, spec: RemoveEntrySpec): Promise<CmdletResult> {
  return ctx.mutate(async () => {
    const { ownerText, owner, folder } = entryOwner(ctx, spec);
    const victims = ctx.tenant.byOwner(spec.kind, owner.Guid).filter((e) => spec.matches(ctx, e, folder));
    if (shouldStop(ctx)) return { records: [], warnings: [], confirmation: confirmationText(ctx, ownerText) };
    if (victims.length === 0) {
      throw new ServiceError({
        status: 400,
        code: 'BadRequest',
        exceptionClass: 'Microsoft.Exchange.Configuration.Tasks.TaskException',
        message: spec.describe(ctx),
      });
    }
    for (const v of [...victims]) await ctx.tenant.remove(spec.kind, v.Guid);
    return { records: [], warnings: [] };
  });
}

export function runSpec(ctx: RunContext, spec: CmdletSpec): CmdletResult | Promise<CmdletResult> {
  switch (spec.verb) {
    case 'get': return runGet(ctx, spec);
    case 'set': return runSet(ctx, spec);
    case 'new': return runNew(ctx, spec);
    case 'remove': return runRemove(ctx, spec);
    case 'add-entry': return runAddEntry(ctx, spec);
    case 'remove-entry': return runRemoveEntry(ctx, spec);
  }
}
