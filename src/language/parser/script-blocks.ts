// The body of a script or script block: `using` statements, `param(...)` with its attributes, then
// named blocks (begin/process/end/clean/dynamicparam) or a plain statement list.

import type { Expression, NamedBlock, ParamBlock, Parameter, ScriptBlock, UsingStatement } from '../ast.js';
import { endsCommand } from './terminators.js';
import { type ParserState, SyntaxAbort } from './parser-state.js';
import { parseCommandPrimary } from './commands.js';
import { parseParameterList } from './definitions.js';
import { parseHashtable } from './primary.js';
import { parseBraceStatements, parseStatementList, recover } from './statements.js';
import { parseAttributesThenKeyword } from './types-attributes.js';

const namedBlockKinds = new Set(['begin', 'process', 'end', 'clean', 'dynamicparam']);

export function parseScript(ps: ParserState): ScriptBlock {
  const body = parseScriptBody(ps, 0, 'eof');
  return body;
}

/**
 * The inside of a script block or script: `using` statements, `[CmdletBinding()] param(...)`, then
 * either named blocks (`begin {} process {} end {}`) or statements.
 */
function parseScriptBody(ps: ParserState, start: number, closer: 'eof' | '}'): ScriptBlock {
  const sb: ScriptBlock = { type: 'ScriptBlock', usings: [], requires: [], extent: ps.extent(start) };
  ps.skipNewlinesAndSemicolons();
  if (closer === 'eof') parseUsings(ps, sb);
  const paramBlock = tryParseParamBlock(ps);
  if (paramBlock) sb.paramBlock = paramBlock;
  ps.skipNewlinesAndSemicolons();
  const first = ps.keywordAt(ps.afterTrivia());
  if (first && namedBlockKinds.has(first.word) && ps.isFollowedByBlock(first.end)) {
    parseNamedBlocks(ps, sb, closer);
  } else {
    const bodyStart = ps.afterTrivia();
    const list = parseStatementList(ps, closer);
    sb.end = {
      type: 'NamedBlock',
      kind: 'end',
      unnamed: true,
      statements: list.statements,
      traps: list.traps,
      extent: ps.ctx.source.extent(bodyStart, Math.max(bodyStart, ps.lastEnd)),
    };
    // `using` statements after the top are collected too, for the engine's benefit.
    if (closer === 'eof') {
      sb.end.statements = sb.end.statements.filter((s) => {
        if (s.type !== 'Using') return true;
        sb.usings.push(s);
        return false;
      });
    }
  }
  sb.extent = ps.extent(start);
  return sb;
}

function parseUsings(ps: ParserState, sb: ScriptBlock): void {
  for (;;) {
    ps.skipNewlinesAndSemicolons();
    const kw = ps.keywordAt(ps.afterTrivia());
    if (!kw || kw.word !== 'using') return;
    try {
      sb.usings.push(parseUsingStatement(ps, kw));
    } catch (e) {
      if (!(e instanceof SyntaxAbort)) throw e;
      recover(ps);
    }
  }
}

function parseNamedBlocks(ps: ParserState, sb: ScriptBlock, closer: 'eof' | '}'): void {
  for (;;) {
    ps.skipNewlinesAndSemicolons();
    const tok = ps.peek('command');
    if (tok.kind === 'EndOfInput' || (closer === '}' && tok.op === '}')) return;
    const kw = ps.keywordAt(ps.afterTrivia());
    if (!kw || !namedBlockKinds.has(kw.word)) {
      ps.report(tok, 'MissingNamedBlocks', [tok.text]);
      // Parse the rest as statements so later errors are still found.
      try {
        parseStatementList(ps, closer);
      } catch (e) {
        if (!(e instanceof SyntaxAbort)) throw e;
      }
      if (closer === 'eof' && ps.peek('command').kind !== 'EndOfInput') {
        ps.take(ps.peek('command'));
        continue;
      }
      return;
    }
    const start = kw.start;
    ps.takeKeyword(kw);
    ps.skipNewlines();
    const open = ps.peek();
    if (open.op !== '{') {
      ps.report(open, 'MissingNamedStatementBlock', [kw.word]);
      return;
    }
    const block = parseBraceStatements(ps);
    const named: NamedBlock = {
      type: 'NamedBlock',
      kind: kw.word as NamedBlock['kind'],
      unnamed: false,
      statements: block.statements,
      traps: block.traps,
      extent: ps.extent(start),
    };
    switch (named.kind) {
      case 'begin': sb.begin = named; break;
      case 'process': sb.process = named; break;
      case 'end': sb.end = named; break;
      case 'clean': sb.clean = named; break;
      case 'dynamicparam': sb.dynamicParam = named; break;
    }
  }
}

/** `[CmdletBinding()] param(...)` at the top of a script block, or nothing (position unchanged). */
function tryParseParamBlock(ps: ParserState): ParamBlock | undefined {
  const found = ps.lookahead('param', () => {
    const { keyword } = parseAttributesThenKeyword(ps);
    return keyword?.word === 'param' && ps.isFollowedByParen(keyword.end);
  });
  if (!found) return undefined;
  const start = ps.afterTrivia();
  const { attributes, keyword } = parseAttributesThenKeyword(ps);
  const kw = keyword!;
  ps.takeKeyword(kw);
  ps.skipNewlines();
  let parameters: Parameter[] = [];
  try {
    parameters = parseParameterList(ps, 'MissingEndParenthesisInFunctionParameterList');
  } catch (e) {
    if (!(e instanceof SyntaxAbort)) throw e;
    recover(ps);
  }
  return { type: 'ParamBlock', attributes, parameters, extent: ps.extent(start) };
}

export function parseUsingStatement(ps: ParserState, kw: { start: number; end: number }): UsingStatement {
  ps.takeKeyword(kw);
  const kindTok = ps.peek('command');
  const kindWord = (kindTok.value ?? kindTok.text).toLowerCase();
  if (kindTok.kind !== 'Generic' || !['namespace', 'module', 'assembly', 'type'].includes(kindWord)) {
    ps.fail(kindTok, 'MissingUsingStatementDirective');
  }
  ps.take(kindTok, 'Keyword');
  const kind = kindWord as UsingStatement['kind'];
  const nameTok = ps.peek('command');
  if (endsCommand(nameTok)) ps.fail(nameTok, 'MissingUsingItemName');
  if (nameTok.op === '@{') {
    const spec = parseHashtable(ps);
    return { type: 'Using', kind, name: '', moduleSpecification: spec, extent: ps.extent(kw.start) };
  }
  const nameExpr = parseCommandPrimary(ps);
  let name = constantText(nameExpr) ?? ps.text.slice(nameExpr.extent.start, nameExpr.extent.end);
  let alias: string | undefined;
  const eq = ps.peek('command');
  if (eq.kind === 'Generic' && eq.value === '=') {
    ps.take(eq);
    const target = parseCommandPrimary(ps);
    alias = name;
    name = constantText(target) ?? ps.text.slice(target.extent.start, target.extent.end);
  }
  return { type: 'Using', kind, name, ...(alias ? { alias } : {}), extent: ps.extent(kw.start) };
}

/** `{ ... }` parsed as a script block body (param, named blocks...); the ScriptBlock's extent includes the braces. */
export function parseScriptBlockBodyInBraces(ps: ParserState): ScriptBlock {
  const open = ps.take(ps.peek());
  const sb = parseScriptBody(ps, open.start, '}');
  const close = ps.peek('command');
  if (close.op === '}') ps.take(close);
  else ps.missingCloser(open.start, open.end, 'MissingEndCurlyBrace');
  sb.extent = ps.extent(open.start);
  return sb;
}

function constantText(expr: Expression): string | undefined {
  return expr.type === 'StringConstant' ? expr.value : undefined;
}
