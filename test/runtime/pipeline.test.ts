// The pipeline engine: objects flow one at a time, arrays unroll, stopUpstream ends upstream
// work, asynchronous commands interleave with synchronous ones, output streams as it is made.
import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';
import { newSession, produced, run, testCommands } from './engine-harness.js';

beforeEach(() => {
  produced.count = 0;
});

describe('pipeline engine', () => {
  it('stops an endless upstream command when a downstream one has enough', async () => {
    const r = await run('Get-Numbers | Select-Head 3');
    expect(r.output).toEqual([1, 2, 3, 'seen 3']);
    expect(produced.count).toBe(3);
  });

  it('stops a lazily enumerated range without materialising it', async () => {
    const r = await run('1..1000000000 | Select-Head 2');
    expect(r.output).toEqual([1, 2, 'seen 2']);
  });

  it('stops an asynchronous producer and still ends downstream normally', async () => {
    const r = await run('Get-AsyncNumbers 100 | Select-Head 2 | ForEach-Object { "got $_" }');
    expect(r.output).toEqual(['got 1', 'got 2', 'got seen 2']);
    expect(produced.count).toBe(2);
    expect(r.success).toBe(true);
  });

  it('aborts the upstream command signal on stopUpstream', async () => {
    const s = new Session({
      commands: [
        ...testCommands,
        {
          metadata: { name: 'Watch-Signal', parameters: [] },
          create: (ctx) => ({
            async process() {
              for (let i = 1; i <= 5; i++) {
                if (ctx.signal.aborted) return;
                await ctx.write(i);
              }
            },
            end() {
              ctx.write('end should not run for a stopped command');
            },
          }),
        },
      ],
    });
    const r = await s.run('Watch-Signal | Select-Head 1');
    expect(r.output).toEqual([1, 'seen 1']);
  });

  it('unrolls arrays written by expressions but keeps arrays written as one object', async () => {
    expect((await run('1, (2, 3) | ForEach-Object { "[$_]" }')).output).toEqual(['[1]', '[2 3]']);
    expect((await run(',(1, 2) | ForEach-Object { $_.Count }')).output).toEqual([2]);
  });

  it('runs every begin block first; objects written in begin wait for the next begin', async () => {
    const text = 'function A { begin { "A begin" } process { "A $_" } }; function B { begin { "B begin" } process { "B got $_" } }; 1 | A | B';
    expect((await run(text)).output).toEqual(['B begin', 'B got A begin', 'B got A 1']);
  });

  it('streams output objects as they are produced', async () => {
    const s = newSession();
    const seen: unknown[] = [];
    const it = s.runStreaming('Get-AsyncNumbers 3 | ForEach-Object { $_ * 10 }');
    for await (const v of it) seen.push(v);
    expect(seen).toEqual([10, 20, 30]);
  });

  it('formats the output and returns the text', async () => {
    const r = await run('"a"; 1..2');
    expect(r.text).toBe('a\n1\n2\n');
  });

  it('interleaves Write-Host with formatted output in order', async () => {
    const chunks: string[] = [];
    const s = new Session({ streams: { output: (t) => chunks.push(`out:${t}`), host: (t) => chunks.push(`host:${t}`) } });
    await s.run('"one"; Write-Host "two"; "three"');
    expect(chunks).toEqual(['out:one\n', 'host:two', 'out:three\n']);
  });

  it('an error in the middle of a table keeps one header: rows before it, the error, rows after it', async () => {
    const chunks: string[] = [];
    const s = new Session({ streams: { output: (t) => chunks.push(t), error: (e) => chunks.push(`error:${e.message}`) } });
    const r = await s.run("1..4 | ForEach-Object { if ($_ -eq 3) { Write-Error 'three' }; [pscustomobject]@{ A = $_ } }");
    const text = chunks.join('|');
    expect(text.match(/^\s*A\s*$/gm)?.length ?? 0).toBe(1);
    expect(text.indexOf('error:three')).toBeGreaterThan(text.indexOf('2'));
    expect(text.indexOf('error:three')).toBeLessThan(text.lastIndexOf('4'));
    expect(r.text.match(/^A\s*$/gm)).toHaveLength(1);
  });

  it('shows table rows of a slow producer before it ends (Format-Table streams too)', async () => {
    for (const text of [
      '1..3 | ForEach-Object { [pscustomobject]@{ A = $_ }; Start-Sleep -Milliseconds 1000 }',
      '1..3 | ForEach-Object { [pscustomobject]@{ A = $_ }; Start-Sleep -Milliseconds 1000 } | Format-Table',
    ]) {
      const chunks: string[] = [];
      const s = new Session({ streams: { output: (t) => chunks.push(t) } });
      const running = s.run(text);
      // ForEach-Object hands each object on as the block writes it: row 1 at once, shown after the
      // formatter's ~300 ms wait for column widths; row 2 only after the first one-second sleep.
      await new Promise((r) => setTimeout(r, 600));
      expect(chunks.join('')).toMatch(/^-\s*$/m);
      expect(chunks.join('')).toMatch(/^1\s*$/m);
      expect(chunks.join('')).not.toMatch(/^2\s*$/m);
      const r = await running;
      expect(r.text.match(/^A\s*$/gm)).toHaveLength(1);
      expect(r.text).toMatch(/^3\s*$/m);
    }
  });

  it('Select-Object -First stops the upstream cmdlets too', async () => {
    const r = await run('Get-Numbers | Select-Object -First 2');
    expect(r.output).toEqual([1, 2]);
    expect(produced.count).toBe(2);
  });

  it('pipes a large range through script blocks in order', async () => {
    const r = await run('1..100000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object');
    expect((r.output[0] as { get(n: string): unknown }).get('Count')).toBe(33333);
  });

  it('Session.abort() (Ctrl+C) stops a running asynchronous pipeline with PowerShell\'s message', async () => {
    const s = newSession();
    const running = s.run('Get-AsyncNumbers 1000000 | ForEach-Object { $_ }; "not reached"');
    setTimeout(() => s.abort(), 20);
    const r = await running;
    expect(r.output).not.toContain('not reached');
    expect(produced.count).toBeLessThan(1000000);
    expect(r.errors.map((e) => e.message)).toEqual(['The pipeline has been stopped.']);
    expect(r.success).toBe(false);
  });

  it('shows scalar output while a slow command is still running', async () => {
    const chunks: string[] = [];
    const s = new Session({ commands: testCommands, streams: { output: (t) => chunks.push(t) } });
    await s.run('1..3 | ForEach-Object { Start-Sleep -Milliseconds 120; "line $_" }');
    expect(chunks.join('')).toBe('line 1\nline 2\nline 3\n');
    expect(chunks.length).toBeGreaterThan(1);
  });
});
