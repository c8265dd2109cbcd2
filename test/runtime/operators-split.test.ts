// -split behaviour checked against the results PowerShell's own test suite expects.
import { describe, expect, it } from 'vitest';
import { binaryOperator, unaryOperator } from '../../src/runtime/operators.js';
import { RuntimeError } from '../../src/runtime/errors.js';
import { PSChar, ScriptBlockValue } from '../../src/runtime/values.js';

// Script blocks stand in for `{$_ -like ' '}` etc.: the hook runs a JS predicate on $_.
const predicates: Record<string, (c: string) => boolean> = {
  space: (c) => c === ' ',
  slash: (c) => c === '/',
  bOrC: (c) => c.toLowerCase() === 'b' || c.toLowerCase() === 'c',
};
const split = binaryOperator('-split', { invoke: (b, du) => [predicates[b.text]!(String(du as PSChar))] });
const sb = (name: string) => new ScriptBlockValue(name, null);

describe('-split', () => {
  it('max substrings from the left and the right', () => {
    expect(split('a b c d', [' ', 2])).toEqual(['a', 'b c d']);
    expect(split('a b c d', [' ', 0])).toEqual(['a', 'b', 'c', 'd']);
    expect(split('a b c d', [' ', -2])).toEqual(['a b c', 'd']);
    expect(split('a b c d', [' ', -1])).toEqual(['a b c d']);
    expect(split('a b c d', [' ', 8])).toEqual(['a', 'b', 'c', 'd']);
    expect(split('a b c d', [' ', -8])).toEqual(['a', 'b', 'c', 'd']);
    expect(split(' ', [' ', -2])).toEqual(['', '']);
    expect(split('a2b3c4d', ['\\d+', 2])).toEqual(['a', 'b3c4d']);
    expect(split('a2b3c4d', ['\\d+', -2])).toEqual(['a2b3c', 'd']);
  });
  it('script block delimiters, also counted from the right', () => {
    expect(split('a b c d', [sb('space'), -2])).toEqual(['a b c', 'd']);
    expect(split('a b c d', [sb('space'), -4])).toEqual(['a', 'b', 'c', 'd']);
    expect(split('a b c d', [sb('space'), -8])).toEqual(['a', 'b', 'c', 'd']);
    expect(split(' ', [sb('space'), -4])).toEqual(['', '']);
    expect(split('folder/path/to/file', [sb('slash'), -2])).toEqual(['folder/path/to', 'file']);
    expect(split('a::b::c::d', sb('bOrC'))).toEqual(['a::', '::', '::d']);
  });
  it('captured delimiters are kept', () => {
    expect(split('a1:b1:c1:d', '(1:)')).toEqual(['a', '1:', 'b', '1:', 'c', '1:', 'd']);
    expect(split('a1:b1:c1:d', '1(:)')).toEqual(['a', ':', 'b', ':', 'c', ':', 'd']);
  });
  it('case rules and options', () => {
    expect(split('abcBd', 'B')).toEqual(['a', 'c', 'd']);
    expect(binaryOperator('-csplit')('abcBd', 'B')).toEqual(['abc', 'd']);
    expect(binaryOperator('-csplit')('abcBd', ['B', 0, 'IgnoreCase'])).toEqual(['a', 'c', 'd']);
    expect(split('abc', ['B', 0, 'SimpleMatch,IgnoreCase'])).toEqual(['a', 'c']);
    expect(split('abc', ['B', 0, 'RegexMatch,Singleline'])).toEqual(['a', 'c']);
    expect(split('a: b:c', ': ')).toEqual(['a', 'b:c']);
    expect(split('a: b:c', [': ', 0, 'IgnorePatternWhitespace'])).toEqual(['a', ' b', 'c']);
    expect(split('a:b', ['(:)', 0, 'ExplicitCapture'])).toEqual(['a', 'b']);
    try {
      split('abc', ['B', 0, 'RegexMatch,SimpleMatch']);
      throw new Error('no error');
    } catch (e) {
      expect((e as RuntimeError).record.errorId).toBe('InvalidSplitOptionCombination');
    }
  });
  it.each([
    ['\n', 'a12a\nb34b\nc56c\nd78d'],
    ['\r\n', 'a12a\r\nb34b\r\nc56c\r\nd78d'],
  ])('Singleline and Multiline are off by default (new line %j)', (nl, text) => {
    expect(split(text, '^b')).toHaveLength(1);
    expect(split(text, 'b.+c')).toHaveLength(1);
    expect(split(text, ['b.+c', 0, 'Singleline'])).toEqual([`a12a${nl}`, `${nl}d78d`]);
    expect(split(text, ['^b', 0, 'Multiline'])).toEqual([`a12a${nl}`, `34b${nl}c56c${nl}d78d`]);
    expect(split(text, ['^b.+c', 0, 'Singleline,Multiline'])).toEqual([`a12a${nl}`, `${nl}d78d`]);
  });
  it('unary -split', () => {
    expect(unaryOperator('-split')('a b c d')).toEqual(['a', 'b', 'c', 'd']);
    expect(unaryOperator('-split')(['a b', 'c d'])).toEqual(['a', 'b', 'c', 'd']);
  });
});
