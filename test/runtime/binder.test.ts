// The parameter binder: PowerShell's rules and its error wording.
import { describe, expect, it } from 'vitest';
import { run } from './engine-harness.js';

async function bind(text: string): Promise<unknown[]> {
  const r = await run(text);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return r.output;
}

async function bindError(text: string) {
  const r = await run(text);
  expect(r.errors.length).toBeGreaterThan(0);
  return r.errors[0]!;
}

describe('binding arguments', () => {
  it.each([
    ['Test-Binding -Name x', ['ByName: Name="x"']],
    ['Test-Binding x', ['ByName: Name="x"']],
    ['Test-Binding -Na x', ['ByName: Name="x"']],
    ['Test-Binding -name:x', ['ByName: Name="x"']],
    ['Test-Binding -Id 5', ['ById: Id=5']],
    ['Test-Binding -Id "7"', ['ById: Id=7']],
    ['Test-Binding x -PSPath a,b', ['ByName: Name="x" Path=["a","b"]']],
    ['Test-Binding x -Pat a', ['ByName: Name="x" Path=["a"]']],
    ['Test-Binding x -PassThru', ['ByName: Name="x" PassThru=true']],
    ['Test-Binding x -PassThru:$false', ['ByName: Name="x" PassThru=false']],
    ['Test-Binding x -Color green', ['ByName: Color="green" Name="x"']],
    ['$p = @{ Name = "s"; PassThru = $true }; Test-Binding @p', ['ByName: Name="s" PassThru=true']],
    ['Test-Binding x -Verbose -ErrorAction SilentlyContinue', ['ByName: Name="x"']],
    ['5 | Test-Binding', ['ById: Id=5']],
    ['[pscustomobject]@{ Name = "fromprop" } | Test-Binding', ['ByName: Name="fromprop"']],
  ])('%s', async (text, expected) => {
    expect(await bind(text)).toEqual(expected);
  });

  it('an abbreviation two parameters share is ambiguous', async () => {
    const e = await bindError('Test-Binding -N x');
    expect(e.message).toBe("Parameter cannot be processed because the parameter name 'N' is ambiguous. Possible matches include: -Name -Note.");
    expect(e.errorId).toBe('AmbiguousParameter,Test-Binding');
  });

  it('unknown parameter', async () => {
    const e = await bindError('Test-Binding -Foo 1');
    expect(e.message).toBe("A parameter cannot be found that matches parameter name 'Foo'.");
    expect(e.errorId).toBe('NamedParameterNotFound,Test-Binding');
    expect(e.commandName).toBe('Test-Binding');
    expect(e.category).toBe('InvalidArgument');
  });

  it('ambiguous abbreviation lists the candidates', async () => {
    const e = await bindError('Test-Binding x -P a');
    expect(e.message).toBe("Parameter cannot be processed because the parameter name 'P' is ambiguous. Possible matches include: -Path -PassThru -ProgressAction -PipelineVariable.");
  });

  it('positional argument nobody takes', async () => {
    const e = await bindError('Test-Binding x y');
    expect(e.message).toBe("A positional parameter cannot be found that accepts argument 'y'.");
  });

  it('missing argument names the .NET type', async () => {
    const e = await bindError('Test-Binding -Name');
    expect(e.message).toBe("Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String' and try again.");
  });

  it('missing mandatory parameter without a terminal', async () => {
    const e = await bindError('function f { param([Parameter(Mandatory)] $Name) }; f');
    expect(e.message).toBe('Cannot process command because of one or more missing mandatory parameters: Name.');
  });

  it('ValidateSet, ValidateRange, ValidateNotNullOrEmpty', async () => {
    expect((await bindError('Test-Binding x -Color blue')).message).toBe(
      'Cannot validate argument on parameter \'Color\'. The argument "blue" does not belong to the set "Red,Green" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.',
    );
    expect((await bindError('Test-Binding x -Size 11')).message).toBe(
      "Cannot validate argument on parameter 'Size'. The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again.",
    );
    expect((await bindError('Test-Binding x -Size 0')).message).toBe(
      "Cannot validate argument on parameter 'Size'. The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.",
    );
    expect((await bindError('Test-Binding x -Note ""')).message).toBe(
      "Cannot validate argument on parameter 'Note'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
    );
  });

  it('ValidatePattern on a function parameter', async () => {
    expect(await bind("function f { param([ValidatePattern('^[a-z]+@contoso\\.com$')] [string] $Upn) $Upn }; f ANN@contoso.com")).toEqual(['ANN@contoso.com']);
    expect((await bindError("function f { param([ValidatePattern('^\\d+$')] $Id) }; f x1")).message).toBe(
      'Cannot validate argument on parameter \'Id\'. The argument "x1" does not match the "^\\d+$" pattern. Supply an argument that matches "^\\d+$" and try the command again.',
    );
  });

  it('conversion failure', async () => {
    const e = await bindError('Test-Binding -Id abc');
    expect(e.message).toMatch(/^Cannot bind parameter 'Id'\. Cannot convert value "abc" to type "System\.Int32"\./);
    const f = await bindError('function f { param([int]$n) }; f abc');
    expect(f.message).toMatch(/^Cannot process argument transformation on parameter 'n'\. Cannot convert value "abc" to type "System\.Int32"\./);
  });

  it('parameters of two sets cannot be used together', async () => {
    const e = await bindError('Test-Binding -Name x -Id 1');
    expect(e.message).toBe(
      'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
    );
  });

  it('the same parameter twice', async () => {
    const e = await bindError('Test-Binding -Name x -Name y');
    expect(e.message).toMatch(/^Cannot bind parameter because parameter 'Name' is specified more than once\./);
  });

  it('pipeline input no parameter takes is a non-terminating error per object', async () => {
    const r = await run('1, 2 | Get-Numbers 1; "next"');
    expect(r.errors.map((e) => e.message)).toEqual([
      'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
      'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
    ]);
    expect(r.output).toEqual(['next']);
  });

  it('command not found', async () => {
    const e = await bindError('Get-Nothing -x');
    expect(e.message).toBe(
      "The term 'Get-Nothing' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
    );
    expect(e.errorId).toBe('CommandNotFoundException');
    expect(e.exceptionType).toBe('System.Management.Automation.CommandNotFoundException');
  });

  it('-WarningAction and -WarningVariable', async () => {
    const r = await run('Write-Caution "w1" -WarningAction SilentlyContinue -WarningVariable wv; $wv.Count; Write-Caution w2');
    expect(r.warnings).toEqual(['w2']);
    // pwsh 7.6 records the hidden warning: $wv.Count is 1.
    expect(r.output).toEqual([1]);
  });

  it('3>$null and *>$null discard warnings', async () => {
    const r = await run('Write-Caution a 3>$null; Write-Caution b *>$null; Write-Caution c');
    expect(r.warnings).toEqual(['c']);
  });

  it('-OutVariable keeps the output and passes it on', async () => {
    expect(await bind('Get-Numbers 2 -OutVariable ov | Out-Null; $ov.Count')).toEqual([2]);
  });

  it('-PipelineVariable names the current object downstream', async () => {
    expect(await bind('Get-Numbers 2 -PipelineVariable n | ForEach-Object { "n=$n" }')).toEqual(['n=1', 'n=2']);
  });
});

describe('pipeline input picks the parameter set per object', () => {
  it('Get-ChildItem *.txt | Select-String foo searches the files (InputObject by value, not -LiteralPath by PSPath)', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { Session } = await import('../../src/local-session.js');
    const dir = mkdtempSync(join(tmpdir(), 'exosh-binder-'));
    try {
      writeFileSync(join(dir, 'a.txt'), 'foo bar\n');
      writeFileSync(join(dir, 'b.txt'), 'nothing\n');
      const r = await new Session({ cwd: dir }).run('Get-ChildItem *.txt | Select-String foo | ForEach-Object { "$($_.Filename):$($_.LineNumber):$($_.Line)" }');
      expect(r.errors.map((e) => e.message)).toEqual([]);
      expect(r.output).toEqual(['a.txt:1:foo bar']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('mandatory parameters refuse $null, empty strings and empty arrays', () => {
  it.each([
    ['function f { param([Parameter(Mandatory)][string]$Name) $Name }; f -Name $null', "Cannot bind argument to parameter 'Name' because it is null.", 'ParameterArgumentValidationErrorNullNotAllowed,f'],
    ['function f { param([Parameter(Mandatory)][string]$Name) $Name }; f ""', "Cannot bind argument to parameter 'Name' because it is an empty string.", 'ParameterArgumentValidationErrorEmptyStringNotAllowed,f'],
    ['function f { param([Parameter(Mandatory)][string[]]$Names) $Names }; f -Names @()', "Cannot bind argument to parameter 'Names' because it is an empty array.", 'ParameterArgumentValidationErrorEmptyArrayNotAllowed,f'],
    ['function f { param([Parameter(Mandatory, ValueFromPipeline)]$InputObject) process { $InputObject } }; $null | f', "Cannot bind argument to parameter 'InputObject' because it is null.", 'ParameterArgumentValidationErrorNullNotAllowed,f'],
    ['Get-Content -Path $null', "Cannot bind argument to parameter 'Path' because it is null.", 'ParameterArgumentValidationErrorNullNotAllowed,Get-Content'],
  ])('%s', async (text, message, id) => {
    const e = await bindError(text);
    expect(e.message).toBe(message);
    expect(e.errorId).toBe(id);
  });

  it('[AllowNull()] and [AllowEmptyString()] let them through', async () => {
    expect(await bind('function f { param([Parameter(Mandatory)][AllowNull()]$X, [Parameter(Mandatory)][AllowEmptyString()][string]$S) "ok" }; f -X $null -S ""')).toEqual(['ok']);
  });
});

describe('abbreviations and dynamic parameters', () => {
  // pwsh binds static parameters before the provider's dynamic ones (-File, -FollowSymlink...).
  it('gci -F is ambiguous between the static -Filter and -Force only', async () => {
    const e = await bindError('Get-ChildItem -F x');
    expect(e.message).toBe("Parameter cannot be processed because the parameter name 'F' is ambiguous. Possible matches include: -Filter -Force.");
  });

  it.each([
    ['Get-ChildItem -Fi nothing-matches-this', []],
    ['Get-ChildItem -Fo -Fi nothing-matches-this', []],
  ])('%s binds the one static match', async (text, expected) => {
    expect(await bind(text)).toEqual(expected);
  });
});
