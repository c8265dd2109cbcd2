// An app on ink-testing-library's fake terminal, over a real Session with the local room.
import { createElement } from 'react';
import { render } from 'ink-testing-library';
import type { CommandDefinition } from '../../../src/runtime/command.js';
import { createDefaultSession } from '../../../src/local-session.js';
import { App } from '../../../src/ui/app/app.js';
import { outConsoleGridView } from '../../../src/ui/app/grid/out-console-grid-view.js';
import type { PromptConnection } from '../../../src/ui/app/prompt-model.js';
import { ReplController } from '../../../src/ui/app/repl-controller.js';
import { ReplHost } from '../../../src/ui/app/repl-host.js';

export const ENTER = '\r';
export const CTRL_C = '\x03';
export const CTRL_D = '\x04';
export const UP = '\x1b[A';

export const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

export interface AppHarnessOptions {
  commands?: CommandDefinition[];
  connections?: () => readonly PromptConnection[];
  startup?: { label: string; done: Promise<void> };
  cwd?: string;
}

export async function startApp(options: AppHarnessOptions = {}) {
  const host = new ReplHost({ color: false, width: () => 100, height: () => 10 });
  let screenClears = 0;
  host.clearScreen = () => void screenClears++;
  const session = createDefaultSession({ host: host.hostServices(), streams: host.streams(), commands: [outConsoleGridView, ...(options.commands ?? [])], cwd: options.cwd ?? '/tmp', env: { HOME: '/home/admin' } });
  const controller = new ReplController({ session, host, ...(options.connections ? { connections: options.connections } : {}), ...(options.startup ? { startup: options.startup } : {}) });
  const exits: number[] = [];
  let clears = 0;
  // What scrolled above the live frame, as the terminal would keep it.
  let scrollback = '';
  const ink = render(createElement(App, { controller, onExit: (c: number) => void exits.push(c), onClearScreen: () => void clears++, writeOutput: (t: string) => void (scrollback += t) }));
  const screen = () => scrollback + (ink.lastFrame() ?? '');
  /** Types text (each call one chunk, as a terminal delivers a keypress or a paste) and lets the app react. */
  const type = async (...chunks: string[]) => {
    for (const c of chunks) {
      ink.stdin.write(c);
      await tick();
    }
  };
  /** Waits until the screen shows `pattern` (or fails after `ms`). */
  const waitFor = async (pattern: RegExp | string, ms = 3000): Promise<string> => {
    const start = Date.now();
    for (;;) {
      const frame = screen();
      if (typeof pattern === 'string' ? frame.includes(pattern) : pattern.test(frame)) {
        // What just appeared may still be attaching its key handler (an effect after the frame).
        await tick(20);
        return frame;
      }
      if (Date.now() - start > ms) throw new Error(`screen never showed ${String(pattern)}; it shows:\n${frame}`);
      await tick(10);
    }
  };
  // Keys typed before the first frame would reach no handler yet.
  await waitFor(/PS .*>/);
  await tick();
  return { ink, host, session, controller, exits, clears: () => clears, type, waitFor, frame: screen, screenClears: () => screenClears };
}
