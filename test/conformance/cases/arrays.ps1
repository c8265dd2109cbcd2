# Arrays: construction, unrolling, indexing and slicing, +=, nesting, typed arrays, member enumeration.
### 1,2,3
1,2,3
### @(1,2,3)
@(1,2,3)
### @()
@()
### @().Count
@().Count
### @(@())
@(@())
### @(@()).Count
@(@()).Count
### @(,@(1,2)).Count
@(,@(1,2)).Count
### (,1).Count
(,1).Count
### ,1 | ForEach-Object { $_.GetType().Name }
,1 | ForEach-Object { $_.GetType().Name }
### ,@(1,2) | Measure-Object | Select-Object -ExpandProperty Count
,@(1,2) | Measure-Object | Select-Object -ExpandProperty Count
### @(1,@(2,3)).Count
@(1,@(2,3)).Count
### @(1,@(2,3))[1]
@(1,@(2,3))[1]
### $a = 1..5; $a[0]
$a = 1..5; $a[0]
### $a = 1..5; $a[-1]
$a = 1..5; $a[-1]
### $a = 1..5; $a[-2..-1]
$a = 1..5; $a[-2..-1]
### $a = 1..5; $a[1..3]
$a = 1..5; $a[1..3]
### $a = 1..5; $a[3..1]
$a = 1..5; $a[3..1]
### $a = 1..5; $a[0,2,4]
$a = 1..5; $a[0,2,4]
### $a = 1..5; $a[10]
$a = 1..5; $a[10]
### $a = 1..5; $a[10].GetType()
$a = 1..5; $a[10].GetType()
### $a = 1..5; $a[1..10]
$a = 1..5; $a[1..10]
### $a = 1..5; $a[-10]
$a = 1..5; $a[-10]
### $a = 1..5; $a[$null]
$a = 1..5; $a[$null]
### $a = 1..5; $a['1']
$a = 1..5; $a['1']
### $a = 1..5; $a[1.6]
$a = 1..5; $a[1.6]
### $a = 1..5; $a.Length
$a = 1..5; $a.Length
### $a = 1..5; $a.Count
$a = 1..5; $a.Count
### $a = 1..5; $a.Rank
$a = 1..5; $a.Rank
### $a = 1,2; $a[5] = 1
$a = 1,2; $a[5] = 1
### $a = 1,2; $a[1] = 'x'; $a
$a = 1,2; $a[1] = 'x'; $a
### $a = @(); $a += 1; $a += 2; $a
$a = @(); $a += 1; $a += 2; $a
### $a = @(); $a += @(1,2); $a.Count
$a = @(); $a += @(1,2); $a.Count
### $a = @(); $a += ,@(1,2); $a.Count
$a = @(); $a += ,@(1,2); $a.Count
### $a = 1; $a += 2; $a.GetType().Name
$a = 1; $a += 2; $a.GetType().Name
### $a = 'x'; $a += 'y'; $a
$a = 'x'; $a += 'y'; $a
### [int[]]$a = 1,2; $a += 'x'
[int[]]$a = 1,2; $a += 'x'
### [int[]]$a = 1,2; $a += '3'; $a; $a.GetType().Name
[int[]]$a = 1,2; $a += '3'; $a; $a.GetType().Name
### [int[]]$a = '1','2'; $a.GetType().Name
[int[]]$a = '1','2'; $a.GetType().Name
### [string[]]$a = 1,2; $a[0].GetType().Name
[string[]]$a = 1,2; $a[0].GetType().Name
### $a = [int[]]::new(3); $a
$a = [int[]]::new(3); $a
### $a = [string[]]::new(2); $a.Count; $null -eq $a[0]
$a = [string[]]::new(2); $a.Count; $null -eq $a[0]
### $a = New-Object 'int[]' 2; $a
$a = New-Object 'int[]' 2; $a
### $a = 1..3; $a.GetType().FullName
$a = 1..3; $a.GetType().FullName
### (1..3).GetType().Name
(1..3).GetType().Name
### @(1,'a',$true).GetType().Name
@(1,'a',$true).GetType().Name
### $a = 1,2,3; $b = $a; $b[0] = 9; $a[0]
$a = 1,2,3; $b = $a; $b[0] = 9; $a[0]
### $a = 1,2,3; $b = $a.Clone(); $b[0] = 9; $a[0]
$a = 1,2,3; $b = $a.Clone(); $b[0] = 9; $a[0]
### $a = 3,1,2; [array]::Sort($a); $a
$a = 3,1,2; [array]::Sort($a); $a
### [array]::Reverse(($a = 1,2,3)); $a
[array]::Reverse(($a = 1,2,3)); $a
### [array]::IndexOf(@('a','b'), 'b')
[array]::IndexOf(@('a','b'), 'b')
### $a = 1,2,3; $a.IndexOf(2)
$a = 1,2,3; $a.IndexOf(2)
### $a = 1,2,3; $a.Contains(2)
$a = 1,2,3; $a.Contains(2)
### $a = 1,2,3; [array]::Exists($a, [Predicate[object]]{ $args[0] -gt 2 })
$a = 1,2,3; [array]::Exists($a, [Predicate[object]]{ $args[0] -gt 2 })
### $a = 1,2,3; $a.Where({ $_ -gt 1 })
$a = 1,2,3; $a.Where({ $_ -gt 1 })
### $a = 1,2,3; $a.Where({ $_ -gt 1 }, 'First')
$a = 1,2,3; $a.Where({ $_ -gt 1 }, 'First')
### $a = 1..10; $a.Where({ $_ % 2 }, 'Last', 2)
$a = 1..10; $a.Where({ $_ % 2 }, 'Last', 2)
### $a = 1..6; $a.Where({ $_ -lt 3 }, 'Split')
$a = 1..6; $a.Where({ $_ -lt 3 }, 'Split')
### $a = 1,2,3; $a.ForEach({ $_ * 2 })
$a = 1,2,3; $a.ForEach({ $_ * 2 })
### $a = 'a','b'; $a.ForEach('ToUpper')
$a = 'a','b'; $a.ForEach('ToUpper')
### $a = [pscustomobject]@{n=1},[pscustomobject]@{n=2}; $a.ForEach('n')
$a = [pscustomobject]@{n=1},[pscustomobject]@{n=2}; $a.ForEach('n')
### ('a','bb','ccc').Length
('a','bb','ccc').Length
### ('a','bb','ccc').Count
('a','bb','ccc').Count
### ('a','bb','ccc').ToUpper()
('a','bb','ccc').ToUpper()
### ('a','bb').Length.GetType().Name
('a','bb').Length.GetType().Name
### @([pscustomobject]@{n=1},[pscustomobject]@{n=2}).n
@([pscustomobject]@{n=1},[pscustomobject]@{n=2}).n
### @([pscustomobject]@{n=1},[pscustomobject]@{m=2}).n
@([pscustomobject]@{n=1},[pscustomobject]@{m=2}).n
### @([pscustomobject]@{n=@(1,2)},[pscustomobject]@{n=3}).n
@([pscustomobject]@{n=@(1,2)},[pscustomobject]@{n=3}).n
### @(@{k='a'},@{k='b'}).k
@(@{k='a'},@{k='b'}).k
### @().n
@().n
### @().n.Count
@().n.Count
### $null.Count
$null.Count
### $null.Length
$null.Length
### $x = $null; $x.Count
$x = $null; $x.Count
### (5).Count
(5).Count
### 'abc'.Count
'abc'.Count
### (5)[0]
(5)[0]
### (5)[1]
(5)[1]
### 'abc'[0].GetType().Name
'abc'[0].GetType().Name
### $a = ,'x'; $a.Count
$a = ,'x'; $a.Count
### $a = @(1,2,3); $a -eq 2
$a = @(1,2,3); $a -eq 2
### $a = @(1,2,3); if ($a -eq 4) { 'yes' } else { 'no' }
$a = @(1,2,3); if ($a -eq 4) { 'yes' } else { 'no' }
### $a = @(0); if ($a) { 'yes' } else { 'no' }
$a = @(0); if ($a) { 'yes' } else { 'no' }
### $a = @(); if ($a) { 'yes' } else { 'no' }
$a = @(); if ($a) { 'yes' } else { 'no' }
### $a = @($null); if ($a) { 'yes' } else { 'no' }
$a = @($null); if ($a) { 'yes' } else { 'no' }
### $a = @($null, $null); if ($a) { 'yes' } else { 'no' }
$a = @($null, $null); if ($a) { 'yes' } else { 'no' }
### $a = @(1,2,3); $a | Measure-Object
$a = @(1,2,3); $a | Measure-Object
### $a = @(1,2,3); $a * 2
$a = @(1,2,3); $a * 2
### $a = @(1,2), @(3,4); $a[1][0]
$a = @(1,2), @(3,4); $a[1][0]
### $a = @(1,2), @(3,4); $a.Count
$a = @(1,2), @(3,4); $a.Count
### $a = @(1,2), @(3,4); $a
$a = @(1,2), @(3,4); $a
### $a = [int[]](1..3); $a.GetType().Name
$a = [int[]](1..3); $a.GetType().Name
### [object[]]$a = 1; $a.GetType().Name
[object[]]$a = 1; $a.GetType().Name
### $a = @(1); $a.GetType().Name
$a = @(1); $a.GetType().Name
### function f { ,@(1,2) }; (f).Count
function f { ,@(1,2) }; (f).Count
### function f { @(1,2) }; (f).Count
function f { @(1,2) }; (f).Count
### function f { @(1) }; (f).GetType().Name
function f { @(1) }; (f).GetType().Name
### function f { @() }; $null -eq (f)
function f { @() }; $null -eq (f)
### function f { return ,@() }; (f).GetType().Name
function f { return ,@() }; (f).GetType().Name
### $a = foreach ($i in 1..3) { $i }; $a.GetType().Name
$a = foreach ($i in 1..3) { $i }; $a.GetType().Name
### $a = foreach ($i in 1) { $i }; $a.GetType().Name
$a = foreach ($i in 1) { $i }; $a.GetType().Name
### $a = 1..3 | ForEach-Object { $_ }; $a.Count
$a = 1..3 | ForEach-Object { $_ }; $a.Count
### $a = @(1..3 | Where-Object { $_ -gt 5 }); $a.Count
$a = @(1..3 | Where-Object { $_ -gt 5 }); $a.Count
### $a = 1..3 | Where-Object { $_ -gt 5 }; $null -eq $a
$a = 1..3 | Where-Object { $_ -gt 5 }; $null -eq $a
### [array]$a = 5; $a.Count
[array]$a = 5; $a.Count
### @(1,2,3) -join ','
@(1,2,3) -join ','
### $a,$b,$c = 1..5; $c
$a,$b,$c = 1..5; $c
### $first, $rest = 1..4; $rest
$first, $rest = 1..4; $rest
### $a = 1,2,3; [array]::Resize([ref]$a, 5); $a.Count
$a = 1,2,3; [array]::Resize([ref]$a, 5); $a.Count
### $a = 1..3; $a.SetValue(9, 0); $a
$a = 1..3; $a.SetValue(9, 0); $a
### [int[]]::new(2).GetType().Name
[int[]]::new(2).GetType().Name
### $m = New-Object 'int[,]' 2,2; $m[1,1] = 5; $m[1,1]
$m = New-Object 'int[,]' 2,2; $m[1,1] = 5; $m[1,1]
### $m = [int[,]]::new(2,3); $m.Rank; $m.Length
$m = [int[,]]::new(2,3); $m.Rank; $m.Length
### $a = 1..3; $a.Count -eq $a.Length
$a = 1..3; $a.Count -eq $a.Length
### $a = @(1,2,3); $a[1..2] = 5
$a = @(1,2,3); $a[1..2] = 5
### $a = [System.Collections.Generic.List[object]]::new(); $a.AddRange([object[]]@(1,2)); $a.Count
$a = [System.Collections.Generic.List[object]]::new(); $a.AddRange([object[]]@(1,2)); $a.Count
### $a = [System.Collections.ArrayList]@(1,2,3); $a.RemoveAt(0); $a
$a = [System.Collections.ArrayList]@(1,2,3); $a.RemoveAt(0); $a
### $a = 1..3; $a[0]++; $a
$a = 1..3; $a[0]++; $a
### $a = @('b','a','c'); $a | Sort-Object
$a = @('b','a','c'); $a | Sort-Object
### $a = 1..3; [Linq.Enumerable]::Sum([int[]]$a)
$a = 1..3; [Linq.Enumerable]::Sum([int[]]$a)
### $a = 1..5; $a[0..1] + $a[-1]
$a = 1..5; $a[0..1] + $a[-1]
### $a = @(1,2,3); $a.Remove(1)
$a = @(1,2,3); $a.Remove(1)
### $a = @(1,2,3); $a.Add(4)
$a = @(1,2,3); $a.Add(4)
### $a = 'x'; $a[0] = 'y'
$a = 'x'; $a[0] = 'y'
### 1,2,3 | Select-Object -Last 1
1,2,3 | Select-Object -Last 1
### (1,2,3)[0..5].Count
(1,2,3)[0..5].Count
### $a = 1..3; $a[$a.Count]
$a = 1..3; $a[$a.Count]
### @(1,2,3).Count.GetType().Name
@(1,2,3).Count.GetType().Name
### (1..1000).Count
(1..1000).Count
### (1..3) + (4..5)
(1..3) + (4..5)
### $a = 1..3; [string]$a
$a = 1..3; [string]$a
### $a = 'a','b'; $a -like 'a*'
$a = 'a','b'; $a -like 'a*'
### large: + of two 200,000-element arrays
$a = 1..200000; ($a + $a).Count
### large: * of a 200,000-element array
(@(1..200000) * 2).Count
### large: a million-element split
$s = 'a,' * 1000000; ($s -split ',').Count
### large: unary split of 300,000 words
(-split ('a ' * 300000)).Count
