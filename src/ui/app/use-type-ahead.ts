// Type-ahead: keys typed while a command runs are kept and reach whatever reads next (the line
// editor, or a Read-Host the command asks), as pwsh keeps them in the console's input buffer.
// Ctrl+C is not type-ahead: it stops the command and, as a terminal's interrupt flushes its input
// queue, drops what was typed ahead with it.
import { useStdin } from 'ink';
import { useEffect, useLayoutEffect, useRef, type MutableRefObject } from 'react';

const CTRL_C = '\u0003';

export interface TypeAheadOptions {
  /** A command runs and nothing else reads the keys: keep them. */
  capturing: boolean;
  /** The line editor is listening: hand it the kept keys. */
  editorActive: boolean;
  /** The running command waits on a prompt (Read-Host, -Confirm, the grid, the pager): it reads the kept keys first. */
  promptActive: boolean;
  /** True from the moment a command line is submitted (set before React commits it). */
  busy: MutableRefObject<boolean>;
  /** Ctrl+C while capturing. */
  onInterrupt(): void;
}

export function useTypeAhead({ capturing, editorActive, promptActive, busy, onInterrupt }: TypeAheadOptions): void {
  const { internal_eventEmitter: input } = useStdin();
  const queue = useRef<string[]>([]);
  const interrupt = useRef(onInterrupt);
  interrupt.current = onInterrupt;

  useLayoutEffect(() => {
    if (!capturing) return;
    const keep = (seq: string) => {
      if (seq.includes(CTRL_C)) {
        queue.current = [];
        interrupt.current();
        return;
      }
      queue.current.push(seq);
    };
    input.on('input', keep);
    return () => void input.removeListener('input', keep);
  }, [capturing, input]);

  // The editor, a child, attached its listener in this same commit (children's layout effects run
  // first), so the kept keys reach it in the order they were typed. A kept Enter submits the next
  // command line; what follows it stays kept for the prompt after that one.
  useLayoutEffect(() => {
    if (!editorActive) return;
    while (queue.current.length > 0 && !busy.current) input.emit('input', queue.current.shift()!);
  }, [editorActive, input, busy]);

  // As pwsh's Read-Host reads the console's buffer, a prompt takes the kept keys up to the first
  // Enter, which answers it; the rest wait for whatever reads next. A passive effect: the prompt
  // listens through Ink's useInput, which subscribes in one (children's run first).
  useEffect(() => {
    if (!promptActive) return;
    while (queue.current.length > 0) {
      const seq = queue.current.shift()!;
      input.emit('input', seq);
      if (/[\r\n]/.test(seq)) break;
    }
  }, [promptActive, input]);
}
