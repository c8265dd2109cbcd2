// PowerShell's tokenizer. It is driven by the parser, which asks for the token at a position in one
// of two modes, as PowerShell's own tokenizer does:
//  - command mode (arguments): `Get-Item -Path C:\x\*.ps1 a.txt -5 foo=bar` → barewords, parameters;
//  - expression mode: `$a -eq 1 + [int]'2'` → operators, identifiers.
// Scanning is a pure function of (position, mode) apart from recording comments and errors, so the
// parser may look ahead and come back.

import type {
  Expression,
  NumberLiteral,
  RedirectionStream,
  StringQuoteKind,
  SubExpression,
  VariableExpression,
} from './ast.js';
import {
  endsGenericToken,
  endsNumberInCommandMode,
  isBlank,
  isDash,
  isDigit,
  isDoubleQuote,
  isHexDigit,
  isIdentifierChar,
  isIdentifierStart,
  isNewline,
  isQuote,
  isSingleQuote,
  isVariableChar,
  isWhitespaceOrNewline,
} from './chars.js';
import type { ParserErrorId } from './messages.js';
import type { SourceMap } from './position.js';
import { dashOperators, type TokenKind } from './tokens.js';

export type LexMode = 'command' | 'expression';

export interface VariableInfo {
  name: string;
  scope?: string;
  braced: boolean;
  splatted: boolean;
}

export interface LexToken {
  kind: TokenKind;
  /** Source text of the token. */
  text: string;
  start: number;
  end: number;
  /** Blanks, comments or line continuations came before it (member access needs none). */
  spaceBefore: boolean;
  /** Operators and punctuation: the text lower-cased with an ASCII dash. */
  op?: string;
  number?: { value: number; numberType: NumberLiteral['numberType'] };
  /** Strings and barewords without expansion: the value. */
  value?: string;
  /** Expandable strings and barewords: literal text and embedded expressions. */
  parts?: (string | Expression)[];
  quoteKind?: StringQuoteKind;
  variable?: VariableInfo;
  parameter?: { name: string; hasColon: boolean };
  redirection?: { from: RedirectionStream; append: boolean; mergeTo?: RedirectionStream };
}

export interface LexerContext {
  readonly text: string;
  readonly source: SourceMap;
  error(id: ParserErrorId, args: readonly string[], start: number, end: number, incomplete: boolean): void;
  recordToken(kind: TokenKind, text: string, start: number, end: number): void;
  /** Parses `$( ... )` starting at the `$`; returns the node and the offset after `)`. */
  subExpression(dollarPos: number, insideDoubleQuotes: boolean): { node: SubExpression; end: number };
  /** `#Requires` lines seen. */
  requires(text: string, start: number): void;
  /** Above 0 while the parser only looks ahead: errors found then are not kept. */
  readonly speculating: number;
}

const streamByDigit: Record<string, RedirectionStream> = {
  '1': 'output', '2': 'error', '3': 'warning', '4': 'verbose', '5': 'debug', '6': 'information', '*': 'all',
};

/** What ends a plain run inside single quotes (searched from a position with lastIndex). */
const SINGLE_QUOTE = /['\u2018\u2019\u201A\u201B]/g;

/** `"`, its typographic forms, a backtick or `$`: what ends a plain run inside double quotes. */
const DOUBLE_QUOTED_RUN_END = /["`$\u201C\u201D\u201E]/g;

/** A backtick or `$`: what ends a plain run inside an expandable here-string. */
const HERE_STRING_RUN_END = /[`$]/g;

/**
 * What ends a plain run in a bareword: a blank or line break (isWhitespaceOrNewline), a character
 * that ends the word (endsGenericToken), a backtick, `$` or a quote (isQuote).
 */
const GENERIC_RUN_END =
  /[ \t\f\v\u00A0\u0085\uFEFF\u3000\u2028\u2029\u202F\u205F\u2000-\u200A\r\n;,|&(){}<>`$'\u2018\u2019\u201A\u201B"\u201C\u201D\u201E]/g;

/** A line break: where a `#` comment ends. */
const LINE_BREAK = /[\r\n]/g;

/** The start of the line that closes a here-string: a line break, then the quote and `@`. */
const SINGLE_HERE_STRING_END = /[\r\n]['\u2018\u2019\u201A\u201B]@/g;
const DOUBLE_HERE_STRING_END = /[\r\n]["\u201C\u201D\u201E]@/g;

/** Where `pattern` (global) next matches in `text` from `from`; `text.length` when it does not. */
function nextMatch(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}

const escapes: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

export class Lexer {
  readonly text: string;
  /** Scanning a double-quoted string now: its `$( )` parts see `` `" `` as a quote. */
  private inDoubleQuotes = false;
  /**
   * The last quoted string scanned. The parser asks for the token at one position in both modes
   * (a statement start is tried as an expression, then as a command), and a string reads the same
   * in both, so a long literal is scanned once rather than three times.
   */
  private lastQuoted: LexToken | undefined;

  /**
   * @param quotedByBackticks this lexer reads the code of a `$( )` inside a double-quoted string,
   *   where `` `"text`" `` is a string (the backticks were needed to keep the outer string open).
   */
  constructor(private readonly ctx: LexerContext, private readonly quotedByBackticks = false) {
    this.text = ctx.text;
  }

  char(pos: number): string {
    return pos < this.text.length ? this.text[pos]! : '';
  }

  /** Skips blanks, comments and line continuations (not newlines); returns the new position. */
  skipTrivia(pos: number): number {
    const t = this.text;
    for (;;) {
      const c = this.char(pos);
      if (c === '') return pos;
      if (isBlank(c)) {
        pos++;
      } else if (c === '`' && pos + 1 >= t.length) {
        // A continuation with nothing after it (a file ending in a backtick).
        this.ctx.recordToken('LineContinuation', '`', pos, pos + 1);
        pos++;
      } else if (c === '`' && isNewline(this.char(pos + 1))) {
        const end = t[pos + 1] === '\r' && t[pos + 2] === '\n' ? pos + 3 : pos + 2;
        this.ctx.recordToken('LineContinuation', t.slice(pos, end), pos, end);
        pos = end;
      } else if (c === '<' && t[pos + 1] === '#') {
        const close = t.indexOf('#>', pos + 2);
        const end = close < 0 ? t.length : close + 2;
        if (close < 0) this.ctx.error('MissingTerminatorMultiLineComment', [], pos, end, true);
        this.ctx.recordToken('Comment', t.slice(pos, end), pos, end);
        pos = end;
      } else if (c === '#') {
        const end = nextMatch(LINE_BREAK, t, pos);
        const comment = t.slice(pos, end);
        this.ctx.recordToken('Comment', comment, pos, end);
        if (/^#requires\s/i.test(comment)) this.ctx.requires(comment.slice('#requires'.length).trim(), pos);
        pos = end;
      } else {
        return pos;
      }
    }
  }

  /** The token at `pos` (after trivia) in the given mode. */
  scan(pos: number, mode: LexMode): LexToken {
    const start = this.skipTrivia(pos);
    const spaceBefore = start > pos;
    const tok = mode === 'command' ? this.scanCommandToken(start) : this.scanExpressionToken(start);
    tok.spaceBefore = spaceBefore;
    return tok;
  }

  private make(kind: TokenKind, start: number, end: number, extra?: Partial<LexToken>): LexToken {
    return { kind, text: this.text.slice(start, end), start, end, spaceBefore: false, ...extra };
  }

  private punct(start: number, length: number, kind: TokenKind = 'Punctuation'): LexToken {
    const text = this.text.slice(start, start + length);
    return this.make(kind, start, start + length, { op: normaliseOperator(text) });
  }

  // ------------------------------------------------------------------ shared token starts

  /** Tokens that look the same in both modes; undefined when the mode decides. */
  private scanCommon(start: number, mode: LexMode): LexToken | undefined {
    const t = this.text;
    const c = this.char(start);
    if (c === '') return this.make('EndOfInput', start, start);
    if (c === '\r' || c === '\n') {
      const end = c === '\r' && t[start + 1] === '\n' ? start + 2 : start + 1;
      return this.make('NewLine', start, end);
    }
    const c1 = this.char(start + 1);
    switch (c) {
      case ';':
      case '(':
      case ')':
      case '{':
      case '}':
      case ',':
        return this.punct(start, 1);
      case '|':
        return c1 === '|' ? this.punct(start, 2, 'Operator') : this.punct(start, 1, 'Operator');
      case '&':
        return c1 === '&' ? this.punct(start, 2, 'Operator') : this.punct(start, 1, 'Operator');
      case '$':
        if (c1 === '(') return this.punct(start, 2);
        return this.scanVariable(start, mode);
      case '@':
        if (c1 === '(' || c1 === '{') return this.punct(start, 2);
        if (isQuote(c1)) {
          const here = this.reuseQuoted(start) ?? this.keepQuoted(this.scanHereString(start));
          if (here) return here;
        }
        if (isVariableChar(c1) || c1 === '{') {
          const v = this.scanVariable(start + 1, mode);
          if (v.kind === 'Variable') {
            return this.make('SplattedVariable', start, v.end, { variable: { ...v.variable!, splatted: true } });
          }
        }
        return undefined;
    }
    if (isSingleQuote(c)) return this.reuseQuoted(start) ?? this.keepQuoted(this.scanSingleQuoted(start));
    // Inside `"...$( )..."` a string may be quoted by doubled quotes: `"[$(""inner"")]"` is [inner].
    if (isDoubleQuote(c) && this.quotedByBackticks && isDoubleQuote(c1)) return this.reuseQuoted(start) ?? this.keepQuoted(this.scanDoubleQuoted(start, 'doubled'));
    if (isDoubleQuote(c)) return this.reuseQuoted(start) ?? this.keepQuoted(this.scanDoubleQuoted(start));
    if (c === '`' && this.quotedByBackticks && isDoubleQuote(c1)) return this.reuseQuoted(start) ?? this.keepQuoted(this.scanDoubleQuoted(start, 'backtick'));
    // Where a value is expected a digit is a number even right before `>`: `1..5>x.txt` is 5
    // redirected to x.txt, as in PowerShell (stream redirections like `2>` follow an operand and
    // are read by the parser's own look for redirections).
    if (mode === 'expression' && isDigit(c)) return undefined;
    const redirection = this.scanRedirection(start);
    if (redirection) return redirection;
    return undefined;
  }

  /** `>`, `>>`, `2>`, `2>>`, `2>&1`, `*>`, `*>&1`, and the reserved `<`. */
  scanRedirection(start: number): LexToken | undefined {
    const t = this.text;
    let p = start;
    let from: RedirectionStream = 'output';
    const c = this.char(p);
    if ((c >= '1' && c <= '6') || c === '*') {
      if (t[p + 1] !== '>') return undefined;
      from = streamByDigit[c]!;
      p++;
    } else if (c === '<') {
      return this.make('Redirection', start, start + 1, { op: '<' });
    } else if (c !== '>') {
      return undefined;
    }
    p++; // '>'
    if (t[p] === '>') return this.make('Redirection', start, p + 1, { op: t.slice(start, p + 1), redirection: { from, append: true } });
    if (t[p] === '&' && (t[p + 1] === '1' || t[p + 1] === '2')) {
      const mergeTo = streamByDigit[t[p + 1]!]!;
      return this.make('Redirection', start, p + 2, { op: t.slice(start, p + 2), redirection: { from, append: false, mergeTo } });
    }
    return this.make('Redirection', start, p, { op: t.slice(start, p), redirection: { from, append: false } });
  }

  // ------------------------------------------------------------------ command mode

  private scanCommandToken(start: number): LexToken {
    const common = this.scanCommon(start, 'command');
    if (common) {
      if (common.kind === 'Variable' && this.continuesGeneric(common.end)) return this.scanGeneric(start);
      return common;
    }
    const t = this.text;
    const c = this.char(start);
    const c1 = this.char(start + 1);
    if (isDash(c)) {
      if (isDash(c1) && t[start + 2] === '%') return this.make('StopParsing', start, start + 3, { op: '--%' });
      if (isIdentifierStart(c1) || c1 === '?') return this.scanParameter(start);
      if (isDigit(c1) || (c1 === '.' && isDigit(this.char(start + 2)))) {
        const n = this.scanNumber(start + 1, 'command');
        if (n) return { ...n, start, text: t.slice(start, n.end), number: { ...n.number!, value: -n.number!.value } };
      }
      return this.scanGeneric(start);
    }
    if (isDigit(c) || (c === '.' && isDigit(c1))) {
      const n = this.scanNumber(start, 'command');
      if (n) return n;
    }
    return this.scanGeneric(start);
  }

  /** After `$var` in command mode, does a bareword continue (`$env:TEMP\x.txt`)? */
  private continuesGeneric(pos: number): boolean {
    const c = this.char(pos);
    if (c === '' || isWhitespaceOrNewline(c) || endsGenericToken(c)) return false;
    if (c === '.' || c === '[' || c === '#') return false;
    if (c === ':' && this.char(pos + 1) === ':') return false;
    if (c === '=' ) return false;
    return true;
  }

  private scanParameter(start: number): LexToken {
    const t = this.text;
    let p = start + 1;
    while (p < t.length) {
      const c = t[p]!;
      if (isWhitespaceOrNewline(c) || endsGenericToken(c) || c === ':' || isQuote(c)) break;
      p++;
    }
    const name = t.slice(start + 1, p);
    const hasColon = t[p] === ':';
    const end = hasColon ? p + 1 : p;
    return this.make('Parameter', start, end, { parameter: { name, hasColon } });
  }

  /** A bareword argument, possibly with quoted parts and `$var` expansions: `a.txt`, `C:\x\*.ps1`, `$env:TEMP\x`. */
  scanGeneric(start: number): LexToken {
    const t = this.text;
    const parts: (string | Expression)[] = [];
    let literal = '';
    let expandable = false;
    let p = start;
    while (p < t.length) {
      const c = t[p]!;
      if (isWhitespaceOrNewline(c) || endsGenericToken(c)) break;
      if (c === '`') {
        const next = this.char(p + 1);
        if (next === '' || isNewline(next)) break;
        literal += escapes[next] ?? next;
        p += 2;
      } else if (isSingleQuote(c)) {
        const s = this.scanSingleQuoted(p);
        literal += s.value ?? '';
        p = s.end;
      } else if (isDoubleQuote(c)) {
        const s = this.scanDoubleQuoted(p);
        for (const part of s.parts ?? [s.value ?? '']) {
          if (typeof part === 'string') literal += part;
          else {
            if (literal) parts.push(literal);
            literal = '';
            parts.push(part);
            expandable = true;
          }
        }
        p = s.end;
      } else if (c === '$') {
        const d = this.scanDollarInString(p);
        if (d.part) {
          if (literal) parts.push(literal);
          literal = '';
          parts.push(d.part);
          expandable = true;
        } else {
          literal += '$';
        }
        p = d.end;
      } else {
        const q = nextMatch(GENERIC_RUN_END, t, p + 1);
        literal += t.slice(p, q);
        p = q;
      }
    }
    if (p === start) {
      // A lone character that cannot start anything: report it as unknown.
      return this.make('Unknown', start, start + 1);
    }
    if (expandable) {
      if (literal) parts.push(literal);
      return this.make('Generic', start, p, { parts, quoteKind: 'bare' });
    }
    return this.make('Generic', start, p, { value: literal, quoteKind: 'bare' });
  }

  // ------------------------------------------------------------------ expression mode

  private scanExpressionToken(start: number): LexToken {
    const common = this.scanCommon(start, 'expression');
    if (common) return common;
    const t = this.text;
    const c = this.char(start);
    const c1 = this.char(start + 1);
    if (isDigit(c) || (c === '.' && isDigit(c1))) {
      const n = this.scanNumber(start, 'expression');
      if (n) return n;
      // `1abc`: not a number; the parser reports it.
      let p = start;
      while (p < t.length && isIdentifierChar(t[p]!)) p++;
      return this.make('Unknown', start, Math.max(p, start + 1));
    }
    if (isDash(c)) {
      if (isDash(c1)) return this.punct(start, 2, 'Operator');
      if (c1 === '=') return this.punct(start, 2, 'Operator');
      if (isIdentifierStart(c1)) {
        let p = start + 1;
        while (p < t.length && isIdentifierChar(t[p]!)) p++;
        const op = '-' + t.slice(start + 1, p).toLowerCase();
        if (dashOperators.has(op)) return this.make('Operator', start, p, { op });
        // `5 -gt3`: the operator's letters, then a number.
        let q = start + 1;
        while (q < p && !isDigit(t[q]!)) q++;
        const lettersOp = '-' + t.slice(start + 1, q).toLowerCase();
        if (q < p && dashOperators.has(lettersOp)) return this.make('Operator', start, q, { op: lettersOp });
        return this.scanParameter(start);
      }
      return this.punct(start, 1, 'Operator');
    }
    switch (c) {
      case '+':
        return c1 === '+' || c1 === '=' ? this.punct(start, 2, 'Operator') : this.punct(start, 1, 'Operator');
      case '*':
      case '/':
      case '%':
        return c1 === '=' ? this.punct(start, 2, 'Operator') : this.punct(start, 1, 'Operator');
      case '=':
        return this.punct(start, 1, 'Operator');
      case '!':
        return this.punct(start, 1, 'Operator');
      case '?':
        if (c1 === '?') return t[start + 2] === '=' ? this.punct(start, 3, 'Operator') : this.punct(start, 2, 'Operator');
        if (c1 === '.' || c1 === '[') return this.punct(start, 2, 'Operator');
        return this.punct(start, 1, 'Operator');
      case '.':
        return c1 === '.' ? this.punct(start, 2, 'Operator') : this.punct(start, 1, 'Operator');
      case ':':
        return c1 === ':' ? this.punct(start, 2, 'Operator') : this.punct(start, 1);
      case '[':
      case ']':
        return this.punct(start, 1);
    }
    if (isIdentifierStart(c)) {
      let p = start + 1;
      while (p < t.length && isIdentifierChar(t[p]!)) p++;
      return this.make('Identifier', start, p, { value: t.slice(start, p) });
    }
    return this.make('Unknown', start, start + 1);
  }

  // ------------------------------------------------------------------ variables

  /** `$x`, `$global:x`, `${a b}`, `$env:PATH`, `$$`, `$^`, `$?`, `$_`; `pos` is at the `$` (or the name after `@`). */
  scanVariable(pos: number, mode: LexMode): LexToken {
    const t = this.text;
    const sigil = t[pos] === '$' ? 1 : 0;
    const start = t[pos] === '$' ? pos : pos - 1;
    let p = pos + sigil;
    const c = this.char(p);
    if (c === '{') {
      const { name, end } = this.scanBracedName(p);
      const colon = name.indexOf(':');
      const variable: VariableInfo =
        colon > 0 ? { name: name.slice(colon + 1), scope: name.slice(0, colon), braced: true, splatted: false } : { name, braced: true, splatted: false };
      return this.make('Variable', start, end, { variable });
    }
    if (sigil && (c === '$' || c === '^' || (c === '?' && !isVariableChar(this.char(p + 1))) || (c === '?' && this.char(p + 1) === '?'))) {
      return this.make('Variable', start, p + 1, { variable: { name: c, braced: false, splatted: false } });
    }
    const nameStart = p;
    while (p < t.length && isVariableChar(t[p]!)) p++;
    if (p === nameStart) {
      if (mode === 'command') return this.scanGeneric(start);
      // The parser reports InvalidVariableReference if it cannot use the `$`.
      return this.make('Unknown', start, start + 1);
    }
    let scope: string | undefined;
    if (t[p] === ':' && t[p + 1] !== ':' && p + 1 < t.length) {
      if (isVariableChar(t[p + 1]!)) {
        scope = t.slice(nameStart, p);
        const second = p + 1;
        p = second;
        while (p < t.length && isVariableChar(t[p]!)) p++;
        return this.make('Variable', start, p, { variable: { name: t.slice(second, p), scope, braced: false, splatted: false } });
      }
    }
    return this.make('Variable', start, p, { variable: { name: t.slice(nameStart, p), braced: false, splatted: false } });
  }

  /** `{name}` after `$`: backticks escape; returns the name and the offset after `}`. */
  private scanBracedName(open: number): { name: string; end: number } {
    const t = this.text;
    let p = open + 1;
    let name = '';
    while (p < t.length && t[p] !== '}') {
      if (t[p] === '`' && p + 1 < t.length) {
        // The escapes of double-quoted strings apply: `${a`u{62}c}` is $abc.
        const e = this.scanEscape(p);
        name += e.text;
        p = e.end;
      } else {
        name += t[p];
        p++;
      }
    }
    if (p >= t.length) {
      this.ctx.error('IncompleteDollarVariableReference', [], open - 1, p, true);
      return { name, end: p };
    }
    if (name === '') this.ctx.error('EmptyVariableReference', [], open - 1, p + 1, false);
    return { name, end: p + 1 };
  }

  // ------------------------------------------------------------------ numbers

  /** A number at `start`, or undefined when the text there is not one (then it is a bareword/error). */
  scanNumber(start: number, mode: LexMode): LexToken | undefined {
    const t = this.text;
    let p = start;
    let value: number;
    let numberType: NumberLiteral['numberType'] = 'int';
    let isReal = false;
    let isHex = false;
    const lower = (i: number) => (i < t.length ? t[i]!.toLowerCase() : '');
    if (t[p] === '0' && lower(p + 1) === 'x') {
      p += 2;
      const digitsStart = p;
      while (p < t.length && isHexDigit(t[p]!)) p++;
      // A bare `0x` is 0 to pwsh.
      value = p > digitsStart ? parseInt(t.slice(digitsStart, p), 16) : 0;
      isHex = true;
    } else if (t[p] === '0' && lower(p + 1) === 'b' && (t[p + 2] === '0' || t[p + 2] === '1')) {
      p += 2;
      const digitsStart = p;
      while (p < t.length && (t[p] === '0' || t[p] === '1')) p++;
      value = parseInt(t.slice(digitsStart, p), 2);
      isHex = true;
    } else {
      const digitsStart = p;
      while (p < t.length && isDigit(t[p]!)) p++;
      if (t[p] === '.' && t[p + 1] !== '.') {
        // `1.` is a number only when followed by a digit or exponent; `1..3` is a range.
        if (isDigit(this.char(p + 1))) {
          isReal = true;
          p++;
          while (p < t.length && isDigit(t[p]!)) p++;
        } else if (p > digitsStart && !isIdentifierStart(this.char(p + 1))) {
          isReal = true;
          p++;
        }
      }
      if (p === digitsStart) return undefined;
      if (lower(p) === 'e') {
        let q = p + 1;
        if (t[q] === '+' || isDash(this.char(q))) q++;
        if (isDigit(this.char(q))) {
          while (q < t.length && isDigit(t[q]!)) q++;
          p = q;
          isReal = true;
        }
      }
      value = Number(t.slice(digitsStart, p).replace(/[\u2013\u2014\u2015]/g, '-'));
    }
    // Type suffix.
    const s0 = lower(p);
    const s1 = lower(p + 1);
    let suffix = '';
    if (s0 === 'u' && (s1 === 'l' || s1 === 'y' || s1 === 's')) suffix = s0 + s1;
    else if (s0 === 'u' || s0 === 'l' || s0 === 'd' || s0 === 'y' || s0 === 's' || s0 === 'n') suffix = s0;
    // `1d` is decimal, but `0xd` has already eaten the d as a digit; a hex number's `d` is never a suffix.
    if (isHex && suffix === 'd') suffix = '';
    let q = p + suffix.length;
    // Multiplier.
    const m = t.slice(q, q + 2).toLowerCase();
    let multiplier = 1;
    if (m === 'kb' || m === 'mb' || m === 'gb' || m === 'tb' || m === 'pb') {
      multiplier = 1024 ** (['kb', 'mb', 'gb', 'tb', 'pb'].indexOf(m) + 1);
      q += 2;
    }
    const after = this.char(q);
    if (mode === 'command' ? !endsNumberInCommandMode(after) : isIdentifierChar(after) || after === '$') {
      // Suffix-looking letters followed by more letters (`1day`) are not a number either.
      return undefined;
    }
    if (isReal && (suffix === 'l' || suffix === 'u' || suffix === 'ul' || suffix === 'y' || suffix === 'uy')) {
      // PowerShell rejects `1.5l` etc.; treat as not-a-number so the caller reports it.
      if (mode === 'expression') {
        this.ctx.error('BadNumericConstant', [t.slice(start, q)], start, q, false);
      }
    }
    value *= multiplier;
    switch (suffix) {
      case 'l': numberType = 'long'; break;
      case 'u': numberType = value > 0xffffffff ? 'ulong' : 'uint'; break;
      case 'ul': numberType = 'ulong'; break;
      case 'y': numberType = 'sbyte'; break;
      case 'uy': numberType = 'byte'; break;
      case 's': numberType = 'short'; break;
      case 'us': numberType = 'ushort'; break;
      case 'n': numberType = 'bigint'; break;
      case 'd': numberType = 'decimal'; break;
      default:
        if (isReal) numberType = 'double';
        else if (isHex) {
          if (value <= 0xffffffff) {
            numberType = 'int';
            if (value > 0x7fffffff && multiplier === 1) value -= 0x100000000;
          } else numberType = 'long';
        } else if (value <= 2147483647) numberType = 'int';
        else if (value <= 9223372036854775807) numberType = 'long';
        else numberType = 'decimal';
    }
    return this.make('Number', start, q, { number: { value, numberType } });
  }

  // ------------------------------------------------------------------ strings

  /** The string scanned last, when it starts at `start`: a copy, since `scan` sets `spaceBefore`. */
  private reuseQuoted(start: number): LexToken | undefined {
    const last = this.lastQuoted;
    return last !== undefined && last.start === start ? { ...last } : undefined;
  }

  /**
   * Remembers a string for `reuseQuoted`, unless scanned while the parser only looks ahead: its
   * errors (a bad escape, a `$( )` inside) were not kept then and must be found again.
   */
  private keepQuoted<T extends LexToken | undefined>(tok: T): T {
    if (tok !== undefined && this.ctx.speculating === 0) this.lastQuoted = { ...tok };
    return tok;
  }

  private scanSingleQuoted(start: number): LexToken {
    const t = this.text;
    let p = start + 1;
    // Plain runs are copied as slices, not character by character: a 1 MB literal scans in
    // milliseconds (per-character appends built a rope the garbage collector then had to walk).
    let value = '';
    for (;;) {
      SINGLE_QUOTE.lastIndex = p;
      const m = SINGLE_QUOTE.exec(t);
      if (!m) {
        value += t.slice(p);
        p = t.length;
        this.ctx.error('TerminatorExpectedAtEndOfString', ["'"], start, p, true);
        break;
      }
      value += t.slice(p, m.index);
      p = m.index;
      if (isSingleQuote(this.char(p + 1))) {
        value += t[p + 1];
        p += 2;
        continue;
      }
      p++;
      break;
    }
    return this.make('String', start, p, { value, quoteKind: 'single' });
  }

  /** `opener`: a plain `"`, or `` `" `` / `""` in a `$( )` of a double-quoted string (closed the same way). */
  private scanDoubleQuoted(start: number, opener: 'plain' | 'backtick' | 'doubled' = 'plain'): LexToken {
    const p = opener === 'plain' ? start + 1 : start + 2;
    const outer = this.inDoubleQuotes;
    this.inDoubleQuotes = true;
    try {
      return this.scanDoubleQuotedBody(start, p, opener);
    } finally {
      this.inDoubleQuotes = outer;
    }
  }

  private scanDoubleQuotedBody(start: number, p: number, opener: 'plain' | 'backtick' | 'doubled'): LexToken {
    const t = this.text;
    const parts: (string | Expression)[] = [];
    // Literal text gathers as chunks joined once: many escapes in a long string stay linear.
    let chunks: string[] = [];
    for (;;) {
      if (p >= t.length) {
        this.ctx.error('TerminatorExpectedAtEndOfString', ['"'], start, p, true);
        break;
      }
      const c = t[p]!;
      if (opener === 'backtick' && c === '`' && isDoubleQuote(this.char(p + 1))) {
        p += 2;
        break;
      }
      if (opener === 'doubled' && isDoubleQuote(c)) {
        // Two quotes close it, four are a quote in the text, a lone one is text.
        if (!isDoubleQuote(this.char(p + 1))) {
          chunks.push(c);
          p++;
          continue;
        }
        if (isDoubleQuote(this.char(p + 2)) && isDoubleQuote(this.char(p + 3))) {
          chunks.push(c);
          p += 4;
          continue;
        }
        p += 2;
        break;
      }
      if (isDoubleQuote(c)) {
        if (isDoubleQuote(this.char(p + 1))) {
          chunks.push(t[p + 1]!);
          p += 2;
          continue;
        }
        p++;
        break;
      }
      if (c === '`') {
        const e = this.scanEscape(p);
        chunks.push(e.text);
        p = e.end;
        continue;
      }
      if (c === '$') {
        const d = this.scanDollarInString(p);
        if (d.part) {
          if (chunks.length > 0) parts.push(chunks.join(''));
          chunks = [];
          parts.push(d.part);
        } else chunks.push('$');
        p = d.end;
        continue;
      }
      // A plain run up to the next quote, backtick or `$`, copied as one slice.
      const runEnd = nextMatch(DOUBLE_QUOTED_RUN_END, t, p + 1);
      chunks.push(t.slice(p, runEnd));
      p = runEnd;
    }
    const literal = chunks.join('');
    if (parts.length === 0) return this.make('String', start, p, { value: literal, quoteKind: 'double' });
    if (literal) parts.push(literal);
    return this.make('ExpandableString', start, p, { parts, quoteKind: 'double' });
  }

  /** A word's text with its backtick escapes applied: a function name like `` f`u{41}x `` is fAx. */
  unescapeWord(start: number, end: number): string {
    let out = '';
    let p = start;
    while (p < end) {
      if (this.text[p] === '`' && p + 1 < end) {
        const e = this.scanEscape(p);
        out += e.text;
        p = e.end;
      } else out += this.text[p++];
    }
    return out;
  }

  /** Where a backtick escape at `p` ends (`` `u{...} `` spans several characters). */
  escapeEnd(p: number): number {
    const t = this.text;
    if (t[p + 1] === 'u' && t[p + 2] === '{') {
      const close = t.indexOf('}', p + 3);
      if (close > 0 && close - p <= 10) return close + 1;
    }
    return Math.min(t.length, p + 2);
  }

  /** A backtick escape at `p`: `` `n ``, `` `u{1F600} ``, `` `$ ``... */
  private scanEscape(p: number): { text: string; end: number } {
    const t = this.text;
    const next = this.char(p + 1);
    if (next === '') return { text: '', end: p + 1 };
    if (next === 'u' && t[p + 2] === '{') {
      let q = p + 3;
      while (q < t.length && isHexDigit(t[q]!) && q - (p + 3) < 7) q++;
      const digits = t.slice(p + 3, q);
      if (t[q] === '}' && digits.length >= 1 && digits.length <= 6 && parseInt(digits, 16) <= 0x10ffff) {
        return { text: String.fromCodePoint(parseInt(digits, 16)), end: q + 1 };
      }
      this.unicodeEscapeError(p, q, digits);
      return { text: '', end: q };
    }
    if (next === '\r' && t[p + 2] === '\n') return { text: '\r\n', end: p + 3 };
    return { text: escapes[next] ?? next, end: p + 2 };
  }

  /**
   * pwsh's position for each way a `` `u{...} `` goes wrong: `` `u{} `` marks the whole escape, a
   * seventh digit marks that digit, a value over 0x10FFFF the digits, anything else the first
   * character that is not a hex digit.
   */
  private unicodeEscapeError(p: number, q: number, digits: string): void {
    const t = this.text;
    if (digits.length === 0 && t[q] === '}') this.ctx.error('InvalidUnicodeEscapeSequence', [], p, q + 1, false);
    else if (digits.length > 6) this.ctx.error('TooManyDigitsInUnicodeEscapeSequence', [], q - 1, q, false);
    else if (t[q] === '}') this.ctx.error('InvalidUnicodeEscapeSequenceValue', [], p + 3, q, false);
    else this.ctx.error('InvalidUnicodeEscapeSequence', [], q, q + 1, false);
  }

  /** `$` inside an expandable string or bareword: a variable, `$(...)`, or a literal `$`. */
  private scanDollarInString(p: number): { part?: Expression; end: number } {
    const c1 = this.char(p + 1);
    if (c1 === '(') {
      const sub = this.ctx.subExpression(p, this.inDoubleQuotes || this.quotedByBackticks);
      return { part: sub.node, end: sub.end };
    }
    if (c1 === '{' || isVariableChar(c1) || c1 === '$' || c1 === '^') {
      const v = this.scanVariable(p, 'expression');
      if (v.kind === 'Variable') return { part: this.variableNode(v), end: v.end };
    }
    return { end: p + 1 };
  }

  variableNode(tok: LexToken): VariableExpression {
    const v = tok.variable!;
    const node: VariableExpression = {
      type: 'Variable',
      name: v.name,
      splatted: v.splatted,
      braced: v.braced,
      extent: this.ctx.source.extent(tok.start, tok.end),
    };
    if (v.scope !== undefined) node.scope = v.scope;
    return node;
  }

  /** `@"`/`@'` here-strings; undefined when `@` + quote is not followed by a line end. */
  private scanHereString(start: number): LexToken | undefined {
    const t = this.text;
    const quote = t[start + 1]!;
    const expandable = isDoubleQuote(quote);
    let p = start + 2;
    while (p < t.length && isBlank(t[p]!)) p++;
    if (p < t.length && !isNewline(t[p]!)) {
      this.ctx.error('UnexpectedCharactersAfterHereStringHeader', [], p, p + 1, false);
      return undefined;
    }
    if (t[p] === '\r' && t[p + 1] === '\n') p += 2;
    else p++;
    const bodyStart = p;
    // Find a line that starts with the closing quote followed by `@`: the first line, or one after
    // a line break (after `\r` of `\r\n` comes `\n`, never the quote, so `\r\n` counts once).
    let bodyEnd = -1;
    let end = t.length;
    const c = this.char(bodyStart);
    if ((expandable ? isDoubleQuote(c) : isSingleQuote(c)) && t[bodyStart + 1] === '@') {
      bodyEnd = bodyStart;
    } else if (bodyStart < t.length) {
      const lineBreak = nextMatch(expandable ? DOUBLE_HERE_STRING_END : SINGLE_HERE_STRING_END, t, bodyStart);
      if (lineBreak < t.length) bodyEnd = lineBreak + 1;
    }
    if (bodyEnd >= 0) end = bodyEnd + 2;
    const terminator = expandable ? '"@' : "'@";
    if (bodyEnd < 0) {
      this.ctx.error('TerminatorExpectedAtEndOfString', [terminator], start, t.length, true);
      bodyEnd = t.length;
      end = t.length;
    }
    // The newline before the terminator is not part of the value.
    let contentEnd = bodyEnd;
    if (contentEnd > bodyStart) {
      if (t[contentEnd - 1] === '\n') contentEnd--;
      if (t[contentEnd - 1] === '\r') contentEnd--;
    }
    if (contentEnd < bodyStart) contentEnd = bodyStart;
    if (!expandable) {
      return this.make('HereString', start, end, { value: t.slice(bodyStart, contentEnd), quoteKind: 'single-here' });
    }
    const parts: (string | Expression)[] = [];
    let chunks: string[] = [];
    // Runs are searched in the text cut at the body's end, so the last one does not search on
    // through the rest of the script (V8 shares the characters of a slice: no copy).
    const body = t.slice(0, contentEnd);
    p = bodyStart;
    while (p < contentEnd) {
      const c = t[p]!;
      if (c === '`') {
        const e = this.scanEscape(p);
        chunks.push(e.text);
        p = e.end;
      } else if (c === '$') {
        const d = this.scanDollarInString(p);
        if (d.part) {
          if (chunks.length > 0) parts.push(chunks.join(''));
          chunks = [];
          parts.push(d.part);
        } else chunks.push('$');
        p = d.end;
      } else {
        const runEnd = nextMatch(HERE_STRING_RUN_END, body, p + 1);
        chunks.push(t.slice(p, runEnd));
        p = runEnd;
      }
    }
    const literal = chunks.join('');
    if (parts.length === 0) return this.make('ExpandableHereString', start, end, { value: literal, quoteKind: 'double-here' });
    if (literal) parts.push(literal);
    return this.make('ExpandableHereString', start, end, { parts, quoteKind: 'double-here' });
  }
}

export function normaliseOperator(text: string): string {
  return text.replace(/[\u2013\u2014\u2015]/g, '-').toLowerCase();
}
