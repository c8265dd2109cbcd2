// The REPL's line editor as an Ink component: reads the terminal's keys, runs them through the
// pure state machine (state.ts) and draws the result. No editing, language or history logic lives
// here; this file only wires the state machine to Ink and paints it.
import chalk, { type ChalkInstance } from 'chalk';
import { Box, Text, useStdin, useStdout } from 'ink';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { complete } from '../completion/complete.js';
import { commandHelp, parameterHelp } from '../help/help.js';
import { errorColour, highlight, predictionColour, roleColours, type Span } from '../highlight/highlight.js';
import { historyFilePath, historyStoreFor } from '../history/store.js';
import type { LineEditorProps, PromptModel } from './contract.js';
import { inputIsIncomplete } from './continuation.js';
import { KeyDecoder, type KeyEvent } from './keys.js';
import { initialState, menuColumns, predictionFor, reduce, type EditorDeps, type EditorState } from './state.js';

const BRACKETED_PASTE_ON = '\u001b[?2004h';
const BRACKETED_PASTE_OFF = '\u001b[?2004l';

export function LineEditor(props: LineEditorProps): ReactNode {
  const { stdin, setRawMode, internal_eventEmitter: input } = useStdin();
  const { stdout } = useStdout();
  const store = useMemo(() => historyStoreFor(props.historyPath ?? historyFilePath()), [props.historyPath]);
  const [state, setState] = useState<EditorState>(initialState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const propsRef = useRef(props);
  propsRef.current = props;
  const pageHeight = Math.max(3, (stdout.rows ?? 24) - 3);

  const deps = useMemo<EditorDeps>(
    () => ({
      history: store.history,
      isIncomplete: inputIsIncomplete,
      complete: (text, cursor) => complete(propsRef.current.context, text, cursor),
      commandHelp: (text, cursor) => commandHelp(propsRef.current.context.services, text, cursor),
      parameterHelp: (text, cursor) => parameterHelp(propsRef.current.context.services, text, cursor),
      width: props.width,
      pageHeight,
    }),
    [store, props.width, pageHeight],
  );
  const depsRef = useRef(deps);
  depsRef.current = deps;

  // Keys that came in the same burst as an Enter, after it: typed ahead, for the next prompt.
  const afterEnter = useRef<KeyEvent[]>([]);

  const onKeys = useCallback(
    (keys: readonly KeyEvent[]) => {
      let next = stateRef.current;
      for (const [i, key] of keys.entries()) {
        const t = reduce(next, key, depsRef.current);
        next = t.state;
        if (!t.effect) continue;
        const p = propsRef.current;
        if (t.effect.type === 'submit') {
          store.add(t.effect.text);
          stateRef.current = next;
          setState(next);
          afterEnter.current = keys.slice(i + 1);
          p.onSubmit(t.effect.text);
          return;
        }
        if (t.effect.type === 'cancel') p.onCancelLine?.(t.effect.text);
        if (t.effect.type === 'exit') p.onExit();
        if (t.effect.type === 'clearScreen') p.onClearScreen();
      }
      stateRef.current = next;
      setState(next);
    },
    [store],
  );
  const onSequence = useCallback((decoder: KeyDecoder, seq: string) => onKeys(decoder.feed(seq)), [onKeys]);

  // A layout effect, not a passive one: it runs in the same commit that draws the prompt, so a key
  // typed the moment the prompt appears (a busy machine, a fast typist after Ctrl+C) is never lost.
  useLayoutEffect(() => {
    if (!props.active) return;
    setRawMode(true);
    const typedAhead = afterEnter.current;
    afterEnter.current = [];
    if (typedAhead.length > 0) onKeys(typedAhead);
    const decoder = new KeyDecoder();
    const handler = (seq: string) => onSequence(decoder, seq);
    input.on('input', handler);
    // Bracketed paste makes a pasted script one input; only a real terminal is told (a test stream would record it).
    const tty = (stdout as NodeJS.WriteStream).isTTY === true;
    if (tty) stdout.write(BRACKETED_PASTE_ON);
    return () => {
      input.removeListener('input', handler);
      if (tty) stdout.write(BRACKETED_PASTE_OFF);
      setRawMode(false);
    };
  }, [props.active, input, stdin, stdout, setRawMode, onSequence, onKeys]);

  const text = state.buffer.text;
  const highlighted = useMemo(() => highlight(text), [text]);
  const prediction = useMemo(() => predictionFor(state, store.history), [state, store]);

  const lines = useMemo(() => renderLines(text, state.buffer.cursor, highlighted.spans, prediction), [text, state.buffer.cursor, highlighted, prediction]);

  if (!props.active) return null;
  if (state.pager) return <Pager lines={state.pager.lines} top={state.pager.top} height={pageHeight} width={props.width} />;

  const hasError = highlighted.errors.length > 0;
  return (
    <Box flexDirection="column" width={props.width}>
      {lines.map((line, i) => (
        <Text key={i}>
          {i === 0 ? <Prompt prompt={props.prompt} error={hasError} /> : <Text color={hasError ? errorColour : undefined}>{'>> '}</Text>}
          {line}
        </Text>
      ))}
      {state.search && (
        <Text>
          <Text color={state.search.failed ? errorColour : undefined}>{state.search.failed ? 'failed ' : ''}</Text>
          {state.search.direction === 'backward' ? 'bck-i-search: ' : 'fwd-i-search: '}
          {state.search.query}
          <Text inverse> </Text>
        </Text>
      )}
      {state.completion?.menu && <Menu state={state} width={props.width} />}
      {state.tip !== undefined && <Text color="gray">{state.tip}</Text>}
      {hasError && state.tip === undefined && !state.completion && <Text color={errorColour}>{highlighted.errors[0]!.message}</Text>}
    </Box>
  );
}

function Prompt({ prompt, error }: { prompt: PromptModel; error: boolean }): ReactNode {
  return (
    <Text>
      {'PS '}
      {prompt.badges.map((b, i) => (
        <Text key={i}>
          <Text color={b.color}>{b.text}</Text>{' '}
        </Text>
      ))}
      {prompt.location}
      {/* PSReadLine turns the prompt's `>` red while the input has a syntax error. */}
      <Text color={error ? errorColour : undefined}>{'> '}</Text>
    </Text>
  );
}

type Paint = (text: string, opts: { colour?: string; underline?: boolean; inverse?: boolean; dim?: boolean }) => string;

/** Styles one piece with ANSI codes (chalk, at the colour level Ink itself uses). */
const paint: Paint = (text, opts) => {
  let c: ChalkInstance = chalk;
  if (opts.colour) c = (c as unknown as Record<string, ChalkInstance>)[opts.colour] ?? c;
  if (opts.underline) c = c.underline;
  if (opts.inverse) c = c.inverse;
  if (opts.dim) c = c.dim;
  return c === chalk ? text : c(text);
};

/**
 * Each line of the input as one pre-coloured string (one Ink node per line, not one per token:
 * layout cost stays flat however long the line), the cursor drawn inverse, the prediction in grey.
 */
export function renderLines(text: string, cursor: number, spans: readonly Span[], prediction: string | undefined): string[] {
  const lines: string[] = [''];
  const piece = (s: string, span: Span | undefined, inverse = false) => {
    const parts = s.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push('');
      if (part === '') return;
      const colour = span ? (span.error ? errorColour : roleColours[span.role]) : undefined;
      lines[lines.length - 1] += paint(part, { colour, underline: span?.error === true, inverse });
    });
  };
  for (const span of spans) {
    const s = text.slice(span.start, span.end);
    if (cursor >= span.start && cursor < span.end) {
      const at = cursor - span.start;
      piece(s.slice(0, at), span);
      const ch = s[at]!;
      if (ch === '\n') {
        piece(' ', undefined, true);
        piece('\n', span);
      } else {
        piece(ch, span, true);
      }
      piece(s.slice(at + 1), span);
    } else {
      piece(s, span);
    }
  }
  if (cursor >= text.length) {
    const first = prediction?.[0];
    lines[lines.length - 1] += paint(first ?? ' ', { colour: first ? predictionColour : undefined, inverse: true });
    if (prediction && prediction.length > 1) lines[lines.length - 1] += paint(prediction.slice(1), { colour: predictionColour, dim: true });
  }
  return lines;
}

/** Ctrl+Space: the candidates in a grid under the line, the chosen one inverse, its tooltip below. */
function Menu({ state, width }: { state: EditorState; width: number }): ReactNode {
  const c = state.completion!;
  const { columns, cellWidth } = menuColumns(c.candidates, width);
  const rows: ReactNode[] = [];
  const maxRows = 10;
  const selectedRow = c.index < 0 ? 0 : Math.floor(c.index / columns);
  const totalRows = Math.ceil(c.candidates.length / columns);
  const firstRow = Math.max(0, Math.min(selectedRow - maxRows + 1, totalRows - maxRows));
  for (let r = firstRow; r < Math.min(totalRows, firstRow + maxRows); r++) {
    const cells: ReactNode[] = [];
    for (let col = 0; col < columns; col++) {
      const i = r * columns + col;
      const cand = c.candidates[i];
      if (!cand) break;
      const label = cand.listItemText.length > cellWidth - 1 ? cand.listItemText.slice(0, cellWidth - 2) + '…' : cand.listItemText;
      cells.push(
        <Text key={i} inverse={i === c.index}>
          {label.padEnd(cellWidth - 1)}
        </Text>,
        <Text key={`s${i}`}> </Text>,
      );
    }
    rows.push(<Text key={r}>{cells}</Text>);
  }
  const selected = c.index >= 0 ? c.candidates[c.index] : undefined;
  return (
    <Box flexDirection="column">
      {rows}
      {totalRows > maxRows && <Text color="gray">{`(${c.candidates.length} candidates)`}</Text>}
      {selected?.toolTip && <Text color="gray">{selected.toolTip}</Text>}
    </Box>
  );
}

/** F1: the help text a page at a time. */
function Pager({ lines, top, height, width }: { lines: readonly string[]; top: number; height: number; width: number }): ReactNode {
  const shown = lines.slice(top, top + height);
  const last = Math.min(lines.length, top + height);
  return (
    <Box flexDirection="column" width={width}>
      {shown.map((l, i) => (
        <Text key={i} wrap="truncate-end">
          {l === '' ? ' ' : l}
        </Text>
      ))}
      <Text inverse>{` lines ${top + 1}-${last} of ${lines.length}  ↑↓ PgUp PgDn Space: scroll  q: back to the line `}</Text>
    </Box>
  );
}
