# exosh tried as a new user would (issues 9 and 10): the README's tour and everyday admin one-liners.
# Each case runs in an empty work folder, so a case that reads files writes them first.
### readme pipeline range into Measure-Object
1..1000000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object
### readme trimmed unique names from a file
Set-Content users.txt '  carol', 'alice ', ' bob', 'alice', 'Bob  '
$names = Get-Content users.txt | ForEach-Object { $_.Trim() } | Sort-Object -Unique
$names
### readme arrays kept on assignment
$a = 1, 2; $a.Count
### readme command output is null, one object or an array
function Get-Thing { param($n) 1..$n }
$x = Get-Thing 0; $null -eq $x
$x = Get-Thing 1; $x.GetType().Name
$x = Get-Thing 3; $x.GetType().Name
@(Get-Thing 1).Count
### readme typed variable keeps converting
[int]$n = '5'; $n = '6'; $n.GetType().Name; $n + 1
### readme script scope counter
$script:total += 1; $script:total += 1; $total
### readme ForEach-Object counts in the caller's scope
1..3 | % { $count++ }; $count
### readme foreach with continue
$mailboxes = [pscustomobject]@{ Name = 'a'; Enabled = $true }, [pscustomobject]@{ Name = 'b'; Enabled = $false }, [pscustomobject]@{ Name = 'c'; Enabled = $true }
foreach ($m in $mailboxes) { if (-not $m.Enabled) { continue }; $m.Name }
### readme labelled continue
:outer foreach ($a in 1..3) { foreach ($b in 1..3) { if ($b -eq 2) { continue outer }; "$a$b" } }
### readme switch wildcard
foreach ($name in 'admin-x', 'svc-backup', 'jdoe') { switch -Wildcard ($name) { 'admin*' { 'admin' } 'svc-*' { 'service'; break } default { 'user' } } }
### readme typed catch of a missing item
try { Get-Item nope -ErrorAction Stop } catch [System.Management.Automation.ItemNotFoundException] { "missing: $_" } finally { 'done' }
### readme advanced function with WhatIf from a csv
function Get-Big {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)] [string] $Name,
        [ValidateRange(1, 100)] [int] $Size = 10,
        [ValidateSet('Low', 'High')] [string] $Level = 'Low',
        [switch] $Force
    )
    begin   { $n = 0 }
    process { if ($PSCmdlet.ShouldProcess($Name, 'Resize')) { $n++; "$Name -> $Size" } }
    end     { "$n resized" }
}
Set-Content users.csv 'Name,UPN', 'Ann,ann@contoso.com', 'Ben,ben@contoso.com'
Import-Csv users.csv | Get-Big -Size 20 -WhatIf
Import-Csv users.csv | Get-Big -Size 20
### readme binding error unknown parameter
function Get-Big { [CmdletBinding()] param([string] $Name, [ValidateSet('Low', 'High')] [string] $Level = 'Low') "$Name $Level" }
Get-Big -Foo 1
### readme binding error ValidateSet
function Get-Big { [CmdletBinding()] param([string] $Name, [ValidateSet('Low', 'High')] [string] $Level = 'Low') "$Name $Level" }
Get-Big -Level Mid
### readme number literals
0x1F; 1.5e3; 10MB; [math]::Round(2.5)
### readme strings and expansion
$x = 'world'; $y = [pscustomobject]@{ Name = 'Ann' }
"hello $x and $($y.Name)"
@"
here $x
"@
### readme ternary and null coalescing
$v = $null; $v ?? 'default'; (5 -gt 3) ? 'yes' : 'no'
### readme indexes
$a = 10, 20, 30, 40, 50; $a[-1]; $a[1..3] -join ','
### readme operators on a collection filter
1, 2, 3, 2 -eq 2; 'apple', 'banana' -like 'b*'; 'a1b2' -replace '\d', '#'; 'a,b,,c' -split ','
### readme unknown command
Get-Mailbox
### readme parse error
if ($x) {
### ls sorted by length with select
Set-Content a.txt 'x'; Set-Content bb.txt ('y' * 50); Set-Content ccc.log ('z' * 20)
Get-ChildItem | Sort-Object Length -Descending | Select-Object Name, Length
### ls names only filtered
Set-Content a.txt 'x'; Set-Content b.log 'y'; New-Item sub -ItemType Directory | Out-Null
Get-ChildItem -Name; '--'; Get-ChildItem *.txt -Name; '--'; (Get-ChildItem -File).Count
### ls recurse measure sum
New-Item d/e -ItemType Directory -Force | Out-Null
Set-Content d/one.txt ('a' * 9); Set-Content d/e/two.txt ('b' * 19)
Get-ChildItem -Recurse -File | Measure-Object Length -Sum | Select-Object Count, Sum
### ls where simplified and format-table
Set-Content a.txt 'x'; Set-Content bb.txt ('y' * 50)
Get-ChildItem | Where-Object Length -gt 10 | Format-Table Name, Length
### ls expand property sorted descending
'b', 'a', 'c' | ForEach-Object { Set-Content "$_.txt" $_ }
Get-ChildItem *.txt | Sort-Object Name -Descending | Select-Object -ExpandProperty Name
### ls extension grouping
'a.txt', 'b.txt', 'c.log', 'd.csv', 'e.log' | ForEach-Object { Set-Content $_ 'x' }
Get-ChildItem | Group-Object Extension -NoElement | Sort-Object Name
### get-content first and last lines
Set-Content log.txt 'one', 'two', 'three', 'four', 'five'
Get-Content log.txt -TotalCount 2; Get-Content log.txt -Tail 2; (Get-Content log.txt)[2]
### get-content raw length and lines
Set-Content log.txt 'one', 'two', 'three'
(Get-Content log.txt -Raw).Length; (Get-Content log.txt).Count; Get-Content log.txt | Measure-Object -Line -Word -Character
### select-string in a file
Set-Content app.log 'INFO start', 'ERROR disk full', 'INFO retry', 'error lowercase'
Select-String -Path app.log -Pattern 'ERROR'
### select-string case sensitive with line numbers
Set-Content app.log 'INFO start', 'ERROR disk full', 'INFO retry', 'error lowercase'
Select-String -Path app.log -Pattern 'ERROR' -CaseSensitive | ForEach-Object { "$($_.LineNumber): $($_.Line)" }
### select-string on pipeline strings
'alpha', 'beta', 'gamma' | Select-String 'a$'
### select-string matches and groups
Set-Content app.log 'user=ann id=7', 'user=ben id=12'
Select-String -Path app.log -Pattern 'user=(\w+) id=(\d+)' | ForEach-Object { $_.Matches[0].Groups[1].Value + ':' + $_.Matches[0].Groups[2].Value }
### select-string simple match count
Set-Content app.log 'a.b', 'axb', 'a.b.c'
(Select-String -Path app.log -Pattern 'a.b' -SimpleMatch).Count
### select-string over several files
Set-Content one.txt 'foo here', 'nothing'; Set-Content two.txt 'no', 'more foo'
Select-String -Path *.txt -Pattern foo
### select-string quiet and not match
Set-Content app.log 'ok', 'ok', 'bad'
Select-String -Path app.log -Pattern bad -Quiet; Select-String -Path app.log -Pattern ok -NotMatch | ForEach-Object Line
### ls pipes into select-string
Set-Content foo.txt 'x'; Set-Content bar.txt 'x'; Set-Content food.md 'x'
ls | Select-String foo
### get-childitem pipes file contents into select-string
Set-Content foo.txt 'has foo'; Set-Content bar.txt 'no match'
Get-ChildItem *.txt | Select-String foo
### csv export import round trip
$rows = [pscustomobject]@{ Name = 'Ann'; Dept = 'IT'; Salary = 5000 }, [pscustomobject]@{ Name = 'Ben'; Dept = 'HR'; Salary = 4200 }
$rows | Export-Csv staff.csv
Get-Content staff.csv
Import-Csv staff.csv
### csv import filter export
Set-Content staff.csv 'Name,Dept,Salary', 'Ann,IT,5000', 'Ben,HR,4200', 'Cid,IT,6100'
Import-Csv staff.csv | Where-Object Dept -eq 'IT' | Export-Csv it.csv -NoTypeInformation
Get-Content it.csv
### csv delimiter and append
[pscustomobject]@{ A = 1; B = 'x y' } | Export-Csv semi.csv -Delimiter ';'
[pscustomobject]@{ A = 2; B = 'z' } | Export-Csv semi.csv -Delimiter ';' -Append
Get-Content semi.csv
Import-Csv semi.csv -Delimiter ';' | ForEach-Object { $_.A + '|' + $_.B }
### csv values are strings after import
Set-Content n.csv 'N', '10', '9', '100'
Import-Csv n.csv | Sort-Object N | ForEach-Object N
'--'
Import-Csv n.csv | Sort-Object { [int]$_.N } | ForEach-Object N
### csv to html-free report with select computed
Set-Content staff.csv 'Name,Salary', 'Ann,5000', 'Ben,4200'
Import-Csv staff.csv | Select-Object Name, @{ Name = 'Monthly'; Expression = { [int]$_.Salary / 12 } } | Format-Table -AutoSize
### group-object report by department
Set-Content staff.csv 'Name,Dept', 'Ann,IT', 'Ben,HR', 'Cid,IT', 'Dee,Ops', 'Eve,IT'
Import-Csv staff.csv | Group-Object Dept | Sort-Object Count -Descending | Select-Object Name, Count
### group-object default table
Set-Content staff.csv 'Name,Dept', 'Ann,IT', 'Ben,HR', 'Cid,IT'
Import-Csv staff.csv | Group-Object Dept
### group-object as hashtable lookup
$g = 'apple', 'avocado', 'banana' | Group-Object { $_[0] } -AsHashTable -AsString
$g['a'] -join ','; $g['b']
### measure-object salary statistics
Set-Content staff.csv 'Name,Salary', 'Ann,5000', 'Ben,4200', 'Cid,6100'
Import-Csv staff.csv | Measure-Object Salary -Sum -Average -Maximum -Minimum
### measure-object sum of numbers
(1..10 | Measure-Object -Sum).Sum; (2, 4, 9 | Measure-Object -Average).Average
### get-date difference of fixed dates
$d = (Get-Date '2024-03-01') - (Get-Date '2024-01-15'); $d.Days; $d
### get-date add months and format
(Get-Date '2024-01-31').AddMonths(1).ToString('yyyy-MM-dd'); Get-Date '2024-03-01 14:05' -Format 'yyyy-MM-dd HH:mm'
### get-date day of week and day of year
$d = Get-Date '2024-02-29'; $d.DayOfWeek; $d.DayOfYear; $d.AddYears(1).ToString('d')
### get-date default display
Get-Date '2024-07-04 09:30:00'
### new-timespan between dates
New-TimeSpan -Start '2024-01-01' -End '2024-01-02 06:30' | Select-Object Days, Hours, Minutes, TotalHours
### timespan arithmetic and format
$t = New-TimeSpan -Hours 1 -Minutes 30; $t.TotalMinutes; '{0:hh\:mm}' -f $t; ([datetime]'2024-05-01' + $t).ToString('HH:mm')
### get-date uformat
Get-Date -Date '2024-05-06 07:08:09' -UFormat '%Y/%m/%d %H:%M'
### dates compared and sorted
'2024-03-01', '2023-12-31', '2024-01-15' | ForEach-Object { [datetime]$_ } | Sort-Object | ForEach-Object { $_.ToString('yyyy-MM-dd') }
### format operator alignment
'{0,-10}|{1,6}|' -f 'name', 42; '{0,-10}|{1,6}|' -f 'mailbox', 7
### format operator numbers
'{0:N2}' -f 1234.5; '{0:P1}' -f 0.256; '{0:C}' -f 12.5; '{0:D5}' -f 42; '{0:X}' -f 255
### format operator dates
'{0:yyyy-MM-dd}' -f [datetime]'2024-05-06'; '{0:dddd d MMMM}' -f [datetime]'2024-05-06'
### join and split
(1..5) -join ', '; -join ('a', 'b', 'c'); ('a;b;c' -split ';').Count; 'Ann Smith' -split ' ' | Select-Object -Last 1
### string building in a loop
$out = foreach ($i in 1..3) { 'row {0}: {1}' -f $i, ('*' * $i) }; $out -join "`n"
### string methods
'  Hello World  '.Trim().ToUpper(); 'a-b-c'.Replace('-', '+'); 'contoso.com'.EndsWith('.com'); 'abcdef'.Substring(2, 3)
### hashtable to pscustomobject
$h = [ordered]@{ Name = 'Ann'; Dept = 'IT'; Age = 31 }
[pscustomobject]$h
### new-object psobject property
New-Object PSObject -Property ([ordered]@{ A = 1; B = 'two' }) | Format-List
### hashtables into a table
$rows = foreach ($n in 'x', 'y') { [pscustomobject]@{ Name = $n; Len = $n.Length; Upper = $n.ToUpper() } }
$rows
### hashtable enumerate sorted
$h = @{ b = 2; a = 1; c = 3 }
$h.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Key)=$($_.Value)" }
$h.Keys | Sort-Object
### hashtable count and contains
$h = @{ one = 1; two = 2 }; $h.Count; $h.ContainsKey('one'); $h['three'] = 3; $h.Count; $h.two
### add-member to an object
$o = [pscustomobject]@{ Name = 'Ann' }
$o | Add-Member -NotePropertyName Dept -NotePropertyValue 'IT'
$o | Add-Member -MemberType ScriptProperty -Name Label -Value { "$($this.Name)/$($this.Dept)" }
$o.Label; $o
### json config read
$cfg = '{"name":"app","ports":[80,443],"db":{"host":"db1","port":5432},"debug":false}' | ConvertFrom-Json
$cfg.db.host; $cfg.ports -join ','; $cfg.debug; $cfg.db.port.GetType().Name
### json config round trip pretty
$cfg = '{"name":"app","ports":[80,443],"db":{"host":"db1","port":5432}}' | ConvertFrom-Json
$cfg.name = 'app2'
$cfg | ConvertTo-Json
### json config in a file
[ordered]@{ name = 'svc'; retries = 3; tags = @('a', 'b'); limits = [ordered]@{ cpu = 0.5 } } | ConvertTo-Json | Set-Content config.json
Get-Content config.json
$c = Get-Content config.json -Raw | ConvertFrom-Json
$c.limits.cpu; $c.tags.Count
### json compress and depth warning
[ordered]@{ a = [ordered]@{ b = [ordered]@{ c = 1 } } } | ConvertTo-Json -Compress
[ordered]@{ a = [ordered]@{ b = [ordered]@{ c = 1 } } } | ConvertTo-Json -Depth 1 -Compress
### json as hashtable
$h = '{"b":2,"a":1}' | ConvertFrom-Json -AsHashtable; $h.GetType().Name; $h['a'] + $h['b']
### json object display
'{"name":"app","ports":[80,443],"enabled":true}' | ConvertFrom-Json
### json array of objects to table
'[{"n":"a","v":1},{"n":"b","v":2}]' | ConvertFrom-Json | Format-Table
### where-object simplified forms
$p = [pscustomobject]@{ Name = 'ann'; On = $true; N = 3 }, [pscustomobject]@{ Name = 'bob'; On = $false; N = 8 }
($p | Where-Object On).Name; ($p | Where-Object -Not On).Name; ($p | ? N -ge 5).Name; ($p | where Name -like 'a*').Name; ($p | Where-Object Name -in 'bob', 'cid').Name
### where-object simplified match
'mail01', 'web02', 'mail03' | Where-Object { $_ } | Where-Object -Property Length -EQ 6 | Where-Object -Match -Property ToString -Value x
'mail01', 'web02', 'mail03' | Where-Object { $_ -match '^mail' }
### sort-object unique
'b', 'a', 'B', 'c', 'a' | Sort-Object -Unique
'--'
'b', 'a', 'B', 'c', 'a' | Sort-Object -Unique -CaseSensitive
### sort-object by two properties
$p = [pscustomobject]@{ D = 'IT'; N = 'b' }, [pscustomobject]@{ D = 'HR'; N = 'z' }, [pscustomobject]@{ D = 'IT'; N = 'a' }
$p | Sort-Object D, @{ Expression = 'N'; Descending = $true } | ForEach-Object { "$($_.D) $($_.N)" }
### sort-object unique numbers and top n
5, 3, 9, 3, 1, 9 | Sort-Object -Unique -Descending | Select-Object -First 2
### get-unique after sort
'a', 'b', 'a', 'c', 'b' | Sort-Object | Get-Unique
### out-file then read
'first', 'second' | Out-File out.txt
'third' | Out-File out.txt -Append
Get-Content out.txt
### out-file of a table
[pscustomobject]@{ Name = 'Ann'; Size = 5 }, [pscustomobject]@{ Name = 'Ben'; Size = 12 } | Out-File table.txt
Get-Content table.txt
### tee-object to a file and on
1..3 | Tee-Object -FilePath t.txt | Measure-Object | ForEach-Object Count
Get-Content t.txt
### tee-object to a variable
'x', 'y' | Tee-Object -Variable seen | ForEach-Object { $_.ToUpper() }; $seen -join '+'
### redirect to a file and append
'a' > r.txt; 'b' >> r.txt; Get-Content r.txt; (Get-Item r.txt).Length
### compare-object two lists
Compare-Object -ReferenceObject 'a', 'b', 'c' -DifferenceObject 'b', 'c', 'd'
### compare-object include equal
Compare-Object 'a', 'b' 'b', 'c' -IncludeEqual
### compare-object pass thru of file lines
Set-Content old.txt 'ann', 'ben', 'cid'; Set-Content new.txt 'ben', 'cid', 'dee'
Compare-Object (Get-Content old.txt) (Get-Content new.txt) -PassThru | ForEach-Object { "$_ $($_.SideIndicator)" }
### compare-object by property
$a = [pscustomobject]@{ Id = 1; N = 'a' }, [pscustomobject]@{ Id = 2; N = 'b' }
$b = [pscustomobject]@{ Id = 2; N = 'b' }, [pscustomobject]@{ Id = 3; N = 'c' }
Compare-Object $a $b -Property Id
### measure-command shape
$t = Measure-Command { Start-Sleep -Milliseconds 20 }
$t.GetType().FullName; $t.TotalMilliseconds -ge 15; $t.TotalSeconds -lt 30
### measure-command runs in the caller scope and discards output
$n = 0; $r = Measure-Command { $n = 5; 'dropped' }; $n; $r -is [timespan]
### start-sleep accepts seconds and milliseconds
Start-Sleep -Seconds 0; Start-Sleep -Milliseconds 1; Start-Sleep 0; 'slept'
### native git log first three
git init -q -b main repo; Set-Location repo
git config user.name 'Tour'; git config user.email 'tour@example.com'; git config commit.gpgsign false
$env:GIT_AUTHOR_DATE = $env:GIT_COMMITTER_DATE = '2024-01-01T00:00:00Z'
foreach ($m in 'first', 'second', 'third', 'fourth') { git commit -q --allow-empty -m $m }
git log --oneline | Select-Object -First 3
(git log --oneline).Count; $LASTEXITCODE
### native output lines are strings
$lines = printf 'b\na\nc\n'; $lines.GetType().Name; $lines.Count; $lines | Sort-Object
### native exit code
sh -c 'exit 3'; $LASTEXITCODE; $?
### native stdin from the pipeline
'pear', 'apple', 'fig' | sort
### class with a List of itself
using namespace System.Collections.Generic
class Mailbox {
    [string] $Name
    [int] $SizeMB
    Mailbox([string] $n, [int] $s) { $this.Name = $n; $this.SizeMB = $s }
    [bool] IsLarge() { return $this.SizeMB -gt 100 }
    [string] ToString() { return "$($this.Name) ($($this.SizeMB) MB)" }
}
$list = [List[Mailbox]]::new()
$list.Add([Mailbox]::new('ann', 50))
$list.Add([Mailbox]::new('ben', 250))
$list.Add([Mailbox]::new('cid', 120))
$list.Count
$list | Where-Object { $_.IsLarge() } | ForEach-Object { "$_" }
$list | Sort-Object SizeMB -Descending | Format-Table Name, SizeMB
### script file with a class and a list
Set-Content report.ps1 @'
param([int] $Threshold = 100)
class Row { [string] $Name; [int] $Size }
$rows = [System.Collections.Generic.List[Row]]::new()
foreach ($p in @(('a', 10), ('b', 200), ('c', 150))) { $rows.Add([Row]@{ Name = $p[0]; Size = $p[1] }) }
"{0} rows, {1} over {2}" -f $rows.Count, @($rows | Where-Object Size -gt $Threshold).Count, $Threshold
$rows.GetType().Name
'@
& ./report.ps1 -Threshold 120
./report.ps1
### list of pscustomobject report
$report = [System.Collections.Generic.List[psobject]]::new()
foreach ($i in 1..3) { $report.Add([pscustomobject]@{ Id = $i; Square = $i * $i }) }
$report; $report.Count; $report.GetType().FullName
### enum and switch on it
enum Level { Low = 1; High = 10 }
$l = [Level]'High'; $l; [int]$l; [enum]::GetNames([Level]) -join ','
### profile sets PSDefaultParameterValues
Set-Content profile.ps1 @'
$PSDefaultParameterValues = @{
    'Get-Content:TotalCount' = 1
    'Export-Csv:Delimiter' = ';'
    'Get-Report:Top' = 2
}
function Get-Report { param([int] $Top = 10) "top $Top" }
'@
. ./profile.ps1
Set-Content f.txt 'l1', 'l2', 'l3'
Get-Content f.txt
[pscustomobject]@{ A = 1; B = 2 } | Export-Csv o.csv; Get-Content o.csv
Get-Report; Get-Report -Top 5
### PSDefaultParameterValues wildcard and Disabled
$PSDefaultParameterValues['*-Ex*:ResultSize'] = 'Unlimited'
function Get-ExThing { param($ResultSize = 10) "size $ResultSize" }
function Get-Other { param($ResultSize = 10) "size $ResultSize" }
Get-ExThing; Get-Other
$PSDefaultParameterValues['Disabled'] = $true
Get-ExThing
### PSDefaultParameterValues scriptblock value
$PSDefaultParameterValues = @{ 'Format-Table:AutoSize' = $true; 'Out-Tagged:Tag' = { 'auto' } }
function Out-Tagged { param($Tag = 'none') "tag $Tag" }
Out-Tagged
### select-object first last skip
$l = 1..10; ($l | Select-Object -First 3) -join ','; ($l | Select-Object -Last 2) -join ','; ($l | Select-Object -Skip 8) -join ','; ($l | Select-Object -Index 0, 9) -join ','
### foreach-object member name and format-list
'a', 'bb' | ForEach-Object Length
[pscustomobject]@{ Name = 'Ann'; Mail = 'ann@contoso.com' } | Format-List
### test-path and new-item
Test-Path nope.txt; New-Item made.txt -ItemType File -Value 'hi' | Out-Null; Test-Path made.txt; Get-Content made.txt
### copy move remove items
Set-Content a.txt 'x'; Copy-Item a.txt b.txt; Move-Item b.txt c.txt; Remove-Item a.txt
(Get-ChildItem -Name) -join ','
### join-path and split-path
Join-Path 'logs' 'app.log'; Split-Path 'logs/2024/app.log' -Leaf; Split-Path 'logs/2024/app.log' -Parent; [System.IO.Path]::GetExtension('a/b.tar.gz')
### environment variable round trip
$env:TOUR_VAR = 'on'; $env:TOUR_VAR; Test-Path env:TOUR_VAR; Remove-Item env:TOUR_VAR; $null -eq $env:TOUR_VAR
### select-object expand and unique
$p = [pscustomobject]@{ D = 'IT' }, [pscustomobject]@{ D = 'HR' }, [pscustomobject]@{ D = 'IT' }
$p | Select-Object -ExpandProperty D -Unique
### write-output write-host and write-warning
Write-Output 'out'; Write-Host 'host'; Write-Warning 'careful'; Write-Verbose 'hidden'
### get-member of a custom object
[pscustomobject]@{ Name = 'a'; N = 1 } | Get-Member -MemberType NoteProperty
### copy-item file and folder
Set-Content a.txt 'x'; New-Item d -ItemType Directory | Out-Null; Set-Content d/in.txt 'z'
Copy-Item a.txt b.txt; Get-Content b.txt
Copy-Item a.txt d; (Get-ChildItem d -Name) -join ','
Copy-Item d d2; (Get-ChildItem d2 -Recurse -Name) -join ','
Copy-Item d d3 -Recurse; (Get-ChildItem d3 -Recurse -Name) -join ','
Copy-Item *.txt d2 -PassThru | ForEach-Object Name
### copy-item errors and WhatIf
Set-Content a.txt 'x'; New-Item d -ItemType Directory | Out-Null
Copy-Item nope.txt x.txt
Copy-Item a.txt c.txt -WhatIf
Copy-Item d a.txt
Copy-Item a.txt d/zz/q.txt
Copy-Item nope* x; 'no match is no error'
### move-item file into folder and over a file
Set-Content a.txt 'x'; Set-Content b.txt 'y'; New-Item d -ItemType Directory | Out-Null
Move-Item a.txt b.txt
Move-Item a.txt b.txt -Force; Get-Content b.txt
Move-Item b.txt d -PassThru | ForEach-Object Name
Move-Item nope.txt z
Move-Item d e; Test-Path e/b.txt
Move-Item e/b.txt moved.txt -WhatIf
### rename-item file and errors
Set-Content a.txt 'x'; Set-Content b.txt 'y'
Rename-Item a.txt c.txt -PassThru | ForEach-Object Name
Rename-Item c.txt b.txt
Rename-Item c.txt ../escape.txt
Rename-Item c.txt ./d.txt; (Get-ChildItem -Name) -join ','
Rename-Item nope.txt x
Rename-Item b.txt e.txt -WhatIf
### rename-item with a script block per file
'a.log', 'b.log', 'keep.txt' | ForEach-Object { Set-Content $_ 'x' }
Get-ChildItem *.log | Rename-Item -NewName { $_.Name -replace '\.log$', '.txt' }
(Get-ChildItem -Name) -join ','
### PSDefaultParameterValues for advanced functions
$PSDefaultParameterValues['*-Ex*:ResultSize'] = 'Unlimited'
$PSDefaultParameterValues['Get-Report:Top'] = 2
function Get-ExThing { [CmdletBinding()] param($ResultSize = 10) "size $ResultSize" }
function Get-Report { [CmdletBinding()] param([int] $Top = 10) "top $Top" }
Get-ExThing; Get-ExThing -ResultSize 3; Get-Report
$PSDefaultParameterValues['Disabled'] = $true
Get-ExThing
### PSDefaultParameterValues scriptblock for an advanced function
$PSDefaultParameterValues = @{ 'Out-Tagged:Tag' = { 'auto' } }
function Out-Tagged { [CmdletBinding()] param($Tag = 'none') "tag $Tag" }
Out-Tagged; $PSDefaultParameterValues.Remove('Out-Tagged:Tag'); Out-Tagged
### get-content wait-free read of a csv header
Set-Content staff.csv 'Name,Dept', 'Ann,IT'
(Get-Content staff.csv -First 1) -split ','
### set-content and add-content
Set-Content notes.txt 'one'; Add-Content notes.txt 'two', 'three'; Get-Content notes.txt; Clear-Content notes.txt; (Get-Content notes.txt).Count
### foreach-object begin process end
1..4 | ForEach-Object -Begin { $sum = 0 } -Process { $sum += $_ } -End { "sum $sum" }
### convertto-csv without type information
[pscustomobject]@{ Name = 'Ann'; Tags = 'a,b' }, [pscustomobject]@{ Name = 'Ben "B"'; Tags = '' } | ConvertTo-Csv
### convertfrom-csv with header
'ann;IT', 'ben;HR' | ConvertFrom-Csv -Delimiter ';' -Header Name, Dept
### export-csv use quotes as needed
[pscustomobject]@{ N = 'plain'; M = 'with,comma' } | Export-Csv q.csv -UseQuotes AsNeeded; Get-Content q.csv
### group-object with count by computed key
'ann@contoso.com', 'ben@fabrikam.com', 'cid@contoso.com' | Group-Object { ($_ -split '@')[1] } | Select-Object Count, Name
### measure-object on strings
'alpha', 'be', 'gamma' | Measure-Object -Property Length -Maximum -Minimum | Select-Object Maximum, Minimum
### format-table of selected properties with autosize
$p = [pscustomobject]@{ Name = 'a-very-long-mailbox-name'; Size = 1.5 }, [pscustomobject]@{ Name = 'b'; Size = 120 }
$p | Format-Table -AutoSize
### format-list of selected properties
[pscustomobject]@{ Name = 'Ann'; Dept = 'IT'; Size = 5 } | Format-List Name, Size
### format-wide of names
'alpha', 'beta', 'gamma', 'delta' | ForEach-Object { [pscustomobject]@{ Name = $_ } } | Format-Wide Name -Column 2
### select-object calculated size in MB
[pscustomobject]@{ Name = 'db'; Bytes = 5242880 } | Select-Object Name, @{ n = 'MB'; e = { $_.Bytes / 1MB } }
### string padding and repeat
'abc'.PadLeft(6, '.') + '|' + 'abc'.PadRight(6) + '|'; '-' * 10; "{0}" -f ('x' * 3)
### string contains and index
'mailbox-admin'.Contains('admin'); 'mailbox-admin'.IndexOf('-'); 'a,b'.Split(',')[1]; 'Hello'[0]; 'Hello'.ToCharArray().Count
### regex replace with groups
'Smith, John' -replace '(\w+), (\w+)', '$2 $1'; 'john.smith@contoso.com' -match '^(?<user>[^@]+)@(?<dom>.+)$'; $Matches.user; $Matches.dom
### switch regex on lines
Set-Content app.log 'ERROR a', 'WARN b', 'INFO c'
switch -Regex (Get-Content app.log) { '^ERROR' { "E: $_" } '^WARN' { "W: $_" } default { "other: $_" } }
### array building and contains
$list = @(); $list += 'a'; $list += 'b'; $list.Count; $list -contains 'b'; 'c' -in $list; $list -notcontains 'c'
### arraylist add and remove
$al = [System.Collections.ArrayList]::new(); [void]$al.Add('x'); [void]$al.Add('y'); $al.Remove('x'); $al.Count; $al[0]
### hashtable of lists report
$byDept = @{}
foreach ($r in @(('IT', 'ann'), ('HR', 'ben'), ('IT', 'cid'))) { if (-not $byDept.ContainsKey($r[0])) { $byDept[$r[0]] = @() }; $byDept[$r[0]] += $r[1] }
$byDept.Keys | Sort-Object | ForEach-Object { "$_ = $($byDept[$_] -join ',')" }
### get-childitem on a missing path
Get-ChildItem nope
### get-content of a missing file
Get-Content nope.txt
### measure-command display of a timespan
New-TimeSpan -Seconds 90
### start-sleep with a bad value
Start-Sleep -Seconds -1
### ls selected properties as a list
Set-Content a.txt 'x'; Get-ChildItem | Select-Object Name, Length, Extension | Format-List
### get-item computed size in KB
Set-Content a.txt 'hello'; Get-Item a.txt | Select-Object Name, @{n='KB';e={[math]::Round($_.Length/1KB,3)}}
### file Directory and DirectoryName
Set-Content a.txt 'hello'; (Get-Item a.txt).BaseName; (Get-Item a.txt).Directory.Name -eq (Split-Path -Leaf (Get-Location)); (Get-Item a.txt).DirectoryName -eq (Get-Location).Path
### set LastWriteTime on a file
Set-Content a.txt 'hello'; $f = Get-Item a.txt; $f.LastWriteTime = [datetime]'2024-01-02 03:04:05'; (Get-Item a.txt).LastWriteTime.ToString('s')
### ls a folder sorted by size top two
New-Item -ItemType Directory logs | Out-Null; 1..3 | % { Set-Content "logs/app$_.log" ('x' * $_) }; Get-ChildItem logs | Sort-Object Length -Descending | Select-Object -First 2 -ExpandProperty Name
### ls formatted lines with -f
Set-Content a.txt 'x'; Get-ChildItem -File | ForEach-Object { '{0,-8} {1,5}' -f $_.Name, $_.Length }
### ls missing path silently
Get-ChildItem -Path nope -ErrorAction SilentlyContinue; $?; $Error.Count
### get-content types
Set-Content a.txt 'one','two'; $c = Get-Content a.txt; $c.GetType().Name; $c[0].GetType().Name; (Get-Content a.txt -Raw).GetType().Name
### import-csv members
Set-Content a.csv 'a,b','1,2'; Import-Csv a.csv | Get-Member -MemberType NoteProperty | Select-Object Name, MemberType, Definition
### import-csv as a table
Set-Content a.csv 'a,b','1,2'; Import-Csv a.csv | Format-Table
### import-csv values concatenate as strings
Set-Content a.csv 'a,b','1,2'; $r = Import-Csv a.csv; $r.a + $r.b; [int]$r.a + [int]$r.b
### measure-object count only
1..5 | Measure-Object
### measure-object of strings
'a','b' | Measure-Object
### get-member of a date
Get-Date -Date '2024-01-01' | Get-Member -MemberType Property | Select-Object -First 3
### date comparison and hours
(Get-Date '2024-03-10') -lt (Get-Date '2024-03-11'); ([datetime]'2024-03-10').AddHours(-5); [datetime]'2024-03-10' | Get-Date -Format o
### timespan from dates and literals
(New-TimeSpan -Start '2024-01-01' -End '2024-03-01').TotalDays; [timespan]'1.02:03:04'; [timespan]::FromMinutes(90)
### timespan as a list
$t = [timespan]'1.02:03:04'; $t | Format-List
### iso week of a date
'{0:yyyy}-W{1:00}' -f [datetime]'2024-05-06', 19; [System.Globalization.ISOWeek]::GetWeekOfYear([datetime]'2024-05-06')
### pscustomobject to json
$h = @{ Name = 'x' }; [pscustomobject]$h | ConvertTo-Json
### hashtable to json
@{ a = 1 } | ConvertTo-Json
### json of dates nulls booleans and arrays
[pscustomobject]@{ When = [datetime]'2024-01-02T03:04:05Z'; N = $null; B = $true; L = 1,2 } | ConvertTo-Json
### json date strings become dates
'{"when":"2024-01-02T03:04:05Z"}' | ConvertFrom-Json | ForEach-Object { $_.when.GetType().Name; $_.when.ToString('s') }
### json array sum
'[1,2,3]' | ConvertFrom-Json | Measure-Object -Sum | ForEach-Object Sum
### json nested round trip compressed
'{"a":{"b":[{"c":1},{"c":2}]}}' | ConvertFrom-Json | ConvertTo-Json -Depth 5 -Compress
### json object as a list
'{"a":1}' | ConvertFrom-Json | Format-List
### count of txt files by where-object like
Get-ChildItem | Where-Object Name -Like '*.txt' | Measure-Object | ForEach-Object Count
### select-object calculated from strings
'a','b','c' | Select-Object @{ n = 'Letter'; e = { $_ } }, @{ n = 'Code'; e = { [int][char]$_ } }
### csv of squares summed
1..3 | ForEach-Object { [pscustomobject]@{ N = $_; Sq = $_ * $_ } } | Export-Csv sq.csv; Import-Csv sq.csv | Measure-Object Sq -Sum
### compare-object numbers as a table
Compare-Object @(1, 2, 3) @(3, 4) | Format-Table -AutoSize
### compare-object equal prints nothing
Compare-Object 'a' 'a'; 'equal: nothing printed'
### compare-object with null reference
Compare-Object -ReferenceObject $null -DifferenceObject 'a'
### compare-object only added items
$a = 'x', 'y'; $b = 'y', 'z'; (Compare-Object $a $b | Where-Object SideIndicator -eq '=>').InputObject
### tee-object append
'x' | Tee-Object -FilePath t.txt -Append; 'y' | Tee-Object -FilePath t.txt -Append; Get-Content t.txt
### out-file of a listing made while listing
Get-ChildItem | Out-File list.txt; (Get-Content list.txt).Count
### out-file no newline
'a','b' | Out-File o.txt -NoNewline; Get-Content o.txt -Raw
### out-string of numbers
1..3 | Out-String; (1..3 | Out-String).Length
### out-string stream
1..3 | Out-String -Stream | ForEach-Object { "[$_]" }
### measure-command with pipeline input
$r = 1..3 | Measure-Command { $_ }; $r.GetType().Name
### measure-command span fields
Measure-Command { 1..10 } | Select-Object -Property Days, Hours, Minutes, Seconds
### sort-object strings and mixed numbers
'b','a' | Sort-Object -Descending; 'b10','b9','a' | Sort-Object; 3, '10', 2 | Sort-Object
### sort-object by value and descending hashtable
$p = [pscustomobject]@{ N = 'a'; V = 2 }, [pscustomobject]@{ N = 'b'; V = 1 }; $p | Sort-Object V | Select-Object -First 1 | ForEach-Object N; $p | Sort-Object -Property @{ e = 'V'; desc = $true } | ForEach-Object N
### psversiontable major
Get-Variable -Name PSVersionTable -ValueOnly | ForEach-Object { $_.PSVersion.Major }
### edition and platform variables
$PSVersionTable.PSEdition; $IsLinux; $IsWindows
### get-command parameters
Get-Command -Name Get-Content | Select-Object -ExpandProperty Parameters | ForEach-Object { $_.ContainsKey('Tail') }
### get-alias several names and a wildcard
Get-Alias -Name gci, '%', '?' | Select-Object Name, Definition
### get-help parameter quietly
Get-Help Get-Content -Parameter Tail | Out-Null; 'ok'
### write-output last and no-enumerate
Write-Output 1, 2, 3 | Select-Object -Last 1; Write-Output -NoEnumerate 1, 2 | Measure-Object | % Count
### write-error then continue
Write-Error 'boom'; 'after'
### write-host no newline and separator
Write-Host 'a' -NoNewline; Write-Host 'b'; Write-Host 'x', 'y' -Separator '-'
### write-information
Write-Information 'info'; Write-Information 'shown' -InformationAction Continue
### select-object skip and first
$x = 1..10; $x | Select-Object -Skip 2 -First 3
### where-object then first two
1..10 | Where-Object { $_ -gt 3 } | Select-Object -First 2
### get-random fixed range and single input
Get-Random -Minimum 1 -Maximum 2; (Get-Random -InputObject 'only')
### cast failure exception
$e = $null; try { [int]'abc' } catch { $e = $_ }; $e.Exception.GetType().Name; $e.Exception.Message
### get-content stop caught
try { Get-Content nope.txt -ErrorAction Stop } catch { "caught: $($_.Exception.Message)"; $_.CategoryInfo.Category }
### error variable of a missing file
Get-Content nope.txt -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.Count; $ev[0].FullyQualifiedErrorId
### new-item nested directories
New-Item -ItemType Directory a/b/c -Force | Select-Object -ExpandProperty Name; Test-Path a/b/c -PathType Container
### remove-item whatif
Set-Content x.txt 'x'; Remove-Item x.txt -WhatIf; Test-Path x.txt
### remove-item confirm false
Set-Content x.txt 'x'; Remove-Item x.txt -Confirm:$false; Test-Path x.txt
### get-location leaf
Get-Location | Select-Object -ExpandProperty Path | Split-Path -Leaf | ForEach-Object { $_ -eq 'work' }
### push-location and pop-location
Push-Location; New-Item d -ItemType Directory | Out-Null; Set-Location d; Split-Path -Leaf (Get-Location); Pop-Location; Split-Path -Leaf (Get-Location)
### get-filehash of a file
Set-Content a.txt 'x'; Get-FileHash a.txt | Select-Object Algorithm, Hash
### system.io.file round trip
[System.IO.File]::WriteAllText("$PWD/f.txt", "a`nb"); [System.IO.File]::ReadAllLines("$PWD/f.txt").Count; [System.IO.File]::Exists("$PWD/f.txt")
### stringbuilder
$sb = [System.Text.StringBuilder]::new(); [void]$sb.Append('a'); [void]$sb.AppendLine('b'); [void]$sb.Append('c'); $sb.ToString()
### guid int max round abs
[guid]::Empty; [int]::MaxValue; [math]::Round(1234.5678, 2); [math]::Abs(-3)
### format numbers with groups and percent
"{0:N0}" -f 1234567; "{0,8:N1}|" -f 3.14159; "{0:0.0%}" -f 0.1234
### string escapes and expansion
$s = 'Mailbox'; "$s`t|"; "$($s.Length) chars"; '$s literal'; "a`$b"
### arrays in strings
$names = 'ann', 'ben'; "Users: $names"; "First: $($names[0])"; "Count: $($names.Count)"
### objects in strings
$o = [pscustomobject]@{ A = 1 }; "obj: $o"; "$(@{a=1})"
### string join isnullorempty format and repeat
[string]::Join('|', @('a', 'b')); [string]::IsNullOrEmpty(''); [string]::Format('{0}-{1}', 1, 2); 'abc' * 2
### push-location pop-location with passthru and a named stack
New-Item d -ItemType Directory | Out-Null
Push-Location d -PassThru | ForEach-Object { Split-Path -Leaf $_.Path }
Pop-Location -PassThru | ForEach-Object { Split-Path -Leaf $_ }
Pop-Location; 'empty stack is no error'
Pop-Location -StackName nope
Push-Location nope; $?
### get-filehash algorithms and errors
Set-Content a.txt 'x'; Set-Content b.txt 'y'
Get-FileHash a.txt -Algorithm MD5 | ForEach-Object Hash
Get-ChildItem *.txt | Get-FileHash -Algorithm SHA1 | ForEach-Object { (Split-Path -Leaf $_.Path) + ' ' + $_.Hash }
Get-FileHash nope.txt
Get-FileHash a.txt -Algorithm SHA3
### get-filehash as a list
Set-Content a.txt 'x'
Get-FileHash a.txt | Format-List Algorithm, Hash
### folder Parent and file Directory objects
New-Item d/e -ItemType Directory -Force | Out-Null; Set-Content d/e/f.txt 'x'
$f = Get-Item d/e/f.txt; $f.Directory.Name; $f.Directory.Parent.Name; $f.Directory.GetType().Name
(Get-Item d/e).Parent.Name; (Get-Item d/e).Parent.PSIsContainer
### get-member of a date by name
[datetime]'2024-01-01' | Get-Member -Name Kind, DayOfWeek, Ticks | Select-Object Name, MemberType, Definition
### get-alias pipeline names
'gci', 'gc' | Get-Alias | ForEach-Object Definition
### echo and write-host with several arguments
echo 'a b' c | ForEach-Object { "[$_]" }
Write-Host x y
function Show-All { param([Parameter(Position = 0, ValueFromRemainingArguments)] $Rest) "$($Rest.Count): $($Rest -join '+')" }
Show-All 1 2 3
### foreach-object member of an array itself
,(1, 2) | ForEach-Object Length; ,('ab', 'c') | ForEach-Object Count; ,(1, 2, 3) | Select-Object -ExpandProperty Count
### format-table then a string
[pscustomobject]@{ a = 1 } | Format-Table; 'next'
### object then a string
[pscustomobject]@{ a = 1 }; 'next'
### native stderr merged from a parenthesised command
(sh -c 'echo out; echo err >&2') 2>&1 | ForEach-Object { "[$_]" }
### native command arguments with spaces and quotes
/bin/echo "quoted arg" 'single' a"b"c; $LASTEXITCODE
### native output into where-object and measure
printf 'x1\ny2\nx3\n' | Where-Object { $_ -like 'x*' } | Measure-Object | ForEach-Object Count
### native not found
definitely-not-a-command-xyz
### select-string with context
Set-Content app.log 'a', 'ERROR one', 'b', 'c', 'ERROR two', 'd'
Select-String -Path app.log -Pattern ERROR -Context 1, 1
### select-string all matches
'a1b22c333' | Select-String '\d+' -AllMatches | ForEach-Object { $_.Matches.Value -join ',' }
### select-string list first match per file
Set-Content one.txt 'foo', 'foo'; Set-Content two.txt 'foo'
Select-String -Path *.txt -Pattern foo -List | ForEach-Object Filename
### join-string with prefix and suffix
'one', 'two' | Join-String -Separator ', ' -OutputPrefix '[' -OutputSuffix ']'
### join-string property single quoted
[pscustomobject]@{ N = 'a' }, [pscustomobject]@{ N = 'b' } | Join-String -Property N -Separator '|' -SingleQuote
### sort-object top and bottom
1..10 | Sort-Object -Top 3 -Descending; 1..10 | Sort-Object -Bottom 2
### select-object skip last and unique
1..6 | Select-Object -SkipLast 2 | Measure-Object -Sum | ForEach-Object Sum; 'a', 'a', 'b' | Select-Object -Unique
### measure-object all stats
1..5 | Measure-Object -AllStats
### import-csv with header and delimiter
Set-Content h.csv 'x;y', '1;2'
Import-Csv h.csv -Delimiter ';' -Header A, B
### group-object as hashtable of csv rows
$g = Set-Content s.csv 'N,D', 'a,IT', 'b,HR', 'c,IT'; Import-Csv s.csv | Group-Object D -AsHashTable | ForEach-Object { $_['IT'].N -join ',' }
### ls depth zero
Get-ChildItem -Path . -Depth 0 | Measure-Object | ForEach-Object Count
### ls recurse exclude
New-Item a/b -ItemType Directory -Force | Out-Null; Set-Content a/b/c.txt 'x'; Set-Content a/x.log 'y'
Get-ChildItem -Recurse -Exclude *.log -File -Name
### resolve-path relative
New-Item a/b -ItemType Directory -Force | Out-Null; Set-Content a/b/c.txt 'x'
Resolve-Path a/b/c.txt -Relative
### format-table group by
$p = [pscustomobject]@{ D = 'IT'; N = 'a' }, [pscustomobject]@{ D = 'IT'; N = 'b' }, [pscustomobject]@{ D = 'HR'; N = 'c' }
$p | Format-Table N -GroupBy D
### format-list star with null
[pscustomobject]@{ A = 1; B = 'two'; C = $null } | Format-List *
### set-content and add-content no newline
Set-Content x.txt 'a' -NoNewline; Add-Content x.txt 'b' -NoNewline; Get-Content x.txt -Raw
### get-content delimiter
Set-Content x.txt 'a,b,c' -NoNewline; Get-Content x.txt -Delimiter ','
### json of an enum and a date
[pscustomobject]@{ Level = [System.DayOfWeek]::Monday; When = [datetime]'2024-01-01' } | ConvertTo-Json
### json value types
'{"a":[1,"x",null,true,1.5]}' | ConvertFrom-Json | ForEach-Object { $_.a | ForEach-Object { if ($null -eq $_) { 'null' } else { $_.GetType().Name } } }
### get-date format strings
Get-Date -Date '2024-05-06 07:08:09' -Format 'dddd dd MMM yyyy HH:mm:ss'; Get-Date -Date '2024-05-06' -Format 'yyyyMMdd'; (Get-Date -Date '2024-05-06').ToString('u')
### get-date uformat day of year and week
Get-Date -Date '2024-12-31' -UFormat '%j %A %B %V'
### parseexact invariant to round trip
[datetime]::ParseExact('2024-05-06 07:08', 'yyyy-MM-dd HH:mm', [cultureinfo]::InvariantCulture).ToString('o')
### weekly dates
$start = [datetime]'2024-01-01'; 0..3 | ForEach-Object { $start.AddDays($_ * 7).ToString('MM/dd') }
### timespan strings
(New-TimeSpan -Minutes 135).ToString(); [timespan]::FromHours(26.5); '{0:dd\.hh\:mm}' -f [timespan]::FromHours(26.5)
### weeks between dates
[math]::Round(([datetime]'2024-03-01' - [datetime]'2024-02-01').TotalDays / 7, 1)
### leap years
Get-Date -Year 2024 -Month 2 -Day 29 -Format 'yyyy-MM-dd'; [datetime]::DaysInMonth(2024, 2); [datetime]::IsLeapYear(2023)
### format size in MB
'Name: {0}; Size: {1:N1} MB' -f 'db01', (123456789 / 1MB)
### format hex padding groups exponent
"{0:X8}" -f 3735928559; '{0:0000.00}' -f 3.14159; '{0:#,##0}' -f 1234567.891; '{0:E2}' -f 12345.678
### hashtable counting words
$h = @{}; 'a', 'b', 'a' | ForEach-Object { $h[$_] = 1 + $h[$_] }; $h['a']; $h.Count
### ordered dictionary index and remove
$o = [ordered]@{}; $o.z = 1; $o.a = 2; $o.Keys -join ','; $o[0]; $o.Remove('z'); $o.Count
### generic list of strings
$list = [System.Collections.Generic.List[string]]::new(); $list.AddRange([string[]]('b', 'a')); $list.Sort(); $list -join ','; $list.Contains('a'); $list.IndexOf('b')
### generic dictionary trygetvalue
$d = [System.Collections.Generic.Dictionary[string, int]]::new(); $d['x'] = 1; $d.Add('y', 2); $d.Keys -join ','; $v = 0; $d.TryGetValue('y', [ref]$v); $v
### generic queue
$q = [System.Collections.Generic.Queue[int]]::new(); 1..3 | ForEach-Object { $q.Enqueue($_) }; $q.Dequeue(); $q.Count; $q.Peek()
### hashset add twice
$hs = [System.Collections.Generic.HashSet[string]]::new(); $hs.Add('a'); $hs.Add('a'); $hs.Count
### csv of joined tags
[pscustomobject]@{ Name = 'a'; Tags = @('x', 'y') } | Select-Object Name, @{ n = 'Tags'; e = { $_.Tags -join ';' } } | ConvertTo-Csv
### sort-object script block descending
'b', 'a', 'c' | Sort-Object { $_ } -Descending | Select-Object -First 1
### convertfrom-csv sort by number
$csv = "Name,Age`nann,30`nben,25" | ConvertFrom-Csv; ($csv | Sort-Object { [int]$_.Age } | Select-Object -First 1).Name
### get-command verb and noun
Get-Command -Verb Get -Noun Content, ChildItem | Select-Object -ExpandProperty Name
### get-verb
Get-Verb -Verb Get | Select-Object Verb, Group
### erroractionpreference stop and ignore
$ErrorActionPreference = 'Stop'; try { Get-Item nope } catch { 'caught' }; $ErrorActionPreference = 'Continue'; Get-Item nope2 -ErrorAction Ignore; 'ok'
### warning stream merged
$out = & { 'a'; Write-Warning 'w'; 'b' } 3>&1; $out.Count; $out[1].GetType().Name
### verbose from an advanced function
function Test-It { [CmdletBinding()] param() Write-Verbose 'v'; 'done' }; Test-It -Verbose
### select-object calculated by name
Set-Content x.txt 'x'; Get-Item x.txt | Select-Object -Property Name, @{ n = 'Ext'; e = 'Extension' }, Length
### format-wide autosize
Get-ChildItem -File | Sort-Object Name | Format-Wide -Property Name -AutoSize
### where foreach measure chain
$a = 1..5; $a | Where-Object { $_ -ge 2 -and $_ -le 4 } | ForEach-Object { $_ * 10 } | Measure-Object -Sum -Average | Select-Object Sum, Average
### string splitting and replacing
$s = 'The quick brown fox'; ($s -split '\s+').Count; $s.Split(' ')[-1]; $s -replace 'quick', 'slow'; $s.ToUpper().Substring(4, 5)
### split with regex and captures
'a,b;c d' -split '[,; ]'; 'abc' -split ''; 'a1b2' -split '(\d)'
### regex static methods
[regex]::Matches('a1b22', '\d+') | ForEach-Object Value; [regex]::Replace('abc', 'b', 'X'); [regex]::Escape('a.b*c')
### here-string lines
$text = @'
line one
line two
'@
($text -split "`n").Count; $text.Length
### error record reason
Get-Content nope.txt -ErrorAction SilentlyContinue; "err count $($Error.Count)"; $Error[0].CategoryInfo.Reason
### join-string defaults format and empty input
1, 2, 3 | Join-String; 1, 2, 3 | Join-String -Separator ',' -DoubleQuote; 1.5, 2 | Join-String -FormatString '{0:N2}' -Separator '; '
[pscustomobject]@{ N = 'a' }, [pscustomobject]@{ N = 'b' } | Join-String { $_.N.ToUpper() } -
@() | Join-String -OutputPrefix '[' -OutputSuffix ']'; 'a', 'b' | Join-String N -Separator '|'
### get-content delimiter keeps empty pieces
Set-Content x.txt 'a,b,,c,' -NoNewline; Get-Content x.txt -Delimiter ',' | ForEach-Object { "[$_]" }
### import-csv quoted comma and multiline
Set-Content q.csv 'Name,Note', 'ann,"has, comma"', 'ben,"multi', 'line"'
Import-Csv q.csv | ForEach-Object { "$($_.Name)=[$($_.Note)]" }
### export-csv type information on request
[pscustomobject]@{ A = 1 } | Export-Csv t.csv -NoTypeInformation:$false; Get-Content t.csv
### json as array and enums as strings
1, 2 | ConvertTo-Json -AsArray -Compress; ConvertTo-Json @(1) -Compress; [pscustomobject]@{ D = [System.DayOfWeek]::Friday } | ConvertTo-Json -EnumsAsStrings -Compress
### foreach-object parallel
1..3 | ForEach-Object -Parallel { $_ * 2 } | Sort-Object
### start-sleep duration and get-random count
Start-Sleep -Duration ([timespan]::FromMilliseconds(1)); 'ok'; (Get-Random -Count 3 -InputObject 1..10 -SetSeed 5).Count
### new-guid length
(New-Guid).Guid.Length; [guid]::NewGuid().ToString().Length
### get-unique as string and select-string raw
'a', 'A', 'b' | Get-Unique -AsString; 'x' | Select-String 'x' -Raw
### variables set get and read-only
$v = 1..3; Set-Variable -Name w -Value 5; Get-Variable w -ValueOnly; New-Variable ro -Value 1 -Option ReadOnly; $ro = 2
### remove and clear a missing variable
Remove-Variable nope; Clear-Variable nope2
### env drive listing
$env:TOUR_X = '1'; Get-ChildItem env: | Where-Object Name -eq 'TOUR_X' | Select-Object Name, Value
### env drive missing items
Get-Item env:TOUR_NOPE; Get-Content env:TOUR_NOPE2
### test-path is valid and split-path parts
Test-Path -Path 'a/b' -IsValid; Split-Path 'a/b/c.txt' -LeafBase; Split-Path 'a/b/c.txt' -Extension
### empty csv import and export
Set-Content e.csv ''; Import-Csv e.csv; 'after empty'; @() | Export-Csv e2.csv; Test-Path e2.csv
### select-object first zero and star
1..5 | Select-Object -First 0; 'none'; Get-ChildItem | Select-Object -Property * | Measure-Object | ForEach-Object Count
### group-object two properties
$p = [pscustomobject]@{ A = 'x'; B = 1 }, [pscustomobject]@{ A = 'x'; B = 2 }, [pscustomobject]@{ A = 'y'; B = 1 }
$p | Group-Object A, B | Select-Object Name, Count
### measure-object missing property
[pscustomobject]@{ A = 1 } | Measure-Object -Property B
### get-content several missing files
Get-Content -Path nope1.txt, nope2.txt -ErrorAction SilentlyContinue; $Error.Count
### out-file ascii encoding
'line1', 'line2' | Out-File o.txt -Encoding ascii; (Get-Content o.txt -Encoding utf8).Count; [System.IO.File]::ReadAllBytes("$PWD/o.txt").Length
### get-content read count
1..10 | Get-Content -Path nope -ErrorAction SilentlyContinue; Set-Content r.txt (1..10); Get-Content r.txt -ReadCount 4 | ForEach-Object { $_.Count }
### test-json
'{"a":1}' | Test-Json; '{bad' | Test-Json -ErrorAction SilentlyContinue
### write-progress
Write-Progress -Activity 'x' -Status 'y' -PercentComplete 50; 'progress done'
### invoke-expression in the caller scope
$x = 'abc'; Invoke-Expression '$x.ToUpper()'; iex '1 + 2'
### culture names
Get-Culture | Select-Object -ExpandProperty Name; (Get-UICulture).Name; $PSCulture
### get-host
(Get-Host).Name -is [string]; $Host.UI.RawUI -ne $null
### convertto-html fragment
[pscustomobject]@{ Name = 'a'; Value = 1 } | ConvertTo-Html -Fragment
### foreach-object begin process end after where
$a = 'x', 'y', 'z'; $a | Where-Object { $_ -ne 'y' } | ForEach-Object -Begin { 'start' } -Process { $_ } -End { 'end' }
### env drive item type
Get-ChildItem -Path env:PATH | ForEach-Object { $_.GetType().Name }
### return inside foreach-object
1..3 | ForEach-Object { if ($_ -eq 2) { return }; $_ }
### select last and top beyond the count
$list = 1..5; $list | Select-Object -Last 10 | Measure-Object | ForEach-Object Count; $list | Sort-Object -Descending -Top 10 | Select-Object -First 1
### date parts selected
Get-Date -Date '2024-01-15' | Select-Object Year, Month, Day
### ordered hashtable autosize table
$h = [ordered]@{ b = 1; a = 2 }; $h | Format-Table -AutoSize
### file as a list
Set-Content f.txt 'one'; $i = Get-Item f.txt; $i | Format-List Name, Length, Extension
### get-content total count zero and unmatched wildcard
Get-Content f.txt -TotalCount 0; 'zero'; Get-Content -Path nope* ; 'wild none'
### select-string missing file
Select-String -Path nope.txt -Pattern x; 'after'
### select-string case sensitive and index
'abc' | Select-String -Pattern 'B' -CaseSensitive; 'abc' | Select-String -Pattern 'B' | ForEach-Object { $_.Matches[0].Index }
### select-string selected properties
Set-Content a.log 'x1', 'x2'; Select-String -Path a.log -Pattern x | Select-Object LineNumber, Line, Filename
### tee-object input object
Tee-Object -InputObject 'solo' -FilePath solo.txt; Get-Content solo.txt
### out-file no clobber
'a' | Out-File -FilePath out.txt -NoClobber; 'b' | Out-File -FilePath out.txt -NoClobber; Get-Content out.txt
### measure-object result types
$r = 1..3 | Measure-Object -Sum -Maximum; $r.Sum.GetType().Name; $r.Maximum.GetType().Name; $r.Count.GetType().Name
### get-random equal bounds
Get-Random -Minimum 5 -Maximum 5
