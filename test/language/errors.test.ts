// Syntax errors as PowerShell reports them: its error id, its wording, the position it points at,
// and whether more input could complete the text (the REPL's continuation prompt).

import { describe, expect, test } from 'vitest';
import { parse } from '../../src/language/parser.js';

interface Case {
  source: string;
  errorId: string;
  message: string;
  line: number;
  column: number;
  incomplete: boolean;
}

const cases: Case[] = [
  { source: 'if ($x) {', errorId: 'MissingEndCurlyBrace', message: "Missing closing '}' in statement block or type definition.", line: 1, column: 9, incomplete: true },
  { source: '$f = { Get-Date )', errorId: 'MissingEndCurlyBrace', message: "Missing closing '}' in statement block or type definition.", line: 1, column: 6, incomplete: false },
  { source: '"abc', errorId: 'TerminatorExpectedAtEndOfString', message: 'The string is missing the terminator: ".', line: 1, column: 1, incomplete: true },
  { source: "Write-Host 'abc", errorId: 'TerminatorExpectedAtEndOfString', message: "The string is missing the terminator: '.", line: 1, column: 12, incomplete: true },
  { source: '$s = @"\nline', errorId: 'TerminatorExpectedAtEndOfString', message: 'The string is missing the terminator: "@.', line: 1, column: 6, incomplete: true },
  { source: '$a -eq', errorId: 'ExpectedValueExpression', message: "You must provide a value expression following the '-eq' operator.", line: 1, column: 7, incomplete: true },
  { source: '1 +\n', errorId: 'ExpectedValueExpression', message: "You must provide a value expression following the '+' operator.", line: 1, column: 4, incomplete: true },
  { source: '$x =', errorId: 'ExpectedValueExpression', message: "You must provide a value expression following the '=' operator.", line: 1, column: 5, incomplete: true },
  { source: 'Get-Mailbox |', errorId: 'EmptyPipeElement', message: 'An empty pipe element is not allowed.', line: 1, column: 14, incomplete: true },
  { source: 'Get-Mailbox | | Select', errorId: 'EmptyPipeElement', message: 'An empty pipe element is not allowed.', line: 1, column: 14, incomplete: false },
  { source: '$a $b', errorId: 'UnexpectedToken', message: "Unexpected token '$b' in expression or statement.", line: 1, column: 4, incomplete: false },
  { source: '-not', errorId: 'MissingExpressionAfterOperator', message: "Missing expression after unary operator '-not'.", line: 1, column: 5, incomplete: true },
  { source: 'try { 1 }', errorId: 'MissingCatchOrFinally', message: 'The Try statement is missing its Catch or Finally block.', line: 1, column: 10, incomplete: true },
  { source: 'try { 1 } Get-Date', errorId: 'MissingCatchOrFinally', message: 'The Try statement is missing its Catch or Finally block.', line: 1, column: 10, incomplete: false },
  { source: '(1 + 2', errorId: 'MissingEndParenthesisInExpression', message: "Missing closing ')' in expression.", line: 1, column: 1, incomplete: true },
  { source: '$(Get-Date', errorId: 'MissingEndParenthesisInSubexpression', message: "Missing closing ')' in subexpression.", line: 1, column: 1, incomplete: true },
  { source: '@{ Name = 1', errorId: 'IncompleteHashLiteral', message: 'The hash literal was incomplete.', line: 1, column: 12, incomplete: true },
  { source: '@{ a = 1 b = 2 }', errorId: 'IncompleteHashLiteral', message: 'The hash literal was incomplete.', line: 1, column: 9, incomplete: false },
  { source: '@{', errorId: 'IncompleteHashLiteral', message: 'The hash literal was incomplete.', line: 1, column: 3, incomplete: true },
  { source: '@{ Name 1 }', errorId: 'MissingEqualsInHashLiteral', message: "Missing '=' operator after key in hash literal.", line: 1, column: 8, incomplete: false },
  { source: 'if ($x)', errorId: 'MissingStatementBlock', message: 'Missing statement block after if ( condition ).', line: 1, column: 8, incomplete: true },
  { source: 'if ($x) { } else', errorId: 'MissingStatementBlockAfterElse', message: "Missing statement block after 'else' keyword.", line: 1, column: 17, incomplete: true },
  { source: 'if $x { }', errorId: 'MissingOpenParenthesisInIfStatement', message: "Missing '(' after 'if' in if statement.", line: 1, column: 3, incomplete: false },
  { source: 'while ($true)', errorId: 'MissingLoopStatement', message: 'Missing statement body in while loop.', line: 1, column: 14, incomplete: true },
  { source: 'foreach ($x $y) { }', errorId: 'MissingInInForeach', message: "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}", line: 1, column: 12, incomplete: false },
  { source: 'function Get-It', errorId: 'MissingFunctionBody', message: 'Missing function body in function declaration.', line: 1, column: 16, incomplete: true },
  { source: '[int', errorId: 'EndSquareBracketExpectedAtEndOfAttribute', message: 'Missing ] at end of attribute or type literal.', line: 1, column: 5, incomplete: false },
  { source: '<# never closed', errorId: 'MissingTerminatorMultiLineComment', message: "The terminator '#>' is missing from the multiline comment.", line: 1, column: 1, incomplete: true },
  { source: 'Get-Content <in.txt', errorId: 'RedirectionNotSupported', message: "The '<' operator is reserved for future use.", line: 1, column: 13, incomplete: false },
  { source: '$x.Method(1,', errorId: 'MissingEndParenthesisInMethodCall', message: "Missing ')' in method call.", line: 1, column: 10, incomplete: true },
  { source: '$a[0', errorId: 'MissingEndSquareBracket', message: "Missing ']' after array index expression.", line: 1, column: 3, incomplete: true },
  { source: '$a ? 1', errorId: 'MissingColonInTernaryExpression', message: "Missing ':' in the ternary expression.", line: 1, column: 7, incomplete: true },
  { source: 'Get-A &&', errorId: 'EmptyPipelineChainElement', message: 'A pipeline chain operator must be followed by a pipeline.', line: 1, column: 9, incomplete: true },
  { source: 'do { } ', errorId: 'MissingWhileOrUntilInDoWhile', message: 'Missing while or until keyword in do loop.', line: 1, column: 7, incomplete: true },
  { source: 'switch ($x) { 1 }', errorId: 'MissingSwitchStatementClause', message: 'Missing statement block in switch statement clause.', line: 1, column: 16, incomplete: false },
  { source: 'class C { [int] }', errorId: 'IncompleteMemberDefinition', message: 'Missing a property name or method definition.', line: 1, column: 16, incomplete: false },
  { source: '1 + 2 = 3', errorId: 'InvalidLeftHandSide', message: 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', line: 1, column: 1, incomplete: false },
  { source: 'Write-Host "$(1 +)"', errorId: 'ExpectedValueExpression', message: "You must provide a value expression following the '+' operator.", line: 1, column: 18, incomplete: false },
];

describe('syntax errors use PowerShell ids, wording and positions', () => {
  test.each(cases)('$source', (c) => {
    const result = parse(c.source);
    const error = result.errors[0];
    expect(error, `no error for ${c.source}`).toBeDefined();
    expect({ id: error!.errorId, message: error!.message, line: error!.extent.line, column: error!.extent.column }).toEqual({
      id: c.errorId,
      message: c.message,
      line: c.line,
      column: c.column,
    });
    expect(result.incomplete).toBe(c.incomplete);
  });
});

describe('recovery', () => {
  test('an error in one statement does not hide an error in a later one', () => {
    const result = parse('$a $b\nGet-Date\n1 +');
    expect(result.errors.map((e) => [e.errorId, e.extent.line])).toEqual([
      ['UnexpectedToken', 1],
      ['ExpectedValueExpression', 3],
    ]);
    expect(result.ast.end!.statements.map((s) => s.type)).toEqual(['ErrorStatement', 'Pipeline', 'ErrorStatement']);
  });

  test('a stray closing brace is reported and the rest still parses', () => {
    const result = parse('Get-Date }\nGet-Item x');
    expect(result.errors.map((e) => e.message)).toEqual(["Unexpected token '}' in expression or statement."]);
    expect(result.ast.end!.statements).toHaveLength(2);
    expect(result.incomplete).toBe(false);
  });

  test('valid input has no errors and is not incomplete', () => {
    const result = parse('Get-Mailbox | Select-Object Name');
    expect(result.errors).toEqual([]);
    expect(result.incomplete).toBe(false);
  });
});
