// The parser's cursor over one text, shared by every grammar module: where it stands, how tokens are
// peeked (cached per position and lexer mode) and taken, how errors are reported with PowerShell's
// extents, and look-ahead that restores the position. Grammar rules are functions taking this state.

import type { Extent } from '../ast.js';
import { isIdentifierChar, isLetter, isNewline, isWhitespaceOrNewline } from '../chars.js';
import type { ParseContext } from '../context.js';
import { Lexer, type LexMode, type LexToken } from '../lexer.js';
import type { ParserErrorId } from '../messages.js';
import { keywords, type TokenKind } from '../tokens.js';

/** Errors PowerShell reports at the end of the token before the missing piece. */
const reportedAfterPreviousToken: ReadonlySet<ParserErrorId> = new Set<ParserErrorId>([
  'ExpectedValueExpression', 'MissingExpressionAfterOperator', 'MissingExpressionAfterToken', 'EmptyPipeElement',
  'EmptyPipelineChainElement', 'MissingStatementBlock', 'MissingStatementBlockAfterElse', 'MissingNamedStatementBlock',
  'MissingLoopStatement', 'MissingForeachStatement', 'MissingFunctionBody', 'MissingCatchOrFinally', 'MissingTryStatementBlock',
  'MissingCatchHandlerBlock', 'MissingFinallyStatementBlock', 'MissingTrapStatement', 'MissingWhileOrUntilInDoWhile',
  'MissingSwitchStatementClause', 'MissingCurlyBraceInSwitchStatement', 'MissingOpenParenthesisInIfStatement',
  'MissingOpenParenthesisAfterKeyword', 'MissingTypeBody', 'MissingColonInTernaryExpression', 'MissingFileSpecification',
  'MissingExpression', 'MissingNameAfterKeyword', 'IfStatementMissingCondition', 'MissingExpressionAfterKeyword',
  'MissingVariableNameAfterForeach', 'MissingInInForeach', 'MissingForeachExpression', 'MissingEqualsInHashLiteral',
  'MissingStatementInHashLiteral', 'MissingStatementBlockForDataSection', 'MissingMethodParameterList',
  'MissingFilenameOption', 'PipelineValueRequired', 'MissingSwitchValueExpression', 'MissingStatementAfterKeyword',
  'MissingBaseCtorCall', 'MissingPropertyName', 'MissingArrayIndexExpression', 'MissingConfigurationName',
  'MissingEndParenthesisInFunctionParameterList', 'MissingExpressionInNamedArgument', 'IncompleteMemberDefinition',
  'MissingEndParenthesisInMethodCall', 'MissingPropertyTerminator', 'MissingEndParenthesisInExpression',
]);

/** Errors pwsh reports as plain errors, never as incomplete input (`pwsh -c '@{a'` prints them). */
const neverIncomplete: ReadonlySet<ParserErrorId> = new Set<ParserErrorId>(['MissingEqualsInHashLiteral', 'MissingFileSpecification']);

/** Thrown inside the parser to abandon a statement after its error has been recorded. */
export class SyntaxAbort {}

/** Raised by `fail`: one shared instance, since nothing reads it but `instanceof`. */
export const abort = new SyntaxAbort();

/** A keyword in the source: its lower-cased word and where it stands. */
export interface KeywordSpan {
  word: string;
  start: number;
  end: number;
}

export class ParserState {
  /** Where the next token is scanned from. */
  pos: number;
  /** End of the last token taken: node extents and "after the previous token" errors end here. */
  lastEnd: number;
  readonly lexer: Lexer;
  readonly text: string;
  private cache: { pos: number; mode: LexMode; tok: LexToken } | undefined;

  constructor(readonly ctx: ParseContext, start: number, quotedByBackticks = false) {
    this.pos = start;
    this.lastEnd = start;
    this.lexer = new Lexer(ctx, quotedByBackticks);
    this.text = ctx.text;
  }

  peek(mode: LexMode = 'expression'): LexToken {
    const c = this.cache;
    if (c && c.pos === this.pos && c.mode === mode) return c.tok;
    const tok = this.lexer.scan(this.pos, mode);
    this.cache = { pos: this.pos, mode, tok };
    return tok;
  }

  take(tok: LexToken, kind?: TokenKind): LexToken {
    if (tok.kind !== 'EndOfInput' && tok.kind !== 'NewLine') this.ctx.recordToken(kind ?? tok.kind, tok.text, tok.start, tok.end);
    this.pos = tok.end;
    // Node extents and "after the previous token" errors ignore line breaks.
    if (tok.kind !== 'NewLine') this.lastEnd = tok.end;
    return tok;
  }

  /** Moves to `end` after a span scanned character by character, recording it as one token. */
  takeSpan(start: number, end: number, kind: TokenKind): void {
    if (end > start) this.ctx.recordToken(kind, this.text.slice(start, end), start, end);
    this.pos = end;
    this.lastEnd = end;
  }

  char(p: number): string {
    return p < this.text.length ? this.text[p]! : '';
  }

  /** Position of the next token (blanks, comments and continuations skipped, not newlines). */
  afterTrivia(): number {
    return this.lexer.skipTrivia(this.pos);
  }

  skipNewlines(): void {
    for (;;) {
      const tok = this.peek();
      if (tok.kind !== 'NewLine') return;
      this.take(tok);
    }
  }

  /** Moves past blanks, comments, continuations and line breaks without taking a token. */
  skipBlanksAndNewlines(): void {
    for (;;) {
      const p = this.lexer.skipTrivia(this.pos);
      const c = this.char(p);
      if (c !== '\r' && c !== '\n') {
        this.pos = p;
        return;
      }
      this.pos = p + 1;
    }
  }

  skipNewlinesAndSemicolons(): void {
    for (;;) {
      const tok = this.peek();
      if (tok.kind !== 'NewLine' && tok.op !== ';') return;
      this.take(tok);
    }
  }

  extent(start: number): Extent {
    return this.ctx.source.extent(start, Math.max(start, this.lastEnd));
  }

  report(tok: LexToken, id: ParserErrorId, args: readonly string[] = []): void {
    if (reportedAfterPreviousToken.has(id)) {
      // PowerShell points just after what came before: `$a -eq` → right after `-eq`.
      const rest = this.lexer.skipTrivia(this.pos);
      const atEnd = tok.kind === 'EndOfInput' || this.onlyBlankLinesFrom(rest);
      this.ctx.error(id, args, this.lastEnd, this.lastEnd, atEnd && !neverIncomplete.has(id));
      return;
    }
    this.ctx.error(id, args, tok.start, tok.kind === 'EndOfInput' ? tok.start : tok.end, tok.kind === 'EndOfInput' && !neverIncomplete.has(id));
  }

  onlyBlankLinesFrom(p: number): boolean {
    let q = p;
    for (;;) {
      q = this.lexer.skipTrivia(q);
      if (q >= this.text.length) return true;
      if (!isNewline(this.text[q]!)) return false;
      q++;
    }
  }

  fail(tok: LexToken, id: ParserErrorId, args: readonly string[] = []): never {
    this.report(tok, id, args);
    throw abort;
  }

  unexpected(tok: LexToken): never {
    if (tok.kind === 'EndOfInput') this.fail(tok, 'UnexpectedToken', ['']);
    if (tok.kind === 'Unknown' && tok.text === '$') this.fail(tok, 'InvalidVariableReference');
    this.fail(tok, 'UnexpectedToken', [tok.text]);
  }

  /** Reports a missing closer whose opener is at `openStart`; incomplete when input ran out. */
  missingCloser(openStart: number, openEnd: number, id: ParserErrorId, args: readonly string[] = []): void {
    // Like PowerShell's ReportIncompleteInput: the error points at the opener; it is incomplete
    // input when what stopped the block is the end of the text.
    const tok = this.peek();
    this.ctx.error(id, args, openStart, openEnd, tok.kind === 'EndOfInput');
  }

  /**
   * A `(...)` whose content ended before its `)`: at the end of the input the input is incomplete
   * (the error points at the opener); otherwise, as in PowerShell, the token found is the error
   * (`if ($true {` marks the `{`).
   */
  missingCloseParen(open: LexToken, id: ParserErrorId, args: readonly string[] = []): never {
    const tok = this.peek();
    if (tok.kind === 'NewLine' || tok.op === ';' || (tok.kind !== 'EndOfInput' && /[\r\n]/.test(this.text.slice(this.lastEnd, tok.start)))) {
      // The content ended cleanly (`;` or a line break) but no `)` came: pwsh points right after
      // it, or at the `;` after an `if (`/`while (` condition.
      if (id === 'MissingEndParenthesisAfterStatement' && tok.op === ';') this.ctx.error(id, args, tok.start, tok.end, false);
      else this.ctx.error(id, args, this.lastEnd, this.lastEnd, false);
      throw abort;
    }
    if (tok.kind !== 'EndOfInput') this.fail(tok, 'UnexpectedToken', [tok.text]);
    this.missingCloser(open.start, open.end, id, args);
    throw abort;
  }

  expectOp(op: string, mode: LexMode = 'expression'): LexToken | undefined {
    const tok = this.peek(mode);
    if (tok.op === op) return this.take(tok);
    return undefined;
  }

  /** A keyword at `p`, when the word there is one and is not part of a longer bareword. */
  keywordAt(p: number): KeywordSpan | undefined {
    if (!isLetter(this.char(p))) return undefined;
    let q = p;
    while (isIdentifierChar(this.char(q))) q++;
    const word = this.text.slice(p, q).toLowerCase();
    if (!keywords.has(word)) return undefined;
    const d = this.char(q);
    if (d === '' || isWhitespaceOrNewline(d) || '({;)}|&,#'.includes(d)) return { word, start: p, end: q };
    return undefined;
  }

  takeKeyword(kw: { start: number; end: number }): void {
    this.takeSpan(kw.start, kw.end, 'Keyword');
  }

  /** Looks past newlines for one of `words`; consumes the newlines only when found. */
  keywordAfterNewlines(words: readonly string[]): KeywordSpan | undefined {
    const saved = this.pos;
    const savedEnd = this.lastEnd;
    this.skipNewlines();
    const kw = this.keywordAt(this.afterTrivia());
    if (kw && words.includes(kw.word)) return kw;
    this.pos = saved;
    this.lastEnd = savedEnd;
    return undefined;
  }

  /** Where the next real character after `p` stands, past comments, blanks and line breaks. */
  afterTriviaAndNewlines(p: number): number {
    let q = p;
    for (;;) {
      q = this.lexer.skipTrivia(q);
      if (isNewline(this.char(q))) q++;
      else return q;
    }
  }

  isFollowedByBlock(p: number): boolean {
    return this.char(this.afterTriviaAndNewlines(p)) === '{';
  }

  /**
   * Runs `f` without keeping errors and always restores the position. Answers are remembered per
   * question and position, so nested look-aheads stay linear.
   */
  lookahead(question: string, f: () => boolean): boolean {
    const key = `${question}@${this.pos}`;
    const known = this.ctx.lookaheads.get(key);
    if (known !== undefined) return known;
    const answer = this.lookaheadUncached(f);
    this.ctx.lookaheads.set(key, answer);
    return answer;
  }

  private lookaheadUncached(f: () => boolean): boolean {
    const savedPos = this.pos;
    const savedEnd = this.lastEnd;
    this.ctx.speculating++;
    try {
      return f();
    } catch (e) {
      if (!(e instanceof SyntaxAbort)) throw e;
      return false;
    } finally {
      this.ctx.speculating--;
      this.pos = savedPos;
      this.lastEnd = savedEnd;
    }
  }

  isFollowedByParen(p: number): boolean {
    return this.char(this.afterTriviaAndNewlines(p)) === '(';
  }

  /** Before an item of a parenthesised list: true when `)` closes it (taken); the end of input is `missing`. */
  takeListEnd(open: LexToken, missing: ParserErrorId, afterComma = false): boolean {
    this.skipNewlines();
    const tok = this.peek();
    if (tok.op === ')' && afterComma) this.fail(tok, 'MissingExpressionAfterToken', [',']);
    if (tok.op === ')') {
      this.take(tok);
      return true;
    }
    if (tok.kind === 'EndOfInput') {
      this.missingCloser(open.start, open.end, missing);
      throw abort;
    }
    return false;
  }

  /** After an item of a parenthesised list: true when `,` says another follows, false when `)` closed it; anything else is `missing`. */
  takeListSeparator(open: LexToken, missing: ParserErrorId): boolean {
    this.skipNewlines();
    const sep = this.peek();
    if (sep.op === ',') {
      this.take(sep);
      return true;
    }
    if (sep.op === ')') {
      this.take(sep);
      return false;
    }
    if (sep.kind === 'EndOfInput') this.missingCloser(open.start, open.end, missing);
    else this.report(sep, missing);
    throw abort;
  }
}
