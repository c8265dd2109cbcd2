// The line editor as a pure state machine: (state, key) → state plus what the shell must do
// (submit, exit, clear). Everything a key does is decided here, so the Ink component only draws the
// state and forwards keys, and tests state each key's effect as an example.
import type { History } from '../history/history.js';
import type { Candidate, CompletionResult } from '../completion/candidate.js';
import * as B from './buffer.js';
import type { Buffer } from './buffer.js';
import type { KeyEvent } from './keys.js';
import { parse } from '../../language/parser.js';
import { finalBacktick } from './continuation.js';

/** What the editor asks of the shell around it; each answer is pure over the input text. */
export interface EditorDeps {
  readonly history: History;
  /** The parser's verdict: false when more input could complete the text (open brace, trailing pipe). */
  isIncomplete(text: string): boolean;
  complete(text: string, cursor: number): CompletionResult;
  /** F1: the full help of the command under the cursor, or undefined when there is none. */
  commandHelp(text: string, cursor: number): string | undefined;
  /** Alt+H: the help of the parameter under the cursor. */
  parameterHelp(text: string, cursor: number): string | undefined;
  /** Columns, for the completion menu's grid. */
  readonly width: number;
  /** Rows the help pager may use. */
  readonly pageHeight: number;
}

export interface SearchState {
  readonly query: string;
  /** The history entry matched, or undefined while nothing matches yet. */
  readonly index: number | undefined;
  readonly failed: boolean;
  readonly direction: 'backward' | 'forward';
  /** The buffer before the search, restored by Escape / Ctrl+G. */
  readonly original: Buffer;
}

export interface CompletionState {
  /** The buffer before any candidate was put in, and the span candidates replace. */
  readonly base: Buffer;
  readonly replaceStart: number;
  readonly replaceEnd: number;
  readonly candidates: readonly Candidate[];
  /** The candidate in the buffer now; -1 while the menu is open and none is chosen yet. */
  readonly index: number;
  readonly menu: boolean;
}

export interface PagerState {
  readonly lines: readonly string[];
  readonly top: number;
}

export interface EditorState {
  readonly buffer: Buffer;
  readonly undo: readonly Buffer[];
  /** True while typed characters extend the last undo step (a word typed is one undo). */
  readonly typing: boolean;
  /** The last text killed (Ctrl+K, Ctrl+U, Ctrl+W, Alt+D), for Ctrl+Y. */
  readonly killed: string;
  /** The history entry shown, while browsing with Up/Down. */
  readonly historyIndex: number | undefined;
  /** The line being typed before browsing began (Down past the newest entry brings it back). */
  readonly draft: Buffer | undefined;
  readonly search: SearchState | undefined;
  readonly completion: CompletionState | undefined;
  readonly pager: PagerState | undefined;
  /** A line shown under the input until the next key: parameter help, a hint. */
  readonly tip: string | undefined;
  /** Ctrl+C was pressed on an empty line: a second one leaves. */
  readonly exitArmed: boolean;
  /** Alt+. just put in the last argument of this history entry, at [start, end): pressed again, an older one replaces it. */
  readonly lastArg: { readonly index: number; readonly start: number; readonly end: number } | undefined;
}

export type EditorEffect =
  | { type: 'submit'; text: string }
  /** Ctrl+C abandoned a typed line. */
  | { type: 'cancel'; text: string }
  | { type: 'exit' }
  | { type: 'clearScreen' };

export interface Transition {
  state: EditorState;
  effect?: EditorEffect;
}

export const initialState: EditorState = {
  buffer: B.emptyBuffer,
  undo: [],
  typing: false,
  killed: '',
  historyIndex: undefined,
  draft: undefined,
  search: undefined,
  completion: undefined,
  pager: undefined,
  tip: undefined,
  exitArmed: false,
  lastArg: undefined,
};

const isKey = (k: KeyEvent, name: string, mods: { ctrl?: boolean; alt?: boolean; shift?: boolean } = {}): boolean =>
  k.kind === 'key' && k.name === name && k.ctrl === (mods.ctrl ?? false) && k.alt === (mods.alt ?? false) && (mods.shift === undefined || k.shift === mods.shift);

const ctrl = (k: KeyEvent, letter: string) => isKey(k, `char:${letter}`, { ctrl: true });
const alt = (k: KeyEvent, letter: string) => isKey(k, `char:${letter}`, { alt: true });

/** The grey suffix inline prediction offers: only with the cursor at the end of a one-line input. */
export function predictionFor(state: EditorState, history: History): string | undefined {
  const b = state.buffer;
  if (state.search || state.completion?.menu || b.cursor !== b.text.length || b.text.includes('\n')) return undefined;
  return history.predict(b.text);
}

/** A new buffer after an edit, with the undo step recorded. */
function edit(state: EditorState, buffer: Buffer, opts: { typing?: boolean; killed?: string } = {}): EditorState {
  if (buffer.text === state.buffer.text && buffer.cursor === state.buffer.cursor) return state;
  const extendsTyping = opts.typing === true && state.typing;
  const undo = extendsTyping || buffer.text === state.buffer.text ? state.undo : [...state.undo.slice(-199), state.buffer];
  return { ...state, buffer, undo, typing: opts.typing === true, killed: opts.killed ?? state.killed, historyIndex: undefined, draft: undefined };
}

function move(state: EditorState, buffer: Buffer): EditorState {
  return { ...state, buffer, typing: false };
}

function kill(state: EditorState, c: B.Cut): EditorState {
  return c.removed ? edit(state, c.buffer, { killed: c.removed }) : state;
}

function reset(): EditorState {
  return initialState;
}

/** Applies one key. Keys are routed to the innermost mode: pager, search, completion menu, then editing. */
export function reduce(state: EditorState, key: KeyEvent, deps: EditorDeps): Transition {
  // Any key dismisses a tip; Ctrl+C keeps the exit hint only for the immediate next key.
  const base: EditorState =
    state.tip !== undefined || state.exitArmed || state.lastArg ? { ...state, tip: undefined, exitArmed: false, lastArg: undefined } : state;
  if (state.pager) return { state: pagerKey(base, state.pager, key, deps) };
  if (state.search) return searchKey(base, state.search, key, deps);
  if (state.completion) {
    const t = completionKey(base, state.completion, key, deps);
    if (t) return t;
    return reduce({ ...base, completion: undefined }, key, deps);
  }
  return editKey(base, key, deps, state.exitArmed, state.lastArg);
}

function editKey(state: EditorState, key: KeyEvent, deps: EditorDeps, exitArmed: boolean, lastArgBefore: EditorState['lastArg']): Transition {
  const b = state.buffer;
  if (key.kind === 'text') return { state: edit(state, B.insert(b, key.text), { typing: true }) };
  // A copied block usually ends with a line break; it is not an Enter (the user runs the paste with one).
  if (key.kind === 'paste') return { state: edit(state, B.insert(b, B.normalisePaste(key.text).replace(/\n+$/, ''))) };
  const k = key;

  // Submitting and leaving.
  if (isKey(k, 'return', { shift: false }) || ctrl(k, 'm') || ctrl(k, 'j')) {
    if (deps.isIncomplete(b.text)) {
      // Blanks after a final backtick would break the continuation it asks for: drop them.
      const cont = b.cursor === b.text.length ? finalBacktick(b.text) : undefined;
      return { state: edit(state, B.insert(cont === undefined ? b : B.bufferOf(cont), '\n')) };
    }
    return { state: reset(), effect: { type: 'submit', text: b.text } };
  }
  if (isKey(k, 'return', { shift: true }) || isKey(k, 'return', { alt: true })) return { state: edit(state, B.insert(b, '\n')) };
  if (ctrl(k, 'c')) {
    if (b.text !== '') return { state: reset(), effect: { type: 'cancel', text: b.text } };
    if (exitArmed) return { state: reset(), effect: { type: 'exit' } };
    return { state: { ...reset(), exitArmed: true, tip: 'Press Ctrl+C again to exit.' } };
  }
  if (ctrl(k, 'd')) {
    if (b.text === '') return { state: reset(), effect: { type: 'exit' } };
    return { state: kill(state, B.deleteForward(b)) };
  }
  if (ctrl(k, 'l')) return { state, effect: { type: 'clearScreen' } };

  // Moving.
  if (isKey(k, 'left') || ctrl(k, 'b')) return { state: move(state, B.left(b)) };
  if (isKey(k, 'right') || ctrl(k, 'f')) {
    if (b.cursor === b.text.length) return { state: acceptPrediction(state, deps, 'all') };
    return { state: move(state, B.right(b)) };
  }
  if (isKey(k, 'left', { ctrl: true }) || isKey(k, 'left', { alt: true }) || alt(k, 'b')) return { state: move(state, B.wordLeft(b)) };
  if (isKey(k, 'right', { alt: true }) || alt(k, 'f')) {
    if (b.cursor === b.text.length) return { state: acceptPrediction(state, deps, 'word') };
    return { state: move(state, isKey(k, 'right', { alt: true }) ? B.wordRight(b) : B.wordEnd(b)) };
  }
  if (isKey(k, 'right', { ctrl: true })) {
    if (b.cursor === b.text.length) return { state: acceptPrediction(state, deps, 'word') };
    return { state: move(state, B.wordRight(b)) };
  }
  if (isKey(k, 'home') || ctrl(k, 'a')) return { state: move(state, B.home(b)) };
  if (isKey(k, 'end') || ctrl(k, 'e')) {
    if (b.cursor === b.text.length) return { state: acceptPrediction(state, deps, 'all') };
    return { state: move(state, B.end(b)) };
  }
  if (isKey(k, 'home', { ctrl: true })) return { state: move(state, { ...b, cursor: 0 }) };
  if (isKey(k, 'end', { ctrl: true })) return { state: move(state, { ...b, cursor: b.text.length }) };

  // Deleting.
  if (isKey(k, 'backspace')) return { state: kill(state, B.deleteBackward(b)) };
  if (isKey(k, 'delete')) return { state: kill(state, B.deleteForward(b)) };
  if (ctrl(k, 'w')) return { state: kill(state, B.deleteWhitespaceWordBackward(b)) };
  if (isKey(k, 'backspace', { ctrl: true }) || isKey(k, 'backspace', { alt: true })) return { state: kill(state, B.deleteWordBackward(b)) };
  if (alt(k, 'd') || isKey(k, 'delete', { ctrl: true })) return { state: kill(state, B.deleteWordForward(b)) };
  if (ctrl(k, 'u')) return { state: kill(state, B.deleteToLineStart(b)) };
  if (ctrl(k, 'k')) return { state: kill(state, B.deleteToLineEnd(b)) };
  if (ctrl(k, 'y')) return { state: state.killed ? edit(state, B.insert(b, state.killed)) : state };
  if (ctrl(k, 'z') || ctrl(k, '_')) return { state: undo(state) };
  // Alt+R is Emacs mode's RevertLine; PSReadLine's Windows mode binds it to Escape.
  if (isKey(k, 'escape') || alt(k, 'r')) return { state: b.text === '' ? state : edit(state, B.emptyBuffer) };
  if (ctrl(k, 't')) return { state: edit(state, B.swapCharacters(b)) };
  if (alt(k, 'u')) return { state: edit(state, B.changeWordCase(b, 'upper')) };
  if (alt(k, 'l')) return { state: edit(state, B.changeWordCase(b, 'lower')) };
  if (alt(k, 'c')) return { state: edit(state, B.changeWordCase(b, 'capital')) };

  // History.
  if (isKey(k, 'up') || ctrl(k, 'p')) {
    const up = isKey(k, 'up') ? B.verticalMove(b, -1) : undefined;
    return { state: up ? move(state, up) : historyStep(state, deps.history, -1) };
  }
  if (isKey(k, 'down') || ctrl(k, 'n')) {
    const down = isKey(k, 'down') ? B.verticalMove(b, 1) : undefined;
    return { state: down ? move(state, down) : historyStep(state, deps.history, 1) };
  }
  // Alt+< / Alt+> (BeginningOfHistory, EndOfHistory): the oldest entry; back to the line being typed.
  if (alt(k, '<')) {
    const first = deps.history.at(0);
    if (first === undefined) return { state };
    return { state: { ...state, buffer: B.bufferOf(first), historyIndex: 0, draft: state.draft ?? b, typing: false } };
  }
  if (alt(k, '>')) {
    if (state.historyIndex === undefined) return { state };
    return { state: { ...state, buffer: state.draft ?? b, historyIndex: undefined, draft: undefined, typing: false } };
  }
  if (ctrl(k, 'r') || ctrl(k, 's')) {
    const direction = ctrl(k, 'r') ? 'backward' : 'forward';
    return { state: { ...state, typing: false, search: { query: '', index: undefined, failed: false, direction, original: b } } };
  }

  // Completion and help.
  if (isKey(k, 'tab') || isKey(k, 'tab', { shift: true })) return { state: startCompletion(state, deps, k.shift ? -1 : 1, false) };
  if (isKey(k, 'space', { ctrl: true })) return { state: startCompletion(state, deps, 1, true) };
  if (isKey(k, 'f1')) {
    const text = deps.commandHelp(b.text, b.cursor);
    if (text === undefined) return { state: { ...state, tip: 'No help: the cursor is not on a command.' } };
    return { state: { ...state, pager: { lines: text.split('\n'), top: 0 } } };
  }
  if (alt(k, 'h')) {
    const text = deps.parameterHelp(b.text, b.cursor);
    return { state: { ...state, tip: text ?? 'No help: the cursor is not on a parameter of a known command.' } };
  }
  if (isKey(k, 'space', { alt: true })) return { state: edit(state, B.insert(b, ' '), { typing: true }) };
  if (alt(k, '.')) return { state: yankLastArgument({ ...state, lastArg: lastArgBefore }, deps) };
  return { state };
}

/** The last word of a history entry as the parser splits it (`'./my file.txt'` stays whole). */
function lastArgumentOf(entry: string): string | undefined {
  const tokens = parse(entry).tokens.filter((t) => t.kind !== 'EndOfInput' && t.kind !== 'NewLine' && t.kind !== 'Comment');
  const last = tokens[tokens.length - 1];
  return last ? entry.slice(last.start, last.end) : undefined;
}

/** Alt+.: the last argument of the previous command; again, of the one before (PSReadLine's YankLastArg). */
function yankLastArgument(state: EditorState, deps: EditorDeps): EditorState {
  const h = deps.history;
  const previous = state.lastArg;
  let base = state.buffer;
  if (previous && base.cursor === previous.end) base = B.replaceRange(base, previous.start, previous.end, '');
  for (let i = (previous && state.buffer.cursor === previous.end ? previous.index : h.length) - 1; i >= 0; i--) {
    const arg = lastArgumentOf(h.at(i)!);
    if (arg === undefined) continue;
    const next = B.insert(base, arg);
    return { ...edit(state, next), lastArg: { index: i, start: base.cursor, end: next.cursor } };
  }
  return state;
}

function undo(state: EditorState): EditorState {
  const prev = state.undo[state.undo.length - 1];
  if (!prev) return state;
  return { ...state, buffer: prev, undo: state.undo.slice(0, -1), typing: false, historyIndex: undefined, draft: undefined };
}

function acceptPrediction(state: EditorState, deps: EditorDeps, how: 'all' | 'word'): EditorState {
  const suffix = predictionFor(state, deps.history);
  if (!suffix) return state;
  // One word of a prediction is what the shell would see as one: up to and including the next spaces.
  const take = how === 'all' ? suffix : suffix.match(/^\s*\S*\s*/)![0];
  return edit(state, B.insert(state.buffer, take));
}

/**
 * Up/Down through history. With text typed before browsing began, only entries that start with it
 * are offered (PSReadLine's HistorySearchBackward); with an empty line, every entry.
 */
function historyStep(state: EditorState, history: History, direction: -1 | 1): EditorState {
  const draft = state.draft ?? state.buffer;
  const prefix = state.historyIndex === undefined ? state.buffer.text : draft.text;
  const from = state.historyIndex ?? history.length;
  const index = direction < 0 ? history.previousWithPrefix(from, prefix) : history.nextWithPrefix(from, prefix);
  if (index === undefined) {
    if (direction > 0 && state.historyIndex !== undefined) return { ...state, buffer: draft, historyIndex: undefined, draft: undefined, typing: false };
    return state;
  }
  const text = history.at(index)!;
  return { ...state, buffer: B.bufferOf(text), historyIndex: index, draft, typing: false };
}

// ---- Ctrl+R / Ctrl+S --------------------------------------------------------------------------

function searchFrom(history: History, s: SearchState, query: string, from: number | undefined, direction: 'backward' | 'forward'): SearchState {
  if (query === '') return { ...s, query, index: undefined, failed: false, direction };
  const found =
    direction === 'backward' ? history.searchBackward(query, from ?? history.length) : history.searchForward(query, from ?? -1);
  if (!found) return { ...s, query, failed: true, direction };
  return { ...s, query, index: found.index, failed: false, direction };
}

/** The buffer the search shows: the matched entry, cursor on the match. */
export function searchBuffer(s: SearchState, history: History): Buffer {
  if (s.index === undefined) return s.original;
  const text = history.at(s.index) ?? '';
  const at = text.toLowerCase().lastIndexOf(s.query.toLowerCase());
  return B.bufferOf(text, at < 0 ? text.length : at);
}

function searchKey(state: EditorState, s: SearchState, key: KeyEvent, deps: EditorDeps): Transition {
  const h = deps.history;
  const withSearch = (next: SearchState): Transition => ({ state: { ...state, search: next, buffer: searchBuffer(next, h) } });
  if (key.kind === 'text') {
    // Extending the query keeps the current match when it still matches.
    const from = s.index === undefined ? undefined : s.direction === 'backward' ? s.index + 1 : s.index - 1;
    return withSearch(searchFrom(h, s, s.query + key.text, from, s.direction));
  }
  if (key.kind === 'key') {
    if (ctrl(key, 'r')) return withSearch(searchFrom(h, s, s.query, s.index, 'backward'));
    if (ctrl(key, 's')) return withSearch(searchFrom(h, s, s.query, s.index, 'forward'));
    if (isKey(key, 'backspace')) return withSearch(searchFrom(h, s, s.query.slice(0, -1), undefined, s.direction));
    if (isKey(key, 'escape') || ctrl(key, 'g') || ctrl(key, 'c')) return { state: { ...state, search: undefined, buffer: s.original } };
  }
  // Any other key takes the match into the line and then does what it does there (Enter runs it).
  const accepted: EditorState = { ...state, search: undefined, buffer: B.bufferOf(state.buffer.text), undo: [...state.undo, s.original] };
  if (key.kind === 'key' && (isKey(key, 'left') || isKey(key, 'right'))) {
    return { state: { ...accepted, buffer: state.buffer } };
  }
  return reduce(accepted, key, deps);
}

// ---- Tab, Shift+Tab, Ctrl+Space --------------------------------------------------------------

function applyCandidate(c: CompletionState, index: number): Buffer {
  const cand = c.candidates[index]!;
  return B.replaceRange(c.base, c.replaceStart, c.replaceEnd, cand.completionText);
}

function startCompletion(state: EditorState, deps: EditorDeps, direction: 1 | -1, menu: boolean): EditorState {
  const b = state.buffer;
  const r = deps.complete(b.text, b.cursor);
  if (r.candidates.length === 0) return { ...state, tip: undefined };
  const c: CompletionState = { base: b, replaceStart: r.replaceStart, replaceEnd: r.replaceEnd, candidates: r.candidates, index: -1, menu };
  if (r.candidates.length === 1) return { ...edit(state, applyCandidate(c, 0)), completion: undefined };
  if (menu) return { ...state, completion: c, typing: false };
  const index = direction > 0 ? 0 : r.candidates.length - 1;
  return { ...edit(state, applyCandidate(c, index)), completion: { ...c, index } };
}

/** Columns of the completion menu's grid for this width. */
export function menuColumns(candidates: readonly Candidate[], width: number): { columns: number; cellWidth: number } {
  const longest = candidates.reduce((m, c) => Math.max(m, c.listItemText.length), 0);
  const cellWidth = Math.min(longest + 2, Math.max(1, width));
  return { columns: Math.max(1, Math.floor(width / cellWidth)), cellWidth };
}

/** Keys while candidates are offered; undefined = the key ends completion and is handled as usual. */
function completionKey(state: EditorState, c: CompletionState, key: KeyEvent, deps: EditorDeps): Transition | undefined {
  const n = c.candidates.length;
  const choose = (index: number): Transition => {
    const i = ((index % n) + n) % n;
    return { state: { ...state, buffer: applyCandidate(c, i), completion: { ...c, index: i } } };
  };
  if (isKey(key, 'tab')) return choose(c.index + 1);
  if (isKey(key, 'tab', { shift: true })) return choose(c.index < 0 ? n - 1 : c.index - 1);
  if (isKey(key, 'space', { ctrl: true })) return { state: { ...state, completion: { ...c, menu: true } } };
  if (!c.menu) return undefined;
  const { columns } = menuColumns(c.candidates, deps.width);
  if (isKey(key, 'right')) return choose(c.index + 1);
  if (isKey(key, 'left')) return choose(c.index < 0 ? n - 1 : c.index - 1);
  if (isKey(key, 'down')) return choose(c.index < 0 ? 0 : Math.min(n - 1, c.index + columns));
  if (isKey(key, 'up')) return choose(c.index < 0 ? n - 1 : Math.max(0, c.index - columns));
  if (isKey(key, 'return')) {
    const buffer = c.index < 0 ? applyCandidate(c, 0) : state.buffer;
    return { state: { ...state, buffer, completion: undefined } };
  }
  if (isKey(key, 'escape') || ctrl(key, 'g')) return { state: { ...state, buffer: c.base, completion: undefined } };
  if (key.kind === 'text' || isKey(key, 'backspace')) {
    // Typing narrows the menu: edit the base line and ask again.
    const typed = key.kind === 'text' ? B.insert(c.base, key.text) : B.deleteBackward(c.base).buffer;
    const r = deps.complete(typed.text, typed.cursor);
    const next = edit({ ...state, buffer: c.base }, typed, { typing: true });
    if (r.candidates.length === 0) return { state: { ...next, completion: undefined } };
    return { state: { ...next, completion: { base: typed, replaceStart: r.replaceStart, replaceEnd: r.replaceEnd, candidates: r.candidates, index: -1, menu: true } } };
  }
  return undefined;
}

// ---- F1 pager --------------------------------------------------------------------------------

function pagerKey(state: EditorState, p: PagerState, key: KeyEvent, deps: EditorDeps): EditorState {
  const height = Math.max(1, deps.pageHeight);
  const maxTop = Math.max(0, p.lines.length - height);
  const at = (top: number): EditorState => ({ ...state, pager: { ...p, top: Math.max(0, Math.min(maxTop, top)) } });
  if (key.kind === 'text' && (key.text === 'q' || key.text === 'Q')) return { ...state, pager: undefined };
  if (isKey(key, 'escape') || ctrl(key, 'c') || isKey(key, 'f1')) return { ...state, pager: undefined };
  if (isKey(key, 'down') || isKey(key, 'return') || (key.kind === 'text' && key.text === 'j')) return at(p.top + 1);
  if (isKey(key, 'up') || (key.kind === 'text' && key.text === 'k')) return at(p.top - 1);
  if (isKey(key, 'pagedown') || (key.kind === 'text' && key.text === ' ')) {
    // Space at the last page leaves, as `more` does.
    if (p.top >= maxTop && key.kind === 'text') return { ...state, pager: undefined };
    return at(p.top + height);
  }
  if (isKey(key, 'pageup') || (key.kind === 'text' && key.text === 'b')) return at(p.top - height);
  if (isKey(key, 'home') || (key.kind === 'text' && key.text === 'g')) return at(0);
  if (isKey(key, 'end') || (key.kind === 'text' && key.text === 'G')) return at(maxTop);
  return state;
}
