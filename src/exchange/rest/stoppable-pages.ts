// An async iterable of pages whose return() stops at once: it aborts the request in flight (an
// async generator would queue return() behind the pending next()) and nothing more is fetched.
import { stoppedError, type ErrorContext } from './error-mapping.js';

export function stoppablePages<T>(
  outer: AbortSignal,
  ctx: ErrorContext,
  produce: (signal: AbortSignal) => AsyncGenerator<T, void, undefined>,
): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<T> {
      const controller = new AbortController();
      let stoppedByConsumer = false;
      const onOuterAbort = () => controller.abort();
      if (outer.aborted) controller.abort();
      else outer.addEventListener('abort', onOuterAbort, { once: true });
      const generator = produce(controller.signal);
      const release = () => outer.removeEventListener('abort', onOuterAbort);
      return {
        async next(): Promise<IteratorResult<T>> {
          if (stoppedByConsumer) return { done: true, value: undefined };
          if (controller.signal.aborted) {
            release();
            // Stopped between pages: let the generator's finally blocks run (progress "done").
            void generator.return(undefined).catch(() => undefined);
            throw stoppedError(ctx);
          }
          try {
            const r = await generator.next();
            if (r.done) release();
            return r;
          } catch (err) {
            release();
            // The consumer's own return() ended this next(): a quiet end, not an error.
            if (stoppedByConsumer) return { done: true, value: undefined };
            throw err;
          }
        },
        async return(): Promise<IteratorResult<T>> {
          stoppedByConsumer = true;
          controller.abort();
          release();
          // Runs the generator's finally blocks (progress "done"); a pending next() settles on its own.
          void generator.return(undefined).catch(() => undefined);
          return { done: true, value: undefined };
        },
      };
    },
  };
}
