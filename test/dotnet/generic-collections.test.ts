// .NET collections as admin scripts use them; every expectation is what pwsh 7.6 prints.
import { describe, expect, it } from 'vitest';
import { ps, psErrors, psFormat } from './ps.js';

const USING = 'using namespace System.Collections.Generic\n';

describe('List[T]', () => {
  it('converts what is added to the element type, and says so when it cannot', async () => {
    expect(await ps(USING + "$l = [List[int]]::new(); $l.Add('5'); $l.Add(7); \"$l\"; $l[0].GetType().Name")).toEqual(['5 7', 'Int32']);
    expect(await psErrors(USING + "$l = [List[int]]::new(); $l.Add('x')")).toEqual([
      'Cannot convert argument "item", with value: "x", for "Add" to type "System.Int32": "Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format.""',
    ]);
    expect(await ps(USING + "try { [List[int]]::new().Add('x') } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }")).toEqual([
      'MethodArgumentConversionInvalidCastArgument',
      'System.Management.Automation.MethodException',
    ]);
  });

  it('prints its type names as .NET does', async () => {
    expect(await ps(USING + '$l = [List[int]]::new(); $l.GetType().FullName; $l.GetType().Name; $l.GetType().ToString(); $l.GetType().Namespace')).toEqual([
      'System.Collections.Generic.List`1[[System.Int32, System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]',
      'List`1',
      'System.Collections.Generic.List`1[System.Int32]',
      'System.Collections.Generic',
    ]);
    expect(await ps('[System.Collections.Generic.List[PSObject]]::new().GetType().FullName')).toEqual([
      'System.Collections.Generic.List`1[[System.Management.Automation.PSObject, System.Management.Automation, Version=7.6.0.500, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]',
    ]);
  });

  it('has the everyday members', async () => {
    const script = `${USING}$l = [List[string]]::new(); $l.Add('b'); $l.Add('a'); $l.Sort(); $l -join ','; $l.IndexOf('a'); $l.Contains('A')
      $l.Insert(0,'z'); $l -join ','; $l.Remove('z'); $l.Remove('q'); $l.RemoveAt(0); $l -join ','
      $l.AddRange([string[]]('c','d')); $l.Count; $l.ToArray().Count; $l[-1]; $l[1] = 'B'; $l -join ','`;
    expect(await ps(script)).toEqual(['a,b', '0', 'False', 'z,a,b', 'True', 'False', 'b', '3', '3', 'd', 'b,B,d']);
  });

  it('takes script blocks for its Predicate and Action parameters', async () => {
    const script = `${USING}$l = [List[int]](3,1,2); $l.Sort(); $l -join ','
      $l.Exists({ param($x) $x -gt 2 }); $l.Find({ param($x) $x -gt 1 }); $l.FindAll({ param($x) $x -gt 1 }) -join ','
      $l.RemoveAll({ param($x) $x -gt 2 }); $l -join ','`;
    expect(await ps(script)).toEqual(['1,2,3', 'True', '2', '2,3', '1', '1,2']);
    // List.ForEach is the .NET method (an Action: no output); .Where is PowerShell's.
    expect(await ps(USING + '$l = [List[int]](5,7); $l.ForEach({ $_ * 2 }); $l.Where({ $_ -gt 5 })')).toEqual(['7']);
  });

  it('is enumerated by foreach and the pipeline', async () => {
    expect(await ps(USING + '$l = [List[int]](1,2,3); foreach ($x in $l) { $x * 10 }; ($l | Measure-Object -Sum).Sum; $l | Where-Object { $_ -ge 2 }')).toEqual(['10', '20', '30', '6', '2', '3']);
  });

  it('reports index errors as .NET does', async () => {
    expect(await ps(USING + '$l = [List[int]](1); try { $l[5] = 1 } catch { $_.Exception.Message }; try { $l.RemoveAt(3) } catch { $_.Exception.Message }')).toEqual([
      "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')",
      'Exception calling "RemoveAt" with "1" argument(s): "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter \'index\')"',
    ]);
  });

  it('a method it lacks is named with its full type name', async () => {
    expect(await psErrors(USING + '[List[string]]::new().Dequeue()')).toEqual([
      "Method invocation failed because [System.Collections.Generic.List`1[[System.String, System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]] does not contain a method named 'Dequeue'.",
    ]);
  });
});

describe('Dictionary[K,V] and SortedDictionary', () => {
  it('is case-sensitive by default and typed', async () => {
    const script = `${USING}$d = [Dictionary[string,int]]::new(); $d['a'] = 1; $d.Add('b', '2')
      "A:" + $d['A']; $d.a; $d.Count; $d.Keys -join ','; $d['b'].GetType().Name
      $d.ContainsKey('a'); $d.ContainsKey('A'); $d.ContainsValue(2); $d.Remove('a'); $d.Remove('zz'); $d.Count`;
    expect(await ps(script)).toEqual(['A:', '1', '2', 'a,b', 'Int32', 'True', 'False', 'True', 'True', 'False', '1']);
  });

  it('takes a StringComparer', async () => {
    expect(await ps(USING + "$d = [Dictionary[string,int]]::new([StringComparer]::OrdinalIgnoreCase); $d['A'] = 5; $d['a']")).toEqual(['5']);
  });

  it('TryGetValue writes through [ref]', async () => {
    expect(await ps(USING + "$d = [Dictionary[string,int]]::new(); $d['b'] = 2; $v = 0; $d.TryGetValue('b', [ref]$v); $v; $d.TryGetValue('zz', [ref]$v); $v")).toEqual(['True', '2', 'False', '0']);
  });

  it('Add of an existing key is an error', async () => {
    expect(await psErrors(USING + "$d = [Dictionary[string,int]]::new(); $d.Add('a', 1); $d.Add('a', 3)")).toEqual([
      'Exception calling "Add" with "2" argument(s): "An item with the same key has already been added. Key: a"',
    ]);
  });

  it('is one object in the pipeline, and shows Key/Value rows', async () => {
    expect(await ps(USING + "$d = [Dictionary[string,int]]::new(); $d['a'] = 1; $d | ForEach-Object { \"item: $_\" }; $d.GetEnumerator() | ForEach-Object { \"$($_.Key)=$($_.Value)\" }")).toEqual([
      'item: System.Collections.Generic.Dictionary`2[System.String,System.Int32]',
      'a=1',
    ]);
    expect(await psFormat(USING + "$d = [Dictionary[string,int]]::new(); $d['a'] = 1; $d['b'] = 2; $d")).toContain('Key Value\n--- -----\na       1\nb       2');
  });

  it('SortedDictionary enumerates its keys in order', async () => {
    expect(await ps(USING + "$sd = [SortedDictionary[string,int]]::new(); $sd['z'] = 1; $sd['b'] = 2; $sd.Keys -join ','")).toEqual(['b,z']);
  });
});

describe('HashSet, Queue, Stack, ArrayList', () => {
  it('HashSet keeps one of each, with an optional comparer', async () => {
    expect(await ps(USING + "$h = [HashSet[string]]::new(); $h.Add('a'); $h.Add('A'); $h.Add('a'); $h.Count")).toEqual(['True', 'True', 'False', '2']);
    expect(await ps(USING + "$h = [HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase); $h.Add('A'); $h.Add('a')")).toEqual(['True', 'False']);
    expect(await ps(USING + '$h = [HashSet[int]]@(1,2,2,3); $h.Count; $h.UnionWith([int[]](4,5)); $h.Count; $h.IsSubsetOf([int[]](1,2,3,4,5,6)); $h -join \',\'')).toEqual(['3', '5', 'True', '1,2,3,4,5']);
  });

  it('Queue and Stack', async () => {
    expect(await ps(USING + '$q = [Queue[int]]::new(); 1..3 | ForEach-Object { $q.Enqueue($_) }; $q -join \',\'; $q.Peek(); $q.Dequeue(); $q.Count; $q.GetType().Name')).toEqual(['1,2,3', '1', '1', '2', 'Queue`1']);
    expect(await ps(USING + '$s = [Stack[int]]::new(); 1..3 | ForEach-Object { $s.Push($_) }; $s -join \',\'; $s.Pop(); $s.Peek(); $s.ToArray() -join \',\'')).toEqual(['3,2,1', '3', '2', '2,1']);
    expect(await psErrors(USING + '[Queue[int]]::new().Dequeue()')).toEqual(['Exception calling "Dequeue" with "0" argument(s): "Queue empty."']);
    expect(await psErrors(USING + '[Stack[int]]::new().Pop()')).toEqual(['Exception calling "Pop" with "0" argument(s): "Stack empty."']);
  });

  it('ArrayList.Add returns the index', async () => {
    expect(await ps("$al = [System.Collections.ArrayList]::new(); $al.Add(1); $al.Add('x') | Out-Null; $al.Count; $al.GetType().FullName")).toEqual(['0', '2', 'System.Collections.ArrayList']);
  });
});

describe('nesting, New-Object and conversions', () => {
  it('nested generic types print as .NET does; keys convert to TKey', async () => {
    expect(await ps(USING + "$dd = [Dictionary[string,List[string]]]::new(); $dd['a'] = [List[string]]::new(); $dd['a'].Add('x'); $dd['a'].Count; $dd.GetType().ToString()")).toEqual([
      '1',
      'System.Collections.Generic.Dictionary`2[System.String,System.Collections.Generic.List`1[System.String]]',
    ]);
    expect(await ps(USING + "$d = [Dictionary[int,string]]::new(); $d[1] = 'one'; $d['2'] = 'two'; $d[2]; $d.Keys -join ','")).toEqual(['two', '1,2']);
    expect(await ps(USING + "$d = [Dictionary[int,string]]::new(); try { $d[$null] = 'x' } catch { $_.Exception.Message }")).toEqual(['Index operation failed; the array index evaluated to null.']);
  });

  it('New-Object, typed variables and += behave as in pwsh', async () => {
    expect(await ps("$n = New-Object 'System.Collections.Generic.List[string]'; $n.Add(5); $n[0].GetType().Name")).toEqual(['String']);
    expect(await ps(USING + "[List[string]]$x = 'a','b'; $x.GetType().Name; $x.Add('c'); $x.Count; $l = [List[int]](1,2); $l += 4; $l.GetType().Name")).toEqual(['List`1', '3', 'Object[]']);
    expect(await ps(USING + "$e = [List[object]]::new(); $e.Add(@{a=1}); $e[0].GetType().Name; $l = [List[int]](1,2); $l | ConvertTo-Json -Compress")).toEqual(['Hashtable', '[1,2]']);
  });
});

describe('-is and casts', () => {
  it('knows the generic type and its interfaces', async () => {
    expect(await ps(USING + '$l = [List[string]]::new(); $l -is [List[string]]; $l -is [System.Collections.IList]; $l -is [List[int]]; ([List[string]]$l).Count')).toEqual(['True', 'True', 'False', '0']);
  });
});
