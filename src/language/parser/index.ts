// PowerShell 7 recursive-descent parser. Its rules are named after those of PowerShell's own parser
// (statement list, pipeline, command, expression...) and grouped by grammar area, one module each;
// docs/parser.md maps them. Errors are collected with their extents and PowerShell's wording; a
// statement that cannot be parsed becomes an ErrorStatement and parsing resumes at the next line, so
// one typo does not hide the rest of a script.

import type { ParseResult, ScriptBlock } from '../ast.js';
import { ParseContext } from '../context.js';
import { ParserState } from './parser-state.js';
import { parseSubExpressionAt } from './primary.js';
import { parseScript } from './script-blocks.js';

function emptyScript(text: string, ctx: ParseContext): ScriptBlock {
  return { type: 'ScriptBlock', usings: [], requires: [], extent: ctx.source.extent(0, text.length) };
}

/** Parses PowerShell source. Never throws: problems come back as `errors`. */
export function parse(text: string, fileName?: string): ParseResult {
  void fileName;
  const ctx = new ParseContext(text);
  ctx.parseSubExpression = (dollarPos, insideDoubleQuotes) => parseSubExpressionAt(new ParserState(ctx, dollarPos, insideDoubleQuotes), dollarPos);
  let ast: ScriptBlock;
  try {
    ast = parseScript(new ParserState(ctx, 0));
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
