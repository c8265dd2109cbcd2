// The finished output as <Static> batches: lines are taken from the host's OutputLog at most once
// per frame, and a batch Static has drawn is dropped (Static is remounted with what is new), so a
// REPL that runs for days keeps no output in memory.
import { useEffect, useRef, useState } from 'react';
import type { OutputLog } from './output-log.js';

export interface OutputItem {
  id: number;
  text: string;
}

export interface OutputBatch {
  /** Static's key: a new key is a new Static that draws only its own items. */
  key: number;
  items: OutputItem[];
}

/** Static keeps the items it was given; past this many the drawn ones are dropped. */
const TRIM_AT = 32;
const FRAME_MS = 16;

export function useOutput(log: OutputLog): { batch: OutputBatch; append(text: string): void; flushNow(): void } {
  const [batch, setBatch] = useState<OutputBatch>({ key: 0, items: [] });
  const nextId = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const push = (text: string) => {
    const item = { id: nextId.current++, text };
    setBatch((b) => ({ key: b.key, items: [...b.items, item] }));
  };
  const flushNow = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    const text = log.take();
    if (text !== undefined) push(text);
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
    };
  }, [log]);

  // Static has drawn these items by now (its changes render at once): keep only what comes later.
  useEffect(() => {
    if (batch.items.length < TRIM_AT) return;
    const drawn = batch.items.length;
    setBatch((b) => ({ key: b.key + 1, items: b.items.slice(drawn) }));
  }, [batch]);

  return { batch, append: push, flushNow };
}
