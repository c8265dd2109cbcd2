// Results PowerShell's own operator tests expect (-replace, comparison, -like with backticks, -is),
// checked against exosh's operators.
import { describe, expect, it } from 'vitest';
import { binaryOperator, unaryOperator } from '../../src/runtime/operators.js';
import { invokeStaticMethod } from '../../src/runtime/static-member-access.js';
import { RuntimeError } from '../../src/runtime/errors.js';
import { PSObject, PSTypeRef, ScriptBlockValue } from '../../src/runtime/values.js';

const op = (o: string) => binaryOperator(o);

describe('-replace', () => {
  it('regex replacement, case rules, optional substitution, collections', () => {
    expect(op('-replace')('Get-Process', ['Get', 'Stop'])).toBe('Stop-Process');
    expect(op('-replace')('image.gif', ['\\.gif$', '.jpg'])).toBe('image.jpg');
    expect(op('-replace')('book', ['B', 'C'])).toBe('Cook');
    expect(op('-ireplace')('book', ['B', 'C'])).toBe('Cook');
    expect(op('-creplace')('book', ['B', 'C'])).toBe('book');
    expect(op('-replace')('PowerPoint', ['Point', 'Shell'])).toBe('PowerShell');
    expect(op('-replace')('PowerPoint', 'Point')).toBe('Power');
    expect(op('-replace')(['PowerPoint1', 'PowerPoint2'], 'Point')).toEqual(['Power1', 'Power2']);
  });
  it('substitutions', () => {
    expect(op('-replace')('domain.example', ['.*\\.(\\w+)$', "Tld of '$0' is - '$1'"])).toBe("Tld of 'domain.example' is - 'example'");
    expect(op('-replace')('domain.example', ['.*\\.(?<tld>\\w+)$', '${tld}'])).toBe('example');
    const replace = binaryOperator('-replace', { invoke: (_b, m) => ['X'.repeat(String((m as PSObject).get('Value')).length)] });
    expect(replace('ID ABC123', ['\\b[A-C]+', new ScriptBlockValue('return "X" * $_.Value.Length', null)])).toBe('ID XXX123');
  });
  it('the left side is stringified without culture', () => {
    expect(op('-split')(1.2, ',')).toEqual(['1.2']);
    expect(op('-replace')(1.2, ',')).toBe('1.2');
  });
});

describe('comparison and logic', () => {
  it.each([
    [1, '-lt', 2, true],
    [1, '-gt', 2, false],
    [1, '-le', 2, true],
    [1, '-le', 1, true],
    [1, '-ge', 2, false],
    [1, '-ge', 1, true],
    [1, '-eq', 1, true],
    [1, '-ne', 2, true],
    ['abc', '-ceq', 'abc', true],
    ['abc', '-ceq', 'Abc', false],
    [1, '-and', 1, true],
    [1, '-and', 0, false],
    [0, '-or', 0, false],
    ['Hello', '-contains', 'Hello', true],
    ['Hello', '-notcontains', 'Hello', false],
    [['Hello', 'world'], '-ccontains', 'hello', false],
    [['Hello', 'world'], '-ccontains', 'Hello', true],
    [['Hello', 'world'], '-cnotcontains', 'Hello', false],
    ['Hello world', '-match', 'Hello*', true],
    ['Hello world', '-like', 'Hello*', true],
    ['Hello world', '-notmatch', 'Hello*', false],
    ['Hello world', '-notlike', 'Hello*', false],
  ])('%o %s %o is %s', (l, o, r, expected) => {
    expect(op(o)(l, r)).toBe(expected);
  });
  it('-not and !', () => {
    expect(unaryOperator('-not')(1)).toBe(false);
    expect(unaryOperator('!')(0)).toBe(true);
  });
});

describe('-like and backticks', () => {
  const escape = (s: string) => invokeStaticMethod('WildcardPattern', 'Escape', [s]) as string;
  it.each([
    ['abc`def', 'abc`def', false],
    ['abc`def', 'abc``def', true],
    ['abc`def', 'abc````def', false],
    ['abc``def', 'abc````def', true],
    ['abc`def', escape('abc`def'), true],
    ['abc`def', escape('abc``def'), false],
    ['abc``def', escape('abc``def'), true],
    ['abc``def', escape('abc````def'), false],
  ])("'%s' -like '%s' is %s", (l, r, expected) => {
    expect(op('-like')(l, r)).toBe(expected);
  });
});

describe('-is / -isnot', () => {
  it('types by literal or name; a string that names no type is an error', () => {
    expect(op('-is')(PSObject.fromEntries([['foo', 1]]), new PSTypeRef('System.Management.Automation.PSObject', 'pscustomobject'))).toBe(true);
    expect(op('-is')('hello', new PSTypeRef('System.String'))).toBe(true);
    expect(op('-is')(100, new PSTypeRef('System.Int32'))).toBe(true);
    expect(op('-isnot')('hello', new PSTypeRef('System.Int32'))).toBe(true);
    expect(op('-is')(PSObject.fromEntries([['foo', 1]]), new PSTypeRef('System.String'))).toBe(false);
    expect(op('-is')('hello', new PSTypeRef('System.Management.Automation.PSObject'))).toBe(false);
    try {
      op('-is')('Hello', 'foo');
      throw new Error('no error');
    } catch (e) {
      expect((e as RuntimeError).record.errorId).toBe('RuntimeException');
    }
  });
});
