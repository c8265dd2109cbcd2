# Strings: methods, -f formatting, expandable strings and escapes, here-strings, culture-sensitive output.
### -f '{0}' -f 5
'{0}' -f 5
### -f '{0,5}|' -f 'ab'
'{0,5}|' -f 'ab'
### -f '{0,-5}|' -f 'ab'
'{0,-5}|' -f 'ab'
### -f '{0:N2}' -f 1234.567
'{0:N2}' -f 1234.567
### -f '{0:D4}' -f 42
'{0:D4}' -f 42
### -f '{0:X}' -f 255
'{0:X}' -f 255
### -f '{0:x4}' -f 255
'{0:x4}' -f 255
### -f '{0:P}' -f 0.256
'{0:P}' -f 0.256
### -f '{0:C}' -f 9.5
'{0:C}' -f 9.5
### -f '{0:yyyy-MM-dd}' -f [datetime]'2024-03-05'
'{0:yyyy-MM-dd}' -f [datetime]'2024-03-05'
### -f '{0:HH:mm}' -f [datetime]'2024-03-05 14:07'
'{0:HH:mm}' -f [datetime]'2024-03-05 14:07'
### -f '{1}{0}' -f 'a','b'
'{1}{0}' -f 'a','b'
### -f '{0}{0}' -f 'x'
'{0}{0}' -f 'x'
### -f '{{0}}' -f 1
'{{0}}' -f 1
### -f '{0}' -f $null
'{0}' -f $null
### -f '{0}' -f @(1,2)
'{0}' -f @(1,2)
### -f '{0} {1}' -f @(1,2)
'{0} {1}' -f @(1,2)
### -f '{0}' -f (,@(1,2))
'{0}' -f (,@(1,2))
### -f '{2}' -f 1,2
'{2}' -f 1,2
### -f '{0:0.0}' -f 2
'{0:0.0}' -f 2
### -f '{0:E}' -f 12345
'{0:E}' -f 12345
### -f '{0,10:N1}|' -f 3.14159
'{0,10:N1}|' -f 3.14159
### -f '{0:#,#}' -f 1234567
'{0:#,#}' -f 1234567
### -f '{0}' -f $true
'{0}' -f $true
### -f '{0}' -f 1.5
'{0}' -f 1.5
### -f '{0}' -f [decimal]1.50
'{0}' -f [decimal]1.50
### -f '{0}' -f 1e20
'{0}' -f 1e20
### -f '{0}' -f [datetime]'2024-03-05'
'{0}' -f [datetime]'2024-03-05'
### -f '{0:d}' -f [datetime]'2024-03-05'
'{0:d}' -f [datetime]'2024-03-05'
### -f '{0:D}' -f [datetime]'2024-03-05'
'{0:D}' -f [datetime]'2024-03-05'
### -f '{0:t}' -f [datetime]'2024-03-05 14:07:09'
'{0:t}' -f [datetime]'2024-03-05 14:07:09'
### -f '{0:g}' -f [datetime]'2024-03-05 14:07:09'
'{0:g}' -f [datetime]'2024-03-05 14:07:09'
### -f '{0:o}' -f [datetime]'2024-03-05 14:07:09'
'{0:o}' -f [datetime]'2024-03-05 14:07:09'
### -f '{0:s}' -f [datetime]'2024-03-05 14:07:09'
'{0:s}' -f [datetime]'2024-03-05 14:07:09'
### -f '{0:u}' -f [datetime]'2024-03-05 14:07:09'
'{0:u}' -f [datetime]'2024-03-05 14:07:09'
### -f '{0:hh\:mm}' -f [timespan]'01:02:03'
'{0:hh\:mm}' -f [timespan]'01:02:03'
### -f '{0}' -f [timespan]'1.02:03:04.5'
'{0}' -f [timespan]'1.02:03:04.5'
### -f '{0:c}' -f [timespan]'1.02:03:04.5'
'{0:c}' -f [timespan]'1.02:03:04.5'
### -f '{0:g}' -f [timespan]'1.02:03:04.5'
'{0:g}' -f [timespan]'1.02:03:04.5'
### -f '{0:G}' -f [timespan]'1.02:03:04.5'
'{0:G}' -f [timespan]'1.02:03:04.5'
### -f '{0:N0}' -f 2.5
'{0:N0}' -f 2.5
### -f '{0:N0}' -f 3.5
'{0:N0}' -f 3.5
### -f '{0:F0}' -f 2.5
'{0:F0}' -f 2.5
### -f '{0:0}' -f 2.5
'{0:0}' -f 2.5
### -f '{0:F2}' -f [decimal]2.345
'{0:F2}' -f [decimal]2.345
### -f '{0:F2}' -f 2.345
'{0:F2}' -f 2.345
### -f '{0}' -f 'a' + 'b'
'{0}' -f 'a' + 'b'
### -f 'x' -f 'unused'
'x' -f 'unused'
### -f '{0' -f 1
'{0' -f 1
### -f '{5}' -f 1
'{5}' -f 1
### -f '{0,-10}{1,8:N2}' -f 'Total', 1234.5
'{0,-10}{1,8:N2}' -f 'Total', 1234.5
### -f '{0:00.00}' -f 3.14159
'{0:00.00}' -f 3.14159
### -f '{0:##.##}' -f 0.5
'{0:##.##}' -f 0.5
### -f '{0:%}' -f 0.5
'{0:%}' -f 0.5
### -f '{0,3}' -f 12345
'{0,3}' -f 12345
### -f "{0}" -f 'x'
"{0}" -f 'x'
### str 'Hello'.Length
'Hello'.Length
### str 'Hello'.ToUpper()
'Hello'.ToUpper()
### str 'Hello'.ToLower()
'Hello'.ToLower()
### str 'Hello'.Substring(1)
'Hello'.Substring(1)
### str 'Hello'.Substring(1,3)
'Hello'.Substring(1,3)
### str 'Hello'.Substring(9)
'Hello'.Substring(9)
### str 'Hello'.IndexOf('l')
'Hello'.IndexOf('l')
### str 'Hello'.LastIndexOf('l')
'Hello'.LastIndexOf('l')
### str 'Hello'.IndexOf('L')
'Hello'.IndexOf('L')
### str 'Hello'.Contains('ell')
'Hello'.Contains('ell')
### str 'Hello'.Contains('ELL')
'Hello'.Contains('ELL')
### str 'Hello'.StartsWith('he')
'Hello'.StartsWith('he')
### str 'Hello'.StartsWith('he', 'OrdinalIgnoreCase')
'Hello'.StartsWith('he', 'OrdinalIgnoreCase')
### str 'Hello'.EndsWith('lo')
'Hello'.EndsWith('lo')
### str 'Hello'.Replace('l','L')
'Hello'.Replace('l','L')
### str 'Hello'.Replace('L','x')
'Hello'.Replace('L','x')
### str 'a,b,c'.Split(',')
'a,b,c'.Split(',')
### str 'a,b,,c'.Split(',', [StringSplitOptions]::RemoveEmptyEntries)
'a,b,,c'.Split(',', [StringSplitOptions]::RemoveEmptyEntries)
### str 'a b  c'.Split()
'a b  c'.Split()
### str 'a-b_c'.Split('-_')
'a-b_c'.Split('-_')
### str 'a-b_c'.Split([char[]]'-_')
'a-b_c'.Split([char[]]'-_')
### str '  x  '.Trim()
'  x  '.Trim()
### str '  x  '.TrimStart()
'  x  '.TrimStart()
### str 'xxhixx'.Trim('x')
'xxhixx'.Trim('x')
### str 'hello'.TrimEnd('o','l')
'hello'.TrimEnd('o','l')
### str '5'.PadLeft(3,'0')
'5'.PadLeft(3,'0')
### str '5'.PadRight(3) + '|'
'5'.PadRight(3) + '|'
### str 'abc'.Insert(1,'X')
'abc'.Insert(1,'X')
### str 'abc'.Remove(1)
'abc'.Remove(1)
### str 'abc'.Remove(1,1)
'abc'.Remove(1,1)
### str 'abc'[0]
'abc'[0]
### str 'abc'[-1]
'abc'[-1]
### str 'abc'[5]
'abc'[5]
### str 'abc'[0..1]
'abc'[0..1]
### str 'abc'.ToCharArray()
'abc'.ToCharArray()
### str 'abc'.Chars(1)
'abc'.Chars(1)
### str 'abc' * 2
'abc' * 2
### str [string]::Join('-', 1, 2, 3)
[string]::Join('-', 1, 2, 3)
### str [string]::Join(',', @('a','b'))
[string]::Join(',', @('a','b'))
### str [string]::IsNullOrEmpty('')
[string]::IsNullOrEmpty('')
### str [string]::IsNullOrWhiteSpace(' ')
[string]::IsNullOrWhiteSpace(' ')
### str [string]::Concat('a', 1, $true)
[string]::Concat('a', 1, $true)
### str [string]::Format('{0}-{1}', 1, 2)
[string]::Format('{0}-{1}', 1, 2)
### str [string]::Empty.Length
[string]::Empty.Length
### str 'abc'.CompareTo('abd')
'abc'.CompareTo('abd')
### str 'abc'.Equals('ABC')
'abc'.Equals('ABC')
### str 'abc' -eq 'ABC'
'abc' -eq 'ABC'
### str 'abc'.GetHashCode() -is [int]
'abc'.GetHashCode() -is [int]
### str 'a' + 1 + 2
'a' + 1 + 2
### str 1 + 2 + 'a'
1 + 2 + 'a'
### str 'abc'.ToUpperInvariant()
'abc'.ToUpperInvariant()
### str 'Straße'.ToUpper()
'Straße'.ToUpper()
### str 'İ'.ToLower()
'İ'.ToLower()
### str 'ß'.Length
'ß'.Length
### str '😀'.Length
'😀'.Length
### str 'é'.Length
'é'.Length
### str 'abc'.Normalize()
'abc'.Normalize()
### str 'tEST'.Substring(0,1).ToUpper() + 'tEST'.Substring(1).ToLower()
'tEST'.Substring(0,1).ToUpper() + 'tEST'.Substring(1).ToLower()
### str (Get-Culture).TextInfo.ToTitleCase('hello world')
(Get-Culture).TextInfo.ToTitleCase('hello world')
### str 'abc'.PadLeft(2)
'abc'.PadLeft(2)
### str 'a	b'
'a	b'
### str 'line1`nline2'
'line1`nline2'
### str "line1`nline2"
"line1`nline2"
### str "tab`there"
"tab`there"
### str "`e[0m".Length
"`e[0m".Length
### str "`u{1F600}".Length
"`u{1F600}".Length
### str "`u{41}"
"`u{41}"
### str "a`0b".Length
"a`0b".Length
### str "`$x"
"`$x"
### str '$x'
'$x'
### str "$(1+1)"
"$(1+1)"
### str "$('a','b')"
"$('a','b')"
### str $a = 1,2,3; "$a"
$a = 1,2,3; "$a"
### str $a = 1,2,3; "$($a)"
$a = 1,2,3; "$($a)"
### str $OFS='-'; $a = 1,2,3; "$a"
$OFS='-'; $a = 1,2,3; "$a"
### str $h = @{k='v'}; "$h"
$h = @{k='v'}; "$h"
### str $h = @{k='v'}; "$($h.k)"
$h = @{k='v'}; "$($h.k)"
### str $h = @{k='v'}; "$h.k"
$h = @{k='v'}; "$h.k"
### str $o = [pscustomobject]@{a=1}; "$o"
$o = [pscustomobject]@{a=1}; "$o"
### str $o = [pscustomobject]@{a=1;b=2}; "$o"
$o = [pscustomobject]@{a=1;b=2}; "$o"
### str "$null|"
"$null|"
### str "$true"
"$true"
### str "$(1.5)"
"$(1.5)"
### str "$(1e20)"
"$(1e20)"
### str "$([decimal]1.10)"
"$([decimal]1.10)"
### str "$([datetime]'2024-03-05 14:07')"
"$([datetime]'2024-03-05 14:07')"
### str $d = [datetime]'2024-03-05'; "$d"
$d = [datetime]'2024-03-05'; "$d"
### str $d = [datetime]'2024-03-05'; $d.ToString()
$d = [datetime]'2024-03-05'; $d.ToString()
### str "${env:NOPE}x"
"${env:NOPE}x"
### str $x = 'v'; "${x}y"
$x = 'v'; "${x}y"
### str $x = 'v'; "$x.Length"
$x = 'v'; "$x.Length"
### str $x = 'v'; "$($x.Length)"
$x = 'v'; "$($x.Length)"
### str $a = @(1,2); "$a[0]"
$a = @(1,2); "$a[0]"
### str $a = @(1,2); "$($a[0])"
$a = @(1,2); "$($a[0])"
### str "a" + ` ⏎ "b"
"a" + `
"b"
### str "It's"
"It's"
### str 'It''s'
'It''s'
### str "say ""hi"""
"say ""hi"""
### str "say `"hi`""
"say `"hi`""
### str 'a' -eq "a"
'a' -eq "a"
### str [char]'a' + 'b'
[char]'a' + 'b'
### str 'abc'.Length.GetType().Name
'abc'.Length.GetType().Name
### str 'x'.PadLeft(5, '-').Length
'x'.PadLeft(5, '-').Length
### str 'a1b22c333' -replace '\d+', '#'
'a1b22c333' -replace '\d+', '#'
### str [regex]::Matches('a1b22', '\d+').Value
[regex]::Matches('a1b22', '\d+').Value
### str [regex]::Match('abc', 'b').Index
[regex]::Match('abc', 'b').Index
### str [regex]::Escape('a.b*c')
[regex]::Escape('a.b*c')
### str [regex]::Split('a1b2c', '\d')
[regex]::Split('a1b2c', '\d')
### str [regex]::Replace('abc', 'b', 'X')
[regex]::Replace('abc', 'b', 'X')
### str 'ABC' -match '(?i)abc'
'ABC' -match '(?i)abc'
### str 'hello world' | Select-String 'wor'
'hello world' | Select-String 'wor'
### str 'a','b','c' | Select-String 'b'
'a','b','c' | Select-String 'b'
### str 'Hello' -split 'l'
'Hello' -split 'l'
### str 'ab'.GetEnumerator() | % { [int]$_ }
'ab'.GetEnumerator() | % { [int]$_ }
### str [char[]]'hi' -join ','
[char[]]'hi' -join ','
### str [string]::new('x', 3)
[string]::new('x', 3)
### str [string]::new([char[]]@('a','b'))
[string]::new([char[]]@('a','b'))
### str 'abc'.IndexOfAny([char[]]'cb')
'abc'.IndexOfAny([char[]]'cb')
### str 'a.b.c'.Split('.', 2)
'a.b.c'.Split('.', 2)
### str 'Hello World'.Split(' ')[1]
'Hello World'.Split(' ')[1]
### str 'abcdef'.Substring(2, 2).ToUpper()
'abcdef'.Substring(2, 2).ToUpper()
### str ('{0}' -f 'x').Length
('{0}' -f 'x').Length
### str 'x'.CompareTo($null)
'x'.CompareTo($null)
### str '10' -lt '9'
'10' -lt '9'
### str 'a' -lt 'B'
'a' -lt 'B'
### str 'A' -clt 'a'
'A' -clt 'a'
### here-string and multi-line 0
@"
line $(1+1)
  indented
"@
### here-string and multi-line 1
@'
literal $x
'@
### here-string and multi-line 2
$x = "v"
@"
$x and `$x
"@
### here-string and multi-line 3
@"
"@
### here-string and multi-line 4
@'
'@.Length
### here-string and multi-line 5
@"
a

b
"@.Split("`n").Count
### here-string and multi-line 6
'a
b'
### here-string and multi-line 7
"a
b".Length
### here-string and multi-line 8
'multi
line' | Measure-Object -Line
### here-string and multi-line 9
'x' +
'y'
### here-string and multi-line 10
$s = 'abc'
$s.
Length
