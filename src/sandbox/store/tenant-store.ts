// One tenant's records, kind by kind. Reads are synchronous and never see a half-applied change;
// every mutation replaces records (never edits them) and swaps in new arrays, so a list() or
// byOwner() result a caller holds (a pager, say) stays exactly as it was while others write.
import type { RecordKind, SandboxTenant, StoredRecord, TenantStore } from '../contracts.js';
import { makeRecord } from './records.js';
import { KIND_DEFAULTS } from './seed/defaults.js';
import { StoreError } from './errors.js';
import { DeferredKindTable, KindTable, LazyKindTable, type LazySource, type Table } from './tables.js';

export { StoreError } from './errors.js';
export type { LazySource } from './tables.js';

/** What a mutation did, for the persistence overlay. */
export type Change =
  | { op: 'insert'; record: StoredRecord }
  | { op: 'update'; guid: string; patch: Record<string, unknown>; record: StoredRecord; previousOwner?: string }
  | { op: 'remove'; guid: string; previousOwner?: string };

export type ChangeListener = (kind: RecordKind, change: Change) => Promise<void>;

export class MemoryTenantStore implements TenantStore {
  private tables = new Map<RecordKind, Table>();
  private listener: ChangeListener = async () => {};
  private closed = false;

  constructor(
    readonly tenant: SandboxTenant,
    seeded: ReadonlyMap<RecordKind, readonly StoredRecord[]>,
    lazy: ReadonlyMap<RecordKind, LazySource> = new Map(),
    deferred: ReadonlyMap<RecordKind, () => readonly StoredRecord[]> = new Map(),
  ) {
    for (const [kind, records] of seeded) {
      const table = new KindTable();
      table.load(records);
      this.tables.set(kind, table);
    }
    for (const [kind, source] of lazy) this.tables.set(kind, new LazyKindTable(source));
    for (const [kind, generate] of deferred) this.tables.set(kind, new DeferredKindTable(generate));
  }

  onChange(listener: ChangeListener): void {
    this.listener = listener;
  }

  /** Refuses later mutations (the store's file is released); reads keep working. */
  markClosed(): void {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('The store is closed; changes are no longer accepted.');
  }

  list(kind: RecordKind): readonly StoredRecord[] {
    return this.table(kind).list();
  }

  get(kind: RecordKind, guid: string): StoredRecord | undefined {
    return this.table(kind).get(guid);
  }

  byOwner(kind: RecordKind, ownerGuid: string): readonly StoredRecord[] {
    return this.table(kind).byOwner(ownerGuid);
  }

  async insert(kind: RecordKind, record: StoredRecord): Promise<void> {
    this.assertOpen();
    const full = this.applyInsert(kind, record);
    await this.listener(kind, { op: 'insert', record: full });
  }

  async update(kind: RecordKind, guid: string, patch: Record<string, unknown>): Promise<StoredRecord> {
    this.assertOpen();
    const { record, clean, previousOwner } = this.applyUpdate(kind, guid, patch);
    await this.listener(kind, { op: 'update', guid, patch: clean, record, previousOwner });
    return record;
  }

  async remove(kind: RecordKind, guid: string): Promise<void> {
    this.assertOpen();
    const previousOwner = this.applyRemove(kind, guid);
    await this.listener(kind, { op: 'remove', guid, previousOwner });
  }

  /** Synchronous halves of the mutations, also used to replay the stored overlay. */
  applyInsert(kind: RecordKind, record: StoredRecord): StoredRecord {
    if (!record || typeof record.Guid !== 'string' || record.Guid === '') {
      throw new StoreError('A record needs a non-empty string Guid.');
    }
    // Properties the caller left out take the kind's defaults, so a New-* handler can insert
    // only what it knows and still get a record with the full property set.
    const full = makeRecord(kind, KIND_DEFAULTS[kind], jsonClone(record), { deep: true });
    this.table(kind).insert(full);
    return full;
  }

  applyUpdate(
    kind: RecordKind,
    guid: string,
    patch: Record<string, unknown>,
  ): { record: StoredRecord; clean: Record<string, unknown>; previousOwner?: string } {
    const table = this.table(kind);
    const old = table.get(guid);
    if (!old) throw new StoreError(`No ${kind} record with Guid '${guid}'.`);
    const clean = jsonClone(patch ?? {}) as Record<string, unknown>;
    if ('Guid' in clean && clean['Guid'] !== guid) throw new StoreError('The Guid of a record cannot change.');
    const record = makeRecord(kind, old, clean, { keepBaseExtras: true, deep: true });
    table.replace(guid, record);
    return { record, clean, previousOwner: ownerOf(old) };
  }

  /** Removes a record; returns the owner it had. */
  applyRemove(kind: RecordKind, guid: string): string | undefined {
    return ownerOf(this.table(kind).delete(guid));
  }

  private table(kind: RecordKind): Table {
    let t = this.tables.get(kind);
    if (!t) {
      t = new KindTable();
      this.tables.set(kind, t);
    }
    return t;
  }
}

function ownerOf(record: StoredRecord): string | undefined {
  const owner = record['OwnerGuid'];
  return typeof owner === 'string' ? owner : undefined;
}

/** Records hold JSON values only; this also detaches them from the caller's objects. */
function jsonClone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === undefined ? null : v))) as T;
}
