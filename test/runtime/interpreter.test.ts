// The interpreter, by PowerShell example: each snippet with the objects PowerShell writes.
import { describe, expect, it } from 'vitest';
import { PSHashtable, PSObject } from '../../src/runtime/values.js';
import { newSession, run } from './engine-harness.js';

async function out(text: string): Promise<unknown[]> {
  const r = await run(text);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return r.output;
}

describe('statements and output', () => {
  it.each([
    ['1 + 2', [3]],
    ['$a = 1,2; $a.Count', [2]],
    ['$a = 1,2; $a', [1, 2]],
    ['@(5).Count', [1]],
    ['@().Count', [0]],
    ['$x = 5; $x++; $x', [6]],
    ['$x = 5; ($x++); $x', [5, 6]],
    ['$i = 0; $i += 4; $i -= 1; $i', [3]],
    ['$h = @{ a = 1 }; $h.a += 2; $h.a', [3]],
    ['$arr = 1,2,3; $arr[1] = 9; $arr', [1, 9, 3]],
    ['$arr = 1,2,3; $arr[-1]', [3]],
    ['$arr = 1..5; $arr[1..2]', [2, 3]],
    ['$a, $b = 1, 2, 3; $b', [2, 3]],
    ['$null = 5; $null', [null]],
    ['[void](1 + 1)', []],
    ['$s = "x"; "$s-$($s * 2)"', ['x-xx']],
    ['$x = $null; $x ?? "dflt"', ['dflt']],
    ['$true ? "y" : "n"', ['y']],
  ])('%s', async (text, expected) => {
    expect(await out(text)).toEqual(expected);
  });

  it('collects command output as PowerShell does: one → scalar, several → array, none → $null', async () => {
    expect(await out('$x = Get-Numbers 1; $x.GetType().Name')).toEqual(['Int32']);
    expect(await out('$x = Get-Numbers 3; $x.Count')).toEqual([3]);
    expect(await out('$x = Get-Numbers 0; $null -eq $x')).toEqual([true]);
  });

  it('keeps key order in [ordered] and [pscustomobject]', async () => {
    const [h] = await out('[ordered]@{ z = 1; a = 2 }');
    expect((h as PSHashtable).keys()).toEqual(['z', 'a']);
    const [o] = await out('[pscustomobject]@{ z = 1; a = 2 }');
    expect((o as PSObject).names()).toEqual(['z', 'a']);
  });
});

describe('control flow', () => {
  it.each([
    ['if ($false) { 1 } elseif ($true) { 2 } else { 3 }', [2]],
    ['foreach ($i in 1..4) { if ($i -eq 2) { continue }; if ($i -eq 4) { break }; $i }', [1, 3]],
    ['for ($i = 0; $i -lt 3; $i++) { $i }', [0, 1, 2]],
    ['$i = 0; while ($i -lt 3) { $i++ }; $i', [3]],
    ['$i = 0; do { $i++ } while ($i -lt 5); $i', [5]],
    ['$i = 0; do { $i++ } until ($i -ge 2); $i', [2]],
    [':outer foreach ($a in 1..3) { foreach ($b in 1..3) { if ($b -eq 2) { continue outer }; "$a$b" } }', ['11', '21', '31']],
    [':outer foreach ($a in 1..3) { foreach ($b in 1..3) { if ($a -eq 2) { break outer }; "$a$b" } }', ['11', '12', '13']],
    ['foreach ($x in $null) { "never" }', []],
    ['$r = foreach ($i in 1..3) { $i * 2 }; $r', [2, 4, 6]],
  ])('%s', async (text, expected) => {
    expect(await out(text)).toEqual(expected);
  });

  it('&& and || run the right side by $? of the left, also after a statement-terminating error', async () => {
    const r = await run('"a" && "b"; Write-Problem x 2>$null && "not run"; Get-Nothing || "fallback"');
    expect(r.output).toEqual(['a', 'b', 'after problem', 'fallback']);
    // 2>$null keeps Write-Problem's error out of the error stream; only Get-Nothing's shows.
    expect(r.errors).toHaveLength(1);
  });

  it('break inside a ForEach-Object-style script block ends the enclosing loop', async () => {
    const s = newSession();
    s.registerCommand({
      metadata: { name: 'Invoke-Each', parameters: [{ name: 'Process', type: 'scriptblock', position: 0 }, { name: 'InputObject', type: 'psobject', valueFromPipeline: true }] },
      create: (ctx) => ({
        process(input) {
          return ctx.write((ctx.invoke(ctx.params.Process as never, input) as unknown[])[0]);
        },
      }),
    });
    const r = await s.run('foreach ($n in 1..2) { 1..5 | Invoke-Each { if ($_ -eq 3) { break }; $_ } }; "done"');
    expect(r.output).toEqual([1, 2, 'done']);
  });
});

describe('switch', () => {
  it.each([
    ['switch (2) { 1 { "one" } 2 { "two" } default { "other" } }', ['two']],
    ['switch (5) { 1 { "one" } default { "other" } }', ['other']],
    ['switch (1, 2, 3) { 2 { "two" } default { "x$_" } }', ['x1', 'two', 'x3']],
    ['switch -Wildcard ("abc") { "a*" { "starts a" } "*c" { "ends c" } }', ['starts a', 'ends c']],
    ['switch -Wildcard ("abc") { "a*" { "starts a"; break } "*c" { "ends c" } }', ['starts a']],
    ['switch -Regex ("abc123") { "(\\d+)" { $Matches[1] } }', ['123']],
    ['switch ("ABC") { "abc" { "ci" } }', ['ci']],
    ['switch -CaseSensitive ("ABC") { "abc" { "cs" } default { "no" } }', ['no']],
    ['switch (4) { { $_ -gt 3 } { "big" } { $_ -lt 3 } { "small" } }', ['big']],
    ['switch (1, 2, 3) { 2 { continue } default { $_ } }', [1, 3]],
  ])('%s', async (text, expected) => {
    expect(await out(text)).toEqual(expected);
  });
});

describe('functions and script blocks', () => {
  it.each([
    ['function f($x) { $x * 3 }; f 4', [12]],
    ['function f { param($a, $b) "$a-$b" }; f 1 2', ['1-2']],
    ['function f { param($a, $b) "$a-$b" }; f -b 1 2', ['2-1']],
    ['function f { $args.Count }; f a b c', [3]],
    ['function f { return 1; 2 }; f', [1]],
    ['function f { 1; return 2 }; $r = f; $r', [1, 2]],
    ['function f { param([int]$n = 5) $n + 1 }; f; f 1', [6, 2]],
    ['function f { param([switch]$Force) $Force }; f; f -Force; f -Force:$false', [false, true, false]],
    ['& { param($a) $a * 2 } 21', [42]],
    ['$sb = { $args[0] + 1 }; & $sb 1', [2]],
    ['$sb = { param($x) $x }; $sb.Invoke(7)', [7]],
    ['$x = 1; & { $x = 2 }; $x', [1]],
    ['$x = 1; . { $x = 2 }; $x', [2]],
    ['function f { $script:y = 5 }; f; $y', [5]],
    ['function f { $global:g = 6 }; f; $g', [6]],
    ['function outer { $v = "outer"; inner }; function inner { $v }; outer', ['outer']],
    ['function f { process { $_ * 10 } }; 1, 2 | f', [10, 20]],
    ['function f { $input | ForEach-Number }; function ForEach-Number { process { $_ + 1 } }; 1, 2 | f', [2, 3]],
    ['filter double { $_ * 2 }; 1, 2, 3 | double', [2, 4, 6]],
    ['function f { begin { "b" } process { "p$_" } end { "e" } }; 1, 2 | f', ['b', 'p1', 'p2', 'e']],
    ['(1, 2, 3).Where({ $_ -gt 1 })', [2, 3]],
    ['function Get-Me { $MyInvocation.MyCommand.Name }; Get-Me', ['Get-Me']],
    ["$sb = [scriptblock]::Create('param($n) $n * 2'); & $sb 21", [42]],
    ['(1, 2, 3).ForEach({ $_ * 2 })', [2, 4, 6]],
  ])('%s', async (text, expected) => {
    expect(await out(text)).toEqual(expected);
  });

  it('binds advanced function parameters from the pipeline by value and by property name', async () => {
    const text = `
      function Show-Item {
        [CmdletBinding()]
        param(
          [Parameter(Mandatory, ValueFromPipelineByPropertyName)] [string] $Name,
          [Parameter(ValueFromPipelineByPropertyName)] [Alias('Years')] [int] $Age = 1
        )
        process { "$Name is $Age" }
      }
      [pscustomobject]@{ Name = 'ann'; Years = '30' }, [pscustomobject]@{ Name = 'bob' } | Show-Item
    `;
    expect(await out(text)).toEqual(['ann is 30', 'bob is 1']);
  });

  it('$PSBoundParameters lists only what was bound', async () => {
    expect(await out('function f { param($a, $b) $PSBoundParameters.Keys }; f -b 2')).toEqual(['b']);
  });

  it('$PSCmdlet.ShouldProcess honours -WhatIf', async () => {
    const r = await run('function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param($Name) if ($PSCmdlet.ShouldProcess($Name, "Remove")) { "removed" } }; Remove-Thing x -WhatIf; Remove-Thing y');
    expect(r.output).toEqual(['removed']);
    expect(r.host).toEqual(['What if: Performing the operation "Remove" on target "x".']);
  });
});

describe('errors', () => {
  it('try/catch/finally with $_ as the ErrorRecord', async () => {
    expect(await out('try { throw "boom" } catch { "caught: $($_.ToString())" } finally { "finally" }')).toEqual(['caught: boom', 'finally']);
  });

  it('throw of an object keeps it as the target object', async () => {
    const r = await out('try { throw [pscustomobject]@{ Code = 7 } } catch { $_.TargetObject.Code }');
    expect(r).toEqual([7]);
  });

  it('typed catch picks the matching exception type', async () => {
    const text = 'try { Get-Nothing } catch [System.Management.Automation.CommandNotFoundException] { "not found" } catch { "other" }';
    expect(await out(text)).toEqual(['not found']);
  });

  it('a statement-terminating error lets the script go on; throw ends it', async () => {
    const r = await run('Get-Nothing; "after"; throw "stop"; "never"');
    expect(r.output).toEqual(['after']);
    expect(r.errors.map((e) => e.message)).toEqual([
      "The term 'Get-Nothing' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      'stop',
    ]);
    expect(r.success).toBe(false);
    expect(r.exitCode).toBe(1);
  });

  it('non-terminating errors continue; -ErrorAction Stop makes them catchable', async () => {
    const r = await run('Write-Problem "p1"; "next"');
    expect(r.output).toEqual(['after problem', 'next']);
    expect(r.errors.map((e) => e.message)).toEqual(['p1']);
    expect(r.success).toBe(true);
    expect(await out('try { Write-Problem "p2" -ErrorAction Stop; "not here" } catch { "caught $_" }')).toEqual(['caught p2']);
    expect(await out('try { Write-Problem "p3" -ErrorAction SilentlyContinue; "here" } catch { "no" }')).toEqual(['after problem', 'here']);
    const stopped = await run('Write-Problem "p4" -ErrorAction Stop; "never"');
    expect(stopped.output).toEqual([]);
    expect(stopped.exitCode).toBe(1);
  });

  it("$ErrorActionPreference = 'Stop' ends the script at the first error", async () => {
    const r = await run("$ErrorActionPreference = 'Stop'; Write-Problem 'p'; 'never'");
    expect(r.output).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.exitCode).toBe(1);
  });

  it('$? and $Error (newest first)', async () => {
    const s = newSession();
    expect((await s.run('Write-Problem a; $?')).output).toEqual(['after problem', false]);
    expect((await s.run('Write-Problem b 2>$null; $Error[0].ToString(); $Error.Count')).output).toEqual(['after problem', 'b', 2]);
  });

  it('-ErrorVariable collects the errors', async () => {
    expect(await out('Write-Problem x -ErrorAction SilentlyContinue -ErrorVariable ev; $ev.Count; $ev[0].ToString()')).toEqual(['after problem', 1, 'x']);
  });

  it('2>&1 merges errors into the output', async () => {
    const r = await run('$r = Write-Problem m 2>&1; $r.Count');
    expect(r.output).toEqual([2]);
  });

  it('redirects output to $null and to files', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'exosh-redir-')), 'out.txt');
    expect(await out(`1..3 > $null; "a", "b" > '${file}'; "c" >> '${file}'; "end"`)).toEqual(['end']);
    expect(readFileSync(file, 'utf8')).toBe('a\nb\nc\n');
  });

  it('exit N sets the exit code', async () => {
    const r = await run('"a"; exit 3; "b"');
    expect(r.output).toEqual(['a']);
    expect(r.exitCode).toBe(3);
  });

  it('trap runs on a terminating error; continue resumes quietly, otherwise the error is reported', async () => {
    const quiet = await run('trap { "trapped: $_"; continue }; "a"; throw "boom"; "b"');
    expect(quiet.output).toEqual(['a', 'trapped: boom', 'b']);
    expect(quiet.errors).toEqual([]);
    const loud = await run('trap { "trapped" }; Get-Nothing; "after"');
    expect(loud.output).toEqual(['trapped', 'after']);
    expect(loud.errors).toHaveLength(1);
    const stop = await run('function f { trap { break }; throw "x"; "not here" }; f; "nor here"');
    expect(stop.output).toEqual([]);
    expect(stop.errors.map((e) => e.message)).toEqual(['x']);
  });

  it('constructs the interpreter does not run yet fail at run time, naming the construct', async () => {
    const r = await run('"before"; configuration Foo { }');
    expect(r.output).toEqual(['before']);
    expect(r.errors[0]?.message).toBe('A DSC configuration is not supported by exosh yet.');
    expect(r.errors[0]?.errorId).toBe('NotSupportedByExosh');
  });
});

describe('variables and scopes', () => {
  it.each([
    ['$env:EXOSH_TEST_VAR = "v1"; $env:EXOSH_TEST_VAR', ['v1']],
    ['[int]$n = "5"; $n = "6"; $n + 1', [7]],
    ['$PSVersionTable.PSEdition', ['Core']],
    ['$PSVersionTable.PSVersion.Major', [7]],
    ['"abc" -match "b(?<x>c)"; $Matches.x', [true, 'c']],
    ['$a = @{}; $a["k"] = 1; $a.k', [1]],
    ['$x = "outer"; function f { $private:x = "p"; g }; function g { $x }; f', ['outer']],
  ])('%s', async (text, expected) => {
    expect(await out(text)).toEqual(expected);
  });

  it('Set-StrictMode makes reading an unset variable an error, scoped like a variable', async () => {
    const r = await run('Set-StrictMode -Version Latest; $x = 1; $x; $Undefined; "after"; function f { Set-StrictMode -Off; $nope }; f; $null -eq $Matches');
    expect(r.output).toEqual([1, 'after', null, true]);
    expect(r.errors.map((e) => e.message)).toEqual(["The variable '$Undefined' cannot be retrieved because it has not been set."]);
  });

  it('splats hashtables by name and arrays by position', async () => {
    expect(await out('function f { param($a, $b) "$a/$b" }; $h = @{ b = 2; a = 1 }; f @h; $arr = 3, 4; f @arr')).toEqual(['1/2', '3/4']);
  });

  it('runs a script file with param(), $args and $PSScriptRoot, and dot-sources one', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'exosh-script-'));
    writeFileSync(join(dir, 'greet.ps1'), 'param($Name = "you") "hello $Name"; $PSCommandPath.EndsWith("greet.ps1")');
    writeFileSync(join(dir, 'lib.ps1'), 'function Get-Lib { "lib" }; $libVar = 42');
    const s = newSession();
    const r = await s.run(`& '${join(dir, 'greet.ps1')}' -Name ann; . '${join(dir, 'lib.ps1')}'; Get-Lib; $libVar`);
    expect(r.output[0]).toBe('hello ann');
    expect(r.output.slice(2)).toEqual(['lib', 42]);
  });
});

describe('session services for commands: $this, Set-Location and $PWD, variables by scope', () => {
  it('ctx.invoke(block, $_, args, { this }) gives a ScriptProperty body $this without touching the caller', async () => {
    const { Session } = await import('../../src/local-session.js');
    const { ScriptBlockValue: SB } = await import('../../src/runtime/values.js');
    const invokeWithThis = {
      metadata: { name: 'Invoke-WithThis', parameters: [{ name: 'Body', type: 'scriptblock' as const, position: 0 }] },
      create: (ctx: import('../../src/runtime/command.js').CommandContext) => ({
        process() {
          const self = PSObject.fromEntries([['Name', 'box']]);
          return void ctx.write(ctx.invoke(ctx.params.Body as InstanceType<typeof SB>, undefined, [], { this: self }));
        },
      }),
    };
    const r = await new Session({ commands: [invokeWithThis] }).run('$this = "outer"; Invoke-WithThis { $this.Name.ToUpper() }; $this');
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual([['BOX'], 'outer']);
  });

  it('Set-Location moves relative paths and $PWD (a PathInfo: "$PWD" is the path, $PWD prints a Path table)', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync, realpathSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { Session } = await import('../../src/local-session.js');
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'exosh-loc-')));
    try {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'note.txt'), 'inside\n');
      const s = new Session({ cwd: dir });
      const r = await s.run('Set-Location sub; Get-Content note.txt; "$PWD"; $PWD.Path; $PWD');
      expect(r.errors.map((e) => e.message)).toEqual([]);
      expect(r.output.slice(0, 3)).toEqual(['inside', join(dir, 'sub'), join(dir, 'sub')]);
      expect(r.text).toContain(`\nPath\n----\n${join(dir, 'sub')}\n`);
      expect(s.cwd).toBe(join(dir, 'sub'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('listVariables(scope) lists one scope only', async () => {
    const s = newSession();
    await s.run('$g1 = 1');
    const names = s.servicesFor(s.globalScope).listVariables('global').map((v) => v.name);
    expect(names).toContain('g1');
    expect(names).toContain('true');
    const child = new (await import('../../src/runtime/scope.js')).Scope(s.globalScope, 'function');
    child.setLocal('inner', 2);
    expect(s.servicesFor(child).listVariables('local').map((v) => v.name)).toEqual(['inner']);
    expect(s.servicesFor(child).listVariables(1).map((v) => v.name)).toContain('g1');
  });
});

describe('throw of an exception object and catch [T] by type chain', () => {
  it.each([
    ["try { throw [System.ArgumentException]::new('x') } catch [ArgumentException] { $_.Exception.Message }", ['x']],
    ["try { throw [System.ArgumentNullException]::new('p') } catch [System.ArgumentException] { 'base type caught' }", ['base type caught']],
    ["try { throw [System.IO.FileNotFoundException]::new('nf') } catch [System.ArgumentException] { 'wrong' } catch [System.IO.IOException] { \"io: $($_.Exception.Message)\" }", ['io: nf']],
    ["try { throw [InvalidOperationException]::new('any') } catch [System.Exception] { \"all: $_\" }", ['all: any']],
    ["try { throw [System.ArgumentException]::new('y') } catch { $_.FullyQualifiedErrorId }", ['y']],
  ])('%s', async (text, expected) => {
    expect(await out(text)).toEqual(expected);
  });

  it('uncaught, it ends the script with its own type', async () => {
    const r = await run("throw [System.ArgumentException]::new('top'); 'not reached'");
    expect(r.output).toEqual([]);
    expect(r.errors[0]!.message).toBe('top');
    expect(r.errors[0]!.exceptionType).toBe('System.ArgumentException');
    expect(r.success).toBe(false);
  });
});

describe('[ref] to a variable and assignment into lists', () => {
  it.each([
    ["$n = 0; [int]::TryParse('5', [ref]$n) | Out-Null; $n", [5]],
    ["[int]::TryParse('7', [ref]$fresh) | Out-Null; $fresh", [7]],
    ['$n = 1; $r = [ref]$n; $r.Value = 9; $n', [9]],
    ['function Set-It([ref]$x) { $x.Value = "set" }; $q = 1; Set-It ([ref]$q); $q', ['set']],
    ['$list = [System.Collections.Generic.List[string]]::new(); $list.Add("a"); $list.Add("b"); $list[0] = "x"; $list[-1] = "z"; $list -join ","', ['x,z']],
    ['$list = [System.Collections.Generic.List[int]]::new(); $list.Add(1); $list[0] = "7"; $list[0] + 1', [8]],
    ['$a = [System.Collections.ArrayList]::new(); [void]$a.Add("q"); $a[0] = 5; $a', [5]],
  ])('%s', async (text, expected) => {
    expect(await out(text)).toEqual(expected);
  });

  it('a List index out of range is .NET\'s ArgumentOutOfRangeException', async () => {
    const r = await run('$l = [System.Collections.Generic.List[int]]::new(); $l[3] = 1');
    expect(r.errors[0]!.message).toBe("Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')");
  });
});

describe('2>$null and $ErrorActionPreference on statement-terminating errors and throw', () => {
  it("2>$null does not hide its own statement's terminating errors (pwsh shows them), but hides those inside a block it runs; all stay in $Error", async () => {
    const own = await run('Get-Content -Bogus 2>$null; "a"; [int]"x" 2>$null; "b"; $Error.Count');
    expect(own.errors.map((e) => e.errorId)).toEqual(['NamedParameterNotFound,Get-Content', 'InvalidCastFromStringToInteger']);
    expect(own.output).toEqual(['a', 'b', 2]);
    const inner = await run('& { Get-Content -Bogus; [int]"x" } 2>$null; "c"; $Error.Count');
    expect(inner.errors).toEqual([]);
    expect(inner.output).toEqual(['c', 2]);
  });

  it("$ErrorActionPreference = 'SilentlyContinue' silences them and even throw, outside try", async () => {
    const r = await run('$ErrorActionPreference = "SilentlyContinue"; Get-Content -Bogus; "a"; throw "quiet"; "b"; try { throw "loud" } catch { "caught $_" }; $Error[1].Exception.Message');
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['a', 'b', 'caught loud', 'quiet']);
  });

  it("'Ignore' leaves no trace in $Error", async () => {
    const r = await run('$ErrorActionPreference = "Ignore"; [int]"x"; throw "t"; $Error.Count');
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([0]);
  });
});

describe('ctx.invoke with an output callback streams the block\'s objects as they are written', () => {
  it('each object arrives before the statements after it run', async () => {
    const { Session } = await import('../../src/local-session.js');
    const invokeStreamed = {
      metadata: { name: 'Invoke-Streamed', parameters: [{ name: 'Body', type: 'scriptblock' as const, position: 0 }] },
      create: (ctx: import('../../src/runtime/command.js').CommandContext) => ({
        async process() {
          const rest = await ctx.invoke(ctx.params.Body as import('../../src/runtime/values.js').ScriptBlockValue, undefined, [], {
            output: (v) => ctx.write(`${String(v)}@${String(ctx.session.getVariable('step'))}`),
          });
          await ctx.write(rest.length);
        },
      }),
    };
    const r = await new Session({ commands: [invokeStreamed] }).run("Invoke-Streamed { $global:step = 1; 'first'; $global:step = 2; 'second' }");
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual(['first@1', 'second@2', 0]);
  });
});
