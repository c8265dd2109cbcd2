// System.Type's methods on type values, as admin scripts probe types; every expectation is what pwsh 7.6 prints.
import { describe, expect, it } from 'vitest';
import { ps } from './ps.js';

describe('GetEnumUnderlyingType()', () => {
  it('names the integral type behind an enum, Int32 unless the enum says otherwise', async () => {
    expect(await ps('enum Color { Red; Green }\n[Color].GetEnumUnderlyingType().FullName; [Color]::Red.GetType().GetEnumUnderlyingType().Name')).toEqual(['System.Int32', 'Int32']);
    expect(await ps('enum Big : long { Huge = 5000000000 }\n[Big].GetEnumUnderlyingType().Name')).toEqual(['Int64']);
    expect(await ps('[System.DayOfWeek].GetEnumUnderlyingType().Name')).toEqual(['Int32']);
  });

  it('refuses a type that is not an enum, as .NET does', async () => {
    expect(await ps('try { [string].GetEnumUnderlyingType() } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }')).toEqual([
      'Exception calling "GetEnumUnderlyingType" with "0" argument(s): "Type provided must be an Enum. (Parameter \'enumType\')"',
      'ArgumentException',
      'System.Management.Automation.MethodInvocationException',
    ]);
  });
});

describe('Type.ToString()', () => {
  it("gives .NET's name, generic arity and all, and has no overload taking a format", async () => {
    expect(await ps('[System.Collections.Generic.List[int]].ToString(); [System.Collections.Generic.Dictionary[string,int]].ToString(); [int[]].ToString(); [string].ToString()')).toEqual([
      'System.Collections.Generic.List`1[System.Int32]',
      'System.Collections.Generic.Dictionary`2[System.String,System.Int32]',
      'System.Int32[]',
      'System.String',
    ]);
    expect(await ps('$l = [System.Collections.Generic.List[int]]::new(); $l.GetType().ToString()')).toEqual(['System.Collections.Generic.List`1[System.Int32]']);
    expect(await ps("try { [string].ToString('x') } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }")).toEqual([
      'Cannot find an overload for "ToString" and the argument count: "1".',
      'MethodCountCouldNotFindBest',
    ]);
  });
});

describe('GetInterface()', () => {
  it('finds an interface by simple or namespace-qualified name, case-sensitively unless asked', async () => {
    expect(await ps("[string].GetInterface('IComparable').FullName; [string].GetInterface('System.IComparable').Name")).toEqual(['System.IComparable', 'IComparable']);
    expect(await ps("$null -eq [string].GetInterface('IList'); $null -eq [string].GetInterface('icomparable'); [string].GetInterface('icomparable', $true).FullName")).toEqual([
      'True',
      'True',
      'System.IComparable',
    ]);
    expect(await ps("[hashtable].GetInterface('IDictionary').FullName; [datetime].GetInterface('IFormattable').Name")).toEqual(['System.Collections.IDictionary', 'IFormattable']);
  });

  it('closes generic interfaces over the type and its elements', async () => {
    expect(await ps("[System.Collections.Generic.List[int]].GetInterface('IList').FullName; [System.Collections.Generic.List[int]].GetInterface('IList`1').FullName")).toEqual([
      'System.Collections.IList',
      'System.Collections.Generic.IList`1[[System.Int32, System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]',
    ]);
    expect(await ps("[System.Collections.Generic.List[string]].GetInterface('System.Collections.Generic.IEnumerable`1').ToString(); [int[]].GetInterface('IEnumerable').FullName; [int[]].GetInterface('IList`1').ToString()")).toEqual([
      'System.Collections.Generic.IEnumerable`1[System.String]',
      'System.Collections.IEnumerable',
      'System.Collections.Generic.IList`1[System.Int32]',
    ]);
    expect(await ps("[System.Collections.Generic.Dictionary[string,int]].GetInterface('IDictionary`2').ToString(); (Get-Date).GetType().GetInterface('IComparable`1').ToString()")).toEqual([
      'System.Collections.Generic.IDictionary`2[System.String,System.Int32]',
      'System.IComparable`1[System.DateTime]',
    ]);
  });
});
