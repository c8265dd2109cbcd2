// PowerShell's conversion rules, written as the PowerShell expression and what pwsh 7.4 gives.
import { PSNumber } from '../../src/dotnet/numeric-types.js';
import { describe, expect, it } from 'vitest';
import {
  asType,
  convertTo,
  enumerate,
  isType,
  parseNumber,
  toBool,
  toNumber,
  toStringValue,
  typeNameOf,
  typeNamesOf,
} from '../../src/runtime/conversions.js';
import { errorRecordOf } from './runtime-error-of.js';
import { PSChar, PSDateTime, PSGuid, PSHashtable, PSList, PSObject, PSTimeSpan, PSVersion } from '../../src/runtime/values.js';
import { makeDate, dateParts } from '../../src/dotnet/date-time.js';

function errorOf(fn: () => unknown): { message: string; id: string } {
  const record = errorRecordOf(fn);
  return { message: record.message, id: record.errorId };
}

function ht(entries: [string, unknown][], ordered = false): PSHashtable {
  const h = new PSHashtable(ordered);
  for (const [k, v] of entries) h.set(k, v);
  return h;
}

describe('truthiness ([bool] / if)', () => {
  it.each([
    ['$null', null, false],
    ["''", '', false],
    ["'0'", '0', true],
    ["'False'", 'False', true],
    ['0', 0, false],
    ['0.0', 0.0, false],
    ['-1', -1, true],
    ['@()', [], false],
    ['@(0)', [0], false],
    ['@(1)', [1], true],
    ["@('')", [''], false],
    ['@(0,0)', [0, 0], true],
    ['@{}', new PSHashtable(), true],
    ['[pscustomobject]@{}', new PSObject(), true],
    ["[char]0", new PSChar(0), false],
  ])('[bool]%s', (_ps, value, expected) => {
    expect(toBool(value)).toBe(expected);
  });
});

describe('string conversion ("$x")', () => {
  it('numbers use 15 significant digits and .NET exponent form', () => {
    expect(toStringValue(0.1 + 0.2)).toBe('0.3');
    expect(toStringValue(1e20)).toBe('1E+20');
    expect(toStringValue(0.00001)).toBe('1E-05');
    expect(toStringValue(0.0001)).toBe('0.0001');
    expect(toStringValue(11111.11 - 11110.01)).toBe('1.10000000000036');
    expect(toStringValue(1 / 3)).toBe('0.333333333333333');
    expect(toStringValue(123456789012)).toBe('123456789012');
    expect(toStringValue(-2.5)).toBe('-2.5');
    expect(toStringValue(Infinity)).toBe('Infinity');
    expect(toStringValue(NaN)).toBe('NaN');
  });
  it('arrays join with a space (or $OFS), nested arrays show their type', () => {
    expect(toStringValue([1, 2, 3])).toBe('1 2 3');
    expect(toStringValue([1, 2, 3], ',')).toBe('1,2,3');
    expect(toStringValue([1, [2, 3]])).toBe('1 System.Object[]');
    expect(toStringValue([])).toBe('');
    expect(toStringValue([null, 'a'])).toBe(' a');
  });
  it('other values', () => {
    expect(toStringValue(null)).toBe('');
    expect(toStringValue(true)).toBe('True');
    expect(toStringValue(new PSChar(65))).toBe('A');
    expect(toStringValue(ht([['a', 1]]))).toBe('System.Collections.Hashtable');
    expect(toStringValue(PSObject.fromEntries([['A', 1], ['B', 'x']]))).toBe('@{A=1; B=x}');
    expect(toStringValue(PSObject.fromEntries([['A', [1, 2]]]))).toBe('@{A=1 2}');
    expect(toStringValue(new PSTimeSpan(36_000_000_000 + 5_000_000))).toBe('01:00:00.5000000');
    expect(toStringValue(new PSTimeSpan(864_000_000_000 * 2 + 36_000_000_000))).toBe('2.01:00:00');
  });
  it('dates convert with the invariant culture: MM/dd/yyyy HH:mm:ss', () => {
    expect(toStringValue(makeDate(2024, 1, 2, 15, 4, 5))).toBe('01/02/2024 15:04:05');
  });
});

describe('number parsing (toNumber / arithmetic on strings)', () => {
  it.each([
    ['42', 42],
    ['  12  ', 12],
    ['', 0],
    ['0x1F', 31],
    ['1kb', 1024],
    ['1.5mb', 1.5 * 1024 * 1024],
    ['-3', -3],
    ['1e3', 1000],
    ['.5', 0.5],
    ['10.0', 10],
  ])("'%s' reads as %d", (text, n) => {
    expect(parseNumber(text)).toBe(n);
  });
  it('rejects non-numbers with the cast error', () => {
    expect(parseNumber('abc')).toBeUndefined();
    const e = errorOf(() => toNumber('abc'));
    expect(e.message).toBe(`Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."`);
    expect(e.id).toBe('InvalidCastFromStringToInteger');
  });
  it('$null and booleans', () => {
    expect(toNumber(null)).toBe(0);
    expect(toNumber(true)).toBe(1);
  });
});

describe('casts', () => {
  it('[int] rounds half to even and range-checks', () => {
    expect(convertTo(2.5, 'int')).toBe(2);
    expect(convertTo(3.5, 'int')).toBe(4);
    expect(convertTo(-2.5, 'int')).toBe(-2);
    expect(convertTo('2.5', 'int')).toBe(2);
    expect(convertTo('0x10', 'int')).toBe(16);
    expect(convertTo(' 7 ', 'System.Int32')).toBe(7);
    expect(convertTo(null, 'int')).toBe(0);
    expect(convertTo(true, 'int')).toBe(1);
    expect(convertTo(new PSChar(65), 'int')).toBe(65);
    expect(errorOf(() => convertTo('abc', 'int')).message).toBe(
      `Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."`,
    );
    expect(errorOf(() => convertTo(3e9, 'int')).message).toBe('Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."');
    expect(errorOf(() => convertTo(300, 'byte')).message).toBe('Cannot convert value "300" to type "System.Byte". Error: "Value was either too large or too small for a Byte."');
  });
  it('[long] [double] [decimal]', () => {
    expect(convertTo('3000000000', 'long')).toEqual(new PSNumber('Int64', 3000000000));
    expect(convertTo('1.5', 'double')).toBe(1.5);
    expect(convertTo('1e3', 'double')).toEqual(new PSNumber('Double', 1000));
    expect(convertTo('2.50', 'decimal')).toEqual(new PSNumber('Decimal', 2.5));
    expect(errorOf(() => convertTo('x', 'double')).message).toBe(`Cannot convert value "x" to type "System.Double". Error: "The input string 'x' was not in a correct format."`);
  });
  it('[string] and [bool]', () => {
    expect(convertTo(1.5, 'string')).toBe('1.5');
    expect(convertTo(null, 'string')).toBe('');
    expect(convertTo([1, 2], 'string')).toBe('1 2');
    expect(convertTo('False', 'bool')).toBe(true);
    expect(convertTo(0, 'bool')).toBe(false);
  });
  it('[char]', () => {
    expect((convertTo('a', 'char') as PSChar).code).toBe(97);
    expect((convertTo(65, 'char') as PSChar).toString()).toBe('A');
    expect(errorOf(() => convertTo('ab', 'char')).message).toBe('Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."');
  });
  it('[datetime] reads invariant (month-first) and ISO dates', () => {
    const d = convertTo('2024-03-04', 'datetime') as PSDateTime;
    expect(dateParts(d)).toMatchObject({ year: 2024, month: 3, day: 4, hour: 0 });
    expect(d.kind).toBe('Unspecified');
    expect(dateParts(convertTo('3/4/2024 5:06 PM', 'datetime') as PSDateTime)).toMatchObject({ month: 3, day: 4, hour: 17, minute: 6 });
    expect(dateParts(convertTo('2024-03-04T10:20:30', 'datetime') as PSDateTime)).toMatchObject({ hour: 10, minute: 20, second: 30 });
    expect(dateParts(convertTo('March 4, 2024', 'datetime') as PSDateTime)).toMatchObject({ year: 2024, month: 3, day: 4 });
    expect((convertTo('2024-03-04T10:20:30Z', 'datetime') as PSDateTime).kind).toBe('Local');
    expect(errorOf(() => convertTo('not a date', 'datetime')).message).toBe(
      `Cannot convert value "not a date" to type "System.DateTime". Error: "String 'not a date' was not recognized as a valid DateTime."`,
    );
  });
  it('[timespan]', () => {
    expect((convertTo('01:30:00', 'timespan') as PSTimeSpan).ticks).toBe(90 * 60 * 10_000_000);
    expect((convertTo('1.02:03:04', 'timespan') as PSTimeSpan).ticks).toBe(((26 * 60 + 3) * 60 + 4) * 10_000_000);
    expect(errorOf(() => convertTo('abc', 'timespan')).message).toBe(
      `Cannot convert value "abc" to type "System.TimeSpan". Error: "String 'abc' was not recognized as a valid TimeSpan."`,
    );
  });
  it('[array], [object[]], [string[]], [int[]]', () => {
    expect(convertTo(5, 'array')).toEqual([5]);
    expect(convertTo([1, 2], 'object[]')).toEqual([1, 2]);
    expect(convertTo([1, 2], 'string[]')).toEqual(['1', '2']);
    expect(convertTo('7', 'int[]')).toEqual([7]);
    expect(convertTo(['1', '2.5'], 'int[]')).toEqual([1, 2]);
    expect(convertTo(null, 'array')).toBeNull();
  });
  it('[pscustomobject] from a hashtable keeps its order', () => {
    const o = convertTo(ht([['Name', 'a'], ['Size', 2]], true), 'pscustomobject') as PSObject;
    expect(o).toBeInstanceOf(PSObject);
    expect(o.names()).toEqual(['Name', 'Size']);
    expect(o.typeNames[0]).toBe('System.Management.Automation.PSCustomObject');
  });
  it('[hashtable], [guid], [version], [regex], [uri]', () => {
    expect(convertTo(ht([['a', 1]], true), 'hashtable')).toBeInstanceOf(PSHashtable);
    expect((convertTo('{0F8FAD5B-D9CB-469F-A165-70867728950E}', 'guid') as PSGuid).value).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(errorOf(() => convertTo('nope', 'guid')).message).toBe(
      'Cannot convert value "nope" to type "System.Guid". Error: "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."',
    );
    expect((convertTo('1.2.3', 'version') as PSVersion).toString()).toBe('1.2.3');
    expect(toStringValue(convertTo('https://example.com/a?b=1', 'uri'))).toBe('https://example.com/a?b=1');
  });
  it('an object that cannot be converted', () => {
    expect(errorOf(() => convertTo(new PSHashtable(), 'int')).message).toBe(
      'Cannot convert the "System.Collections.Hashtable" value of type "System.Collections.Hashtable" to type "System.Int32".',
    );
  });
  it('unknown type', () => {
    const e = errorOf(() => convertTo(1, 'Foo.Bar'));
    expect(e.message).toBe('Unable to find type [Foo.Bar].');
    expect(e.id).toBe('TypeNotFound');
  });
  it('[xml] is not supported yet, clearly', () => {
    expect(errorOf(() => convertTo('<a/>', 'xml')).message).toMatch(/not supported by exosh yet/);
  });
  it('generic lists; collection casts of $null stay $null', () => {
    const l = convertTo(['1', '2'], 'System.Collections.Generic.List[int]') as PSList;
    expect(l.items).toEqual([1, 2]);
    expect(convertTo(null, 'System.Collections.Generic.List[object]')).toBeNull();
    expect(convertTo(null, 'int[]')).toBeNull();
    expect(convertTo(null, 'System.Collections.ArrayList')).toBeNull();
  });
});

describe('type names, -is and -as', () => {
  it('numbers: a plain number is an Int32 or a Double; other types carry theirs', () => {
    expect(typeNameOf(1)).toBe('System.Int32');
    expect(typeNameOf(3000000000)).toBe('System.Double');
    expect(typeNameOf(new PSNumber('Int64', 3000000000))).toBe('System.Int64');
    expect(typeNameOf(1.5)).toBe('System.Double');
    expect(typeNamesOf('x')).toEqual(['System.String', 'System.Object']);
    expect(typeNameOf([1])).toBe('System.Object[]');
    expect(typeNameOf(new PSObject())).toBe('System.Management.Automation.PSCustomObject');
    expect(typeNameOf(ht([], true))).toBe('System.Collections.Specialized.OrderedDictionary');
  });
  it.each([
    [1, 'int', true],
    [1, 'long', false],
    [1.5, 'double', true],
    ['x', 'string', true],
    ['x', 'object', true],
    [[1], 'array', true],
    [[1], 'object[]', true],
    [new PSHashtable(), 'hashtable', true],
    [new PSHashtable(true), 'hashtable', false],
    [new PSHashtable(true), 'System.Collections.IDictionary', true],
    [new PSObject(), 'pscustomobject', true],
    [new PSObject(), 'psobject', true],
    [1, 'psobject', false],
    [null, 'object', false],
    [new PSDateTime(0), 'datetime', true],
    ['x', 'System.Collections.IEnumerable', true],
  ])('%o -is [%s] is %s', (v, t, expected) => {
    expect(isType(v, t)).toBe(expected);
  });
  it('-as gives $null instead of an error', () => {
    expect(asType('abc', 'int')).toBeNull();
    expect(asType('12', 'int')).toBe(12);
    expect(asType('x', 'datetime')).toBeNull();
  });
});

describe('enumerate (what the pipeline unrolls)', () => {
  it('arrays and lists unroll; strings, hashtables and objects do not', () => {
    expect(enumerate([1, 2])).toEqual([1, 2]);
    expect([...enumerate(new PSList('ArrayList', 'System.Object', [1]))!]).toEqual([1]);
    expect(enumerate('abc')).toBeUndefined();
    expect(enumerate(new PSHashtable())).toBeUndefined();
    expect(enumerate(new PSObject())).toBeUndefined();
    expect(enumerate(null)).toBeUndefined();
  });
});

describe('[ipaddress] and [mailaddress] (used to validate input)', () => {
  it('parse or fail with .NET\'s message', () => {
    expect(toStringValue(convertTo('10.0.0.1', 'ipaddress'))).toBe('10.0.0.1');
    expect((convertTo('::1', 'ipaddress') as PSObject).get('AddressFamily')).toBe('InterNetworkV6');
    expect(errorOf(() => convertTo('10.0.0.300', 'ipaddress')).message).toBe('Cannot convert value "10.0.0.300" to type "System.Net.IPAddress". Error: "An invalid IP address was specified."');
    const m = convertTo('John Smith <john@contoso.com>', 'mailaddress') as PSObject;
    expect([m.get('Address'), m.get('User'), m.get('Host'), m.get('DisplayName')]).toEqual(['john@contoso.com', 'john', 'contoso.com', 'John Smith']);
    expect(asType('not-an-address', 'mailaddress')).toBeNull();
    expect(errorOf(() => convertTo('x', 'mailaddress')).message).toBe(
      'Cannot convert value "x" to type "System.Net.Mail.MailAddress". Error: "The specified string is not in the form required for an e-mail address."',
    );
  });
});
