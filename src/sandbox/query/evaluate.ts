// Turns a parsed filter into a predicate over stored records.
//
// Semantics (those of an LDAP search, which OPATH is translated to):
// - Text compares case-insensitively; -lt/-gt order text by folded code units.
// - A multivalued property (an array on the record) matches -eq/-like/-gt... when ANY value does;
//   -ne and -notlike are the negations (no value equals / matches), so they also match records
//   that lack the property, as `(!(attr=x))` does.
// - `-eq $null` (or `-eq ''`) matches a missing value, null, '' or an empty list; `-ne $null` the rest.
// - Links to other objects (DN properties) compare by DN, canonical name or the object's name.
// - Typed properties read the filter value as their type (booleans, integers, en-US dates, sizes,
//   time spans); a value that does not convert is refused with the position of the value.
import { linkEquals } from './dn.js';
import { syntaxError, valueError } from './errors.js';
import type { ComparisonOperator, FilterNode, Literal } from './parser.js';
import type { FilterableProperty, FilterValueKind } from './schema.js';
import type { StoredRecord } from '../contracts.js';
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
  wildcardMatcher,
  wildcardPlacementAllowed,
} from './values.js';

export type RecordPredicate = (record: StoredRecord) => boolean;

interface CompileContext {
  filter: string;
  parameterName?: string;
}

type Key = string | number;

/** How one kind of property reads values from records and from filter text. */
interface KindReader {
  /** .NET type named in conversion errors. */
  typeName: string;
  fromRecord(value: unknown): Key | undefined;
  fromFilter(text: string, property: FilterableProperty): Key | undefined;
}

const stripBraces = (s: string): string => s.replace(/^\{(.*)\}$/s, '$1');

function textOf(value: unknown): string | undefined {
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

const READERS: Readonly<Record<FilterValueKind, KindReader>> = {
  string: textReader,
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
    fromFilter: (t, p) => parseIntegerText(t, p.unlimited),
  },
  datetime: { typeName: 'System.DateTime', fromRecord: recordDate, fromFilter: parseDateText },
  size: { typeName: 'Microsoft.Exchange.Data.ByteQuantifiedSize', fromRecord: recordSize, fromFilter: parseSizeText },
  timespan: { typeName: 'System.TimeSpan', fromRecord: recordTimeSpan, fromFilter: parseTimeSpanText },
};

/** Reads a property by its canonical name, falling back to any casing of it on the record. */
function readProperty(record: StoredRecord, name: string): unknown {
  const direct = record[name];
  if (direct !== undefined || Object.prototype.hasOwnProperty.call(record, name)) return direct;
  const lower = name.toLowerCase();
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() === lower) return record[key];
  }
  return undefined;
}

/** The values of a property as a list: [] for none, one element for a single value. */
function valuesOf(value: unknown): readonly unknown[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined && v !== '');
  return [value];
}

const hasProxyPrefix = (folded: string): boolean => /^[^:@\s]+:/.test(folded);
const withoutProxyPrefix = (folded: string): string => folded.replace(/^[^:@\s]+:/, '');

function flagSet(value: unknown): string | undefined {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!items) return undefined;
  const names = items
    .map((i) => textOf(i))
    .filter((i): i is string => i !== undefined)
    .map((i) => fold(i.trim()))
    .filter((i) => i.length > 0);
  return [...new Set(names)].sort().join(',');
}

function literalText(value: Literal): string {
  if (value.kind === 'text') return value.text;
  if (value.kind === 'boolean') return value.value ? 'True' : 'False';
  return '';
}

function compare(a: Key, b: Key): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ORDER_TESTS: Readonly<Record<'gt' | 'ge' | 'lt' | 'le', (c: number) => boolean>> = {
  gt: (c) => c > 0,
  ge: (c) => c >= 0,
  lt: (c) => c < 0,
  le: (c) => c <= 0,
};

function compileComparison(
  node: Extract<FilterNode, { type: 'compare' }>,
  ctx: CompileContext,
): RecordPredicate {
  const { property, operator, value } = node;
  const name = property.name;
  const negated = operator === 'ne' || operator === 'notlike';
  const positive: ComparisonOperator = operator === 'ne' ? 'eq' : operator === 'notlike' ? 'like' : operator;

  // An empty value asks for a blank property, as $null does (`CustomAttribute1 -eq ''`).
  const blank = value.kind === 'null' || (value.kind === 'text' && value.text === '' && positive !== 'gt' && positive !== 'ge' && positive !== 'lt' && positive !== 'le');
  if (blank) {
    if (positive !== 'eq' && positive !== 'like') throw syntaxError(ctx.filter, node.valuePos, ctx.parameterName);
    return negated
      ? (r) => valuesOf(readProperty(r, name)).length > 0
      : (r) => valuesOf(readProperty(r, name)).length === 0;
  }

  const text = literalText(value);
  let test: (values: readonly unknown[], raw: unknown) => boolean;

  if (positive === 'like') {
    if (!wildcardPlacementAllowed(text)) throw syntaxError(ctx.filter, node.valuePos, ctx.parameterName);
    const matches = wildcardMatcher(fold(text));
    if (property.kind === 'flags') {
      test = (_values, raw) => {
        const set = flagSet(raw);
        return set !== undefined && matches(set);
      };
    } else {
      test = (values) =>
        values.some((v) => {
          const t = textOf(v);
          return t !== undefined && matches(fold(t));
        });
    }
  } else if (property.kind === 'flags') {
    const wanted = flagSet(text);
    const order = positive === 'eq' ? undefined : ORDER_TESTS[positive];
    test = (_values, raw) => {
      const set = flagSet(raw);
      if (set === undefined || wanted === undefined) return false;
      return order ? order(compare(set, wanted)) : set === wanted;
    };
  } else {
    const reader = READERS[property.kind];
    const operand = reader.fromFilter(text, property);
    if (operand === undefined) {
      throw valueError(ctx.filter, node.valuePos, text, reader.typeName, ctx.parameterName);
    }
    if (positive === 'eq') {
      if (property.kind === 'proxyAddress' && typeof operand === 'string' && !hasProxyPrefix(operand)) {
        test = (values) =>
          values.some((v) => {
            const k = reader.fromRecord(v);
            return k === operand || (typeof k === 'string' && withoutProxyPrefix(k) === operand);
          });
      } else if (property.kind === 'dn') {
        const same = linkEquals(text);
        test = (values) => values.some((v) => typeof v === 'string' && same(v));
      } else {
        test = (values) => values.some((v) => reader.fromRecord(v) === operand);
      }
    } else {
      const order = ORDER_TESTS[positive];
      test = (values) =>
        values.some((v) => {
          const k = reader.fromRecord(v);
          return k !== undefined && typeof k === typeof operand && order(compare(k, operand));
        });
    }
  }

  return negated
    ? (r) => {
        const raw = readProperty(r, name);
        return !test(valuesOf(raw), raw);
      }
    : (r) => {
        const raw = readProperty(r, name);
        return test(valuesOf(raw), raw);
      };
}

/** The parser bounds the tree's depth, so plain recursion is safe here. */
export function compileTree(node: FilterNode, ctx: CompileContext): RecordPredicate {
  switch (node.type) {
    case 'and': {
      const parts = node.operands.map((n) => compileTree(n, ctx));
      return (rec) => parts.every((p) => p(rec));
    }
    case 'or': {
      const parts = node.operands.map((n) => compileTree(n, ctx));
      return (rec) => parts.some((p) => p(rec));
    }
    case 'not': {
      const inner = compileTree(node.operand, ctx);
      return (rec) => !inner(rec);
    }
    case 'compare':
      return compileComparison(node, ctx);
  }
}
