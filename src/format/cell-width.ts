// How many console cells a text takes, as pwsh's console host counts them to size and cut table
// columns and list labels: East Asian wide and fullwidth characters take two cells, everything
// else one (per UTF-16 unit, as .NET counts a string). Half-width katakana (ｱ) stays one cell.

/** Any character that could take two cells (a quick test before counting). */
const MAYBE_WIDE = /[\u1100-\uffff]/;

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    code === 0x2329 ||
    code === 0x232a ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe6f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Cells `text` takes on the console. */
export function cellWidth(text: string): number {
  if (!MAYBE_WIDE.test(text)) return text.length;
  let cells = 0;
  for (let i = 0; i < text.length; i++) cells += isWide(text.charCodeAt(i)) ? 2 : 1;
  return cells;
}

/** The longest start of `text` that fits in `cells`. */
export function headCells(text: string, cells: number): string {
  if (!MAYBE_WIDE.test(text)) return text.slice(0, Math.max(cells, 0));
  let used = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const w = isWide(text.charCodeAt(i)) ? 2 : 1;
    if (used + w > cells) break;
    used += w;
  }
  return text.slice(0, i);
}

/** The longest end of `text` that fits in `cells`. */
export function tailCells(text: string, cells: number): string {
  if (!MAYBE_WIDE.test(text)) return cells <= 0 ? '' : text.slice(-cells);
  let used = 0;
  let i = text.length;
  for (; i > 0; i--) {
    const w = isWide(text.charCodeAt(i - 1)) ? 2 : 1;
    if (used + w > cells) break;
    used += w;
  }
  return text.slice(i);
}

/** `text` padded with blanks on the right to `cells`. */
export function padEndCells(text: string, cells: number): string {
  const w = cellWidth(text);
  return w >= cells ? text : text + ' '.repeat(cells - w);
}

/** `text` padded with blanks on the left to `cells`. */
export function padStartCells(text: string, cells: number): string {
  const w = cellWidth(text);
  return w >= cells ? text : ' '.repeat(cells - w) + text;
}
