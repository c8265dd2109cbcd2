// The number types as PowerShell scripts see them; every expectation is what pwsh 7.6.10 prints.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';
import { toStringValue } from '../../src/runtime/conversions.js';

/** Runs a script and returns each output object as PowerShell's string conversion shows it. */
async function lines(script: string): Promise<string[]> {
  const { output, errors } = await new Session().run(script);
  expect(errors.map((e) => e.message)).toEqual([]);
  return output.map((v) => toStringValue(v));
}

/** `"value : TypeName"` for each expression, as `"{0} : {1}" -f $x, $x.GetType().Name` prints it. */
async function typed(...expressions: string[]): Promise<string[]> {
  return lines(expressions.map((e) => `& { $x = ${e}; "$x : $($x.GetType().Name)" }`).join('\n'));
}

describe('literals have the types of their form', () => {
  it('a decimal point or exponent makes a Double, even when integral', async () => {
    expect(await typed('2.0', '1e3', '1.5', '1.5mb')).toEqual(['2 : Double', '1000 : Double', '1.5 : Double', '1572864 : Double']);
  });
  it('integers are Int32 until they do not fit, then Int64, then Decimal', async () => {
    expect(await typed('0x10', '1kb', '2147483647', '2147483648', '-2147483648', '2gb')).toEqual([
      '16 : Int32',
      '1024 : Int32',
      '2147483647 : Int32',
      '2147483648 : Int64',
      '-2147483648 : Int32',
      '2147483648 : Int64',
    ]);
  });
  it('type suffixes: l long, d decimal, y sbyte, uy byte, s short, u uint, n bigint', async () => {
    expect(await typed('1L', '1l', '1d', '1.5d', '1y', '1uy', '1s', '1us', '1u', '1ul', '1n')).toEqual([
      '1 : Int64',
      '1 : Int64',
      '1 : Decimal',
      '1.5 : Decimal',
      '1 : SByte',
      '1 : Byte',
      '1 : Int16',
      '1 : UInt16',
      '1 : UInt32',
      '1 : UInt64',
      '1 : BigInteger',
    ]);
  });
});

describe('casts give the named type', () => {
  it('[double] [long] [byte] [decimal] [single] [int16] [bigint]', async () => {
    expect(await typed('[double]2', '[long]1', '[byte]0', '[decimal]1', '[single]0.1', '[int16]5', '[bigint]5', '[int]2.5', '[int]3.5')).toEqual([
      '2 : Double',
      '1 : Int64',
      '0 : Byte',
      '1 : Decimal',
      '0.1 : Single',
      '5 : Int16',
      '5 : BigInteger',
      '2 : Int32',
      '4 : Int32',
    ]);
  });
  it('-is and -as see the type', async () => {
    expect(await lines('2.0 -is [double]; 2 -is [double]; 1L -is [long]; [byte]1 -is [int]; (2 -as [double]) -is [double]; [double]2 -is [ValueType]')).toEqual([
      'True',
      'False',
      'True',
      'False',
      'True',
      'True',
    ]);
  });
});

describe('arithmetic result types', () => {
  it('Int32 stays Int32 while it fits, and overflows into a Double', async () => {
    expect(await typed('4/2', '5/2', '10 % 3', '[int]::MaxValue + 1', '2147483647 * 3', '-[int]::MinValue')).toEqual([
      '2 : Int32',
      '2.5 : Double',
      '1 : Int32',
      '2147483648 : Double',
      '6442450941 : Double',
      '2147483648 : Double',
    ]);
  });
  it('a Double operand makes a Double, even when the result is integral', async () => {
    expect(await typed('1.5*2', '2.0 + 1', '[double]10 % 3', '-(2.0)', '2.0 + "3"')).toEqual(['3 : Double', '3 : Double', '1 : Double', '-2 : Double', '5 : Double']);
  });
  it('the wider integer type wins; types smaller than Int32 widen to it', async () => {
    expect(await typed('1L + 1', '[long]6/[long]3', '[long]7/2', '[byte]1 + [byte]1', '[byte]255 + 1', '[int16]1 + [byte]1', '[uint32]1 + 1', '[long]1 + [uint32]1', '-[byte]1')).toEqual([
      '2 : Int64',
      '2 : Int64',
      '3.5 : Double',
      '2 : Int32',
      '256 : Int32',
      '2 : Int32',
      '2 : UInt32',
      '2 : Int64',
      '-1 : Int32',
    ]);
  });
  it('Decimal wins over everything; Single arithmetic is Double', async () => {
    expect(await typed('[decimal]1 + 1', '[decimal]1 + 1.5', '[decimal]5/2', '-[decimal]1', '[single]1.5 + 1', '[decimal]1 + [long]1')).toEqual([
      '2 : Decimal',
      '2.5 : Decimal',
      '2.5 : Decimal',
      '-1 : Decimal',
      '2.5 : Double',
      '2 : Decimal',
    ]);
  });
  it('-band and -shl keep an Int64 operand', async () => {
    expect(await typed('1L -band 3', '5 -band [byte]1', '[long]5 -shl 40')).toEqual(['1 : Int64', '1 : Int32', '5497558138880 : Int64']);
  });
  it('[math] methods return Doubles', async () => {
    expect(await typed('[math]::Round(2.5)', '[math]::Floor(2.5)', '[math]::Pow(2, 3)', '[math]::Sqrt(4)')).toEqual(['2 : Double', '2 : Double', '8 : Double', '2 : Double']);
  });
});

describe('comparison, equality and keys across types', () => {
  it('numbers of different types compare by value', async () => {
    expect(await lines('2.0 -eq 2; 1L -eq 1; "2" -eq 2.0; [byte]3 -gt 2.5; 2.0 -in 1,2,3; (3, 1L, 2.5 | Sort-Object) -join ","')).toEqual(['True', 'True', 'True', 'True', 'True', '1,2.5,3']);
  });
  it('a hashtable keeps Int32 and Double keys apart, as .NET does', async () => {
    expect(await lines('$h = @{1 = "int"}; $h[1.0] -eq $null; $h[2.0] = "double"; $h[2] -eq $null; $h[2.0]')).toEqual(['True', 'True', 'double']);
  });
  it('an index is rounded to even as [int] does', async () => {
    expect(await lines('(10, 20, 30)[1.6]; (10, 20, 30)[0.5]; (10, 20, 30)[1L]')).toEqual(['30', '10', '20']);
  });
});

describe('how typed numbers print', () => {
  it('an integral Double prints without decimals alone, in strings and with ToString()', async () => {
    expect(await lines('[double]2; "[$(2.0)]"; (2.0).ToString(); "{0:N2}" -f 2.0; [single]0.1')).toEqual(['2', '[2]', '2', '2.00', '0.1']);
  });
  it('ConvertTo-Json marks an integral Double or Decimal with .0', async () => {
    expect(await lines('[double]2 | ConvertTo-Json; 1L | ConvertTo-Json; [decimal]1.5 | ConvertTo-Json; [decimal]2 | ConvertTo-Json; 1.5 | ConvertTo-Json')).toEqual(['2.0', '1', '1.5', '2.0', '1.5']);
  });
  it('ConvertFrom-Json reads integers as Int64 and others as Double', async () => {
    expect(await lines(`$o = '{"a":1,"b":1.0,"c":12345678901}' | ConvertFrom-Json; $o.a.GetType().Name; $o.b.GetType().Name; $o.c.GetType().Name`)).toEqual(['Int64', 'Double', 'Int64']);
  });
  it('tables show Doubles and Decimals with the culture\'s three decimals, integers as they are', async () => {
    const table = await lines('[pscustomobject]@{A=[double]2;B=1.5;C=2;D=[decimal]2;E=1L} | Format-Table | Out-String');
    expect(table.join('').split('\n').slice(1, 4)).toEqual(['    A     B C     D E', '    -     - -     - -', '2.000 1.500 2 2.000 1']);
  });
  it('a list shows them as their string form', async () => {
    const list = await lines('[pscustomobject]@{A=[double]2;B=1.5} | Format-List | Out-String');
    expect(list.join('').trim().split('\n')).toEqual(['A : 2', 'B : 1.5']);
  });
});

describe('Measure-Object', () => {
  it('reports Sum, Average, Maximum and Minimum as Doubles', async () => {
    expect(await lines('$m = 1, 2, 3 | Measure-Object -Sum -Average -Maximum -Minimum; $m.Sum.GetType().Name; $m.Average.GetType().Name; $m.Maximum.GetType().Name; $m.Minimum.GetType().Name; $m.Sum; $m.Count.GetType().Name')).toEqual([
      'Double',
      'Double',
      'Double',
      'Double',
      '6',
      'Int32',
    ]);
  });
});
