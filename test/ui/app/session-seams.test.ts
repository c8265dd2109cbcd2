// The runtime seams the REPL stands on (issue 8): live width, streaming runs that keep nothing,
// one Ctrl+C for the running command line and everything nested in it, and a runtime that does not
// reach into the command and format rooms.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandDefinition } from '../../../src/runtime/command.js';
import { Session as RuntimeSession } from '../../../src/runtime/session.js';
import { Session, createDefaultSession } from '../../../src/local-session.js';

describe('the host width is read live', () => {
  it('a resized terminal lays out the next table to its new width', async () => {
    let columns = 200;
    const session = createDefaultSession({ host: { get width() { return columns; } } });
    const cmd = "[pscustomobject]@{ Name = 'n' * 70; Description = 'd' * 70 }";
    const wide = (await session.run(cmd)).text;
    columns = 60;
    const narrow = (await session.run(cmd)).text;
    expect(Math.max(...wide.split('\n').map((l) => l.length))).toBeGreaterThan(100);
    expect(Math.max(...narrow.split('\n').map((l) => l.length))).toBeLessThanOrEqual(60);
    expect(session.host.width).toBe(60);
  });
});

describe('a streaming run keeps nothing', () => {
  it('shows everything through the listeners and leaves the RunResult empty', async () => {
    const shown: string[] = [];
    const errors: string[] = [];
    const session = new Session({ streams: { output: (t) => shown.push(t), error: (r) => errors.push(r.message), warning: () => undefined, host: () => undefined } });
    const result = await session.run("1..3; Write-Warning 'w'; Write-Host 'h'; Write-Error 'e'", { collect: false });
    expect(shown.join('')).toBe('1\n2\n3\n');
    expect(errors).toEqual(['e']);
    expect(result).toMatchObject({ output: [], text: '', warnings: [], host: [], errors: [], success: false });
  });

  it('batch mode and tests keep collecting by default', async () => {
    const result = await new Session().run('1..3');
    expect(result.output).toEqual([1, 2, 3]);
    expect(result.text).toBe('1\n2\n3\n');
  });
});

describe('one Ctrl+C per Session', () => {
  it('abort() stops the running pipeline and a run nested in it', async () => {
    let session!: Session;
    let innerFinished: boolean | undefined;
    const nested: CommandDefinition = {
      metadata: { name: 'Invoke-Nested', parameters: [] },
      create: () => ({
        async process() {
          const inner = await session.run('Start-Sleep -Seconds 30; "inner done"');
          innerFinished = inner.output.includes('inner done');
        },
      }),
    };
    session = new Session({ commands: [nested] });
    const outer = session.run('Invoke-Nested; "outer done"');
    await new Promise((r) => setTimeout(r, 50));
    expect(session.running).toBe(true);
    session.abort();
    const result = await outer;
    expect(innerFinished).toBe(false);
    expect(result.output).not.toContain('outer done');
    expect(result.errors.map((e) => e.message)).toEqual(['The pipeline has been stopped.']);
    expect(session.running).toBe(false);
    // The next command line gets a fresh signal.
    expect((await session.run('Start-Sleep -Milliseconds 1; "again"')).output).toEqual(['again']);
  });

  it('abort() between runs does not poison the next one', async () => {
    const session = new Session();
    session.abort();
    expect((await session.run('"ok"')).output).toEqual(['ok']);
  });
});

describe('the composition roots wire the rooms', () => {
  it('a runtime-only Session has the engine but not the local cmdlets', async () => {
    const session = new RuntimeSession();
    const result = await session.run('Get-Date');
    expect(result.errors[0]?.errorId).toBe('CommandNotFoundException');
    expect((await session.run('1 + 1')).text).toBe('2\n');
  });

  it('src/runtime imports nothing from commands, format views, exchange or ui', () => {
    const dir = join(import.meta.dirname, '../../../src/runtime');
    const offenders: string[] = [];
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/from '\.\.\/(commands|exchange|ui|sandbox)\/[^']*'|from '\.\.\/format\/(index|out|views)\.js'/g)) offenders.push(`${file}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
