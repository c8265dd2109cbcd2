// Which properties -Filter accepts on each recipient cmdlet, built from the generated table.
import { FILTERABLE_PROPERTY_ROWS } from './filterable-properties.js';
import type { FilterableProperty, FilterSchema } from './schema-types.js';

export type { FilterableProperty, FilterSchema, FilterValueKind } from './schema-types.js';

/** Bits of the generated table (see tools/gen-filterable.mjs). */
const NOUN_BITS: Readonly<Record<string, number>> = {
  mailbox: 1,
  recipient: 2,
  casmailbox: 4,
  distributiongroup: 8,
  unifiedgroup: 16,
  user: 32,
};

/**
 * The Get-EXO* cmdlets accept the filterable properties of their older equivalents except these
 * (filters-v2.md, "Unsupported filterable properties").
 */
const EXO_VARIANTS: Readonly<Record<string, { base: string; unsupported: readonly string[] }>> = {
  exomailbox: {
    base: 'mailbox',
    unsupported: [
      'DeletedItemFlags',
      'LanguagesRaw',
      'MasterAccountSid',
      'MemberOfGroup',
      'RequireAllSendersAreAuthenticated',
      'SCLDeleteThresholdInt',
      'SCLJunkThresholdInt',
      'SCLQuarantineThresholdInt',
      'SCLRejectThresholdInt',
    ],
  },
  exocasmailbox: { base: 'casmailbox', unsupported: ['MemberOfGroup', 'ExternalDirectoryObjectId'] },
  exorecipient: {
    base: 'recipient',
    unsupported: ['CountryCode', 'ExternalDirectoryObjectId', 'MasterAccountSid', 'MemberOfGroup', 'Members'],
  },
};

const DISPLAY_NOUN: Readonly<Record<string, string>> = {
  mailbox: 'Mailbox',
  recipient: 'Recipient',
  casmailbox: 'CASMailbox',
  distributiongroup: 'DistributionGroup',
  unifiedgroup: 'UnifiedGroup',
  user: 'User',
  exomailbox: 'EXOMailbox',
  exocasmailbox: 'EXOCasMailbox',
  exorecipient: 'EXORecipient',
};

const cache = new Map<string, FilterSchema>();

function toProperty(row: (typeof FILTERABLE_PROPERTY_ROWS)[number]): FilterableProperty {
  const [name, kind, flags] = row;
  return {
    name,
    kind,
    wildcards: flags.includes('w'),
    nullable: flags.includes('n'),
    unlimited: flags.includes('u'),
    values: row.length === 5 ? row[4] : [],
  };
}

function build(key: string): FilterSchema | undefined {
  const variant = EXO_VARIANTS[key];
  const baseKey = variant ? variant.base : key;
  const bit = NOUN_BITS[baseKey];
  if (bit === undefined) return undefined;
  const unsupported = new Set((variant?.unsupported ?? []).map((n) => n.toLowerCase()));
  const properties = new Map<string, FilterableProperty>();
  for (const row of FILTERABLE_PROPERTY_ROWS) {
    if ((row[3] & bit) === 0) continue;
    const lower = row[0].toLowerCase();
    if (unsupported.has(lower)) continue;
    properties.set(lower, toProperty(row));
  }
  return { noun: DISPLAY_NOUN[key] ?? key, properties };
}

/**
 * The filterable properties of a recipient cmdlet. Accepts the noun (`Mailbox`, `EXOMailbox`,
 * `CasMailbox`...) or the cmdlet name (`Get-Mailbox`, `Get-EXORecipient`), case-insensitively.
 * Throws for a noun that has no -Filter schema (a programming error in the caller).
 */
export function filterSchemaFor(noun: string): FilterSchema {
  const key = noun.trim().toLowerCase().replace(/^get-/, '');
  let schema = cache.get(key);
  if (!schema) {
    schema = build(key);
    if (!schema) throw new Error(`No OPATH filter schema for '${noun}'.`);
    cache.set(key, schema);
  }
  return schema;
}

/** Nouns filterSchemaFor knows, for callers that want to check before asking. */
export const FILTER_SCHEMA_NOUNS: readonly string[] = Object.values(DISPLAY_NOUN);

/** A property of the schema by any casing of its name. */
export function lookupProperty(schema: FilterSchema, name: string): FilterableProperty | undefined {
  return schema.properties.get(name.toLowerCase());
}

/** Sorted canonical names, as the service lists them in its "not a recognized filterable property" error. */
export function propertyNames(schema: FilterSchema): string[] {
  return [...schema.properties.values()].map((p) => p.name).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
}
