# Operators and conversions: arithmetic across types, comparison, logic, bitwise, string
# operators, containment, type tests and casts. Each case prints the value and its type.
### 5 plus 2
$r = 5 + 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 minus 2
$r = 5 - 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 times 2
$r = 5 * 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 div 2
$r = 5 / 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 mod 2
$r = 5 % 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 plus 2.0
$r = 5 + 2.0; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 minus 2.0
$r = 5 - 2.0; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 times 2.0
$r = 5 * 2.0; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 div 2.0
$r = 5 / 2.0; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 mod 2.0
$r = 5 % 2.0; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 7 plus -2
$r = 7 + -2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 7 minus -2
$r = 7 - -2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 7 times -2
$r = 7 * -2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 7 div -2
$r = 7 / -2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 7 mod -2
$r = 7 % -2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### -7 plus 2
$r = -7 + 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### -7 minus 2
$r = -7 - 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### -7 times 2
$r = -7 * 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### -7 div 2
$r = -7 / 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### -7 mod 2
$r = -7 % 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 2.5 plus 2
$r = 2.5 + 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 2.5 minus 2
$r = 2.5 - 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 2.5 times 2
$r = 2.5 * 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 2.5 div 2
$r = 2.5 / 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 2.5 mod 2
$r = 2.5 % 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '10' plus 5
$r = '10' + 5; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '10' minus 5
$r = '10' - 5; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '10' times 5
$r = '10' * 5; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '10' div 5
$r = '10' / 5; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '10' mod 5
$r = '10' % 5; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 plus '10'
$r = 5 + '10'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 minus '10'
$r = 5 - '10'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 times '10'
$r = 5 * '10'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 div '10'
$r = 5 / '10'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 5 mod '10'
$r = 5 % '10'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '3.5' plus 2
$r = '3.5' + 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '3.5' minus 2
$r = '3.5' - 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '3.5' times 2
$r = '3.5' * 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '3.5' div 2
$r = '3.5' / 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '3.5' mod 2
$r = '3.5' % 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### $true plus 1
$r = $true + 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### $true minus 1
$r = $true - 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### $true times 1
$r = $true * 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### $true div 1
$r = $true / 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### $true mod 1
$r = $true % 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1 plus $true
$r = 1 + $true; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1 minus $true
$r = 1 - $true; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1 times $true
$r = 1 * $true; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1 div $true
$r = 1 / $true; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1 mod $true
$r = 1 % $true; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### $null plus 3
$r = $null + 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### $null minus 3
$r = $null - 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### $null times 3
$r = $null * 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### $null div 3
$r = $null / 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### $null mod 3
$r = $null % 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 3 plus $null
$r = 3 + $null; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 3 minus $null
$r = 3 - $null; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 3 times $null
$r = 3 * $null; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 3 div $null
$r = 3 / $null; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 3 mod $null
$r = 3 % $null; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [long]5 plus 2
$r = [long]5 + 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [long]5 minus 2
$r = [long]5 - 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [long]5 times 2
$r = [long]5 * 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [long]5 div 2
$r = [long]5 / 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [long]5 mod 2
$r = [long]5 % 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 2147483647 plus 1
$r = 2147483647 + 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 2147483647 minus 1
$r = 2147483647 - 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 2147483647 times 1
$r = 2147483647 * 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 2147483647 div 1
$r = 2147483647 / 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 2147483647 mod 1
$r = 2147483647 % 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [int]::MaxValue plus [int]::MaxValue
$r = [int]::MaxValue + [int]::MaxValue; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [int]::MaxValue minus [int]::MaxValue
$r = [int]::MaxValue - [int]::MaxValue; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [int]::MaxValue times [int]::MaxValue
$r = [int]::MaxValue * [int]::MaxValue; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [int]::MaxValue div [int]::MaxValue
$r = [int]::MaxValue / [int]::MaxValue; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [int]::MaxValue mod [int]::MaxValue
$r = [int]::MaxValue % [int]::MaxValue; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 9223372036854775807 plus 1
$r = 9223372036854775807 + 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 9223372036854775807 minus 1
$r = 9223372036854775807 - 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 9223372036854775807 times 1
$r = 9223372036854775807 * 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 9223372036854775807 div 1
$r = 9223372036854775807 / 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 9223372036854775807 mod 1
$r = 9223372036854775807 % 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [decimal]1.1 plus 2
$r = [decimal]1.1 + 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [decimal]1.1 minus 2
$r = [decimal]1.1 - 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [decimal]1.1 times 2
$r = [decimal]1.1 * 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [decimal]1.1 div 2
$r = [decimal]1.1 / 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [decimal]1.1 mod 2
$r = [decimal]1.1 % 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1.1 plus [decimal]2
$r = 1.1 + [decimal]2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1.1 minus [decimal]2
$r = 1.1 - [decimal]2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1.1 times [decimal]2
$r = 1.1 * [decimal]2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1.1 div [decimal]2
$r = 1.1 / [decimal]2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1.1 mod [decimal]2
$r = 1.1 % [decimal]2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 0x10 plus 0x0F
$r = 0x10 + 0x0F; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 0x10 minus 0x0F
$r = 0x10 - 0x0F; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 0x10 times 0x0F
$r = 0x10 * 0x0F; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 0x10 div 0x0F
$r = 0x10 / 0x0F; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 0x10 mod 0x0F
$r = 0x10 % 0x0F; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 'abc' plus 3
$r = 'abc' + 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 'abc' minus 3
$r = 'abc' - 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 'abc' times 3
$r = 'abc' * 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 'abc' div 3
$r = 'abc' / 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 'abc' mod 3
$r = 'abc' % 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1e3 plus 7
$r = 1e3 + 7; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1e3 minus 7
$r = 1e3 - 7; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1e3 times 7
$r = 1e3 * 7; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1e3 div 7
$r = 1e3 / 7; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1e3 mod 7
$r = 1e3 % 7; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [byte]200 plus [byte]100
$r = [byte]200 + [byte]100; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [byte]200 minus [byte]100
$r = [byte]200 - [byte]100; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [byte]200 times [byte]100
$r = [byte]200 * [byte]100; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [byte]200 div [byte]100
$r = [byte]200 / [byte]100; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [byte]200 mod [byte]100
$r = [byte]200 % [byte]100; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [char]'a' plus 1
$r = [char]'a' + 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [char]'a' minus 1
$r = [char]'a' - 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [char]'a' times 1
$r = [char]'a' * 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [char]'a' div 1
$r = [char]'a' / 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [char]'a' mod 1
$r = [char]'a' % 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1KB plus 1
$r = 1KB + 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1KB minus 1
$r = 1KB - 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1KB times 1
$r = 1KB * 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1KB div 1
$r = 1KB / 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1KB mod 1
$r = 1KB % 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 0.1 plus 0.2
$r = 0.1 + 0.2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 0.1 minus 0.2
$r = 0.1 - 0.2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 0.1 times 0.2
$r = 0.1 * 0.2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 0.1 div 0.2
$r = 0.1 / 0.2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 0.1 mod 0.2
$r = 0.1 % 0.2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 10 plus 4
$r = 10 + 4; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 10 minus 4
$r = 10 - 4; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 10 times 4
$r = 10 * 4; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 10 div 4
$r = 10 / 4; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 10 mod 4
$r = 10 % 4; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### -10 plus 4
$r = -10 + 4; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### -10 minus 4
$r = -10 - 4; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### -10 times 4
$r = -10 * 4; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### -10 div 4
$r = -10 / 4; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### -10 mod 4
$r = -10 % 4; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1 plus 3
$r = 1 + 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1 minus 3
$r = 1 - 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1 times 3
$r = 1 * 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1 div 3
$r = 1 / 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### 1 mod 3
$r = 1 % 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [double]7 plus 2
$r = [double]7 + 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [double]7 minus 2
$r = [double]7 - 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [double]7 times 2
$r = [double]7 * 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [double]7 div 2
$r = [double]7 / 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### [double]7 mod 2
$r = [double]7 % 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '0x1F' plus 1
$r = '0x1F' + 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '0x1F' minus 1
$r = '0x1F' - 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '0x1F' times 1
$r = '0x1F' * 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '0x1F' div 1
$r = '0x1F' / 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### '0x1F' mod 1
$r = '0x1F' % 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr 'ab' + 'cd'
$r = 'ab' + 'cd'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr 'ab' * 3
$r = 'ab' * 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr 'ab' * 0
$r = 'ab' * 0; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr '5' + 5
$r = '5' + 5; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr 5 + '5'
$r = 5 + '5'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr '5' * '3'
$r = '5' * '3'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr @(1,2) + 3
$r = @(1,2) + 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr @(1,2) + @(3,4)
$r = @(1,2) + @(3,4); if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr @(1,2) * 2
$r = @(1,2) * 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr 1 + @(2)
$r = 1 + @(2); if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr 'a' + $null
$r = 'a' + $null; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr $null + 'a'
$r = $null + 'a'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr $null + $null
$r = $null + $null; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr 'a' - 1
$r = 'a' - 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr @(1,2) - 1
$r = @(1,2) - 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr 'abc' / 2
$r = 'abc' / 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [datetime]'2024-01-01' + [timespan]'1.02:03:04'
$r = [datetime]'2024-01-01' + [timespan]'1.02:03:04'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [datetime]'2024-03-01' - [datetime]'2024-02-01'
$r = [datetime]'2024-03-01' - [datetime]'2024-02-01'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [timespan]'01:00:00' * 2
$r = [timespan]'01:00:00' * 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr 'x' + [char]'y'
$r = 'x' + [char]'y'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [char]'a' + [char]'b'
$r = [char]'a' + [char]'b'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr $true + $true
$r = $true + $true; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr @() + @()
$r = @() + @(); if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr @{a=1} + @{b=2}
$r = @{a=1} + @{b=2}; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr @{a=1} + @{a=2}
$r = @{a=1} + @{a=2}; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]'  42  '
$r = [int]'  42  '; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]'4 2'
$r = [int]'4 2'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]'0x20'
$r = [int]'0x20'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]'1e3'
$r = [int]'1e3'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]2.5
$r = [int]2.5; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]3.5
$r = [int]3.5; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]-2.5
$r = [int]-2.5; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]'2.5'
$r = [int]'2.5'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [long]'9223372036854775807'
$r = [long]'9223372036854775807'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]'2147483648'
$r = [int]'2147483648'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [byte]256
$r = [byte]256; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [byte]-1
$r = [byte]-1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [sbyte]127
$r = [sbyte]127; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [uint32]-1
$r = [uint32]-1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int16]40000
$r = [int16]40000; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [double]'1,000'
$r = [double]'1,000'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [double]'1e400'
$r = [double]'1e400'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [double]'-0'
$r = [double]'-0'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [decimal]'0.1' + [decimal]'0.2'
$r = [decimal]'0.1' + [decimal]'0.2'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [float]0.1
$r = [float]0.1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [single]1/3
$r = [single]1/3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [bool]'false'
$r = [bool]'false'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [bool]''
$r = [bool]''; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [bool]'0'
$r = [bool]'0'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [bool]0
$r = [bool]0; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [bool]@()
$r = [bool]@(); if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [bool]@(0)
$r = [bool]@(0); if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [bool]@(0,0)
$r = [bool]@(0,0); if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [bool]$null
$r = [bool]$null; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [string]$null
$r = [string]$null; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [string]@(1,2,3)
$r = [string]@(1,2,3); if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [string]1.0
$r = [string]1.0; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [string]1.5e20
$r = [string]1.5e20; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [char]65
$r = [char]65; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [char]'AB'
$r = [char]'AB'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int][char]'A'
$r = [int][char]'A'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]$true
$r = [int]$true; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]$null
$r = [int]$null; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]''
$r = [int]''; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int[]]'1'
$r = [int[]]'1'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int[]]@('1','2')
$r = [int[]]@('1','2'); if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [string[]]@(1,2)
$r = [string[]]@(1,2); if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [object[]]5
$r = [object[]]5; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [version]'1.2.3'
$r = [version]'1.2.3'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [version]'1.2' -lt [version]'1.10'
$r = [version]'1.2' -lt [version]'1.10'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [guid]'00000000-0000-0000-0000-000000000001'
$r = [guid]'00000000-0000-0000-0000-000000000001'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [regex]'a+'
$r = [regex]'a+'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [uri]'https://example.com/a?b=1'
$r = [uri]'https://example.com/a?b=1'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [System.IO.FileInfo]'a.txt'
$r = [System.IO.FileInfo]'a.txt'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [xml]'<a><b>1</b></a>'
$r = [xml]'<a><b>1</b></a>'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [scriptblock]'1+1'
$r = [scriptblock]'1+1'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [type]'int'
$r = [type]'int'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]'abc'
$r = [int]'abc'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [datetime]'garbage'
$r = [datetime]'garbage'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [int]@(1,2)
$r = [int]@(1,2); if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [ipaddress]'10.0.0.1'
$r = [ipaddress]'10.0.0.1'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [mailaddress]'a@b.com'
$r = [mailaddress]'a@b.com'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### expr [System.Net.Mail.MailAddress]'Bob <bob@contoso.com>'
$r = [System.Net.Mail.MailAddress]'Bob <bob@contoso.com>'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### cmp 1 -eq 1
1 -eq 1
### cmp 1 -eq '1'
1 -eq '1'
### cmp '1' -eq 1
'1' -eq 1
### cmp '1.0' -eq 1
'1.0' -eq 1
### cmp 1 -eq '1.0'
1 -eq '1.0'
### cmp 'a' -eq 'A'
'a' -eq 'A'
### cmp 'a' -ceq 'A'
'a' -ceq 'A'
### cmp 'a' -ieq 'A'
'a' -ieq 'A'
### cmp 'abc' -lt 'abd'
'abc' -lt 'abd'
### cmp 'B' -gt 'a'
'B' -gt 'a'
### cmp 'B' -cgt 'a'
'B' -cgt 'a'
### cmp 10 -gt 9
10 -gt 9
### cmp '10' -gt 9
'10' -gt 9
### cmp 10 -gt '9'
10 -gt '9'
### cmp '10' -gt '9'
'10' -gt '9'
### cmp $null -eq 0
$null -eq 0
### cmp 0 -eq $null
0 -eq $null
### cmp $null -eq $null
$null -eq $null
### cmp $null -lt 1
$null -lt 1
### cmp $null -gt -1
$null -gt -1
### cmp '' -eq $null
'' -eq $null
### cmp $null -eq ''
$null -eq ''
### cmp @(1,2,3) -eq 2
@(1,2,3) -eq 2
### cmp @(1,2,3) -ne 2
@(1,2,3) -ne 2
### cmp @(1,2,3,2) -eq 2
@(1,2,3,2) -eq 2
### cmp @('a','b') -eq 'A'
@('a','b') -eq 'A'
### cmp @(1,2,3) -gt 1
@(1,2,3) -gt 1
### cmp @() -eq 1
@() -eq 1
### cmp @($null,1) -eq $null
@($null,1) -eq $null
### cmp 1 -eq @(1)
1 -eq @(1)
### cmp $true -eq 'true'
$true -eq 'true'
### cmp 'true' -eq $true
'true' -eq $true
### cmp $true -eq 1
$true -eq 1
### cmp 1 -eq $true
1 -eq $true
### cmp $false -eq ''
$false -eq ''
### cmp '' -eq $false
'' -eq $false
### cmp 2 -eq 2.0
2 -eq 2.0
### cmp 2.0 -eq '2'
2.0 -eq '2'
### cmp [long]1 -eq 1
[long]1 -eq 1
### cmp 1.1 -eq [decimal]1.1
1.1 -eq [decimal]1.1
### cmp [datetime]'2024-01-01' -lt [datetime]'2024-01-02'
[datetime]'2024-01-01' -lt [datetime]'2024-01-02'
### cmp [datetime]'2024-01-01' -eq '2024-01-01'
[datetime]'2024-01-01' -eq '2024-01-01'
### cmp [version]'1.10' -gt [version]'1.9'
[version]'1.10' -gt [version]'1.9'
### cmp '1.10' -gt '1.9'
'1.10' -gt '1.9'
### cmp [char]'a' -eq 'a'
[char]'a' -eq 'a'
### cmp [char]'a' -eq 97
[char]'a' -eq 97
### cmp 97 -eq [char]'a'
97 -eq [char]'a'
### cmp 1 -le 1
1 -le 1
### cmp 1 -ge 2
1 -ge 2
### cmp 'abc' -ne 'ABC'
'abc' -ne 'ABC'
### cmp 'abc' -cne 'ABC'
'abc' -cne 'ABC'
### cmp (1,2) -contains 2
(1,2) -contains 2
### cmp (1,2) -contains '2'
(1,2) -contains '2'
### cmp ('a','b') -contains 'A'
('a','b') -contains 'A'
### cmp ('a','b') -ccontains 'A'
('a','b') -ccontains 'A'
### cmp 2 -in 1,2,3
2 -in 1,2,3
### cmp '2' -in 1,2,3
'2' -in 1,2,3
### cmp 4 -notin 1,2,3
4 -notin 1,2,3
### cmp (1,2) -notcontains 3
(1,2) -notcontains 3
### cmp $null -in @($null)
$null -in @($null)
### cmp @(1,2) -contains @(1,2)
@(1,2) -contains @(1,2)
### cmp 'abc' -contains 'b'
'abc' -contains 'b'
### str-op 'abc' -like 'a*'
'abc' -like 'a*'
### str-op 'abc' -like 'A*'
'abc' -like 'A*'
### str-op 'abc' -clike 'A*'
'abc' -clike 'A*'
### str-op 'abc' -notlike '*c'
'abc' -notlike '*c'
### str-op 'a.c' -like 'a?c'
'a.c' -like 'a?c'
### str-op 'a[c' -like 'a[c'
'a[c' -like 'a[c'
### str-op 'abc' -like '[a-b]bc'
'abc' -like '[a-b]bc'
### str-op 'abc' -like '*'
'abc' -like '*'
### str-op '' -like '*'
'' -like '*'
### str-op @('ab','cd','ae') -like 'a*'
@('ab','cd','ae') -like 'a*'
### str-op 'abc' -match 'B'
'abc' -match 'B'
### str-op 'abc' -cmatch 'B'
'abc' -cmatch 'B'
### str-op 'abc' -match '^(a)(?<rest>.*)$'; $Matches
'abc' -match '^(a)(?<rest>.*)$'; $Matches
### str-op 'abc' -notmatch 'x'
'abc' -notmatch 'x'
### str-op @('a1','b2','a3') -match 'a'
@('a1','b2','a3') -match 'a'
### str-op 'x' -match '('
'x' -match '('
### str-op 'aaa' -replace 'a','b'
'aaa' -replace 'a','b'
### str-op 'aaa' -creplace 'A','b'
'aaa' -creplace 'A','b'
### str-op 'John Smith' -replace '(\w+) (\w+)','$2, $1'
'John Smith' -replace '(\w+) (\w+)','$2, $1'
### str-op 'abc' -replace 'b'
'abc' -replace 'b'
### str-op 'a.b.c' -replace '.','-'
'a.b.c' -replace '.','-'
### str-op 'a.b.c' -replace '\.','-'
'a.b.c' -replace '\.','-'
### str-op 'abc' -replace '(?<x>b)','[${x}]'
'abc' -replace '(?<x>b)','[${x}]'
### str-op @('ab','cb') -replace 'b','x'
@('ab','cb') -replace 'b','x'
### str-op 'abc' -replace 'b',{ $_.Value.ToUpper() }
'abc' -replace 'b',{ $_.Value.ToUpper() }
### str-op 'a,b,,c' -split ','
'a,b,,c' -split ','
### str-op 'a,b,,c' -split ',',2
'a,b,,c' -split ',',2
### str-op 'a1b2c3' -split '\d'
'a1b2c3' -split '\d'
### str-op 'a1b2c3' -split '(\d)'
'a1b2c3' -split '(\d)'
### str-op -split '  a  b   c '
-split '  a  b   c '
### str-op 'a.b' -split '.', 0, 'SimpleMatch'
'a.b' -split '.', 0, 'SimpleMatch'
### str-op 'aXbxc' -split 'x'
'aXbxc' -split 'x'
### str-op 'aXbxc' -csplit 'x'
'aXbxc' -csplit 'x'
### str-op 'abc' -split ''
'abc' -split ''
### str-op 'a b' -split ' ',-1
'a b' -split ' ',-1
### str-op 'a,b;c' -split { $_ -eq ',' -or $_ -eq ';' }
'a,b;c' -split { $_ -eq ',' -or $_ -eq ';' }
### str-op @('a,b','c,d') -split ','
@('a,b','c,d') -split ','
### str-op 1,2,3 -join '-'
1,2,3 -join '-'
### str-op -join (1,2,3)
-join (1,2,3)
### str-op @() -join ','
@() -join ','
### str-op $null -join ','
$null -join ','
### str-op (1,$null,3) -join ','
(1,$null,3) -join ','
### str-op 'abc' -join ','
'abc' -join ','
### str-op @('a') * 3 -join ''
@('a') * 3 -join ''
### logic $true -and $false
$r = $true -and $false; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic $true -or $false
$r = $true -or $false; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic -not $true
$r = -not $true; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic -not 0
$r = -not 0; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic -not ''
$r = -not ''; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic -not 'false'
$r = -not 'false'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic !$null
$r = !$null; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic $true -xor $true
$r = $true -xor $true; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic 1 -and 'a'
$r = 1 -and 'a'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic @() -and $true
$r = @() -and $true; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic @(0) -or $false
$r = @(0) -or $false; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic 5 -band 3
$r = 5 -band 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic 5 -bor 3
$r = 5 -bor 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic 5 -bxor 3
$r = 5 -bxor 3; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic -bnot 5
$r = -bnot 5; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic 1 -shl 4
$r = 1 -shl 4; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic -16 -shr 2
$r = -16 -shr 2; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic 1 -shl 31
$r = 1 -shl 31; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic 1 -shl 32
$r = 1 -shl 32; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic [long]1 -shl 40
$r = [long]1 -shl 40; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic 0xFF -band '15'
$r = 0xFF -band '15'; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### logic $true -band 1
$r = $true -band 1; if ($null -eq $r) {'<null>'} else {$r; $r.GetType().FullName}
### type 5 -is [int]
5 -is [int]
### type 5 -is [long]
5 -is [long]
### type 5 -is [double]
5 -is [double]
### type 5.0 -is [double]
5.0 -is [double]
### type '5' -is [string]
'5' -is [string]
### type 5 -isnot [string]
5 -isnot [string]
### type @() -is [array]
@() -is [array]
### type @(1) -is [object[]]
@(1) -is [object[]]
### type $null -is [object]
$null -is [object]
### type [pscustomobject]@{} -is [pscustomobject]
[pscustomobject]@{} -is [pscustomobject]
### type @{} -is [hashtable]
@{} -is [hashtable]
### type [ordered]@{} -is [hashtable]
[ordered]@{} -is [hashtable]
### type [ordered]@{} -is [System.Collections.Specialized.OrderedDictionary]
[ordered]@{} -is [System.Collections.Specialized.OrderedDictionary]
### type '5' -as [int]
'5' -as [int]
### type 'x' -as [int]
'x' -as [int]
### type 5 -as [string]
5 -as [string]
### type '2024-01-01' -as [datetime]
'2024-01-01' -as [datetime]
### type 5 -as [double]
5 -as [double]
### type '1,2' -as [int[]]
'1,2' -as [int[]]
### type $null -as [int]
$null -as [int]
### type 3.7 -as [int]
3.7 -as [int]
### type '0x10' -as [int]
'0x10' -as [int]
### type [int] -eq [int32]
[int] -eq [int32]
### type [int].Name
[int].Name
### type [int].FullName
[int].FullName
### type [string[]].Name
[string[]].Name
### type [System.Collections.Generic.List[int]].Name
[System.Collections.Generic.List[int]].Name
### type [hashtable].FullName
[hashtable].FullName
### type 5 -is 'int'
5 -is 'int'
### type 5 -is 'System.Int32'
5 -is 'System.Int32'
### range 1..5
1..5
### range 5..1
5..1
### range -2..2
-2..2
### range 'a'..'e'
'a'..'e'
### range 1.5..4
1.5..4
### range 1..1
1..1
### range (1..10).Count
(1..10).Count
### range $a=3; 1..$a
$a=3; 1..$a
### range 0..-3
0..-3
### range [char]'a'..[char]'c'
[char]'a'..[char]'c'
### misc $x = 5; $x += 2; $x
$x = 5; $x += 2; $x
### misc $x = 'a'; $x += 1; $x
$x = 'a'; $x += 1; $x
### misc $x = @(1); $x += 2; $x.Count
$x = @(1); $x += 2; $x.Count
### misc $x = 10; $x -= 3; $x *= 2; $x /= 7; $x; $x.GetType().Name
$x = 10; $x -= 3; $x *= 2; $x /= 7; $x; $x.GetType().Name
### misc $x = 7; $x %= 4; $x
$x = 7; $x %= 4; $x
### misc $x = 5; $x++; $x
$x = 5; $x++; $x
### misc $x = 5; $y = $x++; "$x $y"
$x = 5; $y = $x++; "$x $y"
### misc $x = 5; $y = ++$x; "$x $y"
$x = 5; $y = ++$x; "$x $y"
### misc $x = $null; $x++; $x
$x = $null; $x++; $x
### misc $x = 'a'; $x++
$x = 'a'; $x++
### misc $i = [int]::MaxValue; $i++; $i; $i.GetType().Name
$i = [int]::MaxValue; $i++; $i; $i.GetType().Name
### misc $a, $b = 1, 2; "$a $b"
$a, $b = 1, 2; "$a $b"
### misc $a, $b = 1, 2, 3; $b
$a, $b = 1, 2, 3; $b
### misc $a = $b = 3; $a + $b
$a = $b = 3; $a + $b
### misc [int]$x = '5'; $x + 1
[int]$x = '5'; $x + 1
### misc [int]$x = 5; $x = 'abc'
[int]$x = 5; $x = 'abc'
### misc [string]$s = 5; $s + 1
[string]$s = 5; $s + 1
### misc $x = 1,2,3; $x[-1]
$x = 1,2,3; $x[-1]
### misc $null ?? 'default'
$null ?? 'default'
### misc 'value' ?? 'default'
'value' ?? 'default'
### misc $x = $null; $x ??= 4; $x
$x = $null; $x ??= 4; $x
### misc $true ? 'yes' : 'no'
$true ? 'yes' : 'no'
### misc $null?.Length
$null?.Length
### misc (1 -eq 1) ? 1 : 2
(1 -eq 1) ? 1 : 2
### misc 5 -gt 3 -and 2 -lt 1
5 -gt 3 -and 2 -lt 1
### misc 1 + 2 * 3
1 + 2 * 3
### misc (1 + 2) * 3
(1 + 2) * 3
### misc 2 - -2
2 - -2
### misc - -5
- -5
### misc -'5'
-'5'
### misc +'5'
+'5'
### misc -'abc'
-'abc'
### misc 10 / 4 * 2
10 / 4 * 2
### misc 7 % -3
7 % -3
### misc -7 % 3
-7 % 3
### misc [math]::Round(2.5)
[math]::Round(2.5)
### misc [math]::Round(3.5)
[math]::Round(3.5)
### misc [math]::Round(2.567, 2)
[math]::Round(2.567, 2)
### misc [math]::Floor(-2.5)
[math]::Floor(-2.5)
### misc [math]::Ceiling(2.1)
[math]::Ceiling(2.1)
### misc [math]::Abs(-3)
[math]::Abs(-3)
### misc [math]::Pow(2, 10)
[math]::Pow(2, 10)
### misc [math]::Sqrt(2)
[math]::Sqrt(2)
### misc [math]::Max(3, 7)
[math]::Max(3, 7)
### misc [math]::Min(3.5, 2)
[math]::Min(3.5, 2)
### misc [math]::PI
[math]::PI
### misc [math]::Truncate(-2.7)
[math]::Truncate(-2.7)
### misc [math]::Sign(-5)
[math]::Sign(-5)
### misc [math]::Round(1.005, 2)
[math]::Round(1.005, 2)
### misc [math]::Log10(1000)
[math]::Log10(1000)
### misc [math]::Log(8, 2)
[math]::Log(8, 2)
### misc [int]::Parse('42')
[int]::Parse('42')
### misc [double]::Parse('1.5')
[double]::Parse('1.5')
### misc [int]::TryParse('x', [ref]$null)
[int]::TryParse('x', [ref]$null)
### misc $n = 0; [int]::TryParse('12', [ref]$n); $n
$n = 0; [int]::TryParse('12', [ref]$n); $n
### misc [convert]::ToString(255, 2)
[convert]::ToString(255, 2)
### misc [convert]::ToString(255, 16)
[convert]::ToString(255, 16)
### misc [convert]::ToInt32('ff', 16)
[convert]::ToInt32('ff', 16)
### misc [convert]::ToBase64String([byte[]](1,2,3))
[convert]::ToBase64String([byte[]](1,2,3))
### misc [char]::IsDigit('5')
[char]::IsDigit('5')
### misc [bitconverter]::GetBytes(1)
[bitconverter]::GetBytes(1)
