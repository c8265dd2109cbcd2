// Where a binding error points: pwsh marks the parameter token or the argument it is complaining
// about, and the whole command only when no one element is at fault. Expectations are pwsh 7.6.10's
// `~~~` markers (column and length of the marked text).
import { describe, expect, it } from 'vitest';
import { run } from './engine-harness.js';
import { fakeConnection, proxySession } from '../exchange/proxy/fake-connection.js';

/** The marked text of the first error, as pwsh underlines it. */
async function marked(text: string): Promise<string> {
  const r = await run(text);
  expect(r.errors.length).toBeGreaterThan(0);
  const pos = r.errors[0]!.position!;
  return pos.lineText.slice(pos.column - 1, pos.column - 1 + pos.length);
}

describe('binding errors point at the element at fault', () => {
  it.each([
    // An unknown, ambiguous or repeated parameter, or one missing its argument: the -Name token.
    ['Get-Date -Foo', '-Foo'],
    ['Get-Date   -Foo   1', '-Foo'],
    ['Get-Date -Da 1', '-Da'],
    ['Get-Date -Year', '-Year'],
    ['Get-Date -Year 1 -Year 2', '-Year'],
    // A value the parameter cannot take: the argument, wherever it is written.
    ['Get-Date -Year x', 'x'],
    ['Get-Date -Year:x', 'x'],
    ['Get-Date -ErrorAction Foo', 'Foo'],
    ['function f { param([ValidateRange(1,5)]$n) }; f -n (1+10)', '(1+10)'],
    ['function f { param([ValidateSet("a","b")]$s) }; f c', 'c'],
    ['function f { [CmdletBinding()] param([int]$m) }; f -m abc', 'abc'],
    ['function f { [CmdletBinding()] param([switch]$s) }; f -s:1', '1'],
    // Splatted arguments: the @h that brought them.
    ['$h = @{ Year = "x" }; Get-Date @h', '@h'],
    ['$h = @{ Foo = 1 }; Get-Date @h', '@h'],
    // No one element at fault: the whole command.
    ['Get-Date 1 2 3', 'Get-Date 1 2 3'],
    ['Get-Date -Date 1 -UFormat x -Format y', 'Get-Date -Date 1 -UFormat x -Format y'],
    ['function g { [CmdletBinding()] param([Parameter(Mandatory)]$m, $s) }; g -s a', 'g -s a'],
    ["'x' | Get-Date -Year 1", 'Get-Date -Year 1'],
  ])('%s marks %s', async (text, expected) => {
    expect(await marked(text)).toBe(expected);
  });
});

describe('what a binding error carries', () => {
  it('no TargetObject, as pwsh shows CategoryInfo (:)', async () => {
    const r = await run('Get-Date -Year x');
    expect(r.errors[0]!.targetObject).toBeNull();
    expect(r.errors[0]!.errorId).toBe('CannotConvertArgumentNoMessage,Get-Date');
  });

  it('a validation failure is InvalidData', async () => {
    const r = await run('function f { param([ValidateSet("a")]$s) }; f -s b');
    expect(r.errors[0]!.category).toBe('InvalidData');
    expect(r.errors[0]!.exceptionType).toBe('System.Management.Automation.ParameterBindingValidationException');
  });

  it('pipeline input the parameter type cannot take is not bound, rather than a conversion error', async () => {
    const r = await run("function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$n) process { $n } }; 'x' | f");
    expect(r.errors[0]!.errorId).toBe('InputObjectNotBound,f');
  });

  it('pipeline input a Validate attribute refuses is that validation error', async () => {
    const r = await run('function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)][ValidateRange(1,5)][int]$n) process { $n } }; 7 | f');
    expect(r.errors[0]!.message).toBe(
      "Cannot validate argument on parameter 'n'. The 7 argument is greater than the maximum allowed range of 5. Supply an argument that is less than or equal to 5 and then try the command again.",
    );
  });

  it("a function's untyped mandatory parameter takes '' and @(), a typed one refuses them", async () => {
    const r = await run(
      "function m { [CmdletBinding()] param([Parameter(Mandatory)]$a) 'ok' }; function s { [CmdletBinding()] param([Parameter(Mandatory)][string[]]$a) 'ok' }; m -a ''; m -a @(); s -a @(); s -a ''",
    );
    expect(r.output).toEqual(['ok', 'ok']);
    expect(r.errors.map((e) => e.message)).toEqual([
      "Cannot bind argument to parameter 'a' because it is an empty array.",
      "Cannot bind argument to parameter 'a' because it is an empty string.",
    ]);
  });
});

describe('ValidateCount, ValidateLength and ValidateNotNull on parameters', () => {
  it.each([
    ['hh -c 1,2,3', "Cannot validate argument on parameter 'c'. The parameter requires at least 1 value(s) and no more than 2 value(s) - 3 value(s) were provided."],
    ['hh -c 1', "Cannot validate argument on parameter 'c'. The ValidateCount attribute cannot be applied to a non-array parameter. Either remove the attribute from the parameter or make the parameter an array parameter."],
    ['hh -l a', 'Cannot validate argument on parameter \'l\'. The character length (1) of the argument is too short. Specify an argument with a length that is greater than or equal to "2", and then try the command again.'],
    ['hh -l abcd', 'Cannot validate argument on parameter \'l\'. The character length of the 4 argument is too long. Shorten the character length of the argument so it is fewer than or equal to "3" characters, and then try the command again.'],
    ['hh -x $null', "Cannot validate argument on parameter 'x'. The argument is null. Provide a valid value for the argument, and then try running the command again."],
    ['hh -r abc', 'Cannot validate argument on parameter \'r\'. The argument cannot be validated because its type "String" is not the same type (Int32) as the maximum and minimum limits of the parameter. Make sure the argument is of type Int32 and then try the command again.'],
  ])('%s', async (call, message) => {
    const r = await run(`function hh { param([ValidateCount(1,2)]$c, [ValidateLength(2,3)]$l, [ValidateNotNull()]$x, [ValidateRange(1,5)]$r) 'ok' }; ${call}`);
    expect(r.errors.map((e) => e.message)).toEqual([message]);
    expect(r.output).toEqual([]);
  });
});

describe('remote Exchange cmdlets bind with the same binder and point the same way', () => {
  it.each([
    ['Get-Mailbox -Bogus 1', '-Bogus'],
    ['Set-Mailbox user1 -ProhibitSendQuota abc -Confirm:$false', 'abc'],
    ['Get-Mailbox -ResultSize', '-ResultSize'],
    ['Get-Mailbox a b c d', 'Get-Mailbox a b c d'],
  ])('%s marks %s', async (text, expected) => {
    const conn = fakeConnection();
    const r = await proxySession(conn).run(text);
    const pos = r.errors[0]!.position!;
    expect(pos.lineText.slice(pos.column - 1, pos.column - 1 + pos.length)).toBe(expected);
    expect(conn.calls).toEqual([]);
  });
});
