// Loops that Ctrl+C can stop. A loop whose body never awaits (`while ($true) { $i++ }`) would hold
// the event loop for good, so neither the REPL's Ctrl+C key nor SIGINT could ever reach the
// session's abort signal. Every loop therefore counts its turns and, about every TURN_EVERY_MS,
// gives the event loop one setImmediate turn and then checks the signal.
import type { MaybePromise } from './async.js';

const TURN_EVERY_MS = 50;
/** Iterations between two looks at the clock: Date.now() per iteration would show in benchmarks. */
const CLOCK_EVERY = 1024;

// Shared by every loop: what matters is how long the process has held the event loop, not one loop.
let ticks = 0;
let lastTurn = Date.now();

function turnDue(): boolean {
  const now = Date.now();
  if (now - lastTurn < TURN_EVERY_MS) return false;
  lastTurn = now;
  return true;
}

/** Resolves after one turn of the event loop, rejecting with `stopped()` if the signal aborted meanwhile. */
function turn(signal: AbortSignal | undefined, stopped: () => Error): Promise<true> {
  return new Promise((resolve, reject) => {
    setImmediate(() => (signal?.aborted ? reject(stopped()) : resolve(true)));
  });
}

/**
 * Runs `step` until it returns false, like `runLoop`, but stays abortable: synchronous until a step
 * (or a due event-loop turn) returns a promise, then asynchronous from there. `stopped` builds the
 * error that ends the loop once `signal` aborted.
 */
export function runInterruptibleLoop(step: () => MaybePromise<boolean>, signal: AbortSignal | undefined, stopped: () => Error): MaybePromise<void> {
  const pending = runSynchronously(step, signal, stopped);
  return pending === undefined ? undefined : continueLoop(pending, step, signal, stopped);
}

/**
 * Iterates while steps are synchronous; returns undefined when the loop ended, else what it waits
 * for (a step's promise or an event-loop turn). Kept apart from the async continuation so the
 * iterations after the first wait run as fast plain-function code too.
 */
function runSynchronously(step: () => MaybePromise<boolean>, signal: AbortSignal | undefined, stopped: () => Error): Promise<boolean> | undefined {
  for (;;) {
    const r = step();
    if (r === false) return undefined;
    if (r !== true) return r;
    if ((++ticks & (CLOCK_EVERY - 1)) === 0) {
      if (signal?.aborted) throw stopped();
      if (turnDue()) return turn(signal, stopped);
    }
  }
}

async function continueLoop(first: Promise<boolean>, step: () => MaybePromise<boolean>, signal: AbortSignal | undefined, stopped: () => Error): Promise<void> {
  let pending: Promise<boolean> | undefined = first;
  while (pending !== undefined) {
    if (!(await pending)) return;
    pending = runSynchronously(step, signal, stopped);
  }
}
