// Format records: what Format-Table / Format-List / Format-Wide write to the pipeline, and what
// Out-Default / Out-String render. Cell values are evaluated when the record is built (that is
// where calculated properties run their script blocks), so records are plain data.
import { PSNumber } from '../dotnet/numeric-types.js';
import { PSChar, PSClassObject, PSEnumValue, PSHashtable, PSObject, ScriptBlockValue } from '../runtime/values.js';
import { toStringValue, isNull, scalarToString, typeNameOf } from '../runtime/conversions.js';
import { getMember, propertyEntries } from '../runtime/member-access.js';
import { wildcardMatch, hasWildcards } from '../runtime/operators-wildcard.js';
import { formatValue } from '../runtime/format-operator.js';
import { defaultProperties, findTableView, findView } from './views.js';
import { displayCell, displayValue, FORMAT_ENUMERATION_LIMIT } from './display.js';
import { formatNumber } from '../dotnet/number-format.js';

export type Alignment = 'Left' | 'Right' | 'Center';

/** A column/entry of Format-Table/-List: a property name (wildcards allowed) or a calculated property. */
export type PropertySpec =
  | string
  | {
      label?: string;
      /** Property name, a script block evaluated with $_ = the object, or (views) a function. */
      expression: string | ScriptBlockValue | ((o: unknown) => unknown);
      width?: number;
      alignment?: Alignment;
      formatString?: string;
    };

/** Runs a script block with $_ set; supplied by the cmdlet (from CommandContext.invoke). */
export type Evaluator = (block: ScriptBlockValue, dollarUnder: unknown) => unknown[];

export interface TableColumn {
  label: string;
  /** Fixed width from -Property @{Width=..} or a view; undefined = sized to content. */
  width?: number;
  alignment: Alignment;
}

/**
 * Output of Format-Table. A streamed table is several records sharing `streamId`: the first
 * carries the header, the others add rows under the same columns (and widths, once the renderer
 * has fixed them), as PowerShell's format start / entry records do.
 */
export class TableFormatRecord {
  readonly formatKind = 'table' as const;
  constructor(
    readonly columns: TableColumn[],
    /** Display strings per row, one per column. */
    readonly rows: string[][],
    readonly options: { autoSize?: boolean; wrap?: boolean; hideTableHeaders?: boolean; groupLabel?: string; streamId?: object; document?: object } = {},
  ) {}
}

/** Output of Format-List: one entry list per object; records sharing `streamId` form one list. */
export class ListFormatRecord {
  readonly formatKind = 'list' as const;
  constructor(
    readonly items: { label: string; value: string }[][],
    readonly streamId?: object,
    /** Format-List -GroupBy: the line shown before the group's first object. */
    readonly groupLabel?: string,
    /** Shown where it comes without ending the table around it (an object the table's view does not apply to). */
    readonly outOfBand = false,
  ) {}
}

/** Output of Format-Wide. */
export class WideFormatRecord {
  readonly formatKind = 'wide' as const;
  constructor(
    readonly values: string[],
    readonly columns?: number,
    /** -AutoSize: as many columns as the longest value leaves room for. */
    readonly autoSize = false,
  ) {}
}

/** Output of Format-Custom: one object's lines; records sharing `streamId` form one document. */
export class CustomFormatRecord {
  readonly formatKind = 'custom' as const;
  constructor(
    readonly lines: string[],
    readonly streamId?: object,
  ) {}
}

export type FormatRecord = TableFormatRecord | ListFormatRecord | WideFormatRecord | CustomFormatRecord;

export function isFormatRecord(v: unknown): v is FormatRecord {
  return v instanceof TableFormatRecord || v instanceof ListFormatRecord || v instanceof WideFormatRecord || v instanceof CustomFormatRecord;
}

/**
 * The line Format-Table/-List/-Wide/-Custom write for a value they do not shape: pwsh's default
 * scalar types (strings, numbers, booleans, chars) and enums pass through as their text, so
 * `'a','b' | Format-Table` prints a and b. Undefined for every other value.
 */
export function scalarText(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return formatNumber(v);
    case 'boolean':
    case 'bigint':
      return scalarToString(v, false);
  }
  if (v instanceof PSNumber) return toStringValue(v);
  if (v instanceof PSChar || v instanceof PSEnumValue) return scalarToString(v, false);
  return undefined;
}

/**
 * What Format-* write for a value they pass on instead of shaping: a scalar's text, or the
 * ToString() of an object with no visible property (a class instance with only hidden ones: its
 * class name or its ToString() override; [pscustomobject]@{}: an empty line), as pwsh does even
 * with -Property. Undefined for a value to shape.
 */
export function passThroughText(v: unknown): string | undefined {
  const text = scalarText(v);
  if (text !== undefined || !(v instanceof PSObject) || v.props.size > 0 || findView(v)) return text;
  return v instanceof PSClassObject || v.toStringHook ? scalarToString(v, false) : '';
}

/** What Format-* write as it is: format records (`Format-Table | Format-List` keeps the table), else {@link passThroughText}. */
export function passThrough(v: unknown): unknown {
  return isFormatRecord(v) ? v : passThroughText(v);
}

/** A bad key of a calculated property; the cmdlet stops the statement with it, as pwsh's Format-* do. */
export class PropertyKeyError extends Error {
  readonly exceptionType = 'System.NotSupportedException';
  constructor(
    message: string,
    readonly errorId: string,
  ) {
    super(message);
  }
}

function invalidKey(message: string, errorId: string): PropertyKeyError {
  return new PropertyKeyError(message, errorId);
}

/** A calculated property's Width: a positive Int32. */
function widthOf(v: unknown): number {
  const n = v;
  if (typeof n !== 'number' || (n | 0) !== n) throw invalidKey(`The "Width" key has a type, ${typeNameOf(v)}, that is not valid; expected type is System.Int32.`, 'DictionaryKeyIllegalValue');
  if (n <= 0) throw invalidKey(`The value "${toStringValue(v)}" for key "width" should be greater than 0.`, 'WidthOutOfRange');
  return n;
}

/** Normalises a calculated property hashtable (`@{N='x';E={..};Width=10}`) into a PropertySpec; a script block labels with its text as written, blanks included, as pwsh does. */
export function propertySpecFrom(v: unknown): PropertySpec {
  if (v instanceof PSHashtable) {
    let label: string | undefined;
    let expression: string | ScriptBlockValue | undefined;
    let width: number | undefined;
    let alignment: Alignment | undefined;
    let formatString: string | undefined;
    for (const [k, val] of v.entries()) {
      const key = toStringValue(k).toLowerCase();
      if ('name'.startsWith(key) || 'label'.startsWith(key)) label = toStringValue(val);
      else if ('expression'.startsWith(key)) expression = val instanceof ScriptBlockValue ? val : toStringValue(val);
      else if ('width'.startsWith(key)) width = widthOf(val);
      else if ('alignment'.startsWith(key)) {
        const a = toStringValue(val).toLowerCase();
        alignment = a === 'right' ? 'Right' : a === 'center' ? 'Center' : 'Left';
      } else if ('formatstring'.startsWith(key)) formatString = toStringValue(val);
      else throw invalidKey(`The ${toStringValue(k)} key is not valid.`, 'DictionaryKeyIllegal');
    }
    if (expression === undefined) expression = label ?? '';
    return { label: label ?? (typeof expression === 'string' ? expression : expression.text), expression, width, alignment, formatString };
  }
  if (v instanceof ScriptBlockValue) return { label: v.text, expression: v };
  return toStringValue(v);
}

/** Does the object have this property (a table shows a missing one empty, a list leaves it out)? */
export function hasProperty(o: unknown, name: string): boolean {
  return o instanceof PSObject ? o.has(name) : getMember(o, name) !== undefined;
}

/** Property names of an object, for `*` and wildcard expansion. */
export function allPropertyNames(o: unknown): string[] {
  return propertyEntries(o).map(([n]) => n);
}

interface ResolvedColumn {
  label: string;
  get: (o: unknown) => unknown;
  width?: number;
  alignment?: Alignment;
  formatString?: string;
}

function resolveColumns(first: unknown, specs: PropertySpec[] | undefined, evaluate?: Evaluator, forTable = false): ResolvedColumn[] {
  const out: ResolvedColumn[] = [];
  const list: PropertySpec[] = specs && specs.length > 0 ? specs : defaultProperties(first, forTable);
  for (const spec of list) {
    if (typeof spec === 'string') {
      if (hasWildcards(spec)) {
        for (const name of allPropertyNames(first)) if (wildcardMatch(name, spec)) out.push({ label: name, get: (o) => getMember(o, name) });
      } else out.push({ label: spec, get: (o) => getMember(o, spec) });
      continue;
    }
    const expr = spec.expression;
    const get =
      typeof expr === 'string'
        ? (o: unknown) => getMember(o, expr)
        : typeof expr === 'function'
          ? expr
          : (o: unknown) => {
            if (!evaluate) return null;
            const r = evaluate(expr, o);
            return r.length === 0 ? null : r.length === 1 ? r[0] : r;
          };
    out.push({ label: spec.label ?? (typeof expr === 'string' ? expr : typeof expr === 'function' ? '' : expr.text), get, width: spec.width, alignment: spec.alignment, formatString: spec.formatString });
  }
  return out;
}

/** The labels and values of -Property for one object (Format-Custom shows them its own way). */
export function propertyValues(o: unknown, specs: PropertySpec[], evaluate?: Evaluator): { label: string; value: unknown }[] {
  return resolveColumns(o, specs, evaluate).map((c) => ({ label: c.label, value: c.get(o) }));
}

function cellText(v: unknown, formatString: string | undefined, forTable: boolean, enumerationLimit: number): string {
  if (formatString !== undefined && !isNull(v)) return formatValue(v, formatString);
  return forTable ? displayCell(v, enumerationLimit) : displayValue(v, enumerationLimit);
}

/** A hashtable is formatted entry by entry (Name/Value), as its view says. */
function expandRows(objects: unknown[]): unknown[] {
  if (!objects.some((o) => o instanceof PSHashtable)) return objects;
  const out: unknown[] = [];
  for (const o of objects) {
    const view = o instanceof PSHashtable ? findView(o) : undefined;
    if (view && view.kind === 'table' && view.rows) out.push(...view.rows(o));
    else out.push(o);
  }
  return out;
}

/** Columns a generated table (no view, no -Property) shows at most, as PowerShell. */
const MAX_GENERATED_COLUMNS = 10;

/**
 * A column's alignment when neither the view nor -Property says: PowerShell looks at the first
 * object's value: numbers, booleans and enums (whose type code is their underlying integer's)
 * right, strings and everything else left.
 */
function defaultAlignment(v: unknown): Alignment {
  return typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v instanceof PSNumber || v instanceof PSEnumValue ? 'Right' : 'Left';
}

/** Options of one Format-Table (or Out-Default's own table). */
export interface TableOptions {
  property?: PropertySpec[];
  autoSize?: boolean;
  wrap?: boolean;
  hideTableHeaders?: boolean;
  groupLabel?: string;
  /** Shared by the tables of one command: a new group continues its document (no blank line before it). */
  document?: object;
  /** $FormatEnumerationLimit: how many elements of a collection a cell shows. */
  enumerationLimit?: number;
}

/**
 * Builds the records of one Format-Table: the columns are fixed from the first object (its view or
 * properties, alignment from its values), then every batch of objects becomes rows under them.
 */
export class TableRecordBuilder {
  private readonly cols: ResolvedColumn[];
  readonly columns: TableColumn[];
  readonly streamId = {};
  private readonly enumerationLimit: number;

  constructor(
    firstObject: unknown,
    private readonly options: TableOptions = {},
    evaluate?: Evaluator,
  ) {
    // A hashtable's rows are its entries: the first entry decides the columns.
    const first = firstObject instanceof PSHashtable ? expandRows([firstObject])[0] : firstObject;
    let cols = resolveColumns(first, options.property, evaluate, true);
    const byProperty = options.property !== undefined && options.property.length > 0;
    const generated = !byProperty && !findTableView(first);
    if (generated) cols = cols.slice(0, MAX_GENERATED_COLUMNS);
    this.cols = cols;
    this.enumerationLimit = options.enumerationLimit ?? FORMAT_ENUMERATION_LIMIT;
    // -AutoSize sizes a view's columns to their content too; a calculated property's Width stays.
    const widthOf = (c: ResolvedColumn) => (options.autoSize && !byProperty ? undefined : c.width);
    this.columns = cols.map((c) => ({ label: c.label, width: widthOf(c), alignment: c.alignment ?? (first === undefined ? 'Left' : defaultAlignment(c.get(first))) }));
  }

  /** The next -GroupBy group of the same Format-Table: the first object's columns under a header of its own. */
  nextGroup(groupLabel: string | undefined): TableRecordBuilder {
    const next = Object.create(TableRecordBuilder.prototype) as TableRecordBuilder;
    return Object.assign(next, this, { streamId: {}, options: { ...this.options, groupLabel } });
  }

  /** Cell texts of one object. */
  row(o: unknown): string[] {
    return this.cols.map((c) => cellText(c.get(o), c.formatString, true, this.enumerationLimit));
  }

  /** A record with these objects' rows; the first one made carries the header, later ones continue it. */
  record(objects: unknown[], streamed = true): TableFormatRecord {
    const rows = expandRows(objects).map((o) => this.row(o));
    const { autoSize, wrap, hideTableHeaders, groupLabel, document } = this.options;
    const options = { autoSize, wrap, hideTableHeaders, groupLabel, document, streamId: streamed ? this.streamId : undefined };
    return new TableFormatRecord(this.columns, rows, options);
  }
}

/** Builds Format-Table's record: columns from -Property (or the default view), values evaluated now. */
export function buildTableRecord(rawObjects: unknown[], options: TableOptions = {}, evaluate?: Evaluator): TableFormatRecord {
  const objects = expandRows(rawObjects);
  const first = objects.find((o) => !isNull(o));
  return new TableRecordBuilder(first, options, evaluate).record(objects, false);
}

/** Builds Format-List's record. `*` (or no -Property for objects without a view) lists every property. */
export function buildListRecord(
  objects: unknown[],
  options: { property?: PropertySpec[]; groupLabel?: string; outOfBand?: boolean; enumerationLimit?: number } = {},
  evaluate?: Evaluator,
  streamId?: object,
): ListFormatRecord {
  const items: { label: string; value: string }[][] = [];
  const limit = options.enumerationLimit ?? FORMAT_ENUMERATION_LIMIT;
  for (const o of expandRows(objects)) {
    if (isNull(o)) continue;
    const view = findView(o);
    const viewColumns = view && (view.kind === 'list' || (view.kind === 'table' && view.listToo));
    // A property the object does not have is left out of its list (a table shows it empty).
    const property = options.property?.filter((p) => typeof p !== 'string' || hasWildcards(p) || hasProperty(o, p));
    const cols = property?.length === 0 ? [] : resolveColumns(o, property ?? (o instanceof PSObject && !viewColumns ? ['*'] : undefined), evaluate);
    items.push(cols.map((c) => ({ label: c.label, value: cellText(c.get(o), c.formatString, false, limit) })));
  }
  return new ListFormatRecord(items, streamId, options.groupLabel, options.outOfBand === true);
}

/** Builds Format-Wide's record from one property (default: the view's first column / ToString). */
export function buildWideRecord(objects: unknown[], property?: PropertySpec, columns?: number, evaluate?: Evaluator, autoSize = false): WideFormatRecord {
  const values: string[] = [];
  for (const o of expandRows(objects)) {
    if (isNull(o)) continue;
    if (property === undefined) {
      const props = defaultProperties(o);
      const p = props.find((x) => /^name$/i.test(typeof x === 'string' ? x : '')) ?? props[0];
      values.push(p === undefined ? displayValue(o) : displayValue(typeof p === 'string' ? getMember(o, p) : resolveColumns(o, [p], evaluate)[0]!.get(o)));
    } else values.push(displayValue(resolveColumns(o, [property], evaluate)[0]?.get(o)));
  }
  return new WideFormatRecord(values, columns, autoSize);
}
