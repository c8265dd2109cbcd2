// Every stage that looks at ctx.signal listens to the session's Ctrl+C signal; the listener must go
// when the stage ends, or a loop of commands piles them up (MaxListenersExceededWarning after 10).
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandContext, CommandDefinition } from '../../src/runtime/command.js';
import { Session } from '../../src/local-session.js';

let session: Session;
const listenerCounts: number[] = [];

/** Like a remote cmdlet: hands ctx.signal to its I/O, and reports how many listen on Ctrl+C now. */
const useSignal: CommandDefinition = {
  metadata: { name: 'Use-Signal', parameters: [] },
  create: (ctx: CommandContext) => ({
    process() {
      void ctx.signal;
      listenerCounts.push(getEventListeners(session.currentSignal!, 'abort').length);
    },
  }),
};

const warnings: Error[] = [];
const onWarning = (w: Error) => warnings.push(w);
afterEach(() => {
  process.off('warning', onWarning);
});

describe('abort listeners', () => {
  it('a script running 200 commands that use ctx.signal leaves none behind and warns about nothing', async () => {
    process.on('warning', onWarning);
    session = new Session({ commands: [useSignal] });
    const r = await session.run('foreach ($i in 1..200) { Use-Signal }; Use-Signal | Out-Null');
    await new Promise((resolve) => setImmediate(resolve));
    expect(r.errors).toEqual([]);
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([]);
    expect(listenerCounts).toHaveLength(201);
    expect(Math.max(...listenerCounts)).toBeLessThanOrEqual(2);
  });

  it('Ctrl+C still reaches a running stage', async () => {
    let seen: AbortSignal | undefined;
    const wait: CommandDefinition = {
      metadata: { name: 'Wait-Abort', parameters: [] },
      create: (ctx) => ({
        process: () =>
          new Promise<void>((resolve) => {
            seen = ctx.signal;
            ctx.signal.addEventListener('abort', () => resolve());
            setImmediate(() => session.abort());
          }),
      }),
    };
    session = new Session({ commands: [wait] });
    await session.run('Wait-Abort');
    expect(seen?.aborted).toBe(true);
  });
});
