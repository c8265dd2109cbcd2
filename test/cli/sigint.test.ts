// Ctrl+C in batch mode, as pwsh 7.6 takes it (checked with `pwsh -c` and kill -INT): the running
// statement stops, catch blocks do not see the stop, finally blocks run with their output, nothing
// is printed for the stop itself and the process exits 0. A loop that never awaits is stopped too.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(process.cwd(), 'dist', 'cli.js');
/** Not a speed figure: only how long a stopped script may take before the test calls it a hang. */
const HANG_MS = 20_000;

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
  hung: boolean;
}

/** Runs `exosh -c script`, sends SIGINT once the script printed 'ready', and waits for the exit. */
function interrupt(script: string): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, '-c', script], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let sent = false;
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, HANG_MS);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!sent && stdout.includes('ready\n')) {
        sent = true;
        // A moment later, so the script is inside its loop or sleep, not still printing 'ready'.
        setTimeout(() => child.kill('SIGINT'), 300);
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, hung });
    });
  });
}

describe.skipIf(!existsSync(cli))('Ctrl+C (SIGINT) in exosh -c (needs dist/: npm run build)', () => {
  it('stops an endless loop with no await in it and runs the finally block', async () => {
    const r = await interrupt("try { 'ready'; while ($true) { $i++ } } finally { 'cleanup'; Write-Output ($i -gt 0) }; 'after'");
    expect(r).toEqual({ code: 0, stdout: 'ready\ncleanup\nTrue\n', stderr: '', hung: false });
  });

  it('stops Start-Sleep and runs the finally block: try { Start-Sleep 60 } finally { "cleanup" }', async () => {
    const r = await interrupt("try { 'ready'; Start-Sleep 60 } finally { 'cleanup' }");
    expect(r).toEqual({ code: 0, stdout: 'ready\ncleanup\n', stderr: '', hung: false });
  });

  it('stops a pipeline whose script block never awaits; catch does not take the stop', async () => {
    const r = await interrupt("try { 'ready'; 1..1e9 | ForEach-Object { $n++ } } catch { 'caught' } finally { 'cleanup' }");
    expect(r).toEqual({ code: 0, stdout: 'ready\ncleanup\n', stderr: '', hung: false });
  });

  it('a trap does not take the stop either: trap { "trapped" }; Start-Sleep 60', async () => {
    const r = await interrupt("trap { 'trapped' }; 'ready'; Start-Sleep 60; 'after'");
    expect(r).toEqual({ code: 0, stdout: 'ready\n', stderr: '', hung: false });
  });

  it('stops for and do loops nested in a function, running each finally on the way out', async () => {
    const script = "function f { try { for (;;) { do { $j++ } while ($true) } } finally { 'inner' } }; try { 'ready'; f } finally { 'outer' }";
    const r = await interrupt(script);
    expect(r).toEqual({ code: 0, stdout: 'ready\ninner\nouter\n', stderr: '', hung: false });
  });
});
