// Primary expressions: literals (numbers, strings, hashtables, script blocks), `( )`, `$( )` and
// `@( )`, including the `$( )` the tokenizer finds inside strings.

import type { Expression, HashtableExpression, ScriptBlockExpression, StatementBlock, SubExpression } from '../ast.js';
import { isDash, isIdentifierChar, isIdentifierStart } from '../chars.js';
import type { LexToken } from '../lexer.js';
import { isStatementEnd } from './terminators.js';
import { type ParserState, abort } from './parser-state.js';
import { parseUnary } from './expressions.js';
import { parseScriptBlockBodyInBraces } from './script-blocks.js';
import { parseStatement, parseStatementList } from './statements.js';

export function parsePrimary(ps: ParserState): Expression {
  const tok = ps.peek();
  switch (tok.kind) {
    case 'Number':
      ps.take(tok);
      return numberNode(ps, tok);
    case 'String':
    case 'ExpandableString':
    case 'HereString':
    case 'ExpandableHereString':
      ps.take(tok);
      return stringNode(ps, tok);
    case 'Variable':
    case 'SplattedVariable':
      ps.take(tok);
      return ps.lexer.variableNode(tok);
    case 'Punctuation':
      switch (tok.op) {
        case '(': return parseParen(ps);
        case '$(': return parseSubExpression(ps);
        case '@(': return parseArrayExpression(ps);
        case '@{': return parseHashtable(ps);
        case '{': return parseScriptBlockExpression(ps);
      }
      break;
    case 'EndOfInput':
      ps.fail(tok, 'ExpectedValueExpression', ['']);
  }
  ps.unexpected(tok);
}

export function parseParen(ps: ParserState): Expression {
  const open = ps.take(ps.peek());
  ps.skipNewlines();
  const first = ps.peek('command');
  if (first.op === ')') ps.fail(first, 'ExpectedExpression');
  if (first.kind === 'EndOfInput') {
    ps.missingCloser(open.start, open.end, 'MissingEndParenthesisInExpression');
    throw abort;
  }
  const pipeline = parseStatement(ps);
  ps.skipNewlines();
  const close = ps.peek();
  if (close.op !== ')') ps.missingCloseParen(open, 'MissingEndParenthesisInExpression');
  ps.take(close);
  return { type: 'Paren', pipeline, extent: ps.extent(open.start) };
}

export function parseSubExpression(ps: ParserState): SubExpression {
  const open = ps.take(ps.peek());
  const body = parseParenStatements(ps, open);
  return { type: 'SubExpression', body, extent: ps.extent(open.start) };
}

export function parseArrayExpression(ps: ParserState): Expression {
  const open = ps.take(ps.peek());
  const body = parseParenStatements(ps, open);
  return { type: 'ArrayExpression', body, extent: ps.extent(open.start) };
}

function parseParenStatements(ps: ParserState, open: LexToken): StatementBlock {
  const list = parseStatementList(ps, ')');
  const close = ps.peek('command');
  if (close.op !== ')') ps.missingCloseParen(open, 'MissingEndParenthesisInSubexpression');
  ps.take(close);
  return { type: 'StatementBlock', statements: list.statements, traps: list.traps, extent: ps.extent(open.start) };
}

/** Entry used by the tokenizer for `$( ... )` inside strings. */
export function parseSubExpressionAt(ps: ParserState, dollarPos: number): { node: SubExpression; end: number } {
  ps.pos = dollarPos;
  const open = ps.lexer.scan(dollarPos, 'expression');
  ps.take(open);
  const list = parseStatementList(ps, ')');
  const close = ps.peek('command');
  if (close.op === ')') ps.take(close);
  else ps.missingCloser(open.start, open.end, 'MissingEndParenthesisInSubexpression');
  const body: StatementBlock = { type: 'StatementBlock', statements: list.statements, traps: list.traps, extent: ps.extent(dollarPos) };
  return { node: { type: 'SubExpression', body, extent: ps.extent(dollarPos) }, end: ps.pos };
}

export function parseHashtable(ps: ParserState): HashtableExpression {
  const open = ps.take(ps.peek());
  const entries: HashtableExpression['entries'] = [];
  const keys = new Set<string>();
  for (;;) {
    ps.skipNewlinesAndSemicolons();
    const tok = ps.peek();
    if (tok.op === '}') {
      ps.take(tok);
      break;
    }
    if (tok.kind === 'EndOfInput') incompleteHash(ps);
    const entryStart = tok.start;
    const key = parseHashKey(ps);
    checkDuplicateKey(ps, key, keys);
    ps.skipNewlines();
    const eq = ps.peek();
    if (eq.op !== '=') ps.fail(eq, 'MissingEqualsInHashLiteral');
    ps.take(eq);
    ps.skipNewlines();
    const valueTok = ps.peek('command');
    if (isStatementEnd(valueTok)) ps.fail(valueTok, 'MissingStatementInHashLiteral');
    const value = parseStatement(ps);
    entries.push({ key, value, extent: ps.extent(entryStart) });
    const sep = ps.peek('command');
    if (sep.kind === 'NewLine' || sep.op === ';' || sep.op === '}') continue;
    incompleteHash(ps);
  }
  return { type: 'Hashtable', entries, extent: ps.extent(open.start) };
}

/** A constant key seen twice (`@{a=1; 'A'=2}`) is an error at the second key, whatever the case. */
function checkDuplicateKey(ps: ParserState, key: Expression, keys: Set<string>): void {
  if (key.type !== 'StringConstant') return;
  const folded = key.value.toLowerCase();
  if (!keys.has(folded)) {
    keys.add(folded);
    return;
  }
  ps.ctx.error('DuplicateKeyInHashLiteral', [key.value], key.extent.start, key.extent.end, false);
}

/** PowerShell's error for a hash literal that stops early: after its last entry (or `@{`). */
function incompleteHash(ps: ParserState): never {
  const atEnd = ps.onlyBlankLinesFrom(ps.pos);
  ps.ctx.error('IncompleteHashLiteral', [], ps.lastEnd, ps.lastEnd, atEnd);
  throw abort;
}

function parseHashKey(ps: ParserState): Expression {
  const p = ps.afterTrivia();
  const c = ps.char(p);
  if (isIdentifierStart(c)) {
    let q = p;
    while (isIdentifierChar(ps.char(q)) || (isDash(ps.char(q)) && isIdentifierChar(ps.char(q + 1)))) q++;
    ps.takeSpan(p, q, 'Member');
    return { type: 'StringConstant', value: ps.text.slice(p, q), quoteKind: 'bare', extent: ps.extent(p) };
  }
  const tok = ps.peek();
  if (tok.op === '=') ps.fail(tok, 'MissingKeyInHashLiteral');
  return parseUnary(ps);
}

export function parseScriptBlockExpression(ps: ParserState): ScriptBlockExpression {
  const open = ps.peek();
  const scriptBlock = parseScriptBlockBodyInBraces(ps);
  const closeEnd = ps.lastEnd;
  const innerEnd = ps.text[closeEnd - 1] === '}' ? closeEnd - 1 : closeEnd;
  return { type: 'ScriptBlockExpression', scriptBlock, text: ps.text.slice(open.end, innerEnd), extent: ps.extent(open.start) };
}

export function numberNode(ps: ParserState, tok: LexToken): Expression {
  return { type: 'Number', value: tok.number!.value, numberType: tok.number!.numberType, text: tok.text, extent: ps.ctx.source.extent(tok.start, tok.end) };
}

export function stringNode(ps: ParserState, tok: LexToken): Expression {
  const extent = ps.ctx.source.extent(tok.start, tok.end);
  const quoteKind = tok.quoteKind ?? 'double';
  if (tok.parts) return { type: 'ExpandableString', parts: tok.parts, quoteKind: quoteKind as 'bare' | 'double' | 'double-here', extent };
  return { type: 'StringConstant', value: tok.value ?? '', quoteKind, extent };
}
