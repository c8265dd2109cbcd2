// `exosh --sandbox`: the sandbox runs in a child process (`exosh sandbox serve`), so its tenant
// store lives outside the shell's heap, and keeps its data in the user's data folder so a second
// start reuses the CA, keys and mailboxes. The child is stopped when exosh exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import type { SandboxEndpoint } from './services.js';

/**
 * exosh's data folder: `$XDG_DATA_HOME/exosh` or `~/.local/share/exosh` on Linux,
 * `~/Library/Application Support/exosh` on macOS, `%LOCALAPPDATA%\exosh` on Windows.
 */
export function userDataFolder(platform: NodeJS.Platform = process.platform, env: Record<string, string | undefined> = process.env, home: string = homedir()): string {
  if (platform === 'win32') return win32.join(env['LOCALAPPDATA'] || win32.join(home, 'AppData', 'Local'), 'exosh');
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', 'exosh');
  const dataHome = env['XDG_DATA_HOME'] && posix.isAbsolute(env['XDG_DATA_HOME']) ? env['XDG_DATA_HOME'] : posix.join(home, '.local', 'share');
  return posix.join(dataHome, 'exosh');
}

/** The line `serve` prints for clients: `exosh --sandbox-url URL --ca-file PATH`. */
const CONNECT_LINE = /exosh --sandbox-url (\S+) --ca-file (.+)$/m;

export function parseConnectLine(text: string): { url: string; caFile: string } | undefined {
  const m = CONNECT_LINE.exec(text);
  return m ? { url: m[1]!, caFile: m[2]!.trim() } : undefined;
}

export interface SandboxProcess extends SandboxEndpoint {
  /** Stops the child (SIGTERM: it closes its store cleanly). Safe to call twice. */
  stop(): void;
}

export class SandboxStartError extends Error {}

export interface SandboxProcessOptions {
  /** The exosh entry point the child runs (dist/cli.js). */
  cliPath: string;
  dataDir: string;
  /** Mailboxes in contoso on a first start (the sandbox's default when absent). */
  mailboxes?: number;
  /** How long a (first) start may take. */
  timeoutMs?: number;
  env?: Record<string, string | undefined>;
  /**
   * Told when the sandbox ends by itself after it was ready (say, its stored changes no longer
   * apply, found while the mailboxes are generated): what it printed on stderr. Default: stderr.
   */
  onUnexpectedExit?: (message: string) => void;
}

export function startSandboxProcess(options: SandboxProcessOptions): Promise<SandboxProcess> {
  const args = [options.cliPath, 'sandbox', 'serve', '--data', options.dataDir, '--port', '0'];
  if (options.mailboxes !== undefined) args.push('--mailboxes', String(options.mailboxes));
  // Its own process group: Ctrl+C at the prompt goes to the terminal's foreground group, and must
  // stop the command being run, not the sandbox under it.
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...(options.env ?? process.env) } as NodeJS.ProcessEnv,
    detached: true,
    windowsHide: true,
  });
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  // Whatever way exosh ends, the sandbox goes with it: a normal exit, or a signal that ends exosh
  // (re-raised after stopping the child, so exosh still ends as the signal says).
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on('exit', stop);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    let ready = false;
    const timer = setTimeout(() => fail(`the sandbox did not start within ${Math.round((options.timeoutMs ?? 180_000) / 1000)} seconds`), options.timeoutMs ?? 180_000);
    const fail = (why: string) => {
      clearTimeout(timer);
      stop();
      reject(new SandboxStartError(`exosh --sandbox: ${why}.${err.trim() ? `\n${err.trim()}` : ''}`));
    };
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (t: string) => void (err += t));
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (t: string) => {
      if (ready) return;
      out += t;
      const found = parseConnectLine(out);
      if (!found) return;
      ready = true;
      clearTimeout(timer);
      let caPem: string;
      try {
        caPem = readFileSync(found.caFile, 'utf8');
      } catch {
        fail(`cannot read the sandbox's CA certificate at ${found.caFile}`);
        return;
      }
      // The sandbox listens before its mailboxes are generated; a store that fails to open then
      // ends it after this point, and the user must hear why rather than only "connection refused".
      // 'close' rather than 'exit': by then everything it wrote on stderr has been read.
      child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
        if (stopped) return;
        const report = options.onUnexpectedExit ?? ((m: string) => void process.stderr.write(`${m}\n`));
        report(`exosh --sandbox: the sandbox stopped (${signal ?? `exit code ${code}`}).${err.trim() ? `\n${err.trim()}` : ''}`);
      });
      // Keep draining the child's output (its shutdown lines) so it never blocks on a full pipe.
      child.stdout!.resume();
      child.unref();
      (child.stdout as unknown as { unref?: () => void }).unref?.();
      (child.stderr as unknown as { unref?: () => void }).unref?.();
      resolve({ url: found.url, caPem, stop });
    });
    child.once('error', (e) => fail(`cannot start the sandbox process (${e.message})`));
    child.once('exit', (code, signal) => {
      if (!ready) fail(`the sandbox process ended before it was ready (${signal ?? `exit code ${code}`})`);
    });
  });
}
