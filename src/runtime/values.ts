// How PowerShell values live in JavaScript. Chosen for the per-object fast path: the common
// values are plain JS values, only PowerShell-specific shapes get classes.
//
//   $null                → null            (AutomationNull, "no output", is `undefined` inside the engine only)
//   [bool]               → boolean
//   [string]             → string
//   [int], [double]      → number          (a 32-bit integer is an Int32, any other value a Double)
//   2.0, [long], [byte]... → PSNumber      (src/dotnet/numeric-types.ts: the value with its .NET type)
//   [char]               → PSChar
//   [decimal]            → PSNumber        (documented difference: binary floating point)
//   [datetime]           → PSDateTime      (ms precision, with a Kind like .NET)
//   [timespan]           → PSTimeSpan
//   arrays / object[]    → JS arrays
//   [hashtable]/[ordered]→ PSHashtable     (case-insensitive keys, insertion order kept)
//   PSObject/pscustomobject → PSObject     (ordered, case-insensitive properties, type names)
//   script block         → ScriptBlockValue
//   [type] literal       → PSTypeRef
//   ErrorRecord          → ErrorRecord (errors.ts)
//   ArrayList/List[T]    → PSList          (growable; arrays stay fixed-size JS arrays)
//   HashSet, Dictionary, Queue, Stack... → their classes in src/dotnet
//   [guid] [version] [regex] [uri] → PSGuid PSVersion PSRegex PSUri
//   enum values          → their names as strings ('Monday', 'OrdinalIgnoreCase'): they compare,
//                          display and serialise by name; `[int]$enum` is the documented gap
//   other .NET objects   → PSObject with the .NET type names, note/script properties, `methods`
//                          and `toStringHook` (FileInfo, Stopwatch, StringBuilder, exceptions...)

import { numberKey, PSNumber } from '../dotnet/numeric-types.js';
import { PropertyMap } from './property-map.js';

/** A note/script/alias property of a PSObject. */
export type PSProperty =
  | { kind: 'note'; name: string; value: unknown }
  | { kind: 'script'; name: string; getter: (self: PSObject) => unknown }
  | { kind: 'alias'; name: string; target: string };

/** A method callable on a PSObject: `$o.Name(args)`. */
export interface PSMethod {
  name: string;
  /** `engine` runs script blocks in the caller's frame, for methods that evaluate script (ExpandString). */
  invoke(self: PSObject, args: unknown[], engine?: { invoke(block: ScriptBlockValue, dollarUnder: unknown, args?: unknown[]): unknown[] }): unknown;
  /** Shown by Get-Member, e.g. `System.Object Name();`. */
  definition?: string;
}

/**
 * Every pscustomobject's type names, one frozen array shared by all of them rather than one per
 * report row. Nothing edits a type-name list in place (Add-Member -TypeName assigns a new one); the
 * freeze turns a future edit in place into an error instead of a change to every object.
 */
const CUSTOM_OBJECT_TYPE_NAMES = Object.freeze(['System.Management.Automation.PSCustomObject', 'System.Object']) as string[];

/**
 * PowerShell's PSObject: ordered, case-insensitive properties and a type-name list
 * (most specific first) used for format-view lookup and `-is`.
 */
export class PSObject {
  /** Lower-cased name → property, in insertion order. */
  readonly props: PropertyMap;
  typeNames: string[];
  /** ToString() of the .NET object this stands for (FileInfo → full path); default is PowerShell's `@{A=1; B=2}` form. */
  toStringHook?: (self: PSObject) => string;
  /**
   * Methods of the object (ScriptMethods from Add-Member, or the .NET methods of an emulated
   * object such as FileInfo.Delete()), by lower-cased name. Absent on plain pscustomobjects.
   */
  methods?: Map<string, PSMethod>;

  constructor(typeNames: string[] = CUSTOM_OBJECT_TYPE_NAMES, props: PropertyMap = new PropertyMap()) {
    this.typeNames = typeNames;
    this.props = props;
  }

  /** Builds a pscustomobject from plain entries, keeping their order. */
  static fromEntries(entries: Iterable<readonly [string, unknown]>, typeNames?: string[]): PSObject {
    const o = new PSObject(typeNames);
    for (const [k, v] of entries) o.props.set(k.toLowerCase(), { kind: 'note', name: k, value: v });
    return o;
  }

  has(name: string): boolean {
    return this.props.has(name.toLowerCase());
  }

  get(name: string): unknown {
    const p = this.props.get(name.toLowerCase());
    if (p === undefined) return undefined;
    switch (p.kind) {
      case 'note':
        return p.value;
      case 'script':
        return p.getter(this);
      case 'alias':
        return this.get(p.target);
    }
  }

  /** Sets a note property, adding it at the end when new (as `$o.X = 1` does not; see Add-Member). */
  set(name: string, value: unknown): void {
    const key = name.toLowerCase();
    const p = this.props.get(key);
    if (p && p.kind === 'note') p.value = value;
    else this.props.set(key, { kind: 'note', name: p?.name ?? name, value });
  }

  /** Property names in order, with their original casing. */
  names(): string[] {
    const out: string[] = [];
    for (const p of this.props.values()) out.push(p.name);
    return out;
  }
}

/**
 * A PSObject standing for a .NET value that compares, sorts and tests equality by a number:
 * Exchange's ByteQuantifiedSize by its bytes (`$_.ProhibitSendQuota -gt 10GB`, `Sort-Object
 * TotalItemSize`), `Unlimited` as +Infinity. Operators, Sort-Object and Measure-Object use
 * compareKey() when an operand is one; the other operand goes through keyOf(), as PowerShell
 * converts the right operand to the left one's type. Printing uses toStringHook
 * (`1.5 GB (1,610,612,736 bytes)`).
 */
export abstract class PSComparableObject extends PSObject {
  abstract compareKey(): number;
  /** The other operand as a key (a number of bytes, another comparable, a parsable text); undefined when it has none. */
  abstract keyOf(other: unknown): number | undefined;
}

/** @{} and [ordered]@{}: case-insensitive string keys; non-string keys compared by value. */
export class PSHashtable {
  /** Normalised key → [original key, value]. */
  readonly map = new Map<unknown, [unknown, unknown]>();

  constructor(readonly ordered = false) {}

  static normalise(key: unknown): unknown {
    if (typeof key === 'string') return key.toLowerCase();
    return key instanceof PSNumber ? numberKey(key) : key;
  }

  /** The map key for a key: case-insensitive here; .NET dictionaries (src/dotnet) use their comparer. */
  keyOf(key: unknown): unknown {
    return PSHashtable.normalise(key);
  }

  get size(): number {
    return this.map.size;
  }

  get(key: unknown): unknown {
    return this.map.get(this.keyOf(key))?.[1];
  }

  set(key: unknown, value: unknown): void {
    const k = this.keyOf(key);
    const existing = this.map.get(k);
    if (existing) existing[1] = value;
    else this.map.set(k, [key, value]);
  }

  has(key: unknown): boolean {
    return this.map.has(this.keyOf(key));
  }

  delete(key: unknown): boolean {
    return this.map.delete(this.keyOf(key));
  }

  keys(): unknown[] {
    return [...this.map.values()].map((e) => e[0]);
  }

  values(): unknown[] {
    return [...this.map.values()].map((e) => e[1]);
  }

  entries(): [unknown, unknown][] {
    return [...this.map.values()].map((e) => [e[0], e[1]]);
  }
}

/** [char] */
export class PSChar {
  constructor(readonly code: number) {}
  toString(): string {
    return String.fromCharCode(this.code);
  }
}

/** [datetime]: milliseconds since the Unix epoch plus .NET's DateTimeKind. */
export class PSDateTime {
  constructor(
    readonly ms: number,
    readonly kind: 'Local' | 'Utc' | 'Unspecified' = 'Local',
    /** The DisplayHint note Get-Date puts on what it returns; other DateTimes have none. */
    readonly displayHint?: 'Date' | 'Time' | 'DateTime',
  ) {}
}

/** [timespan], kept in .NET ticks (100 ns) so TotalMilliseconds etc. are exact. */
export class PSTimeSpan {
  constructor(readonly ticks: number) {}
}

/** A type literal such as `[datetime]`; `name` is canonical (`System.DateTime`). */
export class PSTypeRef {
  constructor(
    readonly name: string,
    /** As written by the user, for messages. */
    readonly written: string = name,
  ) {}
}

/**
 * A compiled script block. The interpreter owns how it runs; everything else treats it as an
 * opaque value with its source text (ToString() gives the text between the braces).
 */
export class ScriptBlockValue {
  constructor(
    readonly text: string,
    /** Interpreter-private compiled form and defining scope. */
    readonly compiled: unknown,
  ) {}
  toString(): string {
    return this.text;
  }
}

// ---------------------------------------------------------------------------------------------
// Additions by the VALUES room: the few other .NET shapes admins meet in scripts.

// Growable lists live with the other .NET collections in src/dotnet; re-exported here because
// the whole client treats List/ArrayList as a core value.
export { PSList } from '../dotnet/list.js';

/** [guid]: kept as its lower-case 'D' form. */
export class PSGuid {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** [version]: Major.Minor[.Build[.Revision]]; absent parts are -1 as in .NET. */
export class PSVersion {
  constructor(
    readonly major: number,
    readonly minor: number,
    readonly build = -1,
    readonly revision = -1,
  ) {}
  toString(): string {
    let s = `${this.major}.${this.minor}`;
    if (this.build >= 0) s += `.${this.build}`;
    if (this.revision >= 0) s += `.${this.revision}`;
    return s;
  }
}

/** [regex]: the .NET pattern as written plus its options; `js` is the translated JS RegExp source. */
export class PSRegex {
  constructor(
    readonly pattern: string,
    readonly ignoreCase: boolean,
    readonly options: string[] = [],
  ) {}
  toString(): string {
    return this.pattern;
  }
}

/** [uri] */
export class PSUri {
  constructor(readonly url: URL, readonly original: string) {}
  toString(): string {
    return this.original;
  }
}

/**
 * [ref]: a reference to a value. `[ref]$var` must write back to the variable, so the engine builds
 * it with closures over the variable; `[ref]5` (any other expression) holds its own value.
 */
export class PSReference {
  constructor(
    readonly get: () => unknown,
    readonly set: (value: unknown) => void,
  ) {}

  static of(initial: unknown): PSReference {
    let value = initial;
    return new PSReference(
      () => value,
      (v) => {
        value = v;
      },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Types scripts define with `class` and `enum` (their definitions live in user-types.ts).

/** What an instance needs from its class: typed property conversion and method dispatch live there. */
export interface ClassHandle {
  readonly name: string;
  /** The declared type of a property (lower-cased name), undefined when untyped or unknown. */
  propertyConverter(lname: string): ((value: unknown) => unknown) | undefined;
  /** CompareTo() of a class declaring IComparable, for -lt/-gt and Sort-Object; undefined otherwise. */
  compareWith(self: PSClassObject, other: unknown): number | undefined;
  /** The class's Equals() override, for -eq; undefined when it has none. */
  equalsWith(self: PSClassObject, other: unknown): boolean | undefined;
  /** Full names of the interfaces the class (or a base) declares, for -is. */
  interfaceNames(): string[];
  /** Every instance property, hidden ones too, lower-cased: the class's own in declaration order, then its bases' (reflection's order). */
  declaredPropertyNames(): string[];
}

/**
 * An instance of a script-defined class. Visible properties are note properties in `props`, in
 * the order pwsh shows them (the class's own first, then its bases'); `hidden` ones live apart so
 * formatting, Get-Member and Select-Object * do not see them, while `$o.Secret` still reads them.
 */
export class PSClassObject extends PSObject {
  readonly hidden = new Map<string, PSProperty & { kind: 'note' }>();
  /** `([Base]$this).Method()` dispatches from Base: a view of the same object with another class. */
  dispatchFrom?: ClassHandle;

  constructor(
    readonly userClass: ClassHandle,
    typeNames: string[],
  ) {
    super(typeNames);
  }

  /** The same object seen as one of its base classes (shares every property). */
  asBase(base: ClassHandle): PSClassObject {
    const view = Object.create(this) as PSClassObject;
    view.dispatchFrom = base;
    return view;
  }
}

/** An enum's definition as its values need it. */
export interface EnumTypeInfo {
  readonly name: string;
  readonly flags: boolean;
  /** Name → value, in declaration order. */
  readonly members: readonly (readonly [string, number])[];
}

/** Names of a value of an enum: its member, or for [Flags] the set bits as `Read, Write`; undefined when not valid. */
export function enumValueText(type: EnumTypeInfo, value: number): string | undefined {
  for (const [n, v] of type.members) if (v === value) return n;
  if (!type.flags) return undefined;
  const names: string[] = [];
  let rest = value;
  // .NET lists the set flags from the highest value down, then prints them in ascending order.
  const sorted = [...type.members].filter(([, v]) => v !== 0).sort((a, b) => b[1] - a[1]);
  for (const [n, v] of sorted) {
    if ((rest & v) === v) {
      names.unshift(n);
      rest &= ~v;
    }
  }
  return rest === 0 && names.length > 0 ? names.join(', ') : undefined;
}

/**
 * A value of a script-defined enum. It compares and sorts by its number, and converts the other
 * operand as PowerShell does (`[Color]::Red -eq 'Red'`, `-eq 0`); it prints as its name.
 */
export class PSEnumValue extends PSComparableObject {
  constructor(
    readonly enumType: EnumTypeInfo,
    readonly value: number,
  ) {
    super([enumType.name, 'System.Enum', 'System.ValueType', 'System.Object']);
    this.toStringHook = () => enumValueText(enumType, value) ?? String(value);
  }

  compareKey(): number {
    return this.value;
  }

  override toString(): string {
    return this.toStringHook!(this);
  }

  keyOf(other: unknown): number | undefined {
    if (other instanceof PSEnumValue) return other.value;
    if (typeof other === 'number') return other;
    if (typeof other === 'string') return parseEnumText(this.enumType, other);
    return undefined;
  }
}

/** `'Read, Write'` / `'green'` / `'5'` as a value of the enum; undefined when a name does not match. */
export function parseEnumText(type: EnumTypeInfo, text: string): number | undefined {
  const trimmed = text.trim();
  if (/^[+-]?\d+$/.test(trimmed)) return Number(trimmed);
  let value = 0;
  for (const part of trimmed.split(',')) {
    const name = part.trim().toLowerCase();
    const m = type.members.find(([n]) => n.toLowerCase() === name);
    if (!m) return undefined;
    value |= m[1];
  }
  return value;
}
