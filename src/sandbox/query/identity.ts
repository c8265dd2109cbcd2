// Resolving an -Identity value to records, the ways Exchange accepts one.
//
// Identity forms accepted (Get-Mailbox's documented list, plus DisplayName which the sandbox's
// contract adds and other cmdlets document):
//   - Name, Alias
//   - DisplayName, consulted only when no other form matches: display names repeat in real
//     tenants, and Get-Mailbox does not document them as an identity
//   - DistinguishedName, and the canonical name derived from it (domain/OU/.../Name)
//   - GUID: Guid, ExchangeGuid, ExternalDirectoryObjectId (with or without braces)
//   - UserPrincipalName (also WindowsLiveID / MicrosoftOnlineServicesID)
//   - Email address: PrimarySmtpAddress, WindowsEmailAddress and every EmailAddresses entry,
//     with or without its `smtp:` / `x500:` prefix
//   - LegacyExchangeDN
//   - SamAccountName, and Domain\SamAccountName (any domain part)
//   - the record's own Identity / Id text
//   - `*` wildcards (Name, Alias, DisplayName, PrimarySmtpAddress, UserPrincipalName), as the
//     service's identity parameters accept them ("Multiple mailbox users match identity "*"")
// All comparisons are case-insensitive. Every match is returned, in record order, so the caller
// can report "not found" or "matches multiple entries" as the service does.
import type { StoredRecord } from '../contracts.js';
import { canonicalNameFromDn, leafName, looksLikeCanonicalName } from './dn.js';
import { fold, wildcardMatcher } from './values.js';

export { canonicalNameFromDn } from './dn.js';

const TEXT_FIELDS = [
  'Name',
  'Alias',
  'DistinguishedName',
  'UserPrincipalName',
  'WindowsLiveID',
  'MicrosoftOnlineServicesID',
  'PrimarySmtpAddress',
  'WindowsEmailAddress',
  'LegacyExchangeDN',
  'SamAccountName',
  'Identity',
  'Id',
] as const;
const GUID_FIELDS = ['Guid', 'ExchangeGuid', 'ExternalDirectoryObjectId'] as const;
const WILDCARD_FIELDS = ['Name', 'Alias', 'DisplayName', 'PrimarySmtpAddress', 'UserPrincipalName'] as const;

const GUID_TEXT = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

function normaliseIdentity(identity: string): string {
  const t = identity.trim();
  const guid = GUID_TEXT.exec(t);
  return guid ? guid[1]!.toLowerCase() : fold(t);
}

function asStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.length > 0 ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.length > 0);
  return [];
}

/**
 * Calls visit(key) for the keys a record is indexed under, until visit returns true.
 * Two forms are not indexed but derived when looked up, to keep the index small:
 * `smtp:`-prefixed addresses (indexed without the prefix) and canonical names (found through
 * the Name they end with).
 */
function visitKeys(record: StoredRecord, visit: (key: string) => boolean): boolean {
  for (const field of TEXT_FIELDS) {
    const v = record[field];
    if (typeof v === 'string') {
      if (v.length > 0 && visit(fold(v.trim()))) return true;
    } else if (Array.isArray(v)) {
      for (const s of asStrings(v)) if (visit(fold(s.trim()))) return true;
    }
  }
  for (const field of GUID_FIELDS) {
    const v = record[field];
    if (typeof v === 'string' && v.length > 0 && visit(normaliseIdentity(v))) return true;
  }
  const addresses = record['EmailAddresses'];
  if (Array.isArray(addresses)) {
    for (const address of addresses) {
      if (typeof address !== 'string' || address.length === 0) continue;
      const folded = fold(address.trim());
      const colon = proxyPrefixEnd(folded);
      if (colon < 0) {
        if (visit(folded)) return true;
        continue;
      }
      if (visit(folded.slice(colon + 1))) return true;
      if (folded.slice(0, colon) !== 'smtp' && visit(folded)) return true;
    }
  }
  return false;
}

/** Index of the colon ending a proxy address prefix (`smtp:`, `x500:`), or -1. */
function proxyPrefixEnd(folded: string): number {
  const colon = folded.indexOf(':');
  if (colon <= 0) return -1;
  const at = folded.indexOf('@');
  return at >= 0 && at < colon ? -1 : colon;
}

function hasProxyAddress(record: StoredRecord, foldedAddress: string): boolean {
  const addresses = record['EmailAddresses'];
  return Array.isArray(addresses) && addresses.some((a) => typeof a === 'string' && fold(a.trim()) === foldedAddress);
}

function hasCanonicalName(record: StoredRecord, foldedCanonical: string): boolean {
  const dn = record['DistinguishedName'];
  if (typeof dn !== 'string') return false;
  const canonical = canonicalNameFromDn(dn);
  return canonical !== undefined && fold(canonical) === foldedCanonical;
}

function hasDisplayName(record: StoredRecord, foldedName: string): boolean {
  return asStrings(record['DisplayName']).some((s) => fold(s.trim()) === foldedName);
}

function hasSamAccountName(record: StoredRecord, foldedSam: string): boolean {
  return asStrings(record['SamAccountName']).some((s) => fold(s.trim()) === foldedSam);
}

/** Every normalised key the record is indexed under (for tests and diagnostics). */
export function identityKeys(record: StoredRecord): Set<string> {
  const keys = new Set<string>();
  visitKeys(record, (k) => {
    keys.add(k);
    return false;
  });
  return keys;
}

/** How an identity text is looked up: its key, plus the derived forms that need checking. */
interface IdentityQuery {
  key: string;
  /** `smtp:a@b` → `a@b`, to be confirmed against EmailAddresses. */
  smtpAddress?: string;
  /** `domain\sam` → `sam`. */
  sam?: string;
  /** A canonical name: its last segment (the object's name). */
  canonicalLeaf?: string;
}

function analyse(identity: string): IdentityQuery {
  const key = normaliseIdentity(identity);
  const query: IdentityQuery = { key };
  if (key.startsWith('smtp:') && key.includes('@')) query.smtpAddress = key.slice(5);
  const slash = key.indexOf('\\');
  if (slash > 0 && !key.includes('=') && !key.includes('/')) query.sam = key.slice(slash + 1);
  if (looksLikeCanonicalName(key)) query.canonicalLeaf = leafName(key);
  return query;
}

function answers(record: StoredRecord, q: IdentityQuery): boolean {
  if (visitKeys(record, (k) => k === q.key)) return true;
  if (q.smtpAddress !== undefined && hasProxyAddress(record, q.key)) return true;
  if (q.sam !== undefined && hasSamAccountName(record, q.sam)) return true;
  if (q.canonicalLeaf !== undefined && hasCanonicalName(record, q.key)) return true;
  return false;
}

type Bucket = StoredRecord | StoredRecord[];

/** A lookup table from every identity form to the records it names. Keep it in step with the data. */
export class IdentityIndex {
  private readonly byKey = new Map<string, Bucket>();
  private readonly bySam = new Map<string, Bucket>();
  private readonly byDisplayName = new Map<string, Bucket>();
  /** Records by Guid, in insertion order, for result order and wildcard scans. */
  private readonly records = new Map<string, StoredRecord>();
  private readonly order = new Map<string, number>();
  private counter = 0;

  constructor(records: readonly StoredRecord[] = []) {
    for (const r of records) this.add(r);
  }

  get size(): number {
    return this.records.size;
  }

  add(record: StoredRecord): void {
    const existing = this.records.get(record.Guid);
    // A replaced record keeps its place in the results.
    const position = existing ? this.order.get(record.Guid)! : this.counter++;
    if (existing) this.remove(existing);
    this.records.set(record.Guid, record);
    this.order.set(record.Guid, position);
    visitKeys(record, (key) => {
      put(this.byKey, key, record);
      return false;
    });
    for (const sam of asStrings(record['SamAccountName'])) put(this.bySam, fold(sam.trim()), record);
    for (const name of asStrings(record['DisplayName'])) put(this.byDisplayName, fold(name.trim()), record);
  }

  /**
   * Brings the index in step with a new version of the list it was built from: re-indexes records
   * that are new or replaced (a different object for the same Guid), drops those that are gone.
   * A pass of pointer comparisons, so a store that swaps in a new array per change keeps its
   * index for the price of the change, not of a rebuild.
   */
  sync(records: readonly StoredRecord[]): this {
    // Positions only need to increase along the list; renumber just where they stop doing so
    // (a record inserted mid-list), not on every update or removal.
    let previous = -1;
    for (const r of records) {
      if (this.records.get(r.Guid) !== r) this.add(r);
      let position = this.order.get(r.Guid)!;
      if (position <= previous) {
        position = previous + 1;
        this.order.set(r.Guid, position);
      }
      previous = position;
    }
    this.counter = Math.max(this.counter, previous + 1);
    // Guids are unique within a kind, so more indexed records than listed means some are gone.
    if (this.records.size > records.length) {
      const present = new Set(records.map((r) => r.Guid));
      for (const [guid, r] of [...this.records]) if (!present.has(guid)) this.remove(r);
    }
    return this;
  }

  /** Removes a record as it was indexed (looked up by its Guid). */
  remove(record: StoredRecord): void {
    const indexed = this.records.get(record.Guid);
    if (!indexed) return;
    visitKeys(indexed, (key) => {
      take(this.byKey, key, indexed.Guid);
      return false;
    });
    for (const sam of asStrings(indexed['SamAccountName'])) take(this.bySam, fold(sam.trim()), indexed.Guid);
    for (const name of asStrings(indexed['DisplayName'])) take(this.byDisplayName, fold(name.trim()), indexed.Guid);
    this.records.delete(record.Guid);
    this.order.delete(record.Guid);
  }

  lookup(identity: string): StoredRecord[] {
    const q = analyse(identity);
    if (q.key.length === 0) return [];
    if (q.key.includes('*')) return this.inOrder(wildcardScan(this.records.values(), q.key));
    const found = new Map<string, StoredRecord>();
    const collect = (bucket: Bucket | undefined, confirm?: (r: StoredRecord) => boolean): void => {
      if (!bucket) return;
      for (const r of Array.isArray(bucket) ? bucket : [bucket]) if (!confirm || confirm(r)) found.set(r.Guid, r);
    };
    collect(this.byKey.get(q.key));
    if (q.smtpAddress !== undefined) collect(this.byKey.get(q.smtpAddress), (r) => hasProxyAddress(r, q.key));
    if (q.sam !== undefined) collect(this.bySam.get(q.sam));
    if (q.canonicalLeaf !== undefined) collect(this.byKey.get(q.canonicalLeaf), (r) => hasCanonicalName(r, q.key));
    if (found.size === 0) collect(this.byDisplayName.get(q.key));
    return this.inOrder([...found.values()]);
  }

  private inOrder(list: StoredRecord[]): StoredRecord[] {
    if (list.length > 1) list.sort((a, b) => this.order.get(a.Guid)! - this.order.get(b.Guid)!);
    return list;
  }
}

function put(map: Map<string, Bucket>, key: string, record: StoredRecord): void {
  const bucket = map.get(key);
  if (bucket === undefined) map.set(key, record);
  else if (Array.isArray(bucket)) {
    if (bucket[bucket.length - 1] !== record) bucket.push(record);
  } else if (bucket !== record) map.set(key, [bucket, record]);
}

function take(map: Map<string, Bucket>, key: string, guid: string): void {
  const bucket = map.get(key);
  if (bucket === undefined) return;
  if (!Array.isArray(bucket)) {
    if (bucket.Guid === guid) map.delete(key);
    return;
  }
  const kept = bucket.filter((r) => r.Guid !== guid);
  if (kept.length === 0) map.delete(key);
  else map.set(key, kept.length === 1 ? kept[0]! : kept);
}

function wildcardScan(records: Iterable<StoredRecord>, foldedPattern: string): StoredRecord[] {
  const matches = wildcardMatcher(foldedPattern);
  const out: StoredRecord[] = [];
  for (const r of records) {
    if (WILDCARD_FIELDS.some((f) => asStrings(r[f]).some((v) => matches(fold(v))))) out.push(r);
  }
  return out;
}

export function createIdentityIndex(records: readonly StoredRecord[]): IdentityIndex {
  return new IdentityIndex(records);
}

/**
 * All records `identity` names. With an IdentityIndex (as the first argument or the third) the
 * lookup is a hash probe; with a plain array it scans every record.
 */
export function resolveIdentity(
  records: readonly StoredRecord[] | IdentityIndex,
  identity: string,
  index?: IdentityIndex,
): StoredRecord[] {
  if (records instanceof IdentityIndex) return records.lookup(identity);
  if (index) return index.lookup(identity);
  const q = analyse(identity);
  if (q.key.length === 0) return [];
  if (q.key.includes('*')) return wildcardScan(records, q.key);
  const hits = records.filter((r) => answers(r, q));
  return hits.length > 0 ? hits : records.filter((r) => hasDisplayName(r, q.key));
}
