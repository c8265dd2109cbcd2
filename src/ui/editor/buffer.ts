// The text being edited and the cursor in it: pure functions over an immutable value, so every
// key's effect is a plain input → output that tests can state as an example. Text may span lines
// (`\n`); "line" below means the line the cursor is on.

export interface Buffer {
  readonly text: string;
  /** Offset in `text`, 0..text.length (UTF-16 units, never inside a surrogate pair). */
  readonly cursor: number;
}

export const emptyBuffer: Buffer = { text: '', cursor: 0 };

export function bufferOf(text: string, cursor = text.length): Buffer {
  return { text, cursor: Math.max(0, Math.min(cursor, text.length)) };
}

export function insert(b: Buffer, s: string): Buffer {
  return { text: b.text.slice(0, b.cursor) + s + b.text.slice(b.cursor), cursor: b.cursor + s.length };
}

/** Replaces [start, end) with `s` and puts the cursor after it. */
export function replaceRange(b: Buffer, start: number, end: number, s: string): Buffer {
  return { text: b.text.slice(0, start) + s + b.text.slice(end), cursor: start + s.length };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function prevIndex(text: string, i: number): number {
  if (i <= 0) return 0;
  return i >= 2 && isLowSurrogate(text.charCodeAt(i - 1)) ? i - 2 : i - 1;
}

function nextIndex(text: string, i: number): number {
  if (i >= text.length) return text.length;
  return isLowSurrogate(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
}

export function lineStart(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

export function lineEnd(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n;
}

export const left = (b: Buffer): Buffer => ({ ...b, cursor: prevIndex(b.text, b.cursor) });
export const right = (b: Buffer): Buffer => ({ ...b, cursor: nextIndex(b.text, b.cursor) });
export const home = (b: Buffer): Buffer => ({ ...b, cursor: lineStart(b.text, b.cursor) });
export const end = (b: Buffer): Buffer => ({ ...b, cursor: lineEnd(b.text, b.cursor) });

/** Word characters for Ctrl/Alt+arrows and Alt+D, as PSReadLine's default WordDelimiters leave them. */
const wordDelimiters = new Set([...' \t\n;:,.[]{}()/\\|^&*-=+\'"–—―']);
const isWordChar = (ch: string | undefined) => ch !== undefined && !wordDelimiters.has(ch);

/** Start of the word before the cursor (Ctrl+Left, Alt+B). */
export function wordLeftIndex(text: string, i: number): number {
  while (i > 0 && !isWordChar(text[i - 1])) i--;
  while (i > 0 && isWordChar(text[i - 1])) i--;
  return i;
}

/** End of the word after the cursor (Alt+F, Alt+D: Emacs' forward-word). */
export function wordEndIndex(text: string, i: number): number {
  while (i < text.length && !isWordChar(text[i])) i++;
  while (i < text.length && isWordChar(text[i])) i++;
  return i;
}

/** Start of the next word (Ctrl+Right in PSReadLine: NextWord). */
export function nextWordIndex(text: string, i: number): number {
  while (i < text.length && isWordChar(text[i])) i++;
  while (i < text.length && !isWordChar(text[i])) i++;
  return i;
}

export const wordLeft = (b: Buffer): Buffer => ({ ...b, cursor: wordLeftIndex(b.text, b.cursor) });
export const wordRight = (b: Buffer): Buffer => ({ ...b, cursor: nextWordIndex(b.text, b.cursor) });
export const wordEnd = (b: Buffer): Buffer => ({ ...b, cursor: wordEndIndex(b.text, b.cursor) });

/** What a deletion removed (for the kill ring) and the buffer after it. */
export interface Cut {
  buffer: Buffer;
  removed: string;
}

function cut(b: Buffer, start: number, stop: number): Cut {
  return { buffer: { text: b.text.slice(0, start) + b.text.slice(stop), cursor: start }, removed: b.text.slice(start, stop) };
}

export const deleteBackward = (b: Buffer): Cut => cut(b, prevIndex(b.text, b.cursor), b.cursor);
export const deleteForward = (b: Buffer): Cut => cut(b, b.cursor, nextIndex(b.text, b.cursor));

/** Ctrl+W: back to the previous whitespace (bash's unix-word-rubout, PSReadLine's UnixWordRubout). */
export function deleteWhitespaceWordBackward(b: Buffer): Cut {
  let i = b.cursor;
  while (i > 0 && /\s/.test(b.text[i - 1]!)) i--;
  while (i > 0 && !/\s/.test(b.text[i - 1]!)) i--;
  return cut(b, i, b.cursor);
}

/** Ctrl+Backspace / Alt+Backspace: back to the start of the word (BackwardKillWord). */
export const deleteWordBackward = (b: Buffer): Cut => cut(b, wordLeftIndex(b.text, b.cursor), b.cursor);
/** Alt+D: to the end of the word (KillWord). */
export const deleteWordForward = (b: Buffer): Cut => cut(b, b.cursor, wordEndIndex(b.text, b.cursor));

/** Ctrl+U: from the start of the line to the cursor. At the start of a continuation line, joins it with the line above. */
export function deleteToLineStart(b: Buffer): Cut {
  const s = lineStart(b.text, b.cursor);
  return cut(b, s === b.cursor && s > 0 ? s - 1 : s, b.cursor);
}

/** Ctrl+K: from the cursor to the end of the line; at the end of a line, the line break. */
export function deleteToLineEnd(b: Buffer): Cut {
  const e = lineEnd(b.text, b.cursor);
  return cut(b, b.cursor, e === b.cursor && e < b.text.length ? e + 1 : e);
}

/** Line index and column of the cursor (0-based). */
export function cursorLineColumn(b: Buffer): { line: number; column: number } {
  const before = b.text.slice(0, b.cursor);
  const line = before.split('\n').length - 1;
  return { line, column: b.cursor - lineStart(b.text, b.cursor) };
}

export function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Up/Down inside multi-line text: same column on the line above/below, or undefined at the first/last line. */
export function verticalMove(b: Buffer, direction: -1 | 1): Buffer | undefined {
  const s = lineStart(b.text, b.cursor);
  const column = b.cursor - s;
  if (direction < 0) {
    if (s === 0) return undefined;
    const ps = lineStart(b.text, s - 1);
    return { ...b, cursor: Math.min(ps + column, s - 1) };
  }
  const e = lineEnd(b.text, b.cursor);
  if (e >= b.text.length) return undefined;
  const ns = e + 1;
  return { ...b, cursor: Math.min(ns + column, lineEnd(b.text, ns)) };
}

/** Pasted text as the editor keeps it: `\r\n` and lone `\r` become `\n`, tabs stay. */
export function normalisePaste(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Ctrl+T (PSReadLine's SwapCharacters): the character before the cursor with the one under it, the
 * cursor moving past both; at the end of a line, the two before the cursor, which stays.
 */
export function swapCharacters(b: Buffer): Buffer {
  const { text, cursor } = b;
  const start = lineStart(text, cursor);
  const atEnd = cursor === lineEnd(text, cursor);
  const mid = atEnd ? prevIndex(text, cursor) : cursor;
  const first = prevIndex(text, mid);
  if (mid <= start || first < start || mid === first) return b;
  const last = atEnd ? cursor : nextIndex(text, cursor);
  const swapped = text.slice(0, first) + text.slice(mid, last) + text.slice(first, mid) + text.slice(last);
  return { text: swapped, cursor: last };
}

export type WordCase = 'upper' | 'lower' | 'capital';

/** One character in another case, kept as it is when that would change its length ('ß' → 'SS'). */
function recase(ch: string, upper: boolean): string {
  const c = upper ? ch.toUpperCase() : ch.toLowerCase();
  return c.length === ch.length ? c : ch;
}

/**
 * Alt+U / Alt+L / Alt+C (UpcaseWord, DowncaseWord, CapitalizeWord): from the cursor to the end of
 * the word (as Alt+F finds it), the cursor moving there. Capitalised: the first letter upper, the rest lower.
 */
export function changeWordCase(b: Buffer, how: WordCase): Buffer {
  const end = wordEndIndex(b.text, b.cursor);
  let seenLetter = false;
  let changed = '';
  for (const ch of b.text.slice(b.cursor, end)) {
    const first = how === 'capital' && !seenLetter && isWordChar(ch);
    if (isWordChar(ch)) seenLetter = true;
    changed += recase(ch, how === 'upper' || first);
  }
  return { text: b.text.slice(0, b.cursor) + changed + b.text.slice(end), cursor: end };
}
