// A -Filter schema for the cmdlets whose filterable properties the docs do not list
// (Get-MobileDevice, Get-TransportRule, Get-RoleGroup): every property the records carry, its
// kind read off the stored values. The recipient cmdlets use the query module's documented tables.
import type { StoredRecord } from '../contracts.js';
import type { FilterSchema, FilterableProperty } from '../query/index.js';

type Kind = FilterableProperty['kind'];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/;
const SAMPLE = 50;
const cache = new WeakMap<readonly StoredRecord[], FilterSchema>();

function kindOf(value: unknown): Kind | undefined {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : undefined;
  if (Array.isArray(value)) return 'orderedList';
  if (typeof value === 'string') return GUID.test(value) ? 'guid' : ISO_DATE.test(value) ? 'datetime' : 'string';
  return undefined;
}

export function schemaFromRecords(noun: string, records: readonly StoredRecord[]): FilterSchema {
  const cached = cache.get(records);
  if (cached) return cached;
  const kinds = new Map<string, { name: string; kind: Kind | undefined }>();
  for (const r of records.slice(0, SAMPLE)) {
    for (const [name, value] of Object.entries(r)) {
      if (name === 'OwnerGuid') continue;
      const lower = name.toLowerCase();
      const seen = kinds.get(lower);
      const kind = kindOf(value);
      if (!seen || seen.kind === undefined) kinds.set(lower, { name, kind: kind ?? seen?.kind });
    }
  }
  const properties = new Map<string, FilterableProperty>();
  for (const [lower, { name, kind }] of kinds) {
    properties.set(lower, { name, kind: kind ?? 'string', wildcards: true, nullable: true, unlimited: false, values: [] });
  }
  const schema: FilterSchema = { noun, properties };
  if (Object.isFrozen(records)) cache.set(records, schema);
  return schema;
}
