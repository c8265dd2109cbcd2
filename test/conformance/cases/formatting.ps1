# Default formatting: tables (column widths, alignment, truncation), lists, wide, Format-* options,
# Out-String, mixed object types in one pipeline, numbers and dates in cells, views of common .NET types.
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222}
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222}
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table -AutoSize
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table -AutoSize
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-List
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-List
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Wide
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Wide
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Wide -Column 3
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Wide -Column 3
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Wide -Property Size
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Wide -Property Size
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table Name
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table Name
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table -Property Size, Name
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table -Property Size, Name
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table -HideTableHeaders
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table -HideTableHeaders
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table -GroupBy Name
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table -GroupBy Name
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-List -Property Name
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-List -Property Name
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table @{n='Upper';e={$_.Name.ToUpper()}}, Size
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table @{n='Upper';e={$_.Name.ToUpper()}}, Size
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table @{Label='S';Expression='Size';Align='Left'}
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table @{Label='S';Expression='Size';Align='Left'}
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table @{n='S';e={$_.Size};FormatString='N2'}
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table @{n='S';e={$_.Size};FormatString='N2'}
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table @{n='S';e={$_.Size};Width=3}
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table @{n='S';e={$_.Size};Width=3}
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table Name, @{n='Big';e={$_.Size -gt 10}}
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table Name, @{n='Big';e={$_.Size -gt 10}}
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table -Wrap
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table -Wrap
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Out-String
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Out-String
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Out-String -Stream | Measure-Object | % Count
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Out-String -Stream | Measure-Object | % Count
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table | Out-String -Width 20
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table | Out-String -Width 20
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Select-Object Name
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Select-Object Name
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Select-Object -ExpandProperty Name
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Select-Object -ExpandProperty Name
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table *
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table * 
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-List *
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-List *
### [pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table -Property Nope
[pscustomobject]@{Name='alpha';Size=1}, [pscustomobject]@{Name='beta';Size=22222} | Format-Table -Property Nope
### [pscustomobject]@{a=1;b=2;c=3;d=4}
[pscustomobject]@{a=1;b=2;c=3;d=4}
### [pscustomobject]@{a=1;b=2;c=3;d=4;e=5}
[pscustomobject]@{a=1;b=2;c=3;d=4;e=5}
### [pscustomobject]@{a=1;b=2;c=3;d=4;e=5} | Format-Table
[pscustomobject]@{a=1;b=2;c=3;d=4;e=5} | Format-Table
### [pscustomobject]@{LongPropertyNameOne=1;LongPropertyNameTwo='value'}
[pscustomobject]@{LongPropertyNameOne=1;LongPropertyNameTwo='value'}
### [pscustomobject]@{Text='x' * 200}
[pscustomobject]@{Text='x' * 200}
### [pscustomobject]@{Text='x' * 200} | Format-List
[pscustomobject]@{Text='x' * 200} | Format-List
### [pscustomobject]@{Text='x' * 200; N=1} | Format-Table
[pscustomobject]@{Text='x' * 200; N=1} | Format-Table
### [pscustomobject]@{Text='x' * 200; N=1} | Format-Table -Wrap
[pscustomobject]@{Text='x' * 200; N=1} | Format-Table -Wrap
### [pscustomobject]@{A='x' * 60; B='y' * 60; C='z' * 60}
[pscustomobject]@{A='x' * 60; B='y' * 60; C='z' * 60}
### [pscustomobject]@{A='x' * 60; B='y' * 60; C='z' * 60} | Format-Table -AutoSize
[pscustomobject]@{A='x' * 60; B='y' * 60; C='z' * 60} | Format-Table -AutoSize
### [pscustomobject]@{Multi="line1`nline2"; N=1}
[pscustomobject]@{Multi="line1`nline2"; N=1}
### [pscustomobject]@{Multi="line1`nline2"; N=1} | Format-Table -Wrap
[pscustomobject]@{Multi="line1`nline2"; N=1} | Format-Table -Wrap
### [pscustomobject]@{Multi="line1`nline2"} | Format-List
[pscustomobject]@{Multi="line1`nline2"} | Format-List
### [pscustomobject]@{E=''; N=$null; Z=0}
[pscustomobject]@{E=''; N=$null; Z=0}
### [pscustomobject]@{E=''; N=$null; Z=0} | Format-List
[pscustomobject]@{E=''; N=$null; Z=0} | Format-List
### [pscustomobject]@{Arr=@(1,2,3)}
[pscustomobject]@{Arr=@(1,2,3)}
### [pscustomobject]@{Arr=@(1..10)}
[pscustomobject]@{Arr=@(1..10)}
### [pscustomobject]@{Arr=@(1..10)} | Format-List
[pscustomobject]@{Arr=@(1..10)} | Format-List
### $FormatEnumerationLimit = 2; [pscustomobject]@{Arr=@(1..10)}
$FormatEnumerationLimit = 2; [pscustomobject]@{Arr=@(1..10)}
### [pscustomobject]@{Arr=@()}
[pscustomobject]@{Arr=@()}
### [pscustomobject]@{Arr=@('a')}
[pscustomobject]@{Arr=@('a')}
### [pscustomobject]@{H=@{a=1}}
[pscustomobject]@{H=@{a=1}}
### [pscustomobject]@{O=[pscustomobject]@{x=1;y=2}}
[pscustomobject]@{O=[pscustomobject]@{x=1;y=2}}
### [pscustomobject]@{B=$true;F=$false}
[pscustomobject]@{B=$true;F=$false}
### [pscustomobject]@{D=[datetime]'2024-03-05 14:07:09'}
[pscustomobject]@{D=[datetime]'2024-03-05 14:07:09'}
### [pscustomobject]@{T=[timespan]'1:02:03'}
[pscustomobject]@{T=[timespan]'1:02:03'}
### [pscustomobject]@{V=[version]'1.2.3'}
[pscustomobject]@{V=[version]'1.2.3'}
### [pscustomobject]@{G=[guid]'00000000-0000-0000-0000-000000000001'}
[pscustomobject]@{G=[guid]'00000000-0000-0000-0000-000000000001'}
### [pscustomobject]@{Neg=-5; Pos=5; Dbl=-2.5}
[pscustomobject]@{Neg=-5; Pos=5; Dbl=-2.5}
### [pscustomobject]@{N=1}, [pscustomobject]@{N='text'}
[pscustomobject]@{N=1}, [pscustomobject]@{N='text'}
### [pscustomobject]@{N=1}, 'a string', 5
[pscustomobject]@{N=1}, 'a string', 5
### 'a string', [pscustomobject]@{N=1}
'a string', [pscustomobject]@{N=1}
### 5, [pscustomobject]@{N=1}
5, [pscustomobject]@{N=1}
### [pscustomobject]@{a=1}, [pscustomobject]@{b=2}
[pscustomobject]@{a=1}, [pscustomobject]@{b=2}
### [pscustomobject]@{a=1}, @{b=2}
[pscustomobject]@{a=1}, @{b=2}
### @{b=2}, [pscustomobject]@{a=1}
@{b=2}, [pscustomobject]@{a=1}
### 1, 'two', 3.0, $true, $null, [char]'c'
1, 'two', 3.0, $true, $null, [char]'c'
### @{a=1}, @{b=2}
@{a=1}, @{b=2}
### @{a=1;b=2}
@{a=1;b=2}
### @{LongKeyName='v'*100}
@{LongKeyName='v'*100}
### @{a=1} | Format-Table -AutoSize
@{a=1} | Format-Table -AutoSize
### @{a=1} | Format-List
@{a=1} | Format-List
### 1..3 | Format-Table
1..3 | Format-Table
### 1..3 | Format-List
1..3 | Format-List
### 'a','b' | Format-Table
'a','b' | Format-Table
### 'a','b' | Format-List
'a','b' | Format-List
### 'a','b' | Format-Wide
'a','b' | Format-Wide
### 1..20 | Format-Wide -Column 5
1..20 | Format-Wide -Column 5
### 1..30 | Format-Wide -AutoSize
1..30 | Format-Wide -AutoSize
### 'alpha','beta','gamma','delta' | Format-Wide -AutoSize
'alpha','beta','gamma','delta' | Format-Wide -AutoSize
### [datetime]'2024-03-05 14:07:09'
[datetime]'2024-03-05 14:07:09'
### [datetime]'2024-03-05 14:07:09' | Format-Table
[datetime]'2024-03-05 14:07:09' | Format-Table
### [datetime]'2024-03-05 14:07:09' | Format-List
[datetime]'2024-03-05 14:07:09' | Format-List
### [timespan]'1.02:03:04'
[timespan]'1.02:03:04'
### [timespan]'1.02:03:04' | Format-Table
[timespan]'1.02:03:04' | Format-Table
### [version]'1.2.3.4'
[version]'1.2.3.4'
### [guid]'00000000-0000-0000-0000-000000000001'
[guid]'00000000-0000-0000-0000-000000000001'
### [uri]'https://contoso.com/a/b?c=1'
[uri]'https://contoso.com/a/b?c=1'
### [System.IO.FileInfo]'/tmp/x.txt' | Select-Object Name, Extension
[System.IO.FileInfo]'/tmp/x.txt' | Select-Object Name, Extension
### [regex]'a+b'
[regex]'a+b'
### [char]'x'
[char]'x'
### [bool]1
[bool]1
### [decimal]1.5
[decimal]1.5
### [double]1.5
[double]1.5
### 1.0
1.0
### 1e20
1e20
### [long]::MaxValue
[long]::MaxValue
### [math]::PI
[math]::PI
### [System.Text.StringBuilder]::new('sb')
[System.Text.StringBuilder]::new('sb')
### [System.Collections.Generic.List[int]]@(1,2)
[System.Collections.Generic.List[int]]@(1,2)
### [System.Collections.Generic.Dictionary[string,int]]::new()
[System.Collections.Generic.Dictionary[string,int]]::new()
### $d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['k'] = 1; $d
$d = [System.Collections.Generic.Dictionary[string,int]]::new(); $d['k'] = 1; $d
### [System.Collections.ArrayList]@('x')
[System.Collections.ArrayList]@('x')
### [System.Collections.Specialized.OrderedDictionary]::new()
[System.Collections.Specialized.OrderedDictionary]::new()
### [ordered]@{b=1;a=2}
[ordered]@{b=1;a=2}
### [System.Environment]::NewLine.Length
[System.Environment]::NewLine.Length
### Get-Variable -Name true
Get-Variable -Name true
### Get-Variable -Name true | Format-List
Get-Variable -Name true | Format-List
### $PSVersionTable.PSVersion | Select-Object Major, Minor
$PSVersionTable.PSVersion | Select-Object Major, Minor
### [System.ConsoleColor]::Red
[System.ConsoleColor]::Red
### [System.DayOfWeek]::Monday | Format-Table
[System.DayOfWeek]::Monday | Format-Table
### [System.IO.FileAttributes]'ReadOnly, Hidden'
[System.IO.FileAttributes]'ReadOnly, Hidden'
### [System.StringComparison]::OrdinalIgnoreCase | Format-List
[System.StringComparison]::OrdinalIgnoreCase | Format-List
### New-TimeSpan -Hours 1 | Format-List
New-TimeSpan -Hours 1 | Format-List
### Get-Command Write-Output | Format-List Name, CommandType
Get-Command Write-Output | Format-List Name, CommandType
### (Get-Command Write-Output).Parameters['InputObject'] | Format-List Name, ParameterType
(Get-Command Write-Output).Parameters['InputObject'] | Format-List Name, ParameterType
### Get-Alias -Name gci
Get-Alias -Name gci
### Get-Alias -Name gci, ls
Get-Alias -Name gci, ls
### Get-Member -InputObject 'x' -Name Length
Get-Member -InputObject 'x' -Name Length
### 'x' | Get-Member -Name Length, ToUpper
'x' | Get-Member -Name Length, ToUpper
### 5 | Get-Member -MemberType Method | Select-Object -First 3
5 | Get-Member -MemberType Method | Select-Object -First 3
### [pscustomobject]@{Name='a'} | Get-Member
[pscustomobject]@{Name='a'} | Get-Member
### Get-Date -Date '2024-03-05' | Get-Member -Name Day*
Get-Date -Date '2024-03-05' | Get-Member -Name Day*
### Get-Culture | Format-List Name, DisplayName
Get-Culture | Format-List Name, DisplayName
### (Get-Culture).NumberFormat.NumberDecimalSeparator
(Get-Culture).NumberFormat.NumberDecimalSeparator
### Get-Location | Out-Null; 'loc'
Get-Location | Out-Null; 'loc'
### Get-PSProvider -PSProvider FileSystem | Select-Object Name
Get-PSProvider -PSProvider FileSystem | Select-Object Name
### Get-Host | Select-Object -ExpandProperty Name
Get-Host | Select-Object -ExpandProperty Name
### 'x' | Out-String
'x' | Out-String
### 1..3 | Out-String
1..3 | Out-String
### 1..3 | Out-String -Stream
1..3 | Out-String -Stream
### $s = [pscustomobject]@{a=1} | Out-String; $s.Length
$s = [pscustomobject]@{a=1} | Out-String; $s.Length
### [pscustomobject]@{a=1} | Out-String -Width 5
[pscustomobject]@{a=1} | Out-String -Width 5
### Get-Date -Date '2024-03-05' | Out-String
Get-Date -Date '2024-03-05' | Out-String
### $null
$null
### @()
@()
### $null | Format-Table
$null | Format-Table
### @() | Format-List
@() | Format-List
### ''
'' 
### ' '
' '
### "`n"
"`n"
### "a`nb"
"a`nb"
### "`t|"
"`t|"
### [pscustomobject]@{a="`t"}
[pscustomobject]@{a="`t"}
### [pscustomobject]@{'Ünïcödé'='ü'; '日本'='語'}
[pscustomobject]@{'Ünïcödé'='ü'; '日本'='語'}
### [pscustomobject]@{Emoji='😀😀'; N=1}
[pscustomobject]@{Emoji='😀😀'; N=1}
### [pscustomobject]@{a=1} | Format-Custom
[pscustomobject]@{a=1} | Format-Custom
### [pscustomobject]@{a=[pscustomobject]@{b=1}} | Format-Custom
[pscustomobject]@{a=[pscustomobject]@{b=1}} | Format-Custom
### 1..3 | ForEach-Object { [pscustomobject]@{N=$_; Sq=$_*$_; Half=$_/2} }
1..3 | ForEach-Object { [pscustomobject]@{N=$_; Sq=$_*$_; Half=$_/2} }
### 1..3 | ForEach-Object { [pscustomobject]@{N=$_; Half=[decimal]($_/2)} }
1..3 | ForEach-Object { [pscustomobject]@{N=$_; Half=[decimal]($_/2)} }
### [pscustomobject]@{P=0.1+0.2}
[pscustomobject]@{P=0.1+0.2}
### [pscustomobject]@{P=1/3}
[pscustomobject]@{P=1/3}
### [pscustomobject]@{P=[single](1/3)}
[pscustomobject]@{P=[single](1/3)}
### [pscustomobject]@{P=100000000000}
[pscustomobject]@{P=100000000000}
### [pscustomobject]@{P=1e15}
[pscustomobject]@{P=1e15}
### [pscustomobject]@{P=1e16}
[pscustomobject]@{P=1e16}
### [pscustomobject]@{P=-0.0}
[pscustomobject]@{P=-0.0}
### [pscustomobject]@{P=[double]::NaN}
[pscustomobject]@{P=[double]::NaN}
