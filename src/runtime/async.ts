// Maybe-async helpers: compiled code returns plain values on the synchronous fast path and a
// promise only when some command really was asynchronous, so no promise is created per object.

export type MaybePromise<T> = T | Promise<T>;

export function isPromise<T>(v: MaybePromise<T>): v is Promise<T> {
  return v instanceof Promise;
}

export function andThen<T, R>(v: MaybePromise<T>, f: (value: T) => MaybePromise<R>): MaybePromise<R> {
  return v instanceof Promise ? v.then(f) : f(v);
}

/**
 * Runs `step` until it returns false. Stays synchronous until a step returns a promise, then
 * continues asynchronously from that point.
 */
export function runLoop(step: () => MaybePromise<boolean>): MaybePromise<void> {
  for (;;) {
    const r = step();
    if (r === false) return;
    if (r !== true) return continueLoop(r, step);
  }
}

async function continueLoop(first: Promise<boolean>, step: () => MaybePromise<boolean>): Promise<void> {
  let more = await first;
  while (more) {
    const r = step();
    more = r instanceof Promise ? await r : r;
  }
}

/** Evaluates each thunk in order, collecting values; async only if one of them is. */
export function sequence<T>(thunks: readonly (() => MaybePromise<T>)[]): MaybePromise<T[]> {
  const out: T[] = new Array(thunks.length);
  for (let i = 0; i < thunks.length; i++) {
    const v = thunks[i]!();
    if (v instanceof Promise) return finishSequence(out, i, v, thunks);
    out[i] = v;
  }
  return out;
}

async function finishSequence<T>(
  out: T[],
  index: number,
  pending: Promise<T>,
  thunks: readonly (() => MaybePromise<T>)[],
): Promise<T[]> {
  out[index] = await pending;
  for (let i = index + 1; i < thunks.length; i++) out[i] = await thunks[i]!();
  return out;
}

/** try/finally over a maybe-async body. */
export function tryFinally<T>(body: () => MaybePromise<T>, final: () => MaybePromise<void>): MaybePromise<T> {
  let r: MaybePromise<T>;
  try {
    r = body();
  } catch (e) {
    const f = final();
    if (f instanceof Promise) return f.then(() => Promise.reject(e));
    throw e;
  }
  if (r instanceof Promise) {
    return r.then(
      async (v) => {
        await final();
        return v;
      },
      async (e: unknown) => {
        await final();
        throw e;
      },
    );
  }
  const f = final();
  return f instanceof Promise ? f.then(() => r as T) : r;
}

/** try/catch over a maybe-async body. */
export function tryCatch<T>(body: () => MaybePromise<T>, handler: (e: unknown) => MaybePromise<T>): MaybePromise<T> {
  let r: MaybePromise<T>;
  try {
    r = body();
  } catch (e) {
    return handler(e);
  }
  return r instanceof Promise ? r.catch(handler) : r;
}

/**
 * Waits `ms`, or resolves early when `signal` aborts (the caller checks it): Start-Sleep and the
 * REST invoker's retry waits, so Ctrl+C never waits out a timer. The listener is removed either way.
 */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || !(ms > 0)) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
