// Where a filterable property's values live on a stored record. Mostly the property of the same
// name (in any casing); the docs name a few exceptions, kept here as data:
// - filter names that differ from the names objects display (RequireAllSendersAreAuthenticated is
//   shown as RequireSenderAuthenticationEnabled, LanguagesRaw as Languages, SCLJunkThresholdInt
//   as SCLJunkThreshold with the SCL value 0-9 stored as -2147483648 + SCL...);
// - PrimarySmtpAddress, which "will also search values in the EmailAddresses property".
import type { StoredRecord } from '../contracts.js';
import type { FilterableProperty } from './schema-types.js';

export type ValueReader = (record: StoredRecord) => unknown;

/** Reads a property by its canonical name, falling back to any casing of it on the record. */
export function readProperty(record: StoredRecord, name: string): unknown {
  const direct = record[name];
  if (direct !== undefined || Object.prototype.hasOwnProperty.call(record, name)) return direct;
  const lower = name.toLowerCase();
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() === lower) return record[key];
  }
  return undefined;
}

const SCL_BASE = -2147483648;
/** Displayed SCL thresholds (0-9) as the raw values the filter compares. */
function sclRaw(value: unknown): unknown {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
  return n !== undefined && n >= 0 && n <= 9 ? SCL_BASE + n : value;
}

interface DisplayedAs {
  name: string;
  toFilterValue?: (value: unknown) => unknown;
}

const DISPLAYED_AS: Readonly<Record<string, DisplayedAs>> = {
  requireallsendersareauthenticated: { name: 'RequireSenderAuthenticationEnabled' },
  languagesraw: { name: 'Languages' },
  inplaceholdsraw: { name: 'InPlaceHolds' },
  scldeletethresholdint: { name: 'SCLDeleteThreshold', toFilterValue: sclRaw },
  scljunkthresholdint: { name: 'SCLJunkThreshold', toFilterValue: sclRaw },
  sclquarantinethresholdint: { name: 'SCLQuarantineThreshold', toFilterValue: sclRaw },
  sclrejectthresholdint: { name: 'SCLRejectThreshold', toFilterValue: sclRaw },
};

function primarySmtpAddresses(record: StoredRecord): unknown {
  const primary = readProperty(record, 'PrimarySmtpAddress');
  const proxies = readProperty(record, 'EmailAddresses');
  const values: unknown[] = primary === undefined || primary === null || primary === '' ? [] : [primary];
  if (Array.isArray(proxies)) {
    for (const p of proxies) {
      if (typeof p === 'string' && /^smtp:/i.test(p)) values.push(p.slice(5));
    }
  }
  return values;
}

/** Another record of the same directory object (a mailbox's User) holding more of its attributes. */
export type Companion = (record: StoredRecord) => StoredRecord | undefined;

function ownValueReader(property: FilterableProperty): ValueReader {
  const lower = property.name.toLowerCase();
  if (lower === 'primarysmtpaddress') return primarySmtpAddresses;
  const displayed = DISPLAYED_AS[lower];
  const name = property.name;
  if (!displayed) return (r) => readProperty(r, name);
  const convert = displayed.toFilterValue;
  return (r) => {
    const own = readProperty(r, name);
    if (own !== undefined) return own;
    const shown = readProperty(r, displayed.name);
    return convert ? convert(shown) : shown;
  };
}

/**
 * How to read the values a filter on `property` compares. A filter tests the directory object,
 * so a property the record lacks altogether is read from its companion, when there is one.
 */
export function valueReader(property: FilterableProperty, companion?: Companion): ValueReader {
  const read = ownValueReader(property);
  if (!companion) return read;
  return (r) => {
    const v = read(r);
    if (v !== undefined) return v;
    const other = companion(r);
    return other ? read(other) : undefined;
  };
}
