# The parser: line continuation (fluent member access, pipes, operators), numbers before redirections,
# escapes in braced variable and function names, comments, literals, command-mode vs expression-mode arguments.
### $s = 'abc'; $s. ⏎ Length
$s = 'abc'; $s.
Length
### 'a'. ⏎ ToUpper(). ⏎ Length
'a'.
ToUpper().
Length
### [string]:: ⏎ Join('-', 1, 2)
[string]::
Join('-', 1, 2)
### $h = @{a=@{b=5}}; $h. ⏎   a. ⏎   b
$h = @{a=@{b=5}}; $h.
  a.
  b
### 'x'. ⏎   PadLeft( ⏎     3 ⏎   )
'x'.
  PadLeft(
    3
  )
### $o = [pscustomobject]@{n=1} ⏎ $o. ⏎  ⏎ n
$o = [pscustomobject]@{n=1}
$o.

n
### $s = 'abc' ⏎ $s ⏎ .Length
$s = 'abc'
$s
.Length
### 1..3 | ⏎   ForEach-Object { $_ }
1..3 |
  ForEach-Object { $_ }
### 1..3 ⏎ | ForEach-Object { $_ * 2 }
1..3
| ForEach-Object { $_ * 2 }
### 1 + ⏎ 2
1 +
2
### 1 ` ⏎ + 2
1 `
+ 2
### $x = 1, ⏎ 2, ⏎ 3; $x.Count
$x = 1,
2,
3; $x.Count
### @( ⏎ 1 ⏎ 2 ⏎ ).Count
@(
1
2
).Count
### @{ ⏎ a = 1 ⏎ b = 2 ⏎ }.Count
@{
a = 1
b = 2
}.Count
### 1..5>x.txt; Get-Content x.txt
1..5>x.txt; Get-Content x.txt
### 1..5 > x.txt; (Get-Content x.txt).Count
1..5 > x.txt; (Get-Content x.txt).Count
### 2>y.txt; Get-Content y.txt
2>y.txt; Get-Content y.txt
### 1>z.txt; Get-Content z.txt
1>z.txt; Get-Content z.txt
### 3 >> x.txt; 4>>x.txt; Get-Content x.txt
3 >> x.txt; 4>>x.txt; Get-Content x.txt
### $x = 7; $x>v.txt; Get-Content v.txt
$x = 7; $x>v.txt; Get-Content v.txt
### 'a'>a.txt; Get-Content a.txt
'a'>a.txt; Get-Content a.txt
### 5>$null; 'nothing printed'
5>$null; 'nothing printed'
### 1..3>>w.txt; 1..2>>w.txt; (Get-Content w.txt).Count
1..3>>w.txt; 1..2>>w.txt; (Get-Content w.txt).Count
### Write-Output 9 1>n.txt; Get-Content n.txt
Write-Output 9 1>n.txt; Get-Content n.txt
### 1.5>d.txt; Get-Content d.txt
1.5>d.txt; Get-Content d.txt
### 0x10>h.txt; Get-Content h.txt
0x10>h.txt; Get-Content h.txt
### ${a`u{62}c} = 5; $abc
${a`u{62}c} = 5; $abc
### ${a`u{62}c} = 5; ${abc}
${a`u{62}c} = 5; ${abc}
### $abc = 6; ${a`u{62}c}
$abc = 6; ${a`u{62}c}
### ${x`}y} = 1; ${x`}y}
${x`}y} = 1; ${x`}y}
### ${with space} = 2; ${with space}
${with space} = 2; ${with space}
### ${a`tb} = 3; Get-Variable -Name "a`tb" -ValueOnly
${a`tb} = 3; Get-Variable -Name "a`tb" -ValueOnly
### function f`u{41}x { 'fn' }; fAx
function f`u{41}x { 'fn' }; fAx
### function f`u{41}x { 'fn' }; (Get-Command fAx).Name
function f`u{41}x { 'fn' }; (Get-Command fAx).Name
### function `u{1F600} { 'smile' }; & "`u{1F600}"
function `u{1F600} { 'smile' }; & "`u{1F600}"
### ${env:PATH}.Length -gt 0
${env:PATH}.Length -gt 0
### ${function:nope}
${function:nope}
### $ä = 1; $ä
$ä = 1; $ä
### $_x1 = 2; $_x1
$_x1 = 2; $_x1
### ${1} = 'one'; ${1}
${1} = 'one'; ${1}
### $a:b = 1
$a:b = 1
### $global:g1 = 1; $g1
$global:g1 = 1; $g1
### 'a' # comment
'a' # comment
### 'a' <# inline #> + 'b'
'a' <# inline #> + 'b'
### <# block ⏎ comment #> 'after'
<# block
comment #> 'after'
### '#not a comment'
'#not a comment'
### "#not either"
"#not either"
### Write-Output a#b
Write-Output a#b
### Write-Output a #b
Write-Output a #b
### # only a comment
# only a comment
### <# only block #>
<# only block #>
### Write-Output 1.5
Write-Output 1.5
### Write-Output -1
Write-Output -1
### Write-Output 1e3
Write-Output 1e3
### Write-Output 0x10
Write-Output 0x10
### Write-Output 10kb
Write-Output 10kb
### Write-Output 1.2.3
Write-Output 1.2.3
### Write-Output 5d
Write-Output 5d
### Write-Output 1l
Write-Output 1l
### Write-Output -x
Write-Output -x
### Write-Output --x
Write-Output --x
### Write-Output -
Write-Output -
### Write-Output a-b
Write-Output a-b
### Write-Output $true
Write-Output $true
### Write-Output 'a'b
Write-Output 'a'b
### Write-Output a'b'c
Write-Output a'b'c
### Write-Output "a"'b'
Write-Output "a"'b'
### Write-Output $null
Write-Output $null
### Write-Output ($null)
Write-Output ($null)
### Write-Output @(1,2)
Write-Output @(1,2)
### Write-Output (1,2)
Write-Output (1,2)
### Write-Output 1,2
Write-Output 1,2
### Write-Output 1 ,2
Write-Output 1 ,2
### Write-Output a,b
Write-Output a,b
### Write-Output (1+1)
Write-Output (1+1)
### Write-Output 1+1
Write-Output 1+1
### Write-Output $(1+1)x
Write-Output $(1+1)x
### Write-Output $x.Length
$x = 'abc'; Write-Output $x.Length
### Write-Output a$(1)b
Write-Output a$(1)b
### Write-Output ~
Write-Output ~
### Write-Output *.txt
Write-Output *.txt
### Write-Output [int]
Write-Output [int]
### Write-Output @{a=1}
Write-Output @{a=1}
### Write-Output {1}
Write-Output {1}
### Write-Output `$x
Write-Output `$x
### Write-Output 'a' -NoEnumerate
Write-Output 'a' -NoEnumerate
### echo hi
echo hi
### cmd-that-does-not-exist
cmd-that-does-not-exist
### 'str'.Length
'str'.Length
### (1,2,3).Length
(1,2,3).Length
### [int] 5
[int] 5
### [int] ⏎ 5
[int]
5
### - 5
- 5
### -5 + 3
-5 + 3
### 3 -5
3 -5
### 3 - 5
3 - 5
### $a=3; $a -5
$a=3; $a -5
### $a=3;$a-5
$a=3;$a-5
### $a-5
$a-5
### 1 -shl2
1 -shl2
### 5 -gt3
5 -gt3
### $x = -not$true; $x
$x = -not$true; $x
### !$true
!$true
### !!1
!!1
### 1;2;3
1;2;3
### ;;;'x'
;;;'x'
### $a = 1; $a++; $a
$a = 1; $a++; $a
### $a = 1; $a ++
$a = 1; $a ++
### ++$b; $b
++$b; $b
### $c = @(1); $c[0]++; $c
$c = @(1); $c[0]++; $c
### $(1;2)
$(1;2)
### @(1;2)
@(1;2)
### (1;2)
(1;2)
### [int[]](1,2)
[int[]](1,2)
### [Collections.Generic.List[string]]::new().GetType().Name
[Collections.Generic.List[string]]::new().GetType().Name
### [System.Collections.Generic.Dictionary[[string],[int]]]::new().Count
[System.Collections.Generic.Dictionary[[string],[int]]]::new().Count
### [int[][]]$j = @(1,2),@(3); $j[1][0]
[int[][]]$j = @(1,2),@(3); $j[1][0]
### [array]
[array]
### [int].Assembly.GetName().Name -eq 'System.Private.CoreLib'
[int].Assembly.GetName().Name -eq 'System.Private.CoreLib'
### [type]::GetType('System.Int32').Name
[type]::GetType('System.Int32').Name
### $x = [int]; $x::MaxValue
$x = [int]; $x::MaxValue
### $m = 'ToUpper'; 'a'.$m()
$m = 'ToUpper'; 'a'.$m()
### $p = 'Length'; 'abc'.$p
$p = 'Length'; 'abc'.$p
### 'abc'.'Length'
'abc'.'Length'
### 'abc'.("Len" + 'gth')
'abc'.("Len" + 'gth')
### $h = @{'a.b' = 1}; $h.'a.b'
$h = @{'a.b' = 1}; $h.'a.b'
### @{a=1}.'a'
@{a=1}.'a'
### 'abc'?.Length
'abc'?.Length
### $n = $null; ${n}?.Length
$n = $null; ${n}?.Length
### $n = $null; $n?[0]
$n = $null; $n?[0]
### $a = 1,2; ${a}?[1]
$a = 1,2; ${a}?[1]
### $x = 'a' ; $x ?? 'b'
$x = 'a' ; $x ?? 'b'
### 1 ?? 2 ?? 3
1 ?? 2 ?? 3
### $true ? 1 : 2
$true ? 1 : 2
### $true ?1:2
$true ?1:2
### ($true)?'y':'n'
($true)?'y':'n'
### 'a' -and -not 'b'
'a' -and -not 'b'
### 1 -eq 1 -eq $true
1 -eq 1 -eq $true
### (1 -lt 2) -lt 3
(1 -lt 2) -lt 3
### -split 'a b' -join ','
-split 'a b' -join ','
### -join 'a','b'
-join 'a','b'
### -join ('a','b')
-join ('a','b')
### [int]-1
[int]-1
### [int] -1
[int] -1
### - [int]'1'
- [int]'1'
### "a$("b$("c")")"
"a$("b$("c")")"
### "$(""inner"")"
"$(""inner"")"
### "@(1)"
"@(1)"
### "$a$b$c"
"$a$b$c"
### "$(1,2)"
"$(1,2)"
### 'nested ''single'' quotes'
'nested ''single'' quotes'
### "back`"tick"
"back`"tick"
### "`a`b`f`v".Length
"`a`b`f`v".Length
### "`u{0041}`u{0042}"
"`u{0041}`u{0042}"
### "`u{110000}"
"`u{110000}"
### '`u{41}'
'`u{41}'
### $s = 'x' * 100000; $s.Length
$s = 'x' * 100000; $s.Length
### $s = "$('y' * 1000)"; $s.Length
$s = "$('y' * 1000)"; $s.Length
### @" ⏎ $(1+1) ⏎ "@
@"
$(1+1)
"@
### @' ⏎ no $(1+1) ⏎ '@
@'
no $(1+1)
'@
### @"  ⏎ x ⏎ "@
@" 
x
"@
### @'x'@
@'x'@
### Get-Item -Path:nope
Get-Item -Path:nope
### Write-Output -InputObject:5
Write-Output -InputObject:5
### & { param($x) $x } -x:7
& { param($x) $x } -x:7
### function f { param([int]$n) $n }; f -n:-3
function f { param([int]$n) $n }; f -n:-3
### Write-Output --
Write-Output --
### Write-Output -- -x
Write-Output -- -x
### &{ 'script block call' }
&{ 'script block call' }
### .{ 'dot call' }
.{ 'dot call' }
### & ('Write-' + 'Output') 'dyn'
& ('Write-' + 'Output') 'dyn'
### $cmd = 'Get-Date'; & $cmd -Date '2024-03-05' -Format yyyy
$cmd = 'Get-Date'; & $cmd -Date '2024-03-05' -Format yyyy
### Write-Output(1)
Write-Output(1)
### Write-Output (1) (2)
Write-Output (1) (2)
### Get-Date -Date 2024-03-05 -Format yyyy
Get-Date -Date 2024-03-05 -Format yyyy
### Get-Date -Date:2024-03-05 -Format:yyyy
Get-Date -Date:2024-03-05 -Format:yyyy
### Write-Output @args
Write-Output @args
### $params = @{Date='2024-03-05'; Format='yyyy'}; Get-Date @params
$params = @{Date='2024-03-05'; Format='yyyy'}; Get-Date @params
### $arr = @('2024-03-05'); Get-Date @arr -Format MM
$arr = @('2024-03-05'); Get-Date @arr -Format MM
### $h = @{Object='x'}; Write-Host @h
$h = @{Object='x'}; Write-Host @h
### 1..2 | % { $_ }
1..2 | % { $_ }
### 1..2 | ? { $_ -gt 1 }
1..2 | ? { $_ -gt 1 }
### 1..2 | foreach { $_ }
1..2 | foreach { $_ }
### 1..2 | where { $_ -gt 1 }
1..2 | where { $_ -gt 1 }
### gci nope
gci nope
### sort
sort
### 1..2 | select -f 1
1..2 | select -f 1
### [pscustomobject]@{a=1} | fl
[pscustomobject]@{a=1} | fl
### [pscustomobject]@{a=1} | ft
[pscustomobject]@{a=1} | ft
### Get-Alias % | % Definition
Get-Alias % | % Definition
### class C { [int]$x = 3 }; [C]::new().x
class C { [int]$x = 3 }; [C]::new().x
### class C { [string] Hi() { return 'hi' } }; [C]::new().Hi()
class C { [string] Hi() { return 'hi' } }; [C]::new().Hi()
### enum E { A; B = 5 }; [E]::B; [int][E]::B
enum E { A; B = 5 }; [E]::B; [int][E]::B
### class P { [int]$n; P([int]$v) { $this.n = $v } }; [P]::new(4).n
class P { [int]$n; P([int]$v) { $this.n = $v } }; [P]::new(4).n
### class Q { static [int] Twice([int]$v) { return $v * 2 } }; [Q]::Twice(4)
class Q { static [int] Twice([int]$v) { return $v * 2 } }; [Q]::Twice(4)
### using namespace System.Text; [StringBuilder]::new('x').ToString()
using namespace System.Text; [StringBuilder]::new('x').ToString()
### #requires -Version 5 ⏎ 'ok'
#requires -Version 5
'ok'
### param($p = 'default') $p
param($p = 'default') $p
### [CmdletBinding()] param() 'script-level'
[CmdletBinding()] param() 'script-level'
### begin { 'b' } process { 'p' } end { 'e' }
begin { 'b' } process { 'p' } end { 'e' }
### data { 'data section' }
data { 'data section' }
### workflow w { }
workflow w { }
### configuration c { }
configuration c { }
### Write-Output a;b
Write-Output a;b
### Write-Output a&b
Write-Output a&b
### Write-Output a|b
Write-Output a|b
### Write-Output 'a' && Write-Output 'b'
Write-Output 'a' && Write-Output 'b'
### Write-Output 'a' || Write-Output 'b'
Write-Output 'a' || Write-Output 'b'
### Get-Item nope 2>$null && 'not' || 'fallback'
Get-Item nope 2>$null && 'not' || 'fallback'
### $false && 'x'
$false && 'x'
### & { Write-Error e 2>$null } && 'ok'
& { Write-Error e 2>$null } && 'ok'
