// The exosh command line: modes, exit codes, error display on stderr, --check robustness.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'exosh-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(argv: string[], extra: Partial<CliIO> = {}) {
  return runCli(argv, dir, extra);
}

describe('exosh -c', () => {
  it('prints results as PowerShell would and exits 0', async () => {
    const r = await cli(['-c', '1..3 | ForEach-Object { $_ * 2 }']);
    expect(r).toEqual({ code: 0, stdout: '2\n4\n6\n', stderr: '' });
  });

  it('joins the remaining arguments as pwsh -Command does', async () => {
    expect((await cli(['-Command', '"a"', '+', '"b"'])).stdout).toBe('ab\n');
  });

  it('exit N sets the exit code', async () => {
    expect((await cli(['-c', 'exit 4'])).code).toBe(4);
  });

  it('a terminating error exits 1 and shows the concise view on stderr', async () => {
    const r = await cli(['-c', 'throw "boom"']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Exception: boom\n');
  });

  it('a failed last statement exits 1; an earlier one does not', async () => {
    const failed = await cli(['-c', '"x"; Get-Nothing']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(
      "Get-Nothing: The term 'Get-Nothing' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.\n",
    );
    expect((await cli(['-c', 'Get-Nothing; "x"'])).code).toBe(0);
  });

  it('shows the line and a marker for errors after the first line', async () => {
    const r = await cli(['-c', '$x = 1\n$null.Foo()']);
    expect(r.stderr).toBe(
      ['InvalidOperation: ', 'Line |', '   2 |  $null.Foo()', '     |  ~~~~~~~~~~~', '     | You cannot call a method on a null-valued expression.', ''].join('\n'),
    );
  });

  it('marks the position of a parse error under the line', async () => {
    // (Incomplete input such as `if ($x) {` prints nothing with -c, as pwsh -c does.)
    const r = await cli(['-c', 'if ($x {']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ParserError: \nLine \|\n   1 \|  if \(\$x \{\n     \|         ~\n     \| Unexpected token '\{' in expression or statement\.\n$/);
  });

  it('colours Write-Host -ForegroundColor only on a colour terminal', async () => {
    expect((await cli(['-c', 'Write-Host hi -ForegroundColor Green'], { stdoutIsTTY: true, env: {} })).stdout).toBe('\x1b[92mhi\x1b[0m\n');
    expect((await cli(['-c', 'Write-Host hi -ForegroundColor Green'])).stdout).toBe('hi\n');
  });

  it('writes warnings to stderr as WARNING: lines', async () => {
    const r = await cli(['-c', 'Write-Warning "careful"; "done"']);
    expect(r.stderr).toBe('WARNING: careful\n');
    expect(r.stdout).toBe('done\n');
  });

  it('colours errors only when asked and stderr is a terminal', async () => {
    const plain = await cli(['-c', 'throw "x"'], { stderrIsTTY: true, env: {} });
    expect(plain.stderr).toContain('\x1b[31;1m');
    const noColor = await cli(['--no-color', '-c', 'throw "x"'], { stderrIsTTY: true, env: {} });
    expect(noColor.stderr).toBe('Exception: x\n');
  });
});

describe('scripts', () => {
  it('runs a file with $args, named parameters and $PSScriptRoot', async () => {
    const file = join(dir, 'hello.ps1');
    writeFileSync(file, 'param($Greeting = "hi") "$Greeting $($args -join "+")"; $PSScriptRoot -eq (Split-Path $PSCommandPath)');
    const r = await cli([file, '-Greeting', 'yo', 'a', 'b']);
    expect(r.stdout).toBe('yo a+b\nTrue\n');
    expect(r.code).toBe(0);
  });

  it('dot-sources a library by a backslash path, as pwsh accepts on every platform', async () => {
    mkdirSync(join(dir, 'lib'), { recursive: true });
    writeFileSync(join(dir, 'lib', 'tools.ps1'), 'function Get-Tool { "tool ok" }');
    writeFileSync(join(dir, 'uses-lib.ps1'), '. $PSScriptRoot\\lib\\tools.ps1\nGet-Tool');
    expect((await cli([join(dir, 'uses-lib.ps1')])).stdout).toBe('tool ok\n');
  });

  it("a script's missing mandatory parameter is reported on one line, prefixed with the script name", async () => {
    writeFileSync(join(dir, 'needs.ps1'), 'param([Parameter(Mandatory)] $Identity) "got $Identity"');
    const r = await cli([join(dir, 'needs.ps1')]);
    expect(r.stderr).toBe('needs.ps1: Cannot process command because of one or more missing mandatory parameters: Identity.\n');
    expect(r.code).toBe(1);
    expect((await cli([join(dir, 'needs.ps1'), '-Identity', 'ann'])).stdout).toBe('got ann\n');
  });

  it('exit in a script file becomes the process exit code', async () => {
    const file = join(dir, 'exit.ps1');
    writeFileSync(file, '"before"\nexit 9\n"after"');
    expect(await cli([file])).toEqual({ code: 9, stdout: 'before\n', stderr: '' });
  });

  it('names the file in errors', async () => {
    const file = join(dir, 'err.ps1');
    writeFileSync(file, '"ok"\nthrow "bad"');
    const r = await cli([file]);
    expect(r.stderr.split('\n')[0]).toBe(`Exception: ${file}:2`);
  });

  it('a missing script file is a command-line error', async () => {
    const r = await cli(['nope.ps1']);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("The argument 'nope.ps1' is not recognized as the name of a script file.");
  });

  it('reads the script from stdin when stdin is not a terminal', async () => {
    const r = await cli([], { readStdin: async () => '"from stdin"\n2 + 2' });
    expect(r.stdout).toBe('from stdin\n4\n');
  });
});

describe('options', () => {
  it('--version and --help', async () => {
    expect((await cli(['--version'])).stdout).toMatch(/^exosh \d+\.\d+\.\d+\n$/);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('exosh --check FILE...');
  });

  it('an unknown option exits 64', async () => {
    const r = await cli(['--bogus']);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("unknown option '--bogus'");
  });
});

describe('exosh --check', () => {
  it('prints FILE:LINE:COL: message and exits 1 for a syntax error', async () => {
    writeFileSync(join(dir, 'good.ps1'), 'Get-Mailbox | Where-Object { $_.Name -like "a*" }\n');
    writeFileSync(join(dir, 'bad.ps1'), '"ok"\nif ($x) {\n');
    const r = await cli(['--check', 'good.ps1', 'bad.ps1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("bad.ps1:2:9: Missing closing '}' in statement block or type definition.\n");
    expect((await cli(['--check', 'good.ps1'])).code).toBe(0);
  });

  it('reports an unreadable file and exits 1 without crashing', async () => {
    mkdirSync(join(dir, 'adir'), { recursive: true });
    const r = await cli(['--check', 'missing.ps1', 'adir']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('missing.ps1: file not found\nadir: is a directory\n');
  });

  it('never crashes on arbitrary file contents', async () => {
    const file = join(dir, 'fuzz.ps1');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(fc.constantFrom('{', '}', '(', ')', '$', '@', '"', "'", '`', '|', '\n', 'if', 'function', '-', '[int]', '@"\n', '"@', '#', '<#', '#>', ' '), { maxLength: 40 }).map((a) => a.join('')),
        ),
        async (text) => {
          writeFileSync(file, text);
          const r = await cli(['--check', 'fuzz.ps1']);
          expect([0, 1]).toContain(r.code);
          for (const line of r.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^fuzz\.ps1:\d+:\d+: ./);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the built executable', () => {
  const built = join(process.cwd(), 'dist', 'cli.js');
  it.skipIf(!existsSync(built))('runs as node dist/cli.js with the exit code of the script', () => {
    const r = spawnSync(process.execPath, [built, '-c', '"hi"; exit 3'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stdout).toBe('hi\n');
    expect(r.status).toBe(3);
  });
});

describe('Start-Transcript in batch mode', () => {
  it('copies stdout and stderr to the file until Stop-Transcript', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'exosh-cli-transcript-'));
    try {
      const file = join(folder, 't.txt');
      const r = await cli(['-c', `Start-Transcript ${file} | Out-Null; 'kept'; Write-Error 'bad'; Stop-Transcript | Out-Null; 'not kept'`]);
      expect(r.stdout).toBe('kept\nnot kept\n');
      const { readFileSync } = await import('node:fs');
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('\nkept\nWrite-Error: bad\n');
      expect(text).not.toContain('not kept');
      expect(text).toContain('PowerShell transcript end');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
