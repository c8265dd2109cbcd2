# ConvertTo-Json / ConvertFrom-Json and ConvertTo-Csv / ConvertFrom-Csv (and Export/Import-Csv on the work folder).
### to-json 1
1 | ConvertTo-Json
### to-json compress 1
ConvertTo-Json -InputObject (1) -Compress
### to-json 1.5
1.5 | ConvertTo-Json
### to-json compress 1.5
ConvertTo-Json -InputObject (1.5) -Compress
### to-json [double]2
[double]2 | ConvertTo-Json
### to-json compress [double]2
ConvertTo-Json -InputObject ([double]2) -Compress
### to-json [decimal]2.50
[decimal]2.50 | ConvertTo-Json
### to-json compress [decimal]2.50
ConvertTo-Json -InputObject ([decimal]2.50) -Compress
### to-json [long]3
[long]3 | ConvertTo-Json
### to-json compress [long]3
ConvertTo-Json -InputObject ([long]3) -Compress
### to-json 's'
's' | ConvertTo-Json
### to-json compress 's'
ConvertTo-Json -InputObject ('s') -Compress
### to-json $true
$true | ConvertTo-Json
### to-json compress $true
ConvertTo-Json -InputObject ($true) -Compress
### to-json $null
$null | ConvertTo-Json
### to-json compress $null
ConvertTo-Json -InputObject ($null) -Compress
### to-json @()
@() | ConvertTo-Json
### to-json compress @()
ConvertTo-Json -InputObject (@()) -Compress
### to-json @(1)
@(1) | ConvertTo-Json
### to-json compress @(1)
ConvertTo-Json -InputObject (@(1)) -Compress
### to-json @(1,2)
@(1,2) | ConvertTo-Json
### to-json compress @(1,2)
ConvertTo-Json -InputObject (@(1,2)) -Compress
### to-json @{a=1}
@{a=1} | ConvertTo-Json
### to-json compress @{a=1}
ConvertTo-Json -InputObject (@{a=1}) -Compress
### to-json [ordered]@{b=1;a=2}
[ordered]@{b=1;a=2} | ConvertTo-Json
### to-json compress [ordered]@{b=1;a=2}
ConvertTo-Json -InputObject ([ordered]@{b=1;a=2}) -Compress
### to-json [pscustomobject]@{a=1;b='x'}
[pscustomobject]@{a=1;b='x'} | ConvertTo-Json
### to-json compress [pscustomobject]@{a=1;b='x'}
ConvertTo-Json -InputObject ([pscustomobject]@{a=1;b='x'}) -Compress
### to-json 'quote"and\slash'
'quote"and\slash' | ConvertTo-Json
### to-json compress 'quote"and\slash'
ConvertTo-Json -InputObject ('quote"and\slash') -Compress
### to-json "tab`tnl`n"
"tab`tnl`n" | ConvertTo-Json
### to-json compress "tab`tnl`n"
ConvertTo-Json -InputObject ("tab`tnl`n") -Compress
### to-json '<>&'''
'<>&''' | ConvertTo-Json
### to-json compress '<>&'''
ConvertTo-Json -InputObject ('<>&''') -Compress
### to-json [char]'c'
[char]'c' | ConvertTo-Json
### to-json compress [char]'c'
ConvertTo-Json -InputObject ([char]'c') -Compress
### to-json [datetime]'2024-03-05 14:07:09'
[datetime]'2024-03-05 14:07:09' | ConvertTo-Json
### to-json compress [datetime]'2024-03-05 14:07:09'
ConvertTo-Json -InputObject ([datetime]'2024-03-05 14:07:09') -Compress
### to-json [datetime]::new(2024,3,5,0,0,0,[DateTimeKind]::Utc)
[datetime]::new(2024,3,5,0,0,0,[DateTimeKind]::Utc) | ConvertTo-Json
### to-json compress [datetime]::new(2024,3,5,0,0,0,[DateTimeKind]::Utc)
ConvertTo-Json -InputObject ([datetime]::new(2024,3,5,0,0,0,[DateTimeKind]::Utc)) -Compress
### to-json [timespan]'1:02:03'
[timespan]'1:02:03' | ConvertTo-Json
### to-json compress [timespan]'1:02:03'
ConvertTo-Json -InputObject ([timespan]'1:02:03') -Compress
### to-json [guid]'00000000-0000-0000-0000-000000000001'
[guid]'00000000-0000-0000-0000-000000000001' | ConvertTo-Json
### to-json compress [guid]'00000000-0000-0000-0000-000000000001'
ConvertTo-Json -InputObject ([guid]'00000000-0000-0000-0000-000000000001') -Compress
### to-json [version]'1.2'
[version]'1.2' | ConvertTo-Json
### to-json compress [version]'1.2'
ConvertTo-Json -InputObject ([version]'1.2') -Compress
### to-json [uri]'https://x.test/'
[uri]'https://x.test/' | ConvertTo-Json
### to-json compress [uri]'https://x.test/'
ConvertTo-Json -InputObject ([uri]'https://x.test/') -Compress
### to-json @{a=@{b=@{c=@{d=1}}}}
@{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json
### to-json compress @{a=@{b=@{c=@{d=1}}}}
ConvertTo-Json -InputObject (@{a=@{b=@{c=@{d=1}}}}) -Compress
### to-json @{a=@(1,@(2,3))}
@{a=@(1,@(2,3))} | ConvertTo-Json
### to-json compress @{a=@(1,@(2,3))}
ConvertTo-Json -InputObject (@{a=@(1,@(2,3))}) -Compress
### to-json 1e20
1e20 | ConvertTo-Json
### to-json compress 1e20
ConvertTo-Json -InputObject (1e20) -Compress
### to-json [double]::NaN
[double]::NaN | ConvertTo-Json
### to-json compress [double]::NaN
ConvertTo-Json -InputObject ([double]::NaN) -Compress
### to-json '😀'
'😀' | ConvertTo-Json
### to-json compress '😀'
ConvertTo-Json -InputObject ('😀') -Compress
### to-json 'é'
'é' | ConvertTo-Json
### to-json compress 'é'
ConvertTo-Json -InputObject ('é') -Compress
### to-json [System.DayOfWeek]::Monday
[System.DayOfWeek]::Monday | ConvertTo-Json
### to-json compress [System.DayOfWeek]::Monday
ConvertTo-Json -InputObject ([System.DayOfWeek]::Monday) -Compress
### to-json @{n=$null;e=@()}
@{n=$null;e=@()} | ConvertTo-Json
### to-json compress @{n=$null;e=@()}
ConvertTo-Json -InputObject (@{n=$null;e=@()}) -Compress
### to-json [int[]](1,2)
[int[]](1,2) | ConvertTo-Json
### to-json compress [int[]](1,2)
ConvertTo-Json -InputObject ([int[]](1,2)) -Compress
### to-json [System.Collections.Generic.List[int]]@(1,2)
[System.Collections.Generic.List[int]]@(1,2) | ConvertTo-Json
### to-json compress [System.Collections.Generic.List[int]]@(1,2)
ConvertTo-Json -InputObject ([System.Collections.Generic.List[int]]@(1,2)) -Compress
### to-json (1..3)
(1..3) | ConvertTo-Json
### to-json compress (1..3)
ConvertTo-Json -InputObject ((1..3)) -Compress
### to-json [byte[]](1,2)
[byte[]](1,2) | ConvertTo-Json
### to-json compress [byte[]](1,2)
ConvertTo-Json -InputObject ([byte[]](1,2)) -Compress
### @{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json -Depth 1
@{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json -Depth 1
### @{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json -Depth 10 -Compress
@{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json -Depth 10 -Compress
### 1,2 | ConvertTo-Json
1,2 | ConvertTo-Json
### 1,2 | ConvertTo-Json -AsArray -Compress
1,2 | ConvertTo-Json -AsArray -Compress
### 1 | ConvertTo-Json -AsArray
1 | ConvertTo-Json -AsArray
### @{a='<x>'} | ConvertTo-Json -EscapeHandling EscapeHtml
@{a='<x>'} | ConvertTo-Json -EscapeHandling EscapeHtml
### @{a='é'} | ConvertTo-Json -EscapeHandling EscapeNonAscii
@{a='é'} | ConvertTo-Json -EscapeHandling EscapeNonAscii
### [System.DayOfWeek]::Monday | ConvertTo-Json -EnumsAsStrings
[System.DayOfWeek]::Monday | ConvertTo-Json -EnumsAsStrings
### @{a=1} | ConvertTo-Json -Depth 101
@{a=1} | ConvertTo-Json -Depth 101
### [pscustomobject]@{Name='n'; Items=@([pscustomobject]@{x=1},[pscustomobject]@{x=2})} | ConvertTo-Json
[pscustomobject]@{Name='n'; Items=@([pscustomobject]@{x=1},[pscustomobject]@{x=2})} | ConvertTo-Json
### [pscustomobject]@{a=1} | Add-Member -MemberType ScriptProperty -Name S -Value { 2 } -PassThru | ConvertTo-Json -Compress
[pscustomobject]@{a=1} | Add-Member -MemberType ScriptProperty -Name S -Value { 2 } -PassThru | ConvertTo-Json -Compress
### '{"a":1,"b":[1,2],"c":{"d":null}}' | ConvertFrom-Json
'{"a":1,"b":[1,2],"c":{"d":null}}' | ConvertFrom-Json
### '{"a":1}' | ConvertFrom-Json | Get-Member -MemberType NoteProperty
'{"a":1}' | ConvertFrom-Json | Get-Member -MemberType NoteProperty
### ('{"a":1.5}' | ConvertFrom-Json).a.GetType().Name
('{"a":1.5}' | ConvertFrom-Json).a.GetType().Name
### ('{"a":1}' | ConvertFrom-Json).a.GetType().Name
('{"a":1}' | ConvertFrom-Json).a.GetType().Name
### ('{"a":12345678901}' | ConvertFrom-Json).a.GetType().Name
('{"a":12345678901}' | ConvertFrom-Json).a.GetType().Name
### ('{"a":1e2}' | ConvertFrom-Json).a
('{"a":1e2}' | ConvertFrom-Json).a
### ('{"a":"2024-03-05T14:07:09Z"}' | ConvertFrom-Json).a.GetType().Name
('{"a":"2024-03-05T14:07:09Z"}' | ConvertFrom-Json).a.GetType().Name
### ('{"a":"2024-03-05T14:07:09"}' | ConvertFrom-Json).a
('{"a":"2024-03-05T14:07:09"}' | ConvertFrom-Json).a
### ('{"a":"2024-03-05T14:07:09Z"}' | ConvertFrom-Json).a
('{"a":"2024-03-05T14:07:09Z"}' | ConvertFrom-Json).a
### ('{"a":true}' | ConvertFrom-Json).a.GetType().Name
('{"a":true}' | ConvertFrom-Json).a.GetType().Name
### '[1,2,3]' | ConvertFrom-Json
'[1,2,3]' | ConvertFrom-Json
### ('[1,2,3]' | ConvertFrom-Json).GetType().Name
('[1,2,3]' | ConvertFrom-Json).GetType().Name
### '[]' | ConvertFrom-Json | Measure-Object | % Count
'[]' | ConvertFrom-Json | Measure-Object | % Count
### '[1,[2,3]]' | ConvertFrom-Json
'[1,[2,3]]' | ConvertFrom-Json
### '"str"' | ConvertFrom-Json
'"str"' | ConvertFrom-Json
### '5' | ConvertFrom-Json
'5' | ConvertFrom-Json
### 'null' | ConvertFrom-Json
'null' | ConvertFrom-Json
### '' | ConvertFrom-Json
'' | ConvertFrom-Json
### '{bad' | ConvertFrom-Json
'{bad' | ConvertFrom-Json
### '{"a":1,"a":2}' | ConvertFrom-Json
'{"a":1,"a":2}' | ConvertFrom-Json
### '{"a":1,"A":2}' | ConvertFrom-Json
'{"a":1,"A":2}' | ConvertFrom-Json
### '{"a":1}' | ConvertFrom-Json -AsHashtable
'{"a":1}' | ConvertFrom-Json -AsHashtable
### ('{"a":1}' | ConvertFrom-Json -AsHashtable).GetType().Name
('{"a":1}' | ConvertFrom-Json -AsHashtable).GetType().Name
### '{"a":{"b":2}}' | ConvertFrom-Json -AsHashtable | ForEach-Object { $_.a.b }
'{"a":{"b":2}}' | ConvertFrom-Json -AsHashtable | ForEach-Object { $_.a.b }
### '[{"a":1},{"a":2}]' | ConvertFrom-Json
'[{"a":1},{"a":2}]' | ConvertFrom-Json
### '[{"a":1},{"a":2}]' | ConvertFrom-Json | ForEach-Object a
'[{"a":1},{"a":2}]' | ConvertFrom-Json | ForEach-Object a
### '{"a":1}','{"a":2}' | ConvertFrom-Json
'{"a":1}','{"a":2}' | ConvertFrom-Json
### '{"a":' , '1}' | ConvertFrom-Json
'{"a":' , '1}' | ConvertFrom-Json
### '{"x":"\u00e9\n"}' | ConvertFrom-Json | % x
'{"x":"\u00e9\n"}' | ConvertFrom-Json | % x
### '{"a":1} // c' | ConvertFrom-Json
'{"a":1} // c' | ConvertFrom-Json
### '{"":1}' | ConvertFrom-Json
'{"":1}' | ConvertFrom-Json
### '{"a":[]}' | ConvertFrom-Json | % a | Measure-Object | % Count
'{"a":[]}' | ConvertFrom-Json | % a | Measure-Object | % Count
### '{"n":-0.0}' | ConvertFrom-Json | % n
'{"n":-0.0}' | ConvertFrom-Json | % n
### '{"big":123456789012345678901234567890}' | ConvertFrom-Json | % big
'{"big":123456789012345678901234567890}' | ConvertFrom-Json | % big
### '[1,2]' | ConvertFrom-Json -NoEnumerate | Measure-Object | % Count
'[1,2]' | ConvertFrom-Json -NoEnumerate | Measure-Object | % Count
### '{"a":{"b":{"c":1}}}' | ConvertFrom-Json -Depth 1
'{"a":{"b":{"c":1}}}' | ConvertFrom-Json -Depth 1
### $o = '{"a":1}' | ConvertFrom-Json; $o.a = 5; $o | ConvertTo-Json -Compress
$o = '{"a":1}' | ConvertFrom-Json; $o.a = 5; $o | ConvertTo-Json -Compress
### '{"a":1}' | ConvertFrom-Json | ConvertTo-Json
'{"a":1}' | ConvertFrom-Json | ConvertTo-Json
### Test-Json '{"a":1}'
Test-Json '{"a":1}'
### Test-Json '{bad' -ErrorAction SilentlyContinue
Test-Json '{bad' -ErrorAction SilentlyContinue
### [pscustomobject]@{a=1;b='x'} | ConvertTo-Csv
[pscustomobject]@{a=1;b='x'} | ConvertTo-Csv
### [pscustomobject]@{a=1;b='x'} | ConvertTo-Csv -NoTypeInformation
[pscustomobject]@{a=1;b='x'} | ConvertTo-Csv -NoTypeInformation
### [pscustomobject]@{a=1;b='x'} | ConvertTo-Csv -IncludeTypeInformation
[pscustomobject]@{a=1;b='x'} | ConvertTo-Csv -IncludeTypeInformation
### [pscustomobject]@{a=1;b='x,y'} | ConvertTo-Csv
[pscustomobject]@{a=1;b='x,y'} | ConvertTo-Csv
### [pscustomobject]@{a='q"q';b="l1`nl2"} | ConvertTo-Csv
[pscustomobject]@{a='q"q';b="l1`nl2"} | ConvertTo-Csv
### [pscustomobject]@{a=1;b=$null} | ConvertTo-Csv
[pscustomobject]@{a=1;b=$null} | ConvertTo-Csv
### [pscustomobject]@{a=1}, [pscustomobject]@{a=2;b=3} | ConvertTo-Csv
[pscustomobject]@{a=1}, [pscustomobject]@{a=2;b=3} | ConvertTo-Csv
### [pscustomobject]@{a=1} | ConvertTo-Csv -Delimiter ';'
[pscustomobject]@{a=1} | ConvertTo-Csv -Delimiter ';'
### [pscustomobject]@{a=1} | ConvertTo-Csv -UseQuotes Never
[pscustomobject]@{a=1} | ConvertTo-Csv -UseQuotes Never
### [pscustomobject]@{a='x y';b=1} | ConvertTo-Csv -UseQuotes AsNeeded
[pscustomobject]@{a='x y';b=1} | ConvertTo-Csv -UseQuotes AsNeeded
### [pscustomobject]@{a=1;b=2} | ConvertTo-Csv -QuoteFields b
[pscustomobject]@{a=1;b=2} | ConvertTo-Csv -QuoteFields b
### [pscustomobject]@{a=1} | ConvertTo-Csv -NoHeader
[pscustomobject]@{a=1} | ConvertTo-Csv -NoHeader
### [pscustomobject]@{d=[datetime]'2024-03-05 14:07:09';n=1.5;t=$true} | ConvertTo-Csv
[pscustomobject]@{d=[datetime]'2024-03-05 14:07:09';n=1.5;t=$true} | ConvertTo-Csv
### [pscustomobject]@{arr=@(1,2)} | ConvertTo-Csv
[pscustomobject]@{arr=@(1,2)} | ConvertTo-Csv
### [pscustomobject]@{h=@{a=1}} | ConvertTo-Csv
[pscustomobject]@{h=@{a=1}} | ConvertTo-Csv
### @{a=1;b=2} | ConvertTo-Csv
@{a=1;b=2} | ConvertTo-Csv
### 'a','bb' | ConvertTo-Csv
'a','bb' | ConvertTo-Csv
### 1,2 | ConvertTo-Csv
1,2 | ConvertTo-Csv
### $null | ConvertTo-Csv
$null | ConvertTo-Csv
### "a,b`n1,2`n3,4" | ConvertFrom-Csv
"a,b`n1,2`n3,4" | ConvertFrom-Csv
### 'a,b','1,2','3,4' | ConvertFrom-Csv
'a,b','1,2','3,4' | ConvertFrom-Csv
### 'a,b','1,2' | ConvertFrom-Csv | Get-Member -MemberType NoteProperty
'a,b','1,2' | ConvertFrom-Csv | Get-Member -MemberType NoteProperty
### ('a,b','1,2' | ConvertFrom-Csv).a.GetType().Name
('a,b','1,2' | ConvertFrom-Csv).a.GetType().Name
### 'a;b','1;2' | ConvertFrom-Csv -Delimiter ';'
'a;b','1;2' | ConvertFrom-Csv -Delimiter ';'
### '1,2' | ConvertFrom-Csv -Header x,y
'1,2' | ConvertFrom-Csv -Header x,y
### 'a,b','1' | ConvertFrom-Csv
'a,b','1' | ConvertFrom-Csv
### 'a,b','1,2,3' | ConvertFrom-Csv
'a,b','1,2,3' | ConvertFrom-Csv
### 'a,a','1,2' | ConvertFrom-Csv
'a,a','1,2' | ConvertFrom-Csv
### 'a,','1,2' | ConvertFrom-Csv
'a,','1,2' | ConvertFrom-Csv
### '"a b",c','"x,y","q""q"' | ConvertFrom-Csv
'"a b",c','"x,y","q""q"' | ConvertFrom-Csv
### '#TYPE My.Type','a','1' | ConvertFrom-Csv | ForEach-Object { $_.PSObject.TypeNames[0] }
'#TYPE My.Type','a','1' | ConvertFrom-Csv | ForEach-Object { $_.PSObject.TypeNames[0] }
### 'a' | ConvertFrom-Csv
'a' | ConvertFrom-Csv
### '' | ConvertFrom-Csv
'' | ConvertFrom-Csv
### [pscustomobject]@{a=1;b='x'} | Export-Csv t.csv; Get-Content t.csv
[pscustomobject]@{a=1;b='x'} | Export-Csv t.csv; Get-Content t.csv
### [pscustomobject]@{a=1;b='x'} | Export-Csv t.csv; Import-Csv t.csv
[pscustomobject]@{a=1;b='x'} | Export-Csv t.csv; Import-Csv t.csv
### [pscustomobject]@{a=1} | Export-Csv t.csv; [pscustomobject]@{a=2} | Export-Csv t.csv -Append; Import-Csv t.csv
[pscustomobject]@{a=1} | Export-Csv t.csv; [pscustomobject]@{a=2} | Export-Csv t.csv -Append; Import-Csv t.csv
### [pscustomobject]@{a=1} | Export-Csv t.csv; [pscustomobject]@{b=2} | Export-Csv t.csv -Append
[pscustomobject]@{a=1} | Export-Csv t.csv; [pscustomobject]@{b=2} | Export-Csv t.csv -Append
### Import-Csv nope.csv
Import-Csv nope.csv
### Set-Content t.csv 'a,b','1,2'; Import-Csv t.csv | Format-Table
Set-Content t.csv 'a,b','1,2'; Import-Csv t.csv | Format-Table
### Set-Content t.csv 'a,b','1,2'; Import-Csv t.csv -Header x,y
Set-Content t.csv 'a,b','1,2'; Import-Csv t.csv -Header x,y
### [pscustomobject]@{a=1;b=2} | ConvertTo-Csv | ConvertFrom-Csv
[pscustomobject]@{a=1;b=2} | ConvertTo-Csv | ConvertFrom-Csv
### 1..3 | ForEach-Object { [pscustomobject]@{N=$_;S="s$_"} } | ConvertTo-Csv
1..3 | ForEach-Object { [pscustomobject]@{N=$_;S="s$_"} } | ConvertTo-Csv
### [pscustomobject]@{a=1} | Select-Object a, @{n='b';e={2}} | ConvertTo-Csv
[pscustomobject]@{a=1} | Select-Object a, @{n='b';e={2}} | ConvertTo-Csv
### [pscustomobject]@{'with space'=1;'q"'=2} | ConvertTo-Csv
[pscustomobject]@{'with space'=1;'q"'=2} | ConvertTo-Csv
