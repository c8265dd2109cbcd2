// Splits OPATH filter text into tokens, each with its 0-based position in the original text.
import { syntaxError } from './errors.js';

export type Token =
  | { type: 'lparen'; pos: number }
  | { type: 'rparen'; pos: number }
  /** `-eq`, `-and`, `-not`... lower-cased without the dash; `!` is reported as `not`. */
  | { type: 'operator'; name: string; pos: number; text: string }
  /** A quoted string, escapes resolved. */
  | { type: 'string'; value: string; pos: number }
  /** `$null`, `$true`, `$false`. */
  | { type: 'constant'; value: null | boolean; pos: number }
  /** Anything else: a property name, an unquoted value or a number. */
  | { type: 'word'; value: string; pos: number }
  | { type: 'end'; pos: number };

export interface LexContext {
  /** The whole filter text as given (for error messages). */
  readonly filter: string;
  readonly parameterName?: string;
}

const isSpace = (c: string): boolean => /\s/u.test(c);
const WORD_STOP = new Set(['(', ')', "'", '"']);

/**
 * Tokenises text[start, end). Quotes: '...' with '' for a literal quote, "..." with "" (and the
 * PowerShell escape `" ) for a literal quote. Variables other than $null/$true/$false are refused:
 * the service receives filter text, not a script, so there is nothing to expand them from.
 */
export function tokenize(text: string, start: number, end: number, ctx: LexContext): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '(') {
      tokens.push({ type: 'lparen', pos: i });
      i++;
      continue;
    }
    if (c === ')') {
      tokens.push({ type: 'rparen', pos: i });
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const open = i;
      let value = '';
      i++;
      let closed = false;
      while (i < end) {
        const d = text[i]!;
        if (c === '"' && d === '`' && i + 1 < end) {
          value += text[i + 1];
          i += 2;
          continue;
        }
        if (d === c) {
          if (i + 1 < end && text[i + 1] === c) {
            value += c;
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        value += d;
        i++;
      }
      if (!closed) throw syntaxError(ctx.filter, open, ctx.parameterName);
      tokens.push({ type: 'string', value, pos: open });
      continue;
    }
    if (c === '!') {
      tokens.push({ type: 'operator', name: 'not', pos: i, text: '!' });
      i++;
      continue;
    }
    if (c === '-' && i + 1 < end && /[A-Za-z]/.test(text[i + 1]!)) {
      const open = i;
      i++;
      while (i < end && /[A-Za-z]/.test(text[i]!)) i++;
      const word = text.slice(open, i);
      tokens.push({ type: 'operator', name: word.slice(1).toLowerCase(), pos: open, text: word });
      continue;
    }
    if (c === '$') {
      const open = i;
      i++;
      while (i < end && /[\p{L}\p{N}_:]/u.test(text[i]!)) i++;
      const name = text.slice(open + 1, i).toLowerCase();
      if (name === 'null') tokens.push({ type: 'constant', value: null, pos: open });
      else if (name === 'true') tokens.push({ type: 'constant', value: true, pos: open });
      else if (name === 'false') tokens.push({ type: 'constant', value: false, pos: open });
      else throw syntaxError(ctx.filter, open, ctx.parameterName);
      continue;
    }
    const open = i;
    while (i < end && !isSpace(text[i]!) && !WORD_STOP.has(text[i]!)) i++;
    tokens.push({ type: 'word', value: text.slice(open, i), pos: open });
  }
  tokens.push({ type: 'end', pos: end });
  return tokens;
}
