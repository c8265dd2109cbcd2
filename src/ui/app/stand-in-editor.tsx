// A minimal line editor honouring LineEditorProps, so the app runs and is tested before the real
// one (src/ui/editor, built beside this) is merged: one line with a cursor, `>>` continuation lines
// while the parser says the input is incomplete, Up/Down through this session's lines, Ctrl+C to
// clear (twice on an empty prompt to leave), Ctrl+D on an empty line to leave, Ctrl+L to clear the
// screen. The app picks the editor in one import (./line-editor.ts).
import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { parse } from '../../language/parser.js';
import type { LineEditorProps } from '../editor/contract.js';
import { PromptLine } from './prompt-view.js';

interface Buffer {
  lines: string[];
  /** Cursor column on the last line. */
  column: number;
}

const EMPTY: Buffer = { lines: [''], column: 0 };

function insert(b: Buffer, text: string): Buffer {
  if (text === '') return b;
  const last = b.lines[b.lines.length - 1]!;
  return { lines: [...b.lines.slice(0, -1), last.slice(0, b.column) + text + last.slice(b.column)], column: b.column + text.length };
}

function isIncomplete(text: string): boolean {
  if (/`\s*$/.test(text)) return true;
  return parse(text).incomplete;
}

export function StandInEditor(props: LineEditorProps) {
  // Keys can arrive faster than React re-renders: handlers read the buffer from a ref, never a stale closure.
  const [shown, setShown] = useState<Buffer>(EMPTY);
  const current = useRef<Buffer>(EMPTY);
  const setBuffer = (b: Buffer) => {
    current.current = b;
    setShown(b);
  };
  const [armedExit, setArmedExit] = useState(false);
  const history = useRef<string[]>([]);
  const historyIndex = useRef(-1);

  /** Enter: a new `>>` line while the input is incomplete (the buffer returned), else submit (undefined). */
  const enter = (given: Buffer): Buffer | undefined => {
    // Blanks after a final backtick would break the line continuation it asks for.
    const lastLine = given.lines[given.lines.length - 1]!;
    const b = /`\s+$/.test(lastLine) ? { lines: [...given.lines.slice(0, -1), lastLine.replace(/`\s+$/, '`')], column: 0 } : given;
    const text = b.lines.join('\n');
    if (text.trim() !== '' && isIncomplete(text)) {
      const next = { lines: [...b.lines, ''], column: 0 };
      setBuffer(next);
      return next;
    }
    if (text.trim() !== '' && history.current[history.current.length - 1] !== text) history.current.push(text);
    historyIndex.current = -1;
    setBuffer(EMPTY);
    props.onSubmit(text);
    return undefined;
  };

  useInput(
    (input, key) => {
      const buffer = current.current;
      const last = buffer.lines[buffer.lines.length - 1]!;
      const text = buffer.lines.join('\n');
      const setLast = (line: string, column: number) => setBuffer({ lines: [...buffer.lines.slice(0, -1), line], column });
      if (key.ctrl && input === 'c') {
        if (text === '') {
          if (armedExit) props.onExit();
          else setArmedExit(true);
        } else {
          setBuffer(EMPTY);
          setArmedExit(false);
        }
        return;
      }
      setArmedExit(false);
      if (key.ctrl && input === 'd') {
        if (text === '') props.onExit();
        return;
      }
      if (key.ctrl && input === 'l') {
        props.onClearScreen();
        return;
      }
      if (key.return) return enter(buffer);
      if (key.upArrow || key.downArrow) {
        const h = history.current;
        if (h.length === 0) return;
        let i = historyIndex.current;
        i = key.upArrow ? (i < 0 ? h.length - 1 : Math.max(0, i - 1)) : i < 0 ? -1 : i + 1;
        if (i >= h.length) i = -1;
        historyIndex.current = i;
        const recalled = i < 0 ? '' : h[i]!;
        const lines = recalled.split('\n');
        setBuffer({ lines, column: lines[lines.length - 1]!.length });
        return;
      }
      if (key.leftArrow) return setBuffer({ ...buffer, column: Math.max(0, buffer.column - 1) });
      if (key.rightArrow) return setBuffer({ ...buffer, column: Math.min(last.length, buffer.column + 1) });
      if (key.home || (key.ctrl && input === 'a')) return setBuffer({ ...buffer, column: 0 });
      if (key.end || (key.ctrl && input === 'e')) return setBuffer({ ...buffer, column: last.length });
      if (key.ctrl && input === 'u') return setLast(last.slice(buffer.column), 0);
      if (key.backspace || key.delete) {
        if (buffer.column > 0) return setLast(last.slice(0, buffer.column - 1) + last.slice(buffer.column), buffer.column - 1);
        if (buffer.lines.length > 1) {
          const prev = buffer.lines[buffer.lines.length - 2]!;
          return setBuffer({ lines: [...buffer.lines.slice(0, -2), prev + last], column: prev.length });
        }
        return;
      }
      if (key.ctrl || key.meta || key.escape || key.tab || input === '') return;
      // Text arriving with newlines (typed ahead, pasted): each newline is an Enter.
      const parts = input.replace(/\r\n?/g, '\n').split('\n');
      let b = insert(buffer, parts[0]!);
      for (let i = 1; i < parts.length; i++) {
        const next = enter(b);
        if (next === undefined) {
          // Submitted: what follows waits in the editor for the next prompt.
          setBuffer(insert(EMPTY, parts.slice(i).join(' ').trim()));
          return;
        }
        b = insert(next, parts[i]!);
      }
      setBuffer(b);
    },
    { isActive: props.active },
  );

  if (!props.active) return null;
  const buffer = shown;
  return (
    <Box flexDirection="column">
      {buffer.lines.map((line, i) => {
        const isLast = i === buffer.lines.length - 1;
        const col = isLast ? buffer.column : -1;
        // One Text per line, so a long line wraps as the terminal would, under the prompt too.
        return (
          <Text key={i}>
            {i === 0 ? <PromptLine prompt={props.prompt} /> : '>> '}
            {col < 0 ? line : line.slice(0, col)}
            {col >= 0 ? <Text inverse>{line[col] ?? ' '}</Text> : null}
            {col >= 0 ? line.slice(col + 1) : null}
          </Text>
        );
      })}
      {armedExit ? <Text dimColor>Press Ctrl+C again to exit.</Text> : null}
    </Box>
  );
}
