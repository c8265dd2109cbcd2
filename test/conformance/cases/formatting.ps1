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

### 'a', 1, $true | Format-Table
'a', 1, $true | Format-Table
### [pscustomobject]@{a=1}, 'x', 2 | Format-Table
[pscustomobject]@{a=1}, 'x', 2 | Format-Table
### 'x', [pscustomobject]@{a=1}, 2 | Format-List
'x', [pscustomobject]@{a=1}, 2 | Format-List
### [char]'c', 1.5, [decimal]2 | Format-Table
[char]'c', 1.5, [decimal]2 | Format-Table
### [pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table -GroupBy a
[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table -GroupBy a
### [pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-List -GroupBy a
[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-List -GroupBy a
### Format-Table -GroupBy a -HideTableHeaders
[pscustomobject]@{a=1;b=1}, [pscustomobject]@{a=1;b=2}, [pscustomobject]@{a=2;b=3} | Format-Table -GroupBy a -HideTableHeaders
### Format-Table -GroupBy with a script block
1..4 | ForEach-Object { [pscustomobject]@{N=$_} } | Format-Table -GroupBy { $_.N -gt 2 }
### Format-List -GroupBy with a calculated property
1..3 | ForEach-Object { [pscustomobject]@{N=$_} } | Format-List -GroupBy @{n='Big';e={ $_.N -ge 2 }}
### two Format-Table commands in a row
[pscustomobject]@{a=1} | Format-Table; [pscustomobject]@{a=2} | Format-Table
### calculated columns cut to their Width, by alignment
[pscustomobject]@{Size=22222} | Format-Table @{n='S';e={$_.Size};Width=3}, @{n='T';e={'abcdef'};Width=4}, @{n='U';e={'abcdef'};Width=4;Align='Right'}, @{n='V';e={22222};Width=4;Align='Left'}
### a centred calculated column
[pscustomobject]@{a='ab'} | Format-Table @{n='C';e={$_.a};Width=6;Alignment='Center'}, @{n='D';e={'x'}}
### a three-line cell
[pscustomobject]@{Multi="line1`nline2`nline3long"; N=1}
### a CRLF cell with -AutoSize
[pscustomobject]@{Multi="ab`r`ncd"; N=1} | Format-Table -AutoSize
### a multi-line cell in a list
[pscustomobject]@{Multi="line1`nline2"; N=1} | Format-List
### [timespan] Format-Table -AutoSize of two
[timespan]'1.02:03:04', [timespan]'00:00:05' | Format-Table -AutoSize
### $FormatEnumerationLimit = 0
$FormatEnumerationLimit = 0; [pscustomobject]@{Arr=@(1..10)}
### $FormatEnumerationLimit = -1
$FormatEnumerationLimit = -1; [pscustomobject]@{Arr=@(1..10)}
### $FormatEnumerationLimit in a hashtable value
$FormatEnumerationLimit = 2; [ordered]@{a=1,2,3}
### $FormatEnumerationLimit set in a function
function f { $FormatEnumerationLimit = 1; [pscustomobject]@{Arr=@(1..10)} | Format-Table }; f
### $FormatEnumerationLimit not a number
$FormatEnumerationLimit = 'abc'; [pscustomobject]@{Arr=1..10}
### nested arrays in a cell
[pscustomobject]@{Arr=@(1,@(2,3),4)}
### nested collections of several kinds in a cell
[pscustomobject]@{Arr=@([pscustomobject]@{b=2}, [System.Collections.Generic.List[int]]@(1,2), 1.5)}
### an empty array in a cell
[pscustomobject]@{a=@(); b=1}
### negative zero and other doubles in cells
[pscustomobject]@{P=-0.0}, [pscustomobject]@{P=-0.0001}, [pscustomobject]@{P=[single]1.5}, [pscustomobject]@{P=1e16}, [pscustomobject]@{P=1/3}
### typed numbers in one row
[pscustomobject]@{a=[long]5; b=[byte]3; c=[decimal]1.5; d=[single]2.25; e=1e300}
### booleans and null in a table
[pscustomobject]@{a=$true; b=$false; c=$null; d='x'}
### East Asian text in a list
[pscustomobject]@{'日本語'='中文字'; b='ｱｲｳ'} | Format-List
### East Asian text cut at the host width
[pscustomobject]@{a='日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語日本語'; b=1}
### Format-Custom of two objects
[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Custom
### Format-Custom of empty values and arrays
[pscustomobject]@{a=$null; b=''; c=@(); d=@([pscustomobject]@{x=1}, 2)} | Format-Custom
### @{a=1} | Format-Custom
@{a=1} | Format-Custom
### 1, 'x' | Format-Custom
1, 'x' | Format-Custom
### Format-Custom -Depth 1 of an array of objects
[pscustomobject]@{a=@([pscustomobject]@{b=[pscustomobject]@{c=1}})} | Format-Custom -Depth 1
### Format-Custom -Property
[pscustomobject]@{a=1;b=2} | Format-Custom -Property b
### Format-Custom of nested arrays
[pscustomobject]@{a=@(1,@(2,3))} | Format-Custom
### Format-Custom -Depth 0
[pscustomobject]@{a=1} | Format-Custom -Depth 0
### a class with only hidden properties through Format-List
class H { hidden [int]$Secret = 1 }; [H]::new() | Format-List
### a class with only hidden properties through Format-Table -Property
class H { hidden [int]$Secret = 1 }; [H]::new() | Format-Table Secret
### a class with only hidden properties after an object in a table
class H { hidden [int]$Secret = 1 }; [pscustomobject]@{a=1}, [H]::new() | Format-Table
### a class ToString() override through Format-Table and Format-List
class T { [string] ToString() { return 'custom!' } }; [T]::new() | Format-Table; [T]::new() | Format-List
### a class ToString() override in cells
class T { [string] ToString() { return 'custom!' } }; [pscustomobject]@{P=[T]::new(); Q=@([T]::new(), [T]::new())}
### a property of class type
class Inner { [int]$X = 1 }; class Outer { [string]$Name = 'o'; [Inner]$In = [Inner]::new() }; [Outer]::new() | Format-List
### properties of class type with a ToString() override
class Inner { [int]$X = 1; [string] ToString() { return "X=$($this.X)" } }; class Outer { [Inner]$In = [Inner]::new(); [Inner[]]$Many = @([Inner]::new()) }; [Outer]::new()
### Format-Custom of a class with a class-typed property
class Inner { [int]$X = 1 }; class Outer { [Inner]$In = [Inner]::new() }; [Outer]::new() | Format-Custom
### a derived class shows its own properties first
class Base { [int]$A = 1 }; class Derived : Base { [int]$B = 2 }; [Derived]::new()
### [pscustomobject]@{} | Format-List
[pscustomobject]@{} | Format-List; 'x'
### a PSCustomObject inside an object's string
"$([pscustomobject]@{b=[pscustomobject]@{c=1}})"
### a PSCustomObject two levels down in a cell
[pscustomobject]@{a=[pscustomobject]@{b=[pscustomobject]@{c=1}}}
### Format-Table with a wildcard property
[pscustomobject]@{Name='a';Number=1;Other=2} | Format-Table N*
### Format-List with a FormatString
[pscustomobject]@{a=1234.5678} | Format-List @{n='P';e={$_.a};FormatString='N2'}, a
### Format-Table -Wrap of long text
[pscustomobject]@{N=1; Text=('word ' * 40)} | Format-Table -Wrap
### a long value in a list wraps at the host width
[pscustomobject]@{Text=('word ' * 40).Trim(); N=1} | Format-List
### a value longer than the line with no blanks in a list
[pscustomobject]@{Text=('x' * 150); N=1} | Format-List
### Out-String -Width 30 of a table
[pscustomobject]@{Name='alpha'; Description='a fairly long description here'} | Out-String -Width 30
### Out-String -Stream of a table
[pscustomobject]@{a=1;b=2} | Out-String -Stream | ForEach-Object { "[$_]" }
### objects with different properties in one table
[pscustomobject]@{a=1}, [pscustomobject]@{b=2} | Format-Table
### objects with different properties in one list
[pscustomobject]@{a=1}, [pscustomobject]@{b=2} | Format-List
### eleven properties in a table
[pscustomobject]@{a=1;b=2;c=3;d=4;e=5;f=6;g=7;h=8;i=9;j=10;k=11} | Format-Table
### Format-Wide picks the Name property
[pscustomobject]@{Id=1; Name='x'; Value=2} | Format-Wide
### Format-Wide without a Name property
[pscustomobject]@{Id=1; Value=2}, [pscustomobject]@{Id=2; Value=3} | Format-Wide
### Format-Wide -Column 4 of twelve objects
1..12 | ForEach-Object { [pscustomobject]@{Name="item$_"} } | Format-Wide -Column 4
### Format-Wide -AutoSize of objects
'a','bb','ccc','dddd','eeeee' | ForEach-Object { [pscustomobject]@{Name=$_} } | Format-Wide -AutoSize
### Format-Table of a missing property
[pscustomobject]@{a=1} | Format-Table a, nothere
### Format-List of a missing property
[pscustomobject]@{a=1} | Format-List nothere
### a tab in a cell
[pscustomobject]@{a="x`ty"; b=1}
### an enum in a cell
[pscustomobject]@{d=[System.DayOfWeek]::Monday; n=1}
### a version and a guid in cells
[pscustomobject]@{v=[version]'1.2.3'; g=[guid]'d2f6a8c4-0000-0000-0000-000000000001'}
### a script block in a cell
[pscustomobject]@{s={ 1 + 1 }; n=1}
### a hashtable in a cell
[pscustomobject]@{h=[ordered]@{a=1;b=2}; n=1}
### Format-Table output piped to Format-List
[pscustomobject]@{a=1} | Format-Table | Format-List
### Out-String -NoNewline of two strings
'a','b' | Out-String -NoNewline
### the line count of a table through Out-String -Stream
1..3 | ForEach-Object { [pscustomobject]@{N=$_} } | Format-Table | Out-String -Stream | Measure-Object | Select-Object -ExpandProperty Count
### Format-Wide -AutoSize fits columns to the longest value
1..40 | ForEach-Object { [pscustomobject]@{Name='x' * ($_ % 6 + 1)} } | Format-Wide -AutoSize
### Format-Wide -Column 7 shares the spare cells
1..7 | ForEach-Object { [pscustomobject]@{Name="n$_"} } | Format-Wide -Column 7
### Format-List output piped to Format-Table
[pscustomobject]@{a=1} | Format-List | Format-Table
### Format-List of properties none of which exist
[pscustomobject]@{a=1} | Format-List nothere, nope; 'x'
### Format-List of a property only the second object has
[pscustomobject]@{a=1},[pscustomobject]@{b=1} | Format-List b
### a script block column keeps its blanks in the label
[pscustomobject]@{a=1} | Format-Table { $_.a }
### a script block entry keeps its blanks in a list
[pscustomobject]@{a=1} | Format-List { $_.a }
### Out-File -Width 30
[pscustomobject]@{Text=('word ' * 10).Trim(); N=1} | Out-File -Width 30 o.txt; Get-Content o.txt
### Out-String -Width 30 of a list
[pscustomobject]@{Text=('word ' * 10).Trim(); N=1} | Format-List | Out-String -Width 30
### Format-Custom of an object with a DateTime
[pscustomobject]@{a=1.5; b=$true; c=[datetime]'2024-01-01'} | Format-Custom
### Format-Custom of a PSTypeName object
[pscustomobject]@{PSTypeName='My.Thing'; a=1} | Format-Custom
### a class instance with no property at all
class E { }; [E]::new() | Format-List

### twelve columns wider than the host
[pscustomobject]@{Alpha='a'*15; Bravo='b'*15; Charlie='c'*15; Delta='d'*15; Echo='e'*15; Foxtrot='f'*15; Golf='g'*15; Hotel='h'*15} | Format-Table
### a header longer than its values in a wide table
[pscustomobject]@{AVeryLongPropertyNameIndeed=1; AnotherQuiteLongPropertyName=2; YetAnotherLongPropertyNameHere=3; TheLastLongPropertyNameOfAll=4} | Format-Table
### a middle column wraps with -Wrap
[pscustomobject]@{A='x'; B=('long text ' * 20).Trim(); C='y'} | Format-Table -Wrap
### -HideTableHeaders with -AutoSize
[pscustomobject]@{a=1;b='two'}, [pscustomobject]@{a=22;b='three'} | Format-Table -HideTableHeaders -AutoSize
### a hashtable's entries as a table of Name and Value
[ordered]@{first=1; second='two'} | Format-Table
### Format-List of an ordered hashtable
[ordered]@{first=1; second='two'} | Format-List
### Format-Table -Property * of an ordered hashtable
[ordered]@{first=1} | Format-Table -Property *
### GetEnumerator() entries in a table
([ordered]@{first=1; second=2}).GetEnumerator() | Format-Table
### special doubles in a table
[pscustomobject]@{a=[double]::NaN; b=[double]::PositiveInfinity; c=1e-7; d=[int]::MinValue}
### special doubles in a list
[pscustomobject]@{a=[double]::NaN; b=[double]::NegativeInfinity; c=1e-7; d=123456789.123; e=[decimal]0.1}
### a bigint in a table
[pscustomobject]@{n=[bigint]::Pow(2, 70); m=1}
### trailing blanks in a cell
[pscustomobject]@{a='x   '; b='y'}
### an empty string column
[pscustomobject]@{a=''; b=1}, [pscustomobject]@{a=''; b=2}
### a Width of 0
[pscustomobject]@{a='abc'} | Format-Table @{n='a';e={$_.a};Width=0}
### Group-Object output
'a','b','a' | Group-Object
### Group-Object -NoElement output
'a','b','a' | Group-Object -NoElement
### Measure-Object output
1..4 | Measure-Object -Sum -Average -Maximum -Minimum
### Compare-Object output
Compare-Object @(1,2,3) @(2,3,4)
### Get-Alias of ft
Get-Alias ft
### ConvertFrom-Json object in a table
'{"name":"x","n":1,"list":[1,2],"obj":{"a":1}}' | ConvertFrom-Json
### ConvertFrom-Json array of objects
'[{"a":1,"b":"x"},{"a":2,"b":"y"}]' | ConvertFrom-Json
### a ScriptProperty in a table
$o = [pscustomobject]@{a=2}; $o | Add-Member -MemberType ScriptProperty -Name Double -Value { $this.a * 2 }; $o
### Select-Object -ExcludeProperty
[pscustomobject]@{a=1;b=2;c=3} | Select-Object -Property * -ExcludeProperty b
### five properties make a list
[pscustomobject]@{a=1;b=2;c=3;d=4;e=5}, [pscustomobject]@{a=6;b=7;c=8;d=9;e=10}
### a list after a table of another shape
[pscustomobject]@{a=1}; [pscustomobject]@{b=1;c=2;d=3;e=4;f=5}
### a table and a list in one pipeline
[pscustomobject]@{a=1}, [pscustomobject]@{b=1;c=2;d=3;e=4;f=5}, [pscustomobject]@{a=2}
### Format-List of a string with -Property Length
'abc' | Format-List -Property Length
### an array of arrays in the output
@(1,2), @(3,4)
### a hashtable in a list value with many entries
[pscustomobject]@{h=[ordered]@{a=1;b=2;c=3;d=4;e=5}} | Format-List
### Format-Table of a PSCustomObject with a null property value first
[pscustomobject]@{a=$null; b=1}, [pscustomobject]@{a=5; b=2}
### alignment is taken from the first object
[pscustomobject]@{a='x'}, [pscustomobject]@{a=5}
### FormatString in a table column
[pscustomobject]@{n=1234.5} | Format-Table @{n='N';e={$_.n};FormatString='N1'}, @{n='C';e={$_.n};FormatString='0000000'}
### FormatString on null
[pscustomobject]@{n=$null} | Format-Table @{n='N';e={$_.n};FormatString='N1'}, @{n='M';e={1}}
### a char in a table
[pscustomobject]@{c=[char]'x'; n=1}
### Format-Wide of strings with -Column 3
'a','b','c','d' | Format-Wide -Column 3
### Format-Wide -Property with a script block
1..4 | ForEach-Object { [pscustomobject]@{N=$_} } | Format-Wide { $_.N * 10 } -Column 4
### Format-Wide of a hashtable
[ordered]@{a=1;b=2} | Format-Wide
### Out-String -Stream of a list
[pscustomobject]@{a=1;b=2;c=3;d=4;e=5} | Out-String -Stream | ForEach-Object { "[$_]" }
### Out-String of two strings
'a','b' | Out-String
### a calculated property with Width 0 stops the statement
[pscustomobject]@{a='abc'} | Format-Table @{n='a';e={$_.a};Width=0}; 'after'
### a calculated property with a Width that is not an Int32
[pscustomobject]@{a='abc'} | Format-Table @{n='a';e={$_.a};Width=2.0}
### a calculated property with an unknown key
[pscustomobject]@{a='abc'} | Format-List @{n='a';e={$_.a};Bogus=1}
### the error record of a bad calculated property
try { [pscustomobject]@{a='abc'} | Format-Table @{n='a';e={$_.a};Width=0} } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }

### Select-Object of a string's Length
'abc','de' | Select-Object Length
### a table whose rows stream after widths are fixed
1..3 | ForEach-Object { [pscustomobject]@{N=$_; S='x' * ($_ * 3)} }
### Format-Table -Property with a calculated property and a wildcard
[pscustomobject]@{Name='a'; Nick='b'; Other=1} | Format-Table @{n='Up';e={$_.Name.ToUpper()}}, N*
### Format-List -Property * of an object with a ScriptProperty
$o = [pscustomobject]@{a=2}; $o | Add-Member -MemberType ScriptProperty -Name Twice -Value { $this.a * 2 }; $o | Format-List *
### Format-Table -GroupBy with a property missing on some objects
[pscustomobject]@{a=1;g='x'}, [pscustomobject]@{a=2} | Format-Table -GroupBy g
### Format-Custom of a list of strings
[pscustomobject]@{s=@('x','y')} | Format-Custom
### Format-Custom of a hashtable property with two entries
[pscustomobject]@{h=[ordered]@{a=1;b=2}} | Format-Custom
### Format-Custom of an object with a class instance with no properties
class E { }; [pscustomobject]@{e=[E]::new()} | Format-Custom
### Format-List of a class instance with a ToString override and properties
class T { [int]$A = 1; [string] ToString() { return 'T!' } }; [T]::new() | Format-List; "$([T]::new())"
### an array of class instances in a table
class P { [string]$Name; P([string]$n) { $this.Name = $n } }; [P]::new('a'), [P]::new('bb')
### a class with a hidden and a visible property
class M { [int]$Shown = 1; hidden [int]$Hidden = 2 }; [M]::new() | Format-List *
### $FormatEnumerationLimit with Format-Custom
$FormatEnumerationLimit = 1; [pscustomobject]@{a=@(1,2,3)} | Format-Custom
### $FormatEnumerationLimit with Out-String
$FormatEnumerationLimit = 1; [pscustomobject]@{a=@(1,2,3)} | Out-String
### a table of wide characters right-aligned
[pscustomobject]@{n=1; s='日本'}, [pscustomobject]@{n=22; s='x'} | Format-Table @{n='S';e={$_.s};Align='Right'}, n
### a wide-character label truncated by Width
[pscustomobject]@{a='日本語日本語'} | Format-Table @{n='a';e={$_.a};Width=5}
### a long list label
[pscustomobject]@{ThisIsAVeryLongPropertyNameThatGoesOnAndOn=1; b=2} | Format-List
### Format-Table -Wrap with a cell of several lines and a long line
[pscustomobject]@{a="short`n$('y' * 130)"; b=1} | Format-Table -Wrap
### Out-String -Stream of a multi-line cell
[pscustomobject]@{a="l1`nl2"; b=1} | Out-String -Stream | ForEach-Object { "[$_]" }
### -GroupBy $null first, then a missing property
[pscustomobject]@{a=1;g=$null}, [pscustomobject]@{a=2}, [pscustomobject]@{a=3;g='y'} | Format-List -GroupBy g
### -GroupBy with the property only on the second object
[pscustomobject]@{a=1}, [pscustomobject]@{a=2;g='y'} | Format-Table -GroupBy g
