// State shared by the tokenizer and every (nested) parser working on one text: the collected
// errors and tokens, `#Requires` lines, and the sub-expressions already parsed inside strings.

import type { ParseError, SubExpression, Token } from './ast.js';
import type { LexerContext } from './lexer.js';
import { formatParserMessage, type ParserErrorId } from './messages.js';
import { SourceMap } from './position.js';
import type { TokenKind } from './tokens.js';

export class ParseContext implements LexerContext {
  readonly source: SourceMap;
  private readonly errorsByKey = new Map<string, ParseError>();
  private readonly tokensByStart = new Map<number, Token>();
  readonly requiresLines: { text: string; start: number }[] = [];
  private readonly requiresSeen = new Set<number>();
  readonly subExpressions = new Map<number, { node: SubExpression; end: number }>();
  /** Answers of the parser's look-aheads, by question and position. */
  readonly lookaheads = new Map<string, boolean>();
  /** While > 0, errors are not kept: the parser is only looking ahead. */
  speculating = 0;
  /** Set by the parser: parses `$(...)` inside a string. */
  parseSubExpression: (dollarPos: number, insideDoubleQuotes: boolean) => { node: SubExpression; end: number } = () => {
    throw new Error('parseSubExpression not wired');
  };

  constructor(readonly text: string) {
    this.source = new SourceMap(text);
  }

  error(id: ParserErrorId, args: readonly string[], start: number, end: number, incomplete: boolean): void {
    if (this.speculating > 0) return;
    const key = `${start}:${id}`;
    if (this.errorsByKey.has(key)) return;
    this.errorsByKey.set(key, {
      message: formatParserMessage(id, args),
      errorId: id,
      extent: this.source.extent(start, Math.min(end, this.text.length)),
      incompleteInput: incomplete,
    });
  }

  recordToken(kind: TokenKind, text: string, start: number, end: number): void {
    if (this.speculating > 0 && this.tokensByStart.has(start)) return;
    this.tokensByStart.set(start, { kind, text, start, end });
  }

  subExpression(dollarPos: number, insideDoubleQuotes: boolean): { node: SubExpression; end: number } {
    const cached = this.subExpressions.get(dollarPos);
    if (cached) return cached;
    const result = this.parseSubExpression(dollarPos, insideDoubleQuotes);
    if (this.speculating === 0) this.subExpressions.set(dollarPos, result);
    return result;
  }

  requires(text: string, start: number): void {
    if (this.requiresSeen.has(start)) return;
    this.requiresSeen.add(start);
    this.requiresLines.push({ text, start });
  }

  /** In the order found, as PowerShell's ErrorList: the first is the one a ParseException shows. */
  get errors(): ParseError[] {
    return [...this.errorsByKey.values()];
  }

  get tokens(): Token[] {
    return [...this.tokensByStart.values()].sort((a, b) => a.start - b.start);
  }
}
