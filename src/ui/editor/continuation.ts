// Whether Enter runs the input or starts a `>>` line. The parser decides (`incomplete`: an open
// brace, paren, quote or here-string, a trailing pipe); one case it does not report yet is a line
// continuation backtick at the very end of the input, which pwsh's parser reports as incomplete
// (IncompleteString). It is read here from the parser's own tokens: a final backtick that no token
// (string, comment) holds. Blanks typed after that backtick are forgiven, as they would otherwise
// break the continuation the user asked for.
import { parse } from '../../language/parser.js';

/** The text with blanks after a final continuation backtick removed, or undefined when it has none. */
export function finalBacktick(text: string): string | undefined {
  const trimmed = text.replace(/[ \t]+$/, '');
  if (!trimmed.endsWith('`')) return undefined;
  let n = 0;
  for (let i = trimmed.length - 1; i >= 0 && trimmed[i] === '`'; i--) n++;
  // ``` `` ``` is an escaped backtick, not a continuation.
  if (n % 2 === 0) return undefined;
  const tokens = parse(trimmed).tokens.filter((t) => t.kind !== 'EndOfInput' && t.kind !== 'NewLine' && t.kind !== 'LineContinuation');
  const last = tokens[tokens.length - 1];
  if (last && last.end >= trimmed.length) return undefined;
  return trimmed;
}

export function inputIsIncomplete(text: string): boolean {
  return parse(text).incomplete || finalBacktick(text) !== undefined;
}
