// How records look on the wire (rest-protocol.md §1.5): one JSON object per output record with
// OData/.NET type annotations beside multi-valued, Guid, date and integer properties, dates in
// .NET round-trip form. Store-internal fields (OwnerGuid) never leave the service.
import type { StoredRecord } from '../contracts.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const INTERNAL = new Set(['OwnerGuid']);

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
