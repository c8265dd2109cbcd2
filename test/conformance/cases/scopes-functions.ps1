# Scopes and functions: variable scoping, param blocks, return values, script blocks, closures, dot-sourcing.
### $x = 1; function f { $x }; f
$x = 1; function f { $x }; f
### $x = 1; function f { $x = 2 }; f; $x
$x = 1; function f { $x = 2 }; f; $x
### $x = 1; function f { $script:x = 2 }; f; $x
$x = 1; function f { $script:x = 2 }; f; $x
### $x = 1; function f { $global:x = 2 }; f; $x
$x = 1; function f { $global:x = 2 }; f; $x
### function f { $y = 5 }; f; $null -eq $y
function f { $y = 5 }; f; $null -eq $y
### $x = 1; & { $x = 2 }; $x
$x = 1; & { $x = 2 }; $x
### $x = 1; . { $x = 2 }; $x
$x = 1; . { $x = 2 }; $x
### $x = 1; function f { $x++; $x }; f; $x
$x = 1; function f { $x++; $x }; f; $x
### function f { $local:z = 1; g }; function g { $z }; f
function f { $local:z = 1; g }; function g { $z }; f
### function f { $private:p = 1; g }; function g { "[$p]" }; f
function f { $private:p = 1; g }; function g { "[$p]" }; f
### function f { Set-Variable -Name v -Value 3 -Scope 1 }; f; $v
function f { Set-Variable -Name v -Value 3 -Scope 1 }; f; $v
### function f { Get-Variable -Name x -Scope 1 -ValueOnly }; $x = 'outer'; f
function f { Get-Variable -Name x -Scope 1 -ValueOnly }; $x = 'outer'; f
### New-Variable -Name c -Value 1 -Option Constant; $c = 2
New-Variable -Name c -Value 1 -Option Constant; $c = 2
### Set-Variable -Name r -Value 1 -Option ReadOnly; $r = 2
Set-Variable -Name r -Value 1 -Option ReadOnly; $r = 2
### Set-Variable -Name r -Value 1 -Option ReadOnly; Remove-Variable r
Set-Variable -Name r -Value 1 -Option ReadOnly; Remove-Variable r
### $x = 5; Remove-Variable x; $null -eq $x
$x = 5; Remove-Variable x; $null -eq $x
### Get-Variable -Name nope
Get-Variable -Name nope
### Get-Variable -Name nope -ErrorAction SilentlyContinue; 'ok'
Get-Variable -Name nope -ErrorAction SilentlyContinue; 'ok'
### $x=1; Get-Variable x
$x=1; Get-Variable x
### $x=1; Get-Variable x | Format-List
$x=1; Get-Variable x | Format-List
### Clear-Variable -Name nope
Clear-Variable -Name nope
### $x = 5; Clear-Variable x; $null -eq $x
$x = 5; Clear-Variable x; $null -eq $x
### Test-Path variable:x
Test-Path variable:x
### $x=1; Test-Path variable:x
$x=1; Test-Path variable:x
### $x = 1; $ExecutionContext.SessionState.PSVariable.GetValue('x')
$x = 1; $ExecutionContext.SessionState.PSVariable.GetValue('x')
### function f { 'a'; 'b' }; f
function f { 'a'; 'b' }; f
### function f { return 'a'; 'b' }; f
function f { return 'a'; 'b' }; f
### function f { 'a'; return }; f
function f { 'a'; return }; f
### function f { Write-Output 'a' -NoEnumerate }; f
function f { Write-Output 'a' -NoEnumerate }; f
### function f { $null }; (f) -eq $null
function f { $null }; (f) -eq $null
### function f { }; $r = f; $null -eq $r
function f { }; $r = f; $null -eq $r
### function f { param($a, $b) "$a-$b" }; f 1 2
function f { param($a, $b) "$a-$b" }; f 1 2
### function f { param($a, $b) "$a-$b" }; f -b 1 -a 2
function f { param($a, $b) "$a-$b" }; f -b 1 -a 2
### function f { param($a) $a }; f
function f { param($a) $a }; f
### function f { "$args" }; f 1 2 3
function f { "$args" }; f 1 2 3
### function f { $args.Count }; f
function f { $args.Count }; f
### function f { $args[1] }; f a b c
function f { $args[1] }; f a b c
### function f($a, $b) { $a + $b }; f 1 2
function f($a, $b) { $a + $b }; f 1 2
### function f($a, $b) { $a + $b }; f(1, 2)
function f($a, $b) { $a + $b }; f(1, 2)
### function f($a, $b) { "[$a][$b]" }; f(1, 2)
function f($a, $b) { "[$a][$b]" }; f(1, 2)
### function f { param([int]$n = 5) $n }; f
function f { param([int]$n = 5) $n }; f
### function f { param([int]$n = 5) $n }; f 7
function f { param([int]$n = 5) $n }; f 7
### function f { param([string]$s) $s.GetType().Name }; f 5
function f { param([string]$s) $s.GetType().Name }; f 5
### function f { param([switch]$s) $s }; f -s
function f { param([switch]$s) $s }; f -s
### function f { param([switch]$s) $s.IsPresent }; f
function f { param([switch]$s) $s.IsPresent }; f
### function f { param([switch]$s) [bool]$s }; f -s:$false
function f { param([switch]$s) [bool]$s }; f -s:$false
### function f { param($x) $PSBoundParameters }; f -x 1
function f { param($x) $PSBoundParameters }; f -x 1
### function f { param($x, $y) $PSBoundParameters.ContainsKey('y') }; f -x 1
function f { param($x, $y) $PSBoundParameters.ContainsKey('y') }; f -x 1
### function f { param($x) $MyInvocation.MyCommand.Name }; f
function f { param($x) $MyInvocation.MyCommand.Name }; f
### function f { $MyInvocation.Line }; f   # comment
function f { $MyInvocation.Line }; f   # comment
### function f { [CmdletBinding()] param() $PSCmdlet.GetType().Name }; f
function f { [CmdletBinding()] param() $PSCmdlet.GetType().Name }; f
### function f { [CmdletBinding()] param([Parameter(Mandatory)]$x) $x }; f -x 2
function f { [CmdletBinding()] param([Parameter(Mandatory)]$x) $x }; f -x 2
### function f { [CmdletBinding()] param($x) Write-Verbose 'v'; $x }; f -x 1 -Verbose
function f { [CmdletBinding()] param($x) Write-Verbose 'v'; $x }; f -x 1 -Verbose
### function f { [CmdletBinding()] param() Write-Verbose 'v' }; f
function f { [CmdletBinding()] param() Write-Verbose 'v' }; f
### function f { [CmdletBinding()] param() }; f -Nope 1
function f { [CmdletBinding()] param() }; f -Nope 1
### function f { param() }; f -Nope 1
function f { param() }; f -Nope 1
### function f { param() }; f extra
function f { param() }; f extra
### function f { [CmdletBinding()] param() }; f extra
function f { [CmdletBinding()] param() }; f extra
### function f { process { $_ * 2 } }; 1..3 | f
function f { process { $_ * 2 } }; 1..3 | f
### function f { begin { 'b' } process { "p$_" } end { 'e' } }; 1,2 | f
function f { begin { 'b' } process { "p$_" } end { 'e' } }; 1,2 | f
### function f { $input | ForEach-Object { $_ + 1 } }; 1,2 | f
function f { $input | ForEach-Object { $_ + 1 } }; 1,2 | f
### function f { @($input).Count }; 1..4 | f
function f { @($input).Count }; 1..4 | f
### function f { param([Parameter(ValueFromPipeline)]$x) process { "<$x>" } }; 'a','b' | f
function f { param([Parameter(ValueFromPipeline)]$x) process { "<$x>" } }; 'a','b' | f
### function f { param([Parameter(ValueFromPipelineByPropertyName)]$Name) process { $Name } }; [pscustomobject]@{Name='n'} | f
function f { param([Parameter(ValueFromPipelineByPropertyName)]$Name) process { $Name } }; [pscustomobject]@{Name='n'} | f
### function f { end { $_ } }; 1,2 | f
function f { end { $_ } }; 1,2 | f
### filter double { $_ * 2 }; 1..3 | double
filter double { $_ * 2 }; 1..3 | double
### $sb = { param($a) $a * 2 }; & $sb 4
$sb = { param($a) $a * 2 }; & $sb 4
### $sb = { $args[0] }; $sb.Invoke(5)
$sb = { $args[0] }; $sb.Invoke(5)
### $sb = { 1; 2 }; $r = $sb.Invoke(); $r.GetType().Name
$sb = { 1; 2 }; $r = $sb.Invoke(); $r.GetType().Name
### $sb = { 'x' }; $sb.InvokeReturnAsIs()
$sb = { 'x' }; $sb.InvokeReturnAsIs()
### $sb = { $x }; $x = 'late'; & $sb
$sb = { $x }; $x = 'late'; & $sb
### $x = 1; $sb = { $x }.GetNewClosure(); $x = 2; & $sb
$x = 1; $sb = { $x }.GetNewClosure(); $x = 2; & $sb
### function mk { param($v) { $v }.GetNewClosure() }; $c = mk 42; & $c
function mk { param($v) { $v }.GetNewClosure() }; $c = mk 42; & $c
### $sb = { param($a) }; $sb.Ast.ParamBlock.Parameters.Count
$sb = { param($a) }; $sb.Ast.ParamBlock.Parameters.Count
### { 1 + 1 }
{ 1 + 1 }
### { 1 + 1 }.ToString()
{ 1 + 1 }.ToString()
### $sb = [scriptblock]::Create('2 * 3'); & $sb
$sb = [scriptblock]::Create('2 * 3'); & $sb
### & { param($p) $p } -p 9
& { param($p) $p } -p 9
### & { $args } 1 2
& { $args } 1 2
### function f { 1 }; ${function:f}
function f { 1 }; ${function:f}
### function f { 1 }; (Get-Command f).CommandType
function f { 1 }; (Get-Command f).CommandType
### function f { 1 }; Get-Command f | Format-Table
function f { 1 }; Get-Command f | Format-Table
### function global:g { 'g' }; g
function global:g { 'g' }; g
### function f { 'one' }; function f { 'two' }; f
function f { 'one' }; function f { 'two' }; f
### function f { f2 }; function f2 { 'inner' }; f
function f { f2 }; function f2 { 'inner' }; f
### function f { param($n) if ($n -le 1) { 1 } else { $n * (f ($n - 1)) } }; f 10
function f { param($n) if ($n -le 1) { 1 } else { $n * (f ($n - 1)) } }; f 10
### function f { param($n) f ($n + 1) }; f 0
function f { param($n) f ($n + 1) }; f 0
### Remove-Item function:f -ErrorAction SilentlyContinue; function f { 1 }; Remove-Item function:f; f
Remove-Item function:f -ErrorAction SilentlyContinue; function f { 1 }; Remove-Item function:f; f
### Set-Alias -Name sq -Value Get-Date; (Get-Alias sq).Definition
Set-Alias -Name sq -Value Get-Date; (Get-Alias sq).Definition
### function f { 'real' }; Set-Alias ff f; ff
function f { 'real' }; Set-Alias ff f; ff
### $function:h = { 'from var' }; h
$function:h = { 'from var' }; h
### $f = 'Write-Output'; & $f 'called'
$f = 'Write-Output'; & $f 'called'
### $cmd = Get-Command Write-Output; & $cmd 'x'
$cmd = Get-Command Write-Output; & $cmd 'x'
### function f([int]$a) { $a }; f 'x'
function f([int]$a) { $a }; f 'x'
### function f([ValidateRange(1,5)]$a) { $a }; f 7
function f([ValidateRange(1,5)]$a) { $a }; f 7
### function f([ValidateSet('a','b')]$a) { $a }; f c
function f([ValidateSet('a','b')]$a) { $a }; f c
### function f([ValidateNotNullOrEmpty()]$a) { $a }; f ''
function f([ValidateNotNullOrEmpty()]$a) { $a }; f ''
### function f([ValidatePattern('^\d+$')]$a) { $a }; f x1
function f([ValidatePattern('^\d+$')]$a) { $a }; f x1
### function f([ValidateScript({ $_ -gt 3 })]$a) { $a }; f 1
function f([ValidateScript({ $_ -gt 3 })]$a) { $a }; f 1
### function f([ValidateCount(1,2)]$a) { $a }; f 1,2,3
function f([ValidateCount(1,2)]$a) { $a }; f 1,2,3
### function f([ValidateLength(1,3)]$a) { $a }; f abcd
function f([ValidateLength(1,3)]$a) { $a }; f abcd
### function f { param([Alias('n')]$Name) $Name }; f -n x
function f { param([Alias('n')]$Name) $Name }; f -n x
### function f { [OutputType([int])] param() 1 }; (Get-Command f).OutputType.Name
function f { [OutputType([int])] param() 1 }; (Get-Command f).OutputType.Name
### function f { param([Parameter(Mandatory)][string]$x) $x }; f -x ''
function f { param([Parameter(Mandatory)][string]$x) $x }; f -x ''
### function f { param([Parameter(Mandatory)][AllowEmptyString()][string]$x) "[$x]" }; f -x ''
function f { param([Parameter(Mandatory)][AllowEmptyString()][string]$x) "[$x]" }; f -x ''
### function f { param([int[]]$n) $n.Count }; f 1,2,3
function f { param([int[]]$n) $n.Count }; f 1,2,3
### function f { param([string[]]$s) $s -join '+' }; f a,b
function f { param([string[]]$s) $s -join '+' }; f a,b
### function f { param($a) $a.GetType().Name }; f 1,2
function f { param($a) $a.GetType().Name }; f 1,2
### function f { param($a) $a }; f -a:5
function f { param($a) $a }; f -a:5
### function f { param([bool]$b) $b }; f -b 0
function f { param([bool]$b) $b }; f -b 0
### function f { param([bool]$b) $b }; f -b 'x'
function f { param([bool]$b) $b }; f -b 'x'
### function f { $PSScriptRoot; 'x' }; f
function f { $PSScriptRoot; 'x' }; f
### $MyInvocation.MyCommand.CommandType
$MyInvocation.MyCommand.CommandType
### $PSVersionTable.PSVersion.Major -ge 7
$PSVersionTable.PSVersion.Major -ge 7
### $PSCommandPath
$PSCommandPath
### $null -eq $PSScriptRoot
$null -eq $PSScriptRoot
### Get-PSCallStack | Select-Object -First 1 -ExpandProperty Command
Get-PSCallStack | Select-Object -First 1 -ExpandProperty Command
### function Get-Thing { 'thing' }; Get-Thing
function Get-Thing { 'thing' }; Get-Thing
### function Get-Thing { 'thing' }; get-thing
function Get-Thing { 'thing' }; get-thing
### function f { $args | ForEach-Object { $_ } }; f -x 1
function f { $args | ForEach-Object { $_ } }; f -x 1
### function f { $args }; f -x:1
function f { $args }; f -x:1
### function f { param($a) }; f -a
function f { param($a) }; f -a
### function f { param($a) $a }; f -a -b
function f { param($a) $a }; f -a -b
