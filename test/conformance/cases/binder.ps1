# The parameter binder and its errors: positional and named binding, abbreviations, switches, arrays,
# conversion, pipeline binding, mandatory parameters, parameter sets and the messages when binding fails.
### Write-Output -InputObject 1
Write-Output -InputObject 1
### Write-Output -Input 1
Write-Output -Input 1
### Write-Output -In 1
Write-Output -In 1
### Get-Date -Da '2024-01-01' -Format yyyy
Get-Date -Da '2024-01-01' -Format yyyy
### Select-Object -F 1 -InputObject 5
Select-Object -F 1 -InputObject 5
### Get-Item -Nope
Get-Item -Nope
### Get-ChildItem -Pat .
Get-ChildItem -Pat .
### Sort-Object -Descending:$true -InputObject 1
Sort-Object -Descending:$true -InputObject 1
### Write-Output -NoEnumerate:$false 1,2
Write-Output -NoEnumerate:$false 1,2
### Get-Date -Format
Get-Date -Format
### Get-Date -Format yyyy -Format MM
Get-Date -Format yyyy -Format MM
### Get-Date -Year x
Get-Date -Year x
### Get-Date -Year 99999
Get-Date -Year 99999
### Get-Date 'not a date'
Get-Date 'not a date'
### Get-Date -Date $null
Get-Date -Date $null
### Write-Output
Write-Output
### Write-Output $null
Write-Output $null
### Write-Output @()
Write-Output @()
### Write-Output -InputObject @() | Measure-Object
Write-Output -InputObject @() | Measure-Object
### Select-Object -First -1
Select-Object -First -1
### Select-Object -First 'x'
Select-Object -First 'x'
### 1..5 | Select-Object -First 2.5
1..5 | Select-Object -First 2.5
### 1..5 | Select-Object -First '2'
1..5 | Select-Object -First '2'
### Get-Random -Minimum 5 -Maximum 1
Get-Random -Minimum 5 -Maximum 1
### Get-Random -Count 2 -InputObject 7 | Measure-Object | ForEach-Object Count
Get-Random -Count 2 -InputObject 7 | Measure-Object | ForEach-Object Count
### New-TimeSpan -Hours 1 -Start '2024-01-01'
New-TimeSpan -Hours 1 -Start '2024-01-01'
### Get-Item
Get-Item
### Get-Content
Get-Content
### Test-Path
Test-Path
### Join-Path a
Join-Path a
### Join-Path a b c
Join-Path a b c
### Join-Path -Path a -ChildPath b
Join-Path -Path a -ChildPath b
### Split-Path a/b/c.txt -Leaf
Split-Path a/b/c.txt -Leaf
### Split-Path a/b/c.txt -Parent
Split-Path a/b/c.txt -Parent
### Split-Path a/b/c.txt -Extension
Split-Path a/b/c.txt -Extension
### Split-Path a/b/c.txt -LeafBase
Split-Path a/b/c.txt -LeafBase
### Split-Path a/b -Leaf -Parent
Split-Path a/b -Leaf -Parent
### Write-Host -Object a -Separator ', ' b
Write-Host -Object a -Separator ', ' b
### Write-Host a b c
Write-Host a b c
### Write-Host (1,2,3) -Separator '|'
Write-Host (1,2,3) -Separator '|'
### Write-Host -NoNewline a; Write-Host b
Write-Host -NoNewline a; Write-Host b
### Write-Output a b
Write-Output a b
### Write-Output 'a' 'b' | Measure-Object | % Count
Write-Output 'a' 'b' | Measure-Object | % Count
### ForEach-Object -Process { $_ } -InputObject 1,2
ForEach-Object -Process { $_ } -InputObject 1,2
### 1,2 | ForEach-Object { $_ } { 'x' }
1,2 | ForEach-Object { $_ } { 'x' }
### 1,2 | ForEach-Object -Begin { 'b' } -Process { $_ } -End { 'e' }
1,2 | ForEach-Object -Begin { 'b' } -Process { $_ } -End { 'e' }
### 1,2 | ForEach-Object { 'b' } { $_ } { 'e' }
1,2 | ForEach-Object { 'b' } { $_ } { 'e' }
### 1,2 | ForEach-Object -MemberName ToString
1,2 | ForEach-Object -MemberName ToString
### 'a','b' | ForEach-Object ToUpper
'a','b' | ForEach-Object ToUpper
### 'a' | ForEach-Object Substring 1
'a' | ForEach-Object Substring 1
### 1..3 | Where-Object -FilterScript { $_ -gt 1 }
1..3 | Where-Object -FilterScript { $_ -gt 1 }
### 1..3 | Where-Object { $_ -gt 1 } -Nope
1..3 | Where-Object { $_ -gt 1 } -Nope
### [pscustomobject]@{n=1},[pscustomobject]@{n=2} | Where-Object n -gt 1
[pscustomobject]@{n=1},[pscustomobject]@{n=2} | Where-Object n -gt 1
### [pscustomobject]@{n=1},[pscustomobject]@{n=2} | Where-Object n -EQ 1
[pscustomobject]@{n=1},[pscustomobject]@{n=2} | Where-Object n -EQ 1
### [pscustomobject]@{n='ab'} | Where-Object n -like 'a*'
[pscustomobject]@{n='ab'} | Where-Object n -like 'a*'
### [pscustomobject]@{n=$true},[pscustomobject]@{n=$false} | Where-Object n
[pscustomobject]@{n=$true},[pscustomobject]@{n=$false} | Where-Object n
### 'a','b' | Where-Object -Value 'a' -EQ
'a','b' | Where-Object -Value 'a' -EQ
### 1..3 | Where-Object -Property x -GT 1
1..3 | Where-Object -Property x -GT 1
### 1..3 | Where-Object -gt 1
1..3 | Where-Object -gt 1
### Where-Object
Where-Object
### Get-Command -Name Get-Dat*  | Select-Object -ExpandProperty Name
Get-Command -Name Get-Dat*  | Select-Object -ExpandProperty Name
### Get-Command Write-Output -Syntax
Get-Command Write-Output -Syntax
### (Get-Command Get-Date).Parameters.Keys -contains 'Format'
(Get-Command Get-Date).Parameters.Keys -contains 'Format'
### Get-Command nope
Get-Command nope
### Get-Command nope -ErrorAction Ignore; 'x'
Get-Command nope -ErrorAction Ignore; 'x'
### Get-Help Write-Nope
Get-Help Write-Nope
### Get-Nope
Get-Nope
### Get-Nope -Param 1
Get-Nope -Param 1
### nope-command arg
nope-command arg
### & 'nope'
& 'nope'
### & $null
& $null
### & ''
& ''
### & 5
& 5
### Invoke-Command -ScriptBlock { 'ic' }
Invoke-Command -ScriptBlock { 'ic' }
### Invoke-Expression '1+2'
Invoke-Expression '1+2'
### Invoke-Expression 'Get-Nope'
Invoke-Expression 'Get-Nope'
### Invoke-Expression '1 +'
Invoke-Expression '1 +'
### Measure-Object -InputObject 1,2,3
Measure-Object -InputObject 1,2,3
### 1,2,3 | Measure-Object -Nope
1,2,3 | Measure-Object -Nope
### Get-Date | Select-Object -Property Nope
Get-Date | Select-Object -Property Nope
### Add-Member
Add-Member
### Add-Member -InputObject 1 -Name x -Value 1 -MemberType NoteProperty -PassThru | % x
Add-Member -InputObject 1 -Name x -Value 1 -MemberType NoteProperty -PassThru | % x
### Out-String -InputObject 5
Out-String -InputObject 5
### 5 | Out-String -Width 10
5 | Out-String -Width 10
### Out-Null -InputObject 1; 'ok'
Out-Null -InputObject 1; 'ok'
### 'x' | Out-Null
'x' | Out-Null
### ConvertTo-Json -InputObject @(1)
ConvertTo-Json -InputObject @(1)
### ConvertTo-Json
ConvertTo-Json
### ConvertFrom-Json -InputObject '[1,2]'
ConvertFrom-Json -InputObject '[1,2]'
### '[1,2]' | ConvertFrom-Json | Measure-Object | % Count
'[1,2]' | ConvertFrom-Json | Measure-Object | % Count
### Start-Sleep -Milliseconds 0; 'slept'
Start-Sleep -Milliseconds 0; 'slept'
### Start-Sleep -Seconds -1
Start-Sleep -Seconds -1
### Start-Sleep 'x'
Start-Sleep 'x'
### Get-Date -UFormat '%Y' -Format 'yyyy'
Get-Date -UFormat '%Y' -Format 'yyyy'
### Get-Content -Path a -LiteralPath b
Get-Content -Path a -LiteralPath b
### New-Object
New-Object
### New-Object -TypeName Nope.Type
New-Object -TypeName Nope.Type
### New-Object System.Text.StringBuilder
New-Object System.Text.StringBuilder
### New-Object System.Text.StringBuilder 'seed' | % ToString
New-Object System.Text.StringBuilder 'seed' | % ToString
### New-Object -TypeName System.Collections.Generic.List[int]
New-Object -TypeName System.Collections.Generic.List[int]
### New-Object psobject -Property @{a=1} | % a
New-Object psobject -Property @{a=1} | % a
### Set-Location -Path nope
Set-Location -Path nope
### Push-Location nope
Push-Location nope
### Write-Error
Write-Error
### Write-Error -Message ''
Write-Error -Message ''
### Write-Error -Message 'm' -Category InvalidData
Write-Error -Message 'm' -Category InvalidData
### Write-Error -Message 'm' -ErrorId MyId; $Error[0].FullyQualifiedErrorId
Write-Error -Message 'm' -ErrorId MyId; $Error[0].FullyQualifiedErrorId
### Write-Error -Message m -Category Nope
Write-Error -Message m -Category Nope
### Write-Warning
Write-Warning
### Write-Verbose
Write-Verbose
### Write-Debug
Write-Debug
### Write-Information -MessageData 'info' -InformationAction Continue
Write-Information -MessageData 'info' -InformationAction Continue
### Write-Information 'x'
Write-Information 'x'
### Write-Progress -Activity a -Status s; 'after progress'
Write-Progress -Activity a -Status s; 'after progress'
### Read-Host -Prompt 'name'
Read-Host -Prompt 'name'
### Get-Credential -UserName u
Get-Credential -UserName u
### function f { param([Parameter(Mandatory)]$x) $x }; f
function f { param([Parameter(Mandatory)]$x) $x }; f
### function f { param([Parameter(Mandatory)]$x, [Parameter(Mandatory)]$y) $x }; f -x 1
function f { param([Parameter(Mandatory)]$x, [Parameter(Mandatory)]$y) $x }; f -x 1
### function f { [CmdletBinding(DefaultParameterSetName='A')] param([Parameter(ParameterSetName='A')]$a, [Parameter(ParameterSetName='B')]$b) $PSCmdlet.ParameterSetName }; f -b 1
function f { [CmdletBinding(DefaultParameterSetName='A')] param([Parameter(ParameterSetName='A')]$a, [Parameter(ParameterSetName='B')]$b) $PSCmdlet.ParameterSetName }; f -b 1
### function f { [CmdletBinding()] param([Parameter(ParameterSetName='A')]$a, [Parameter(ParameterSetName='B')]$b) $PSCmdlet.ParameterSetName }; f -a 1 -b 2
function f { [CmdletBinding()] param([Parameter(ParameterSetName='A')]$a, [Parameter(ParameterSetName='B')]$b) $PSCmdlet.ParameterSetName }; f -a 1 -b 2
### function f { [CmdletBinding()] param([Parameter(Position=0)]$a, [Parameter(Position=1)]$b) "$a|$b" }; f 1 2 3
function f { [CmdletBinding()] param([Parameter(Position=0)]$a, [Parameter(Position=1)]$b) "$a|$b" }; f 1 2 3
### function f { [CmdletBinding()] param($Name, $Number) $Name }; f -N x
function f { [CmdletBinding()] param($Name, $Number) $Name }; f -N x
### function f { [CmdletBinding()] param($Name, $Number) $Number }; f -Nu 3
function f { [CmdletBinding()] param($Name, $Number) $Number }; f -Nu 3
### function f { [CmdletBinding()] param([int]$i) $i }; f -i 1.5
function f { [CmdletBinding()] param([int]$i) $i }; f -i 1.5
### function f { [CmdletBinding()] param([int]$i) $i }; f -i 2.5
function f { [CmdletBinding()] param([int]$i) $i }; f -i 2.5
### function f { [CmdletBinding()] param([int]$i) $i }; f -i '0x10'
function f { [CmdletBinding()] param([int]$i) $i }; f -i '0x10'
### function f { [CmdletBinding()] param([datetime]$d) $d.Year }; f -d '2024-03-05'
function f { [CmdletBinding()] param([datetime]$d) $d.Year }; f -d '2024-03-05'
### function f { [CmdletBinding()] param([datetime]$d) $d }; f -d 'x'
function f { [CmdletBinding()] param([datetime]$d) $d }; f -d 'x'
### function f { [CmdletBinding()] param([timespan]$t) $t.TotalMinutes }; f -t '1:30'
function f { [CmdletBinding()] param([timespan]$t) $t.TotalMinutes }; f -t '1:30'
### function f { [CmdletBinding()] param([switch]$s, $p) "$s|$p" }; f -s 1
function f { [CmdletBinding()] param([switch]$s, $p) "$s|$p" }; f -s 1
### function f { [CmdletBinding()] param([switch]$s) $s }; f -s:1
function f { [CmdletBinding()] param([switch]$s) $s }; f -s:1
### function f { [CmdletBinding()] param([hashtable]$h) $h.a }; f -h @{a=1}
function f { [CmdletBinding()] param([hashtable]$h) $h.a }; f -h @{a=1}
### function f { [CmdletBinding()] param([hashtable]$h) $h }; f -h 5
function f { [CmdletBinding()] param([hashtable]$h) $h }; f -h 5
### function f { [CmdletBinding()] param([pscustomobject]$o) $o.a }; f -o @{a=2}
function f { [CmdletBinding()] param([pscustomobject]$o) $o.a }; f -o @{a=2}
### function f { [CmdletBinding()] param([string]$s) "[$s]" }; f -s $null
function f { [CmdletBinding()] param([string]$s) "[$s]" }; f -s $null
### function f { [CmdletBinding()] param([int]$n) $n }; f -n $null
function f { [CmdletBinding()] param([int]$n) $n }; f -n $null
### function f { [CmdletBinding()] param([int]$n) $n }; f -n @(1,2)
function f { [CmdletBinding()] param([int]$n) $n }; f -n @(1,2)
### function f { [CmdletBinding()] param([string]$s) $s }; f -s @(1,2)
function f { [CmdletBinding()] param([string]$s) $s }; f -s @(1,2)
### function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$n) process { $n } }; 'x' | f
function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$n) process { $n } }; 'x' | f
### function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$n) process { $n + 1 } }; '5','6' | f
function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$n) process { $n + 1 } }; '5','6' | f
### function f { [CmdletBinding()] param([Parameter(ValueFromPipeline, Mandatory)]$x) process { $x } }; $null | f
function f { [CmdletBinding()] param([Parameter(ValueFromPipeline, Mandatory)]$x) process { $x } }; $null | f
### function f { [CmdletBinding()] param([Parameter(ValueFromRemainingArguments)]$rest) $rest.Count }; f a b c
function f { [CmdletBinding()] param([Parameter(ValueFromRemainingArguments)]$rest) $rest.Count }; f a b c
### function f { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('target', 'act')) { 'did' } }; f -WhatIf
function f { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('target', 'act')) { 'did' } }; f -WhatIf
### function f { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('target')) { 'did' } }; f
function f { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('target')) { 'did' } }; f
### function f { [CmdletBinding()] param() $ErrorActionPreference }; f -ErrorAction Stop
function f { [CmdletBinding()] param() $ErrorActionPreference }; f -ErrorAction Stop
### function f { [CmdletBinding()] param() $VerbosePreference }; f -Verbose
function f { [CmdletBinding()] param() $VerbosePreference }; f -Verbose
### function f { [CmdletBinding()] param() Write-Error 'inner'; 'after' }; f -ErrorAction SilentlyContinue
function f { [CmdletBinding()] param() Write-Error 'inner'; 'after' }; f -ErrorAction SilentlyContinue
### function f { [CmdletBinding()] param() Write-Error 'inner'; 'after' }; f -ErrorAction Stop
function f { [CmdletBinding()] param() Write-Error 'inner'; 'after' }; f -ErrorAction Stop
### function f { [CmdletBinding()] param() Write-Error 'inner'; 'after' }; f -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.Count
function f { [CmdletBinding()] param() Write-Error 'inner'; 'after' }; f -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.Count
### function f { [CmdletBinding()] param() 'x' }; f -OutVariable ov | Out-Null; $ov
function f { [CmdletBinding()] param() 'x' }; f -OutVariable ov | Out-Null; $ov
### function f { [CmdletBinding()] param() }; f -ErrorAction Nope
function f { [CmdletBinding()] param() }; f -ErrorAction Nope
### Get-Item nope -ErrorAction Nope
Get-Item nope -ErrorAction Nope
### Get-ChildItem -Path . -Filter *.nope
Get-ChildItem -Path . -Filter *.nope
### Get-ChildItem -Depth x
Get-ChildItem -Depth x
### Get-Process -Id -5
Get-Process -Id -5
### Stop-Process -Id 999999 -WhatIf
Stop-Process -Id 999999 -WhatIf
### Remove-Item nope -WhatIf
Remove-Item nope -WhatIf
### New-Item -ItemType File -Path a.txt | Select-Object -ExpandProperty Name
New-Item -ItemType File -Path a.txt | Select-Object -ExpandProperty Name
### New-Item -ItemType Nope -Path x
New-Item -ItemType Nope -Path x
### Set-Content -Path a.txt -Value 'x'; Get-Content a.txt
Set-Content -Path a.txt -Value 'x'; Get-Content a.txt
### 'x' | Set-Content a.txt; Get-Content a.txt -Raw
'x' | Set-Content a.txt; Get-Content a.txt -Raw
### Add-Content a.txt 'l1'; Add-Content a.txt 'l2'; Get-Content a.txt
Add-Content a.txt 'l1'; Add-Content a.txt 'l2'; Get-Content a.txt
### Get-Content nope.txt
Get-Content nope.txt
### Set-Content a.txt 1,2,3; (Get-Content a.txt).Count
Set-Content a.txt 1,2,3; (Get-Content a.txt).Count
### Set-Content a.txt 'a'; Get-Content a.txt -TotalCount 0
Set-Content a.txt 'a'; Get-Content a.txt -TotalCount 0
### Set-Content a.txt 1..5; Get-Content a.txt -Tail 2
Set-Content a.txt 1..5; Get-Content a.txt -Tail 2
### Set-Content a.txt 1..5; Get-Content a.txt -First 2
Set-Content a.txt 1..5; Get-Content a.txt -First 2
### Out-File -FilePath o.txt -InputObject 'o'; Get-Content o.txt
Out-File -FilePath o.txt -InputObject 'o'; Get-Content o.txt
### 'a' | Out-File o.txt; 'b' | Out-File o.txt -Append; Get-Content o.txt
'a' | Out-File o.txt; 'b' | Out-File o.txt -Append; Get-Content o.txt
### 'x' > r.txt; Get-Content r.txt
'x' > r.txt; Get-Content r.txt
### 'x' >> r.txt; 'y' >> r.txt; Get-Content r.txt
'x' >> r.txt; 'y' >> r.txt; Get-Content r.txt
### Get-Item . | Select-Object -ExpandProperty PSIsContainer
Get-Item . | Select-Object -ExpandProperty PSIsContainer
### Test-Path nope
Test-Path nope
### Test-Path .
Test-Path .
### Test-Path -Path . -PathType Leaf
Test-Path -Path . -PathType Leaf
### Resolve-Path nope
Resolve-Path nope
### Clear-Content nope.txt
Clear-Content nope.txt
### Copy-Item nope.txt b.txt
Copy-Item nope.txt b.txt
### Move-Item nope.txt b.txt
Move-Item nope.txt b.txt
### Rename-Item nope.txt b.txt
Rename-Item nope.txt b.txt
### Remove-Item nope.txt
Remove-Item nope.txt
### Get-ChildItem nope
Get-ChildItem nope
### New-Item -ItemType Directory d | Out-Null; New-Item -ItemType Directory d
New-Item -ItemType Directory d | Out-Null; New-Item -ItemType Directory d
### position: unknown parameter marks -Foo
$null = 0
Get-Date -Foo
### position: unknown parameter among spaces
$null = 0
  Get-Date   -Foo   1
### position: bad argument marks the argument
$null = 0
Get-Date -Year x
### position: bad argument after a colon
$null = 0
Get-Date -Year:x
### position: UInt32 parameter given a word
$null = 0
Get-ChildItem -Depth abc
### position: missing argument marks the parameter
$null = 0
Get-Date -Year
### position: ambiguous abbreviation marks it
$null = 0
Get-Date -Da 1
### position: ambiguous abbreviation of Get-ChildItem
$null = 0
Get-ChildItem -F x
### position: too many positional arguments mark the command
$null = 0
Get-Date 1 2 3
### position: parameter set not resolved marks the command
$null = 0
Get-Date -Date 1 -UFormat x -Format y
### position: a parameter given twice marks the second
$null = 0
Get-Date -Year 1 -Year 2
### position: splatted bad value marks @h
$h = @{ Year = 'x' }
Get-Date @h
### position: splatted unknown parameter marks @h
$h = @{ Foo = 1 }
Get-Date @h
### position: bad -ErrorAction value
$null = 0
Get-Date -ErrorAction Foo
### position: ValidateSet named
function f { param([ValidateSet('a','b')]$s) $s }
f -s c
### position: ValidateSet positional
function f { param([ValidateSet('a','b')]$s) $s }
f c
### position: ValidateRange on an expression argument
function f { param([ValidateRange(1,5)][int]$n) $n }
f -n (1+10)
### position: ValidateRange after a colon
function f { param([ValidateRange(1,5)][int]$n) $n }
f -n:9
### position: ValidatePattern
function f { param([ValidatePattern('^x')]$p) $p }
f -p abc
### position: ValidateNotNullOrEmpty
function f { param([ValidateNotNullOrEmpty()]$e) $e }
f -e ''
### position: ValidateNotNull
function f { param([ValidateNotNull()]$x) $x }
f -x $null
### position: ValidateCount
function f { param([ValidateCount(1,2)]$c) $c }
f -c 1,2,3
### position: ValidateCount on a scalar
function f { param([ValidateCount(2,3)]$c) $c }
f -c 1
### position: ValidateLength too short
function f { param([ValidateLength(2,3)]$l) $l }
f -l a
### position: ValidateLength too long in an array
function f { param([ValidateLength(1,2)][string[]]$l) $l }
f -l a,bcd
### position: ValidateRange given a string
function f { param([ValidateRange(1,5)]$r) $r }
f -r abc
### position: advanced function ValidateSet with more arguments after
function g { [CmdletBinding()] param([ValidateSet('a','b')]$s, [int]$m) 'ok' }
g -s c -m 1
### position: advanced function missing mandatory marks the command
function g { [CmdletBinding()] param([Parameter(Mandatory)][int]$m, $s) 'ok' }
g -s a
### position: advanced function unknown parameter
function g { [CmdletBinding()] param($m) 'ok' }
g -zz 1
### position: advanced function conversion
function g { [CmdletBinding()] param([int]$m) 'ok' }
g -m abc
### position: advanced function switch given a number
function k { [CmdletBinding()] param([switch]$s) "ok $s" }
k -s:1
### position: advanced function switch given a string
function k { [CmdletBinding()] param([switch]$s) "ok $s" }
k -s:'x'
### position: pipeline input bound to nothing marks the command
$null = 0
'x' | Get-Date -Year 1
### position: pipeline input refused by ValidateRange
function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)][ValidateRange(1,5)][int]$n) process { $n } }
1, 7, 2 | f
### position: pipeline input the type cannot take
function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$n) process { $n } }
1, 'x', 2 | f
### untyped mandatory parameter takes an empty string and array
function m { [CmdletBinding()] param([Parameter(Mandatory)]$a) "ok $($a.Count)" }
m -a ''
m -a @()
### typed mandatory parameters refuse empty values
function m { [CmdletBinding()] param([Parameter(Mandatory)][string]$a) 'ok' }
function n { [CmdletBinding()] param([Parameter(Mandatory)][object[]]$a) 'ok' }
function q { [CmdletBinding()] param([Parameter(Mandatory)][string[]]$a) 'ok' }
m -a ''
n -a @()
q -a ''
### binding error record: cmdlet conversion
try { Get-Date -Year x } catch { "$($_.CategoryInfo)"; $null -eq $_.TargetObject; $_.InvocationInfo.OffsetInLine; $_.Exception.GetType().FullName }
### binding error record: unknown parameter offset
try { Get-Date -Foo } catch { "$($_.CategoryInfo)"; $_.InvocationInfo.OffsetInLine }
### binding error record: function validation
function f { param([ValidateSet('a')]$s) }
try { f -s c } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)"; $_.InvocationInfo.OffsetInLine; $_.Exception.GetType().FullName }
### binding error record: function transformation
function g { [CmdletBinding()] param([int]$m) }
try { g -m x } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)"; $_.InvocationInfo.OffsetInLine }
### binding error record: missing mandatory
function g { [CmdletBinding()] param([Parameter(Mandatory)]$m) }
try { g } catch { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)"; $_.InvocationInfo.OffsetInLine }
### binding error record: catch by ParameterBindingException
function f { param([ValidateRange(1,2)]$n) }
try { f 3 } catch [System.Management.Automation.ParameterBindingException] { 'caught: ' + $_.Exception.GetType().Name }
### position: array given to a scalar parameter
$null = 0
Get-Date -Year 1,2
### position: error inside a function body called from line 2
function f { Get-Date -Foo }
f
### position: error in a script block on line 3
$null = 0
& {
  Get-Date -Year x
}
### position: second statement of a line
$null = 0
'a'; Get-Date -Foo; 'b'
### position: second pipeline element
$null = 0
1 | Get-Date -Foo | Out-String
### position: named parameter after positional ones
$null = 0
Get-Date 2024-01-01 -Foo
### position: missing argument when the next token is a parameter
$null = 0
Get-Date -Format -Year 1
### position: mandatory null argument
function m { [CmdletBinding()] param([Parameter(Mandatory)]$a) 'ok' }
m -a $null
### binding error record: mandatory null argument
function m { [CmdletBinding()] param([Parameter(Mandatory)]$a) 'ok' }
try { m -a $null } catch [System.Management.Automation.ParameterBindingException] { $_.FullyQualifiedErrorId; "$($_.CategoryInfo)" }
### binding error record: pipeline input bound to nothing
function f { [CmdletBinding()] param([Parameter(ValueFromPipeline)][int]$n) process { $n } }
'x' | f -ErrorVariable ev -ErrorAction SilentlyContinue
$ev[0].FullyQualifiedErrorId; "$($ev[0].CategoryInfo)"
### binding error record: ambiguous parameter
try { Get-Date -Da 1 } catch { "$($_.CategoryInfo)"; $_.InvocationInfo.OffsetInLine; $null -eq $_.TargetObject }
### position: ValidateSet on a default parameter set member through splatting
function f { param([ValidateSet('a','b')]$s) $s }
$p = @{ s = 'z' }
f @p
### position: ValidateScript-free function with remaining arguments
function f { param($a) "a=$a args=$($args.Count)" }
f 1 2 3
### position: advanced function too many positionals
function g { [CmdletBinding()] param($a) $a }
g 1 2
