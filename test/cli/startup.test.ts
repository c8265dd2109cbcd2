// Start-up: batch mode does not pay for the REPL's rooms (Ink, React) nor for the sandbox and
// sign-in (msal-node) it does not use.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const cli = join(root, 'dist', 'cli.js');
const hook = join(root, 'test', 'cli', 'fixtures', 'log-imports.mjs');

function importsOf(args: string[]): { packages: string[]; stdout: string } {
  const r = spawnSync(process.execPath, ['--import', hook, cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  const packages = r.stderr
    .split('\n')
    .filter((l) => l.startsWith('IMPORT '))
    .map((l) => l.slice(7).split('/')[0]!);
  return { packages: [...new Set(packages)], stdout: r.stdout };
}

describe.skipIf(!existsSync(cli))('what each mode loads (needs dist/: npm run build)', () => {
  it('exosh -c loads neither Ink nor React, nor msal-node or the sandbox', () => {
    const { packages, stdout } = importsOf(['-c', '1 + 1; Get-Date -Year 2024 -Month 1 -Day 2 -Format yyyy']);
    expect(stdout).toBe('2\n2024\n');
    expect(packages).not.toContain('ink');
    expect(packages).not.toContain('react');
    expect(packages).not.toContain('@azure');
    expect(packages).not.toContain('node-forge');
  });

  it('exosh --version loads nothing beyond its option parser', () => {
    const { packages } = importsOf(['--version']);
    expect(packages).toEqual(['minimist']);
  });
});
