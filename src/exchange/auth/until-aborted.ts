// Waiting for sign-in work that cannot itself be cancelled (an msal call, a shared renewal) while
// still answering Ctrl+C at once: the wait ends, the work is left to finish on its own.
import { cancelledError } from './sign-in-errors.js';

export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined, onAbort?: () => void): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort?.();
      reject(cancelledError());
    };
    if (signal.aborted) {
      // The work may still fail later; nobody waits for it any more.
      work.catch(() => undefined);
      return abort();
    }
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
