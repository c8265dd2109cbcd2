# Pipelines and streams: redirection (*>&1, 2>$null, 3>&1...), -ErrorAction and preferences, $Error,
# $?, terminating vs non-terminating errors, Write-* streams and where they end up.
### Write-Error 'e' 2>$null; 'after'
Write-Error 'e' 2>$null; 'after'
### Write-Error 'e' 2>&1
Write-Error 'e' 2>&1
### $r = Write-Error 'e' 2>&1; $r.GetType().Name
$r = Write-Error 'e' 2>&1; $r.GetType().Name
### $r = Write-Error 'e' 2>&1; "$r"
$r = Write-Error 'e' 2>&1; "$r"
### Write-Warning 'w' 3>$null; 'after'
Write-Warning 'w' 3>$null; 'after'
### Write-Warning 'w' 3>&1
Write-Warning 'w' 3>&1
### $r = Write-Warning 'w' 3>&1; $r.GetType().Name
$r = Write-Warning 'w' 3>&1; $r.GetType().Name
### Write-Verbose 'v' -Verbose 4>&1
Write-Verbose 'v' -Verbose 4>&1
### Write-Verbose 'v' 4>&1
Write-Verbose 'v' 4>&1
### $VerbosePreference = 'Continue'; Write-Verbose 'v'
$VerbosePreference = 'Continue'; Write-Verbose 'v'
### Write-Debug 'd' -Debug 5>&1
Write-Debug 'd' -Debug 5>&1
### $DebugPreference = 'Continue'; Write-Debug 'd'
$DebugPreference = 'Continue'; Write-Debug 'd'
### Write-Information 'i' 6>&1
Write-Information 'i' 6>&1
### Write-Information 'i' 6>$null; 'x'
Write-Information 'i' 6>$null; 'x'
### Write-Host 'h' 6>$null; 'x'
Write-Host 'h' 6>$null; 'x'
### Write-Host 'h' 6>&1 | ForEach-Object { "got $_" }
Write-Host 'h' 6>&1 | ForEach-Object { "got $_" }
### $r = Write-Host 'h' 6>&1; $r.GetType().Name
$r = Write-Host 'h' 6>&1; $r.GetType().Name
### & { Write-Error 'e'; Write-Warning 'w'; 'o'; Write-Verbose 'v' -Verbose } *>&1
& { Write-Error 'e'; Write-Warning 'w'; 'o'; Write-Verbose 'v' -Verbose } *>&1
### & { Write-Error 'e'; Write-Warning 'w'; 'o' } *>$null; 'quiet'
& { Write-Error 'e'; Write-Warning 'w'; 'o' } *>$null; 'quiet'
### & { Write-Error 'e'; 'o' } 2>&1 | ForEach-Object { "[$_]" }
& { Write-Error 'e'; 'o' } 2>&1 | ForEach-Object { "[$_]" }
### $r = & { Write-Error 'e'; 'o' } 2>&1; $r.Count
$r = & { Write-Error 'e'; 'o' } 2>&1; $r.Count
### 1/0 2>$null; 'after'
1/0 2>$null; 'after'
### [int]'x' 2>$null; 'after'
[int]'x' 2>$null; 'after'
### Get-Item nope 2>$null; 'after'
Get-Item nope 2>$null; 'after'
### Get-Item nope 2>&1 | ForEach-Object { $_.GetType().Name }
Get-Item nope 2>&1 | ForEach-Object { $_.GetType().Name }
### Get-Item nope *> $null; $?
Get-Item nope *> $null; $?
### Get-Item nope 2> err.txt; Get-Content err.txt
Get-Item nope 2> err.txt; Get-Content err.txt
### 'out' > o.txt; Get-Content o.txt
'out' > o.txt; Get-Content o.txt
### & { 'a'; Write-Error 'b' } > o.txt 2>&1; (Get-Content o.txt).Count
& { 'a'; Write-Error 'b' } > o.txt 2>&1; (Get-Content o.txt).Count
### Get-Item nope -ErrorAction SilentlyContinue; 'after'
Get-Item nope -ErrorAction SilentlyContinue; 'after'
### Get-Item nope -ErrorAction Ignore; $Error.Count
Get-Item nope -ErrorAction Ignore; $Error.Count
### Get-Item nope -ErrorAction SilentlyContinue; $Error.Count
Get-Item nope -ErrorAction SilentlyContinue; $Error.Count
### Get-Item nope -ErrorAction Stop; 'not reached'
Get-Item nope -ErrorAction Stop; 'not reached'
### Get-Item nope -ErrorAction Continue; 'reached'
Get-Item nope -ErrorAction Continue; 'reached'
### try { Get-Item nope -ErrorAction Stop } catch { 'caught: ' + $_.Exception.GetType().Name }
try { Get-Item nope -ErrorAction Stop } catch { 'caught: ' + $_.Exception.GetType().Name }
### try { Get-Item nope } catch { 'caught' }; 'end'
try { Get-Item nope } catch { 'caught' }; 'end'
### $ErrorActionPreference = 'Stop'; try { Get-Item nope } catch { 'caught' }
$ErrorActionPreference = 'Stop'; try { Get-Item nope } catch { 'caught' }
### $ErrorActionPreference = 'SilentlyContinue'; Get-Item nope; 'quiet'
$ErrorActionPreference = 'SilentlyContinue'; Get-Item nope; 'quiet'
### $ErrorActionPreference = 'Stop'; Write-Error 'x'; 'no'
$ErrorActionPreference = 'Stop'; Write-Error 'x'; 'no'
### $ErrorActionPreference = 'Stop'; Get-Item nope; 'no'
$ErrorActionPreference = 'Stop'; Get-Item nope; 'no'
### $ErrorActionPreference = 'Ignore'; Write-Error 'x'; $Error.Count
$ErrorActionPreference = 'Ignore'; Write-Error 'x'; $Error.Count
### $ErrorActionPreference = 'Inquire'; Write-Error 'x'
$ErrorActionPreference = 'Inquire'; Write-Error 'x'
### $ErrorActionPreference = 'Nope'; Write-Error 'x'
$ErrorActionPreference = 'Nope'; Write-Error 'x'
### $WarningPreference = 'SilentlyContinue'; Write-Warning 'w'; 'x'
$WarningPreference = 'SilentlyContinue'; Write-Warning 'w'; 'x'
### $WarningPreference = 'Stop'; Write-Warning 'w'; 'x'
$WarningPreference = 'Stop'; Write-Warning 'w'; 'x'
### Write-Warning 'w' -WarningAction SilentlyContinue; 'x'
Write-Warning 'w' -WarningAction SilentlyContinue; 'x'
### Write-Warning 'w' -WarningAction Stop
Write-Warning 'w' -WarningAction Stop
### Write-Warning 'w' -WarningVariable wv -WarningAction SilentlyContinue; $wv
Write-Warning 'w' -WarningVariable wv -WarningAction SilentlyContinue; $wv
### $InformationPreference = 'Continue'; Write-Information 'i'
$InformationPreference = 'Continue'; Write-Information 'i'
### Write-Error 'one'; Write-Error 'two'; $Error.Count; $Error[0].ToString()
Write-Error 'one'; Write-Error 'two'; $Error.Count; $Error[0].ToString()
### Write-Error 'x'; $Error[0].GetType().Name
Write-Error 'x'; $Error[0].GetType().Name
### Write-Error 'x'; $Error[0].CategoryInfo.Category
Write-Error 'x'; $Error[0].CategoryInfo.Category
### Write-Error 'x'; $Error[0].FullyQualifiedErrorId
Write-Error 'x'; $Error[0].FullyQualifiedErrorId
### 1/0; $Error[0].Exception.GetType().Name
1/0; $Error[0].Exception.GetType().Name
### 1/0; $Error[0].Exception.InnerException.GetType().Name
1/0; $Error[0].Exception.InnerException.GetType().Name
### 1/0; $Error[0].FullyQualifiedErrorId
1/0; $Error[0].FullyQualifiedErrorId
### 1/0; $Error[0].CategoryInfo.ToString()
1/0; $Error[0].CategoryInfo.ToString()
### [int]'x'; $Error[0].FullyQualifiedErrorId
[int]'x'; $Error[0].FullyQualifiedErrorId
### Get-Item nope; $Error[0].FullyQualifiedErrorId
Get-Item nope; $Error[0].FullyQualifiedErrorId
### Get-Item nope; $Error[0].CategoryInfo.Category
Get-Item nope; $Error[0].CategoryInfo.Category
### Get-Item nope; $Error[0].TargetObject
Get-Item nope; $Error[0].TargetObject
### Get-Nope; $Error[0].FullyQualifiedErrorId
Get-Nope; $Error[0].FullyQualifiedErrorId
### Get-Nope; $Error[0].Exception.GetType().FullName
Get-Nope; $Error[0].Exception.GetType().FullName
### Write-Error 'x'; $Error.Clear(); $Error.Count
Write-Error 'x'; $Error.Clear(); $Error.Count
### throw 'x'
throw 'x'
### throw
throw
### throw [System.ArgumentException]::new('bad arg')
throw [System.ArgumentException]::new('bad arg')
### throw [System.ArgumentException]::new('bad arg', 'p')
throw [System.ArgumentException]::new('bad arg', 'p')
### throw @{a=1}
throw @{a=1}
### throw 42
throw 42
### throw (New-Object System.IO.FileNotFoundException 'nf')
throw (New-Object System.IO.FileNotFoundException 'nf')
### try { throw 'x' } catch { $_.GetType().Name; $_.Exception.GetType().Name; $_.Exception.Message }
try { throw 'x' } catch { $_.GetType().Name; $_.Exception.GetType().Name; $_.Exception.Message }
### try { throw 'x' } catch { $_.FullyQualifiedErrorId }
try { throw 'x' } catch { $_.FullyQualifiedErrorId }
### try { throw 'x' } catch { $_.InvocationInfo.ScriptLineNumber }
try { throw 'x' } catch { $_.InvocationInfo.ScriptLineNumber }
### try { throw [System.InvalidOperationException]'io' } catch [System.InvalidOperationException] { 'typed' } catch { 'generic' }
try { throw [System.InvalidOperationException]'io' } catch [System.InvalidOperationException] { 'typed' } catch { 'generic' }
### try { 1/0 } catch [System.DivideByZeroException] { 'dbz' } catch { 'other' }
try { 1/0 } catch [System.DivideByZeroException] { 'dbz' } catch { 'other' }
### try { 1/0 } catch [System.Management.Automation.RuntimeException] { 'rt' }
try { 1/0 } catch [System.Management.Automation.RuntimeException] { 'rt' }
### try { [int]'x' } catch { $_.Exception.GetType().Name }
try { [int]'x' } catch { $_.Exception.GetType().Name }
### try { Get-Nope } catch [System.Management.Automation.CommandNotFoundException] { 'cnf' }
try { Get-Nope } catch [System.Management.Automation.CommandNotFoundException] { 'cnf' }
### $? ; Write-Error 'x'; $?
$? ; Write-Error 'x'; $?
### 'ok'; $?
'ok'; $?
### Get-Item nope; $?
Get-Item nope; $?
### 1/0; $?
1/0; $?
### $null = Get-Item nope 2>&1; $?
$null = Get-Item nope 2>&1; $?
### & { Write-Error 'x' }; $?
& { Write-Error 'x' }; $?
### function f { Write-Error 'x' }; f; $?
function f { Write-Error 'x' }; f; $?
### (Get-Item nope); $?
(Get-Item nope); $?
### $LASTEXITCODE
$LASTEXITCODE
### Write-Output 'a' | Out-Null; $?
Write-Output 'a' | Out-Null; $?
### 1..3 | ForEach-Object { if ($_ -eq 2) { Write-Error "bad $_" } else { $_ } }
1..3 | ForEach-Object { if ($_ -eq 2) { Write-Error "bad $_" } else { $_ } }
### 1..3 | ForEach-Object { if ($_ -eq 2) { throw "bad $_" } else { $_ } }
1..3 | ForEach-Object { if ($_ -eq 2) { throw "bad $_" } else { $_ } }
### 1..3 | ForEach-Object { if ($_ -eq 2) { return } $_ }
1..3 | ForEach-Object { if ($_ -eq 2) { return } $_ }
### 1..3 | ForEach-Object { if ($_ -eq 2) { continue } $_ }; 'after'
1..3 | ForEach-Object { if ($_ -eq 2) { continue } $_ }; 'after'
### 1..3 | ForEach-Object { if ($_ -eq 2) { break } $_ }; 'after'
1..3 | ForEach-Object { if ($_ -eq 2) { break } $_ }; 'after'
### foreach ($i in 1..3) { if ($i -eq 2) { break } $i }; 'after'
foreach ($i in 1..3) { if ($i -eq 2) { break } $i }; 'after'
### 1..5 | Select-Object -First 2 | ForEach-Object { $_ }
1..5 | Select-Object -First 2 | ForEach-Object { $_ }
### 1..1000000 | Select-Object -First 3
1..1000000 | Select-Object -First 3
### $i = 0; 1..10 | ForEach-Object { $i++; $_ } | Select-Object -First 2; $i
$i = 0; 1..10 | ForEach-Object { $i++; $_ } | Select-Object -First 2; $i
### 'a','b' | ForEach-Object { $_ } | ForEach-Object { $_.ToUpper() }
'a','b' | ForEach-Object { $_ } | ForEach-Object { $_.ToUpper() }
### Get-Item nope -ErrorVariable ev 2>$null; $ev.Count; $ev[0].GetType().Name
Get-Item nope -ErrorVariable ev 2>$null; $ev.Count; $ev[0].GetType().Name
### Get-Item nope -ErrorVariable +ev 2>$null; Get-Item nope2 -ErrorVariable +ev 2>$null; $ev.Count
Get-Item nope -ErrorVariable +ev 2>$null; Get-Item nope2 -ErrorVariable +ev 2>$null; $ev.Count
### Write-Output 1 -OutVariable ov | Out-Null; $ov.GetType().Name
Write-Output 1 -OutVariable ov | Out-Null; $ov.GetType().Name
### 1,2 | Write-Output -OutVariable ov | Out-Null; $ov.Count
1,2 | Write-Output -OutVariable ov | Out-Null; $ov.Count
### $PSDefaultParameterValues['Get-Date:Format'] = 'yyyy'; Get-Date -Date '2024-03-05'
$PSDefaultParameterValues['Get-Date:Format'] = 'yyyy'; Get-Date -Date '2024-03-05'
### $ErrorView = 'NormalView'; Write-Error 'x'
$ErrorView = 'NormalView'; Write-Error 'x'
### $ErrorView = 'CategoryView'; Write-Error 'x'
$ErrorView = 'CategoryView'; Write-Error 'x'
### $ErrorView = 'NormalView'; 1/0
$ErrorView = 'NormalView'; 1/0
### $ErrorView = 'CategoryView'; [int]'x'
$ErrorView = 'CategoryView'; [int]'x'
### trap { 'trapped'; continue }; Write-Error 'x' -ErrorAction Stop; 'after'
trap { 'trapped'; continue }; Write-Error 'x' -ErrorAction Stop; 'after'
### Write-Output 'x' | Tee-Object -Variable tv | Out-Null; $tv
Write-Output 'x' | Tee-Object -Variable tv | Out-Null; $tv
### 1..3 | Tee-Object -FilePath t.txt | Measure-Object | % Count; Get-Content t.txt
1..3 | Tee-Object -FilePath t.txt | Measure-Object | % Count; Get-Content t.txt
### $r = 1..3 | ForEach-Object { Write-Host "host $_"; $_ }; $r.Count
$r = 1..3 | ForEach-Object { Write-Host "host $_"; $_ }; $r.Count
### Write-Host 'a' -ForegroundColor Red
Write-Host 'a' -ForegroundColor Red
### Write-Host ('a','b') -Separator '-'
Write-Host ('a','b') -Separator '-'
### $null = Write-Output 'gone'; 'kept'
$null = Write-Output 'gone'; 'kept'
### [void](Write-Output 'gone'); 'kept'
[void](Write-Output 'gone'); 'kept'
### Write-Output 'gone' > $null; 'kept'
Write-Output 'gone' > $null; 'kept'
### (Write-Output 'kept')
(Write-Output 'kept')
### $($null = 1; 'sub')
$($null = 1; 'sub')
### @(Write-Error 'x' 2>&1).Count
@(Write-Error 'x' 2>&1).Count
### $Error.Count
$Error.Count
### function f { Write-Error 'x' }; f
function f { Write-Error 'x' }
f
### & { Write-Error 'y' }
& { Write-Error 'y' }
### $r = & { $null = Write-Error 'e'; 'o' } 2>&1; $r.Count
$r = & { $null = Write-Error 'e'; 'o' } 2>&1; $r.Count
### $r = & { Write-Warning 'w'; 'o' } 3>&1; $r[0].GetType().FullName; $r[0].Message
$r = & { Write-Warning 'w'; 'o' } 3>&1; $r[0].GetType().FullName; $r[0].Message
### & { Write-Verbose 'v' -Verbose; Write-Debug 'd' -Debug } *>&1 | % { $_.GetType().Name }
& { Write-Verbose 'v' -Verbose; Write-Debug 'd' -Debug } *>&1 | % { $_.GetType().Name }
### $r = Write-Host 'h' 6>&1; $r.MessageData.GetType().FullName; $r.Tags
$r = Write-Host 'h' 6>&1; $r.MessageData.GetType().FullName; $r.Tags
### $r = Write-Information 'i' -Tags t1 6>&1; $r.MessageData; $r.Tags
$r = Write-Information 'i' -Tags t1 6>&1; $r.MessageData; $r.Tags
### Write-Verbose 'vv' -Verbose 4>&1 | % { "[$_]" }
Write-Verbose 'vv' -Verbose 4>&1 | % { "[$_]" }
### function g { Write-Error 'gg' }; g 2>$null; 'after g'
function g { Write-Error 'gg' }; g 2>$null; 'after g'
### & { Write-Host 'inner' } 6>$null; & { Write-Warning 'inner w' } 3>$null; 'end'
& { Write-Host 'inner' } 6>$null; & { Write-Warning 'inner w' } 3>$null; 'end'
### & { 1/0 } 2>$null; 'quiet'
& { 1/0 } 2>$null; 'quiet'
### & { [int]'x' } 2>&1 | % { "got $_" }
& { [int]'x' } 2>&1 | % { "got $_" }
### function h { [int]'x'; 'after' }; h 2>$null
function h { [int]'x'; 'after' }; h 2>$null
### & { Get-Date -Foo } 2>$null; 'bound'
& { Get-Date -Foo } 2>$null; 'bound'
### Get-Date -Foo 2>$null; 'own statement'
Get-Date -Foo 2>$null; 'own statement'
### Write-Error 'sc' -ErrorAction SilentlyContinue 2>&1; 'x'
Write-Error 'sc' -ErrorAction SilentlyContinue 2>&1; 'x'
### Get-Item nope 2>$null; 1+1; $?
Get-Item nope 2>$null; 1+1; $?
### Get-Item nope 2>$null; "$(Get-Item nope 2>$null)"; $?
Get-Item nope 2>$null; "$(Get-Item nope 2>$null)"; $?
### $y = (Get-Item nope 2>$null); $?
$y = (Get-Item nope 2>$null); $?
### $w = Get-Item nope 2>$null; $?; $z = 1; $?
$w = Get-Item nope 2>$null; $?; $z = 1; $?
### (Get-Item nope 2>$null), 1; $?
(Get-Item nope 2>$null), 1; $?
### @(Get-Item nope 2>$null); $?
@(Get-Item nope 2>$null); $?
### Write-Error 'a' -ErrorVariable ev 2>$null; $ev.GetType().Name; $ev.Count
Write-Error 'a' -ErrorVariable ev 2>$null; $ev.GetType().Name; $ev.Count
### Write-Output 1 -OutVariable ov | Out-Null; Write-Output 2 -OutVariable +ov | Out-Null; $ov.Count; $ov.GetType().Name
Write-Output 1 -OutVariable ov | Out-Null; Write-Output 2 -OutVariable +ov | Out-Null; $ov.Count; $ov.GetType().Name
### Write-Error 'x'; $Error.GetType().FullName; $Error.Count
Write-Error 'x'; $Error.GetType().FullName; $Error.Count
### function k { Write-Error 'x' }; k; $Error[0].FullyQualifiedErrorId
function k { Write-Error 'x' }; k; $Error[0].FullyQualifiedErrorId
### & { Write-Warning 'ww' } 3> w.txt; Get-Content w.txt
& { Write-Warning 'ww' } 3> w.txt; Get-Content w.txt
