// How each kind of filterable property reads a value from a stored record and from filter text,
// as a comparable key (folded text or a number).
import type { FilterableProperty, FilterValueKind } from './schema-types.js';
import {
  fold,
  parseBooleanText,
  parseDateText,
  parseIntegerText,
  parseSizeText,
  parseTimeSpanText,
  recordBoolean,
  recordDate,
  recordInteger,
  recordSize,
  recordTimeSpan,
} from './values.js';

export type Key = string | number;

/** How one kind of property reads values from records and from filter text. */
export interface KindReader {
  /** .NET type named in conversion errors. */
  typeName: string;
  fromRecord(value: unknown): Key | undefined;
  fromFilter(text: string, property: FilterableProperty): Key | undefined;
}

export const stripBraces = (s: string): string => s.replace(/^\{(.*)\}$/s, '$1');

export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return undefined;
}

const textReader: KindReader = {
  typeName: 'System.String',
  fromRecord: (v) => {
    const t = textOf(v);
    return t === undefined ? undefined : fold(t);
  },
  fromFilter: (t) => fold(t),
};

const guidReader: KindReader = {
  typeName: 'System.Guid',
  fromRecord: (v) => (typeof v === 'string' ? fold(stripBraces(v.trim())) : undefined),
  fromFilter: (t) => fold(stripBraces(t.trim())),
};

export const READERS: Readonly<Record<FilterValueKind, KindReader>> = {
  string: textReader,
  orderedList: textReader,
  orderedFlags: textReader,
  dn: textReader,
  enum: textReader,
  proxyAddress: textReader,
  flags: textReader,
  guid: guidReader,
  boolean: {
    typeName: 'System.Boolean',
    fromRecord: (v) => {
      const b = recordBoolean(v);
      return b === undefined ? undefined : b ? 1 : 0;
    },
    fromFilter: (t) => {
      const b = parseBooleanText(t);
      return b === undefined ? undefined : b ? 1 : 0;
    },
  },
  integer: {
    typeName: 'System.Int32',
    fromRecord: recordInteger,
    // 0/1 properties such as EwsEnabled also take $true/$false.
    fromFilter: (t, p) => {
      const n = parseIntegerText(t, p.unlimited);
      if (n !== undefined) return n;
      const b = parseBooleanText(t);
      return b === undefined ? undefined : b ? 1 : 0;
    },
  },
  datetime: { typeName: 'System.DateTime', fromRecord: recordDate, fromFilter: parseDateText },
  size: { typeName: 'Microsoft.Exchange.Data.ByteQuantifiedSize', fromRecord: recordSize, fromFilter: parseSizeText },
  timespan: { typeName: 'System.TimeSpan', fromRecord: recordTimeSpan, fromFilter: parseTimeSpanText },
};

