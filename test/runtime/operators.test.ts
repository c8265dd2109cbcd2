// PowerShell operators, each case written as the PowerShell expression and pwsh 7.4's result.
import { describe, expect, it } from 'vitest';
import { binaryOperator, compareValues, matchOperator, range, unaryOperator } from '../../src/runtime/operators.js';
import { errorOf } from './runtime-error-of.js';
import { PSChar, PSDateTime, PSHashtable, PSObject, PSTimeSpan, PSTypeRef, ScriptBlockValue } from '../../src/runtime/values.js';
import { makeDate, dateParts } from '../../src/dotnet/date-time.js';
import { toStringValue } from '../../src/runtime/conversions.js';

const op = (o: string) => binaryOperator(o);
function ht(entries: [string, unknown][]): PSHashtable {
  const h = new PSHashtable();
  for (const [k, v] of entries) h.set(k, v);
  return h;
}

describe('arithmetic', () => {
  it('the left operand decides: string concatenation or numeric addition', () => {
    expect(op('+')('1', 1)).toBe('11'); // '1' + 1
    expect(op('+')(1, '1')).toBe(2); // 1 + '1'
    expect(op('+')(1, '0x10')).toBe(17);
    expect(op('+')('a', null)).toBe('a');
    expect(op('+')(null, 5)).toBe(5);
    expect(op('+')(1, true)).toBe(2);
    expect(errorOf(() => op('+')(1, 'abc'))).toBe(`Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."`);
  });
  it('division gives a double only when needed; % keeps the sign of the dividend', () => {
    expect(op('/')(5, 2)).toBe(2.5);
    expect(op('/')(6, 2)).toBe(3);
    expect(op('%')(7, 3)).toBe(1);
    expect(op('%')(-7, 3)).toBe(-1);
    expect(op('/')('10', '4')).toBe(2.5);
    expect(errorOf(() => op('/')(1, 0))).toBe('Attempted to divide by zero.');
    expect(op('-')('5', 1)).toBe(4);
    expect(op('*')(3, '4')).toBe(12);
  });
  it('string and array multiplication, array concatenation', () => {
    expect(op('*')('ab', 3)).toBe('ababab');
    expect(op('*')([1, 2], 2)).toEqual([1, 2, 1, 2]);
    expect(op('+')([1, 2], 3)).toEqual([1, 2, 3]);
    expect(op('+')([1], [2, 3])).toEqual([1, 2, 3]);
    expect(op('+')([], 1)).toEqual([1]);
  });
  it('hashtable + hashtable, duplicate keys are an error', () => {
    const r = op('+')(ht([['a', 1]]), ht([['b', 2]])) as PSHashtable;
    expect(r.keys()).toEqual(['a', 'b']);
    expect(errorOf(() => op('+')(ht([['a', 1]]), ht([['A', 2]])))).toBe("Item has already been added. Key in dictionary: 'a'  Key being added: 'A'");
    expect(errorOf(() => op('+')(ht([['a', 1]]), 1))).toBe('A hash table can only be added to another hash table.');
  });
  it('dates and timespans', () => {
    const a = makeDate(2024, 1, 10);
    const b = makeDate(2024, 1, 1, 12);
    const diff = op('-')(a, b) as PSTimeSpan;
    expect(diff.ticks).toBe(8.5 * 864_000_000_000);
    expect(toStringValue(diff)).toBe('8.12:00:00');
    const later = op('+')(b, new PSTimeSpan(36_000_000_000)) as PSDateTime;
    expect(dateParts(later).hour).toBe(13);
    expect(errorOf(() => op('*')(a, 2))).toBe("Method invocation failed because [System.DateTime] does not contain a method named 'op_Multiply'.");
  });
  it('objects without the operator', () => {
    expect(errorOf(() => op('+')(new PSObject(), 1))).toBe(
      "Method invocation failed because [System.Management.Automation.PSCustomObject] does not contain a method named 'op_Addition'.",
    );
  });
});

describe('comparison', () => {
  it('the left operand type drives conversion', () => {
    expect(op('-eq')('10', 10)).toBe(true); // '10' -eq 10
    expect(op('-eq')(10, '10.0')).toBe(true); // 10 -eq '10.0'
    expect(op('-eq')('10.0', 10)).toBe(false); // '10.0' -eq 10
    expect(op('-eq')(10, 'abc')).toBe(false);
    expect(op('-eq')(1, true)).toBe(true);
    expect(op('-eq')(true, 'false')).toBe(true);
  });
  it('case-insensitive by default, -c for case-sensitive', () => {
    expect(op('-eq')('ABC', 'abc')).toBe(true);
    expect(op('-ceq')('ABC', 'abc')).toBe(false);
    expect(op('-ieq')('ABC', 'abc')).toBe(true);
    expect(op('-ne')('a', 'A')).toBe(false);
    expect(op('-cne')('a', 'A')).toBe(true);
  });
  it('ordering of strings, numbers and dates', () => {
    expect(op('-gt')(10, 9)).toBe(true);
    expect(op('-gt')('10', 9)).toBe(false); // string comparison: '10' vs '9'
    expect(op('-lt')('a', 'B')).toBe(true);
    expect(op('-clt')('a', 'A')).toBe(true);
    expect(op('-ge')(makeDate(2024, 1, 2), '2024-01-01')).toBe(true);
    expect(errorOf(() => op('-gt')(5, 'abc'))).toBe(
      `Could not compare "5" to "abc". Error: "Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format.""`,
    );
  });
  it('$null handling', () => {
    expect(op('-eq')(null, null)).toBe(true);
    expect(op('-eq')(null, 0)).toBe(false);
    expect(op('-eq')(0, null)).toBe(false);
    expect(op('-eq')('', null)).toBe(false);
    expect(op('-gt')(1, null)).toBe(true);
    expect(op('-lt')(null, 1)).toBe(true);
  });
  it('a collection on the left filters', () => {
    expect(op('-gt')([1, 2, 3], 1)).toEqual([2, 3]);
    expect(op('-eq')([1, 2, 1], 1)).toEqual([1, 1]);
    expect(op('-ne')(['a', 'b'], 'A')).toEqual(['b']);
    expect(op('-eq')([null, 1], null)).toEqual([null]);
    expect(op('-like')(['apple', 'banana'], 'a*')).toEqual(['apple']);
    expect(op('-match')(['ab', 'cd'], 'c')).toEqual(['cd']);
  });
});

describe('case-insensitive text equality (pwsh 7.6.10)', () => {
  it('pairs letters by their simple lower case, as pwsh does', () => {
    const eq = op('-eq');
    expect(eq('é', 'É')).toBe(true); // 'é' -eq 'É'
    expect(eq('\u212A', 'k')).toBe(true); // the Kelvin sign -eq 'k'
    expect(eq('ǅ', 'ǆ')).toBe(true);
    expect(eq('ς', 'Σ')).toBe(true); // final sigma
    expect(eq('ς', 'σ')).toBe(true);
  });
  it('keeps the dotless ı, the long ſ and the dotted İ apart from i and s', () => {
    const eq = op('-eq');
    expect(eq('aydın', 'AYDIN')).toBe(false);
    expect(eq('ı', 'I')).toBe(false);
    expect(eq('ı', 'i')).toBe(false);
    expect(eq('ſ', 's')).toBe(false);
    expect(eq('ſ', 'S')).toBe(false);
    expect(eq('İ', 'i')).toBe(false);
    expect(eq('ß', 'SS')).toBe(false);
  });
});

describe('-like', () => {
  it.each([
    ['Hello', 'h*', true],
    ['Hello', 'H?llo', true],
    ['Hello', '*ll*', true],
    ['Hello', 'H[a-f]llo', true],
    ['Hello', 'H[abc]llo', false],
    ['a*b', 'a`*b', true],
    ['axb', 'a`*b', false],
    ['file.txt', '*.txt', true],
    ['file.txt', '*.TXT', true],
    ['', '*', true],
  ])("'%s' -like '%s' is %s", (s, p, r) => {
    expect(op('-like')(s, p)).toBe(r);
    expect(op('-notlike')(s, p)).toBe(!r);
  });
  it('-clike is case-sensitive', () => {
    expect(op('-clike')('file.txt', '*.TXT')).toBe(false);
  });
});

describe('-match and $Matches', () => {
  it('sets $Matches with numbered and named groups', () => {
    const m = matchOperator('-match')('John Smith', '(?<first>\\w+) (\\w+)');
    expect(m.result).toBe(true);
    expect(m.matches!.get(0)).toBe('John Smith');
    expect(m.matches!.get('first')).toBe('John');
    expect(m.matches!.get(1)).toBe('Smith');
  });
  it('is case-insensitive unless -cmatch; inline (?i) works', () => {
    expect(op('-match')('ABC', 'b')).toBe(true);
    expect(op('-cmatch')('ABC', 'b')).toBe(false);
    expect(op('-cmatch')('ABC', '(?i)b')).toBe(true);
    expect(op('-notmatch')('ABC', 'x')).toBe(true);
  });
  it('a collection on the left filters and does not set $Matches', () => {
    const m = matchOperator('-match')(['a1', 'b', 'c2'], '\\d');
    expect(m.result).toEqual(['a1', 'c2']);
    expect(m.matches).toBeUndefined();
  });
  it('.NET anchors and a bad pattern', () => {
    expect(op('-match')('abc', '\\Aabc\\z')).toBe(true);
    expect(errorOf(() => op('-match')('abc', '('))).toBe('The regular expression pattern ( is not valid.');
  });
});

describe('-replace', () => {
  it('regex with $1 and ${name} substitutions, case-insensitive by default', () => {
    expect(op('-replace')('Hello World', ['o', '0'])).toBe('Hell0 W0rld');
    expect(op('-replace')('John Smith', ['(\\w+) (\\w+)', '$2, $1'])).toBe('Smith, John');
    expect(op('-replace')('John Smith', ['(?<f>\\w+) (?<l>\\w+)', '${l} ${f}'])).toBe('Smith John');
    expect(op('-replace')('ABC', ['b', 'x'])).toBe('AxC');
    expect(op('-creplace')('ABC', ['b', 'x'])).toBe('ABC');
    expect(op('-replace')('a.b', '\\.')).toBe('ab');
    expect(op('-replace')('price', ['p', '$$'])).toBe('$rice');
    expect(op('-replace')('abc', ['b', '[$0]'])).toBe('a[b]c');
  });
  it('applies to each element of a collection', () => {
    expect(op('-replace')(['a1', 'b2'], ['\\d', ''])).toEqual(['a', 'b']);
  });
  it('script block replacement (PowerShell 7) gets the Match as $_', () => {
    const sb = new ScriptBlockValue('$_.Value.ToUpper()', null);
    const replace = binaryOperator('-replace', {
      invoke: (_b, m) => [String((m as PSObject).get('Value')).toUpperCase()],
    });
    expect(replace('a-b', ['[a-z]', sb])).toBe('A-B');
  });
});

describe('-split and -join', () => {
  it('binary -split is a regex split', () => {
    expect(op('-split')('a,b,c', ',')).toEqual(['a', 'b', 'c']);
    expect(op('-split')('a1b22c', '\\d+')).toEqual(['a', 'b', 'c']);
    expect(op('-split')('a.b', '.')).toEqual(['', '', '', '']);
    expect(op('-split')('a.b', ['.', 0, 'SimpleMatch'])).toEqual(['a', 'b']);
    expect(op('-split')('a,b,c,d', [',', 2])).toEqual(['a', 'b,c,d']);
    expect(op('-split')('aXbxc', 'x')).toEqual(['a', 'b', 'c']);
    expect(op('-csplit')('aXbxc', 'x')).toEqual(['aXb', 'c']);
    expect(op('-split')('a-b', '(-)')).toEqual(['a', '-', 'b']);
    expect(op('-split')(['a b', 'c d'], ' ')).toEqual(['a', 'b', 'c', 'd']);
    expect(op('-split')('abc', '')).toEqual(['', 'a', 'b', 'c', '']);
    expect(op('-split')('a,b,', ',')).toEqual(['a', 'b', '']);
  });
  it('negative max count splits from the right', () => {
    expect(op('-split')('a,b,c,d', [',', -2])).toEqual(['a,b,c', 'd']);
  });
  it('unary -split splits on whitespace', () => {
    expect(unaryOperator('-split')('  a  b\tc ')).toEqual(['a', 'b', 'c']);
  });
  it('-join', () => {
    expect(op('-join')([1, 2, 3], ',')).toBe('1,2,3');
    expect(op('-join')('a', '-')).toBe('a');
    expect(unaryOperator('-join')(['a', 'b'])).toBe('ab');
  });
});

describe('containment', () => {
  it('-contains / -in use -eq rules from the element side', () => {
    expect(op('-contains')([1, 2, 3], 2)).toBe(true);
    expect(op('-contains')([1, 2, 3], '2')).toBe(true);
    expect(op('-contains')(['a', 'b'], 'A')).toBe(true);
    expect(op('-ccontains')(['a', 'b'], 'A')).toBe(false);
    expect(op('-notcontains')([1, 2], 3)).toBe(true);
    expect(op('-in')(2, [1, 2])).toBe(true);
    expect(op('-notin')('x', ['a'])).toBe(true);
    expect(op('-contains')('abc', 'b')).toBe(false);
  });
});

describe('type operators', () => {
  it('-is, -isnot, -as', () => {
    expect(op('-is')(1, new PSTypeRef('System.Int32', 'int'))).toBe(true);
    expect(op('-is')('x', 'string')).toBe(true);
    expect(op('-isnot')('x', new PSTypeRef('System.Int32'))).toBe(true);
    expect(op('-as')('5', new PSTypeRef('System.Int32'))).toBe(5);
    expect(op('-as')('x', new PSTypeRef('System.Int32'))).toBeNull();
  });
});

describe('logical and bitwise', () => {
  it('-and -or -xor -not !', () => {
    expect(op('-and')(1, 'x')).toBe(true);
    expect(op('-or')(0, '')).toBe(false);
    expect(op('-xor')(true, false)).toBe(true);
    expect(unaryOperator('-not')('')).toBe(true);
    expect(unaryOperator('!')(1)).toBe(false);
  });
  it('-band -bor -bxor -bnot -shl -shr', () => {
    expect(op('-band')(6, 3)).toBe(2);
    expect(op('-bor')(6, 3)).toBe(7);
    expect(op('-bxor')(6, 3)).toBe(5);
    expect(unaryOperator('-bnot')(5)).toBe(-6);
    expect(op('-shl')(1, 4)).toBe(16);
    expect(op('-shr')(256, 4)).toBe(16);
    expect(op('-shl')(1, 31)).toBe(-2147483648);
    expect(Number(op('-band')(0x100000000 + 5, 4))).toBe(4);
  });
});

describe('ranges', () => {
  it('numbers up and down, chars in PowerShell 7', () => {
    expect(range(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(range(3, 1)).toEqual([3, 2, 1]);
    expect(range(-1, 1)).toEqual([-1, 0, 1]);
    expect(range('1', '3')).toEqual([1, 2, 3]);
    expect((range('a', 'c') as PSChar[]).map(String)).toEqual(['a', 'b', 'c']);
    expect(op('..')(1.5, 3)).toEqual([2, 3]);
  });
  it('a bound that is not an Int32 overflows, the left one first: [double]::NaN .. @{}', () => {
    expect(errorOf(() => range(NaN, new PSHashtable()))).toBe('Value was either too large or too small for an Int32.');
    expect(errorOf(() => range(1, 3e10))).toBe('Value was either too large or too small for an Int32.');
    expect(errorOf(() => range(1, Infinity))).toBe('Value was either too large or too small for an Int32.');
  });
});

describe('-f format operator', () => {
  it.each([
    ['{0} {1}', ['a', 'b'], 'a b'],
    ['{0,-10}|', ['ab'], 'ab        |'],
    ['{0,5}|', ['ab'], '   ab|'],
    ['{0:N2}', [1234.5678], '1,234.57'],
    ['{0:N0}', [1234567], '1,234,567'],
    ['{0:D5}', [42], '00042'],
    ['{0:X}', [255], 'FF'],
    ['{0:x4}', [255], '00ff'],
    ['{0:P1}', [0.256], '25.6%'],
    ['{0:C}', [1234.5], '$1,234.50'],
    ['{0:C}', [-5], '-$5.00'],
    ['{0:F3}', [2], '2.000'],
    ['{0:E2}', [12345.678], '1.23E+004'],
    ['{0:0.00}', [3.14159], '3.14'],
    ['{0:#,##0.0}', [1234567.89], '1,234,567.9'],
    ['{0:000}', [7], '007'],
    ['{0:#.##}', [1.5], '1.5'],
    ['{0:0%}', [0.5], '50%'],
    ['{{literal}} {0}', [1], '{literal} 1'],
    ['{0}', [1.5], '1.5'],
    ['{0}', [0.1 + 0.2], '0.30000000000000004'],
    ['{0}', [true], 'True'],
    ['{0}', [null], ''],
    ['{0:yyyy-MM-dd}', [makeDate(2024, 3, 9, 14, 5, 6)], '2024-03-09'],
    ['{0:HH:mm:ss}', [makeDate(2024, 3, 9, 14, 5, 6)], '14:05:06'],
    ['{0}', [makeDate(2024, 3, 9, 14, 5, 6)], '3/9/2024 2:05:06\u202fPM'],
  ])("'%s' -f %o", (fmt, args, expected) => {
    expect(op('-f')(fmt, args)).toBe(expected);
  });
  it('a scalar right operand is the single argument; too few arguments is an error', () => {
    expect(op('-f')('[{0}]', 5)).toBe('[5]');
    expect(errorOf(() => op('-f')('{1}', [1]))).toBe(
      'Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..',
    );
  });
});

describe('?? and compareValues (Sort-Object)', () => {
  it('??', () => {
    expect(op('??')(null, 'd')).toBe('d');
    expect(op('??')(0, 'd')).toBe(0);
  });
  it('sorts $null first, numbers numerically, strings case-insensitively', () => {
    const values = ['b', null, 'A', 'a', 'C'];
    expect([...values].sort((x, y) => compareValues(x, y))).toEqual([null, 'A', 'a', 'b', 'C']);
    expect([10, 9, 100].sort((x, y) => compareValues(x, y))).toEqual([9, 10, 100]);
    expect(compareValues('a', 'A', true)).toBeLessThan(0);
    expect(compareValues(2, '10')).toBeLessThan(0);
  });
});

describe('.NET regex details', () => {
  it('$ matches before a final newline; named groups, lookbehind, atomic groups', () => {
    expect(op('-match')('abc\n', 'c$')).toBe(true);
    expect(op('-match')('abc\nd', 'c$')).toBe(false);
    expect(op('-match')('abc\nd', '(?m)c$')).toBe(true);
    expect(op('-replace')('abc', ['c$', 'X'])).toBe('abX');
    expect(op('-match')('price: 10', '(?<=: )\\d+')).toBe(true);
    expect(op('-match')('aaa', '(?>a+)')).toBe(true);
    expect(op('-replace')('2024-01-02', ['(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)', '${d}/${m}/${y}'])).toBe('02/01/2024');
  });
  it('$Matches numbers unnamed groups before named ones, as .NET does', () => {
    const m = matchOperator('-match')('a-b', '(?<x>a)-(b)').matches!;
    expect(m.get(1)).toBe('b');
    expect(m.get('x')).toBe('a');
    expect(m.keys()).toEqual(['x', 1, 0]);
  });
});

describe('unicode categories', () => {
  it('\\p{L} works alongside escaped punctuation', () => {
    expect(op('-match')('héllo wörld', '^\\p{L}+\\ \\p{L}+$')).toBe(true);
    expect(op('-replace')('a#b', ['\\#', '-'])).toBe('a-b');
  });
});

describe('bad wildcard patterns', () => {
  it('a reversed range is PowerShell\'s wildcard error', () => {
    expect(errorOf(() => op('-like')('a', '[z-a]'))).toBe('The specified wildcard character pattern is not valid: [z-a]');
  });
});
