import { describe, expect, it } from 'vitest';
import { toBool, toStringValue, convertTo, typeNamesOf } from '../../src/runtime/conversions.js';
import { binaryOperator } from '../../src/runtime/operators.js';
import { getMember, invokeMethod } from '../../src/runtime/methods.js';
import { formatForOutput } from '../../src/format/index.js';
import { PSObject } from '../../src/runtime/values.js';

describe('smoke', () => {
  it('works', () => {
    expect(toBool('0')).toBe(true);
    expect(toStringValue(0.1 + 0.2)).toBe('0.3');
    expect(convertTo('2.5', 'int')).toBe(2);
    expect(typeNamesOf(1)[0]).toBe('System.Int32');
    expect(binaryOperator('+')('1', 1)).toBe('11');
    expect(binaryOperator('-f')('{0:N2}', 1234.5)).toBe('1,234.50');
    expect(invokeMethod('abc', 'ToUpper', [])).toBe('ABC');
    expect(getMember([PSObject.fromEntries([['Name', 'a']]), PSObject.fromEntries([['Name', 'b']])], 'Name')).toEqual(['a', 'b']);
    expect(formatForOutput([PSObject.fromEntries([['A', 1], ['B', 'x']])], { width: 120 })).toBe('\nA B\n- -\n1 x\n\n');
  });
});
