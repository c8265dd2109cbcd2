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
import type { FilterValueKind } from './schema.js';
import type { StoredRecord } from '../contracts.js';
import { valueReader, type Companion } from './record-values.js';
import { READERS, stripBraces, textOf, type Key } from './kind-readers.js';
import { fold, wildcardMatcher, wildcardPlacementAllowed } from './values.js';

export type RecordPredicate = (record: StoredRecord) => boolean;

interface CompileContext {
  filter: string;
  parameterName?: string;
  companion?: Companion;
}

/** The values of a property as a list: [] for none, one element for a single value. */
function valuesOf(value: unknown): readonly unknown[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined && v !== '');
  return [value];
}

const hasProxyPrefix = (folded: string): boolean => /^[^:@\s]+:/.test(folded);
const withoutProxyPrefix = (folded: string): string => folded.replace(/^[^:@\s]+:/, '');

/** A multivalued value as one comparable text: items folded and trimmed, sorted unless ordered. */
function wholeList(value: unknown, ordered: boolean): string | undefined {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!items) return undefined;
  const names = items
    .map((i) => textOf(i))
    .filter((i): i is string => i !== undefined)
    .map((i) => fold(i.trim()))
    .filter((i) => i.length > 0);
  return ordered ? names.join(',') : [...new Set(names)].sort().join(',');
}

/** Documented quirk: on Get-CASMailbox, "the filter operates backwards" for OWAEnabled. */
const INVERTED_BOOLEANS = new Set(['owaenabled']);

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

/** Kinds compared as one whole multivalued value, and whether their order counts. */
const WHOLE_LIST_KINDS: Partial<Record<FilterValueKind, boolean>> = { flags: false, orderedFlags: true };

function compileComparison(
  node: Extract<FilterNode, { type: 'compare' }>,
  ctx: CompileContext,
): RecordPredicate {
  const { property, operator, value } = node;
  const read = valueReader(property, ctx.companion);
  const negated = operator === 'ne' || operator === 'notlike';
  const positive: ComparisonOperator = operator === 'ne' ? 'eq' : operator === 'notlike' ? 'like' : operator;
  const ordering = positive !== 'eq' && positive !== 'like';

  // An empty value asks for a blank property, as $null does (`CustomAttribute1 -eq ''`).
  const blank = value.kind === 'null' || (value.kind === 'text' && value.text === '' && !ordering);
  if (blank) {
    if (ordering) throw syntaxError(ctx.filter, node.valuePos, ctx.parameterName);
    return negated ? (r) => valuesOf(read(r)).length > 0 : (r) => valuesOf(read(r)).length === 0;
  }

  const text = literalText(value);
  const wholeListOrdered =
    WHOLE_LIST_KINDS[property.kind] ?? (property.kind === 'orderedList' && text.includes(',') ? true : undefined);
  let test: (values: readonly unknown[], raw: unknown) => boolean;

  if (positive === 'like') {
    if (!wildcardPlacementAllowed(text)) throw syntaxError(ctx.filter, node.valuePos, ctx.parameterName);
    const matches = wildcardMatcher(fold(property.kind === 'guid' ? stripBraces(text.trim()) : text));
    if (wholeListOrdered !== undefined) {
      test = (_values, raw) => {
        const whole = wholeList(raw, wholeListOrdered);
        return whole !== undefined && matches(whole);
      };
    } else {
      test = (values) =>
        values.some((v) => {
          const t = textOf(v);
          return t !== undefined && matches(fold(t));
        });
    }
  } else if (wholeListOrdered !== undefined) {
    const wanted = wholeList(text, wholeListOrdered);
    const order = positive === 'eq' ? undefined : ORDER_TESTS[positive];
    test = (_values, raw) => {
      const whole = wholeList(raw, wholeListOrdered);
      if (whole === undefined || wanted === undefined) return false;
      return order ? order(compare(whole, wanted)) : whole === wanted;
    };
  } else {
    const reader = READERS[property.kind];
    let operand = reader.fromFilter(text, property);
    if (operand === undefined) {
      throw valueError(ctx.filter, node.valuePos, text, reader.typeName, ctx.parameterName);
    }
    if (property.kind === 'boolean' && INVERTED_BOOLEANS.has(property.name.toLowerCase())) operand = 1 - (operand as number);
    if (positive === 'eq') {
      if (property.kind === 'proxyAddress' && typeof operand === 'string' && !hasProxyPrefix(operand)) {
        const wanted = operand;
        test = (values) =>
          values.some((v) => {
            const k = reader.fromRecord(v);
            return k === wanted || (typeof k === 'string' && withoutProxyPrefix(k) === wanted);
          });
      } else if (property.kind === 'dn') {
        const same = linkEquals(text);
        test = (values) => values.some((v) => typeof v === 'string' && same(v));
      } else {
        const wanted = operand;
        test = (values) => values.some((v) => reader.fromRecord(v) === wanted);
      }
    } else {
      const order = ORDER_TESTS[positive as 'gt' | 'ge' | 'lt' | 'le'];
      const wanted = operand;
      test = (values) =>
        values.some((v) => {
          const k = reader.fromRecord(v);
          return k !== undefined && typeof k === typeof wanted && order(compare(k, wanted));
        });
    }
  }

  return negated
    ? (r) => {
        const raw = read(r);
        return !test(valuesOf(raw), raw);
      }
    : (r) => {
        const raw = read(r);
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
