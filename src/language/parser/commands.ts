// Commands: the command name or invocation operator (`&`, `.`), then arguments in command mode
// (barewords, parameters, `--%`, comma lists).

import type { ArrayLiteral, Command, CommandElement, CommandParameter, Expression, Redirection, StringConstant } from '../ast.js';
import { isBlank, isNewline, isQuote } from '../chars.js';
import type { LexToken } from '../lexer.js';
import { endsCommand } from './terminators.js';
import { type ParserState, abort } from './parser-state.js';
import { parsePostfix } from './member-access.js';
import { parseRedirection } from './pipelines.js';
import { numberNode, parseArrayExpression, parseHashtable, parseParen, parseScriptBlockExpression, parseSubExpression, stringNode } from './primary.js';

export function parseCommand(ps: ParserState): Command {
  const start = ps.afterTrivia();
  const elements: CommandElement[] = [];
  const redirections: Redirection[] = [];
  let invocationOperator: '&' | '.' | undefined;
  const c = ps.char(start);
  const c1 = ps.char(start + 1);
  if (c === '&' && c1 !== '&') {
    invocationOperator = '&';
    ps.takeSpan(start, start + 1, 'Operator');
  } else if (c === '.' && (c1 === '' || isBlank(c1) || c1 === '{' || c1 === '(' || c1 === '$' || isQuote(c1))) {
    invocationOperator = '.';
    ps.takeSpan(start, start + 1, 'Operator');
  }
  if (invocationOperator) {
    const next = ps.peek('command');
    if (endsCommand(next)) {
      // pwsh marks the operator itself, and `pwsh -c '&'` prints it: not incomplete input.
      ps.ctx.error('MissingExpression', [invocationOperator], start, start + 1, false);
      throw abort;
    }
    elements.push(parseCommandPrimary(ps));
  } else {
    const tok = ps.peek('command');
    if (tok.kind === 'Generic' || tok.kind === 'Parameter' || tok.kind === 'Number') {
      ps.take(tok, 'CommandName');
      elements.push(bareword(ps, tok));
    } else if (tok.kind === 'Redirection') {
      // `> file` with no command: PowerShell accepts an empty command only with a redirection.
      redirections.push(parseRedirection(ps, tok));
    } else {
      ps.unexpected(tok);
    }
  }
  for (;;) {
    const tok = ps.peek('command');
    if (endsCommand(tok)) break;
    if (tok.kind === 'Redirection') {
      redirections.push(parseRedirection(ps, tok));
      continue;
    }
    if (tok.kind === 'Parameter') {
      ps.take(tok);
      const param: CommandParameter = { type: 'CommandParameter', name: tok.parameter!.name, hasColon: tok.parameter!.hasColon, extent: ps.extent(tok.start) };
      if (tok.parameter!.hasColon) {
        const next = ps.peek('command');
        if (!endsCommand(next) && next.kind !== 'Parameter') {
          param.argument = parseCommandArgument(ps);
          param.extent = ps.extent(tok.start);
        }
      }
      elements.push(param);
      continue;
    }
    if (tok.kind === 'StopParsing') {
      ps.take(tok);
      let q = tok.end;
      while (q < ps.text.length && !isNewline(ps.text[q]!) && ps.text[q] !== '|') q++;
      const raw = ps.text.slice(tok.end, q);
      ps.takeSpan(tok.end, q, 'Generic');
      elements.push({ type: 'StringConstant', value: raw.replace(/^\s+/, ''), quoteKind: 'bare', extent: ps.extent(tok.start) });
      continue;
    }
    if (tok.op === ',') {
      ps.take(tok);
      ps.skipNewlines();
      const operand = parseCommandPrimary(ps);
      elements.push({ type: 'Unary', operator: ',', operand, extent: ps.extent(tok.start) });
      continue;
    }
    elements.push(parseCommandArgument(ps));
  }
  return { type: 'Command', ...(invocationOperator ? { invocationOperator } : {}), elements, redirections, extent: ps.extent(start) };
}

function bareword(ps: ParserState, tok: LexToken): StringConstant | Expression {
  const extent = ps.ctx.source.extent(tok.start, tok.end);
  if (tok.kind === 'Number') return { type: 'StringConstant', value: tok.text, quoteKind: 'bare', extent };
  if (tok.kind === 'Parameter') return { type: 'StringConstant', value: tok.text, quoteKind: 'bare', extent };
  if (tok.parts) return { type: 'ExpandableString', parts: tok.parts, quoteKind: 'bare', extent };
  return { type: 'StringConstant', value: tok.value ?? tok.text, quoteKind: 'bare', extent };
}

/** A command argument, with `a,b,c` making an array. */
export function parseCommandArgument(ps: ParserState): Expression {
  const start = ps.afterTrivia();
  const first = parseCommandPrimary(ps);
  const sep = ps.peek('command');
  if (sep.op !== ',') return first;
  const elements: Expression[] = [first];
  while (ps.peek('command').op === ',') {
    const comma = ps.take(ps.peek('command'));
    ps.skipNewlines();
    const next = ps.peek('command');
    if (endsCommand(next) || next.op === ',') ps.fail(next, 'MissingExpressionAfterToken', [comma.text]);
    elements.push(parseCommandPrimary(ps));
  }
  const arr: ArrayLiteral = { type: 'ArrayLiteral', elements, extent: ps.extent(start) };
  return arr;
}

/** One argument in command mode: bareword, number, string, variable (with members), `(...)`, `{...}`. */
export function parseCommandPrimary(ps: ParserState): Expression {
  const tok = ps.peek('command');
  switch (tok.kind) {
    case 'Generic':
      ps.take(tok);
      return bareword(ps, tok);
    case 'Parameter':
      ps.take(tok, 'Generic');
      return bareword(ps, tok);
    case 'Number':
      ps.take(tok);
      return numberNode(ps, tok);
    case 'String':
    case 'ExpandableString':
    case 'HereString':
    case 'ExpandableHereString':
      ps.take(tok);
      return parsePostfix(ps, stringNode(ps, tok), true);
    case 'Variable':
    case 'SplattedVariable':
      ps.take(tok);
      return parsePostfix(ps, ps.lexer.variableNode(tok), true);
    case 'Punctuation':
      switch (tok.op) {
        case '(': return parsePostfix(ps, parseParen(ps), true);
        case '$(': return parsePostfix(ps, parseSubExpression(ps), true);
        case '@(': return parsePostfix(ps, parseArrayExpression(ps), true);
        case '@{': return parsePostfix(ps, parseHashtable(ps), true);
        case '{': return parsePostfix(ps, parseScriptBlockExpression(ps), true);
      }
      break;
  }
  ps.unexpected(tok);
}
