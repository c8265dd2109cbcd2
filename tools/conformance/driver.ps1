# Runs many conformance cases in one pwsh process, each as `pwsh -c` would run it alone: a fresh
# runspace on the console host, errors merged into output and shown by Out-Default (so they reach
# stderr through the host's error view), a terminating error reported as the host reports it, and
# the exit code pwsh -c would return. Cases come as JSON on the file named by $args[0]; after each
# case a marker line goes to stdout and to stderr so the recorder can split the streams.
$ErrorActionPreference = 'Stop'
$cases = Get-Content -Raw -LiteralPath $args[0] | ConvertFrom-Json
$workRoot = $args[1]
$out = [Console]::Out
$err = [Console]::Error
$marker = [char]1 + 'CONFORMANCE-CASE-END'
# The console host's own session state (CreateDefault2), built once; each case gets a runspace of it.
$iss = [initialsessionstate]::CreateDefault2()
$streamProp = [psobject].GetProperty('WriteStream', [System.Reflection.BindingFlags]'NonPublic,Instance')
$errorStream = [Enum]::Parse($streamProp.PropertyType, 'Error')
$invokeMethod = [System.Reflection.MethodBase].GetMethod('Invoke', [type[]]@([object], [object[]]))
foreach ($case in $cases) {
  $dir = Join-Path $workRoot 'work'
  if (Test-Path -LiteralPath $dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
  $null = New-Item -ItemType Directory -Path $dir
  [Environment]::CurrentDirectory = $dir
  $rs = [runspacefactory]::CreateRunspace($Host, $iss)
  $rs.Open()
  $rs.SessionStateProxy.Path.SetLocation($dir) | Out-Null
  $ps = [powershell]::Create()
  $ps.Runspace = $rs
  $exit = $null
  try {
    # The status pwsh -c exits with is $? after the last statement; a line appended to a case that
    # parses reads it (a case with parse errors is run as it is: it fails with exit 1 anyway).
    $parseErrors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($case.code, [ref]$null, [ref]$parseErrors)
    $code = if ($parseErrors.Count -eq 0) { $case.code + "`n`$global:__conformanceStatus = `$?" } else { $case.code }
    $null = $ps.AddScript($code)
    $ps.Commands.Commands[0].MergeMyResults([System.Management.Automation.Runspaces.PipelineResultTypes]::Error, [System.Management.Automation.Runspaces.PipelineResultTypes]::Output)
    $null = $ps.AddCommand('Out-Default')
    $null = $ps.Invoke()
  } catch {
    $e = $_.Exception
    while ($e -is [System.Management.Automation.MethodInvocationException] -and $e.InnerException) { $e = $e.InnerException }
    if ($e -is [System.Management.Automation.ExitException]) {
      $exit = [int]$e.Argument
    } else {
      $record = if ($e -is [System.Management.Automation.IContainsErrorRecord]) { $e.ErrorRecord } else { [System.Management.Automation.ErrorRecord]::new($e, $e.GetType().Name, 'NotSpecified', $null) }
      $wrapped = [psobject]::new($record)
      # As the console host reports it: the wrapper is marked as error-stream output (an internal
      # property), so Out-Default shows it through the error view on stderr.
      # (Through MethodBase.Invoke with an argument array, because PowerShell would pass the
      # wrapper's base object if the wrapper were an argument of its own.)
      $setterArgs = [object[]]::new(2)
      $setterArgs[0] = $wrapped
      $setterArgs[1] = [object[]]@($errorStream)
      $null = $invokeMethod.Invoke($streamProp.SetMethod, $setterArgs)
      $show = [powershell]::Create()
      $show.Runspace = $rs
      $null = $show.AddCommand('Out-Default')
      $null = $show.Invoke(@($wrapped))
      $show.Dispose()
      $exit = 1
    }
  }
  if ($null -eq $exit) {
    $exit = if ($rs.SessionStateProxy.GetVariable('__conformanceStatus') -eq $false) { 1 } else { 0 }
  }
  $ps.Dispose()
  $rs.Dispose()
  $out.Flush()
  $err.Flush()
  $out.Write("`n$marker $exit`n")
  $err.Write("`n$marker`n")
  $out.Flush()
  $err.Flush()
}
