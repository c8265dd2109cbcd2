// System.Collections.Generic.Dictionary`2, SortedDictionary`2 and SortedList`2. They are
// IDictionary like a hashtable, so they extend PSHashtable and get everything PowerShell does
// with dictionaries (indexing, `$d.key`, not unrolled in the pipeline, the Key/Value table) —
// this room's one import from the runtime's value model. What differs is here: the key
// comparer (ordinal and case-sensitive by default, unlike @{}), typed keys and values, sorted
// enumeration, and .NET's members.
import { PSHashtable } from '../runtime/values.js';
import { DEFAULT_COMPARER } from './comparers.js';
import { genericToString } from './type-names.js';
import { type DotNetMembers, DotNetException, type Overload, type RefArgument } from './members.js';

export type DictionaryFamily = 'Dictionary' | 'SortedDictionary' | 'SortedList';

export class DotNetDictionary extends PSHashtable {
  constructor(
    readonly keyType: string,
    readonly valueType: string,
    readonly comparer = DEFAULT_COMPARER,
    readonly family: DictionaryFamily = 'Dictionary',
    /** Converts a key or value to its declared type (the runtime's cast); identity when not given. */
    readonly convert: (v: unknown, type: string) => unknown = (v) => v,
  ) {
    super(true);
  }

  get typeName(): string {
    return `System.Collections.Generic.${this.family}\`2[${genericToString(this.keyType)},${genericToString(this.valueType)}]`;
  }

  override keyOf(key: unknown): unknown {
    return this.comparer.key(key);
  }

  /** The indexer's setter: `$d[key] = value` adds or replaces, with both converted. */
  override set(key: unknown, value: unknown): void {
    if (key === null || key === undefined) throw new DotNetException('System.Management.Automation.RuntimeException', 'Index operation failed; the array index evaluated to null.');
    super.set(this.convert(key, this.keyType), this.convert(value, this.valueType));
  }

  /** Add(): a duplicate key is an error. */
  add(key: unknown, value: unknown): void {
    if (key === null || key === undefined) throw new DotNetException('System.ArgumentNullException', "Value cannot be null. (Parameter 'key')");
    if (this.has(key)) throw new DotNetException('System.ArgumentException', `An item with the same key has already been added. Key: ${String(key)}`);
    super.set(key, value);
  }

  private sortedEntries(): [unknown, unknown][] {
    const all = [...this.map.values()];
    if (this.family !== 'Dictionary') all.sort((a, b) => this.comparer.compare(a[0], b[0]));
    return all;
  }

  override keys(): unknown[] {
    return this.sortedEntries().map((e) => e[0]);
  }

  override values(): unknown[] {
    return this.sortedEntries().map((e) => e[1]);
  }

  override entries(): [unknown, unknown][] {
    return this.sortedEntries().map((e) => [e[0], e[1]]);
  }
}

const VALUE_TYPES = new Set(['System.Int32', 'System.Int64', 'System.Int16', 'System.Byte', 'System.Double', 'System.Single', 'System.Decimal', 'System.Boolean', 'System.Char']);

const one = <S>(params: Overload<S>['params'], invoke: Overload<S>['invoke']): Overload<S>[] => [{ params, invoke }];

export const DICTIONARY_MEMBERS: DotNetMembers<DotNetDictionary> = {
  methods: {
    add: one(
      [
        ['key', 'TKey'],
        ['value', 'TValue'],
      ],
      (d, [k, v]) => d.add(k, v),
    ),
    tryadd: one(
      [
        ['key', 'TKey'],
        ['value', 'TValue'],
      ],
      (d, [k, v]) => {
        if (d.has(k)) return false;
        d.add(k, v);
        return true;
      },
    ),
    remove: one([['key', 'TKey']], (d, [k]) => d.delete(k)),
    containskey: one([['key', 'TKey']], (d, [k]) => d.has(k)),
    containsvalue: one([['value', 'TValue']], (d, [v]) => {
      const key = DEFAULT_COMPARER.key(v);
      return d.values().some((x) => DEFAULT_COMPARER.key(x) === key);
    }),
    trygetvalue: one(
      [
        ['key', 'TKey'],
        ['value', 'ref TValue'],
      ],
      (d, [k, r]) => {
        const ref = r as RefArgument;
        if (d.has(k)) {
          ref.set(d.get(k));
          return true;
        }
        // The out parameter gets default(TValue): 0 for numbers, $false, $null for reference types.
        ref.set(VALUE_TYPES.has(d.valueType) ? d.convert(null, d.valueType) : null);
        return false;
      },
    ),
    clear: one([], (d) => {
      d.map.clear();
    }),
  },
  properties: {
    count: (d) => d.size,
    keys: (d) => d.keys(),
    values: (d) => d.values(),
    comparer: (d) => d.comparer,
  },
};
