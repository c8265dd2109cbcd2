// What follows a primary expression and touches it: `.member`, `::static`, `?.`, `[index]`,
// method calls with their arguments, and postfix `++`/`--`.

import type { Expression, TypeName } from '../ast.js';
import { isDash, isDigit, isIdentifierChar, isIdentifierStart, isQuote } from '../chars.js';
import { type ParserState, abort } from './parser-state.js';
import { canStartExpression, parseExpression } from './expressions.js';
import { parseArrayExpression, parseParen, parseScriptBlockExpression, parseSubExpression, stringNode } from './primary.js';
import { tryGenericMethodArguments } from './types-attributes.js';

/** Member access, method calls, indexing and postfix `++`/`--`, which must touch their target. */
export function parsePostfix(ps: ParserState, target: Expression, commandMode: boolean): Expression {
  const start = target.extent.start;
  let expr = target;
  for (;;) {
    const p = ps.pos;
    const c = ps.char(p);
    const c1 = ps.char(p + 1);
    let isStatic = false;
    let nullConditional = false;
    let opLength = 0;
    if (c === '.' && c1 !== '.') opLength = 1;
    else if (c === ':' && c1 === ':') {
      opLength = 2;
      isStatic = true;
    } else if (c === '?' && c1 === '.') {
      opLength = 2;
      nullConditional = true;
    } else if (c === '[' || (c === '?' && c1 === '[')) {
      nullConditional = c === '?';
      if (commandMode && c === '[' && expr.type === 'StringConstant') break;
      const open = nullConditional ? p + 1 : p;
      ps.takeSpan(p, open + 1, 'Punctuation');
      ps.skipNewlines();
      const first = ps.peek();
      if (first.op === ']') ps.fail(first, 'MissingArrayIndexExpression');
      const index = parseExpression(ps);
      ps.skipNewlines();
      const close = ps.peek();
      if (close.op !== ']') {
        // At the end of the text the opener is marked (incomplete input); otherwise right after the index.
        if (close.kind === 'EndOfInput') ps.missingCloser(open, open + 1, 'MissingEndSquareBracket');
        else ps.ctx.error('MissingEndSquareBracket', [], ps.lastEnd, ps.lastEnd, false);
        throw abort;
      }
      ps.take(close);
      expr = { type: 'Index', target: expr, index, nullConditional, extent: ps.extent(start) };
      continue;
    } else if (!commandMode && ((c === '+' && c1 === '+') || (isDash(c) && isDash(c1)))) {
      // Postfix ++/-- only when not followed by an operand (`$i++`, not `$i --$j`).
      ps.takeSpan(p, p + 2, 'Operator');
      expr = { type: 'Unary', operator: c === '+' ? 'post++' : 'post--', operand: expr, extent: ps.extent(start) };
      continue;
    } else break;
    if (commandMode && opLength === 1 && !memberNameStarts(ps, p + 1)) break;
    if (!commandMode && opLength === 1 && expr.type === 'Number' && !isIdentifierStart(ps.char(p + 1))) break;
    ps.takeSpan(p, p + opLength, 'Operator');
    // Fluent style: in an expression the member may follow on a later line (`$s.` ⏎ `Length`).
    if (!commandMode) ps.skipBlanksAndNewlines();
    const member = parseMemberName(ps);
    // Generic method arguments: `.Method[string]()`.
    const genericArguments: TypeName[] = ps.char(ps.pos) === '[' ? tryGenericMethodArguments(ps) : [];
    if (ps.char(ps.pos) === '{' && !commandMode) {
      // `$list.Where{ $_ -gt 1 }`: a script block argument without parentheses.
      const block = parseScriptBlockExpression(ps);
      expr = { type: 'InvokeMember', target: expr, member, arguments: [block], genericArguments, isStatic, nullConditional, extent: ps.extent(start) };
    } else if (ps.char(ps.pos) === '(') {
      const args = parseInvocationArguments(ps);
      expr = { type: 'InvokeMember', target: expr, member, arguments: args, genericArguments, isStatic, nullConditional, extent: ps.extent(start) };
    } else {
      expr = { type: 'Member', target: expr, member, isStatic, nullConditional, extent: ps.extent(start) };
    }
  }
  return expr;
}

function memberNameStarts(ps: ParserState, p: number): boolean {
  const c = ps.char(p);
  return isIdentifierStart(c) || c === '$' || isQuote(c) || c === '(' || c === '@' || c === '{' || isDigit(c);
}

function parseMemberName(ps: ParserState): Expression {
  const p = ps.pos;
  const c = ps.char(p);
  if (isIdentifierStart(c) || isDigit(c)) {
    let q = p;
    while (isIdentifierChar(ps.char(q))) q++;
    ps.takeSpan(p, q, 'Member');
    return { type: 'StringConstant', value: ps.text.slice(p, q), quoteKind: 'bare', extent: ps.extent(p) };
  }
  const tok = ps.lexer.scan(p, 'expression');
  if (tok.start !== p) ps.fail(tok, 'MissingPropertyName');
  switch (tok.kind) {
    case 'Variable':
      ps.take(tok);
      return ps.lexer.variableNode(tok);
    case 'String':
    case 'ExpandableString':
    case 'HereString':
    case 'ExpandableHereString':
      ps.take(tok);
      return stringNode(ps, tok);
    case 'Punctuation':
      if (tok.op === '(') return parseParen(ps);
      if (tok.op === '$(') return parseSubExpression(ps);
      if (tok.op === '@(') return parseArrayExpression(ps);
      // `$o.{name}`: PowerShell accepts a script block as the member name.
      if (tok.op === '{') return parseScriptBlockExpression(ps);
      break;
  }
  ps.fail(tok, 'MissingPropertyName');
}

/** `( arg, arg )` of a method call; commas separate arguments rather than build arrays. */
export function parseInvocationArguments(ps: ParserState): Expression[] {
  const open = ps.take(ps.peek());
  const args: Expression[] = [];
  ps.skipNewlines();
  if (ps.peek().op === ')') {
    ps.take(ps.peek());
    return args;
  }
  for (;;) {
    ps.skipNewlines();
    const tok = ps.peek();
    if (!canStartExpression(tok)) {
      if (tok.kind === 'EndOfInput') {
        ps.missingCloser(open.start, open.end, 'MissingEndParenthesisInMethodCall');
        throw abort;
      }
      ps.fail(tok, 'MissingExpressionAfterToken', [',']);
    }
    args.push(parseExpression(ps, true));
    if (!ps.takeListSeparator(open, 'MissingEndParenthesisInMethodCall')) return args;
  }
}
