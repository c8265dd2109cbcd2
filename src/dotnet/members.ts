// The shape of an emulated .NET type's members, shared by the collection families. A method
// declares its parameters with .NET types so the runtime's method binder converts arguments
// (`$list.Add('5')` on a List[int] adds 5) and words conversion errors as PowerShell does; the
// member itself then works on already-converted values. Nothing here knows the runtime.

/**
 * A parameter type: a .NET full name (`System.Int32`), a generic parameter of the declaring
 * type (`T`, `TKey`, `TValue`), or one of the shapes the binder builds from script blocks and
 * collections.
 */
export type ParamType =
  | 'T'
  | 'TKey'
  | 'TValue'
  | 'System.Object'
  | 'System.Int32'
  /** Any enumerable: its elements, each converted to T. */
  | 'IEnumerable<T>'
  /** A script block called with one argument, result taken as [bool]. */
  | 'Predicate<T>'
  /** A script block called with one argument, result discarded. */
  | 'Action<T>'
  /** A script block called with two arguments, result an [int]. */
  | 'Comparison<T>'
  /** `[ref]$v`: the binder passes the PSReference itself; the member writes through `set`. */
  | 'ref TValue'
  /** An IComparer / IEqualityComparer such as [StringComparer]::OrdinalIgnoreCase. */
  | 'IComparer';

export interface Overload<S> {
  /** Parameter name (for "Cannot convert argument "item"...") and type. */
  readonly params: readonly (readonly [string, ParamType])[];
  invoke(self: S, args: unknown[]): unknown;
}

/** A method: its overloads, chosen by argument count (first match). */
export type DotNetMethod<S> = readonly Overload<S>[];

/** The members of one emulated type, keyed by lower-cased name. */
export interface DotNetMembers<S> {
  readonly methods: Readonly<Record<string, DotNetMethod<S>>>;
  readonly properties: Readonly<Record<string, (self: S) => unknown>>;
}

/** A .NET exception an emulated member throws; the runtime words it as `Exception calling "X" with "n" argument(s): "..."`. */
export class DotNetException extends Error {
  constructor(
    readonly exceptionType: string,
    message: string,
  ) {
    super(message);
  }
}

/** The script-block-made delegates the binder passes for Predicate/Action/Comparison parameters. */
export type Predicate = (item: unknown) => boolean;
export type Action = (item: unknown) => void;
export type Comparison = (a: unknown, b: unknown) => number;

/** A `[ref]` argument as the binder passes it. */
export interface RefArgument {
  get(): unknown;
  set(value: unknown): void;
}

/**
 * Equality of keys and elements: `key(v)` maps a value to what a JS Map can compare (strings and
 * numbers themselves; value-like objects to a canonical primitive). `compare` orders keys for the
 * sorted collections.
 */
export interface KeyComparer {
  readonly name: string;
  key(v: unknown): unknown;
  compare(a: unknown, b: unknown): number;
}

export function outOfRange(param: string, message = 'Index was out of range. Must be non-negative and less than the size of the collection.'): DotNetException {
  return new DotNetException('System.ArgumentOutOfRangeException', `${message} (Parameter '${param}')`);
}
