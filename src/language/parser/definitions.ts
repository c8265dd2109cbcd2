// Definitions: functions and filters with their parameter lists, classes and enums with their
// members, and DSC configurations.

import type { AttributeBase, Expression, FunctionDefinition, FunctionMember, MemberDefinition, Parameter, Statement, TypeDefinition, TypeName } from '../ast.js';
import { isIdentifierChar, isIdentifierStart, isNewline, isQuote, isWhitespaceOrNewline } from '../chars.js';
import type { ParserErrorId } from '../messages.js';
import { isStatementEnd, endsCommand } from './terminators.js';
import { type ParserState, abort, type KeywordSpan } from './parser-state.js';
import { parseCommandPrimary } from './commands.js';
import { parseRequiredExpression } from './expressions.js';
import { parseInvocationArguments } from './member-access.js';
import { parseScriptBlockExpression } from './primary.js';
import { parseScriptBlockBodyInBraces } from './script-blocks.js';
import { parseKeywordStatement } from './statements.js';
import { parseAttributeOrType, parseAttributes, parseAttributesThenKeyword, parseTypeName } from './types-attributes.js';

export function parseFunction(ps: ParserState, kw: KeywordSpan): FunctionDefinition {
  ps.takeKeyword(kw);
  const nameStart = ps.afterTrivia();
  let q = nameStart;
  while (q < ps.text.length) {
    const c = ps.text[q]!;
    if (isWhitespaceOrNewline(c) || c === '(' || c === '{') break;
    q = c === '`' ? ps.lexer.escapeEnd(q) : q + 1;
  }
  if (q === nameStart) ps.fail(ps.peek(), 'MissingNameAfterKeyword', [kw.word]);
  let name = ps.text.slice(nameStart, q);
  if (name.includes('`')) name = ps.lexer.unescapeWord(nameStart, q);
  if (isQuote(name[0]!) && name.length > 1 && isQuote(name[name.length - 1]!)) name = name.slice(1, -1);
  ps.takeSpan(nameStart, q, 'CommandName');
  ps.skipNewlines();
  let parameters: Parameter[] | undefined;
  if (ps.peek().op === '(') {
    parameters = parseParameterList(ps, 'MissingEndParenthesisInFunctionParameterList');
    ps.skipNewlines();
  }
  const open = ps.peek();
  if (open.op !== '{') ps.fail(open, 'MissingFunctionBody');
  const body = parseScriptBlockBodyInBraces(ps);
  const node: FunctionDefinition = { type: 'FunctionDefinition', name, kind: kw.word as FunctionDefinition['kind'], body, extent: ps.extent(kw.start) };
  if (parameters) node.parameters = parameters;
  return node;
}

/** `( $a, [int] $b = 1 )` */
export function parseParameterList(ps: ParserState, closeMissing: ParserErrorId): Parameter[] {
  const open = ps.take(ps.peek());
  const parameters: Parameter[] = [];
  for (let afterComma = false; ; afterComma = true) {
    if (ps.takeListEnd(open, closeMissing, afterComma)) break;
    parameters.push(parseParameter(ps, closeMissing));
    if (!ps.takeListSeparator(open, closeMissing)) break;
  }
  return parameters;
}

function parseParameter(ps: ParserState, closeMissing: ParserErrorId): Parameter {
  const start = ps.afterTrivia();
  const attributes = parseAttributes(ps);
  const tok = ps.peek();
  // Without attributes, what is not a variable ends the list early: `function f( {` is a missing `)`.
  if (tok.kind !== 'Variable') ps.fail(tok, attributes.length > 0 ? 'InvalidFunctionParameter' : closeMissing);
  ps.take(tok);
  const param: Parameter = { type: 'Parameter', name: tok.variable!.name, attributes, extent: ps.extent(start) };
  const eq = ps.peek();
  if (eq.op === '=') {
    ps.take(eq);
    ps.skipNewlines();
    const value = ps.peek();
    if (value.op === ')' || value.op === ',') ps.fail(value, 'MissingExpressionAfterToken', ['=']);
    param.defaultValue = parseRequiredExpression(ps, eq, true);
  }
  param.extent = ps.extent(start);
  return param;
}

export function tryAttributedTypeDefinition(ps: ParserState, start: number): Statement | undefined {
  const probe = ps.lookahead('typedef', () => {
    const { keyword } = parseAttributesThenKeyword(ps);
    return keyword !== undefined && ['class', 'enum', 'function', 'filter', 'configuration'].includes(keyword.word);
  });
  if (!probe) return undefined;
  ps.pos = start;
  const { attributes, keyword } = parseAttributesThenKeyword(ps);
  const kw = keyword!;
  if (kw.word === 'class' || kw.word === 'enum') return parseTypeDefinition(ps, kw, attributes, start);
  const stmt = parseKeywordStatement(ps, kw, undefined);
  return stmt;
}

export function parseTypeDefinition(ps: ParserState, kw: KeywordSpan, attributes: AttributeBase[], start: number): TypeDefinition {
  ps.takeKeyword(kw);
  const kind = kw.word as 'class' | 'enum';
  const nameStart = ps.afterTrivia();
  let q = nameStart;
  while (isIdentifierChar(ps.char(q)) || ps.char(q) === '.') q++;
  if (q === nameStart) ps.fail(ps.peek(), 'MissingNameAfterKeyword', [kw.word]);
  const name = ps.text.slice(nameStart, q);
  ps.takeSpan(nameStart, q, 'TypeName');
  const baseTypes: TypeName[] = [];
  ps.skipNewlines();
  if (ps.char(ps.afterTrivia()) === ':') {
    ps.pos = ps.afterTrivia() + 1;
    ps.lastEnd = ps.pos;
    for (;;) {
      ps.skipNewlines();
      ps.pos = ps.afterTrivia();
      if (!isIdentifierStart(ps.char(ps.pos))) {
        // `class C : {`: pwsh points right after the `:` or `,`.
        ps.ctx.error('TypeNameExpected', [], ps.lastEnd, ps.lastEnd, ps.peek().kind === 'EndOfInput');
        throw abort;
      }
      baseTypes.push(parseTypeName(ps));
      ps.skipNewlines();
      if (!ps.expectOp(',')) break;
    }
  }
  ps.skipNewlines();
  const open = ps.peek();
  if (open.op !== '{') ps.fail(open, 'MissingTypeBody', [kw.word]);
  ps.take(open);
  const members: MemberDefinition[] = [];
  for (;;) {
    ps.skipNewlinesAndSemicolons();
    const tok = ps.peek();
    if (tok.op === '}') {
      ps.take(tok);
      break;
    }
    if (tok.kind === 'EndOfInput') {
      ps.missingCloser(open.start, open.end, 'MissingEndCurlyBrace');
      throw abort;
    }
    members.push(kind === 'enum' ? parseEnumMember(ps) : parseClassMember(ps, name));
  }
  return { type: 'TypeDefinition', kind, name, attributes, baseTypes, members, extent: ps.extent(start) };
}

function parseEnumMember(ps: ParserState): MemberDefinition {
  const start = ps.afterTrivia();
  const attributes: AttributeBase[] = [];
  while (ps.char(ps.afterTrivia()) === '[') {
    ps.pos = ps.afterTrivia();
    attributes.push(parseAttributeOrType(ps));
    ps.skipNewlines();
  }
  const tok = ps.peek();
  if (tok.kind !== 'Identifier') ps.fail(tok, 'IncompleteMemberDefinition');
  ps.take(tok, 'Member');
  const member: MemberDefinition = { type: 'EnumMember', name: tok.text, attributes, extent: ps.extent(start) };
  const eq = ps.peek();
  if (eq.op === '=') {
    ps.take(eq);
    ps.skipNewlines();
    member.initialValue = parseRequiredExpression(ps, eq, false);
  }
  const end = ps.peek('command');
  if (!isStatementEnd(end)) ps.fail(end, 'MissingPropertyTerminator');
  member.extent = ps.extent(start);
  return member;
}

function parseClassMember(ps: ParserState, className: string): MemberDefinition {
  const start = ps.afterTrivia();
  const attributes: AttributeBase[] = [];
  let isStatic = false;
  let isHidden = false;
  for (;;) {
    ps.skipNewlines();
    const p = ps.afterTrivia();
    if (ps.char(p) === '[') {
      ps.pos = p;
      attributes.push(parseAttributeOrType(ps));
      continue;
    }
    const kw = ps.keywordAt(p);
    if (kw && (kw.word === 'static' || kw.word === 'hidden')) {
      ps.takeKeyword(kw);
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
  const tok = ps.peek();
  if (tok.kind === 'Variable') {
    ps.take(tok);
    const prop: MemberDefinition = { type: 'PropertyMember', name: tok.variable!.name, attributes, isStatic, isHidden, extent: ps.extent(start) };
    if (memberType) prop.propertyType = memberType;
    const eq = ps.peek();
    if (eq.op === '=') {
      ps.take(eq);
      // pwsh accepts `[int]$x =` with nothing after it, as a property without an initial value.
      ps.skipNewlines();
      if (!isStatementEnd(ps.peek('command'))) prop.initialValue = parseRequiredExpression(ps, eq, false);
    }
    const end = ps.peek('command');
    if (!isStatementEnd(end)) ps.fail(end, 'MissingPropertyTerminator');
    prop.extent = ps.extent(start);
    return prop;
  }
  if (tok.kind !== 'Identifier') ps.fail(tok, 'IncompleteMemberDefinition');
  ps.take(tok, 'Member');
  const name = tok.text;
  const open = ps.peek();
  if (open.op !== '(') ps.fail(open, 'MissingMethodParameterList');
  const parameters = parseParameterList(ps, 'MissingEndParenthesisInFunctionParameterList');
  const isConstructor = name.toLowerCase() === className.toLowerCase();
  let baseArguments: Expression[] | undefined;
  ps.skipNewlines();
  if (ps.char(ps.afterTrivia()) === ':') {
    ps.pos = ps.afterTrivia() + 1;
    ps.lastEnd = ps.pos;
    ps.skipNewlines();
    const base = ps.peek();
    if (base.kind !== 'Identifier' || !['base', 'this'].includes(base.text.toLowerCase())) ps.fail(base, 'MissingBaseCtorCall');
    ps.take(base, 'Keyword');
    ps.skipNewlines();
    const args = ps.peek();
    if (args.op !== '(') ps.fail(args, 'MissingBaseCtorCall');
    baseArguments = parseInvocationArguments(ps);
    ps.skipNewlines();
  }
  const bodyOpen = ps.peek();
  if (bodyOpen.op !== '{') ps.fail(bodyOpen, 'MissingFunctionBody');
  const body = parseScriptBlockBodyInBraces(ps);
  const method: FunctionMember = {
    type: 'FunctionMember',
    name,
    attributes,
    isStatic,
    isHidden,
    isConstructor,
    parameters,
    body,
    extent: ps.extent(start),
  };
  if (memberType) method.returnType = memberType;
  if (baseArguments) method.baseArguments = baseArguments;
  return method;
}

export function parseConfiguration(ps: ParserState, kw: { start: number; end: number }): Statement | undefined {
  // `configuration` is only a keyword when a name and a block follow.
  const nameStart = ps.lexer.skipTrivia(kw.end);
  if (isNewline(ps.char(nameStart)) || ps.char(nameStart) === '') return undefined;
  ps.takeKeyword(kw);
  const nameTok = ps.peek('command');
  if (endsCommand(nameTok) || nameTok.op === '{') ps.fail(nameTok, 'MissingConfigurationName');
  const name = parseCommandPrimary(ps);
  ps.skipNewlines();
  const open = ps.peek();
  if (open.op !== '{') ps.fail(open, 'MissingEndCurlyBrace');
  const body = parseScriptBlockExpression(ps);
  return { type: 'ConfigurationDefinition', name, body, extent: ps.extent(kw.start) };
}
