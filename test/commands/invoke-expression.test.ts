// Invoke-Expression and script blocks made from text, as pwsh 7.6 runs them (each expectation
// checked against `pwsh -NoProfile -c`).
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';

async function run(text: string) {
  const s = new Session();
  const r = await s.run(text);
  return { output: r.output, errors: r.errors.map((e) => `${e.commandName ?? ''}: ${e.message} [${e.errorId}]`), text: r.text, success: r.success };
}
async function out(text: string) {
  const r = await run(text);
  expect(r.errors).toEqual([]);
  return r.output;
}

describe('Invoke-Expression', () => {
  it('runs in the caller\'s scope: variables it sets stay set, in a function too', async () => {
    expect(await out("$x = 1; iex '$x = 2; $y = 3'; $x; $y")).toEqual([2, 3]);
    expect(await out("function f { $a = 'local'; Invoke-Expression '$a += \"!\"'; $a }; f; $a")).toEqual(['local!', null]);
  });

  it('Invoke-Expression "Get-$($prefix)Mailbox" calls the prefixed command', async () => {
    expect(await out('$prefix = "Fab"; function Get-FabMailbox { "fab mailbox" }; Invoke-Expression "Get-$($prefix)Mailbox"')).toEqual(['fab mailbox']);
  });

  it('takes the text from the pipeline, and sees the caller\'s $_', async () => {
    expect(await out("'1;2' | iex")).toEqual([1, 2]);
    expect(await out("1..3 | ForEach-Object { iex '$_ * 10' }")).toEqual([10, 20, 30]);
  });

  it('a parse error is a statement-terminating ParseException of Invoke-Expression; the script goes on', async () => {
    const r = await run("Invoke-Expression 'if ('; 'next'");
    expect(r.output).toEqual(['next']);
    expect(r.errors).toEqual(["Invoke-Expression: Missing condition in if statement after 'if ('. [IfStatementMissingCondition,Microsoft.PowerShell.Commands.InvokeExpressionCommand]"]);
    expect(await out("try { iex '1 +' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }")).toEqual([
      'ExpectedValueExpression,Microsoft.PowerShell.Commands.InvokeExpressionCommand',
      'ParserError',
    ]);
  });

  it('errors inside the text keep their own command; throw ends the script', async () => {
    const r = await run("iex 'Get-NoSuchThing'; 'after'; iex \"throw 'boom'\"; 'not reached'");
    expect(r.output).toEqual(['after']);
    expect(r.errors[0]).toMatch(/^Get-NoSuchThing: The term 'Get-NoSuchThing' is not recognized/);
    expect(r.errors[1]).toMatch(/^: boom/);
  });

  it('an error leaving the text becomes Invoke-Expression\'s (FullyQualifiedErrorId), except throw and named ones', async () => {
    expect(await out(`try { iex "'hello' -is [foo]" } catch { $_.FullyQualifiedErrorId }; try { iex '$null.Foo()' } catch { $_.FullyQualifiedErrorId }
      try { iex 'throw "x"' } catch { $_.FullyQualifiedErrorId }; try { iex 'Get-Item /nope-zz -ErrorAction Stop' } catch { $_.FullyQualifiedErrorId }`)).toEqual([
      'TypeNotFound,Microsoft.PowerShell.Commands.InvokeExpressionCommand',
      'InvokeMethodOnNull,Microsoft.PowerShell.Commands.InvokeExpressionCommand',
      'x',
      'PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand',
    ]);
  });

  it('return leaves only the text; break and continue reach the caller\'s loop', async () => {
    expect(await out("function f { iex 'return 5'; 'still here' }; f")).toEqual([5, 'still here']);
    expect(await out("foreach ($i in 1..3) { iex 'if ($i -eq 2) { break }'; $i }")).toEqual([1]);
  });

  it('refuses an empty or null -Command as the binder words it', async () => {
    const r = await run("iex ''; iex $null");
    expect(r.errors).toEqual([
      ": Cannot bind argument to parameter 'Command' because it is an empty string. [ParameterArgumentValidationErrorEmptyStringNotAllowed,Microsoft.PowerShell.Commands.InvokeExpressionCommand]",
      ": Cannot bind argument to parameter 'Command' because it is null. [ParameterArgumentValidationErrorNullNotAllowed,Microsoft.PowerShell.Commands.InvokeExpressionCommand]",
    ].map((e) => `Invoke-Expression${e}`));
  });
});

describe('script blocks from text', () => {
  it('[scriptblock]::Create() with param(), run with & and dot-sourced with .', async () => {
    expect(await out("$sb = [scriptblock]::Create('param($n) \"n=$n\"'); & $sb 4")).toEqual(['n=4']);
    expect(await out("$sb = [scriptblock]::Create('$z = 9'); & $sb; $z; . $sb; $z")).toEqual([null, 9]);
  });

  it('a parse error in [scriptblock]::Create shows the line and a marker, as pwsh', async () => {
    expect(await out("try { [scriptblock]::Create('if (') } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }")).toEqual([
      'ParseException',
      'Exception calling "Create" with "1" argument(s): "At line:1 char:5\n+ if (\n+     ~\nMissing condition in if statement after \'if (\'."',
    ]);
  });

  it('dot-sourcing a block leaves the caller\'s $args as they were', async () => {
    expect(await out('& { . { $args.Count } 7 8; $args[0] } 1')).toEqual([2, 1]);
    expect(await out('& { . { }; $args[0] } 1')).toEqual([1]);
  });

  it('$ExecutionContext.InvokeCommand.ExpandString expands in the caller\'s scope', async () => {
    expect(await out("$x = 1; function f { $x = 2; $ExecutionContext.InvokeCommand.ExpandString('x=$x \"q\" `t| $(1+2)') }; f")).toEqual(['x=2 "q" \t| 3']);
    expect(await out("$ExecutionContext.InvokeCommand.InvokeScript('1+1')")).toEqual([2]);
  });
});
