// The progress bars to draw, and a clock ticking while any is shown (elapsed time, rate).
import { useEffect, useState } from 'react';
import type { ProgressBoard, ProgressEntry } from './progress-board.js';

export function useProgress(board: ProgressBoard, now: () => number = Date.now): { entries: ProgressEntry[]; nowMs: number } {
  const [entries, setEntries] = useState<ProgressEntry[]>(board.list());
  const [nowMs, setNow] = useState(now());
  useEffect(() => {
    board.onChange(() => {
      setEntries(board.list());
      setNow(now());
    });
    return () => board.onChange(undefined);
  }, [board]);
  useEffect(() => {
    if (entries.length === 0) return;
    const t = setInterval(() => setNow(now()), 250);
    return () => clearInterval(t);
  }, [entries.length > 0]);
  return { entries, nowMs };
}
