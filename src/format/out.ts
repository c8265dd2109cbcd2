// Out-Default / Out-String: turns a stream of output objects into text as PowerShell 7 prints it.
//   - scalars (strings, numbers, booleans...) one per line;
//   - objects: the first object of a run picks the shape (its type's view, else a table for up to
//     4 properties and a list for 5 or more); following objects of the same type join it (a table
//     keeps the first object's columns); objects of another type in between are shown "out of band":
//     scalars as lines, others as a list;
//   - tables: a blank line, header, dashes under each label, rows, a blank line; columns sized to
//     content (PowerShell waits for the first rows to size them), fit to the host width with `…`;
//   - lists: a blank line before each object, `Label : value` with labels padded, a blank line after;
//   - custom views (DateTime, MatchInfo): one line each between blank lines;
//   - format records from Format-Table/-List/-Wide rendered as they are.
import { PSHashtable, PSObject } from '../runtime/values.js';
import { ErrorRecord } from '../runtime/errors.js';
import { formatErrorRecord } from '../runtime/error-view.js';
import { enumerate, scalarToString, typeNamesOf } from '../runtime/conversions.js';
import { propertyEntries } from '../runtime/methods.js';
import { findView, type View } from './views.js';
import { formatNumber } from './numbers.js';
import {
  buildListRecord,
  buildTableRecord,
  isFormatRecord,
  ListFormatRecord,
  TableFormatRecord,
  WideFormatRecord,
  type FormatRecord,
  type PropertySpec,
  type TableColumn,
} from './records.js';
import { defaultProperties } from './views.js';

export interface OutputHost {
  width: number;
}

const ELLIPSIS = '…';

// ------------------------------------------------------------------------------------------------
// Tables

/**
 * Column widths: fixed where given, else the longest of label and cells; then fit to the host:
 * the widest columns give up space down to their label's width (cells cut with `…`), and columns
 * that still do not fit are left out (width 0), as PowerShell drops them.
 */
export function tableWidths(columns: TableColumn[], rows: string[][], hostWidth: number): number[] {
  const widths = columns.map((c, i) => {
    if (c.width !== undefined && c.width > 0) return c.width;
    let w = c.label.length;
    for (const r of rows) w = Math.max(w, firstLine(r[i] ?? '').length);
    return Math.max(w, 1);
  });
  const available = Math.max(hostWidth - 1, 1);
  let count = widths.length;
  const total = () => widths.slice(0, count).reduce((a, b) => a + b, 0) + count - 1;
  const floor = columns.map((c, i) => Math.min(widths[i]!, Math.max(Math.min(c.label.length, 20), 3)));
  const floorTotal = () => floor.slice(0, count).reduce((a, b) => a + b, 0) + count - 1;
  while (count > 1 && floorTotal() > available) count--;
  while (total() > available) {
    let widest = -1;
    for (let i = 0; i < count; i++) if (widths[i]! > floor[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) break;
    widths[widest] = Math.max(floor[widest]!, widths[widest]! - (total() - available));
  }
  while (count > 1 && total() > available) count--;
  if (total() > available) widths[0] = available;
  for (let i = count; i < widths.length; i++) widths[i] = 0;
  return widths;
}

function firstLine(s: string): string {
  const i = s.search(/\r?\n/);
  return i < 0 ? s : s.slice(0, i);
}

function fit(text: string, width: number, alignment: TableColumn['alignment']): string {
  let t = text;
  if (t.length > width) t = width <= 1 ? t.slice(0, width) : t.slice(0, width - 1) + ELLIPSIS;
  if (alignment === 'Right') return t.padStart(width);
  if (alignment === 'Center') {
    const left = Math.floor((width - t.length) / 2);
    return (' '.repeat(left) + t).padEnd(width);
  }
  return t.padEnd(width);
}

/** Wraps text into lines of at most `width` characters (breaking at spaces where possible). */
function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let rest = line;
    while (rest.length > width) {
      let cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) cut = width;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut).replace(/^ /, '');
    }
    out.push(rest);
  }
  return out;
}

function joinCells(cells: string[]): string {
  return cells.join(' ').replace(/\s+$/, '');
}

/** Header and dash lines of a table. */
function tableHeader(columns: TableColumn[], widths: number[]): string[] {
  const shown = columns.map((_c, i) => i).filter((i) => widths[i]! > 0);
  const labels = shown.map((i) => fit(columns[i]!.label, widths[i]!, columns[i]!.alignment));
  const dashes = shown.map((i) => fit('-'.repeat(Math.min(columns[i]!.label.length, widths[i]!)), widths[i]!, columns[i]!.alignment));
  return [joinCells(labels), joinCells(dashes)];
}

function tableRows(record: TableFormatRecord, widths: number[]): string[] {
  const lines: string[] = [];
  const shown = record.columns.map((_c, i) => i).filter((i) => widths[i]! > 0);
  const cols = shown.map((i) => record.columns[i]!);
  const ws = shown.map((i) => widths[i]!);
  for (const fullRow of record.rows) {
    const row = shown.map((i) => fullRow[i] ?? '');
    if (record.options.wrap) {
      const cellLines = row.map((cell, i) => wrapText(cell, ws[i]!));
      const height = Math.max(...cellLines.map((l) => l.length), 1);
      for (let k = 0; k < height; k++) lines.push(joinCells(cellLines.map((l, i) => fit(l[k] ?? '', ws[i]!, cols[i]!.alignment))));
    } else {
      lines.push(
        joinCells(
          row.map((cell, i) => {
            const one = firstLine(cell);
            return fit(one !== cell ? one + ELLIPSIS : one, ws[i]!, cols[i]!.alignment);
          }),
        ),
      );
    }
  }
  return lines;
}

/** A whole Format-Table record: blank line, header, dashes, rows, blank line. */
export function renderTable(record: TableFormatRecord, host: OutputHost): string {
  const widths = tableWidths(record.columns, record.rows, host.width);
  const lines: string[] = [''];
  if (record.options.groupLabel) lines.push(record.options.groupLabel, '');
  if (!record.options.hideTableHeaders) lines.push(...tableHeader(record.columns, widths));
  lines.push(...tableRows(record, widths));
  return lines.join('\n') + '\n\n';
}

// ------------------------------------------------------------------------------------------------
// Lists

function listEntryLines(entries: { label: string; value: string }[], hostWidth: number): string[] {
  const labelWidth = entries.reduce((w, e) => Math.max(w, e.label.length), 0);
  const indent = ' '.repeat(labelWidth + 3);
  const valueWidth = Math.max(hostWidth - 1 - (labelWidth + 3), 10);
  const lines: string[] = [];
  for (const e of entries) {
    const valueLines = wrapText(e.value, valueWidth);
    lines.push(`${e.label.padEnd(labelWidth)} : ${valueLines[0] ?? ''}`.replace(/\s+$/, ''));
    for (const more of valueLines.slice(1)) lines.push((indent + more).replace(/\s+$/, ''));
  }
  return lines;
}

/** A whole Format-List record: each object after a blank line, then a closing blank line. */
export function renderList(record: ListFormatRecord, host: OutputHost): string {
  if (record.items.length === 0) return '';
  let out = '';
  for (const entries of record.items) out += '\n' + listEntryLines(entries, host.width).join('\n') + '\n';
  return out + '\n';
}

// ------------------------------------------------------------------------------------------------
// Wide

export function renderWide(record: WideFormatRecord, host: OutputHost): string {
  const columns = Math.max(1, record.columns ?? 2);
  const colWidth = Math.floor(host.width / columns);
  const lines: string[] = [''];
  for (let i = 0; i < record.values.length; i += columns) {
    const cells = record.values.slice(i, i + columns).map((v) => fit(v, Math.max(colWidth - 1, 1), 'Left'));
    lines.push(joinCells(cells));
  }
  return lines.join('\n') + '\n\n';
}

export function renderRecord(record: FormatRecord, host: OutputHost): string {
  switch (record.formatKind) {
    case 'table':
      return renderTable(record, host);
    case 'list':
      return renderList(record, host);
    case 'wide':
      return renderWide(record, host);
  }
}

// ------------------------------------------------------------------------------------------------
// Out-Default

/** Values PowerShell prints as a single line with no view. */
function isScalar(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'bigint') return true;
  if (v instanceof PSObject || v instanceof PSHashtable) return false;
  if (findView(v)) return false;
  return propertyEntries(v).length === 0;
}

/** Table or list for an object without a view: ≤ 4 properties → table. */
function shapeOf(v: unknown): View | { kind: 'auto-table' } | { kind: 'auto-list' } {
  const view = findView(v);
  if (view) return view;
  return propertyEntries(v).length <= 4 ? { kind: 'auto-table' } : { kind: 'auto-list' };
}

interface Group {
  typeName: string;
  kind: 'table' | 'list' | 'custom';
  view?: View;
  /** Table: first object's columns, widths fixed at the first flush. */
  objects: unknown[];
  widths?: number[];
  columns?: TableColumn[];
  headerDone: boolean;
  groupLabel?: string;
  /** Columns as chosen from the group's first object. */
  specs?: PropertySpec[];
}

/**
 * Out-Default as a stream: `write(value)` returns the text that can be shown now, `end()` the rest.
 * Table rows are held back until the end (or until something else must be printed) so columns can
 * be sized from them, as PowerShell does by waiting for the first objects.
 */
export class OutputFormatter {
  private out = '';
  private group: Group | undefined;

  constructor(private readonly host: OutputHost) {}

  /** Adds one pipeline output object (collections are unrolled one level). */
  write(value: unknown): string {
    this.emit(value);
    return this.take();
  }

  /** Ends the output: pending table rows and the closing blank line. */
  end(): string {
    this.flush(true);
    return this.take();
  }

  private take(): string {
    const t = this.out;
    this.out = '';
    return t;
  }

  private flush(final: boolean): void {
    const group = this.group;
    if (!group) return;
    if (group.kind === 'table' && group.objects.length > 0) {
      const record = buildGroupTable(group);
      if (!group.widths) {
        group.widths = tableWidths(record.columns, record.rows, this.host.width);
        group.columns = record.columns;
      }
      const lines: string[] = [];
      if (!group.headerDone) {
        lines.push('');
        if (group.groupLabel) lines.push(group.groupLabel, '');
        lines.push(...tableHeader(record.columns, group.widths));
        group.headerDone = true;
      }
      lines.push(...tableRows(record, group.widths));
      this.out += lines.join('\n') + '\n';
      group.objects = [];
    }
    if (final) {
      if (group.headerDone || group.kind !== 'table') this.out += '\n';
      this.group = undefined;
    }
  }

  private emit(v: unknown, depth = 0): void {
    if (v === null || v === undefined) return;
    // A collection inside the output is shown element by element, as Out-Default enumerates.
    if (typeof v !== 'string' && depth < 64) {
      const items = enumerate(v);
      if (items) {
        for (const item of items) this.emit(item, depth + 1);
        return;
      }
    }
    if (isFormatRecord(v)) {
      this.flush(true);
      this.out += renderRecord(v, this.host);
      return;
    }
    if (v instanceof ErrorRecord) {
      this.flush(false);
      this.out += formatErrorRecord(v, { color: false, width: this.host.width });
      return;
    }
    // An object without properties ([pscustomobject]@{}) prints nothing.
    if (v instanceof PSObject && v.props.size === 0 && !v.toStringHook && !findView(v)) return;
    if (isScalar(v)) {
      this.flush(false);
      this.out += (typeof v === 'number' ? formatNumber(v) : scalarToString(v, false)) + '\n';
      return;
    }
    const typeName = typeNamesOf(v)[0] ?? 'System.Object';
    const view = findView(v);
    const groupLabel = view && view.kind === 'table' && view.groupBy ? view.groupBy(v) : undefined;
    const group = this.group;
    if (group && group.typeName === typeName && group.groupLabel === groupLabel) {
      this.addToGroup(group, v);
      return;
    }
    if (group && group.typeName !== typeName) {
      // Out of band: another type inside a running table/list shows as a list (or its custom view).
      this.flush(false);
      if (view && view.kind === 'custom') this.out += '\n' + view.render(v) + '\n\n';
      else this.out += renderList(buildListRecord([v], { property: undefined }), this.host);
      return;
    }
    this.flush(true);
    const shape = shapeOf(v);
    const kind = shape.kind === 'auto-table' ? 'table' : shape.kind === 'auto-list' ? 'list' : shape.kind;
    this.group = { typeName, kind, view, objects: [], headerDone: false, groupLabel };
    this.addToGroup(this.group, v);
  }

  private addToGroup(g: Group, v: unknown): void {
    if (g.kind === 'table') {
      const rowsOf = g.view && g.view.kind === 'table' && g.view.rows ? g.view.rows(v) : [v];
      if (!g.specs && rowsOf.length > 0) g.specs = defaultProperties(rowsOf[0]);
      g.objects.push(...rowsOf);
    } else if (g.kind === 'list') {
      const record = buildListRecord([v], { property: g.view && g.view.kind === 'list' ? g.view.columns.map((c) => ({ label: c.label, expression: c.value })) : undefined });
      this.out += record.items.map((entries) => '\n' + listEntryLines(entries, this.host.width).join('\n') + '\n').join('');
      g.headerDone = true;
    } else if (g.view && g.view.kind === 'custom') {
      if (!g.headerDone) this.out += '\n';
      this.out += g.view.render(v) + '\n';
      g.headerDone = true;
    }
  }
}

/** Renders objects as Out-Default / Out-String do (PowerShell 7, en-US). */
export function formatForOutput(values: unknown[], host: OutputHost): string {
  const f = new OutputFormatter(host);
  let out = '';
  for (const v of values) out += f.write(v);
  return out + f.end();
}

function buildGroupTable(group: Group): TableFormatRecord {
  const record = buildTableRecord(group.objects, { property: group.specs });
  // Later batches keep the first batch's alignment.
  if (group.columns) return new TableFormatRecord(group.columns, record.rows, record.options);
  return record;
}

export { buildTableRecord, buildListRecord };
