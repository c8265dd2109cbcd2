// Parses OPATH filter text into a tree.
//
// Grammar (as Exchange accepts -Filter / -RecipientFilter text):
//   filter     := expr END
//   expr       := unary (('-and' | '-or') unary)*      equal precedence, left to right
//   unary      := ('-not' | '!') unary | '(' expr ')' | comparison
//   comparison := PROPERTY ('-eq'|'-ne'|'-like'|'-notlike'|'-gt'|'-ge'|'-lt'|'-le') value
//   value      := 'text' | "text" | bare word or number | $null | $true | $false
// -and and -or share one precedence level and associate to the left, as in PowerShell (whose
// operator syntax OPATH borrows): `a -or b -and c` is `(a -or b) -and c`. Operator names are
// case-insensitive. The whole filter may be wrapped once in braces (script block text) or in
// double quotes. Nesting is bounded so hostile input cannot exhaust the stack.
import { syntaxError, unknownPropertyError } from './errors.js';
import { tokenize, type LexContext, type Token } from './lexer.js';
import { lookupProperty, propertyNames, type FilterableProperty, type FilterSchema } from './schema.js';

export type ComparisonOperator = 'eq' | 'ne' | 'like' | 'notlike' | 'gt' | 'ge' | 'lt' | 'le';

export type Literal =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'null' }
  | { kind: 'boolean'; value: boolean };

export type FilterNode =
  /** Runs of the same operator are kept flat: `a -and b -and c` is one node with three operands. */
  | { type: 'and' | 'or'; operands: FilterNode[] }
  | { type: 'not'; operand: FilterNode }
  | {
      type: 'compare';
      property: FilterableProperty;
      operator: ComparisonOperator;
      value: Literal;
      /** Positions of the property name and of the value, for error messages. */
      propertyPos: number;
      valuePos: number;
    };

const COMPARISON_OPERATORS = new Set<string>(['eq', 'ne', 'like', 'notlike', 'gt', 'ge', 'lt', 'le']);
/** Deep enough for any filter a person writes; shallow enough to stay far from the stack limit. */
export const MAX_NESTING = 200;

export interface ParseOptions {
  parameterName?: string;
}

/** [start, end) of the filter proper, after removing one pair of wrapping braces or double quotes. */
function unwrap(text: string): [number, number] {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end - start >= 2) {
    const first = text[start];
    const last = text[end - 1];
    if (first === '{' && last === '}') return [start + 1, end - 1];
    if (first === '"' && last === '"') {
      const inner = text.slice(start + 1, end - 1);
      // Only a filter written entirely inside one pair of double quotes; `"a" -eq "b"` is not that.
      if (!inner.includes('"')) return [start + 1, end - 1];
    }
  }
  return [start, end];
}

export function parseOpathFilter(text: string, schema: FilterSchema, options: ParseOptions = {}): FilterNode {
  const ctx: LexContext = { filter: text, parameterName: options.parameterName };
  const [start, end] = unwrap(text);
  const tokens = tokenize(text, start, end, ctx);
  let index = 0;
  const peek = (): Token => tokens[index]!;
  const next = (): Token => tokens[index++]!;
  const fail = (pos: number): never => {
    throw syntaxError(text, pos, options.parameterName);
  };

  const parseExpr = (depth: number): FilterNode => {
    let left = parseUnary(depth);
    // Each switch between -and and -or nests the tree one level deeper; count it as nesting.
    let level = depth;
    for (;;) {
      const t = peek();
      if (t.type === 'operator' && (t.name === 'and' || t.name === 'or')) {
        next();
        const right = parseUnary(depth);
        if (left.type === t.name) {
          left.operands.push(right);
        } else {
          if (++level > MAX_NESTING) fail(t.pos);
          left = { type: t.name, operands: [left, right] };
        }
        continue;
      }
      return left;
    }
  };

  const parseUnary = (depth: number): FilterNode => {
    const t = peek();
    if (depth > MAX_NESTING) fail(t.pos);
    if (t.type === 'operator' && t.name === 'not') {
      next();
      return { type: 'not', operand: parseUnary(depth + 1) };
    }
    if (t.type === 'lparen') {
      next();
      const inner = parseExpr(depth + 1);
      const close = next();
      if (close.type !== 'rparen') fail(close.pos);
      return inner;
    }
    return parseComparison();
  };

  const parseComparison = (): FilterNode => {
    const name = next();
    if (name.type !== 'word') return fail(name.pos);
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name.value)) return fail(name.pos);
    const property = lookupProperty(schema, name.value);
    if (!property) {
      throw unknownPropertyError(text, name.pos, name.value, propertyNames(schema), options.parameterName);
    }
    const op = next();
    if (op.type !== 'operator' || !COMPARISON_OPERATORS.has(op.name)) return fail(op.pos);
    const v = next();
    let value: Literal;
    if (v.type === 'string') value = { kind: 'text', text: v.value, quoted: true };
    else if (v.type === 'word') value = { kind: 'text', text: v.value, quoted: false };
    else if (v.type === 'constant') value = v.value === null ? { kind: 'null' } : { kind: 'boolean', value: v.value };
    else return fail(v.pos);
    return {
      type: 'compare',
      property,
      operator: op.name as ComparisonOperator,
      value,
      propertyPos: name.pos,
      valuePos: v.pos,
    };
  };

  const tree = parseExpr(0);
  const last = peek();
  if (last.type !== 'end') fail(last.pos);
  return tree;
}
