# Number types: Byte/Int32/Int64/Double/Decimal identities, literals, overflow, and how each prints
# alone, in strings, in tables, in lists and through ConvertTo-Json.
### literal 1
$v = 1; $v; $v.GetType().Name
### literal 2.0
$v = 2.0; $v; $v.GetType().Name
### literal 1.5
$v = 1.5; $v; $v.GetType().Name
### literal 1e2
$v = 1e2; $v; $v.GetType().Name
### literal 1E-3
$v = 1E-3; $v; $v.GetType().Name
### literal 0x1F
$v = 0x1F; $v; $v.GetType().Name
### literal 0xFFFFFFFF
$v = 0xFFFFFFFF; $v; $v.GetType().Name
### literal 0x7FFFFFFF
$v = 0x7FFFFFFF; $v; $v.GetType().Name
### literal 0x80000000
$v = 0x80000000; $v; $v.GetType().Name
### literal -0x1
$v = -0x1; $v; $v.GetType().Name
### literal 1l
$v = 1l; $v; $v.GetType().Name
### literal 1L
$v = 1L; $v; $v.GetType().Name
### literal 1d
$v = 1d; $v; $v.GetType().Name
### literal 1.5d
$v = 1.5d; $v; $v.GetType().Name
### literal 1kb
$v = 1kb; $v; $v.GetType().Name
### literal 1.5mb
$v = 1.5mb; $v; $v.GetType().Name
### literal 2gb
$v = 2gb; $v; $v.GetType().Name
### literal 1tb
$v = 1tb; $v; $v.GetType().Name
### literal 1pb
$v = 1pb; $v; $v.GetType().Name
### literal 0b101
$v = 0b101; $v; $v.GetType().Name
### literal 1u
$v = 1u; $v; $v.GetType().Name
### literal 1ul
$v = 1ul; $v; $v.GetType().Name
### literal 1y
$v = 1y; $v; $v.GetType().Name
### literal 1uy
$v = 1uy; $v; $v.GetType().Name
### literal 1s
$v = 1s; $v; $v.GetType().Name
### literal 1us
$v = 1us; $v; $v.GetType().Name
### literal 1n
$v = 1n; $v; $v.GetType().Name
### literal 2147483647
$v = 2147483647; $v; $v.GetType().Name
### literal 2147483648
$v = 2147483648; $v; $v.GetType().Name
### literal -2147483648
$v = -2147483648; $v; $v.GetType().Name
### literal -2147483649
$v = -2147483649; $v; $v.GetType().Name
### literal 9223372036854775807
$v = 9223372036854775807; $v; $v.GetType().Name
### literal 9223372036854775808
$v = 9223372036854775808; $v; $v.GetType().Name
### literal 79228162514264337593543950335
$v = 79228162514264337593543950335; $v; $v.GetType().Name
### literal 1e308
$v = 1e308; $v; $v.GetType().Name
### literal 1e309
$v = 1e309; $v; $v.GetType().Name
### literal -1e309
$v = -1e309; $v; $v.GetType().Name
### literal 0.1
$v = 0.1; $v; $v.GetType().Name
### literal 100000000000000000000
$v = 100000000000000000000; $v; $v.GetType().Name
### literal 123456789012345678
$v = 123456789012345678; $v; $v.GetType().Name
### literal 1.0000000000000002
$v = 1.0000000000000002; $v; $v.GetType().Name
### literal 3.14159265358979
$v = 3.14159265358979; $v; $v.GetType().Name
### literal [double]::NaN
$v = [double]::NaN; $v; $v.GetType().Name
### literal [double]::PositiveInfinity
$v = [double]::PositiveInfinity; $v; $v.GetType().Name
### literal [double]::Epsilon
$v = [double]::Epsilon; $v; $v.GetType().Name
### literal -0.0
$v = -0.0; $v; $v.GetType().Name
### literal [byte]0
$v = [byte]0; $v; $v.GetType().Name
### literal [sbyte]-1
$v = [sbyte]-1; $v; $v.GetType().Name
### literal [int16]5
$v = [int16]5; $v; $v.GetType().Name
### literal [uint16]5
$v = [uint16]5; $v; $v.GetType().Name
### literal [long]1
$v = [long]1; $v; $v.GetType().Name
### literal [uint64]1
$v = [uint64]1; $v; $v.GetType().Name
### literal [decimal]1
$v = [decimal]1; $v; $v.GetType().Name
### literal [decimal]1.50
$v = [decimal]1.50; $v; $v.GetType().Name
### literal [double]2
$v = [double]2; $v; $v.GetType().Name
### literal [single]2.5
$v = [single]2.5; $v; $v.GetType().Name
### literal [float]1.1
$v = [float]1.1; $v; $v.GetType().Name
### literal [bigint]5
$v = [bigint]5; $v; $v.GetType().Name
### literal [bigint]'123456789012345678901234567890'
$v = [bigint]'123456789012345678901234567890'; $v; $v.GetType().Name
### literal [int]::MaxValue
$v = [int]::MaxValue; $v; $v.GetType().Name
### literal [int]::MinValue
$v = [int]::MinValue; $v; $v.GetType().Name
### literal [long]::MaxValue
$v = [long]::MaxValue; $v; $v.GetType().Name
### literal [double]::MaxValue
$v = [double]::MaxValue; $v; $v.GetType().Name
### literal [decimal]::MaxValue
$v = [decimal]::MaxValue; $v; $v.GetType().Name
### literal [byte]::MaxValue
$v = [byte]::MaxValue; $v; $v.GetType().Name
### literal [single]::MaxValue
$v = [single]::MaxValue; $v; $v.GetType().Name
### in string 1.0
$v = 1.0; "[$v]"
### tostring 1.0
(1.0).ToString()
### in string 2.50
$v = 2.50; "[$v]"
### tostring 2.50
(2.50).ToString()
### in string 1e2
$v = 1e2; "[$v]"
### tostring 1e2
(1e2).ToString()
### in string 100.0
$v = 100.0; "[$v]"
### tostring 100.0
(100.0).ToString()
### in string [decimal]2.50
$v = [decimal]2.50; "[$v]"
### tostring [decimal]2.50
([decimal]2.50).ToString()
### in string [double]2
$v = [double]2; "[$v]"
### tostring [double]2
([double]2).ToString()
### in string 0.1+0.2
$v = 0.1+0.2; "[$v]"
### tostring 0.1+0.2
(0.1+0.2).ToString()
### in string 1/3
$v = 1/3; "[$v]"
### tostring 1/3
(1/3).ToString()
### in string 2/3
$v = 2/3; "[$v]"
### tostring 2/3
(2/3).ToString()
### in string 10/2
$v = 10/2; "[$v]"
### tostring 10/2
(10/2).ToString()
### in string 10/4
$v = 10/4; "[$v]"
### tostring 10/4
(10/4).ToString()
### in string [single]1/3
$v = [single]1/3; "[$v]"
### tostring [single]1/3
([single]1/3).ToString()
### in string 1e15
$v = 1e15; "[$v]"
### tostring 1e15
(1e15).ToString()
### in string 1e16
$v = 1e16; "[$v]"
### tostring 1e16
(1e16).ToString()
### in string 1e-5
$v = 1e-5; "[$v]"
### tostring 1e-5
(1e-5).ToString()
### in string 123456789.123456789
$v = 123456789.123456789; "[$v]"
### tostring 123456789.123456789
(123456789.123456789).ToString()
### in string -1.5
$v = -1.5; "[$v]"
### tostring -1.5
(-1.5).ToString()
### in string [decimal]1/3
$v = [decimal]1/3; "[$v]"
### tostring [decimal]1/3
([decimal]1/3).ToString()
### in string [math]::PI*1e10
$v = [math]::PI*1e10; "[$v]"
### tostring [math]::PI*1e10
([math]::PI*1e10).ToString()
### in table 1
[pscustomobject]@{ Name = 'n'; Value = 1 } | Format-Table
### in list 1
[pscustomobject]@{ Name = 'n'; Value = 1 } | Format-List
### to json 1
1 | ConvertTo-Json
### in table 1.0
[pscustomobject]@{ Name = 'n'; Value = 1.0 } | Format-Table
### in list 1.0
[pscustomobject]@{ Name = 'n'; Value = 1.0 } | Format-List
### to json 1.0
1.0 | ConvertTo-Json
### in table 1.5
[pscustomobject]@{ Name = 'n'; Value = 1.5 } | Format-Table
### in list 1.5
[pscustomobject]@{ Name = 'n'; Value = 1.5 } | Format-List
### to json 1.5
1.5 | ConvertTo-Json
### in table [decimal]1.50
[pscustomobject]@{ Name = 'n'; Value = [decimal]1.50 } | Format-Table
### in list [decimal]1.50
[pscustomobject]@{ Name = 'n'; Value = [decimal]1.50 } | Format-List
### to json [decimal]1.50
[decimal]1.50 | ConvertTo-Json
### in table [long]5
[pscustomobject]@{ Name = 'n'; Value = [long]5 } | Format-Table
### in list [long]5
[pscustomobject]@{ Name = 'n'; Value = [long]5 } | Format-List
### to json [long]5
[long]5 | ConvertTo-Json
### in table [double]2
[pscustomobject]@{ Name = 'n'; Value = [double]2 } | Format-Table
### in list [double]2
[pscustomobject]@{ Name = 'n'; Value = [double]2 } | Format-List
### to json [double]2
[double]2 | ConvertTo-Json
### in table 1e20
[pscustomobject]@{ Name = 'n'; Value = 1e20 } | Format-Table
### in list 1e20
[pscustomobject]@{ Name = 'n'; Value = 1e20 } | Format-List
### to json 1e20
1e20 | ConvertTo-Json
### in table 0.1+0.2
[pscustomobject]@{ Name = 'n'; Value = 0.1+0.2 } | Format-Table
### in list 0.1+0.2
[pscustomobject]@{ Name = 'n'; Value = 0.1+0.2 } | Format-List
### to json 0.1+0.2
0.1+0.2 | ConvertTo-Json
### in table [single]0.1
[pscustomobject]@{ Name = 'n'; Value = [single]0.1 } | Format-Table
### in list [single]0.1
[pscustomobject]@{ Name = 'n'; Value = [single]0.1 } | Format-List
### to json [single]0.1
[single]0.1 | ConvertTo-Json
### in table 1/3
[pscustomobject]@{ Name = 'n'; Value = 1/3 } | Format-Table
### in list 1/3
[pscustomobject]@{ Name = 'n'; Value = 1/3 } | Format-List
### to json 1/3
1/3 | ConvertTo-Json
### in table [byte]7
[pscustomobject]@{ Name = 'n'; Value = [byte]7 } | Format-Table
### in list [byte]7
[pscustomobject]@{ Name = 'n'; Value = [byte]7 } | Format-List
### to json [byte]7
[byte]7 | ConvertTo-Json
### in table 12345678.9
[pscustomobject]@{ Name = 'n'; Value = 12345678.9 } | Format-Table
### in list 12345678.9
[pscustomobject]@{ Name = 'n'; Value = 12345678.9 } | Format-List
### to json 12345678.9
12345678.9 | ConvertTo-Json
### arith [int]::MaxValue + 1
$v = [int]::MaxValue + 1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]::MaxValue * 2
$v = [int]::MaxValue * 2; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [long]::MaxValue + 1
$v = [long]::MaxValue + 1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]::MinValue - 1
$v = [int]::MinValue - 1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]::MaxValue + [int]::MaxValue
$v = [int]::MaxValue + [int]::MaxValue; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 2147483647 + 1L
$v = 2147483647 + 1L; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [byte]255 + 1
$v = [byte]255 + 1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [byte]10 + [byte]10
$v = [byte]10 + [byte]10; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int16]30000 + [int16]30000
$v = [int16]30000 + [int16]30000; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [decimal]::MaxValue + 1
$v = [decimal]::MaxValue + 1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [double]::MaxValue * 2
$v = [double]::MaxValue * 2; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 1e308 * 10
$v = 1e308 * 10; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [uint32]1 - 2
$v = [uint32]1 - 2; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]5 / [int]2
$v = [int]5 / [int]2; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 6 / 3
$v = 6 / 3; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [long]6 / [long]3
$v = [long]6 / [long]3; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [decimal]6 / 4
$v = [decimal]6 / 4; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [decimal]1 / 3
$v = [decimal]1 / 3; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 5 % 2.5
$v = 5 % 2.5; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [long]7 % 2
$v = [long]7 % 2; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 2 * 0.5
$v = 2 * 0.5; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [float]1 + 1
$v = [float]1 + 1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [single]1.1 + [double]1
$v = [single]1.1 + [double]1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 0.1 * 3
$v = 0.1 * 3; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 1 - 0.9
$v = 1 - 0.9; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [decimal]0.1 * 3
$v = [decimal]0.1 * 3; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 100 * 1.1
$v = 100 * 1.1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [math]::Pow(10, 20)
$v = [math]::Pow(10, 20); $v; if ($null -ne $v) { $v.GetType().Name }
### arith [math]::Pow(2, 0.5)
$v = [math]::Pow(2, 0.5); $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]1e10
$v = [int]1e10; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [long]1e19
$v = [long]1e19; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int][double]::NaN
$v = [int][double]::NaN; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]'1' + '2'
$v = [int]'1' + '2'; $v; if ($null -ne $v) { $v.GetType().Name }
### arith '1' + [int]'2'
$v = '1' + [int]'2'; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]1.5
$v = [int]1.5; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]2.5
$v = [int]2.5; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]-1.5
$v = [int]-1.5; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int][decimal]2.5
$v = [int][decimal]2.5; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [long]2.5
$v = [long]2.5; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [math]::Round(0.5)
$v = [math]::Round(0.5); $v; if ($null -ne $v) { $v.GetType().Name }
### arith [math]::Round(1.5)
$v = [math]::Round(1.5); $v; if ($null -ne $v) { $v.GetType().Name }
### arith [math]::Round(-0.5)
$v = [math]::Round(-0.5); $v; if ($null -ne $v) { $v.GetType().Name }
### arith [math]::Round(2.5, [MidpointRounding]::AwayFromZero)
$v = [math]::Round(2.5, [MidpointRounding]::AwayFromZero); $v; if ($null -ne $v) { $v.GetType().Name }
### arith [decimal]::Round(2.345, 2)
$v = [decimal]::Round(2.345, 2); $v; if ($null -ne $v) { $v.GetType().Name }
### arith [math]::Round([decimal]2.345, 2)
$v = [math]::Round([decimal]2.345, 2); $v; if ($null -ne $v) { $v.GetType().Name }
### arith 1.23456789e-7
$v = 1.23456789e-7; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [double]'1.5'
$v = [double]'1.5'; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [double]'1.5e3'
$v = [double]'1.5e3'; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [decimal]'1.5e3'
$v = [decimal]'1.5e3'; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]'+5'
$v = [int]'+5'; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]'-0'
$v = [int]'-0'; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 0.1 + 0.2 -eq 0.3
$v = 0.1 + 0.2 -eq 0.3; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [decimal]0.1 + [decimal]0.2 -eq [decimal]0.3
$v = [decimal]0.1 + [decimal]0.2 -eq [decimal]0.3; $v; if ($null -ne $v) { $v.GetType().Name }
### arith (0.1 + 0.2).ToString('R')
$v = (0.1 + 0.2).ToString('R'); $v; if ($null -ne $v) { $v.GetType().Name }
### arith 1e16 + 1
$v = 1e16 + 1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [long]1e16 + 1
$v = [long]1e16 + 1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 9007199254740993
$v = 9007199254740993; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [long]9007199254740993
$v = [long]9007199254740993; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 9007199254740993 + 0
$v = 9007199254740993 + 0; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [double]9007199254740993
$v = [double]9007199254740993; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [long]::MaxValue - 1
$v = [long]::MaxValue - 1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [long]::MaxValue / 2
$v = [long]::MaxValue / 2; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [uint64]::MaxValue
$v = [uint64]::MaxValue; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [uint64]::MaxValue + 1
$v = [uint64]::MaxValue + 1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith -[int]::MinValue
$v = -[int]::MinValue; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [math]::Abs([int]::MinValue)
$v = [math]::Abs([int]::MinValue); $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]::MinValue / -1
$v = [int]::MinValue / -1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 5 -shl 30
$v = 5 -shl 30; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [long]5 -shl 40
$v = [long]5 -shl 40; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 0xFFFFFFFF + 1
$v = 0xFFFFFFFF + 1; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [convert]::ToInt64('7FFFFFFFFFFFFFFF', 16)
$v = [convert]::ToInt64('7FFFFFFFFFFFFFFF', 16); $v; if ($null -ne $v) { $v.GetType().Name }
### arith [double]1/0
$v = [double]1/0; $v; if ($null -ne $v) { $v.GetType().Name }
### arith -1/[double]0
$v = -1/[double]0; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 0/[double]0
$v = 0/[double]0; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 1/0.0
$v = 1/0.0; $v; if ($null -ne $v) { $v.GetType().Name }
### arith [int]1/0
$v = [int]1/0; $v; if ($null -ne $v) { $v.GetType().Name }
### arith 1 % 0
$v = 1 % 0; $v; if ($null -ne $v) { $v.GetType().Name }
### format N0 of 1234.5678
(1234.5678).ToString('N0')
### format N0 of -1234.5678
(-1234.5678).ToString('N0')
### format N0 of 0.5
(0.5).ToString('N0')
### format N0 of 42
(42).ToString('N0')
### format N2 of 1234.5678
(1234.5678).ToString('N2')
### format N2 of -1234.5678
(-1234.5678).ToString('N2')
### format N2 of 0.5
(0.5).ToString('N2')
### format N2 of 42
(42).ToString('N2')
### format F1 of 1234.5678
(1234.5678).ToString('F1')
### format F1 of -1234.5678
(-1234.5678).ToString('F1')
### format F1 of 0.5
(0.5).ToString('F1')
### format F1 of 42
(42).ToString('F1')
### format F4 of 1234.5678
(1234.5678).ToString('F4')
### format F4 of -1234.5678
(-1234.5678).ToString('F4')
### format F4 of 0.5
(0.5).ToString('F4')
### format F4 of 42
(42).ToString('F4')
### format C of 1234.5678
(1234.5678).ToString('C')
### format C of -1234.5678
(-1234.5678).ToString('C')
### format C of 0.5
(0.5).ToString('C')
### format C of 42
(42).ToString('C')
### format C0 of 1234.5678
(1234.5678).ToString('C0')
### format C0 of -1234.5678
(-1234.5678).ToString('C0')
### format C0 of 0.5
(0.5).ToString('C0')
### format C0 of 42
(42).ToString('C0')
### format P0 of 1234.5678
(1234.5678).ToString('P0')
### format P0 of -1234.5678
(-1234.5678).ToString('P0')
### format P0 of 0.5
(0.5).ToString('P0')
### format P0 of 42
(42).ToString('P0')
### format P1 of 1234.5678
(1234.5678).ToString('P1')
### format P1 of -1234.5678
(-1234.5678).ToString('P1')
### format P1 of 0.5
(0.5).ToString('P1')
### format P1 of 42
(42).ToString('P1')
### format E2 of 1234.5678
(1234.5678).ToString('E2')
### format E2 of -1234.5678
(-1234.5678).ToString('E2')
### format E2 of 0.5
(0.5).ToString('E2')
### format E2 of 42
(42).ToString('E2')
### format e3 of 1234.5678
(1234.5678).ToString('e3')
### format e3 of -1234.5678
(-1234.5678).ToString('e3')
### format e3 of 0.5
(0.5).ToString('e3')
### format e3 of 42
(42).ToString('e3')
### format G of 1234.5678
(1234.5678).ToString('G')
### format G of -1234.5678
(-1234.5678).ToString('G')
### format G of 0.5
(0.5).ToString('G')
### format G of 42
(42).ToString('G')
### format G3 of 1234.5678
(1234.5678).ToString('G3')
### format G3 of -1234.5678
(-1234.5678).ToString('G3')
### format G3 of 0.5
(0.5).ToString('G3')
### format G3 of 42
(42).ToString('G3')
### format D5 of 42
(42).ToString('D5')
### format X of 42
(42).ToString('X')
### format x8 of 42
(42).ToString('x8')
### format R of 1234.5678
(1234.5678).ToString('R')
### format R of -1234.5678
(-1234.5678).ToString('R')
### format R of 0.5
(0.5).ToString('R')
### format R of 42
(42).ToString('R')
### format 0.00 of 1234.5678
(1234.5678).ToString('0.00')
### format 0.00 of -1234.5678
(-1234.5678).ToString('0.00')
### format 0.00 of 0.5
(0.5).ToString('0.00')
### format 0.00 of 42
(42).ToString('0.00')
### format #,##0 of 1234.5678
(1234.5678).ToString('#,##0')
### format #,##0 of -1234.5678
(-1234.5678).ToString('#,##0')
### format #,##0 of 0.5
(0.5).ToString('#,##0')
### format #,##0 of 42
(42).ToString('#,##0')
### format 000.# of 1234.5678
(1234.5678).ToString('000.#')
### format 000.# of -1234.5678
(-1234.5678).ToString('000.#')
### format 000.# of 0.5
(0.5).ToString('000.#')
### format 000.# of 42
(42).ToString('000.#')
### format #.## of 1234.5678
(1234.5678).ToString('#.##')
### format #.## of -1234.5678
(-1234.5678).ToString('#.##')
### format #.## of 0.5
(0.5).ToString('#.##')
### format #.## of 42
(42).ToString('#.##')
### format 0.0E+0 of 1234.5678
(1234.5678).ToString('0.0E+0')
### format 0.0E+0 of -1234.5678
(-1234.5678).ToString('0.0E+0')
### format 0.0E+0 of 0.5
(0.5).ToString('0.0E+0')
### format 0.0E+0 of 42
(42).ToString('0.0E+0')
### format 0% of 1234.5678
(1234.5678).ToString('0%')
### format 0% of -1234.5678
(-1234.5678).ToString('0%')
### format 0% of 0.5
(0.5).ToString('0%')
### format 0% of 42
(42).ToString('0%')
### format #,##0.00;(#,##0.00) of 1234.5678
(1234.5678).ToString('#,##0.00;(#,##0.00)')
### format #,##0.00;(#,##0.00) of -1234.5678
(-1234.5678).ToString('#,##0.00;(#,##0.00)')
### format #,##0.00;(#,##0.00) of 0.5
(0.5).ToString('#,##0.00;(#,##0.00)')
### format #,##0.00;(#,##0.00) of 42
(42).ToString('#,##0.00;(#,##0.00)')
