// Out-Default / Out-String: turns a stream of output objects into text as PowerShell 7 prints it.
//   - scalars (strings, numbers, booleans...) one per line;
//   - objects: the first object of a run picks the shape (its type's view, else a table for up to
//     4 properties and a list for 5 or more); following objects of the same type join it (a table
//     keeps the first object's columns); objects of another type in between are shown "out of band":
//     scalars as lines, others as a list;
//   - tables: a blank line, header, dashes under each label, rows, a blank line; columns sized to
//     content (PowerShell waits for the first rows to size them), fit to the host width with `…`;
//   - lists: a blank line before the first object, `Label : value` with labels padded, a blank line after each;
//   - custom views (DateTime, MatchInfo): one line each between blank lines;
//   - format records from Format-Table/-List/-Wide rendered as they are.
import { PSNumber } from '../dotnet/numeric-types.js';
import { PSClassObject, PSComparableObject, PSHashtable, PSObject } from '../runtime/values.js';
import { ErrorRecord } from '../runtime/errors.js';
import { streamRecordLine } from '../runtime/stream-records.js';
import { formatErrorRecord } from '../runtime/error-view.js';
import { enumerate, scalarToString, toStringValue } from '../runtime/conversions.js';
import { propertyEntries } from '../runtime/member-access.js';
import { findView, type View } from './views.js';
import { formatNumber } from '../dotnet/number-format.js';
import { cellWidth, headCells, padEndCells, padStartCells, tailCells } from './cell-width.js';
import {
  buildListRecord,
  buildTableRecord,
  isFormatRecord,
  TableRecordBuilder,
  ListFormatRecord,
  TableFormatRecord,
  type CustomFormatRecord,
  WideFormatRecord,
  type FormatRecord,
  type TableColumn,
} from './records.js';

export interface OutputHost {
  width: number;
  /** The global $FormatEnumerationLimit now (read as each table or list starts); 4 without it. */
  enumerationLimit?: () => number;
}

const ELLIPSIS = '…';

// ------------------------------------------------------------------------------------------------
// Tables

/**
 * Column widths: fixed where given, else the longest of label and cells (with `fillUnsized`, at
 * least an even share of the line, as PowerShell gives unsized columns of a streamed view).
 * Too wide for the host: as PowerShell's column width manager, the rightmost visible column gives
 * way: it is cut to fit (cells end in `…`), or left out (width 0) when not one character remains.
 */
export function tableWidths(columns: TableColumn[], rows: string[][], hostWidth: number, fillUnsized = false): number[] {
  const available = Math.max(hostWidth - 1, 1);
  const isSized = (c: TableColumn) => c.width !== undefined && c.width > 0;
  const sizedTotal = columns.reduce((t, c) => t + (isSized(c) ? c.width! : 0), 0) + columns.length - 1;
  const unsized = columns.filter((c) => !isSized(c)).length;
  const share = fillUnsized && unsized > 0 ? Math.floor((available - sizedTotal) / unsized) : 0;
  const widths = columns.map((c, i) => {
    if (isSized(c)) return c.width!;
    // A cell of several lines counts all of them (line breaks included), as pwsh measures it.
    let w = Math.max(cellWidth(c.label), share);
    for (const r of rows) w = Math.max(w, cellWidth(r[i] ?? ''));
    return Math.max(w, 1);
  });
  let count = widths.length;
  const total = () => widths.slice(0, count).reduce((a, b) => a + b, 0) + count - 1;
  while (count > 0 && total() > available) {
    const cut = widths[count - 1]! - (total() - available);
    if (cut < 1) count--;
    else widths[count - 1] = cut;
  }
  // Nothing fits (a host narrower than one column): show the first column cut to the line.
  if (count === 0 && widths.length > 0) {
    count = 1;
    widths[0] = available;
  }
  for (let i = count; i < widths.length; i++) widths[i] = 0;
  return widths;
}

function firstLine(s: string): string {
  const i = s.search(/\r?\n/);
  return i < 0 ? s : s.slice(0, i);
}

/** A cell's text in `width` cells: cut with `…` where its alignment puts it (a right-aligned cell keeps its end). */
function fit(text: string, width: number, alignment: TableColumn['alignment']): string {
  let t = text;
  if (cellWidth(t) > width) {
    if (width <= 1) t = headCells(t, width);
    else t = alignment === 'Right' ? ELLIPSIS + tailCells(t, width - 1) : headCells(t, width - 1) + ELLIPSIS;
  }
  if (alignment === 'Right') return padStartCells(t, width);
  if (alignment === 'Center') {
    const left = Math.floor((width - cellWidth(t)) / 2);
    return padEndCells(' '.repeat(left) + t, width);
  }
  return padEndCells(t, width);
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
  const dashes = shown.map((i) => fit('-'.repeat(Math.min(cellWidth(columns[i]!.label), widths[i]!)), widths[i]!, columns[i]!.alignment));
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

/**
 * A whole Format-Table record: blank line, header, dashes, rows, blank line. A table that
 * `continues` its command's document (the next -GroupBy group) has no blank line of its own before it.
 */
export function renderTable(record: TableFormatRecord, host: OutputHost, continues = false): string {
  const widths = tableWidths(record.columns, record.rows, host.width);
  const lines: string[] = continues ? [] : [''];
  if (record.options.groupLabel) lines.push(record.options.groupLabel, '');
  if (!record.options.hideTableHeaders) lines.push(...tableHeader(record.columns, widths));
  lines.push(...tableRows(record, widths));
  return lines.join('\n') + '\n\n';
}

// ------------------------------------------------------------------------------------------------
// Lists

function listEntryLines(entries: { label: string; value: string }[], hostWidth: number): string[] {
  const labelWidth = entries.reduce((w, e) => Math.max(w, cellWidth(e.label)), 0);
  const indent = ' '.repeat(labelWidth + 3);
  const valueWidth = Math.max(hostWidth - 1 - (labelWidth + 3), 10);
  const lines: string[] = [];
  for (const e of entries) {
    const valueLines = wrapText(e.value, valueWidth);
    lines.push(`${padEndCells(e.label, labelWidth)} : ${valueLines[0] ?? ''}`.replace(/\s+$/, ''));
    for (const more of valueLines.slice(1)) lines.push((indent + more).replace(/\s+$/, ''));
  }
  return lines;
}

/** A whole Format-List record: each object after a blank line, then a closing blank line. */
export function renderList(record: ListFormatRecord, host: OutputHost): string {
  if (record.items.length === 0) return '';
  let out = record.groupLabel !== undefined ? '\n' + record.groupLabel + '\n' : '';
  for (const entries of record.items) out += '\n' + listEntryLines(entries, host.width).map((l) => l + '\n').join('');
  return out + '\n';
}

// ------------------------------------------------------------------------------------------------
// Wide

/**
 * Format-Wide: the line is shared by the columns (one blank between them), the cells left over
 * going to the first columns; -AutoSize fits as many columns as the longest value allows, else
 * -Column (2 by default).
 */
export function renderWide(record: WideFormatRecord, host: OutputHost): string {
  const available = Math.max(host.width - 1, 1);
  const longest = record.values.reduce((w, v) => Math.max(w, cellWidth(v)), 0);
  const columns = Math.max(1, record.autoSize ? Math.floor(available / (longest + 1)) : (record.columns ?? 2));
  const share = Math.floor((available - (columns - 1)) / columns);
  const extra = available - (columns - 1) - share * columns;
  const widths = Array.from({ length: columns }, (_, i) => Math.max(share + (i < extra ? 1 : 0), 1));
  const lines: string[] = [''];
  for (let i = 0; i < record.values.length; i += columns) {
    const cells = record.values.slice(i, i + columns).map((v, k) => fit(v, widths[k]!, 'Left'));
    lines.push(joinCells(cells));
  }
  return lines.join('\n') + '\n\n';
}

/** Format-Custom objects on their own: a blank line, each object followed by one, a closing blank line. */
export function renderCustom(record: CustomFormatRecord): string {
  return '\n' + record.lines.join('\n') + '\n\n\n';
}

export function renderRecord(record: FormatRecord, host: OutputHost): string {
  switch (record.formatKind) {
    case 'custom':
      return renderCustom(record);
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
  if (t === 'string' || t === 'number' || t === 'boolean' || t === 'bigint' || v instanceof PSNumber) return true;
  // A comparable value (a size) prints as its text, as the module's deserialized sizes do.
  if (v instanceof PSComparableObject) return true;
  // A string carrying note properties ($PROFILE and its four paths) prints as the string.
  if (v instanceof PSObject && v.toStringHook && v.typeNames[0] === 'System.String') return true;
  // An instance of a script class with no visible property prints its ToString() (its own
  // override, else the class name), as pwsh shows any object it finds nothing to tabulate in.
  if (v instanceof PSClassObject && v.props.size === 0) return true;
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

/** Out-Default's block of output that following objects may join. */
type Block =
  | {
      kind: 'table';
      /** Out-Default's own table: the first object's view (undefined: generated from its properties). */
      view?: View;
      /** Out-Default's own table: turns objects into rows under the first object's columns. */
      builder?: TableRecordBuilder;
      /** A Format-Table stream this block renders. */
      streamId?: object;
      columns: TableColumn[];
      options: TableFormatRecord['options'];
      /** Rows waiting for the widths (PowerShell sizes columns from the first rows). */
      pending: string[][];
      widths?: number[];
      startedAt?: number;
      /** The next group of the same document: no blank line before its label. */
      continues?: boolean;
    }
  | { kind: 'list'; view?: View; streamId?: object; printed: boolean }
  /** A Format-Custom stream: each object followed by a blank line, and one more at its end. */
  | { kind: 'format-custom'; streamId: object; printed: boolean }
  | { kind: 'custom'; view: View & { kind: 'custom' }; printed: boolean };

export interface OutputFormatterOptions {
  /**
   * A clock: with it, table rows wait at most `batchMs` (PowerShell: 300 ms) for their column
   * widths, then stream. Without it they wait until `flush()`, other output, or `end()`.
   */
  now?: () => number;
  batchMs?: number;
}

/**
 * Out-Default as a stream, following PowerShell's rules:
 *   - the first object (not a scalar) picks the view: its type's view, else a table of its
 *     properties (up to 4) or a list (5 or more);
 *   - later objects the view applies to join it (a type view applies to the types it is
 *     registered for; a generated view applies to every object, which shows under the first
 *     object's columns); a view's group-by value changing starts a new table with its header;
 *   - other objects are "out of band": scalars as a line, others as a list (or their custom view),
 *     without ending the table;
 *   - Format-Table/-List records render as they come; records of one stream continue one table.
 * `write(value)` returns the text that can be shown now, `flush()` fixes pending table widths
 * (a REPL calls it when output pauses), `end()` the rest.
 */
export class OutputFormatter {
  private out = '';
  private block: Block | undefined;
  private readonly batchMs: number;
  /** The document (Format-Table command) of the table that ended last. */
  private lastDocument: object | undefined;

  constructor(
    private readonly host: OutputHost,
    private readonly options: OutputFormatterOptions = {},
  ) {
    this.batchMs = options.batchMs ?? 300;
  }

  /** Adds one pipeline output object (collections are unrolled). */
  write(value: unknown): string {
    this.emit(value);
    return this.take();
  }

  /** Prints table rows still waiting for their widths; the table stays open for more rows. */
  flush(): string {
    this.settle();
    return this.take();
  }

  /** Are table rows waiting for their widths? (A host calls `flush()` when output pauses.) */
  get hasPending(): boolean {
    return this.block?.kind === 'table' && this.block.pending.length > 0;
  }

  /** Ends the output: pending table rows and the closing blank line. */
  end(): string {
    this.close();
    return this.take();
  }

  private take(): string {
    const t = this.out;
    this.out = '';
    return t;
  }

  // ---------------------------------------------------------------------------------------------
  // Tables

  private openTable(columns: TableColumn[], options: TableFormatRecord['options'], extra: { view?: View; builder?: TableRecordBuilder; streamId?: object; continues?: boolean }): void {
    this.block = { kind: 'table', columns, options, pending: [], ...extra, startedAt: this.options.now?.() };
  }

  private addRows(rows: string[][]): void {
    const b = this.block;
    if (!b || b.kind !== 'table') return;
    if (b.widths) {
      this.printRows(rows);
      return;
    }
    b.pending.push(...rows);
    // PowerShell only waits for rows when the first column has no fixed width.
    const fixed = b.columns.length > 0 && b.columns[0]!.width !== undefined && b.columns[0]!.width > 0;
    const waited = b.startedAt !== undefined && this.options.now !== undefined && this.options.now() - b.startedAt >= this.batchMs;
    if (fixed || waited) this.settle();
  }

  /** Fixes the open table's widths from the rows so far and prints what is pending. */
  private settle(): void {
    const b = this.block;
    // Nothing to show yet (an empty hashtable's table has no rows): no header either.
    if (!b || b.kind !== 'table' || b.pending.length === 0) return;
    if (!b.widths) {
      const fixed = b.columns.length > 0 && b.columns[0]!.width !== undefined && b.columns[0]!.width > 0;
      b.widths = tableWidths(b.columns, b.pending, this.host.width, fixed);
      const lines: string[] = b.continues ? [] : [''];
      if (b.options.groupLabel) lines.push(b.options.groupLabel, '');
      if (!b.options.hideTableHeaders) lines.push(...tableHeader(b.columns, b.widths));
      this.out += lines.join('\n') + '\n';
    }
    const rows = b.pending;
    b.pending = [];
    this.printRows(rows);
  }

  private printRows(rows: string[][]): void {
    const b = this.block;
    if (!b || b.kind !== 'table' || !b.widths || rows.length === 0) return;
    const record = new TableFormatRecord(b.columns, rows, b.options);
    this.out += tableRows(record, b.widths).join('\n') + '\n';
  }

  /** Ends the open block with its closing blank line. */
  private close(): void {
    const b = this.block;
    if (!b) return;
    if (b.kind === 'table') {
      this.settle();
      if (b.widths) this.out += '\n';
      this.lastDocument = b.options.document;
    } else if ((b.kind === 'custom' || b.kind === 'format-custom') && b.printed) this.out += '\n';
    this.block = undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Format records

  private emitRecord(r: FormatRecord): void {
    const b = this.block;
    if (r.formatKind === 'table' && r.options.streamId && !r.options.autoSize) {
      if (!(b && b.kind === 'table' && b.streamId === r.options.streamId)) {
        this.close();
        this.openTable(r.columns, r.options, { streamId: r.options.streamId, continues: this.continuesDocument(r) });
      }
      this.addRows(r.rows);
      return;
    }
    if (r.formatKind === 'custom' && r.streamId) {
      if (!(b && b.kind === 'format-custom' && b.streamId === r.streamId)) {
        this.close();
        this.block = { kind: 'format-custom', streamId: r.streamId, printed: false };
      }
      const block = this.block as Block & { kind: 'format-custom' };
      if (!block.printed) this.out += '\n';
      this.out += r.lines.join('\n') + '\n\n';
      block.printed = true;
      return;
    }
    if (r.formatKind === 'list' && r.outOfBand) {
      this.settle();
      this.out += renderList(r, this.host);
      return;
    }
    if (r.formatKind === 'list' && r.streamId) {
      if (!(b && b.kind === 'list' && b.streamId === r.streamId)) {
        this.close();
        this.block = { kind: 'list', streamId: r.streamId, printed: false };
        if (r.groupLabel !== undefined) this.out += '\n' + r.groupLabel + '\n';
      }
      this.printListItems(r.items);
      return;
    }
    this.close();
    if (r.formatKind === 'table') {
      this.out += renderTable(r, this.host, this.continuesDocument(r));
      this.lastDocument = r.options.document;
    } else this.out += renderRecord(r, this.host);
  }

  /** Is this table the next -GroupBy group of the table that just ended? */
  private continuesDocument(r: TableFormatRecord): boolean {
    return r.options.document !== undefined && r.options.document === this.lastDocument;
  }

  private enumerationLimit(): number | undefined {
    return this.host.enumerationLimit?.();
  }

  /**
   * A list opens with a blank line and each object is followed by one, so a line written between
   * two objects of the list (`$o; 'x'; $o`) sits right under the blank line, as in PowerShell.
   */
  private printListItems(items: { label: string; value: string }[][]): void {
    const b = this.block;
    for (const entries of items) {
      if (!(b && b.kind === 'list' && b.printed)) this.out += '\n';
      // An object with no entry to show (every -Property missing) leaves only its blank line.
      this.out += listEntryLines(entries, this.host.width).map((l) => l + '\n').join('') + '\n';
      if (b && b.kind === 'list') b.printed = true;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Objects

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
      this.emitRecord(v);
      return;
    }
    if (v instanceof ErrorRecord) {
      this.settle();
      this.out += formatErrorRecord(v, { color: false, width: this.host.width });
      return;
    }
    // A hashtable shows its entries, so an empty one shows nothing (and starts no table).
    if (v instanceof PSHashtable && v.size === 0) return;
    // An object without properties ([pscustomobject]@{}) prints nothing.
    if (v instanceof PSObject && v.props.size === 0 && !v.toStringHook && !(v instanceof PSClassObject) && !findView(v)) return;
    const recordLine = streamRecordLine(v);
    if (recordLine !== undefined) {
      this.settle();
      this.out += recordLine + '\n';
      return;
    }
    if (isScalar(v)) {
      this.settle();
      this.out += (typeof v === 'number' ? formatNumber(v) : v instanceof PSNumber ? toStringValue(v) : scalarToString(v, false)) + '\n';
      return;
    }
    const b = this.block;
    // Objects after a Format-* stream start a new document, as after Format-Table's end record.
    if (!b || b.kind === 'format-custom' || (b.kind === 'table' && b.streamId) || (b.kind === 'list' && b.streamId)) {
      this.close();
      this.start(v);
      return;
    }
    const view = findView(v);
    const applies = b.view === undefined || view === b.view;
    if (!applies) {
      this.outOfBand(v, view);
      return;
    }
    if (b.kind === 'table') {
      const label = groupLabelOf(b.view, v);
      if (label !== b.options.groupLabel) {
        this.close();
        this.start(v, true);
        return;
      }
      this.addRows(b.builder!.record([v], false).rows);
    } else this.addToBlock(b, v);
  }

  /** The first object of a document picks the shape. */
  private start(v: unknown, nextGroup = false): void {
    const shape = shapeOf(v);
    const view = findView(v);
    if (shape.kind === 'auto-table' || shape.kind === 'table') {
      const groupLabel = groupLabelOf(view, v);
      const builder = new TableRecordBuilder(v, { groupLabel, enumerationLimit: this.enumerationLimit() });
      this.openTable(builder.columns, { groupLabel }, { view, builder, continues: nextGroup });
      this.addRows(builder.record([v], false).rows);
      return;
    }
    if (shape.kind === 'custom') this.block = { kind: 'custom', view: shape, printed: false };
    else this.block = { kind: 'list', view, printed: false };
    this.addToBlock(this.block, v);
  }

  private addToBlock(b: Block, v: unknown): void {
    if (b.kind === 'list') {
      const columns = b.view && b.view.kind === 'list' ? b.view.columns.map((c) => ({ label: c.label, expression: c.value })) : undefined;
      this.printListItems(buildListRecord([v], { property: columns, enumerationLimit: this.enumerationLimit() }).items);
    } else if (b.kind === 'custom') {
      if (!b.printed) this.out += '\n';
      this.out += b.view.render(v) + '\n';
      b.printed = true;
    }
  }

  /** An object the running view does not apply to: shown on its own, the block stays open. */
  private outOfBand(v: unknown, view: View | undefined): void {
    this.settle();
    if (view && view.kind === 'custom') this.out += '\n' + view.render(v) + '\n\n';
    else this.out += renderList(buildListRecord([v], { property: undefined, enumerationLimit: this.enumerationLimit() }), this.host);
  }
}

function groupLabelOf(view: View | undefined, v: unknown): string | undefined {
  return view && view.kind === 'table' && view.groupBy ? view.groupBy(v) : undefined;
}

/** Renders objects as Out-Default / Out-String do (PowerShell 7, en-US). */
export function formatForOutput(values: unknown[], host: OutputHost): string {
  const f = new OutputFormatter(host);
  let out = '';
  for (const v of values) out += f.write(v);
  return out + f.end();
}

export { buildTableRecord, buildListRecord };
