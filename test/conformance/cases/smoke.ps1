# Smoke cases for the harness itself.
### div by zero
1/0; 'x'
### write-error then value
Write-Error boom; 5
### exit code
'before'; exit 7
### parse error
if ($true {
### table
[pscustomobject]@{a=1;b='x'}, [pscustomobject]@{a=22;b='yy'}
### missing path
Get-Item nope
### warning host verbose
Write-Warning w; Write-Host h; Write-Verbose v -Verbose; 'o'
### wide table
1..3 | % { [pscustomobject]@{ Name = 'x' * 50; Value = 'y' * 50; Other = 'z' * 40 } }
### throw
'a'; throw 'bad'; 'b'
### terminating cmdlet error
Get-Item nope -ErrorAction Stop; 'after'
