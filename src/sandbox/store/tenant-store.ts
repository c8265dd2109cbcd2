// One tenant's records, kind by kind. Reads are synchronous and never see a half-applied change;
// every mutation replaces records (never edits them) and swaps in new arrays, so a list() or
// byOwner() result a caller holds (a pager, say) stays exactly as it was while others write.
import type { RecordKind, SandboxTenant, StoredRecord, TenantStore } from '../contracts.js';
import { makeRecord } from './records.js';
import { KIND_DEFAULTS } from './seed/defaults.js';

/** Records generated on first use, per owner (folder statistics: millions at 100,000 mailboxes). */
export interface LazySource {
  /** The owners with records, in the order list() lays them out. */
  owners(): readonly string[];
  owns(ownerGuid: string): boolean;
  generate(ownerGuid: string): StoredRecord[];
}

/** What a mutation did, for the persistence overlay. */
export type Change =
  | { op: 'insert'; record: StoredRecord }
  | { op: 'update'; guid: string; patch: Record<string, unknown>; record: StoredRecord }
  | { op: 'remove'; guid: string };

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

const NO_RECORDS: readonly StoredRecord[] = Object.freeze([]);

class KindTable {
  private rows: StoredRecord[] = [];
  private position = new Map<string, number>();
  private owners = new Map<string, readonly StoredRecord[]>();
  private snapshot: readonly StoredRecord[] | undefined;
  /** Positions past this index may be stale after a removal (rebuilt on next use). */
  private staleFrom = Infinity;

  constructor(private lazy?: LazySource) {}

  /** Bulk load during seeding (no snapshot churn). */
  load(records: readonly StoredRecord[]): void {
    for (const r of records) {
      this.position.set(r.Guid, this.rows.length);
      this.rows.push(r);
      const owner = r['OwnerGuid'];
      if (typeof owner !== 'string') continue;
      // Plain pushes while loading; byOwner() freezes a list before anyone sees it.
      const list = this.owners.get(owner) as StoredRecord[] | undefined;
      if (list) list.push(r);
      else this.owners.set(owner, [r]);
    }
  }

  list(): readonly StoredRecord[] {
    this.materialise();
    if (!this.snapshot) this.snapshot = Object.freeze(this.rows.slice());
    return this.snapshot;
  }

  get(guid: string): StoredRecord | undefined {
    this.materialise();
    const i = this.indexOf(guid);
    return i === undefined ? undefined : this.rows[i];
  }

  byOwner(ownerGuid: string): readonly StoredRecord[] {
    const found = this.owners.get(ownerGuid);
    if (found) return Object.freeze(found);
    if (this.lazy && this.lazy.owns(ownerGuid)) {
      const generated = Object.freeze(this.lazy.generate(ownerGuid));
      this.owners.set(ownerGuid, generated);
      return generated;
    }
    return NO_RECORDS;
  }

  has(guid: string): boolean {
    return this.get(guid) !== undefined;
  }

  insert(record: StoredRecord): void {
    this.materialise();
    if (this.position.has(record.Guid)) throw new StoreError(`A record with Guid '${record.Guid}' already exists.`);
    this.append(record);
    this.snapshot = undefined;
  }

  replace(guid: string, record: StoredRecord): StoredRecord {
    this.materialise();
    const i = this.indexOf(guid);
    if (i === undefined) throw new StoreError(`No record with Guid '${guid}'.`);
    const old = this.rows[i]!;
    this.rows[i] = record;
    this.unindexOwner(old);
    this.indexOwner(record);
    this.snapshot = undefined;
    return record;
  }

  delete(guid: string): StoredRecord {
    this.materialise();
    const i = this.indexOf(guid);
    if (i === undefined) throw new StoreError(`No record with Guid '${guid}'.`);
    const old = this.rows[i]!;
    this.rows.splice(i, 1);
    this.position.delete(guid);
    this.staleFrom = Math.min(this.staleFrom, i);
    this.unindexOwner(old);
    this.snapshot = undefined;
    return old;
  }

  private append(record: StoredRecord): void {
    this.position.set(record.Guid, this.rows.length);
    this.rows.push(record);
    this.indexOwner(record);
  }

  private indexOf(guid: string): number | undefined {
    if (this.staleFrom !== Infinity) {
      for (let i = this.staleFrom; i < this.rows.length; i++) this.position.set(this.rows[i]!.Guid, i);
      this.staleFrom = Infinity;
    }
    return this.position.get(guid);
  }

  private indexOwner(record: StoredRecord): void {
    const owner = record['OwnerGuid'];
    if (typeof owner !== 'string') return;
    const list = this.owners.get(owner);
    // Copy-on-write: the array a caller got from byOwner() is never touched again.
    this.owners.set(owner, Object.freeze(list ? [...list, record] : [record]));
  }

  private unindexOwner(record: StoredRecord): void {
    const owner = record['OwnerGuid'];
    if (typeof owner !== 'string') return;
    const list = this.owners.get(owner);
    if (!list) return;
    const rest = list.filter((r) => r !== record);
    if (rest.length === 0) this.owners.delete(owner);
    else this.owners.set(owner, Object.freeze(rest));
  }

  private materialise(): void {
    const lazy = this.lazy;
    if (!lazy) return;
    this.lazy = undefined;
    const cached = this.owners;
    this.owners = new Map();
    for (const owner of lazy.owners()) {
      for (const r of cached.get(owner) ?? lazy.generate(owner)) this.append(r);
    }
  }
}

export type ChangeListener = (kind: RecordKind, change: Change) => Promise<void>;

export class MemoryTenantStore implements TenantStore {
  private tables = new Map<RecordKind, KindTable>();
  private listener: ChangeListener = async () => {};
  private closed = false;

  constructor(
    readonly tenant: SandboxTenant,
    seeded: ReadonlyMap<RecordKind, readonly StoredRecord[]>,
    lazy: ReadonlyMap<RecordKind, LazySource> = new Map(),
  ) {
    for (const [kind, records] of seeded) this.table(kind).load(records);
    for (const [kind, source] of lazy) this.tables.set(kind, new KindTable(source));
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
    const { record, clean } = this.applyUpdate(kind, guid, patch);
    await this.listener(kind, { op: 'update', guid, patch: clean, record });
    return record;
  }

  async remove(kind: RecordKind, guid: string): Promise<void> {
    this.assertOpen();
    this.applyRemove(kind, guid);
    await this.listener(kind, { op: 'remove', guid });
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

  applyUpdate(kind: RecordKind, guid: string, patch: Record<string, unknown>): { record: StoredRecord; clean: Record<string, unknown> } {
    const table = this.table(kind);
    const old = table.get(guid);
    if (!old) throw new StoreError(`No ${kind} record with Guid '${guid}'.`);
    const clean = jsonClone(patch ?? {}) as Record<string, unknown>;
    if ('Guid' in clean && clean['Guid'] !== guid) throw new StoreError('The Guid of a record cannot change.');
    const record = makeRecord(kind, old, clean, { keepBaseExtras: true, deep: true });
    table.replace(guid, record);
    return { record, clean };
  }

  applyRemove(kind: RecordKind, guid: string): void {
    this.table(kind).delete(guid);
  }

  private table(kind: RecordKind): KindTable {
    let t = this.tables.get(kind);
    if (!t) {
      t = new KindTable();
      this.tables.set(kind, t);
    }
    return t;
  }
}

/** Records hold JSON values only; this also detaches them from the caller's objects. */
function jsonClone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === undefined ? null : v))) as T;
}
