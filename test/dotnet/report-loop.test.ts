// The report-building loop admin scripts write (`$rows.Add([PSCustomObject]@{ ... "user$i" ... })`)
// runs on fast paths; these examples pin down that they still behave as pwsh 7.6 does.
import { describe, expect, it } from 'vitest';
import { ps, psErrors } from './ps.js';

describe('$list.Add(x) straight into the list', () => {
  it('ArrayList.Add returns the new index; List[T].Add returns nothing', async () => {
    expect(await ps('$a = [System.Collections.ArrayList]::new(); $a.Add("x"); $a.Add(2); [void]$a.Add(3); $a.Count')).toEqual(['0', '1', '3']);
    expect(await ps('$l = [System.Collections.Generic.List[object]]::new(); $l.Add(@(1, 2)); $l.Add($null); $l.Count; $l[0].Count')).toEqual(['2', '2']);
  });

  it('a value not of the element type is still converted, or refused in pwsh words', async () => {
    expect(await ps('$l = [System.Collections.Generic.List[int]]::new(); $l.Add("7"); $l.Add(3.5); $l.Add(2.5); $l -join ","')).toEqual(['7,4,2']);
    expect(await ps('$s = [System.Collections.Generic.List[string]]::new(); $s.Add(5); $s[0].GetType().Name')).toEqual(['String']);
    expect(await psErrors('$l = [System.Collections.Generic.List[int]]::new(); $l.Add("x")')).toEqual([
      'Cannot convert argument "item", with value: "x", for "Add" to type "System.Int32": "Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format.""',
    ]);
  });

  it('Add on something that is not a list goes to that object', async () => {
    expect(await ps('$h = @{}; $h.Add("k", 1); $h.k; $d = [datetime]"2024-01-01"; $d.AddDays(1).Day')).toEqual(['1', '2']);
  });
});

describe('[PSCustomObject]@{} with constant keys', () => {
  it('keeps the keys in order and as written, found in any case', async () => {
    expect(await ps('$o = [PSCustomObject]@{ Zed = 1; alpha = 2; "Quoted Key" = 3 }; $o.PSObject.Properties.Name -join ","; $o.zed; $o."quoted key"')).toEqual(['Zed,alpha,Quoted Key', '1', '3']);
  });

  it('a repeated key is an error', async () => {
    expect(await psErrors('[PSCustomObject]@{ a = 1; A = 2 }')).toEqual(["Duplicate keys 'A' are not allowed in hash literals."]);
  });
});

describe('expandable strings', () => {
  it('convert each part when it is evaluated, so $OFS set in a subexpression joins what follows', async () => {
    expect(await ps('$ofs = "-"; "$(1,2) $($ofs = "+"; 3,4)"')).toEqual(['1-2 3+4']);
    expect(await ps('$x = 1, 2; "n=$(1.5) b=$true null=$null x=$x"')).toEqual(['n=1.5 b=True null= x=1 2']);
  });
});
