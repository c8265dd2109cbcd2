// The REPL's entry point for the composition root (cli.ts): make the host first (the Session's
// options need its streams and prompts), then start the app on the terminal with the Session.
import { createElement } from 'react';
import { render } from 'ink';
import type { Session } from '../runtime/session.js';
import { App } from './app/app.js';
import type { PromptConnection } from './app/prompt-model.js';
import { ReplController } from './app/repl-controller.js';
import { ReplHost } from './app/repl-host.js';

export { ReplHost } from './app/repl-host.js';
export type { PromptConnection } from './app/prompt-model.js';

export interface ReplTerminal {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** The host for a REPL Session: pass `host.hostServices()` and `host.streams()` to the Session. */
export function createReplHost(options: { color: boolean; stdout: NodeJS.WriteStream }): ReplHost {
  const stdout = options.stdout;
  return new ReplHost({
    color: options.color,
    width: () => (stdout.columns && stdout.columns > 0 ? stdout.columns : 80),
    height: () => (stdout.rows && stdout.rows > 0 ? stdout.rows : 24),
  });
}

export interface StartReplOptions {
  session: Session;
  host: ReplHost;
  terminal?: ReplTerminal;
  connections?: () => readonly PromptConnection[];
  /** Start-up still under way (`--sandbox` starting and connecting): commands wait for it with a spinner. */
  startup?: { label: string; done: Promise<void> };
  /** A line shown above the first prompt. */
  banner?: string;
}

/** Runs the REPL until the user leaves; resolves with the exit code. */
export async function startRepl(options: StartReplOptions): Promise<number> {
  const terminal = options.terminal ?? { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  const controller = new ReplController({
    session: options.session,
    host: options.host,
    ...(options.connections ? { connections: options.connections } : {}),
    ...(options.startup ? { startup: options.startup } : {}),
  });
  let code = 0;
  if (options.banner) options.host.output.append(options.banner + '\n');
  const clearScreen = () => {
    options.host.output.clear();
    instance.clear();
    terminal.stdout.write('\x1b[2J\x1b[3J\x1b[H');
  };
  options.host.clearScreen = clearScreen;
  const instance = render(
    createElement(App, {
      controller,
      onExit: (c: number) => (code = c),
      onClearScreen: clearScreen,
    }),
    { stdin: terminal.stdin, stdout: terminal.stdout, stderr: terminal.stderr, exitOnCtrlC: false, patchConsole: false },
  );
  await instance.waitUntilExit();
  return code;
}
