// Format-Custom's generic view, as pwsh prints an object no custom view covers: `class TypeName`
// and its properties between braces, nested objects and collections expanded below their
// property down to -Depth levels (5 by default), deeper ones shown by their ToString().
import { PSHashtable, PSObject } from '../runtime/values.js';
import { enumerate, scalarToString, typeNamesOf } from '../runtime/conversions.js';
import { propertyEntries } from '../runtime/member-access.js';
import { typeShortName } from '../runtime/types.js';
import { scalarText } from './records.js';
import { FORMAT_ENUMERATION_LIMIT } from './display.js';

export const CUSTOM_DEFAULT_DEPTH = 5;

/** A property to show: its label and value. */
export interface CustomEntry {
  label: string;
  value: unknown;
}

/** A hashtable is shown entry by entry, each a DictionaryEntry (Key, Value and its Name alias). */
function entriesOf(v: PSHashtable): CustomEntry[][] {
  return v.entries().map(([k, val]) => [
    { label: 'Key', value: k },
    { label: 'Value', value: val },
    { label: 'Name', value: k },
  ]);
}

function leafText(v: unknown): string {
  if (v === null || v === undefined) return '';
  return scalarText(v) ?? scalarToString(v, false);
}

/** Is this a value shown on its property's line (not expanded below it)? */
function isLeaf(v: unknown): boolean {
  if (v === null || v === undefined || scalarText(v) !== undefined) return true;
  if (v instanceof PSHashtable || v instanceof PSObject) return false;
  if (enumerate(v) !== undefined) return false;
  return propertyEntries(v).length === 0;
}

class CustomRenderer {
  readonly lines: string[] = [];
  constructor(
    private readonly depth: number,
    /** $FormatEnumerationLimit: elements shown of a collection before `…`. */
    private readonly enumerationLimit: number,
  ) {}

  object(name: string, entries: CustomEntry[], indent: number, level: number): void {
    const pad = ' '.repeat(indent);
    this.lines.push(`${pad}class ${name}`, `${pad}{`);
    for (const e of entries) this.property(e, indent + 2, level + 1);
    this.lines.push(`${pad}}`);
  }

  private property(e: CustomEntry, indent: number, level: number): void {
    const pad = ' '.repeat(indent);
    if (isLeaf(e.value) || level > this.depth) {
      this.lines.push(`${pad}${e.label} = ${leafText(e.value)}`.trimEnd());
      return;
    }
    this.lines.push(`${pad}${e.label} =`);
    this.value(e.value, indent + 2, level);
  }

  /** A value that is expanded: an object, or a collection in brackets followed by a blank line. */
  private value(v: unknown, indent: number, level: number): void {
    const items = v instanceof PSHashtable ? undefined : enumerate(v);
    if (items === undefined && !(v instanceof PSHashtable)) {
      this.object(classNameOf(v), entriesOfObject(v), indent, level);
      return;
    }
    const pad = ' '.repeat(indent);
    this.lines.push(`${pad}[`);
    let shown = 0;
    const more = () => {
      if (shown++ < this.enumerationLimit) return false;
      this.lines.push(`${pad}  …`);
      return true;
    };
    if (v instanceof PSHashtable) {
      for (const entries of entriesOf(v)) {
        if (more()) break;
        if (level + 1 > this.depth) this.lines.push(`${pad}  System.Collections.DictionaryEntry`);
        else this.object('DictionaryEntry', entries, indent + 2, level + 1);
      }
    } else {
      for (const item of items!) {
        if (more()) break;
        this.element(item, indent + 2, level + 1);
      }
    }
    this.lines.push(`${pad}]`, '');
  }

  private element(v: unknown, indent: number, level: number): void {
    if (isLeaf(v) || level > this.depth) {
      this.lines.push(`${' '.repeat(indent)}${leafText(v)}`.trimEnd());
      return;
    }
    // A collection inside a collection sits two further in, after a blank line.
    if (enumerate(v) !== undefined || v instanceof PSHashtable) {
      this.lines.push('');
      this.value(v, indent + 2, level);
    } else this.value(v, indent, level);
  }
}

function classNameOf(v: unknown): string {
  return typeShortName(typeNamesOf(v)[0] ?? 'System.Object');
}

function entriesOfObject(v: unknown): CustomEntry[] {
  return propertyEntries(v).map(([label, value]) => ({ label, value }));
}

/**
 * The lines of one object of Format-Custom (a hashtable gives one object per entry). `entries`
 * are the properties to show (-Property), else all of them.
 */
export function customLines(v: unknown, depth = CUSTOM_DEFAULT_DEPTH, entries?: CustomEntry[], enumerationLimit = FORMAT_ENUMERATION_LIMIT): string[][] {
  if (v instanceof PSHashtable && entries === undefined) {
    return entriesOf(v).map((e) => {
      const r = new CustomRenderer(depth, enumerationLimit);
      r.object('DictionaryEntry', e, 0, 0);
      return r.lines;
    });
  }
  const r = new CustomRenderer(depth, enumerationLimit);
  r.object(classNameOf(v), entries ?? entriesOfObject(v), 0, 0);
  return [r.lines];
}
