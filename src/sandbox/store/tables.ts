// The two ways a tenant store holds one kind of record: all in memory (KindTable), or generated
// per owner on first use (LazyKindTable, for folder statistics). Both hand out frozen arrays and
// replace them on change (copy-on-write), never editing what a caller already holds.
import type { StoredRecord } from '../contracts.js';
import { StoreError } from './errors.js';

export interface Table {
  list(): readonly StoredRecord[];
  get(guid: string): StoredRecord | undefined;
  byOwner(ownerGuid: string): readonly StoredRecord[];
  insert(record: StoredRecord): void;
  replace(guid: string, record: StoredRecord): StoredRecord;
  delete(guid: string): StoredRecord;
}

/** Records generated on first use, per owner (folder statistics: millions at 100,000 mailboxes). */
export interface LazySource {
  /** The owners with records, in the order list() lays them out. */
  owners(): readonly string[];
  owns(ownerGuid: string): boolean;
  generate(ownerGuid: string): StoredRecord[];
}

const NO_RECORDS: readonly StoredRecord[] = Object.freeze([]);

/** Records of one kind held in memory, in creation order. */
export class KindTable implements Table {
  private rows: StoredRecord[] = [];
  private position = new Map<string, number>();
  private owners = new Map<string, readonly StoredRecord[]>();
  private snapshot: readonly StoredRecord[] | undefined;
  /** Positions past this index may be stale after a removal (rebuilt on next use). */
  private staleFrom = Infinity;

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
    if (!this.snapshot) this.snapshot = Object.freeze(this.rows.slice());
    return this.snapshot;
  }

  get(guid: string): StoredRecord | undefined {
    const i = this.indexOf(guid);
    return i === undefined ? undefined : this.rows[i];
  }

  byOwner(ownerGuid: string): readonly StoredRecord[] {
    const found = this.owners.get(ownerGuid);
    if (found) return Object.freeze(found);
    return NO_RECORDS;
  }

  insert(record: StoredRecord): void {
    if (this.position.has(record.Guid)) throw new StoreError(`A record with Guid '${record.Guid}' already exists.`);
    this.append(record);
    this.snapshot = undefined;
  }

  replace(guid: string, record: StoredRecord): StoredRecord {
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
}

/**
 * A kind whose seeded records are generated per owner when first asked for. Mutations touch only
 * the owners involved (removing a mailbox does not generate every other mailbox's folders);
 * list() generates all of them. Order: seeded records by owner in seed order, then inserted
 * records in insertion order.
 */
export class LazyKindTable implements Table {
  private owners = new Map<string, readonly StoredRecord[]>();
  private byGuid = new Map<string, StoredRecord>();
  private inserted: StoredRecord[] = [];
  private insertedGuids = new Set<string>();
  private snapshot: readonly StoredRecord[] | undefined;
  private allGenerated = false;

  constructor(private readonly source: LazySource) {}

  list(): readonly StoredRecord[] {
    if (this.snapshot) return this.snapshot;
    const out: StoredRecord[] = [];
    for (const owner of this.source.owners()) {
      for (const r of this.ownerList(owner)) if (!this.insertedGuids.has(r.Guid)) out.push(r);
    }
    this.allGenerated = true;
    out.push(...this.inserted);
    this.snapshot = Object.freeze(out);
    return this.snapshot;
  }

  get(guid: string): StoredRecord | undefined {
    const found = this.byGuid.get(guid);
    if (found || this.allGenerated) return found;
    // A Guid of an owner not generated yet: generate them all once.
    for (const owner of this.source.owners()) this.ownerList(owner);
    this.allGenerated = true;
    return this.byGuid.get(guid);
  }

  byOwner(ownerGuid: string): readonly StoredRecord[] {
    return this.ownerList(ownerGuid);
  }

  insert(record: StoredRecord): void {
    const owner = record['OwnerGuid'];
    if (typeof owner === 'string') this.ownerList(owner);
    // Seeded Guids are random 122-bit values, so only Guids already seen can collide.
    if (this.byGuid.has(record.Guid)) throw new StoreError(`A record with Guid '${record.Guid}' already exists.`);
    this.byGuid.set(record.Guid, record);
    this.inserted.push(record);
    this.insertedGuids.add(record.Guid);
    if (typeof owner === 'string') this.owners.set(owner, Object.freeze([...this.ownerList(owner), record]));
    this.snapshot = undefined;
  }

  replace(guid: string, record: StoredRecord): StoredRecord {
    const old = this.get(guid);
    if (!old) throw new StoreError(`No record with Guid '${guid}'.`);
    const oldOwner = old['OwnerGuid'];
    const newOwner = record['OwnerGuid'];
    if (typeof oldOwner === 'string' && oldOwner === newOwner) {
      this.owners.set(oldOwner, Object.freeze(this.ownerList(oldOwner).map((r) => (r === old ? record : r))));
    } else {
      if (typeof oldOwner === 'string') this.owners.set(oldOwner, Object.freeze(this.ownerList(oldOwner).filter((r) => r !== old)));
      if (typeof newOwner === 'string') this.owners.set(newOwner, Object.freeze([...this.ownerList(newOwner), record]));
    }
    if (this.insertedGuids.has(guid)) this.inserted[this.inserted.indexOf(old)] = record;
    this.byGuid.set(guid, record);
    this.snapshot = undefined;
    return record;
  }

  delete(guid: string): StoredRecord {
    const old = this.get(guid);
    if (!old) throw new StoreError(`No record with Guid '${guid}'.`);
    const owner = old['OwnerGuid'];
    // An emptied owner keeps an empty list: deleting it would let the seed regenerate its records.
    if (typeof owner === 'string') this.owners.set(owner, Object.freeze(this.ownerList(owner).filter((r) => r !== old)));
    if (this.insertedGuids.delete(guid)) this.inserted.splice(this.inserted.indexOf(old), 1);
    this.byGuid.delete(guid);
    this.snapshot = undefined;
    return old;
  }

  private ownerList(owner: string): readonly StoredRecord[] {
    let list = this.owners.get(owner);
    if (!list) {
      if (!this.source.owns(owner)) return NO_RECORDS;
      list = Object.freeze(this.source.generate(owner));
      this.owners.set(owner, list);
      for (const r of list) this.byGuid.set(r.Guid, r);
    }
    return list;
  }
}

/** A whole table generated on first use (message traces: 50,000 rows few sessions read). */
export class DeferredKindTable implements Table {
  private table: KindTable | undefined;

  constructor(private generate: (() => readonly StoredRecord[]) | undefined) {}

  private get loaded(): KindTable {
    if (!this.table) {
      const table = new KindTable();
      table.load(this.generate!());
      this.generate = undefined;
      this.table = table;
    }
    return this.table;
  }

  list(): readonly StoredRecord[] {
    return this.loaded.list();
  }
  get(guid: string): StoredRecord | undefined {
    return this.loaded.get(guid);
  }
  byOwner(ownerGuid: string): readonly StoredRecord[] {
    return this.loaded.byOwner(ownerGuid);
  }
  insert(record: StoredRecord): void {
    this.loaded.insert(record);
  }
  replace(guid: string, record: StoredRecord): StoredRecord {
    return this.loaded.replace(guid, record);
  }
  delete(guid: string): StoredRecord {
    return this.loaded.delete(guid);
  }
}
