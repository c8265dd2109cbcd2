// Finished output goes above the live part of the screen, once, as the pipeline produces it: lines
// are taken from the host's OutputLog at most once per frame and written through Ink's stdout
// writer (Ink clears its live frame, writes the text, redraws the frame). Like <Static> it is never
// redrawn, but it skips Ink's layout — a 10,000-row listing would otherwise be laid out cell by
// cell — and keeps nothing in memory once written.
import { useStdout } from 'ink';
import { useEffect, useRef } from 'react';
import type { OutputLog } from './output-log.js';

const FRAME_MS = 16;

/**
 * `write` is where finished text goes (default: Ink's stdout writer; tests keep a scrollback).
 * Returns `flushNow`, for the app's own lines (the echo of a command line) to show at once.
 */
export function useOutput(log: OutputLog, write?: (text: string) => void): { flushNow(): void } {
  const { write: inkWrite } = useStdout();
  const sink = write ?? inkWrite;
  const sinkRef = useRef(sink);
  sinkRef.current = sink;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flushNow = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    const text = log.take();
    if (text !== undefined) sinkRef.current(text + '\n');
  };

  useEffect(() => {
    log.onReady(() => {
      timer.current ??= setTimeout(flushNow, FRAME_MS);
    });
    // What was written before the app was on screen (the banner) shows now.
    flushNow();
    return () => {
      log.onReady(undefined);
      if (timer.current !== undefined) clearTimeout(timer.current);
      flushNow();
    };
  }, [log]);

  return { flushNow };
}
