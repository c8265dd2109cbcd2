// A real terminal for end-to-end tests: the built exosh in a tmux pane of a given size, keys sent
// with send-keys, the screen read with capture-pane. Each terminal has its own tmux server.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const TMUX = ['/usr/bin/tmux', '/usr/local/bin/tmux', '/opt/homebrew/bin/tmux'].find((p) => existsSync(p));
export const CLI = join(process.cwd(), 'dist', 'cli.js');

let serial = 0;

export class TmuxTerminal {
  private readonly socket = `exosh-e2e-${process.pid}-${serial++}`;

  constructor(width: number, height: number, args: string[], env: Record<string, string>, cwd: string) {
    const envArgs = Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
    // `; sleep` keeps the pane (and what exosh last drew) after it exits, for the tests that leave.
    const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ') + '; echo "[exited $?]"; sleep 60';
    this.tmux('new-session', '-d', '-s', 'e2e', '-x', String(width), '-y', String(height), '-c', cwd, ...envArgs, command);
  }

  private tmux(...args: string[]): string {
    // Generous: on a loaded machine (CI, several test runs on two cores) tmux itself can be slow to answer.
    const r = spawnSync(TMUX!, ['-L', this.socket, ...args], { encoding: 'utf8', timeout: 30_000 });
    if (r.status !== 0) throw new Error(`tmux ${args[0]} failed: ${r.stderr}`);
    return r.stdout;
  }

  /** Text typed literally (no key names). */
  type(text: string): void {
    this.tmux('send-keys', '-t', 'e2e', '-l', text);
  }

  /** Key names: Enter, Up, C-c, C-d... */
  keys(...names: string[]): void {
    this.tmux('send-keys', '-t', 'e2e', ...names);
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'e2e');
  }

  /** The pane's lines with trailing blanks dropped. */
  lines(): string[] {
    return this.screen().replace(/\s+$/, '').split('\n');
  }

  /** Polls the screen until it shows `pattern`; the wait is long so a loaded machine is slow, not failing. */
  async waitFor(pattern: RegExp, ms = 60_000): Promise<string> {
    const start = Date.now();
    for (;;) {
      const screen = this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() - start > ms) throw new Error(`the terminal never showed ${pattern}; it shows:\n${screen}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  close(): void {
    spawnSync(TMUX!, ['-L', this.socket, 'kill-server'], { timeout: 30_000 });
  }
}
