# Error views: the concise view's positions and ~~~ markers for errors from cmdlets, expressions, methods,
# functions and scripts over several lines; parse errors and where they point.
### Get-Item nope
Get-Item nope
### Get-Item -Path nope
Get-Item -Path nope
### Get-Item nope, nope2
Get-Item nope, nope2
### 'nope' | Get-Item
'nope' | Get-Item
### $x = Get-Item nope
$x = Get-Item nope
### Get-Item nope (2)
  Get-Item nope  
### 1/0
1/0
### $a = 1; $b = 0; $a / $b
$a = 1; $b = 0; $a / $b
### [int]'x'
[int]'x'
### [int]$v = 'x'
[int]$v = 'x'
### $v = [int]'x' + 1
$v = [int]'x' + 1
### 'abc'.Substring(5)
'abc'.Substring(5)
### 'abc'.Substring(1, 2, 3)
'abc'.Substring(1, 2, 3)
### 'abc'.Nope()
'abc'.Nope()
### $null.Nope()
$null.Nope()
### [math]::Nope(1)
[math]::Nope(1)
### [nope]::x
[nope]::x
### [Nope.Type]'x'
[Nope.Type]'x'
### New-Object Nope.Type
New-Object Nope.Type
### $h = @{}; $h.Add('a', 1); $h.Add('a', 2)
$h = @{}; $h.Add('a', 1); $h.Add('a', 2)
### @(1,2)[5].x.y
@(1,2)[5].x.y
### throw 'plain'
throw 'plain'
### throw [System.IO.IOException]::new('disk')
throw [System.IO.IOException]::new('disk')
### Write-Error 'we'
Write-Error 'we'
### Write-Error -Message 'we' -TargetObject 'tgt'
Write-Error -Message 'we' -TargetObject 'tgt'
### Write-Error -Exception ([System.ArgumentException]::new('ae'))
Write-Error -Exception ([System.ArgumentException]::new('ae'))
### Write-Error -ErrorRecord ([System.Management.Automation.ErrorRecord]::new([Exception]::new('rec'), 'Id', 'NotSpecified', $null))
Write-Error -ErrorRecord ([System.Management.Automation.ErrorRecord]::new([Exception]::new('rec'), 'Id', 'NotSpecified', $null))
### function f { Write-Error 'from f' }; f
function f { Write-Error 'from f' }; f
### function f { throw 'from f' }; f
function f { throw 'from f' }; f
### function f { 1/0 }; f
function f { 1/0 }; f
### function f { [CmdletBinding()] param() Write-Error 'adv' }; f
function f { [CmdletBinding()] param() Write-Error 'adv' }; f
### function f { [CmdletBinding()] param() $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([Exception]::new('pw'), 'Id', 'InvalidData', $null)) }; f
function f { [CmdletBinding()] param() $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([Exception]::new('pw'), 'Id', 'InvalidData', $null)) }; f
### function f { [CmdletBinding()] param() $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new([Exception]::new('tt'), 'Id', 'InvalidData', $null)) }; f
function f { [CmdletBinding()] param() $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new([Exception]::new('tt'), 'Id', 'InvalidData', $null)) }; f
### function f { param([int]$n) }; f -n x
function f { param([int]$n) }; f -n x
### function f { param([int]$n) }; f x
function f { param([int]$n) }; f x
### function f { param($n) }; f -m 1
function f { param($n) }; f -m 1
### Get-Date -Nope
Get-Date -Nope
### Get-Date -Format
Get-Date -Format
### Get-ChildItem -Depth x
Get-ChildItem -Depth x
### Get-Date -Year 0
Get-Date -Year 0
### nope
nope
### nope arg
nope arg
### ./nope.ps1
./nope.ps1
### Get-Nope | Sort-Object
Get-Nope | Sort-Object
### 1 | Get-Nope
1 | Get-Nope
### $x.y.z()
$x.y.z()
### $null[0]
$null[0]
### $a = 1; $a[0][1]
$a = 1; $a[0][1]
### $a = @(); $a[0] = 1
$a = @(); $a[0] = 1
### 'x' * -1
'x' * -1
### 'x' * 1e10
'x' * 1e10
### [datetime]::Parse('x')
[datetime]::Parse('x')
### [convert]::ToInt32('zz', 16)
[convert]::ToInt32('zz', 16)
### [int]::Parse('x')
[int]::Parse('x')
### [System.IO.File]::ReadAllText('nope.txt')
[System.IO.File]::ReadAllText('nope.txt')
### Get-Content nope.txt
Get-Content nope.txt
### Set-Variable -Name c -Value 1 -Option Constant; $c = 2
Set-Variable -Name c -Value 1 -Option Constant; $c = 2
### & { param([ValidateRange(1,3)]$n) } -n 7
& { param([ValidateRange(1,3)]$n) } -n 7
### & { param([ValidateSet('a')]$s) } -s b
& { param([ValidateSet('a')]$s) } -s b
### [ValidateRange(1,3)][int]$n = 7
[ValidateRange(1,3)][int]$n = 7
### [ValidateNotNull()]$x = $null
[ValidateNotNull()]$x = $null
### 1..3 | ForEach-Object { 1/0 }
1..3 | ForEach-Object { 1/0 }
### 1..2 | ForEach-Object { Write-Error "item $_" }
1..2 | ForEach-Object { Write-Error "item $_" }
### 'a' | ForEach-Object { $_.Nope() }
'a' | ForEach-Object { $_.Nope() }
### Invoke-Expression 'Get-Nope'
Invoke-Expression 'Get-Nope'
### Invoke-Expression '1/0'
Invoke-Expression '1/0'
### iex 'if ('
iex 'if ('
### 'line1' ⏎ Get-Item nope ⏎ 'line3'
'line1'
Get-Item nope
'line3'
### $x = 1 ⏎ $y = 0 ⏎ $x / $y
$x = 1
$y = 0
$x / $y
### function f { ⏎   param($a) ⏎   Write-Error "bad $a" ⏎ } ⏎ f 1
function f {
  param($a)
  Write-Error "bad $a"
}
f 1
### function f { ⏎   throw 'deep' ⏎ } ⏎ function g { f } ⏎ g
function f {
  throw 'deep'
}
function g { f }
g
### Get-Item ` ⏎   nope
Get-Item `
  nope
### 'a' | ⏎   Get-Item
'a' |
  Get-Item
### 1..2 | ⏎   ForEach-Object { ⏎     1/$_ ⏎     1/0 ⏎   }
1..2 |
  ForEach-Object {
    1/$_
    1/0
  }
### $really_long_variable_name_to_make_the_line_long = 'x' * 20; $really_long_variable_name_to_make_the_line_long + (Get-Item ('nope-' + $really_long_variable_name_to_make_the_line_long))
$really_long_variable_name_to_make_the_line_long = 'x' * 20; $really_long_variable_name_to_make_the_line_long + (Get-Item ('nope-' + $really_long_variable_name_to_make_the_line_long))
### Write-Error ('long message ' * 20)
Write-Error ('long message ' * 20)
### throw ('long message ' * 20)
throw ('long message ' * 20)
### Write-Error "multi`nline`nmessage"
Write-Error "multi`nline`nmessage"
### throw "multi`nline"
throw "multi`nline"
### if ($true {
if ($true {
### if ($true) {
if ($true) {
### foreach ($i in) { }
foreach ($i in) { }
### function f {
function f {
### 'unterminated
'unterminated
### "unterminated
"unterminated
### @(1, 2
@(1, 2
### $x =
$x = 
### 1 +
1 +
### [int
[int
### [nope
[nope
### $x = [int'5'
$x = [int'5'
### param($a) $a; param($b)
param($a) $a; param($b)
### @{a=1; b}
@{a=1; b}
### @{a=1;;b=2}
@{a=1;;b=2}
### function (a) { }
function (a) { }
### switch { }
switch { }
### while () { }
while () { }
### for (;;
for (;;
### class C {
class C {
### 1 2
1 2
### $x..$y..
$x..$y..
### else { }
else { }
### try { }
try { }
### catch { }
catch { }
### x = 5
x = 5
### 5 = $x
5 = $x
### $true = 1
$true = 1
### $null = 1; 'ok'
$null = 1; 'ok'
### 'a' 'b'
'a' 'b'
### Get-Item -Path
Get-Item -Path
### & {
& { 
### (1 + 2
(1 + 2
### 1 + 2)
1 + 2)
### }
}
### {
{
### $(
$(
### @' ⏎ x
@'
x
### $a = @(1,2,3 ⏎ $a
$a = @(1,2,3
$a
### function f { param($a,) }
function f { param($a,) }
### [int]::new(
[int]::new(
### $x.
$x.
### $x.y(
$x.y(
### $x.y(1,
$x.y(1,
### 'a' -foo 'b'
'a' -foo 'b'
### -
- 
### !
!
### 1 -and
1 -and
### @{ 'a' = }
@{ 'a' = }
### ForEach-Object -Process { $_ } -Process { }
ForEach-Object -Process { $_ } -Process { }
### trap
trap
### foreach ($i in 1..3
foreach ($i in 1..3
### if (1) { } elseif { }
if (1) { } elseif { }
### $x = 1 + ⏎  ⏎ 2
$x = 1 +

2
### 'a' + ⏎   'b' + ⏎
'a' +
  'b' +
  
### Get-Item nope; if ($true {
Get-Item nope; if ($true {
### [string[]]$a = 'x'; $a.Nope
[string[]]$a = 'x'; $a.Nope

# Parse errors written to find differences: every statement kind left unfinished, unclosed strings,
# bad operators, missing braces, bad attributes and type names; pwsh reports all of a script's at once.
### if
if
### if (
if (
### if ($true)
if ($true)
### if ($true) { 1 } else
if ($true) { 1 } else
### if ($true) { 1 } elseif ($false)
if ($true) { 1 } elseif ($false)
### if ($true) { 1 } elseif (
if ($true) { 1 } elseif (
### while ($true)
while ($true)
### while (
while (
### do { 1 }
do { 1 }
### do { 1 } while
do { 1 } while
### do { 1 } until (
do { 1 } until (
### for (
for (
### for ($i = 0; $i -lt 3
for ($i = 0; $i -lt 3
### for ($i = 0; $i -lt 3; $i++)
for ($i = 0; $i -lt 3; $i++)
### foreach
foreach
### foreach ($i)
foreach ($i)
### foreach ($i in 1..3)
foreach ($i in 1..3)
### foreach (1 in 2) { }
foreach (1 in 2) { }
### switch
switch
### switch (1)
switch (1)
### switch (1) {
switch (1) {
### switch (1) { 1 }
switch (1) { 1 }
### switch -foo (1) { }
switch -foo (1) { }
### try
try
### try { } catch
try { } catch
### try { } catch [nope { }
try { } catch [nope { }
### try { } finally
try { } finally
### try { } catch { } catch [System.Exception] { }
try { } catch { } catch [System.Exception] { }
### function
function
### function f
function f
### function f(
function f(
### function f($a { }
function f($a { }
### filter
filter
### class
class
### class C { [int] }
class C { [int] }
### class C { [int]$x = }
class C { [int]$x = }
### class C { f() { }
class C { f() { }
### enum E {
enum E {
### enum E { A = }
enum E { A = }
### enum
enum
### trap {
trap {
### param(
param(
### begin {
begin {
### return (
return (
### throw (
throw (
### data
data
### exit (
exit (
### 'abc
'abc
### "abc
"abc
### "$(1 + "
"$(1 + "
### @"x
@"x
### "a $("
"a $("
### 'a' + 'b
'a' + 'b
### 1 -bogus 2
1 -bogus 2
### 1 -
1 -
### $a =
$a =
### $a +=
$a +=
### 1 ? 2
1 ? 2
### 1 ? 2 :
1 ? 2 :
### 1 |
1 |
### | 1
| 1
### 1 ||
1 ||
### &&
&&
### 1 -and -or 2
1 -and -or 2
### -not
-not
### ,
,
### 1,
1,
### 1 = 2
1 = 2
### $a.
$a.
### $a::
$a::
### $a[
$a[
### $a[]
$a[]
### $a.b(
$a.b(
### $a.b(1,
$a.b(1,
### (
(
### (1
(1
### @(
@(
### @{
@{
### @{a
@{a
### @{a=
@{a=
### )
)
### ]
]
### 1 2 3
1 2 3
### $a = 1 = 2
$a = 1 = 2
### 1 >
1 >
### Get-Item >
Get-Item >
### Get-Item 2>&3
Get-Item 2>&3
### 1 < x
1 < x
### 1 && 2 |
1 && 2 |
### [Parameter(]
[Parameter(]
### [Parameter(Mandatory=]
[Parameter(Mandatory=]
### function f { param([Parameter(Mandatory) $a) }
function f { param([Parameter(Mandatory) $a) }
### [ValidateRange(1,2]$x = 1
[ValidateRange(1,2]$x = 1
### function f { param([int $a) }
function f { param([int $a) }
### [int[]
[int[]
### [int[
[int[
### [System.Collections.Generic.List[int]
[System.Collections.Generic.List[int]
### [System.Collections.Generic.List[int
[System.Collections.Generic.List[int
### [int]::
[int]::
### []
[]
### [int,string]
[int,string]
### [List[]]
[List[]]
### [1]
[1]
### [int]$
[int]$
### if ( { } ; while ( { }
if ( { } ; while ( { }
### @{a=1; 'a'=2}
@{a=1; 'a'=2}
### ${abc
${abc
### $
$
### "`u{zz}"
"`u{zz}"
### $x = 1abc
$x = 1abc
### $x = 0x
$x = 0x
### using namespace
using namespace
### using module
using module
### 1; using namespace System
1; using namespace System
### begin { } 1
begin { } 1
### &
& 
### $a = foreach
$a = foreach
### function f { param($a) param($b) }
function f { param($a) param($b) }
### class C { C() : base( { } }
class C { C() : base( { } }
### [int]$a = [
[int]$a = [
### $x = @'x'@
$x = @'x'@
### 1 -f
1 -f
### $a -is
$a -is
### $a -as [
$a -as [
### -join
-join
### 1..
1..
### function f { ⏎   if ($x { ⏎ }
function f {
  if ($x {
}
### $a = (1 ⏎ $b = 2
$a = (1
$b = 2
### @" ⏎ x
@"
x
### $x = "abc ⏎ def
$x = "abc
def
### class C { ⏎   [int]$x ⏎   f( { ⏎ }
class C {
  [int]$x
  f( {
}
### switch (1) { ⏎   1 { 'one' } ⏎   2 ⏎ }
switch (1) {
  1 { 'one' }
  2
}
### try { ⏎   1 ⏎ } ⏎ catch
try {
  1
}
catch
### if ($a) { ⏎ } ⏎ else {
if ($a) {
}
else {
### $a = ( ⏎  ⏎ $b = @{a
$a = (

$b = @{a
### 'a' + ⏎   'b' ⏎ $c = (
'a' +
  'b'
$c = (
### function f { ⏎   param( ⏎     [int]$a ⏎     [int]$b ⏎   ) ⏎ }
function f {
  param(
    [int]$a
    [int]$b
  )
}
### $h = @{ ⏎   a = 1 ⏎   b ⏎ }
$h = @{
  a = 1
  b
}
### foreach ($i in 1..3) { ⏎   $i
foreach ($i in 1..3) {
  $i

### Get-Item nope ⏎ 1 +
Get-Item nope
1 +

### if ($true) { 1 } ⏎ else ⏎ { 2 } ⏎ elseif ($false) { 3 }
if ($true) { 1 }
else
{ 2 }
elseif ($false) { 3 }
### $h = @{ a = 1; b = }
$h = @{ a = 1; b = }
### foreach ($i in 1..3) { $i }}
foreach ($i in 1..3) { $i }}
### $a[1 2]
$a[1 2]
### $a.(
$a.(
### [int]::Parse('1'
[int]::Parse('1'
### 'abc' -replace
'abc' -replace
### 'abc' -replace 'a',
'abc' -replace 'a',
### $a = 1,,2
$a = 1,,2
### $x ??
$x ??
### $x ??=
$x ??=
### -not -not
-not -not
### $(1;
$(1;
### @(1;
@(1;
### switch ($x) { default }
switch ($x) { default }
### switch -regex
switch -regex
### do { } while ($true
do { } while ($true
### do { } until
do { } until
### foreach ($i in )
foreach ($i in )
### trap [nope { }
trap [nope { }
### function f { param([Parameter(Mandatory=$true)]) }
function f { param([Parameter(Mandatory=$true)]) }
### function f { [CmdletBinding( ] param() }
function f { [CmdletBinding( ] param() }
### function f() { } }
function f() { } }
### filter { }
filter { }
### class C : { }
class C : { }
### class C : B, { }
class C : B, { }
### class { }
class { }
### class C { [void] M( { } }
class C { [void] M( { } }
### class C { [void] M() }
class C { [void] M() }
### class C { static }
class C { static }
### enum E { A B }
enum E { A B }
### enum E : { A }
enum E : { A }
### enum E { 1 }
enum E { 1 }
### [ValidateSet('a' 'b')]$x = 'a'
[ValidateSet('a' 'b')]$x = 'a'
### [int]]
[int]]
### [a.b.]
[a.b.]
### [a,]
[a,]
### $x = [int]::MaxValue.
$x = [int]::MaxValue.
### Get-ChildItem | | Select-Object
Get-ChildItem | | Select-Object
### Get-Item *>
Get-Item *>
### 1 -or 2 -
1 -or 2 -
### ,,
,,
### $a = ,
$a = ,
### $a++ ++
$a++ ++
### "a $(1 + ) b"
"a $(1 + ) b"
### 'a''
'a''
### "a`"
"a`"
### <# x
<# x
### #requires -Nope 1
#requires -Nope 1
### begin { } process
begin { } process
### data -foo { }
data -foo { }
### data { Get-Date }
data { Get-Date }
### exit 1 2
exit 1 2
### return 1 2
return 1 2
### :lbl
:lbl
### & { } }
& { } }
### ${
${
### $a::b(
$a::b(
### [int]$a =
[int]$a =
### function f { param([int]$a = ) }
function f { param([int]$a = ) }
### $a -replace 'x' 'y'
$a -replace 'x' 'y'
### $a | % {
$a | % {
### if (1) { } elseif (2) { } else { } else { }
if (1) { } elseif (2) { } else { } else { }
### try { } finally { } finally { }
try { } finally { } finally { }
### switch (1) { 1 { } 2 }
switch (1) { 1 { } 2 }
### variable ValidateRange on one line
[ValidateRange(1,5)][int]$y = 3; $y = 9; $y
### variable ValidateRange on the next line
[ValidateRange(1,5)][int]$y = 3
$y = 9
$y
### variable ValidateSet
[ValidateSet('a','b')]$s = 'a'
$s = 'c'
$s
### variable ValidateNotNullOrEmpty given an empty string
[ValidateNotNullOrEmpty()]$e = 'x'
$e = ''
### variable ValidateNotNullOrEmpty given null
[ValidateNotNullOrEmpty()]$e = 'x'
$e = $null
### variable ValidatePattern
[ValidatePattern('^x')]$p = 'xy'
$p = 'ab'
### variable ValidateLength
[ValidateLength(2,3)]$l = 'ab'
$l = 'abcd'
### variable ValidateCount
[ValidateCount(1,2)]$c = 1,2
$c = 1,2,3
$c.Count
### variable ValidateNotNull
[ValidateNotNull()]$nn = 1
$nn = $null
$nn
### variable ValidateSet on a string array
[ValidateSet('a')][string[]]$q = 'a'
$q = 'a','b'
### variable declaration the value fails
$null = 0
[ValidateRange(1,3)][int]$n = 7
$null -eq $n
### variable declaration of null under ValidateNotNull
$null = 0
[ValidateNotNull()]$x = $null
### variable redeclared replaces its attributes
[ValidateRange(1,3)]$w = 2; [ValidateSet(2,9)]$w = 9; $w
$w = 5
$w
### variable validated parameter assigned inside its function
function f { param([ValidateRange(1,5)]$n) $n = 9; "after $n" }
f 2
### variable validation error record
try { [ValidateRange(1,5)][int]$y = 3; $y = 9 } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)"; $_.Exception.GetType().FullName; $_.InvocationInfo.OffsetInLine }
### variable validation caught as MetadataException
try { [ValidateSet('a')]$v = 'a'; $v = 'b' } catch [System.Management.Automation.MetadataException] { 'caught ' + $_.Exception.GetType().Name }
### typed variable conversion on the next line
[int]$x = 1
$x = 'abc'
$x
### typed and validated variable given a word
[ValidateRange(1,5)][int]$y = 3
$y = 'abc'
### typed array keeps its type
[int[]]$a = 1,2; $a.GetType().FullName
### typed array += a word
[int[]]$a = 1,2
$a += 'x'
$a.Count
### typed array converts its elements
[string[]]$s = 1,2; $s.GetType().FullName; $s[0].GetType().Name
### -as an int array
(,1 -as [int[]]).GetType().FullName
### typed array keeps its type when assigned a scalar
[int[]]$b = 1; $b = 3; $b.GetType().FullName; $b += 4; $b.GetType().FullName
