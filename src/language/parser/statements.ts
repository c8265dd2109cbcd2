// Statements: the statement list with its error recovery, labels, the keyword dispatch, and the
// control-flow statements (if, while, do, for, foreach, switch, try, trap, data, return/throw/exit,
// break/continue).

import type { Expression, Extent, PipelineBase, Statement, StatementBlock, SwitchStatement, TrapStatement, TypeName } from '../ast.js';
import { isIdentifierChar, isIdentifierStart } from '../chars.js';
import type { ParserErrorId } from '../messages.js';
import { isStatementEnd, noPipelineFollows, endsCommand } from './terminators.js';
import { type ParserState, SyntaxAbort, abort, type KeywordSpan } from './parser-state.js';
import { parseCommandArgument, parseCommandPrimary } from './commands.js';
import { parseConfiguration, parseFunction, parseTypeDefinition, tryAttributedTypeDefinition } from './definitions.js';
import { parsePipelineChain, pipelineOf } from './pipelines.js';
import { parseUsingStatement } from './script-blocks.js';
import { parseAttributeOrType } from './types-attributes.js';

const loopKeywords = new Set(['foreach', 'for', 'while', 'do', 'switch']);

/** `{ statements }` → the statements, with MissingEndCurlyBrace when the brace never closes. */
export function parseBraceStatements(ps: ParserState): { statements: Statement[]; traps: TrapStatement[]; start: number } {
  const open = ps.take(ps.peek());
  const list = parseStatementList(ps, '}');
  const close = ps.peek('command');
  if (close.op === '}') ps.take(close);
  else ps.missingCloser(open.start, open.end, 'MissingEndCurlyBrace');
  return { ...list, start: open.start };
}

function parseStatementBlock(ps: ParserState, missingId: ParserErrorId, args: readonly string[] = []): StatementBlock {
  ps.skipNewlines();
  const tok = ps.peek();
  if (tok.op !== '{') ps.fail(tok, missingId, args);
  const block = parseBraceStatements(ps);
  return { type: 'StatementBlock', statements: block.statements, traps: block.traps, extent: ps.extent(block.start) };
}

export function parseStatementList(ps: ParserState, closer: 'eof' | '}' | ')'): { statements: Statement[]; traps: TrapStatement[] } {
  const statements: Statement[] = [];
  const traps: TrapStatement[] = [];
  for (;;) {
    ps.skipNewlinesAndSemicolons();
    const tok = ps.peek('command');
    if (tok.kind === 'EndOfInput') break;
    if (tok.op === '}' || tok.op === ')') {
      if (closer !== 'eof') break;
      ps.report(tok, 'UnexpectedToken', [tok.text]);
      ps.take(tok);
      continue;
    }
    const start = ps.afterTrivia();
    let stmt: Statement;
    try {
      stmt = parseStatement(ps);
      if (needsTerminator(stmt) && !endsWithBackground(stmt)) {
        const next = ps.peek('command');
        if (!isStatementEnd(next)) ps.unexpected(next);
      }
    } catch (e) {
      if (!(e instanceof SyntaxAbort)) throw e;
      recover(ps);
      stmt = { type: 'ErrorStatement', extent: ps.extent(start) };
    }
    if (stmt.type === 'Trap') traps.push(stmt);
    else statements.push(stmt);
  }
  return { statements, traps };
}

/** Skips to the end of the statement in error: the line end or `;`, or a closing brace of an outer block. */
export function recover(ps: ParserState): void {
  let depth = 0;
  for (;;) {
    const tok = ps.peek('command');
    if (tok.kind === 'EndOfInput') return;
    const op = tok.op;
    if (depth === 0 && (op === '}' || op === ')')) return;
    ps.take(tok);
    if (depth === 0 && (tok.kind === 'NewLine' || op === ';')) return;
    if (op === '{' || op === '(' || op === '@(' || op === '$(' || op === '@{') depth++;
    else if ((op === '}' || op === ')') && depth > 0) depth--;
  }
}

export function parseStatement(ps: ParserState): Statement {
  const start = ps.afterTrivia();
  const c = ps.char(start);
  if (c === ':' && isIdentifierStart(ps.char(start + 1))) return parseLabeledStatement(ps, start);
  const kw = ps.keywordAt(start);
  if (kw) {
    const stmt = parseKeywordStatement(ps, kw, undefined);
    if (stmt) return stmt;
  }
  if (c === '[') {
    const typeDef = tryAttributedTypeDefinition(ps, start);
    if (typeDef) return typeDef;
  }
  return parsePipelineChain(ps);
}

function parseLabeledStatement(ps: ParserState, start: number): Statement {
  let q = start + 1;
  while (isIdentifierChar(ps.char(q))) q++;
  const label = ps.text.slice(start + 1, q);
  ps.takeSpan(start, q, 'Label');
  ps.skipNewlines();
  const kw = ps.keywordAt(ps.afterTrivia());
  if (kw && loopKeywords.has(kw.word)) {
    const stmt = parseKeywordStatement(ps, kw, label);
    if (stmt) return stmt;
  }
  // A label before anything else is allowed and ignored.
  return parseStatement(ps);
}

export function parseKeywordStatement(ps: ParserState, kw: KeywordSpan, label: string | undefined): Statement | undefined {
  switch (kw.word) {
    case 'if': return parseIf(ps, kw);
    case 'while': return parseWhile(ps, kw, label);
    case 'for': return parseFor(ps, kw, label);
    case 'foreach': return parseForEach(ps, kw, label);
    case 'do': return parseDo(ps, kw, label);
    case 'switch': return parseSwitch(ps, kw, label);
    case 'function':
    case 'filter':
      return parseFunction(ps, kw);
    case 'workflow': {
      // Parsed as a function so the rest of the script is checked, and reported over the whole definition.
      const stmt = parseFunction(ps, kw);
      ps.ctx.error('WorkflowNotSupportedInPowerShellCore', [], stmt.extent.start, stmt.extent.end, false);
      return stmt;
    }
    case 'return':
    case 'exit':
    case 'throw':
      return parseFlowWithPipeline(ps, kw);
    case 'break':
    case 'continue':
      return parseBreakContinue(ps, kw);
    case 'try': return parseTry(ps, kw);
    case 'trap': return parseTrap(ps, kw);
    case 'data': return parseData(ps, kw);
    case 'class':
    case 'enum':
      return parseTypeDefinition(ps, kw, [], kw.start);
    case 'using': {
      // Leading usings are taken by the script body; one here comes after other statements.
      // pwsh parses it anyway and reports it over the whole statement.
      const stmt = parseUsingStatement(ps, kw);
      ps.ctx.error('UsingMustBeAtStartOfScript', [], stmt.extent.start, stmt.extent.end, false);
      return stmt;
    }
    case 'configuration': return parseConfiguration(ps, kw);
    case 'parallel':
    case 'sequence':
      if (!ps.isFollowedByBlock(kw.end)) return undefined;
      ps.takeKeyword(kw);
      return { type: 'BlockStatement', kind: kw.word, body: parseStatementBlock(ps, 'MissingStatementAfterKeyword', [kw.word]), extent: ps.extent(kw.start) };
    // `else`, `catch`, `finally`, `until`, `in`... out of place are command names to pwsh.
    default:
      return undefined;
  }
}

/** `( pipeline )` after a keyword. */
function parseCondition(ps: ParserState, keyword: string, openMissing: ParserErrorId, conditionMissing: ParserErrorId, closeMissing: ParserErrorId): PipelineBase {
  ps.skipNewlines();
  const open = ps.peek();
  if (open.op !== '(') ps.fail(open, openMissing, [keyword]);
  ps.take(open);
  ps.skipNewlines();
  const first = ps.peek('command');
  if (first.op === ')' || first.kind === 'EndOfInput') ps.fail(first, conditionMissing, [keyword]);
  const condition = parsePipelineChain(ps);
  ps.skipNewlines();
  const close = ps.peek();
  if (close.op !== ')') ps.missingCloseParen(open, closeMissing, [keyword]);
  ps.take(close);
  return condition;
}

function parseIf(ps: ParserState, kw: KeywordSpan): Statement {
  ps.takeKeyword(kw);
  const clauses: { condition: PipelineBase; body: StatementBlock }[] = [];
  let word = 'if';
  for (;;) {
    const condition = parseCondition(ps, word, 'MissingOpenParenthesisInIfStatement', 'IfStatementMissingCondition', 'MissingEndParenthesisAfterStatement');
    const body = parseStatementBlock(ps, 'MissingStatementBlock', [word]);
    clauses.push({ condition, body });
    const next = ps.keywordAfterNewlines(['elseif', 'else']);
    if (!next) break;
    ps.takeKeyword(next);
    if (next.word === 'else') {
      const elseBody = parseStatementBlock(ps, 'MissingStatementBlockAfterElse');
      return { type: 'If', clauses, elseBody, extent: ps.extent(kw.start) };
    }
    word = 'elseif';
  }
  return { type: 'If', clauses, extent: ps.extent(kw.start) };
}

function parseWhile(ps: ParserState, kw: { start: number; end: number }, label: string | undefined): Statement {
  ps.takeKeyword(kw);
  const condition = parseCondition(ps, 'while', 'MissingOpenParenthesisAfterKeyword', 'MissingExpressionAfterKeyword', 'MissingEndParenthesisAfterStatement');
  const body = parseStatementBlock(ps, 'MissingLoopStatement', ['while']);
  return { type: 'While', condition, body, ...(label ? { label } : {}), extent: ps.extent(kw.start) };
}

function parseDo(ps: ParserState, kw: { start: number; end: number }, label: string | undefined): Statement {
  ps.takeKeyword(kw);
  const body = parseStatementBlock(ps, 'MissingLoopStatement', ['do']);
  const next = ps.keywordAfterNewlines(['while', 'until']);
  if (!next) ps.fail(ps.peek(), 'MissingWhileOrUntilInDoWhile');
  ps.takeKeyword(next);
  const condition = parseCondition(ps, next.word, 'MissingOpenParenthesisAfterKeyword', 'MissingExpressionAfterKeyword', 'MissingEndParenthesisAfterStatement');
  const type = next.word === 'while' ? 'DoWhile' : 'DoUntil';
  return { type, condition, body, ...(label ? { label } : {}), extent: ps.extent(kw.start) };
}

function parseFor(ps: ParserState, kw: { start: number; end: number }, label: string | undefined): Statement {
  ps.takeKeyword(kw);
  ps.skipNewlines();
  const open = ps.peek();
  if (open.op !== '(') ps.fail(open, 'MissingOpenParenthesisAfterKeyword', ['for']);
  ps.take(open);
  const parts: (PipelineBase | undefined)[] = [];
  for (let i = 0; i < 3; i++) {
    ps.skipNewlines();
    const tok = ps.peek('command');
    if (tok.op === ';' || tok.op === ')') parts.push(undefined);
    else parts.push(parsePipelineChain(ps));
    ps.skipNewlines();
    const sep = ps.peek('command');
    if (i < 2 && sep.op === ';') ps.take(sep);
    else if (sep.op === ')') {
      while (parts.length < 3) parts.push(undefined);
      break;
    } else if (i < 2 && parts[i] !== undefined) {
      // A newline separated the parts: already skipped.
      continue;
    }
  }
  ps.skipNewlines();
  const close = ps.peek();
  if (close.op !== ')') ps.missingCloseParen(open, 'MissingEndParenthesisAfterStatement', ['for']);
  ps.take(close);
  const body = parseStatementBlock(ps, 'MissingLoopStatement', ['for']);
  const node: Statement = { type: 'For', body, extent: ps.extent(kw.start) };
  if (label) node.label = label;
  if (parts[0]) node.initializer = parts[0];
  if (parts[1]) node.condition = parts[1];
  if (parts[2]) node.iterator = parts[2];
  return node;
}

function parseForEach(ps: ParserState, kw: { start: number; end: number }, label: string | undefined): Statement {
  ps.takeKeyword(kw);
  let parallel = false;
  for (;;) {
    ps.skipNewlines();
    const tok = ps.peek('command');
    if (tok.kind !== 'Parameter') break;
    ps.take(tok);
    const name = tok.parameter!.name.toLowerCase();
    if ('parallel'.startsWith(name)) parallel = true;
    else if ('throttlelimit'.startsWith(name)) {
      parseCommandArgument(ps);
    } else ps.report(tok, 'InvalidForeachFlag', [tok.text]);
  }
  const open = ps.peek();
  if (open.op !== '(') ps.fail(open, 'MissingOpenParenthesisAfterKeyword', ['foreach']);
  ps.take(open);
  ps.skipNewlines();
  const varTok = ps.peek();
  if (varTok.kind !== 'Variable') ps.fail(varTok, 'MissingVariableNameAfterForeach');
  ps.take(varTok);
  const variable = ps.lexer.variableNode(varTok);
  ps.skipNewlines();
  const inKw = ps.keywordAt(ps.afterTrivia());
  if (!inKw || inKw.word !== 'in') ps.fail(ps.peek(), 'MissingInInForeach');
  ps.takeKeyword(inKw);
  ps.skipNewlines();
  const first = ps.peek('command');
  if (first.op === ')' || first.kind === 'EndOfInput') ps.fail(first, 'MissingForeachExpression');
  const iterable = parsePipelineChain(ps);
  ps.skipNewlines();
  const close = ps.peek();
  if (close.op !== ')') ps.missingCloseParen(open, 'MissingEndParenthesisAfterForeach');
  ps.take(close);
  const body = parseStatementBlock(ps, 'MissingForeachStatement');
  return { type: 'ForEach', variable, iterable, parallel, body, ...(label ? { label } : {}), extent: ps.extent(kw.start) };
}

function parseSwitch(ps: ParserState, kw: { start: number; end: number }, label: string | undefined): Statement {
  ps.takeKeyword(kw);
  let mode: SwitchStatement['mode'] = 'equals';
  let caseSensitive = false;
  let file = false;
  let parallel = false;
  let condition: PipelineBase | undefined;
  for (;;) {
    ps.skipNewlines();
    const tok = ps.peek('command');
    if (tok.kind !== 'Parameter') break;
    ps.take(tok);
    const name = tok.parameter!.name.toLowerCase();
    const is = (full: string) => name.length > 0 && full.startsWith(name);
    if (is('regex')) mode = 'regex';
    else if (is('wildcard')) mode = 'wildcard';
    else if (is('exact')) mode = 'exact';
    else if (is('casesensitive')) caseSensitive = true;
    else if (is('parallel')) parallel = true;
    else if (is('file')) {
      file = true;
      ps.skipNewlines();
      const arg = ps.peek('command');
      if (endsCommand(arg)) ps.fail(arg, 'MissingFilenameOption');
      const start = arg.start;
      const expr = parseCommandPrimary(ps);
      condition = pipelineOf(ps, expr, start);
    } else ps.report(tok, 'InvalidSwitchFlag', [tok.parameter!.name]);
  }
  if (!condition) {
    ps.skipNewlines();
    const open = ps.peek();
    if (open.op !== '(') ps.fail(open, 'PipelineValueRequired');
    ps.take(open);
    ps.skipNewlines();
    const first = ps.peek('command');
    if (first.op === ')' || first.kind === 'EndOfInput') ps.fail(first, 'MissingSwitchValueExpression');
    condition = parsePipelineChain(ps);
    ps.skipNewlines();
    const close = ps.peek();
    if (close.op !== ')') ps.missingCloseParen(open, 'MissingEndParenthesisInSwitchStatement');
    ps.take(close);
  }
  ps.skipNewlines();
  const open = ps.peek();
  if (open.op !== '{') ps.fail(open, 'MissingCurlyBraceInSwitchStatement');
  ps.take(open);
  const clauses: SwitchStatement['clauses'] = [];
  let defaultBody: StatementBlock | undefined;
  for (;;) {
    ps.skipNewlinesAndSemicolons();
    const tok = ps.peek('command');
    if (tok.op === '}') {
      ps.take(tok);
      break;
    }
    if (tok.kind === 'EndOfInput') {
      ps.missingCloser(open.start, open.end, 'MissingEndCurlyBrace');
      throw abort;
    }
    const isDefault =
      tok.kind === 'Generic' && tok.value !== undefined && tok.value.toLowerCase() === 'default' && tok.text.toLowerCase() === 'default';
    if (isDefault) {
      // pwsh reports a second default clause and keeps the last, as here.
      if (defaultBody) ps.ctx.error('MultipleSwitchDefaultClauses', [], tok.start, tok.end, false);
      ps.take(tok, 'Keyword');
      defaultBody = parseStatementBlock(ps, 'MissingSwitchStatementClause');
      continue;
    }
    const pattern = parseCommandPrimary(ps);
    const body = parseStatementBlock(ps, 'MissingSwitchStatementClause');
    clauses.push({ pattern, body });
  }
  const node: SwitchStatement = { type: 'Switch', mode, caseSensitive, file, parallel, condition, clauses, extent: ps.extent(kw.start) };
  if (label) node.label = label;
  if (defaultBody) node.defaultBody = defaultBody;
  return node;
}

function parseFlowWithPipeline(ps: ParserState, kw: KeywordSpan): Statement {
  ps.takeKeyword(kw);
  const next = ps.peek('command');
  let pipeline: PipelineBase | undefined;
  if (!noPipelineFollows(next)) pipeline = parsePipelineChain(ps);
  const type = kw.word === 'return' ? 'Return' : kw.word === 'exit' ? 'Exit' : 'Throw';
  return { type, ...(pipeline ? { pipeline } : {}), extent: ps.extent(kw.start) } as Statement;
}

function parseBreakContinue(ps: ParserState, kw: KeywordSpan): Statement {
  ps.takeKeyword(kw);
  const next = ps.peek('command');
  let label: Expression | undefined;
  if (!endsCommand(next)) label = parseCommandPrimary(ps);
  const type = kw.word === 'break' ? 'Break' : 'Continue';
  return { type, ...(label ? { label } : {}), extent: ps.extent(kw.start) } as Statement;
}

function parseTry(ps: ParserState, kw: { start: number; end: number }): Statement {
  ps.takeKeyword(kw);
  const body = parseStatementBlock(ps, 'MissingTryStatementBlock');
  const catches: { types: TypeName[]; body: StatementBlock; extent: Extent }[] = [];
  let finallyBody: StatementBlock | undefined;
  for (;;) {
    const next = ps.keywordAfterNewlines(['catch', 'finally']);
    if (!next) break;
    ps.takeKeyword(next);
    if (next.word === 'finally') {
      finallyBody = parseStatementBlock(ps, 'MissingFinallyStatementBlock');
      break;
    }
    const types: TypeName[] = [];
    for (;;) {
      ps.skipNewlines();
      const p = ps.afterTrivia();
      if (ps.char(p) !== '[') break;
      ps.pos = p;
      const t = parseAttributeOrType(ps);
      if (t.type === 'TypeConstraint') types.push(t.typeName);
      else types.push(t.typeName);
      ps.skipNewlines();
      if (!ps.expectOp(',')) break;
    }
    const catchBody = parseStatementBlock(ps, 'MissingCatchHandlerBlock');
    // A catch-all followed by another catch: reported just before the later one, as pwsh's semantic check does.
    if (catches.some((c) => c.types.length === 0)) ps.ctx.error('EmptyCatchNotLast', [], Math.max(0, next.start - 1), Math.max(0, next.start - 1), false);
    catches.push({ types, body: catchBody, extent: ps.extent(next.start) });
  }
  if (catches.length === 0 && !finallyBody) ps.fail(ps.peek(), 'MissingCatchOrFinally');
  return { type: 'Try', body, catches, ...(finallyBody ? { finallyBody } : {}), extent: ps.extent(kw.start) };
}

function parseTrap(ps: ParserState, kw: { start: number; end: number }): TrapStatement {
  ps.takeKeyword(kw);
  ps.skipNewlines();
  let trapType: TypeName | undefined;
  const p = ps.afterTrivia();
  if (ps.char(p) === '[') {
    ps.pos = p;
    trapType = parseAttributeOrType(ps).typeName;
  }
  const body = parseStatementBlock(ps, 'MissingTrapStatement');
  return { type: 'Trap', ...(trapType ? { trapType } : {}), body, extent: ps.extent(kw.start) };
}

function parseData(ps: ParserState, kw: { start: number; end: number }): Statement {
  ps.takeKeyword(kw);
  let variable: string | undefined;
  const supportedCommands: Expression[] = [];
  for (;;) {
    ps.skipNewlines();
    const tok = ps.peek('command');
    if (tok.op === '{' || endsCommand(tok)) break;
    if (tok.kind === 'Parameter') {
      ps.take(tok);
      const arg = parseCommandArgument(ps);
      if (arg.type === 'ArrayLiteral') supportedCommands.push(...arg.elements);
      else supportedCommands.push(arg);
    } else if (tok.kind === 'Generic' && variable === undefined) {
      ps.take(tok);
      variable = tok.value ?? tok.text;
    } else ps.unexpected(tok);
  }
  const body = parseStatementBlock(ps, 'MissingStatementBlockForDataSection');
  return { type: 'Data', ...(variable !== undefined ? { variable } : {}), supportedCommands, body, extent: ps.extent(kw.start) };
}

function needsTerminator(stmt: Statement): boolean {
  switch (stmt.type) {
    case 'Pipeline':
    case 'PipelineChain':
    case 'Assignment':
    case 'Return':
    case 'Exit':
    case 'Throw':
    case 'Break':
    case 'Continue':
      return true;
    default:
      return false;
  }
}

/** `Get-A & Get-B`: a trailing `&` ends the statement like `;` does. */
function endsWithBackground(stmt: Statement): boolean {
  if (stmt.type === 'Pipeline' || stmt.type === 'PipelineChain') return stmt.background;
  if (stmt.type === 'Assignment') return endsWithBackground(stmt.right);
  return false;
}
