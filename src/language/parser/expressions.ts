// Expressions by precedence: ternary, binary operators, comma arrays, unary operators, and casts or
// type literals after `[type]`.

import type { Expression, UnaryOperator } from '../ast.js';
import { isWhitespaceOrNewline } from '../chars.js';
import type { LexToken } from '../lexer.js';
import { binaryPrecedence, unaryDashOperators } from '../tokens.js';
import { isStatementEnd } from './terminators.js';
import type { ParserState } from './parser-state.js';
import { parsePostfix } from './member-access.js';
import { parsePrimary } from './primary.js';
import { parseAttributeOrType } from './types-attributes.js';

export function parseExpression(ps: ParserState, noComma = false): Expression {
  const start = ps.afterTrivia();
  const condition = parseBinary(ps, 1, noComma);
  const q = ps.peek();
  if (q.op !== '?') return condition;
  ps.take(q);
  ps.skipNewlines();
  const ifTrue = parseRequiredExpression(ps, q, noComma);
  ps.skipNewlines();
  const colon = ps.peek();
  if (colon.op !== ':') ps.fail(colon, 'MissingColonInTernaryExpression');
  ps.take(colon);
  ps.skipNewlines();
  const ifFalse = parseRequiredExpression(ps, colon, noComma);
  return { type: 'Ternary', condition, ifTrue, ifFalse, extent: ps.extent(start) };
}

/** An expression that must follow `after` (an operator or `=`). */
export function parseRequiredExpression(ps: ParserState, after: LexToken, noComma: boolean): Expression {
  const tok = ps.peek();
  if (!canStartExpression(tok)) ps.fail(tok, 'ExpectedValueExpression', [after.text]);
  return parseExpression(ps, noComma);
}

export function canStartExpression(tok: LexToken): boolean {
  switch (tok.kind) {
    case 'Number':
    case 'String':
    case 'ExpandableString':
    case 'HereString':
    case 'ExpandableHereString':
    case 'Variable':
    case 'SplattedVariable':
      return true;
    case 'Punctuation':
      return tok.op === '(' || tok.op === '$(' || tok.op === '@(' || tok.op === '@{' || tok.op === '{' || tok.op === '[' || tok.op === ',';
    case 'Operator':
      return tok.op === '!' || tok.op === '-' || tok.op === '+' || tok.op === '++' || tok.op === '--' || (tok.op !== undefined && unaryDashOperators.has(tok.op));
    default:
      return false;
  }
}

function parseBinary(ps: ParserState, minPrec: number, noComma: boolean): Expression {
  const start = ps.afterTrivia();
  let left = parseArrayLiteral(ps, noComma);
  for (;;) {
    const tok = ps.peek();
    if (tok.kind !== 'Operator' || tok.op === undefined) break;
    const prec = binaryPrecedence.get(tok.op);
    if (prec === undefined || prec < minPrec) break;
    ps.take(tok);
    ps.skipNewlines();
    const next = ps.peek();
    if (!canStartExpression(next)) ps.fail(next, 'ExpectedValueExpression', [tok.text]);
    const right = parseBinary(ps, prec + 1, noComma);
    left = { type: 'Binary', operator: tok.op, left, right, extent: ps.extent(start) };
  }
  return left;
}

function parseArrayLiteral(ps: ParserState, noComma: boolean): Expression {
  const start = ps.afterTrivia();
  const first = parseUnary(ps);
  if (noComma || ps.peek().op !== ',') return first;
  const elements: Expression[] = [first];
  while (ps.peek().op === ',') {
    const comma = ps.take(ps.peek());
    ps.skipNewlines();
    const next = ps.peek();
    if (!canStartExpression(next)) ps.fail(next, 'MissingExpressionAfterToken', [comma.text]);
    elements.push(parseUnary(ps));
  }
  return { type: 'ArrayLiteral', elements, extent: ps.extent(start) };
}

export function parseUnary(ps: ParserState): Expression {
  const tok = ps.peek();
  const start = tok.start;
  if (tok.kind === 'Operator' && tok.op !== undefined) {
    const op = tok.op;
    if (op === '!' || op === '-' || op === '+' || op === '++' || op === '--' || unaryDashOperators.has(op)) {
      ps.take(tok);
      if (op !== '-' && op !== '+') ps.skipNewlines();
      const next = ps.peek();
      if (!canStartExpression(next)) ps.fail(next, 'MissingExpressionAfterOperator', [tok.text]);
      const operand = parseUnary(ps);
      if (op === '-' && operand.type === 'Number' && operand.extent.start === tok.end) {
        return { ...operand, value: -operand.value, text: '-' + operand.text, extent: ps.extent(start) };
      }
      return { type: 'Unary', operator: op as UnaryOperator, operand, extent: ps.extent(start) };
    }
  }
  if (tok.op === ',') {
    ps.take(tok);
    ps.skipNewlines();
    const next = ps.peek();
    if (!canStartExpression(next)) ps.fail(next, 'MissingExpressionAfterOperator', [',']);
    const operand = parseUnary(ps);
    return { type: 'Unary', operator: ',', operand, extent: ps.extent(start) };
  }
  if (tok.op === '[') return parseTypeExpression(ps);
  const primary = parsePostfix(ps, parsePrimary(ps), false);
  // `$i ++` (with a blank) is still a postfix increment when nothing follows it.
  const after = ps.peek();
  if ((after.op === '++' || after.op === '--') && after.spaceBefore && isStatementEnd(ps.lexer.scan(after.end, 'expression'))) {
    ps.take(after);
    return { type: 'Unary', operator: after.op === '++' ? 'post++' : 'post--', operand: primary, extent: ps.extent(start) };
  }
  return primary;
}

/** `[int]$x` (cast), `[int]` (type literal), `[ValidateNotNull()]$x` (attributed). */
function parseTypeExpression(ps: ParserState): Expression {
  const start = ps.afterTrivia();
  ps.pos = start;
  const attr = parseAttributeOrType(ps);
  if (attr.type === 'Attribute') {
    ps.skipNewlines();
    const next = ps.peek();
    if (!canStartExpression(next)) ps.fail(next, 'UnexpectedAttribute', [attr.typeName.name]);
    const child = parseUnary(ps);
    return { type: 'Attributed', attribute: attr, child, extent: ps.extent(start) };
  }
  const typeName = attr.typeName;
  const c = ps.char(ps.pos);
  const c1 = ps.char(ps.pos + 1);
  const literal = (): Expression => parsePostfix(ps, { type: 'TypeLiteral', typeName, extent: ps.extent(start) }, false);
  if ((c === '.' && c1 !== '.') || (c === ':' && c1 === ':')) return literal();
  const next = ps.peek();
  let isCast = false;
  switch (next.kind) {
    case 'Number':
    case 'String':
    case 'ExpandableString':
    case 'HereString':
    case 'ExpandableHereString':
    case 'Variable':
    case 'SplattedVariable':
      isCast = true;
      break;
    case 'Punctuation':
      isCast = next.op === '(' || next.op === '$(' || next.op === '@(' || next.op === '@{' || next.op === '{' || next.op === '[';
      break;
    case 'Operator':
      if (next.op === '!' || next.op === '++' || next.op === '--' || (next.op !== undefined && unaryDashOperators.has(next.op) && next.op !== '-join')) isCast = true;
      else if ((next.op === '-' || next.op === '+') && !isWhitespaceOrNewline(ps.char(next.end)) && !next.spaceBefore) isCast = true;
      break;
  }
  if (!isCast) return literal();
  const operand = parseUnary(ps);
  return { type: 'Convert', typeName, operand, extent: ps.extent(start) };
}
