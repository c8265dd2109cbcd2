// Resolving an -Identity value to records, the ways Exchange accepts one.
//
// Identity forms accepted (Get-Mailbox's documented list, plus DisplayName which the sandbox's
// contract adds and other cmdlets document):
//   - Name, Alias, DisplayName
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
import { fold, wildcardMatcher } from './values.js';

const TEXT_FIELDS = [
  'Name',
  'Alias',
  'DisplayName',
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

/** Splits a DN on unescaped commas and unescapes the values: [['CN','John'], ['DC','com']]. */
function parseDn(dn: string): [string, string][] | undefined {
  const parts: [string, string][] = [];
  let current = '';
  const rdns: string[] = [];
  for (let i = 0; i < dn.length; i++) {
    const c = dn[i]!;
    if (c === '\\' && i + 1 < dn.length) {
      current += c + dn[i + 1];
      i++;
    } else if (c === ',') {
      rdns.push(current);
      current = '';
    } else current += c;
  }
  rdns.push(current);
  for (const rdn of rdns) {
    const eq = rdn.indexOf('=');
    if (eq <= 0) return undefined;
    parts.push([rdn.slice(0, eq).trim().toUpperCase(), rdn.slice(eq + 1).trim().replace(/\\(.)/g, '$1')]);
  }
  return parts;
}

/** `CN=John,OU=contoso.onmicrosoft.com,DC=prod,DC=outlook,DC=com` → `prod.outlook.com/contoso.onmicrosoft.com/John`. */
export function canonicalNameFromDn(dn: string): string | undefined {
  const parts = parseDn(dn);
  if (!parts || parts.length === 0) return undefined;
  const domain = parts.filter(([t]) => t === 'DC').map(([, v]) => v);
  const path = parts.filter(([t]) => t !== 'DC').map(([, v]) => v.replace(/\//g, '\\/')).reverse();
  if (domain.length === 0) return undefined;
  return [domain.join('.'), ...path].join('/');
}

/** Every normalised key the record answers to (deduplicated). */
export function identityKeys(record: StoredRecord): Set<string> {
  const keys = new Set<string>();
  for (const field of TEXT_FIELDS) {
    for (const v of asStrings(record[field])) keys.add(fold(v.trim()));
  }
  for (const field of GUID_FIELDS) {
    for (const v of asStrings(record[field])) keys.add(normaliseIdentity(v));
  }
  for (const address of asStrings(record['EmailAddresses'])) {
    const folded = fold(address.trim());
    keys.add(folded);
    const colon = folded.indexOf(':');
    if (colon > 0 && !folded.slice(0, colon).includes('@')) keys.add(folded.slice(colon + 1));
  }
  for (const dn of asStrings(record['DistinguishedName'])) {
    const canonical = canonicalNameFromDn(dn);
    if (canonical) keys.add(fold(canonical));
  }
  return keys;
}

/** A lookup table from every identity form to the records it names. Keep it in step with the data. */
export class IdentityIndex {
  private readonly byKey = new Map<string, StoredRecord[]>();
  private readonly bySam = new Map<string, StoredRecord[]>();
  /** Insertion order of records (by Guid), for results and wildcard scans. */
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
    if (this.records.has(record.Guid)) this.remove(this.records.get(record.Guid)!);
    this.records.set(record.Guid, record);
    this.order.set(record.Guid, this.counter++);
    for (const key of identityKeys(record)) push(this.byKey, key, record);
    for (const sam of asStrings(record['SamAccountName'])) push(this.bySam, fold(sam.trim()), record);
  }

  /** Removes a record as it was indexed (pass the stored version before an update). */
  remove(record: StoredRecord): void {
    const indexed = this.records.get(record.Guid);
    if (!indexed) return;
    for (const key of identityKeys(indexed)) drop(this.byKey, key, indexed.Guid);
    for (const sam of asStrings(indexed['SamAccountName'])) drop(this.bySam, fold(sam.trim()), indexed.Guid);
    this.records.delete(record.Guid);
    this.order.delete(record.Guid);
  }

  lookup(identity: string): StoredRecord[] {
    const key = normaliseIdentity(identity);
    if (key.length === 0) return [];
    if (key.includes('*')) return wildcardScan(this.records.values(), key);
    const found = new Map<string, StoredRecord>();
    for (const r of this.byKey.get(key) ?? []) found.set(r.Guid, r);
    const slash = key.indexOf('\\');
    if (slash > 0 && !key.includes('=')) {
      for (const r of this.bySam.get(key.slice(slash + 1)) ?? []) found.set(r.Guid, r);
    }
    const list = [...found.values()];
    if (list.length > 1) list.sort((a, b) => this.order.get(a.Guid)! - this.order.get(b.Guid)!);
    return list;
  }
}

function push(map: Map<string, StoredRecord[]>, key: string, record: StoredRecord): void {
  const list = map.get(key);
  if (list) list.push(record);
  else map.set(key, [record]);
}

function drop(map: Map<string, StoredRecord[]>, key: string, guid: string): void {
  const list = map.get(key);
  if (!list) return;
  const kept = list.filter((r) => r.Guid !== guid);
  if (kept.length === 0) map.delete(key);
  else map.set(key, kept);
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
 * lookup is a hash probe; with a plain array it scans, which is fine for small sets.
 */
export function resolveIdentity(
  records: readonly StoredRecord[] | IdentityIndex,
  identity: string,
  index?: IdentityIndex,
): StoredRecord[] {
  if (records instanceof IdentityIndex) return records.lookup(identity);
  if (index) return index.lookup(identity);
  const key = normaliseIdentity(identity);
  if (key.length === 0) return [];
  if (key.includes('*')) return wildcardScan(records, key);
  const slash = key.indexOf('\\');
  const sam = slash > 0 && !key.includes('=') ? key.slice(slash + 1) : undefined;
  return records.filter(
    (r) =>
      identityKeys(r).has(key) ||
      (sam !== undefined && asStrings(r['SamAccountName']).some((s) => fold(s.trim()) === sam)),
  );
}
