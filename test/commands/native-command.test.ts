// Native commands as pwsh 7.6 runs them on Linux and macOS (each expectation checked with
// `pwsh -NoProfile -File`): argv as $PSNativeCommandArgumentPassing Standard passes it, stdout lines
// as strings, stdin from the pipeline, stderr to the error stream, $LASTEXITCODE and $?.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Session } from '../../src/local-session.js';
import { findExecutable, findNativeCommand } from '../../src/commands/native-command.js';

const posix = process.platform !== 'win32';
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'exosh-native-'));
  const script = (name: string, body: string) => {
    writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(dir, name), 0o755);
  };
  script('argv.sh', 'printf "[%s]\\n" "$@"');
  script('mixed.sh', 'echo out1\necho err1 >&2\nexit 3');
  script('slow.sh', 'echo first\nsleep 30\necho never');
  writeFileSync(path.join(dir, 'not-a-script'), 'Write-Output "parsed as PowerShell"\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function session() {
  return new Session({ cwd: dir, externalCommand: findNativeCommand, env: { ...process.env, HOME: '/home/admin' } });
}
async function run(text: string, s = session()) {
  const r = await s.run(text);
  return { output: r.output, errors: r.errors.map((e) => e.message), success: r.success, session: s };
}

describe.runIf(posix)('native commands', () => {
  it('passes each argument as pwsh Standard does: spaces, empty strings, quotes, $null dropped, numbers as written', async () => {
    const r = await run(`./argv.sh 'a b' '' 'q"x' $null 3 $true -la --foo=bar -foo:bar -foo: bar @(1,2) a,b $(2+3) "x$(1)y" -- 1.50 0x10`);
    expect(r.output).toEqual(['[a b]', '[]', '[q"x]', '[3]', '[True]', '[-la]', '[--foo=bar]', '[-foo:bar]', '[-foo:]', '[bar]', '[1]', '[2]', '[a,b]', '[5]', '[x1y]', '[--]', '[1.50]', '[0x10]']);
  });

  it('expands a bare ~ to the home folder, not a quoted one; splats arrays into arguments', async () => {
    expect((await run("./argv.sh ~ ~/x '~'")).output).toEqual(['[/home/admin]', '[/home/admin/x]', '[~]']);
    expect((await run("$a = 'p q', 'r'; ./argv.sh @a $a")).output).toEqual(['[p q]', '[r]', '[p q]', '[r]']);
  });

  it('stdout lines become strings in the pipeline; a program on PATH is found by name', async () => {
    const r = await run("$x = ./argv.sh 1 2; $x.GetType().FullName; $x[1]; (sh -c 'echo hi') -is [string]");
    expect(r.output).toEqual(['System.Object[]', '[2]', true]);
  });

  it('objects piped in arrive on stdin as text lines (formatted as Out-String would)', async () => {
    expect((await run("1, 2, 'three' | cat")).output).toEqual(['1', '2', 'three']);
    expect((await run("[pscustomobject]@{A=1;B='x'}, [pscustomobject]@{A=2;B='y'} | cat")).output).toEqual(['', 'A B', '- -', '1 x', '2 y', '']);
    expect((await run("'b', 'c', 'a' | sort")).output).toEqual(['a', 'b', 'c']);
  });

  it('stderr goes to the error stream; 2>&1 merges it as NativeCommandError records; $LASTEXITCODE and $? are set', async () => {
    const r = await run('./mixed.sh; "lec=$LASTEXITCODE ok=$?"');
    expect(r.output).toEqual(['out1', 'lec=3 ok=False']);
    expect(r.errors).toEqual(['err1']);
    const merged = await run("$r = ./mixed.sh 2>&1; $r.Count; ($r | ? { $_ -is [System.Management.Automation.ErrorRecord] }).FullyQualifiedErrorId; ./mixed.sh 2>$null; \"ok=$?\"; sh -c 'exit 0'; \"lec=$LASTEXITCODE ok=$?\"");
    expect(merged.errors).toEqual([]);
    expect(merged.output).toEqual([2, 'NativeCommandError', 'out1', 'ok=False', 'lec=0 ok=True']);
  });

  it('$PSNativeCommandUseErrorActionPreference makes a non-zero exit an error that honours -Stop', async () => {
    const r = await run(`$PSNativeCommandUseErrorActionPreference = $true; $ErrorActionPreference = 'Stop'
      try { sh -c 'exit 44'; 'not here' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }`);
    expect(r.output).toEqual(['ProgramExitedWithNonZeroCode', 'Program "sh" ended with non-zero exit code: 44 (0x2C).']);
  });

  it('Select-Object -First stops the program; Ctrl+C (the session\'s abort) kills it', async () => {
    const first = await run('./slow.sh | Select-Object -First 1');
    expect(first.output).toEqual(['first']);
    const s = session();
    const pending = s.run('./slow.sh');
    await new Promise((r) => setTimeout(r, 300));
    s.abort();
    const r = await pending;
    expect(r.output).toEqual(['first']);
  });

  it('a file without .ps1 is never parsed as a script; a missing program is not recognized', async () => {
    const r = await run('./not-a-script; ./nosuch.sh');
    expect(r.output).toEqual([]);
    expect(r.errors.map((e) => e.split('\n')[0])).toEqual([
      "The term './not-a-script' is not recognized as a name of a cmdlet, function, script file, or executable program.",
      "The term './nosuch.sh' is not recognized as a name of a cmdlet, function, script file, or executable program.",
    ]);
  });

  it('functions, aliases and cmdlets come before PATH; ls, cat, sort are programs on Linux as in pwsh', async () => {
    expect((await run("function sh { 'function first' }; sh -c 'echo x'")).output).toEqual(['function first']);
    expect((await run("(Get-Alias dir).Definition; Get-Alias ls -ErrorAction SilentlyContinue; (ls / -d) -is [string]")).output).toEqual(['Get-ChildItem', true]);
  });
});

describe('PATH lookup', () => {
  it('finds executables on PATH, by path, and only executable files on Linux', () => {
    if (!posix) return;
    expect(findExecutable('argv.sh', { cwd: '/', env: { PATH: `/nonexistent${path.delimiter}${dir}` } })).toBe(path.join(dir, 'argv.sh'));
    expect(findExecutable('./argv.sh', { cwd: dir, env: {} })).toBe(path.join(dir, 'argv.sh'));
    expect(findExecutable('./not-a-script', { cwd: dir, env: {} })).toBeUndefined();
    expect(findExecutable('nothing-by-this-name', { cwd: dir, env: { PATH: dir } })).toBeUndefined();
  });

  it('on Windows tries PATHEXT extensions (no cmd.exe involved)', () => {
    const winDir = mkdtempSync(path.join(tmpdir(), 'exosh-pathext-'));
    writeFileSync(path.join(winDir, 'tool.EXE'), '');
    try {
      const found = findExecutable('tool', { cwd: winDir, env: { PATH: winDir, PATHEXT: '.COM;.EXE' } }, true);
      expect(found).toBe(path.join(winDir, 'tool.EXE'));
      expect(findExecutable('tool.EXE', { cwd: winDir, env: { PATH: winDir, PATHEXT: '.COM;.EXE' } }, true)).toBeDefined();
    } finally {
      rmSync(winDir, { recursive: true, force: true });
    }
  });
});
