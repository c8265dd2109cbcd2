// Issue 9's parser, command-line and large-data items, each as pwsh 7.6 behaves (checked against
// pwsh; the same behaviours also have cases in test/conformance/cases/parser.ps1 and arrays.ps1).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli.js';
import { runCli } from '../cli/run-cli.js';
import { parse } from '../../src/language/parser.js';

const dir = mkdtempSync(join(tmpdir(), 'exosh-issue9-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function exosh(argv: string[], extra: Partial<CliIO> = {}) {
  return runCli(argv, dir, { columns: 120, ...extra });
}

describe('command line', () => {
  it('runs a command that starts with a dash: exosh -c "-not $null"', async () => {
    expect(await exosh(['-c', '-not $null'])).toEqual({ code: 0, stdout: 'True\n', stderr: '' });
    expect((await exosh(['-Command', '-not', '$true'])).stdout).toBe('False\n');
  });

  it('-c with nothing after it is pwsh\'s "A command must follow -Command." with exit 64', async () => {
    const r = await exosh(['-c']);
    expect(r.code).toBe(64);
    expect(r.stderr).toBe('Cannot process the command because of a missing parameter. A command must follow -Command.\n');
  });

  it('$null.Count and $null.Length are 0', async () => {
    expect((await exosh(['-c', '$null.Count; $null.Length; $x = $null; $x.Count'])).stdout).toBe('0\n0\n0\n');
  });

  it('a script longer than the longest string Node can hold is a clean error, not a stack trace', async () => {
    const tooLong = Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), { code: 'ERR_STRING_TOO_LONG' });
    const r = await exosh([], { readStdin: async () => Promise.reject(tooLong) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^exosh: the script on standard input is longer than the longest text exosh can read/);
    expect(r.stderr).not.toMatch(/\bat \S+:\d+/);
  });
});

describe('parser', () => {
  it('a member-access dot at the end of a line continues on the next (fluent style)', async () => {
    expect((await exosh(['-c', "$s = 'abc'\n$s.\n  Length\n'a'.\n  ToUpper().\n  Length\n[string]::\nJoin('-', 1, 2)"])).stdout).toBe('3\n1\n1-2\n');
  });

  it('a digit right before > or >> where a value is expected is a number, then a redirection', async () => {
    const r = await exosh(['-c', "1..5>x.txt; 2>y.txt; 3>>y.txt; Get-Item nope 2>$null; 'done'"]);
    expect(r).toEqual({ code: 0, stdout: 'done\n', stderr: '' });
    expect(readFileSync(join(dir, 'x.txt'), 'utf8')).toBe('1\n2\n3\n4\n5\n');
    expect(readFileSync(join(dir, 'y.txt'), 'utf8')).toBe('2\n3\n');
  });

  it('`u{...} escapes apply inside ${...} variable names and function names', async () => {
    const r = await exosh(['-c', '${a`u{62}c} = 5; $abc; ${x`}y} = 1; ${x`}y}; function f`u{41}x { "fn" }; fAx']);
    expect(r).toEqual({ code: 0, stdout: '5\n1\nfn\n', stderr: '' });
  });

  it('a parse error points at the token found: if ($true { marks the {', async () => {
    const r = await exosh(['-c', 'if ($true {']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("   1 |  if ($true {\n     |            ~\n     | Unexpected token '{' in expression or statement.");
    const errors = parse('foreach ($i in 1..3 {').errors;
    expect(errors[0]).toMatchObject({ message: "Unexpected token '{' in expression or statement." });
  });

  it('parses 1 MB string literals of every kind (the scanners copy runs, not characters)', () => {
    const big = 'x'.repeat(1_000_000);
    for (const [text, length] of [
      [`'${big}'`, 1_000_000],
      [`"${big}"`, 1_000_000],
      [`"${'a`tb'.repeat(250_000)}"`, 750_000],
      [`@"\n${big}\n"@`, 1_000_000],
      [`@'\n${big}\n'@`, 1_000_000],
      [`Write-Output ${big}`, 1_000_000],
    ] as const) {
      const r = parse(text);
      expect(r.errors).toEqual([]);
      const json = JSON.stringify(r.ast, (_k, v: unknown) => (typeof v === 'string' && v.length > 1000 ? `<${v.length}>` : v));
      expect(json).toContain(`<${length}>`);
    }
  });
});

describe('large data', () => {
  it('-split, * and + build arrays of more than 120,000 elements (no call depth overflow)', async () => {
    const r = await exosh(['-c', '$a = 1..200000; ($a + $a).Count; (@(1..200000) * 2).Count; ((1..150000) -join "," -split ",").Count; (-split ("a " * 300000)).Count']);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['400000', '400000', '150000']);
  });

  it('a million-element split works', async () => {
    expect(await exosh(['-c', '$s = "a," * 1000000; ($s -split ",").Count'])).toEqual({ code: 0, stdout: '1000001\n', stderr: '' });
  });
});

describe('incomplete input', () => {
  it('exosh -c with an open construct at the end prints nothing and exits 1, as pwsh -c does', async () => {
    expect(await exosh(['-c', 'if ($true'])).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(await exosh(['-c', "'x'; function f {"])).toEqual({ code: 1, stdout: '', stderr: '' });
  });
});
