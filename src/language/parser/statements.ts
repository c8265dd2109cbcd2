// PowerShell 7 recursive-descent parser. Methods are named after the grammar rules of PowerShell's
// own parser (statement list, pipeline, command, expression...). Errors are collected with their
// extents and PowerShell's wording; a statement that cannot be parsed becomes an ErrorStatement and
// parsing resumes at the next line, so one typo does not hide the rest of a script.

import type {
  ArrayLiteral,
  Attribute,
  AttributeBase,
  Command,
  CommandElement,
  CommandExpression,
  CommandParameter,
  Expression,
  Extent,
  FunctionDefinition,
  FunctionMember,
  HashtableExpression,
  MemberDefinition,
  NamedBlock,
  ParamBlock,
  Parameter,
  ParseResult,
  Pipeline,
  PipelineBase,
  PipelineChain,
  Redirection,
  ScriptBlock,
  ScriptBlockExpression,
  Statement,
  StatementBlock,
  StringConstant,
  SubExpression,
  SwitchStatement,
  TrapStatement,
  TypeDefinition,
  TypeName,
  UsingStatement,
  AssignmentStatement,
  AssignmentOperator,
  UnaryOperator,
} from '../ast.js';
import {
  isBlank,
  isDash,
  isDigit,
  isIdentifierChar,
  isIdentifierStart,
  isLetter,
  isNewline,
  isQuote,
  isVariableChar,
  isWhitespaceOrNewline,
} from '../chars.js';
import { ParseContext } from '../context.js';
import { Lexer, type LexMode, type LexToken } from '../lexer.js';
import type { ParserErrorId } from '../messages.js';
import { assignmentOperators, binaryPrecedence, keywords, unaryDashOperators, type TokenKind } from '../tokens.js';

export type { ParseResult } from '../ast.js';

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
]);

/** Thrown inside the parser to abandon a statement after its error has been recorded. */
class SyntaxAbort {}

/** A keyword in the source: its lower-cased word and where it stands. */
interface KeywordSpan {
  word: string;
  start: number;
  end: number;
}

const abort = new SyntaxAbort();

const namedBlockKinds = new Set(['begin', 'process', 'end', 'clean', 'dynamicparam']);
const loopKeywords = new Set(['foreach', 'for', 'while', 'do', 'switch']);

function isStatementEnd(tok: LexToken): boolean {
  if (tok.kind === 'NewLine' || tok.kind === 'EndOfInput') return true;
  const op = tok.op;
  return op === ';' || op === ')' || op === '}';
}

/** Nothing (or nothing but a terminator) comes next: `&` still starts a command (`& $script`). */
function noPipelineFollows(tok: LexToken): boolean {
  return isStatementEnd(tok) || tok.op === '|' || tok.op === '||' || tok.op === '&&';
}

/** Tokens that end a pipeline element (command arguments stop here). */
function endsCommand(tok: LexToken): boolean {
  if (isStatementEnd(tok)) return true;
  const op = tok.op;
  return op === '|' || op === '||' || op === '&&' || op === '&';
}

class Parser {
  private pos: number;
  private lastEnd: number;
  private readonly lexer: Lexer;
  private readonly text: string;
  private cache: { pos: number; mode: LexMode; tok: LexToken } | undefined;

  constructor(private readonly ctx: ParseContext, start: number, quotedByBackticks = false) {
    this.pos = start;
    this.lastEnd = start;
    this.lexer = new Lexer(ctx, quotedByBackticks);
    this.text = ctx.text;
  }

  // ================================================================== token plumbing

  private peek(mode: LexMode = 'expression'): LexToken {
    const c = this.cache;
    if (c && c.pos === this.pos && c.mode === mode) return c.tok;
    const tok = this.lexer.scan(this.pos, mode);
    this.cache = { pos: this.pos, mode, tok };
    return tok;
  }

  private take(tok: LexToken, kind?: TokenKind): LexToken {
    if (tok.kind !== 'EndOfInput' && tok.kind !== 'NewLine') this.ctx.recordToken(kind ?? tok.kind, tok.text, tok.start, tok.end);
    this.pos = tok.end;
    // Node extents and "after the previous token" errors ignore line breaks.
    if (tok.kind !== 'NewLine') this.lastEnd = tok.end;
    return tok;
  }

  /** Moves to `end` after a span scanned character by character, recording it as one token. */
  private takeSpan(start: number, end: number, kind: TokenKind): void {
    if (end > start) this.ctx.recordToken(kind, this.text.slice(start, end), start, end);
    this.pos = end;
    this.lastEnd = end;
  }

  private char(p: number): string {
    return p < this.text.length ? this.text[p]! : '';
  }

  /** Position of the next token (blanks, comments and continuations skipped, not newlines). */
  private afterTrivia(): number {
    return this.lexer.skipTrivia(this.pos);
  }

  private skipNewlines(): void {
    for (;;) {
      const tok = this.peek();
      if (tok.kind !== 'NewLine') return;
      this.take(tok);
    }
  }

  /** Moves past blanks, comments, continuations and line breaks without taking a token. */
  private skipBlanksAndNewlines(): void {
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

  private skipNewlinesAndSemicolons(): void {
    for (;;) {
      const tok = this.peek();
      if (tok.kind !== 'NewLine' && tok.op !== ';') return;
      this.take(tok);
    }
  }

  private extent(start: number): Extent {
    return this.ctx.source.extent(start, Math.max(start, this.lastEnd));
  }

  private report(tok: LexToken, id: ParserErrorId, args: readonly string[] = []): void {
    if (reportedAfterPreviousToken.has(id)) {
      // PowerShell points just after what came before: `$a -eq` → right after `-eq`.
      const rest = this.lexer.skipTrivia(this.pos);
      const atEnd = tok.kind === 'EndOfInput' || this.onlyBlankLinesFrom(rest);
      this.ctx.error(id, args, this.lastEnd, this.lastEnd, atEnd);
      return;
    }
    this.ctx.error(id, args, tok.start, tok.kind === 'EndOfInput' ? tok.start : tok.end, tok.kind === 'EndOfInput');
  }

  private onlyBlankLinesFrom(p: number): boolean {
    let q = p;
    for (;;) {
      q = this.lexer.skipTrivia(q);
      if (q >= this.text.length) return true;
      if (!isNewline(this.text[q]!)) return false;
      q++;
    }
  }

  private fail(tok: LexToken, id: ParserErrorId, args: readonly string[] = []): never {
    this.report(tok, id, args);
    throw abort;
  }

  private unexpected(tok: LexToken): never {
    if (tok.kind === 'EndOfInput') this.fail(tok, 'UnexpectedToken', ['']);
    if (tok.kind === 'Unknown' && tok.text === '$') this.fail(tok, 'InvalidVariableReference');
    this.fail(tok, 'UnexpectedToken', [tok.text]);
  }

  /** Reports a missing closer whose opener is at `openStart`; incomplete when input ran out. */
  private missingCloser(openStart: number, openEnd: number, id: ParserErrorId, args: readonly string[] = []): void {
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
  private missingCloseParen(open: LexToken, id: ParserErrorId, args: readonly string[] = []): never {
    const tok = this.peek();
    if (tok.kind !== 'EndOfInput') this.fail(tok, 'UnexpectedToken', [tok.text]);
    this.missingCloser(open.start, open.end, id, args);
    throw abort;
  }

  private expectOp(op: string, mode: LexMode = 'expression'): LexToken | undefined {
    const tok = this.peek(mode);
    if (tok.op === op) return this.take(tok);
    return undefined;
  }

  /** Runs `f` as a look-ahead: no errors kept, position restored when it fails or returns undefined. */

  /** A keyword at `p`, when the word there is one and is not part of a longer bareword. */
  private keywordAt(p: number): KeywordSpan | undefined {
    if (!isLetter(this.char(p))) return undefined;
    let q = p;
    while (isIdentifierChar(this.char(q))) q++;
    const word = this.text.slice(p, q).toLowerCase();
    if (!keywords.has(word)) return undefined;
    const d = this.char(q);
    if (d === '' || isWhitespaceOrNewline(d) || '({;)}|&,#'.includes(d)) return { word, start: p, end: q };
    return undefined;
  }

  private takeKeyword(kw: { start: number; end: number }): void {
    this.takeSpan(kw.start, kw.end, 'Keyword');
  }

  /** Looks past newlines for one of `words`; consumes the newlines only when found. */
  private keywordAfterNewlines(words: readonly string[]): KeywordSpan | undefined {
    const saved = this.pos;
    const savedEnd = this.lastEnd;
    this.skipNewlines();
    const kw = this.keywordAt(this.afterTrivia());
    if (kw && words.includes(kw.word)) return kw;
    this.pos = saved;
    this.lastEnd = savedEnd;
    return undefined;
  }

  // ================================================================== script and blocks

  parseScript(): ScriptBlock {
    const body = this.parseScriptBody(0, 'eof');
    return body;
  }

  /**
   * The inside of a script block or script: `using` statements, `[CmdletBinding()] param(...)`, then
   * either named blocks (`begin {} process {} end {}`) or statements.
   */
  private parseScriptBody(start: number, closer: 'eof' | '}'): ScriptBlock {
    const sb: ScriptBlock = { type: 'ScriptBlock', usings: [], requires: [], extent: this.extent(start) };
    this.skipNewlinesAndSemicolons();
    if (closer === 'eof') this.parseUsings(sb);
    const paramBlock = this.tryParseParamBlock();
    if (paramBlock) sb.paramBlock = paramBlock;
    this.skipNewlinesAndSemicolons();
    const first = this.keywordAt(this.afterTrivia());
    if (first && namedBlockKinds.has(first.word) && this.isFollowedByBlock(first.end)) {
      this.parseNamedBlocks(sb, closer);
    } else {
      const bodyStart = this.afterTrivia();
      const list = this.parseStatementList(closer);
      sb.end = {
        type: 'NamedBlock',
        kind: 'end',
        unnamed: true,
        statements: list.statements,
        traps: list.traps,
        extent: this.ctx.source.extent(bodyStart, Math.max(bodyStart, this.lastEnd)),
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
    sb.extent = this.extent(start);
    return sb;
  }

  private parseUsings(sb: ScriptBlock): void {
    for (;;) {
      this.skipNewlinesAndSemicolons();
      const kw = this.keywordAt(this.afterTrivia());
      if (!kw || kw.word !== 'using') return;
      try {
        sb.usings.push(this.parseUsingStatement(kw));
      } catch (e) {
        if (!(e instanceof SyntaxAbort)) throw e;
        this.recover();
      }
    }
  }

  /** Where the next real character after `p` stands, past comments, blanks and line breaks. */
  private afterTriviaAndNewlines(p: number): number {
    let q = p;
    for (;;) {
      q = this.lexer.skipTrivia(q);
      if (isNewline(this.char(q))) q++;
      else return q;
    }
  }

  private isFollowedByBlock(p: number): boolean {
    return this.char(this.afterTriviaAndNewlines(p)) === '{';
  }

  private parseNamedBlocks(sb: ScriptBlock, closer: 'eof' | '}'): void {
    for (;;) {
      this.skipNewlinesAndSemicolons();
      const tok = this.peek('command');
      if (tok.kind === 'EndOfInput' || (closer === '}' && tok.op === '}')) return;
      const kw = this.keywordAt(this.afterTrivia());
      if (!kw || !namedBlockKinds.has(kw.word)) {
        this.report(tok, 'UnexpectedToken', [tok.text]);
        // Parse the rest as statements so later errors are still found.
        try {
          this.parseStatementList(closer);
        } catch (e) {
          if (!(e instanceof SyntaxAbort)) throw e;
        }
        if (closer === 'eof' && this.peek('command').kind !== 'EndOfInput') {
          this.take(this.peek('command'));
          continue;
        }
        return;
      }
      const start = kw.start;
      this.takeKeyword(kw);
      this.skipNewlines();
      const open = this.peek();
      if (open.op !== '{') {
        this.report(open, 'MissingNamedStatementBlock', [kw.word]);
        return;
      }
      const block = this.parseBraceStatements();
      const named: NamedBlock = {
        type: 'NamedBlock',
        kind: kw.word as NamedBlock['kind'],
        unnamed: false,
        statements: block.statements,
        traps: block.traps,
        extent: this.extent(start),
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

  /** Attributes and type constraints (`[CmdletBinding()]`, `[int]`) ahead of a parameter, param block or type definition. */
  private parseAttributes(): AttributeBase[] {
    const attributes: AttributeBase[] = [];
    for (;;) {
      this.skipNewlines();
      const p = this.afterTrivia();
      if (this.char(p) !== '[') break;
      this.pos = p;
      attributes.push(this.parseAttributeOrType());
    }
    return attributes;
  }

  /** A param block and a class, enum or function definition may carry attributes before their keyword. */
  private parseAttributesThenKeyword(): { attributes: AttributeBase[]; keyword: KeywordSpan | undefined } {
    const attributes = this.parseAttributes();
    this.skipNewlines();
    return { attributes, keyword: this.keywordAt(this.afterTrivia()) };
  }

  /** `[CmdletBinding()] param(...)` at the top of a script block, or nothing (position unchanged). */
  private tryParseParamBlock(): ParamBlock | undefined {
    const found = this.lookahead('param', () => {
      const { keyword } = this.parseAttributesThenKeyword();
      return keyword?.word === 'param' && this.isFollowedByParen(keyword.end);
    });
    if (!found) return undefined;
    const start = this.afterTrivia();
    const { attributes, keyword } = this.parseAttributesThenKeyword();
    const kw = keyword!;
    this.takeKeyword(kw);
    this.skipNewlines();
    let parameters: Parameter[] = [];
    try {
      parameters = this.parseParameterList('MissingEndParenthesisInFunctionParameterList');
    } catch (e) {
      if (!(e instanceof SyntaxAbort)) throw e;
      this.recover();
    }
    return { type: 'ParamBlock', attributes, parameters, extent: this.extent(start) };
  }

  /**
   * Runs `f` without keeping errors and always restores the position. Answers are remembered per
   * question and position, so nested look-aheads stay linear.
   */
  private lookahead(question: string, f: () => boolean): boolean {
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

  private isFollowedByParen(p: number): boolean {
    return this.char(this.afterTriviaAndNewlines(p)) === '(';
  }

  /** `{ statements }` → the statements, with MissingEndCurlyBrace when the brace never closes. */
  private parseBraceStatements(): { statements: Statement[]; traps: TrapStatement[]; start: number } {
    const open = this.take(this.peek());
    const list = this.parseStatementList('}');
    const close = this.peek('command');
    if (close.op === '}') this.take(close);
    else this.missingCloser(open.start, open.end, 'MissingEndCurlyBrace');
    return { ...list, start: open.start };
  }

  private parseStatementBlock(missingId: ParserErrorId, args: readonly string[] = []): StatementBlock {
    this.skipNewlines();
    const tok = this.peek();
    if (tok.op !== '{') this.fail(tok, missingId, args);
    const block = this.parseBraceStatements();
    return { type: 'StatementBlock', statements: block.statements, traps: block.traps, extent: this.extent(block.start) };
  }

  // ================================================================== statements

  private parseStatementList(closer: 'eof' | '}' | ')'): { statements: Statement[]; traps: TrapStatement[] } {
    const statements: Statement[] = [];
    const traps: TrapStatement[] = [];
    for (;;) {
      this.skipNewlinesAndSemicolons();
      const tok = this.peek('command');
      if (tok.kind === 'EndOfInput') break;
      if (tok.op === '}' || tok.op === ')') {
        if (closer !== 'eof') break;
        this.report(tok, 'UnexpectedToken', [tok.text]);
        this.take(tok);
        continue;
      }
      const start = this.afterTrivia();
      let stmt: Statement;
      try {
        stmt = this.parseStatement();
        if (needsTerminator(stmt) && !endsWithBackground(stmt)) {
          const next = this.peek('command');
          if (!isStatementEnd(next)) this.unexpected(next);
        }
      } catch (e) {
        if (!(e instanceof SyntaxAbort)) throw e;
        this.recover();
        stmt = { type: 'ErrorStatement', extent: this.extent(start) };
      }
      if (stmt.type === 'Trap') traps.push(stmt);
      else statements.push(stmt);
    }
    return { statements, traps };
  }

  /** Skips to the end of the statement in error: the line end or `;`, or a closing brace of an outer block. */
  private recover(): void {
    let depth = 0;
    for (;;) {
      const tok = this.peek('command');
      if (tok.kind === 'EndOfInput') return;
      const op = tok.op;
      if (depth === 0 && (op === '}' || op === ')')) return;
      this.take(tok);
      if (depth === 0 && (tok.kind === 'NewLine' || op === ';')) return;
      if (op === '{' || op === '(' || op === '@(' || op === '$(' || op === '@{') depth++;
      else if ((op === '}' || op === ')') && depth > 0) depth--;
    }
  }

  private parseStatement(): Statement {
    const start = this.afterTrivia();
    const c = this.char(start);
    if (c === ':' && isIdentifierStart(this.char(start + 1))) return this.parseLabeledStatement(start);
    const kw = this.keywordAt(start);
    if (kw) {
      const stmt = this.parseKeywordStatement(kw, undefined);
      if (stmt) return stmt;
    }
    if (c === '[') {
      const typeDef = this.tryAttributedTypeDefinition(start);
      if (typeDef) return typeDef;
    }
    return this.parsePipelineChain();
  }

  private parseLabeledStatement(start: number): Statement {
    let q = start + 1;
    while (isIdentifierChar(this.char(q))) q++;
    const label = this.text.slice(start + 1, q);
    this.takeSpan(start, q, 'Label');
    this.skipNewlines();
    const kw = this.keywordAt(this.afterTrivia());
    if (kw && loopKeywords.has(kw.word)) {
      const stmt = this.parseKeywordStatement(kw, label);
      if (stmt) return stmt;
    }
    // A label before anything else is allowed and ignored.
    return this.parseStatement();
  }

  private parseKeywordStatement(kw: KeywordSpan, label: string | undefined): Statement | undefined {
    switch (kw.word) {
      case 'if': return this.parseIf(kw);
      case 'while': return this.parseWhile(kw, label);
      case 'for': return this.parseFor(kw, label);
      case 'foreach': return this.parseForEach(kw, label);
      case 'do': return this.parseDo(kw, label);
      case 'switch': return this.parseSwitch(kw, label);
      case 'function':
      case 'filter':
      case 'workflow':
        return this.parseFunction(kw);
      case 'return':
      case 'exit':
      case 'throw':
        return this.parseFlowWithPipeline(kw);
      case 'break':
      case 'continue':
        return this.parseBreakContinue(kw);
      case 'try': return this.parseTry(kw);
      case 'trap': return this.parseTrap(kw);
      case 'data': return this.parseData(kw);
      case 'class':
      case 'enum':
        return this.parseTypeDefinition(kw, [], kw.start);
      case 'using': return this.parseUsingStatement(kw);
      case 'configuration': return this.parseConfiguration(kw);
      case 'parallel':
      case 'sequence':
        if (!this.isFollowedByBlock(kw.end)) return undefined;
        this.takeKeyword(kw);
        return { type: 'BlockStatement', kind: kw.word, body: this.parseStatementBlock('MissingStatementAfterKeyword', [kw.word]), extent: this.extent(kw.start) };
      case 'else':
      case 'elseif':
      case 'catch':
      case 'finally':
      case 'until':
      case 'in':
        this.fail(this.peek('command'), 'UnexpectedToken', [this.text.slice(kw.start, kw.end)]);
      // falls through (fail never returns)
      default:
        return undefined;
    }
  }

  // ------------------------------------------------------------------ control flow

  /** `( pipeline )` after a keyword. */
  private parseCondition(keyword: string, openMissing: ParserErrorId, conditionMissing: ParserErrorId, closeMissing: ParserErrorId): PipelineBase {
    this.skipNewlines();
    const open = this.peek();
    if (open.op !== '(') this.fail(open, openMissing, [keyword]);
    this.take(open);
    this.skipNewlines();
    const first = this.peek('command');
    if (first.op === ')' || first.kind === 'EndOfInput') this.fail(first, conditionMissing, [keyword]);
    const condition = this.parsePipelineChain();
    this.skipNewlines();
    const close = this.peek();
    if (close.op !== ')') this.missingCloseParen(open, closeMissing, [keyword]);
    this.take(close);
    return condition;
  }

  private parseIf(kw: KeywordSpan): Statement {
    this.takeKeyword(kw);
    const clauses: { condition: PipelineBase; body: StatementBlock }[] = [];
    let word = 'if';
    for (;;) {
      const condition = this.parseCondition(word, 'MissingOpenParenthesisInIfStatement', 'IfStatementMissingCondition', 'MissingEndParenthesisAfterStatement');
      const body = this.parseStatementBlock('MissingStatementBlock', [word]);
      clauses.push({ condition, body });
      const next = this.keywordAfterNewlines(['elseif', 'else']);
      if (!next) break;
      this.takeKeyword(next);
      if (next.word === 'else') {
        const elseBody = this.parseStatementBlock('MissingStatementBlockAfterElse');
        return { type: 'If', clauses, elseBody, extent: this.extent(kw.start) };
      }
      word = 'elseif';
    }
    return { type: 'If', clauses, extent: this.extent(kw.start) };
  }

  private parseWhile(kw: { start: number; end: number }, label: string | undefined): Statement {
    this.takeKeyword(kw);
    const condition = this.parseCondition('while', 'MissingOpenParenthesisAfterKeyword', 'MissingExpressionAfterKeyword', 'MissingEndParenthesisAfterStatement');
    const body = this.parseStatementBlock('MissingLoopStatement', ['while']);
    return { type: 'While', condition, body, ...(label ? { label } : {}), extent: this.extent(kw.start) };
  }

  private parseDo(kw: { start: number; end: number }, label: string | undefined): Statement {
    this.takeKeyword(kw);
    const body = this.parseStatementBlock('MissingLoopStatement', ['do']);
    const next = this.keywordAfterNewlines(['while', 'until']);
    if (!next) this.fail(this.peek(), 'MissingWhileOrUntilInDoWhile');
    this.takeKeyword(next);
    const condition = this.parseCondition(next.word, 'MissingOpenParenthesisAfterKeyword', 'MissingExpressionAfterKeyword', 'MissingEndParenthesisAfterStatement');
    const type = next.word === 'while' ? 'DoWhile' : 'DoUntil';
    return { type, condition, body, ...(label ? { label } : {}), extent: this.extent(kw.start) };
  }

  private parseFor(kw: { start: number; end: number }, label: string | undefined): Statement {
    this.takeKeyword(kw);
    this.skipNewlines();
    const open = this.peek();
    if (open.op !== '(') this.fail(open, 'MissingOpenParenthesisAfterKeyword', ['for']);
    this.take(open);
    const parts: (PipelineBase | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      this.skipNewlines();
      const tok = this.peek('command');
      if (tok.op === ';' || tok.op === ')') parts.push(undefined);
      else parts.push(this.parsePipelineChain());
      this.skipNewlines();
      const sep = this.peek('command');
      if (i < 2 && sep.op === ';') this.take(sep);
      else if (sep.op === ')') {
        while (parts.length < 3) parts.push(undefined);
        break;
      } else if (i < 2 && parts[i] !== undefined) {
        // A newline separated the parts: already skipped.
        continue;
      }
    }
    this.skipNewlines();
    const close = this.peek();
    if (close.op !== ')') this.missingCloseParen(open, 'MissingEndParenthesisAfterStatement', ['for']);
    this.take(close);
    const body = this.parseStatementBlock('MissingLoopStatement', ['for']);
    const node: Statement = { type: 'For', body, extent: this.extent(kw.start) };
    if (label) node.label = label;
    if (parts[0]) node.initializer = parts[0];
    if (parts[1]) node.condition = parts[1];
    if (parts[2]) node.iterator = parts[2];
    return node;
  }

  private parseForEach(kw: { start: number; end: number }, label: string | undefined): Statement {
    this.takeKeyword(kw);
    let parallel = false;
    for (;;) {
      this.skipNewlines();
      const tok = this.peek('command');
      if (tok.kind !== 'Parameter') break;
      this.take(tok);
      const name = tok.parameter!.name.toLowerCase();
      if ('parallel'.startsWith(name)) parallel = true;
      else if ('throttlelimit'.startsWith(name)) {
        this.parseCommandArgument();
      } else this.report(tok, 'InvalidForeachFlag', [tok.text]);
    }
    const open = this.peek();
    if (open.op !== '(') this.fail(open, 'MissingOpenParenthesisAfterKeyword', ['foreach']);
    this.take(open);
    this.skipNewlines();
    const varTok = this.peek();
    if (varTok.kind !== 'Variable') this.fail(varTok, 'MissingVariableNameAfterForeach');
    this.take(varTok);
    const variable = this.lexer.variableNode(varTok);
    this.skipNewlines();
    const inKw = this.keywordAt(this.afterTrivia());
    if (!inKw || inKw.word !== 'in') this.fail(this.peek(), 'MissingInInForeach');
    this.takeKeyword(inKw);
    this.skipNewlines();
    const first = this.peek('command');
    if (first.op === ')' || first.kind === 'EndOfInput') this.fail(first, 'MissingForeachExpression');
    const iterable = this.parsePipelineChain();
    this.skipNewlines();
    const close = this.peek();
    if (close.op !== ')') this.missingCloseParen(open, 'MissingEndParenthesisAfterForeach');
    this.take(close);
    const body = this.parseStatementBlock('MissingForeachStatement');
    return { type: 'ForEach', variable, iterable, parallel, body, ...(label ? { label } : {}), extent: this.extent(kw.start) };
  }

  private parseSwitch(kw: { start: number; end: number }, label: string | undefined): Statement {
    this.takeKeyword(kw);
    let mode: SwitchStatement['mode'] = 'equals';
    let caseSensitive = false;
    let file = false;
    let parallel = false;
    let condition: PipelineBase | undefined;
    for (;;) {
      this.skipNewlines();
      const tok = this.peek('command');
      if (tok.kind !== 'Parameter') break;
      this.take(tok);
      const name = tok.parameter!.name.toLowerCase();
      const is = (full: string) => name.length > 0 && full.startsWith(name);
      if (is('regex')) mode = 'regex';
      else if (is('wildcard')) mode = 'wildcard';
      else if (is('exact')) mode = 'exact';
      else if (is('casesensitive')) caseSensitive = true;
      else if (is('parallel')) parallel = true;
      else if (is('file')) {
        file = true;
        this.skipNewlines();
        const arg = this.peek('command');
        if (endsCommand(arg)) this.fail(arg, 'MissingFilenameOption');
        const start = arg.start;
        const expr = this.parseCommandPrimary();
        condition = this.pipelineOf(expr, start);
      } else this.report(tok, 'InvalidSwitchFlag', [tok.text]);
    }
    if (!condition) {
      this.skipNewlines();
      const open = this.peek();
      if (open.op !== '(') this.fail(open, 'PipelineValueRequired');
      this.take(open);
      this.skipNewlines();
      const first = this.peek('command');
      if (first.op === ')' || first.kind === 'EndOfInput') this.fail(first, 'MissingSwitchValueExpression');
      condition = this.parsePipelineChain();
      this.skipNewlines();
      const close = this.peek();
      if (close.op !== ')') this.missingCloseParen(open, 'MissingEndParenthesisInSwitchStatement');
      this.take(close);
    }
    this.skipNewlines();
    const open = this.peek();
    if (open.op !== '{') this.fail(open, 'MissingCurlyBraceInSwitchStatement');
    this.take(open);
    const clauses: SwitchStatement['clauses'] = [];
    let defaultBody: StatementBlock | undefined;
    for (;;) {
      this.skipNewlinesAndSemicolons();
      const tok = this.peek('command');
      if (tok.op === '}') {
        this.take(tok);
        break;
      }
      if (tok.kind === 'EndOfInput') {
        this.missingCloser(open.start, open.end, 'MissingEndCurlyBrace');
        throw abort;
      }
      const isDefault =
        tok.kind === 'Generic' && tok.value !== undefined && tok.value.toLowerCase() === 'default' && tok.text.toLowerCase() === 'default';
      if (isDefault) {
        this.take(tok, 'Keyword');
        defaultBody = this.parseStatementBlock('MissingSwitchStatementClause');
        continue;
      }
      const pattern = this.parseCommandPrimary();
      const body = this.parseStatementBlock('MissingSwitchStatementClause');
      clauses.push({ pattern, body });
    }
    const node: SwitchStatement = { type: 'Switch', mode, caseSensitive, file, parallel, condition, clauses, extent: this.extent(kw.start) };
    if (label) node.label = label;
    if (defaultBody) node.defaultBody = defaultBody;
    return node;
  }

  private pipelineOf(expr: Expression, start: number): Pipeline {
    const element: CommandExpression = { type: 'CommandExpression', expression: expr, redirections: [], extent: expr.extent };
    return { type: 'Pipeline', elements: [element], background: false, extent: this.extent(start) };
  }

  private parseFlowWithPipeline(kw: KeywordSpan): Statement {
    this.takeKeyword(kw);
    const next = this.peek('command');
    let pipeline: PipelineBase | undefined;
    if (!noPipelineFollows(next)) pipeline = this.parsePipelineChain();
    const type = kw.word === 'return' ? 'Return' : kw.word === 'exit' ? 'Exit' : 'Throw';
    return { type, ...(pipeline ? { pipeline } : {}), extent: this.extent(kw.start) } as Statement;
  }

  private parseBreakContinue(kw: KeywordSpan): Statement {
    this.takeKeyword(kw);
    const next = this.peek('command');
    let label: Expression | undefined;
    if (!endsCommand(next)) label = this.parseCommandPrimary();
    const type = kw.word === 'break' ? 'Break' : 'Continue';
    return { type, ...(label ? { label } : {}), extent: this.extent(kw.start) } as Statement;
  }

  private parseTry(kw: { start: number; end: number }): Statement {
    this.takeKeyword(kw);
    const body = this.parseStatementBlock('MissingTryStatementBlock');
    const catches: { types: TypeName[]; body: StatementBlock; extent: Extent }[] = [];
    let finallyBody: StatementBlock | undefined;
    for (;;) {
      const next = this.keywordAfterNewlines(['catch', 'finally']);
      if (!next) break;
      this.takeKeyword(next);
      if (next.word === 'finally') {
        finallyBody = this.parseStatementBlock('MissingFinallyStatementBlock');
        break;
      }
      const types: TypeName[] = [];
      for (;;) {
        this.skipNewlines();
        const p = this.afterTrivia();
        if (this.char(p) !== '[') break;
        this.pos = p;
        const t = this.parseAttributeOrType();
        if (t.type === 'TypeConstraint') types.push(t.typeName);
        else types.push(t.typeName);
        this.skipNewlines();
        if (!this.expectOp(',')) break;
      }
      const catchBody = this.parseStatementBlock('MissingCatchHandlerBlock');
      catches.push({ types, body: catchBody, extent: this.extent(next.start) });
    }
    if (catches.length === 0 && !finallyBody) this.fail(this.peek(), 'MissingCatchOrFinally');
    return { type: 'Try', body, catches, ...(finallyBody ? { finallyBody } : {}), extent: this.extent(kw.start) };
  }

  private parseTrap(kw: { start: number; end: number }): TrapStatement {
    this.takeKeyword(kw);
    this.skipNewlines();
    let trapType: TypeName | undefined;
    const p = this.afterTrivia();
    if (this.char(p) === '[') {
      this.pos = p;
      trapType = this.parseAttributeOrType().typeName;
    }
    const body = this.parseStatementBlock('MissingTrapStatement');
    return { type: 'Trap', ...(trapType ? { trapType } : {}), body, extent: this.extent(kw.start) };
  }

  private parseData(kw: { start: number; end: number }): Statement {
    this.takeKeyword(kw);
    let variable: string | undefined;
    const supportedCommands: Expression[] = [];
    for (;;) {
      this.skipNewlines();
      const tok = this.peek('command');
      if (tok.op === '{' || endsCommand(tok)) break;
      if (tok.kind === 'Parameter') {
        this.take(tok);
        const arg = this.parseCommandArgument();
        if (arg.type === 'ArrayLiteral') supportedCommands.push(...arg.elements);
        else supportedCommands.push(arg);
      } else if (tok.kind === 'Generic' && variable === undefined) {
        this.take(tok);
        variable = tok.value ?? tok.text;
      } else this.unexpected(tok);
    }
    const body = this.parseStatementBlock('MissingStatementBlockForDataSection');
    return { type: 'Data', ...(variable !== undefined ? { variable } : {}), supportedCommands, body, extent: this.extent(kw.start) };
  }

  private parseUsingStatement(kw: { start: number; end: number }): UsingStatement {
    this.takeKeyword(kw);
    const kindTok = this.peek('command');
    const kindWord = (kindTok.value ?? kindTok.text).toLowerCase();
    if (kindTok.kind !== 'Generic' || !['namespace', 'module', 'assembly', 'type'].includes(kindWord)) {
      this.fail(kindTok, 'MissingUsingStatementDirective');
    }
    this.take(kindTok, 'Keyword');
    const kind = kindWord as UsingStatement['kind'];
    const nameTok = this.peek('command');
    if (endsCommand(nameTok)) this.fail(nameTok, 'MissingUsingItemName');
    if (nameTok.op === '@{') {
      const spec = this.parseHashtable();
      return { type: 'Using', kind, name: '', moduleSpecification: spec, extent: this.extent(kw.start) };
    }
    const nameExpr = this.parseCommandPrimary();
    let name = constantText(nameExpr) ?? this.text.slice(nameExpr.extent.start, nameExpr.extent.end);
    let alias: string | undefined;
    const eq = this.peek('command');
    if (eq.kind === 'Generic' && eq.value === '=') {
      this.take(eq);
      const target = this.parseCommandPrimary();
      alias = name;
      name = constantText(target) ?? this.text.slice(target.extent.start, target.extent.end);
    }
    return { type: 'Using', kind, name, ...(alias ? { alias } : {}), extent: this.extent(kw.start) };
  }

  private parseConfiguration(kw: { start: number; end: number }): Statement | undefined {
    // `configuration` is only a keyword when a name and a block follow.
    const nameStart = this.lexer.skipTrivia(kw.end);
    if (isNewline(this.char(nameStart)) || this.char(nameStart) === '') return undefined;
    this.takeKeyword(kw);
    const nameTok = this.peek('command');
    if (endsCommand(nameTok) || nameTok.op === '{') this.fail(nameTok, 'MissingConfigurationName');
    const name = this.parseCommandPrimary();
    this.skipNewlines();
    const open = this.peek();
    if (open.op !== '{') this.fail(open, 'MissingEndCurlyBrace');
    const body = this.parseScriptBlockExpression();
    return { type: 'ConfigurationDefinition', name, body, extent: this.extent(kw.start) };
  }

  // ------------------------------------------------------------------ functions and parameters

  private parseFunction(kw: KeywordSpan): FunctionDefinition {
    this.takeKeyword(kw);
    const nameStart = this.afterTrivia();
    let q = nameStart;
    while (q < this.text.length) {
      const c = this.text[q]!;
      if (isWhitespaceOrNewline(c) || c === '(' || c === '{') break;
      q = c === '`' ? this.lexer.escapeEnd(q) : q + 1;
    }
    if (q === nameStart) this.fail(this.peek(), 'MissingNameAfterKeyword', [kw.word]);
    let name = this.text.slice(nameStart, q);
    if (name.includes('`')) name = this.lexer.unescapeWord(nameStart, q);
    if (isQuote(name[0]!) && name.length > 1 && isQuote(name[name.length - 1]!)) name = name.slice(1, -1);
    this.takeSpan(nameStart, q, 'CommandName');
    this.skipNewlines();
    let parameters: Parameter[] | undefined;
    if (this.peek().op === '(') {
      parameters = this.parseParameterList('MissingEndParenthesisInFunctionParameterList');
      this.skipNewlines();
    }
    const open = this.peek();
    if (open.op !== '{') this.fail(open, 'MissingFunctionBody');
    const body = this.parseScriptBlockBodyInBraces();
    const node: FunctionDefinition = { type: 'FunctionDefinition', name, kind: kw.word as FunctionDefinition['kind'], body, extent: this.extent(kw.start) };
    if (parameters) node.parameters = parameters;
    return node;
  }

  /** `{ ... }` parsed as a script block body (param, named blocks...); the ScriptBlock's extent includes the braces. */
  private parseScriptBlockBodyInBraces(): ScriptBlock {
    const open = this.take(this.peek());
    const sb = this.parseScriptBody(open.start, '}');
    const close = this.peek('command');
    if (close.op === '}') this.take(close);
    else this.missingCloser(open.start, open.end, 'MissingEndCurlyBrace');
    sb.extent = this.extent(open.start);
    return sb;
  }

  /** Before an item of a parenthesised list: true when `)` closes it (taken); the end of input is `missing`. */
  private takeListEnd(open: LexToken, missing: ParserErrorId): boolean {
    this.skipNewlines();
    const tok = this.peek();
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
  private takeListSeparator(open: LexToken, missing: ParserErrorId): boolean {
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

  /** `( $a, [int] $b = 1 )` */
  private parseParameterList(closeMissing: ParserErrorId): Parameter[] {
    const open = this.take(this.peek());
    const parameters: Parameter[] = [];
    for (;;) {
      if (this.takeListEnd(open, closeMissing)) break;
      parameters.push(this.parseParameter());
      if (!this.takeListSeparator(open, closeMissing)) break;
    }
    return parameters;
  }

  private parseParameter(): Parameter {
    const start = this.afterTrivia();
    const attributes = this.parseAttributes();
    const tok = this.peek();
    if (tok.kind !== 'Variable') this.fail(tok, 'InvalidFunctionParameter');
    this.take(tok);
    const param: Parameter = { type: 'Parameter', name: tok.variable!.name, attributes, extent: this.extent(start) };
    const eq = this.peek();
    if (eq.op === '=') {
      this.take(eq);
      this.skipNewlines();
      param.defaultValue = this.parseRequiredExpression(eq, true);
    }
    param.extent = this.extent(start);
    return param;
  }

  // ------------------------------------------------------------------ classes and enums

  private tryAttributedTypeDefinition(start: number): Statement | undefined {
    const probe = this.lookahead('typedef', () => {
      const { keyword } = this.parseAttributesThenKeyword();
      return keyword !== undefined && ['class', 'enum', 'function', 'filter', 'configuration'].includes(keyword.word);
    });
    if (!probe) return undefined;
    this.pos = start;
    const { attributes, keyword } = this.parseAttributesThenKeyword();
    const kw = keyword!;
    if (kw.word === 'class' || kw.word === 'enum') return this.parseTypeDefinition(kw, attributes, start);
    const stmt = this.parseKeywordStatement(kw, undefined);
    return stmt;
  }

  private parseTypeDefinition(kw: KeywordSpan, attributes: AttributeBase[], start: number): TypeDefinition {
    this.takeKeyword(kw);
    const kind = kw.word as 'class' | 'enum';
    const nameStart = this.afterTrivia();
    let q = nameStart;
    while (isIdentifierChar(this.char(q)) || this.char(q) === '.') q++;
    if (q === nameStart) this.fail(this.peek(), 'MissingNameAfterKeyword', [kw.word]);
    const name = this.text.slice(nameStart, q);
    this.takeSpan(nameStart, q, 'TypeName');
    const baseTypes: TypeName[] = [];
    this.skipNewlines();
    if (this.char(this.afterTrivia()) === ':') {
      this.pos = this.afterTrivia() + 1;
      this.lastEnd = this.pos;
      for (;;) {
        this.skipNewlines();
        this.pos = this.afterTrivia();
        baseTypes.push(this.parseTypeName());
        this.skipNewlines();
        if (!this.expectOp(',')) break;
      }
    }
    this.skipNewlines();
    const open = this.peek();
    if (open.op !== '{') this.fail(open, 'MissingTypeBody', [kw.word]);
    this.take(open);
    const members: MemberDefinition[] = [];
    for (;;) {
      this.skipNewlinesAndSemicolons();
      const tok = this.peek();
      if (tok.op === '}') {
        this.take(tok);
        break;
      }
      if (tok.kind === 'EndOfInput') {
        this.missingCloser(open.start, open.end, 'MissingEndCurlyBrace');
        throw abort;
      }
      members.push(kind === 'enum' ? this.parseEnumMember() : this.parseClassMember(name));
    }
    return { type: 'TypeDefinition', kind, name, attributes, baseTypes, members, extent: this.extent(start) };
  }

  private parseEnumMember(): MemberDefinition {
    const start = this.afterTrivia();
    const attributes: AttributeBase[] = [];
    while (this.char(this.afterTrivia()) === '[') {
      this.pos = this.afterTrivia();
      attributes.push(this.parseAttributeOrType());
      this.skipNewlines();
    }
    const tok = this.peek();
    if (tok.kind !== 'Identifier') this.fail(tok, 'IncompleteMemberDefinition');
    this.take(tok, 'Member');
    const member: MemberDefinition = { type: 'EnumMember', name: tok.text, attributes, extent: this.extent(start) };
    const eq = this.peek();
    if (eq.op === '=') {
      this.take(eq);
      this.skipNewlines();
      member.initialValue = this.parseRequiredExpression(eq, false);
    }
    member.extent = this.extent(start);
    return member;
  }

  private parseClassMember(className: string): MemberDefinition {
    const start = this.afterTrivia();
    const attributes: AttributeBase[] = [];
    let isStatic = false;
    let isHidden = false;
    for (;;) {
      this.skipNewlines();
      const p = this.afterTrivia();
      if (this.char(p) === '[') {
        this.pos = p;
        attributes.push(this.parseAttributeOrType());
        continue;
      }
      const kw = this.keywordAt(p);
      if (kw && (kw.word === 'static' || kw.word === 'hidden')) {
        this.takeKeyword(kw);
        if (kw.word === 'static') isStatic = true;
        else isHidden = true;
        continue;
      }
      break;
    }
    // The last type constraint is the member's type; the rest are attributes.
    let memberType: TypeName | undefined;
    const lastType = [...attributes].reverse().find((a) => a.type === 'TypeConstraint');
    if (lastType) {
      memberType = lastType.typeName;
      attributes.splice(attributes.indexOf(lastType), 1);
    }
    const tok = this.peek();
    if (tok.kind === 'Variable') {
      this.take(tok);
      const prop: MemberDefinition = { type: 'PropertyMember', name: tok.variable!.name, attributes, isStatic, isHidden, extent: this.extent(start) };
      if (memberType) prop.propertyType = memberType;
      const eq = this.peek();
      if (eq.op === '=') {
        this.take(eq);
        this.skipNewlines();
        prop.initialValue = this.parseRequiredExpression(eq, false);
      }
      const end = this.peek('command');
      if (!isStatementEnd(end)) this.fail(end, 'MissingPropertyTerminator');
      prop.extent = this.extent(start);
      return prop;
    }
    if (tok.kind !== 'Identifier') this.fail(tok, 'IncompleteMemberDefinition');
    this.take(tok, 'Member');
    const name = tok.text;
    const open = this.peek();
    if (open.op !== '(') this.fail(open, 'MissingMethodParameterList');
    const parameters = this.parseParameterList('MissingEndParenthesisInFunctionParameterList');
    const isConstructor = name.toLowerCase() === className.toLowerCase();
    let baseArguments: Expression[] | undefined;
    this.skipNewlines();
    if (this.char(this.afterTrivia()) === ':') {
      this.pos = this.afterTrivia() + 1;
      this.lastEnd = this.pos;
      this.skipNewlines();
      const base = this.peek();
      if (base.kind !== 'Identifier' || !['base', 'this'].includes(base.text.toLowerCase())) this.fail(base, 'MissingBaseCtorCall');
      this.take(base, 'Keyword');
      this.skipNewlines();
      const args = this.peek();
      if (args.op !== '(') this.fail(args, 'MissingBaseCtorCall');
      baseArguments = this.parseInvocationArguments();
      this.skipNewlines();
    }
    const bodyOpen = this.peek();
    if (bodyOpen.op !== '{') this.fail(bodyOpen, 'MissingFunctionBody');
    const body = this.parseScriptBlockBodyInBraces();
    const method: FunctionMember = {
      type: 'FunctionMember',
      name,
      attributes,
      isStatic,
      isHidden,
      isConstructor,
      parameters,
      body,
      extent: this.extent(start),
    };
    if (memberType) method.returnType = memberType;
    if (baseArguments) method.baseArguments = baseArguments;
    return method;
  }

  // ================================================================== pipelines

  private parsePipelineChain(): PipelineBase {
    const start = this.afterTrivia();
    const left = this.parsePipeline();
    if (left.type === 'Assignment') return left;
    let chain: Pipeline | PipelineChain = left;
    for (;;) {
      const tok = this.peek('command');
      if (tok.op !== '&&' && tok.op !== '||') break;
      this.take(tok);
      this.skipNewlines();
      const next = this.peek('command');
      if (noPipelineFollows(next)) this.fail(next, 'EmptyPipelineChainElement');
      const right = this.parsePipeline();
      if (right.type === 'Assignment') this.fail(tok, 'UnexpectedToken', [tok.text]);
      chain = { type: 'PipelineChain', left: chain, operator: tok.op as '&&' | '||', right, background: false, extent: this.extent(start) };
    }
    const amp = this.peek('command');
    if (amp.op === '&') {
      this.take(amp);
      chain.background = true;
      chain.extent = this.extent(start);
    }
    return chain;
  }

  private parsePipeline(): Pipeline | AssignmentStatement {
    const start = this.afterTrivia();
    const elements: (Command | CommandExpression)[] = [];
    if (this.isExpressionStart(start)) {
      const expr = this.parseExpression();
      const tok = this.peek();
      if (tok.kind === 'Operator' && tok.op && assignmentOperators.has(tok.op)) {
        if (!isAssignable(expr)) {
          this.ctx.error('InvalidLeftHandSide', [], expr.extent.start, expr.extent.end, false);
          throw abort;
        }
        this.take(tok);
        this.skipNewlines();
        const next = this.peek('command');
        if (noPipelineFollows(next)) this.fail(next, 'ExpectedValueExpression', [tok.text]);
        const right = this.parseStatement();
        return { type: 'Assignment', left: expr, operator: tok.op as AssignmentOperator, right, extent: this.extent(start) };
      }
      const redirections = this.parseRedirections();
      elements.push({ type: 'CommandExpression', expression: expr, redirections, extent: this.extent(start) });
    } else {
      elements.push(this.parseCommand());
    }
    for (;;) {
      let tok = this.peek('command');
      if (tok.kind === 'NewLine' && this.leadingPipeFollows()) {
        this.skipNewlines();
        tok = this.peek('command');
      }
      if (tok.op !== '|') break;
      this.take(tok);
      this.skipNewlines();
      const next = this.peek('command');
      if (noPipelineFollows(next)) this.fail(next, 'EmptyPipeElement');
      const elementStart = this.afterTrivia();
      if (this.isExpressionStart(elementStart)) {
        const expr = this.parseExpression();
        this.ctx.error('ExpressionsMustBeFirstInPipeline', [], expr.extent.start, expr.extent.end, false);
        elements.push({ type: 'CommandExpression', expression: expr, redirections: this.parseRedirections(), extent: this.extent(elementStart) });
      } else {
        elements.push(this.parseCommand());
      }
    }
    return { type: 'Pipeline', elements, background: false, extent: this.extent(start) };
  }

  /** PowerShell 7: a line starting with `|` continues the pipeline of the line before. */
  private leadingPipeFollows(): boolean {
    let q = this.pos;
    for (;;) {
      q = this.lexer.skipTrivia(q);
      const c = this.char(q);
      if (isNewline(c)) q++;
      else return c === '|' && this.char(q + 1) !== '|';
    }
  }

  /** Decides whether a pipeline element starting at `p` is an expression or a command. */
  private isExpressionStart(p: number): boolean {
    const c = this.char(p);
    const c1 = this.char(p + 1);
    if (c === '$') return c1 === '(' || c1 === '{' || c1 === '$' || c1 === '^' || isVariableChar(c1);
    if (c === '(' || c === '[' || c === '{' || c === '!' || c === ',') return true;
    if (isQuote(c)) return true;
    if (c === '@') return c1 === '(' || c1 === '{' || isQuote(c1) || isVariableChar(c1);
    // At the start of a statement a number ends at an operator (`1..10`, `2+2`), unlike in an
    // argument, where `1..10` is a bareword; `7z.exe` stays a command.
    if (isDigit(c) || (c === '.' && isDigit(c1))) return this.lexer.scanNumber(p, 'expression') !== undefined;
    if (isDash(c)) {
      if (isDash(c1)) return this.char(p + 2) === '$';
      if (isDigit(c1) || (c1 === '.' && isDigit(this.char(p + 2)))) return this.lexer.scanNumber(p + 1, 'expression') !== undefined;
      if (c1 === '$' || c1 === '(' || c1 === '[') return true;
      if (isBlank(c1)) return this.operandFollows(p + 1);
      if (isIdentifierStart(c1)) {
        let q = p + 1;
        while (isIdentifierChar(this.char(q))) q++;
        const op = '-' + this.text.slice(p + 1, q).toLowerCase();
        const d = this.char(q);
        return unaryDashOperators.has(op) && (d === '' || isWhitespaceOrNewline(d) || d === '$' || d === '(' || isQuote(d) || d === '@' || d === '[');
      }
      return false;
    }
    if (c === '+') {
      if (c1 === '+') return this.char(p + 2) === '$';
      if (isBlank(c1)) return this.operandFollows(p + 1);
      return isDigit(c1) || c1 === '$' || c1 === '(';
    }
    return false;
  }

  /** `- $y`: a sign, blanks, then a variable, number or parenthesis is an expression. */
  private operandFollows(p: number): boolean {
    let q = p;
    while (isBlank(this.char(q))) q++;
    const c = this.char(q);
    return c === '$' || c === '(' || isDigit(c);
  }

  private parseRedirections(): Redirection[] {
    const redirections: Redirection[] = [];
    for (;;) {
      const p = this.afterTrivia();
      const tok = this.lexer.scanRedirection(p);
      if (!tok) return redirections;
      redirections.push(this.parseRedirection(tok));
    }
  }

  private parseRedirection(tok: LexToken): Redirection {
    this.take(tok);
    if (tok.op === '<') this.fail(tok, 'RedirectionNotSupported', ['<']);
    const r = tok.redirection!;
    if (r.mergeTo) {
      return { type: 'MergingRedirection', from: r.from, to: 'output', extent: this.extent(tok.start) };
    }
    const next = this.peek('command');
    if (endsCommand(next)) this.fail(next, 'MissingFileSpecification');
    const target = this.parseCommandPrimary();
    return { type: 'FileRedirection', from: r.from, append: r.append, target, extent: this.extent(tok.start) };
  }

  // ================================================================== commands

  private parseCommand(): Command {
    const start = this.afterTrivia();
    const elements: CommandElement[] = [];
    const redirections: Redirection[] = [];
    let invocationOperator: '&' | '.' | undefined;
    const c = this.char(start);
    const c1 = this.char(start + 1);
    if (c === '&' && c1 !== '&') {
      invocationOperator = '&';
      this.takeSpan(start, start + 1, 'Operator');
    } else if (c === '.' && (c1 === '' || isBlank(c1) || c1 === '{' || c1 === '(' || c1 === '$' || isQuote(c1))) {
      invocationOperator = '.';
      this.takeSpan(start, start + 1, 'Operator');
    }
    if (invocationOperator) {
      const next = this.peek('command');
      if (endsCommand(next)) this.fail(next, 'MissingExpression', [invocationOperator]);
      elements.push(this.parseCommandPrimary());
    } else {
      const tok = this.peek('command');
      if (tok.kind === 'Generic' || tok.kind === 'Parameter' || tok.kind === 'Number') {
        this.take(tok, 'CommandName');
        elements.push(this.bareword(tok));
      } else if (tok.kind === 'Redirection') {
        // `> file` with no command: PowerShell accepts an empty command only with a redirection.
        redirections.push(this.parseRedirection(tok));
      } else {
        this.unexpected(tok);
      }
    }
    for (;;) {
      const tok = this.peek('command');
      if (endsCommand(tok)) break;
      if (tok.kind === 'Redirection') {
        redirections.push(this.parseRedirection(tok));
        continue;
      }
      if (tok.kind === 'Parameter') {
        this.take(tok);
        const param: CommandParameter = { type: 'CommandParameter', name: tok.parameter!.name, hasColon: tok.parameter!.hasColon, extent: this.extent(tok.start) };
        if (tok.parameter!.hasColon) {
          const next = this.peek('command');
          if (!endsCommand(next) && next.kind !== 'Parameter') {
            param.argument = this.parseCommandArgument();
            param.extent = this.extent(tok.start);
          }
        }
        elements.push(param);
        continue;
      }
      if (tok.kind === 'StopParsing') {
        this.take(tok);
        let q = tok.end;
        while (q < this.text.length && !isNewline(this.text[q]!) && this.text[q] !== '|') q++;
        const raw = this.text.slice(tok.end, q);
        this.takeSpan(tok.end, q, 'Generic');
        elements.push({ type: 'StringConstant', value: raw.replace(/^\s+/, ''), quoteKind: 'bare', extent: this.extent(tok.start) });
        continue;
      }
      if (tok.op === ',') {
        this.take(tok);
        this.skipNewlines();
        const operand = this.parseCommandPrimary();
        elements.push({ type: 'Unary', operator: ',', operand, extent: this.extent(tok.start) });
        continue;
      }
      elements.push(this.parseCommandArgument());
    }
    return { type: 'Command', ...(invocationOperator ? { invocationOperator } : {}), elements, redirections, extent: this.extent(start) };
  }

  private bareword(tok: LexToken): StringConstant | Expression {
    const extent = this.ctx.source.extent(tok.start, tok.end);
    if (tok.kind === 'Number') return { type: 'StringConstant', value: tok.text, quoteKind: 'bare', extent };
    if (tok.kind === 'Parameter') return { type: 'StringConstant', value: tok.text, quoteKind: 'bare', extent };
    if (tok.parts) return { type: 'ExpandableString', parts: tok.parts, quoteKind: 'bare', extent };
    return { type: 'StringConstant', value: tok.value ?? tok.text, quoteKind: 'bare', extent };
  }

  /** A command argument, with `a,b,c` making an array. */
  private parseCommandArgument(): Expression {
    const start = this.afterTrivia();
    const first = this.parseCommandPrimary();
    const sep = this.peek('command');
    if (sep.op !== ',') return first;
    const elements: Expression[] = [first];
    while (this.peek('command').op === ',') {
      const comma = this.take(this.peek('command'));
      this.skipNewlines();
      const next = this.peek('command');
      if (endsCommand(next) || next.op === ',') this.fail(next, 'MissingExpressionAfterToken', [comma.text]);
      elements.push(this.parseCommandPrimary());
    }
    const arr: ArrayLiteral = { type: 'ArrayLiteral', elements, extent: this.extent(start) };
    return arr;
  }

  /** One argument in command mode: bareword, number, string, variable (with members), `(...)`, `{...}`. */
  private parseCommandPrimary(): Expression {
    const tok = this.peek('command');
    switch (tok.kind) {
      case 'Generic':
        this.take(tok);
        return this.bareword(tok);
      case 'Parameter':
        this.take(tok, 'Generic');
        return this.bareword(tok);
      case 'Number':
        this.take(tok);
        return this.numberNode(tok);
      case 'String':
      case 'ExpandableString':
      case 'HereString':
      case 'ExpandableHereString':
        this.take(tok);
        return this.parsePostfix(this.stringNode(tok), true);
      case 'Variable':
      case 'SplattedVariable':
        this.take(tok);
        return this.parsePostfix(this.lexer.variableNode(tok), true);
      case 'Punctuation':
        switch (tok.op) {
          case '(': return this.parsePostfix(this.parseParen(), true);
          case '$(': return this.parsePostfix(this.parseSubExpression(), true);
          case '@(': return this.parsePostfix(this.parseArrayExpression(), true);
          case '@{': return this.parsePostfix(this.parseHashtable(), true);
          case '{': return this.parsePostfix(this.parseScriptBlockExpression(), true);
        }
        break;
    }
    this.unexpected(tok);
  }

  // ================================================================== expressions

  private parseExpression(noComma = false): Expression {
    const start = this.afterTrivia();
    const condition = this.parseBinary(1, noComma);
    const q = this.peek();
    if (q.op !== '?') return condition;
    this.take(q);
    this.skipNewlines();
    const ifTrue = this.parseRequiredExpression(q, noComma);
    this.skipNewlines();
    const colon = this.peek();
    if (colon.op !== ':') this.fail(colon, 'MissingColonInTernaryExpression');
    this.take(colon);
    this.skipNewlines();
    const ifFalse = this.parseRequiredExpression(colon, noComma);
    return { type: 'Ternary', condition, ifTrue, ifFalse, extent: this.extent(start) };
  }

  /** An expression that must follow `after` (an operator or `=`). */
  private parseRequiredExpression(after: LexToken, noComma: boolean): Expression {
    const tok = this.peek();
    if (!this.canStartExpression(tok)) this.fail(tok, 'ExpectedValueExpression', [after.text]);
    return this.parseExpression(noComma);
  }

  private canStartExpression(tok: LexToken): boolean {
    switch (tok.kind) {
      case 'Number':
      case 'String':
      case 'ExpandableString':
      case 'HereString':
      case 'ExpandableHereString':
      case 'Variable':
      case 'SplattedVariable':
        return true;
      case 'Punctuation':
        return tok.op === '(' || tok.op === '$(' || tok.op === '@(' || tok.op === '@{' || tok.op === '{' || tok.op === '[' || tok.op === ',';
      case 'Operator':
        return tok.op === '!' || tok.op === '-' || tok.op === '+' || tok.op === '++' || tok.op === '--' || (tok.op !== undefined && unaryDashOperators.has(tok.op));
      default:
        return false;
    }
  }

  private parseBinary(minPrec: number, noComma: boolean): Expression {
    const start = this.afterTrivia();
    let left = this.parseArrayLiteral(noComma);
    for (;;) {
      const tok = this.peek();
      if (tok.kind !== 'Operator' || tok.op === undefined) break;
      const prec = binaryPrecedence.get(tok.op);
      if (prec === undefined || prec < minPrec) break;
      this.take(tok);
      this.skipNewlines();
      const next = this.peek();
      if (!this.canStartExpression(next)) this.fail(next, 'ExpectedValueExpression', [tok.text]);
      const right = this.parseBinary(prec + 1, noComma);
      left = { type: 'Binary', operator: tok.op, left, right, extent: this.extent(start) };
    }
    return left;
  }

  private parseArrayLiteral(noComma: boolean): Expression {
    const start = this.afterTrivia();
    const first = this.parseUnary();
    if (noComma || this.peek().op !== ',') return first;
    const elements: Expression[] = [first];
    while (this.peek().op === ',') {
      const comma = this.take(this.peek());
      this.skipNewlines();
      const next = this.peek();
      if (!this.canStartExpression(next)) this.fail(next, 'MissingExpressionAfterToken', [comma.text]);
      elements.push(this.parseUnary());
    }
    return { type: 'ArrayLiteral', elements, extent: this.extent(start) };
  }

  private parseUnary(): Expression {
    const tok = this.peek();
    const start = tok.start;
    if (tok.kind === 'Operator' && tok.op !== undefined) {
      const op = tok.op;
      if (op === '!' || op === '-' || op === '+' || op === '++' || op === '--' || unaryDashOperators.has(op)) {
        this.take(tok);
        if (op !== '-' && op !== '+') this.skipNewlines();
        const next = this.peek();
        if (!this.canStartExpression(next)) this.fail(next, 'MissingExpressionAfterOperator', [tok.text]);
        const operand = this.parseUnary();
        if (op === '-' && operand.type === 'Number' && operand.extent.start === tok.end) {
          return { ...operand, value: -operand.value, text: '-' + operand.text, extent: this.extent(start) };
        }
        return { type: 'Unary', operator: op as UnaryOperator, operand, extent: this.extent(start) };
      }
    }
    if (tok.op === ',') {
      this.take(tok);
      this.skipNewlines();
      const next = this.peek();
      if (!this.canStartExpression(next)) this.fail(next, 'MissingExpressionAfterOperator', [',']);
      const operand = this.parseUnary();
      return { type: 'Unary', operator: ',', operand, extent: this.extent(start) };
    }
    if (tok.op === '[') return this.parseTypeExpression();
    const primary = this.parsePostfix(this.parsePrimary(), false);
    // `$i ++` (with a blank) is still a postfix increment when nothing follows it.
    const after = this.peek();
    if ((after.op === '++' || after.op === '--') && after.spaceBefore && isStatementEnd(this.lexer.scan(after.end, 'expression'))) {
      this.take(after);
      return { type: 'Unary', operator: after.op === '++' ? 'post++' : 'post--', operand: primary, extent: this.extent(start) };
    }
    return primary;
  }

  /** `[int]$x` (cast), `[int]` (type literal), `[ValidateNotNull()]$x` (attributed). */
  private parseTypeExpression(): Expression {
    const start = this.afterTrivia();
    this.pos = start;
    const attr = this.parseAttributeOrType();
    if (attr.type === 'Attribute') {
      this.skipNewlines();
      const next = this.peek();
      if (!this.canStartExpression(next)) this.fail(next, 'UnexpectedAttribute', [attr.typeName.name]);
      const child = this.parseUnary();
      return { type: 'Attributed', attribute: attr, child, extent: this.extent(start) };
    }
    const typeName = attr.typeName;
    const c = this.char(this.pos);
    const c1 = this.char(this.pos + 1);
    const literal = (): Expression => this.parsePostfix({ type: 'TypeLiteral', typeName, extent: this.extent(start) }, false);
    if ((c === '.' && c1 !== '.') || (c === ':' && c1 === ':')) return literal();
    const next = this.peek();
    let isCast = false;
    switch (next.kind) {
      case 'Number':
      case 'String':
      case 'ExpandableString':
      case 'HereString':
      case 'ExpandableHereString':
      case 'Variable':
      case 'SplattedVariable':
        isCast = true;
        break;
      case 'Punctuation':
        isCast = next.op === '(' || next.op === '$(' || next.op === '@(' || next.op === '@{' || next.op === '{' || next.op === '[';
        break;
      case 'Operator':
        if (next.op === '!' || next.op === '++' || next.op === '--' || (next.op !== undefined && unaryDashOperators.has(next.op) && next.op !== '-join')) isCast = true;
        else if ((next.op === '-' || next.op === '+') && !isWhitespaceOrNewline(this.char(next.end)) && !next.spaceBefore) isCast = true;
        break;
    }
    if (!isCast) return literal();
    const operand = this.parseUnary();
    return { type: 'Convert', typeName, operand, extent: this.extent(start) };
  }

  private parsePrimary(): Expression {
    const tok = this.peek();
    switch (tok.kind) {
      case 'Number':
        this.take(tok);
        return this.numberNode(tok);
      case 'String':
      case 'ExpandableString':
      case 'HereString':
      case 'ExpandableHereString':
        this.take(tok);
        return this.stringNode(tok);
      case 'Variable':
      case 'SplattedVariable':
        this.take(tok);
        return this.lexer.variableNode(tok);
      case 'Punctuation':
        switch (tok.op) {
          case '(': return this.parseParen();
          case '$(': return this.parseSubExpression();
          case '@(': return this.parseArrayExpression();
          case '@{': return this.parseHashtable();
          case '{': return this.parseScriptBlockExpression();
        }
        break;
      case 'EndOfInput':
        this.fail(tok, 'ExpectedValueExpression', ['']);
    }
    this.unexpected(tok);
  }

  /** Member access, method calls, indexing and postfix `++`/`--`, which must touch their target. */
  private parsePostfix(target: Expression, commandMode: boolean): Expression {
    const start = target.extent.start;
    let expr = target;
    for (;;) {
      const p = this.pos;
      const c = this.char(p);
      const c1 = this.char(p + 1);
      let isStatic = false;
      let nullConditional = false;
      let opLength = 0;
      if (c === '.' && c1 !== '.') opLength = 1;
      else if (c === ':' && c1 === ':') {
        opLength = 2;
        isStatic = true;
      } else if (c === '?' && c1 === '.') {
        opLength = 2;
        nullConditional = true;
      } else if (c === '[' || (c === '?' && c1 === '[')) {
        nullConditional = c === '?';
        if (commandMode && c === '[' && expr.type === 'StringConstant') break;
        const open = nullConditional ? p + 1 : p;
        this.takeSpan(p, open + 1, 'Punctuation');
        this.skipNewlines();
        const first = this.peek();
        if (first.op === ']') this.fail(first, 'MissingArrayIndexExpression');
        const index = this.parseExpression();
        this.skipNewlines();
        const close = this.peek();
        if (close.op !== ']') {
          this.missingCloser(open, open + 1, 'MissingEndSquareBracket');
          throw abort;
        }
        this.take(close);
        expr = { type: 'Index', target: expr, index, nullConditional, extent: this.extent(start) };
        continue;
      } else if (!commandMode && ((c === '+' && c1 === '+') || (isDash(c) && isDash(c1)))) {
        // Postfix ++/-- only when not followed by an operand (`$i++`, not `$i --$j`).
        this.takeSpan(p, p + 2, 'Operator');
        expr = { type: 'Unary', operator: c === '+' ? 'post++' : 'post--', operand: expr, extent: this.extent(start) };
        continue;
      } else break;
      if (commandMode && opLength === 1 && !this.memberNameStarts(p + 1)) break;
      if (!commandMode && opLength === 1 && expr.type === 'Number' && !isIdentifierStart(this.char(p + 1))) break;
      this.takeSpan(p, p + opLength, 'Operator');
      // Fluent style: in an expression the member may follow on a later line (`$s.` ⏎ `Length`).
      if (!commandMode) this.skipBlanksAndNewlines();
      const member = this.parseMemberName();
      // Generic method arguments: `.Method[string]()`.
      const genericArguments: TypeName[] = this.char(this.pos) === '[' ? this.tryGenericMethodArguments() : [];
      if (this.char(this.pos) === '{' && !commandMode) {
        // `$list.Where{ $_ -gt 1 }`: a script block argument without parentheses.
        const block = this.parseScriptBlockExpression();
        expr = { type: 'InvokeMember', target: expr, member, arguments: [block], genericArguments, isStatic, nullConditional, extent: this.extent(start) };
      } else if (this.char(this.pos) === '(') {
        const args = this.parseInvocationArguments();
        expr = { type: 'InvokeMember', target: expr, member, arguments: args, genericArguments, isStatic, nullConditional, extent: this.extent(start) };
      } else {
        expr = { type: 'Member', target: expr, member, isStatic, nullConditional, extent: this.extent(start) };
      }
    }
    return expr;
  }

  /** `[T1, T2]` right before `(` after a method name; nothing (position kept) otherwise. */
  private tryGenericMethodArguments(): TypeName[] {
    const start = this.pos;
    const ok = this.lookahead('generic-method', () => {
      this.parseAttributeOrType();
      return this.char(this.pos) === '(';
    });
    if (!ok) return [];
    this.pos = start;
    // Reuse the type-name rule: `Method[string, int]` reads like a generic type's argument list.
    this.takeSpan(start, start + 1, 'Punctuation');
    const args: TypeName[] = [];
    for (;;) {
      this.pos = this.lexer.skipTrivia(this.pos);
      if (this.char(this.pos) === '[') {
        const open = this.pos;
        this.takeSpan(open, open + 1, 'Punctuation');
        args.push(this.parseTypeName());
        this.expectCloseBracket(open);
      } else args.push(this.parseTypeName());
      this.pos = this.lexer.skipTrivia(this.pos);
      const d = this.char(this.pos);
      this.takeSpan(this.pos, this.pos + 1, 'Punctuation');
      if (d !== ',') break;
    }
    return args;
  }

  private memberNameStarts(p: number): boolean {
    const c = this.char(p);
    return isIdentifierStart(c) || c === '$' || isQuote(c) || c === '(' || c === '@' || c === '{' || isDigit(c);
  }

  private parseMemberName(): Expression {
    const p = this.pos;
    const c = this.char(p);
    if (isIdentifierStart(c) || isDigit(c)) {
      let q = p;
      while (isIdentifierChar(this.char(q))) q++;
      this.takeSpan(p, q, 'Member');
      return { type: 'StringConstant', value: this.text.slice(p, q), quoteKind: 'bare', extent: this.extent(p) };
    }
    const tok = this.lexer.scan(p, 'expression');
    if (tok.start !== p) this.fail(tok, 'MissingPropertyName');
    switch (tok.kind) {
      case 'Variable':
        this.take(tok);
        return this.lexer.variableNode(tok);
      case 'String':
      case 'ExpandableString':
      case 'HereString':
      case 'ExpandableHereString':
        this.take(tok);
        return this.stringNode(tok);
      case 'Punctuation':
        if (tok.op === '(') return this.parseParen();
        if (tok.op === '$(') return this.parseSubExpression();
        if (tok.op === '@(') return this.parseArrayExpression();
        // `$o.{name}`: PowerShell accepts a script block as the member name.
        if (tok.op === '{') return this.parseScriptBlockExpression();
        break;
    }
    this.fail(tok, 'MissingPropertyName');
  }

  /** `( arg, arg )` of a method call; commas separate arguments rather than build arrays. */
  private parseInvocationArguments(): Expression[] {
    const open = this.take(this.peek());
    const args: Expression[] = [];
    this.skipNewlines();
    if (this.peek().op === ')') {
      this.take(this.peek());
      return args;
    }
    for (;;) {
      this.skipNewlines();
      const tok = this.peek();
      if (!this.canStartExpression(tok)) {
        if (tok.kind === 'EndOfInput') {
          this.missingCloser(open.start, open.end, 'MissingEndParenthesisInMethodCall');
          throw abort;
        }
        this.fail(tok, 'MissingExpressionAfterToken', [',']);
      }
      args.push(this.parseExpression(true));
      if (!this.takeListSeparator(open, 'MissingEndParenthesisInMethodCall')) return args;
    }
  }

  private parseParen(): Expression {
    const open = this.take(this.peek());
    this.skipNewlines();
    const first = this.peek('command');
    if (first.op === ')') this.fail(first, 'ExpectedExpression');
    if (first.kind === 'EndOfInput') {
      this.missingCloser(open.start, open.end, 'MissingEndParenthesisInExpression');
      throw abort;
    }
    const pipeline = this.parseStatement();
    this.skipNewlines();
    const close = this.peek();
    if (close.op !== ')') this.missingCloseParen(open, 'MissingEndParenthesisInExpression');
    this.take(close);
    return { type: 'Paren', pipeline, extent: this.extent(open.start) };
  }

  private parseSubExpression(): SubExpression {
    const open = this.take(this.peek());
    const body = this.parseParenStatements(open);
    return { type: 'SubExpression', body, extent: this.extent(open.start) };
  }

  private parseArrayExpression(): Expression {
    const open = this.take(this.peek());
    const body = this.parseParenStatements(open);
    return { type: 'ArrayExpression', body, extent: this.extent(open.start) };
  }

  private parseParenStatements(open: LexToken): StatementBlock {
    const list = this.parseStatementList(')');
    const close = this.peek('command');
    if (close.op !== ')') this.missingCloseParen(open, 'MissingEndParenthesisInSubexpression');
    this.take(close);
    return { type: 'StatementBlock', statements: list.statements, traps: list.traps, extent: this.extent(open.start) };
  }

  /** Entry used by the tokenizer for `$( ... )` inside strings. */
  parseSubExpressionAt(dollarPos: number): { node: SubExpression; end: number } {
    this.pos = dollarPos;
    const open = this.lexer.scan(dollarPos, 'expression');
    this.take(open);
    const list = this.parseStatementList(')');
    const close = this.peek('command');
    if (close.op === ')') this.take(close);
    else this.missingCloser(open.start, open.end, 'MissingEndParenthesisInSubexpression');
    const body: StatementBlock = { type: 'StatementBlock', statements: list.statements, traps: list.traps, extent: this.extent(dollarPos) };
    return { node: { type: 'SubExpression', body, extent: this.extent(dollarPos) }, end: this.pos };
  }

  private parseHashtable(): HashtableExpression {
    const open = this.take(this.peek());
    const entries: HashtableExpression['entries'] = [];
    for (;;) {
      this.skipNewlinesAndSemicolons();
      const tok = this.peek();
      if (tok.op === '}') {
        this.take(tok);
        break;
      }
      if (tok.kind === 'EndOfInput') this.incompleteHash();
      const entryStart = tok.start;
      const key = this.parseHashKey();
      this.skipNewlines();
      const eq = this.peek();
      if (eq.op !== '=') {
        if (eq.kind === 'EndOfInput') this.incompleteHash();
        this.fail(eq, 'MissingEqualsInHashLiteral');
      }
      this.take(eq);
      this.skipNewlines();
      const valueTok = this.peek('command');
      if (isStatementEnd(valueTok)) this.fail(valueTok, 'MissingStatementInHashLiteral');
      const value = this.parseStatement();
      entries.push({ key, value, extent: this.extent(entryStart) });
      const sep = this.peek('command');
      if (sep.kind === 'NewLine' || sep.op === ';' || sep.op === '}') continue;
      this.incompleteHash();
    }
    return { type: 'Hashtable', entries, extent: this.extent(open.start) };
  }

  /** PowerShell's error for a hash literal that stops early: after its last entry (or `@{`). */
  private incompleteHash(): never {
    const atEnd = this.onlyBlankLinesFrom(this.pos);
    this.ctx.error('IncompleteHashLiteral', [], this.lastEnd, this.lastEnd, atEnd);
    throw abort;
  }

  private parseHashKey(): Expression {
    const p = this.afterTrivia();
    const c = this.char(p);
    if (isIdentifierStart(c)) {
      let q = p;
      while (isIdentifierChar(this.char(q)) || (isDash(this.char(q)) && isIdentifierChar(this.char(q + 1)))) q++;
      this.takeSpan(p, q, 'Member');
      return { type: 'StringConstant', value: this.text.slice(p, q), quoteKind: 'bare', extent: this.extent(p) };
    }
    const tok = this.peek();
    if (tok.op === '=') this.fail(tok, 'MissingKeyInHashLiteral');
    return this.parseUnary();
  }

  private parseScriptBlockExpression(): ScriptBlockExpression {
    const open = this.peek();
    const scriptBlock = this.parseScriptBlockBodyInBraces();
    const closeEnd = this.lastEnd;
    const innerEnd = this.text[closeEnd - 1] === '}' ? closeEnd - 1 : closeEnd;
    return { type: 'ScriptBlockExpression', scriptBlock, text: this.text.slice(open.end, innerEnd), extent: this.extent(open.start) };
  }

  // ================================================================== types and attributes

  /** `[Name]`, `[Name(args)]` at the current position (which is at `[`). */
  private parseAttributeOrType(): AttributeBase {
    const start = this.pos;
    this.takeSpan(start, start + 1, 'Punctuation');
    this.pos = this.lexer.skipTrivia(this.pos);
    const typeName = this.parseTypeName();
    this.pos = this.lexer.skipTrivia(this.pos);
    if (this.char(this.pos) === ',') this.skipAssemblyName();
    if (this.char(this.pos) === '(') {
      // An attribute, not a type: re-tag its name for highlighting.
      this.ctx.recordToken('Attribute', typeName.name, typeName.extent.start, typeName.extent.start + typeName.name.length);
      const { positional, named } = this.parseAttributeArguments();
      this.skipNewlines();
      this.expectCloseBracket(start);
      const attr: Attribute = { type: 'Attribute', typeName, positionalArguments: positional, namedArguments: named, extent: this.extent(start) };
      return attr;
    }
    this.expectCloseBracket(start);
    return { type: 'TypeConstraint', typeName, extent: this.extent(start) };
  }

  /** `[Type, Assembly, Version=...]`: the assembly part is kept out of the type name. */
  private skipAssemblyName(): void {
    let q = this.pos;
    while (q < this.text.length && this.text[q] !== ']' && !isNewline(this.text[q]!)) q++;
    this.takeSpan(this.pos, q, 'TypeName');
  }

  private expectCloseBracket(start: number): void {
    const p = this.lexer.skipTrivia(this.pos);
    if (this.char(p) !== ']') {
      const tok = this.lexer.scan(this.pos, 'expression');
      if (tok.kind === 'EndOfInput') this.ctx.error('EndSquareBracketExpectedAtEndOfAttribute', [], start, start + 1, true);
      else this.report(tok, 'EndSquareBracketExpectedAtEndOfAttribute');
      throw abort;
    }
    this.takeSpan(p, p + 1, 'Punctuation');
  }

  private parseAttributeArguments(): { positional: Expression[]; named: Attribute['namedArguments'] } {
    const open = this.take(this.peek());
    const positional: Expression[] = [];
    const named: Attribute['namedArguments'] = [];
    for (;;) {
      if (this.takeListEnd(open, 'MissingEndParenthesisInExpression')) break;
      const tok = this.peek();
      if (tok.kind === 'Identifier') {
        const after = this.lexer.scan(tok.end, 'expression');
        if (after.op === '=' ) {
          this.take(tok, 'Member');
          this.take(after);
          this.skipNewlines();
          const value = this.parseRequiredExpression(after, true);
          named.push({ name: tok.text, value, extent: this.extent(tok.start) });
        } else {
          this.take(tok, 'Member');
          named.push({ name: tok.text, extent: this.extent(tok.start) });
        }
      } else {
        positional.push(this.parseExpression(true));
      }
      if (!this.takeListSeparator(open, 'MissingEndParenthesisInExpression')) break;
    }
    return { positional, named };
  }

  /** A type name at the current position: `string`, `System.Collections.Generic.List[string]`, `int[]`, `int[,]`. */
  private parseTypeName(): TypeName {
    const start = this.pos;
    let q = start;
    if (isIdentifierStart(this.char(q))) {
      while (isIdentifierChar(this.char(q)) || ('.+`'.includes(this.char(q)) && this.char(q) !== '')) q++;
    }
    if (q === start) {
      const tok = this.lexer.scan(this.pos, 'expression');
      if (tok.kind === 'EndOfInput') this.ctx.error('MissingTypename', [], start - 1, start, true);
      else this.report(tok, 'MissingTypename');
      throw abort;
    }
    const name = this.text.slice(start, q);
    this.takeSpan(start, q, 'TypeName');
    const node: TypeName = { type: 'TypeName', name, genericArguments: [], arrayRank: 0, extent: this.extent(start) };
    while (this.char(this.pos) === '[') {
      let r = this.lexer.skipTrivia(this.pos + 1);
      const c = this.char(r);
      if (c === ']' || c === ',') {
        let rank = 1;
        while (this.char(r) === ',') {
          rank++;
          r = this.lexer.skipTrivia(r + 1);
        }
        if (this.char(r) !== ']') {
          this.ctx.error('EndSquareBracketExpectedAtEndOfAttribute', [], r, r + 1, r >= this.text.length);
          throw abort;
        }
        node.arrayRank = rank;
        this.takeSpan(this.pos, r + 1, 'TypeName');
        continue;
      }
      if (node.genericArguments.length > 0 || node.arrayRank > 0) break;
      // Generic arguments.
      this.takeSpan(this.pos, this.pos + 1, 'Punctuation');
      for (;;) {
        this.skipNewlines();
        this.pos = this.lexer.skipTrivia(this.pos);
        if (this.char(this.pos) === '[') {
          const inner = this.pos;
          this.takeSpan(inner, inner + 1, 'Punctuation');
          this.pos = this.lexer.skipTrivia(this.pos);
          node.genericArguments.push(this.parseTypeName());
          // Assembly-qualified names inside brackets: skip to the closing bracket.
          let s = this.pos;
          while (s < this.text.length && this.text[s] !== ']') s++;
          if (this.char(s) !== ']') {
            this.ctx.error('EndSquareBracketExpectedAtEndOfAttribute', [], inner, inner + 1, true);
            throw abort;
          }
          this.takeSpan(this.pos, s + 1, 'Punctuation');
        } else {
          node.genericArguments.push(this.parseTypeName());
        }
        this.pos = this.lexer.skipTrivia(this.pos);
        const d = this.char(this.pos);
        if (d === ',') {
          this.takeSpan(this.pos, this.pos + 1, 'Punctuation');
          continue;
        }
        if (d === ']') {
          this.takeSpan(this.pos, this.pos + 1, 'Punctuation');
          break;
        }
        this.ctx.error('EndSquareBracketExpectedAtEndOfAttribute', [], this.pos, this.pos + 1, d === '');
        throw abort;
      }
    }
    node.extent = this.extent(start);
    return node;
  }

  // ================================================================== literals

  private numberNode(tok: LexToken): Expression {
    return { type: 'Number', value: tok.number!.value, numberType: tok.number!.numberType, text: tok.text, extent: this.ctx.source.extent(tok.start, tok.end) };
  }

  private stringNode(tok: LexToken): Expression {
    const extent = this.ctx.source.extent(tok.start, tok.end);
    const quoteKind = tok.quoteKind ?? 'double';
    if (tok.parts) return { type: 'ExpandableString', parts: tok.parts, quoteKind: quoteKind as 'bare' | 'double' | 'double-here', extent };
    return { type: 'StringConstant', value: tok.value ?? '', quoteKind, extent };
  }
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

/** `Get-A & Get-B`: a trailing `&` ends the statement like `;` does. */
function endsWithBackground(stmt: Statement): boolean {
  if (stmt.type === 'Pipeline' || stmt.type === 'PipelineChain') return stmt.background;
  if (stmt.type === 'Assignment') return endsWithBackground(stmt.right);
  return false;
}

function constantText(expr: Expression): string | undefined {
  return expr.type === 'StringConstant' ? expr.value : undefined;
}

function emptyScript(text: string, ctx: ParseContext): ScriptBlock {
  return { type: 'ScriptBlock', usings: [], requires: [], extent: ctx.source.extent(0, text.length) };
}

/** Parses PowerShell source. Never throws: problems come back as `errors`. */
export function parse(text: string, fileName?: string): ParseResult {
  void fileName;
  const ctx = new ParseContext(text);
  ctx.parseSubExpression = (dollarPos, insideDoubleQuotes) => new Parser(ctx, dollarPos, insideDoubleQuotes).parseSubExpressionAt(dollarPos);
  let ast: ScriptBlock;
  try {
    ast = new Parser(ctx, 0).parseScript();
  } catch (e) {
    // Nesting too deep for the stack, or a parser bug: report it rather than crash.
    ctx.speculating = 0;
    ctx.error(e instanceof RangeError ? 'ScriptTooComplicated' : 'UnrecoverableParserError', [], 0, 0, false);
    ast = emptyScript(text, ctx);
  }
  ast.requires = ctx.requiresLines.sort((a, b) => a.start - b.start).map((r) => r.text);
  const errors = ctx.errors;
  return { ast, tokens: ctx.tokens, errors, incomplete: errors.length > 0 && errors.every((e) => e.incompleteInput) };
}
