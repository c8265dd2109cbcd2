// Token tests for where statements, pipelines and command arguments end.

import type { LexToken } from '../lexer.js';

export function isStatementEnd(tok: LexToken): boolean {
  if (tok.kind === 'NewLine' || tok.kind === 'EndOfInput') return true;
  const op = tok.op;
  return op === ';' || op === ')' || op === '}';
}

/** Nothing (or nothing but a terminator) comes next: `&` still starts a command (`& $script`). */
export function noPipelineFollows(tok: LexToken): boolean {
  return isStatementEnd(tok) || tok.op === '|' || tok.op === '||' || tok.op === '&&';
}

/** Tokens that end a pipeline element (command arguments stop here). */
export function endsCommand(tok: LexToken): boolean {
  if (isStatementEnd(tok)) return true;
  const op = tok.op;
  return op === '|' || op === '||' || op === '&&' || op === '&';
}
