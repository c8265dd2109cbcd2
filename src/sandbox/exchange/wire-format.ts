// How records look on the wire (rest-protocol.md §1.5): one JSON object per output record with
// OData/.NET type annotations beside multi-valued, Guid, date and integer properties, dates in
// .NET round-trip form. Store-internal fields (the joins OwnerGuid, MemberGuid, MemberKind,
// LinkType) never leave the service.
import type { StoredRecord } from '../contracts.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const INTERNAL = new Set(['OwnerGuid', 'MemberGuid', 'MemberKind', 'LinkType']);

/** `2022-09-21T08:07:47.000Z` → `2022-09-21T08:07:47.0000000+00:00`, as the service prints dates. */
export function dotNetDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const fraction = (m[2] ?? '.').slice(1).padEnd(7, '0').slice(0, 7);
  const zone = m[3] === 'Z' ? '+00:00' : m[3];
  return `${m[1]}.${fraction}${zone}`;
}

/**
 * One output object. `select` (already canonical names) keeps only those properties, in the
 * record's own order; absent properties requested by name come back as null, as the service does.
 */
export function toWireItem(record: StoredRecord, select?: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in record) {
    if (INTERNAL.has(key)) continue;
    if (select && !select.has(key)) continue;
    annotate(out, key, record[key]);
  }
  if (select) for (const key of select) if (!(key in out) && !INTERNAL.has(key)) out[key] = null;
  return out;
}

function annotate(out: Record<string, unknown>, key: string, value: unknown): void {
  if (Array.isArray(value)) {
    out[`${key}@odata.type`] = '#Collection(String)';
    out[key] = value;
    return;
  }
  if (typeof value === 'string') {
    if (value.length === 36 && GUID.test(value)) {
      out[`${key}@odata.type`] = '#Guid';
      out[key] = value;
      return;
    }
    if (value.length >= 20 && value.charCodeAt(4) === 45 && ISO_DATE.test(value)) {
      out[`${key}@data.type`] = 'System.DateTime';
      out[key] = dotNetDate(value);
      return;
    }
  } else if (typeof value === 'number' && Number.isInteger(value)) {
    out[`${key}@data.type`] = Math.abs(value) > 0x7fffffff ? 'System.Int64' : 'System.Int32';
  }
  out[key] = value;
}

export const WARNINGS_TYPE = '#Collection(String)';
export const RESULT_SIZE_WARNING =
  'There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.';

interface KeyText {
  plain: string;
  collection: string;
  guid: string;
  date: string;
  int32: string;
  int64: string;
}
const keyTexts = new Map<string, KeyText>();
const KEY_TEXT_CACHE_MAX = 20_000;

function keyText(key: string): KeyText {
  let k = keyTexts.get(key);
  if (!k) {
    const q = JSON.stringify(key);
    const a = (suffix: string, type: string) => `${JSON.stringify(key + suffix)}:${JSON.stringify(type)},${q}:`;
    k = {
      plain: `${q}:`,
      collection: a('@odata.type', '#Collection(String)'),
      guid: a('@odata.type', '#Guid'),
      date: a('@data.type', 'System.DateTime'),
      int32: a('@data.type', 'System.Int32'),
      int64: a('@data.type', 'System.Int64'),
    };
    if (keyTexts.size < KEY_TEXT_CACHE_MAX) keyTexts.set(key, k);
  }
  return k;
}

/**
 * toWireItem written straight to JSON text (JSON.parse of it deep-equals toWireItem). A record
 * has ~200 properties; rebuilt as an object with its annotations it becomes a large
 * dictionary-mode object, and a page of those costs old-generation garbage collections on a big
 * store's heap. Text pieces die young instead.
 */
export function wireJson(record: StoredRecord, select?: ReadonlySet<string>): string {
  const parts: string[] = [];
  for (const key in record) {
    if (INTERNAL.has(key)) continue;
    if (select && !select.has(key)) continue;
    const value = record[key];
    if (value === undefined) continue;
    const k = keyText(key);
    if (typeof value === 'string') {
      if (value.length === 36 && GUID.test(value)) parts.push(`${k.guid}"${value}"`);
      else if (value.length >= 20 && value.charCodeAt(4) === 45 && ISO_DATE.test(value)) parts.push(`${k.date}"${dotNetDate(value)}"`);
      else parts.push(k.plain + JSON.stringify(value));
    } else if (Array.isArray(value)) parts.push(k.collection + JSON.stringify(value));
    else if (typeof value === 'number' && Number.isInteger(value)) parts.push((Math.abs(value) > 0x7fffffff ? k.int64 : k.int32) + String(value));
    else parts.push(k.plain + (JSON.stringify(value) ?? 'null'));
  }
  if (select) for (const key of select) if (!INTERNAL.has(key) && !(key in record)) parts.push(`${keyText(key).plain}null`);
  return `{${parts.join(',')}}`;
}
