// Pipelines: `&&`/`||` chains, `|` elements, assignments, redirections, and the choice between an
// expression and a command at the start of an element.

import type { AssignmentOperator, AssignmentStatement, Command, CommandExpression, Expression, Pipeline, PipelineBase, PipelineChain, Redirection } from '../ast.js';
import { isBlank, isDash, isDigit, isIdentifierChar, isIdentifierStart, isNewline, isQuote, isVariableChar, isWhitespaceOrNewline } from '../chars.js';
import type { LexToken } from '../lexer.js';
import { assignmentOperators, unaryDashOperators } from '../tokens.js';
import { noPipelineFollows, endsCommand } from './terminators.js';
import { type ParserState, abort } from './parser-state.js';
import { parseCommand, parseCommandPrimary } from './commands.js';
import { parseExpression } from './expressions.js';
import { parseStatement } from './statements.js';

export function pipelineOf(ps: ParserState, expr: Expression, start: number): Pipeline {
  const element: CommandExpression = { type: 'CommandExpression', expression: expr, redirections: [], extent: expr.extent };
  return { type: 'Pipeline', elements: [element], background: false, extent: ps.extent(start) };
}

export function parsePipelineChain(ps: ParserState): PipelineBase {
  const start = ps.afterTrivia();
  const left = parsePipeline(ps);
  if (left.type === 'Assignment') return left;
  let chain: Pipeline | PipelineChain = left;
  for (;;) {
    const tok = ps.peek('command');
    if (tok.op !== '&&' && tok.op !== '||') break;
    ps.take(tok);
    ps.skipNewlines();
    const next = ps.peek('command');
    if (noPipelineFollows(next)) ps.fail(next, 'EmptyPipelineChainElement');
    const right = parsePipeline(ps);
    if (right.type === 'Assignment') ps.fail(tok, 'UnexpectedToken', [tok.text]);
    chain = { type: 'PipelineChain', left: chain, operator: tok.op as '&&' | '||', right, background: false, extent: ps.extent(start) };
  }
  const amp = ps.peek('command');
  if (amp.op === '&') {
    ps.take(amp);
    chain.background = true;
    chain.extent = ps.extent(start);
  }
  return chain;
}

function parsePipeline(ps: ParserState): Pipeline | AssignmentStatement {
  const start = ps.afterTrivia();
  const elements: (Command | CommandExpression)[] = [];
  const first = ps.peek('command');
  if (first.op === '|') {
    // `| 1`: an empty first element, marked at the `|` itself.
    ps.ctx.error('EmptyPipeElement', [], first.start, first.end, false);
    throw abort;
  }
  if (isExpressionStart(ps, start)) {
    const expr = parseExpression(ps);
    const tok = ps.peek();
    if (tok.kind === 'Operator' && tok.op && assignmentOperators.has(tok.op)) {
      if (!isAssignable(expr)) {
        ps.ctx.error('InvalidLeftHandSide', [], expr.extent.start, expr.extent.end, false);
        throw abort;
      }
      ps.take(tok);
      ps.skipNewlines();
      const next = ps.peek('command');
      if (noPipelineFollows(next)) ps.fail(next, 'ExpectedValueExpression', [tok.text]);
      const right = parseStatement(ps);
      return { type: 'Assignment', left: expr, operator: tok.op as AssignmentOperator, right, extent: ps.extent(start) };
    }
    const redirections = parseRedirections(ps);
    elements.push({ type: 'CommandExpression', expression: expr, redirections, extent: ps.extent(start) });
  } else {
    elements.push(parseCommand(ps));
  }
  for (;;) {
    let tok = ps.peek('command');
    if (tok.kind === 'NewLine' && leadingPipeFollows(ps)) {
      ps.skipNewlines();
      tok = ps.peek('command');
    }
    if (tok.op !== '|') break;
    ps.take(tok);
    ps.skipNewlines();
    const next = ps.peek('command');
    if (noPipelineFollows(next)) ps.fail(next, 'EmptyPipeElement');
    const elementStart = ps.afterTrivia();
    if (isExpressionStart(ps, elementStart)) {
      const expr = parseExpression(ps);
      ps.ctx.error('ExpressionsMustBeFirstInPipeline', [], expr.extent.start, expr.extent.end, false);
      elements.push({ type: 'CommandExpression', expression: expr, redirections: parseRedirections(ps), extent: ps.extent(elementStart) });
    } else {
      elements.push(parseCommand(ps));
    }
  }
  return { type: 'Pipeline', elements, background: false, extent: ps.extent(start) };
}

/** PowerShell 7: a line starting with `|` continues the pipeline of the line before. */
function leadingPipeFollows(ps: ParserState): boolean {
  let q = ps.pos;
  for (;;) {
    q = ps.lexer.skipTrivia(q);
    const c = ps.char(q);
    if (isNewline(c)) q++;
    else return c === '|' && ps.char(q + 1) !== '|';
  }
}

/** Decides whether a pipeline element starting at `p` is an expression or a command. */
function isExpressionStart(ps: ParserState, p: number): boolean {
  const c = ps.char(p);
  const c1 = ps.char(p + 1);
  if (c === '$') return c1 === '(' || c1 === '{' || c1 === '$' || c1 === '^' || isVariableChar(c1);
  if (c === '(' || c === '[' || c === '{' || c === '!' || c === ',') return true;
  if (isQuote(c)) return true;
  if (c === '@') return c1 === '(' || c1 === '{' || isQuote(c1) || isVariableChar(c1);
  // At the start of a statement a number ends at an operator (`1..10`, `2+2`), unlike in an
  // argument, where `1..10` is a bareword; `7z.exe` stays a command.
  if (isDigit(c) || (c === '.' && isDigit(c1))) return ps.lexer.scanNumber(p, 'expression') !== undefined;
  if (isDash(c)) {
    if (isDash(c1)) return ps.char(p + 2) === '$';
    if (isDigit(c1) || (c1 === '.' && isDigit(ps.char(p + 2)))) return ps.lexer.scanNumber(p + 1, 'expression') !== undefined;
    if (c1 === '$' || c1 === '(' || c1 === '[') return true;
    if (isBlank(c1)) return operandFollows(ps, p + 1);
    if (isIdentifierStart(c1)) {
      let q = p + 1;
      while (isIdentifierChar(ps.char(q))) q++;
      const op = '-' + ps.text.slice(p + 1, q).toLowerCase();
      const d = ps.char(q);
      return unaryDashOperators.has(op) && (d === '' || isWhitespaceOrNewline(d) || d === '$' || d === '(' || isQuote(d) || d === '@' || d === '[');
    }
    return false;
  }
  if (c === '+') {
    if (c1 === '+') return ps.char(p + 2) === '$';
    if (isBlank(c1)) return operandFollows(ps, p + 1);
    return isDigit(c1) || c1 === '$' || c1 === '(';
  }
  return false;
}

/** `- $y`: a sign, blanks, then a variable, number or parenthesis is an expression. */
function operandFollows(ps: ParserState, p: number): boolean {
  let q = p;
  while (isBlank(ps.char(q))) q++;
  const c = ps.char(q);
  return c === '$' || c === '(' || isDigit(c);
}

function parseRedirections(ps: ParserState): Redirection[] {
  const redirections: Redirection[] = [];
  for (;;) {
    const p = ps.afterTrivia();
    const tok = ps.lexer.scanRedirection(p);
    if (!tok) return redirections;
    redirections.push(parseRedirection(ps, tok));
  }
}

export function parseRedirection(ps: ParserState, tok: LexToken): Redirection {
  ps.take(tok);
  if (tok.op === '<') ps.fail(tok, 'RedirectionNotSupported', ['<']);
  const r = tok.redirection!;
  if (r.mergeTo) {
    return { type: 'MergingRedirection', from: r.from, to: 'output', extent: ps.extent(tok.start) };
  }
  const next = ps.peek('command');
  if (endsCommand(next)) ps.fail(next, 'MissingFileSpecification');
  const target = parseCommandPrimary(ps);
  return { type: 'FileRedirection', from: r.from, append: r.append, target, extent: ps.extent(tok.start) };
}

/** What PowerShell accepts left of `=`: variables, members, indexes, casts and arrays of them. */
function isAssignable(expr: Expression): boolean {
  switch (expr.type) {
    case 'Number':
    case 'StringConstant':
    case 'ExpandableString':
    case 'Binary':
    case 'Unary':
    case 'Hashtable':
    case 'ScriptBlockExpression':
    case 'TypeLiteral':
    case 'Ternary':
      return false;
    case 'ArrayLiteral':
      return expr.elements.every(isAssignable);
    case 'Convert':
      return isAssignable(expr.operand);
    case 'Attributed':
      return isAssignable(expr.child);
    default:
      return true;
  }
}
