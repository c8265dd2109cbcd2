// Types and attributes: `[type]` and `[Attribute(args)]` ahead of parameters and definitions, type
// names with generic arguments and array ranks, and `.Method[T]()` generic method arguments.

import type { Attribute, AttributeBase, Expression, TypeName } from '../ast.js';
import { isIdentifierChar, isIdentifierStart, isNewline } from '../chars.js';
import { type ParserState, abort, type KeywordSpan } from './parser-state.js';
import { parseExpression, parseRequiredExpression } from './expressions.js';

/** Attributes and type constraints (`[CmdletBinding()]`, `[int]`) ahead of a parameter, param block or type definition. */
export function parseAttributes(ps: ParserState): AttributeBase[] {
  const attributes: AttributeBase[] = [];
  for (;;) {
    ps.skipNewlines();
    const p = ps.afterTrivia();
    if (ps.char(p) !== '[') break;
    ps.pos = p;
    attributes.push(parseAttributeOrType(ps));
  }
  return attributes;
}

/** A param block and a class, enum or function definition may carry attributes before their keyword. */
export function parseAttributesThenKeyword(ps: ParserState): { attributes: AttributeBase[]; keyword: KeywordSpan | undefined } {
  const attributes = parseAttributes(ps);
  ps.skipNewlines();
  return { attributes, keyword: ps.keywordAt(ps.afterTrivia()) };
}

/** `[T1, T2]` right before `(` after a method name; nothing (position kept) otherwise. */
export function tryGenericMethodArguments(ps: ParserState): TypeName[] {
  const start = ps.pos;
  const ok = ps.lookahead('generic-method', () => {
    parseAttributeOrType(ps);
    return ps.char(ps.pos) === '(';
  });
  if (!ok) return [];
  ps.pos = start;
  // Reuse the type-name rule: `Method[string, int]` reads like a generic type's argument list.
  ps.takeSpan(start, start + 1, 'Punctuation');
  const args: TypeName[] = [];
  for (;;) {
    ps.pos = ps.lexer.skipTrivia(ps.pos);
    if (ps.char(ps.pos) === '[') {
      const open = ps.pos;
      ps.takeSpan(open, open + 1, 'Punctuation');
      args.push(parseTypeName(ps));
      expectCloseBracket(ps);
    } else args.push(parseTypeName(ps));
    ps.pos = ps.lexer.skipTrivia(ps.pos);
    const d = ps.char(ps.pos);
    ps.takeSpan(ps.pos, ps.pos + 1, 'Punctuation');
    if (d !== ',') break;
  }
  return args;
}

/** `[Name]`, `[Name(args)]` at the current position (which is at `[`). */
export function parseAttributeOrType(ps: ParserState): AttributeBase {
  const start = ps.pos;
  ps.takeSpan(start, start + 1, 'Punctuation');
  ps.pos = ps.lexer.skipTrivia(ps.pos);
  const typeName = parseTypeName(ps);
  ps.pos = ps.lexer.skipTrivia(ps.pos);
  if (ps.char(ps.pos) === ',') skipAssemblyName(ps);
  if (ps.char(ps.pos) === '(') {
    // An attribute, not a type: re-tag its name for highlighting.
    ps.ctx.recordToken('Attribute', typeName.name, typeName.extent.start, typeName.extent.start + typeName.name.length);
    const { positional, named } = parseAttributeArguments(ps);
    ps.skipNewlines();
    expectCloseBracket(ps);
    const attr: Attribute = { type: 'Attribute', typeName, positionalArguments: positional, namedArguments: named, extent: ps.extent(start) };
    return attr;
  }
  expectCloseBracket(ps);
  return { type: 'TypeConstraint', typeName, extent: ps.extent(start) };
}

/** `[Type, Assembly, Version=...]`: the assembly part is kept out of the type name. */
function skipAssemblyName(ps: ParserState): void {
  let q = ps.pos;
  while (q < ps.text.length && ps.text[q] !== ']' && !isNewline(ps.text[q]!)) q++;
  ps.takeSpan(ps.pos, q, 'TypeName');
}

function expectCloseBracket(ps: ParserState): void {
  const p = ps.lexer.skipTrivia(ps.pos);
  if (ps.char(p) !== ']') missingCloseBracket(ps);
  ps.takeSpan(p, p + 1, 'Punctuation');
}

/**
 * PowerShell points at the character before the token found (`[int $a` marks the blank, `[int'5'`
 * the `t`), or at the end of the text; only an unclosed generic argument list there is incomplete
 * input (`pwsh -c '[int'` prints the error, `pwsh -c '[List[int'` waits for more).
 */
function missingCloseBracket(ps: ParserState, incompleteAtEnd = false): never {
  const next = ps.lexer.skipTrivia(ps.pos);
  if (ps.onlyBlankLinesFrom(next)) ps.ctx.error('EndSquareBracketExpectedAtEndOfAttribute', [], ps.lastEnd, ps.lastEnd, incompleteAtEnd);
  else ps.ctx.error('EndSquareBracketExpectedAtEndOfAttribute', [], Math.max(0, next - 1), Math.max(0, next - 1), false);
  throw abort;
}

function parseAttributeArguments(ps: ParserState): { positional: Expression[]; named: Attribute['namedArguments'] } {
  const open = ps.take(ps.peek());
  const positional: Expression[] = [];
  const named: Attribute['namedArguments'] = [];
  for (let afterComma = false; ; afterComma = true) {
    if (ps.takeListEnd(open, 'MissingEndParenthesisInExpression', afterComma)) break;
    const tok = ps.peek();
    if (tok.op === ']') {
      // `[Parameter(]`: the `)` is missing right after what came before.
      ps.ctx.error('MissingEndParenthesisInExpression', [], ps.lastEnd, ps.lastEnd, false);
      throw abort;
    }
    if (tok.kind === 'Identifier') {
      const after = ps.lexer.scan(tok.end, 'expression');
      if (after.op === '=' ) {
        ps.take(tok, 'Member');
        ps.take(after);
        ps.skipNewlines();
        const valueTok = ps.peek();
        if (valueTok.op === ']' || valueTok.op === ')' || valueTok.op === ',' || valueTok.kind === 'EndOfInput') {
          ps.fail(valueTok, 'MissingExpressionInNamedArgument');
        }
        const value = parseRequiredExpression(ps, after, true);
        named.push({ name: tok.text, value, extent: ps.extent(tok.start) });
      } else {
        ps.take(tok, 'Member');
        named.push({ name: tok.text, extent: ps.extent(tok.start) });
      }
    } else {
      positional.push(parseExpression(ps, true));
    }
    if (!ps.takeListSeparator(open, 'MissingEndParenthesisInExpression')) break;
  }
  return { positional, named };
}

/** A type name at the current position: `string`, `System.Collections.Generic.List[string]`, `int[]`, `int[,]`. */
export function parseTypeName(ps: ParserState): TypeName {
  const start = ps.pos;
  let q = start;
  if (isIdentifierStart(ps.char(q))) {
    while (isIdentifierChar(ps.char(q)) || ('.+`'.includes(ps.char(q)) && ps.char(q) !== '')) q++;
  }
  if (q === start) {
    const tok = ps.lexer.scan(ps.pos, 'expression');
    if (tok.kind === 'EndOfInput') ps.ctx.error('MissingTypename', [], start - 1, start, true);
    else ps.report(tok, 'MissingTypename');
    throw abort;
  }
  const name = ps.text.slice(start, q);
  ps.takeSpan(start, q, 'TypeName');
  const node: TypeName = { type: 'TypeName', name, genericArguments: [], arrayRank: 0, extent: ps.extent(start) };
  while (ps.char(ps.pos) === '[') {
    let r = ps.lexer.skipTrivia(ps.pos + 1);
    const c = ps.char(r);
    if (c === ']' || c === ',') {
      let rank = 1;
      while (ps.char(r) === ',') {
        rank++;
        r = ps.lexer.skipTrivia(r + 1);
      }
      if (ps.char(r) !== ']') missingCloseBracket(ps);
      node.arrayRank = rank;
      ps.takeSpan(ps.pos, r + 1, 'TypeName');
      continue;
    }
    if (node.genericArguments.length > 0 || node.arrayRank > 0) break;
    // Generic arguments.
    ps.takeSpan(ps.pos, ps.pos + 1, 'Punctuation');
    for (;;) {
      ps.skipNewlines();
      ps.pos = ps.lexer.skipTrivia(ps.pos);
      if (ps.char(ps.pos) === '[') {
        const inner = ps.pos;
        ps.takeSpan(inner, inner + 1, 'Punctuation');
        ps.pos = ps.lexer.skipTrivia(ps.pos);
        node.genericArguments.push(parseTypeName(ps));
        // Assembly-qualified names inside brackets: skip to the closing bracket.
        let s = ps.pos;
        while (s < ps.text.length && ps.text[s] !== ']') s++;
        if (ps.char(s) !== ']') missingCloseBracket(ps, true);
        ps.takeSpan(ps.pos, s + 1, 'Punctuation');
      } else {
        node.genericArguments.push(parseTypeName(ps));
      }
      ps.pos = ps.lexer.skipTrivia(ps.pos);
      const d = ps.char(ps.pos);
      if (d === ',') {
        ps.takeSpan(ps.pos, ps.pos + 1, 'Punctuation');
        continue;
      }
      if (d === ']') {
        ps.takeSpan(ps.pos, ps.pos + 1, 'Punctuation');
        break;
      }
      missingCloseBracket(ps, true);
    }
  }
  node.extent = ps.extent(start);
  return node;
}
