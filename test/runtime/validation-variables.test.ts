// Validate* attributes on variables keep checking every later assignment, as pwsh's do: a value
// they refuse is a MetadataError (ValidationMetadataException) and the variable keeps its value.
import { describe, expect, it } from 'vitest';
import { run } from './engine-harness.js';

describe('validated variables', () => {
  it.each([
    ['[ValidateRange(1,5)][int]$v = 3; $v = 9', 'The variable cannot be validated because the value 9 is not a valid value for the v variable.', 3],
    ["[ValidateSet('a','b')]$v = 'a'; $v = 'c'", 'The variable cannot be validated because the value c is not a valid value for the v variable.', 'a'],
    ["[ValidateNotNullOrEmpty()]$v = 'x'; $v = ''", 'The variable cannot be validated because the value  is not a valid value for the v variable.', 'x'],
    ["[ValidateNotNullOrEmpty()]$v = 'x'; $v = $null", 'The variable cannot be validated because the value $null is not a valid value for the v variable.', 'x'],
    ["[ValidatePattern('^x')]$v = 'xy'; $v = 'ab'", 'The variable cannot be validated because the value ab is not a valid value for the v variable.', 'xy'],
    ["[ValidateLength(2,3)]$v = 'ab'; $v = 'abcd'", 'The variable cannot be validated because the value abcd is not a valid value for the v variable.', 'ab'],
    ['[ValidateNotNull()]$v = 1; $v = $null', 'The variable cannot be validated because the value $null is not a valid value for the v variable.', 1],
  ])('%s', async (text, message, kept) => {
    const r = await run(`${text}; $v`);
    expect(r.errors.map((e) => e.message)).toEqual([message]);
    expect(r.errors[0]!.category).toBe('MetadataError');
    expect(r.errors[0]!.errorId).toBe('ValidateSetFailure');
    expect(r.errors[0]!.exceptionType).toBe('System.Management.Automation.ValidationMetadataException');
    expect(r.output).toEqual([kept]);
  });

  it('an array shows as its .NET type name', async () => {
    const r = await run("[ValidateCount(1,2)]$c = 1,2; $c = 1,2,3; [ValidateSet('a')][string[]]$q = 'a'; $q = 'a','b'");
    expect(r.errors.map((e) => e.message)).toEqual([
      'The variable cannot be validated because the value System.Object[] is not a valid value for the c variable.',
      'The variable cannot be validated because the value System.String[] is not a valid value for the q variable.',
    ]);
  });

  it('a declaration whose own value fails says the attribute cannot be added', async () => {
    const r = await run('[ValidateRange(1,3)][int]$n = 7; [ValidateNotNull()]$x = $null; $null -eq $n');
    expect(r.errors.map((e) => e.message)).toEqual([
      'The attribute cannot be added because variable n with value 7 would no longer be valid.',
      'The attribute cannot be added because variable x with value  would no longer be valid.',
    ]);
    expect(r.output).toEqual([true]);
  });

  it('a new declaration replaces the attributes', async () => {
    const r = await run('[ValidateRange(1,3)]$w = 2; [ValidateSet(2,9)]$w = 9; $w; $w = 5; $w');
    expect(r.output).toEqual([9, 9]);
    expect(r.errors.map((e) => e.message)).toEqual(['The variable cannot be validated because the value 5 is not a valid value for the w variable.']);
  });

  it("a function's parameter keeps its attributes inside the function", async () => {
    const r = await run('function f { param([ValidateRange(1,5)]$n) $n = 9; "after $n" }; f 2');
    expect(r.errors.map((e) => e.message)).toEqual(['The variable cannot be validated because the value 9 is not a valid value for the n variable.']);
    expect(r.output).toEqual(['after 2']);
  });

  it('the error marks the assignment statement', async () => {
    const r = await run('[ValidateRange(1,5)][int]$y = 3; $y = 9');
    const pos = r.errors[0]!.position!;
    expect(pos.lineText.slice(pos.column - 1, pos.column - 1 + pos.length)).toBe('$y = 9');
  });
});

describe('every way of assigning is checked', () => {
  it('++ and += on a validated variable', async () => {
    const r = await run('[ValidateRange(1,5)][int]$y = 4; $y++; $y; $y++; $y; $y += 10; $y');
    expect(r.output).toEqual([5, 5, 5]);
    expect(r.errors.map((e) => e.message)).toEqual([
      'The variable cannot be validated because the value 6 is not a valid value for the y variable.',
      'The variable cannot be validated because the value 15 is not a valid value for the y variable.',
    ]);
  });

  it('a scope-qualified assignment reaches the validated variable', async () => {
    const r = await run('[ValidateSet("a","b")]$script:s = "a"; & { $script:s = "z" }; $s');
    expect(r.output).toEqual(['a']);
    expect(r.errors.map((e) => e.message)).toEqual(['The variable cannot be validated because the value z is not a valid value for the s variable.']);
  });
});
