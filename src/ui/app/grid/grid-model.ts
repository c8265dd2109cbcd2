// Out-ConsoleGridView's state without React: filter as you type (every word must appear in the
// row, case-insensitive), sort by a column, a cursor, a selection, and the window of rows shown.
import type { GridRequest } from '../../../runtime/command.js';

export interface GridState {
  filter: string;
  /** Column index sorted by, or -1 for the input order. */
  sortColumn: number;
  descending: boolean;
  /** Position of the cursor within the visible (filtered, sorted) rows. */
  cursor: number;
  /** First visible row shown (scrolling). */
  top: number;
  /** Selected rows, by their index in the input. */
  selected: ReadonlySet<number>;
}

export type GridAction =
  | { kind: 'type'; text: string }
  | { kind: 'backspace' }
  | { kind: 'move'; by: number }
  | { kind: 'sort' }
  | { kind: 'reverse' }
  | { kind: 'toggle' }
  | { kind: 'toggleAll' };

export const initialGrid: GridState = { filter: '', sortColumn: -1, descending: false, cursor: 0, top: 0, selected: new Set() };

/** Input indices of the rows the filter keeps, in display order. */
export function visibleRows(grid: GridRequest, s: GridState): number[] {
  const words = s.filter.toLowerCase().split(/\s+/).filter((w) => w !== '');
  let rows = grid.rows.map((_, i) => i);
  if (words.length > 0) rows = rows.filter((i) => words.every((w) => grid.rows[i]!.some((cell) => cell.toLowerCase().includes(w))));
  if (s.sortColumn >= 0) {
    const c = s.sortColumn;
    const key = (i: number) => grid.rows[i]![c] ?? '';
    rows.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const nx = Number(x.replace(/,/g, ''));
      const ny = Number(y.replace(/,/g, ''));
      const r = x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y, 'en', { sensitivity: 'base', numeric: true });
      return (s.descending ? -r : r) || a - b;
    });
  }
  return rows;
}

export function gridReducer(grid: GridRequest, s: GridState, a: GridAction, pageRows: number): GridState {
  switch (a.kind) {
    case 'type':
      return { ...s, filter: s.filter + a.text, cursor: 0, top: 0 };
    case 'backspace':
      return { ...s, filter: s.filter.slice(0, -1), cursor: 0, top: 0 };
    case 'sort': {
      const next = s.sortColumn + 1 >= grid.columns.length ? -1 : s.sortColumn + 1;
      return { ...s, sortColumn: next, descending: false };
    }
    case 'reverse':
      return s.sortColumn < 0 ? s : { ...s, descending: !s.descending };
    case 'move': {
      const count = visibleRows(grid, s).length;
      const cursor = Math.max(0, Math.min(count - 1, s.cursor + a.by));
      const top = cursor < s.top ? cursor : cursor >= s.top + pageRows ? cursor - pageRows + 1 : s.top;
      return { ...s, cursor: Math.max(0, cursor), top: Math.max(0, top) };
    }
    case 'toggle': {
      const row = visibleRows(grid, s)[s.cursor];
      if (row === undefined) return s;
      const selected = new Set(s.selected);
      if (selected.has(row)) selected.delete(row);
      else selected.add(row);
      return { ...s, selected };
    }
    case 'toggleAll': {
      const rows = visibleRows(grid, s);
      const all = rows.every((r) => s.selected.has(r));
      const selected = new Set(s.selected);
      for (const r of rows) {
        if (all) selected.delete(r);
        else selected.add(r);
      }
      return { ...s, selected };
    }
  }
}

/** What Enter passes on: the selection, or the row under the cursor when nothing is selected (or -OutputMode Single). */
export function chosenRows(grid: GridRequest, s: GridState): number[] {
  const rows = visibleRows(grid, s);
  if (grid.multiple && s.selected.size > 0) return [...s.selected].sort((a, b) => a - b);
  const row = rows[s.cursor];
  return row === undefined ? [] : [row];
}

/** Column widths for `width` terminal columns (the cursor and selection marks take 3). */
export function columnWidths(grid: GridRequest, width: number): number[] {
  // Room in each header for the sort mark (` ▲`).
  const natural = grid.columns.map((c, i) => Math.max(c.length + 2, ...grid.rows.slice(0, 500).map((r) => (r[i] ?? '').length)));
  const room = Math.max(10, width - 3 - (grid.columns.length - 1));
  const widths = natural.map((w) => Math.min(w, 60));
  let total = widths.reduce((a, b) => a + b, 0);
  // Too wide: the widest column gives way first.
  while (total > room) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i]! <= 4) break;
    widths[i]!--;
    total--;
  }
  return widths;
}

export function fitCell(text: string, width: number): string {
  if (width <= 0) return '';
  return text.length > width ? text.slice(0, width - 1) + '…' : text.padEnd(width);
}
