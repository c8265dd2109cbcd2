// Parse errors as pwsh 7.6.10 reports them: the first error its parser finds (the one a
// ParseException shows), with its id, wording, line, column and width — a width of 0 is a point just
// after what came before (`[int` marks the end of `int`), as pwsh reports a missing piece. Each row
// was checked with [Parser]::ParseInput in pwsh 7.6.10.

import { describe, expect, test } from 'vitest';
import { parse } from '../../src/language/parser.js';

interface Example {
  source: string;
  errorId: string;
  message: string;
  line: number;
  column: number;
  width: number;
  incomplete: boolean;
}

const examples: Example[] = [
  { source: 'if ($true {', errorId: 'UnexpectedToken', message: 'Unexpected token \'{\' in expression or statement.', line: 1, column: 11, width: 1, incomplete: false },
  { source: '$x = [int\'5\'', errorId: 'EndSquareBracketExpectedAtEndOfAttribute', message: 'Missing ] at end of attribute or type literal.', line: 1, column: 9, width: 0, incomplete: false },
  { source: '[int', errorId: 'EndSquareBracketExpectedAtEndOfAttribute', message: 'Missing ] at end of attribute or type literal.', line: 1, column: 5, width: 0, incomplete: false },
  { source: 'function f { param([int $a) }', errorId: 'EndSquareBracketExpectedAtEndOfAttribute', message: 'Missing ] at end of attribute or type literal.', line: 1, column: 24, width: 0, incomplete: false },
  { source: '@{a=1;a=2}', errorId: 'DuplicateKeyInHashLiteral', message: 'Duplicate keys \'a\' are not allowed in hash literals.', line: 1, column: 7, width: 1, incomplete: false },
  { source: '@{a=1; \'A\'=2}', errorId: 'DuplicateKeyInHashLiteral', message: 'Duplicate keys \'A\' are not allowed in hash literals.', line: 1, column: 8, width: 3, incomplete: false },
  { source: '@\'x\'@', errorId: 'UnexpectedCharactersAfterHereStringHeader', message: 'No characters are allowed after a here-string header but before the end of the line.', line: 1, column: 3, width: 1, incomplete: false },
  { source: '(1;2)', errorId: 'MissingEndParenthesisInExpression', message: 'Missing closing \')\' in expression.', line: 1, column: 3, width: 0, incomplete: false },
  { source: '$a = (1\n$b = 2', errorId: 'MissingEndParenthesisInExpression', message: 'Missing closing \')\' in expression.', line: 1, column: 8, width: 0, incomplete: false },
  { source: 'if ( { } ; while ( { }', errorId: 'MissingEndParenthesisAfterStatement', message: 'Missing closing \')\' after expression in \'if\' statement.', line: 1, column: 10, width: 1, incomplete: false },
  { source: '@{a', errorId: 'MissingEqualsInHashLiteral', message: 'Missing \'=\' operator after key in hash literal.', line: 1, column: 4, width: 0, incomplete: false },
  { source: '@{a=1; b}', errorId: 'MissingEqualsInHashLiteral', message: 'Missing \'=\' operator after key in hash literal.', line: 1, column: 9, width: 0, incomplete: false },
  { source: '&', errorId: 'MissingExpression', message: 'Missing expression after \'&\' in pipeline element.', line: 1, column: 1, width: 1, incomplete: false },
  { source: '1 >', errorId: 'MissingFileSpecification', message: 'Missing file specification after redirection operator.', line: 1, column: 4, width: 0, incomplete: false },
  { source: '| 1', errorId: 'EmptyPipeElement', message: 'An empty pipe element is not allowed.', line: 1, column: 1, width: 1, incomplete: false },
  { source: '1; using namespace System', errorId: 'UsingMustBeAtStartOfScript', message: 'A \'using\' statement must appear before any other statements in a script.', line: 1, column: 4, width: 22, incomplete: false },
  { source: 'try { } catch { } catch [System.Exception] { }', errorId: 'EmptyCatchNotLast', message: 'Catch block must be the last catch block.', line: 1, column: 18, width: 0, incomplete: false },
  { source: 'switch (1) { default { 1 } default { 2 } }', errorId: 'MultipleSwitchDefaultClauses', message: 'A switch statement can have only one default clause.', line: 1, column: 28, width: 7, incomplete: false },
  { source: 'switch -foo (1) { }', errorId: 'InvalidSwitchFlag', message: 'The parameter foo is not valid for the switch statement.', line: 1, column: 8, width: 4, incomplete: false },
  { source: 'function f { param($a,) }', errorId: 'MissingExpressionAfterToken', message: 'Missing expression after \',\'.', line: 1, column: 23, width: 0, incomplete: false },
  { source: 'function f($a { }', errorId: 'MissingEndParenthesisInFunctionParameterList', message: 'Missing \')\' in function parameter list.', line: 1, column: 14, width: 0, incomplete: false },
  { source: 'function f {\n  param(\n    [int]$a\n    [int]$b\n  )\n}', errorId: 'MissingEndParenthesisInFunctionParameterList', message: 'Missing \')\' in function parameter list.', line: 3, column: 12, width: 0, incomplete: false },
  { source: 'class C { [int] }', errorId: 'IncompleteMemberDefinition', message: 'Missing a property name or method definition.', line: 1, column: 16, width: 0, incomplete: false },
  { source: '[Parameter(]', errorId: 'MissingEndParenthesisInExpression', message: 'Missing closing \')\' in expression.', line: 1, column: 12, width: 0, incomplete: false },
  { source: '[Parameter(Mandatory=]', errorId: 'MissingExpressionInNamedArgument', message: 'Missing statement after \'=\' in named argument.', line: 1, column: 22, width: 0, incomplete: false },
  { source: 'begin { } 1', errorId: 'MissingNamedBlocks', message: 'unexpected token \'1\', expected \'begin\', \'process\', \'end\', \'clean\', or \'dynamicparam\'.', line: 1, column: 11, width: 1, incomplete: false },
  { source: 'workflow w { }', errorId: 'WorkflowNotSupportedInPowerShellCore', message: 'Workflow is not supported in PowerShell 6+.', line: 1, column: 1, width: 14, incomplete: false },
  { source: '"`u{zz}"', errorId: 'InvalidUnicodeEscapeSequence', message: 'The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing \'}\'.', line: 1, column: 5, width: 1, incomplete: false },
  { source: '"`u{110000}"', errorId: 'InvalidUnicodeEscapeSequenceValue', message: 'The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.', line: 1, column: 5, width: 6, incomplete: false },
  { source: '"`u{1234567}"', errorId: 'TooManyDigitsInUnicodeEscapeSequence', message: 'The Unicode escape sequence contains more than the maximum of six hex digits between braces.', line: 1, column: 11, width: 1, incomplete: false },
  { source: 'class C { C() : base( { } }', errorId: 'MissingEndParenthesisInMethodCall', message: 'Missing \')\' in method call.', line: 1, column: 26, width: 0, incomplete: false },
  { source: 'function f {\n  if ($x {\n}', errorId: 'UnexpectedToken', message: 'Unexpected token \'{\' in expression or statement.', line: 2, column: 10, width: 1, incomplete: false },
  { source: '$x = 1 -bogus 2; $y = 3 -zz 4', errorId: 'UnexpectedToken', message: 'Unexpected token \'-bogus\' in expression or statement.', line: 1, column: 8, width: 6, incomplete: false },
  { source: '[System.Collections.Generic.List[int', errorId: 'EndSquareBracketExpectedAtEndOfAttribute', message: 'Missing ] at end of attribute or type literal.', line: 1, column: 37, width: 0, incomplete: true },
];

describe('the first parse error is the one pwsh shows', () => {
  test.each(examples)('$source', (x) => {
    const error = parse(x.source).errors[0];
    expect(error, `no error for ${x.source}`).toBeDefined();
    const e = error!;
    expect({ errorId: e.errorId, message: e.message, line: e.extent.line, column: e.extent.column, width: e.extent.end - e.extent.start, incomplete: e.incompleteInput }).toEqual({
      errorId: x.errorId,
      message: x.message,
      line: x.line,
      column: x.column,
      width: x.width,
      incomplete: x.incomplete,
    });
  });
});

describe('errors come in the order the parser finds them, not by position', () => {
  test('an unclosed brace is found after the error inside it', () => {
    // pwsh's ErrorList starts with the `{` on line 2; the unclosed `{` of line 1 comes later.
    const ids = parse('function f {\n  if ($x {\n}').errors.map((e) => `${e.errorId}@${e.extent.line}`);
    expect(ids[0]).toBe('UnexpectedToken@2');
    expect(ids.indexOf('MissingEndCurlyBrace@1')).toBeGreaterThan(0);
  });
});
