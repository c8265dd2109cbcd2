# switch, try/catch/finally, trap, loops and their labels, break/continue/return in pipelines.
### switch (2) { 1 { 'one' } 2 { 'two' } default { 'other' } }
switch (2) { 1 { 'one' } 2 { 'two' } default { 'other' } }
### switch (5) { 1 { 'one' } default { 'other' } }
switch (5) { 1 { 'one' } default { 'other' } }
### switch (1,2,3) { 2 { 'two' } default { "d$_" } }
switch (1,2,3) { 2 { 'two' } default { "d$_" } }
### switch ('abc') { 'ABC' { 'ci' } }
switch ('abc') { 'ABC' { 'ci' } }
### switch -CaseSensitive ('abc') { 'ABC' { 'cs' } default { 'none' } }
switch -CaseSensitive ('abc') { 'ABC' { 'cs' } default { 'none' } }
### switch -Wildcard ('hello') { 'h*' { 'wild' } 'x*' { 'no' } }
switch -Wildcard ('hello') { 'h*' { 'wild' } 'x*' { 'no' } }
### switch -Regex ('abc123') { '^\d' { 'digit' } '\d+$' { "ends $($Matches[0])" } }
switch -Regex ('abc123') { '^\d' { 'digit' } '\d+$' { "ends $($Matches[0])" } }
### switch -Exact ('a*') { 'a*' { 'exact' } }
switch -Exact ('a*') { 'a*' { 'exact' } }
### switch (3) { { $_ -gt 2 } { 'big' } { $_ -gt 1 } { 'bigger than 1' } }
switch (3) { { $_ -gt 2 } { 'big' } { $_ -gt 1 } { 'bigger than 1' } }
### switch (2) { 2 { 'first' } 2 { 'second' } }
switch (2) { 2 { 'first' } 2 { 'second' } }
### switch (2) { 2 { 'first'; break } 2 { 'second' } }
switch (2) { 2 { 'first'; break } 2 { 'second' } }
### switch (1,2,3) { 2 { continue } default { $_ } }
switch (1,2,3) { 2 { continue } default { $_ } }
### switch (1,2,3) { 2 { break } default { $_ } }
switch (1,2,3) { 2 { break } default { $_ } }
### switch ($null) { $null { 'null' } default { 'd' } }
switch ($null) { $null { 'null' } default { 'd' } }
### switch (@()) { default { 'never' } }; 'after'
switch (@()) { default { 'never' } }; 'after'
### switch ('') { '' { 'empty' } }
switch ('') { '' { 'empty' } }
### switch (1) { '1' { 'string one' } }
switch (1) { '1' { 'string one' } }
### switch ('1') { 1 { 'int one' } }
switch ('1') { 1 { 'int one' } }
### switch (1.0) { 1 { 'one' } }
switch (1.0) { 1 { 'one' } }
### switch ([datetime]'2024-03-05') { { $_.Year -eq 2024 } { 'y2024' } }
switch ([datetime]'2024-03-05') { { $_.Year -eq 2024 } { 'y2024' } }
### $r = switch (1,2) { 1 { 'a' } 2 { 'b' } }; $r.Count
$r = switch (1,2) { 1 { 'a' } 2 { 'b' } }; $r.Count
### switch -File nope.txt { default { $_ } }
switch -File nope.txt { default { $_ } }
### Set-Content f.txt 'l1','l2'; switch -File f.txt { 'l2' { 'found' } default { "line $_" } }
Set-Content f.txt 'l1','l2'; switch -File f.txt { 'l2' { 'found' } default { "line $_" } }
### switch ('a','b') { 'a' { $_.ToUpper() } }
switch ('a','b') { 'a' { $_.ToUpper() } }
### switch (1) { default { 'd1' } default { 'd2' } }
switch (1) { default { 'd1' } default { 'd2' } }
### switch -Regex ('a1', 'b2') { '(\w)(\d)' { $Matches[1] } }
switch -Regex ('a1', 'b2') { '(\w)(\d)' { $Matches[1] } }
### $x = 'q'; switch ($x) { 'q' { $x = 'changed' } }; $x
$x = 'q'; switch ($x) { 'q' { $x = 'changed' } }; $x
### switch (1) { 1 { return 'ret' } }; 'after'
switch (1) { 1 { return 'ret' } }; 'after'
### switch ('A') { 'a' { 'lower' } 'A' { 'upper' } }
switch ('A') { 'a' { 'lower' } 'A' { 'upper' } }
### try { 'body' } finally { 'fin' }
try { 'body' } finally { 'fin' }
### try { throw 'x' } catch { 'caught' } finally { 'fin' }
try { throw 'x' } catch { 'caught' } finally { 'fin' }
### try { throw 'x' } finally { 'fin' }
try { throw 'x' } finally { 'fin' }
### try { try { throw 'inner' } finally { 'inner fin' } } catch { "outer caught $_" }
try { try { throw 'inner' } finally { 'inner fin' } } catch { "outer caught $_" }
### try { try { throw 'inner' } catch { throw 'rethrown' } } catch { "outer: $_" }
try { try { throw 'inner' } catch { throw 'rethrown' } } catch { "outer: $_" }
### try { throw 'x' } catch { throw }
try { throw 'x' } catch { throw }
### try { 1/0 } catch { $_.Exception.Message }
try { 1/0 } catch { $_.Exception.Message }
### try { 1/0 } catch { $_.Exception.InnerException.Message }
try { 1/0 } catch { $_.Exception.InnerException.Message }
### try { [int]'x' } catch [System.Management.Automation.PSInvalidCastException] { 'cast' }
try { [int]'x' } catch [System.Management.Automation.PSInvalidCastException] { 'cast' }
### try { [int]'x' } catch [System.InvalidCastException] { 'base cast' }
try { [int]'x' } catch [System.InvalidCastException] { 'base cast' }
### try { $null.Foo() } catch { $_.Exception.GetType().Name }
try { $null.Foo() } catch { $_.Exception.GetType().Name }
### try { 'a'.Substring(9) } catch { $_.Exception.GetType().Name; $_.Exception.InnerException.GetType().Name }
try { 'a'.Substring(9) } catch { $_.Exception.GetType().Name; $_.Exception.InnerException.GetType().Name }
### try { Get-Nope } catch { $_.CategoryInfo.Category }
try { Get-Nope } catch { $_.CategoryInfo.Category }
### try { throw [System.IO.FileNotFoundException]::new('nf') } catch [System.IO.IOException] { 'io base' }
try { throw [System.IO.FileNotFoundException]::new('nf') } catch [System.IO.IOException] { 'io base' }
### try { throw 'x' } catch [System.ArgumentException], [System.InvalidOperationException] { 'multi' } catch { 'fallback' }
try { throw 'x' } catch [System.ArgumentException], [System.InvalidOperationException] { 'multi' } catch { 'fallback' }
### try { } catch { 'never' }; 'empty try'
try { } catch { 'never' }; 'empty try'
### function f { try { return 'r' } finally { 'f' } }; f
function f { try { return 'r' } finally { 'f' } }; f
### function f { try { return 'r' } finally { Write-Host 'fin host' } }; f
function f { try { return 'r' } finally { Write-Host 'fin host' } }; f
### foreach ($i in 1..3) { try { if ($i -eq 2) { continue }; $i } finally { "f$i" } }
foreach ($i in 1..3) { try { if ($i -eq 2) { continue }; $i } finally { "f$i" } }
### foreach ($i in 1..3) { try { if ($i -eq 2) { break }; $i } finally { "f$i" } }
foreach ($i in 1..3) { try { if ($i -eq 2) { break }; $i } finally { "f$i" } }
### try { Write-Error 'nt' } catch { 'not caught' }; 'after'
try { Write-Error 'nt' } catch { 'not caught' }; 'after'
### try { Write-Error 'nt' -ErrorAction Stop } catch { "caught $($_.Exception.GetType().Name)" }
try { Write-Error 'nt' -ErrorAction Stop } catch { "caught $($_.Exception.GetType().Name)" }
### try { throw } catch { $_.Exception.Message }
try { throw } catch { $_.Exception.Message }
### try { throw $null } catch { $_.Exception.Message }
try { throw $null } catch { $_.Exception.Message }
### $e = try { throw 'v' } catch { $_ }; $e.GetType().Name
$e = try { throw 'v' } catch { $_ }; $e.GetType().Name
### try { exit 3 } finally { 'fin before exit' }
try { exit 3 } finally { 'fin before exit' }
### trap { 'trapped'; continue } 1/0; 'after'
trap { 'trapped'; continue } 1/0; 'after'
### trap { 'trapped'; break } 1/0; 'after'
trap { 'trapped'; break } 1/0; 'after'
### trap { "t: $_" } 1/0; 'after'
trap { "t: $_" } 1/0; 'after'
### trap [System.DivideByZeroException] { 'dbz trap'; continue } 1/0; 'after'
trap [System.DivideByZeroException] { 'dbz trap'; continue } 1/0; 'after'
### function f { trap { 'ftrap'; return 'ret' } 1/0; 'f after' }; f
function f { trap { 'ftrap'; return 'ret' } 1/0; 'f after' }; f
### trap { 'outer' ; continue }; function f { 1/0; 'f continues' }; f; 'end'
trap { 'outer' ; continue }; function f { 1/0; 'f continues' }; f; 'end'
### & { trap { 'inner trap'; continue }; throw 'x'; 'in block' }; 'outside'
& { trap { 'inner trap'; continue }; throw 'x'; 'in block' }; 'outside'
### for ($i = 0; $i -lt 3; $i++) { $i }
for ($i = 0; $i -lt 3; $i++) { $i }
### for ($i = 0; $i -lt 3) { $i; $i += 2 }
for ($i = 0; $i -lt 3) { $i; $i += 2 }
### for (;;) { 'once'; break }
for (;;) { 'once'; break }
### $i = 0; while ($i -lt 3) { $i++ }; $i
$i = 0; while ($i -lt 3) { $i++ }; $i
### $i = 0; do { $i++ } while ($i -lt 3); $i
$i = 0; do { $i++ } while ($i -lt 3); $i
### $i = 0; do { $i++ } until ($i -ge 3); $i
$i = 0; do { $i++ } until ($i -ge 3); $i
### $i = 5; do { 'ran once' } while ($false)
$i = 5; do { 'ran once' } while ($false)
### foreach ($i in $null) { 'null iter' }; 'done'
foreach ($i in $null) { 'null iter' }; 'done'
### foreach ($i in @()) { 'x' }; 'done'
foreach ($i in @()) { 'x' }; 'done'
### foreach ($i in 5) { $i * 2 }
foreach ($i in 5) { $i * 2 }
### foreach ($c in 'abc') { $c }
foreach ($c in 'abc') { $c }
### foreach ($i in 1..3) { $i } ; $i
foreach ($i in 1..3) { $i } ; $i
### :outer foreach ($i in 1..3) { foreach ($j in 1..3) { if ($j -eq 2) { continue outer }; "$i$j" } }
:outer foreach ($i in 1..3) { foreach ($j in 1..3) { if ($j -eq 2) { continue outer }; "$i$j" } }
### :outer foreach ($i in 1..3) { foreach ($j in 1..3) { if ($j -eq 2) { break outer }; "$i$j" } }; 'end'
:outer foreach ($i in 1..3) { foreach ($j in 1..3) { if ($j -eq 2) { break outer }; "$i$j" } }; 'end'
### :a while ($true) { :b while ($true) { break a } }; 'out'
:a while ($true) { :b while ($true) { break a } }; 'out'
### foreach ($i in 1..3) { if ($i -eq 2) { break nope } $i }
foreach ($i in 1..3) { if ($i -eq 2) { break nope } $i }
### break; 'after top-level break'
break; 'after top-level break'
### continue; 'after'
continue; 'after'
### function f { break }; foreach ($i in 1..3) { f; $i }; 'end'
function f { break }; foreach ($i in 1..3) { f; $i }; 'end'
### 1..3 | ForEach-Object { if ($_ -eq 2) { break } $_ }; 'no end'
1..3 | ForEach-Object { if ($_ -eq 2) { break } $_ }; 'no end'
### $r = foreach ($i in 1..3) { if ($i -eq 2) { continue }; $i }; $r
$r = foreach ($i in 1..3) { if ($i -eq 2) { continue }; $i }; $r
### $r = for ($i=0; $i -lt 2; $i++) { $i }; $r.Count
$r = for ($i=0; $i -lt 2; $i++) { $i }; $r.Count
### $r = while ($false) { }; $null -eq $r
$r = while ($false) { }; $null -eq $r
### $r = if ($true) { 'a'; 'b' }; $r.Count
$r = if ($true) { 'a'; 'b' }; $r.Count
### $r = if ($false) { 'a' }; $null -eq $r
$r = if ($false) { 'a' }; $null -eq $r
### if ($false) { 'a' } elseif ($true) { 'b' } else { 'c' }
if ($false) { 'a' } elseif ($true) { 'b' } else { 'c' }
### if (0) { 't' } else { 'f' }
if (0) { 't' } else { 'f' }
### if ('0') { 't' } else { 'f' }
if ('0') { 't' } else { 'f' }
### if ('false') { 't' } else { 'f' }
if ('false') { 't' } else { 'f' }
### if (@()) { 't' } else { 'f' }
if (@()) { 't' } else { 'f' }
### if (@(@())) { 't' } else { 'f' }
if (@(@())) { 't' } else { 'f' }
### if ($null) { 't' } else { 'f' }
if ($null) { 't' } else { 'f' }
### if ([pscustomobject]@{}) { 't' } else { 'f' }
if ([pscustomobject]@{}) { 't' } else { 'f' }
### if (0.0) { 't' } else { 'f' }
if (0.0) { 't' } else { 'f' }
### if (@(1,2) -eq 3) { 't' } else { 'f' }
if (@(1,2) -eq 3) { 't' } else { 'f' }
### if ($x = 5) { "assigned $x" }
if ($x = 5) { "assigned $x" }
### if ((1,2) -contains 2) { 'in' }
if ((1,2) -contains 2) { 'in' }
### $v = 3; $r = $v -gt 2 ? 'big' : 'small'; $r
$v = 3; $r = $v -gt 2 ? 'big' : 'small'; $r
### 1..3 | ForEach-Object -Begin { $s = 0 } -Process { $s += $_ } -End { $s }
1..3 | ForEach-Object -Begin { $s = 0 } -Process { $s += $_ } -End { $s }
### $sum = 0; foreach ($n in 1..100) { $sum += $n }; $sum
$sum = 0; foreach ($n in 1..100) { $sum += $n }; $sum
### $l = [System.Collections.Generic.List[int]]::new(); foreach ($i in 1..3) { $l.Add($i) }; $l.Count
$l = [System.Collections.Generic.List[int]]::new(); foreach ($i in 1..3) { $l.Add($i) }; $l.Count
### $i = 0; while ($true) { $i++; if ($i -gt 4) { break } }; $i
$i = 0; while ($true) { $i++; if ($i -gt 4) { break } }; $i
### foreach ($i in 1..2) { foreach ($j in 1..2) { "$i,$j" } }
foreach ($i in 1..2) { foreach ($j in 1..2) { "$i,$j" } }
### $e = (1,2,3).GetEnumerator(); while ($e.MoveNext()) { $e.Current }
$e = (1,2,3).GetEnumerator(); while ($e.MoveNext()) { $e.Current }
### $a = 1..3; foreach ($x in $a) { $a = 4..6 }; $x
$a = 1..3; foreach ($x in $a) { $a = 4..6 }; $x
### switch (1..3) { { $_ % 2 } { "odd $_" } default { "even $_" } }
switch (1..3) { { $_ % 2 } { "odd $_" } default { "even $_" } }
### $h = @{a=1}; foreach ($k in $h.Keys) { $h[$k] = 2 }; $h.a
$h = @{a=1}; foreach ($k in $h.Keys) { $h[$k] = 2 }; $h.a
### $h = @{a=1;b=2}; foreach ($k in @($h.Keys)) { $h[$k] = 0 }; ($h.Values | Measure-Object -Sum).Sum
$h = @{a=1;b=2}; foreach ($k in @($h.Keys)) { $h[$k] = 0 }; ($h.Values | Measure-Object -Sum).Sum
### return 'top'; 'after'
return 'top'; 'after'
### function f { 'a'; return; 'b' }; f
function f { 'a'; return; 'b' }; f
### function f { foreach ($i in 1..3) { if ($i -eq 2) { return $i } } }; f
function f { foreach ($i in 1..3) { if ($i -eq 2) { return $i } } }; f
### 1..3 | ForEach-Object { return $_ }
1..3 | ForEach-Object { return $_ }
### & { return 5; 6 }
& { return 5; 6 }
### $(return 7)
$(return 7)
