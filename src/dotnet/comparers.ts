// Equality and ordering of elements and keys for the collections: .NET's default comparer
// (ordinal, case-sensitive for strings) and the StringComparer instances scripts pass to
// constructors (`[Dictionary[string,int]]::new([StringComparer]::OrdinalIgnoreCase)`).
import type { KeyComparer } from './members.js';
import { PSNumber } from './numeric-types.js';

const isNumberValue = (v: unknown): boolean => typeof v === 'number' || v instanceof PSNumber;

function ordinalCompare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (isNumberValue(a) && isNumberValue(b)) return Number(a) - Number(b);
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * EqualityComparer<T>.Default / Comparer<T>.Default. Primitive values compare as themselves; the
 * runtime replaces `valueKey` and `order` with its own value semantics (chars, dates, guids) at
 * load time through installValueSemantics, so this room needs no runtime import.
 */
const semantics = {
  valueKey: (v: unknown): unknown => v,
  order: ordinalCompare,
};

export function installValueSemantics(valueKey: (v: unknown) => unknown, order: (a: unknown, b: unknown) => number): void {
  semantics.valueKey = valueKey;
  semantics.order = order;
}

export const DEFAULT_COMPARER: KeyComparer = {
  name: 'Default',
  key: (v) => semantics.valueKey(v),
  compare: (a, b) => semantics.order(a, b),
};

/** A System.StringComparer: what `[StringComparer]::OrdinalIgnoreCase` evaluates to. */
export class StringComparerValue implements KeyComparer {
  constructor(
    readonly name: 'Ordinal' | 'OrdinalIgnoreCase' | 'InvariantCulture' | 'InvariantCultureIgnoreCase' | 'CurrentCulture' | 'CurrentCultureIgnoreCase',
  ) {}
  get ignoreCase(): boolean {
    return this.name.endsWith('IgnoreCase');
  }
  key(v: unknown): unknown {
    return typeof v === 'string' ? (this.ignoreCase ? v.toUpperCase() : v) : semantics.valueKey(v);
  }
  compare(a: unknown, b: unknown): number {
    if (typeof a === 'string' && typeof b === 'string') {
      if (this.name.startsWith('Ordinal')) {
        const x = this.ignoreCase ? a.toUpperCase() : a;
        const y = this.ignoreCase ? b.toUpperCase() : b;
        return x < y ? -1 : x > y ? 1 : 0;
      }
      return a.localeCompare(b, 'en-US', { sensitivity: this.ignoreCase ? 'accent' : 'variant' });
    }
    return semantics.order(a, b);
  }
  get typeName(): string {
    return this.name.startsWith('Ordinal') ? 'System.OrdinalComparer' : 'System.CultureAwareComparer';
  }
}

export const STRING_COMPARERS: Readonly<Record<string, StringComparerValue>> = Object.fromEntries(
  (['Ordinal', 'OrdinalIgnoreCase', 'InvariantCulture', 'InvariantCultureIgnoreCase', 'CurrentCulture', 'CurrentCultureIgnoreCase'] as const).map((n) => [n.toLowerCase(), new StringComparerValue(n)]),
);
