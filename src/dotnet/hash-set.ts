// System.Collections.Generic.HashSet`1 (and SortedSet`1): a Map from each element's comparer key
// to the element, so Add/Contains/Remove are O(1) and enumeration keeps insertion order as .NET's
// HashSet does while nothing is removed.
import { genericToString } from './type-names.js';
import { DEFAULT_COMPARER } from './comparers.js';
import type { DotNetMembers, KeyComparer, Overload } from './members.js';

export class DotNetHashSet {
  readonly map = new Map<unknown, unknown>();

  constructor(
    readonly elementType: string,
    readonly comparer: KeyComparer = DEFAULT_COMPARER,
    readonly sorted = false,
  ) {}

  get typeName(): string {
    return `System.Collections.Generic.${this.sorted ? 'SortedSet' : 'HashSet'}\`1[${genericToString(this.elementType)}]`;
  }

  add(x: unknown): boolean {
    const k = this.comparer.key(x);
    if (this.map.has(k)) return false;
    this.map.set(k, x);
    return true;
  }

  has(x: unknown): boolean {
    return this.map.has(this.comparer.key(x));
  }

  items(): unknown[] {
    const xs = [...this.map.values()];
    return this.sorted ? xs.sort((a, b) => this.comparer.compare(a, b)) : xs;
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.items()[Symbol.iterator]();
  }
}

const one = <S>(params: Overload<S>['params'], invoke: Overload<S>['invoke']): Overload<S>[] => [{ params, invoke }];
const keysOf = (s: DotNetHashSet, xs: unknown[]) => new Set(xs.map((x) => s.comparer.key(x)));

export const HASHSET_MEMBERS: DotNetMembers<DotNetHashSet> = {
  methods: {
    add: one([['item', 'T']], (s, [x]) => s.add(x)),
    remove: one([['item', 'T']], (s, [x]) => s.map.delete(s.comparer.key(x))),
    contains: one([['item', 'T']], (s, [x]) => s.has(x)),
    clear: one([], (s) => {
      s.map.clear();
    }),
    unionwith: one([['other', 'IEnumerable<T>']], (s, [xs]) => {
      for (const x of xs as unknown[]) s.add(x);
    }),
    intersectwith: one([['other', 'IEnumerable<T>']], (s, [xs]) => {
      const keep = keysOf(s, xs as unknown[]);
      for (const k of [...s.map.keys()]) if (!keep.has(k)) s.map.delete(k);
    }),
    exceptwith: one([['other', 'IEnumerable<T>']], (s, [xs]) => {
      for (const x of xs as unknown[]) s.map.delete(s.comparer.key(x));
    }),
    symmetricexceptwith: one([['other', 'IEnumerable<T>']], (s, [xs]) => {
      const seen = new Set<unknown>();
      for (const x of xs as unknown[]) {
        const k = s.comparer.key(x);
        if (seen.has(k)) continue;
        seen.add(k);
        if (s.map.has(k)) s.map.delete(k);
        else s.map.set(k, x);
      }
    }),
    issubsetof: one([['other', 'IEnumerable<T>']], (s, [xs]) => {
      const other = keysOf(s, xs as unknown[]);
      return [...s.map.keys()].every((k) => other.has(k));
    }),
    issupersetof: one([['other', 'IEnumerable<T>']], (s, [xs]) => (xs as unknown[]).every((x) => s.has(x))),
    overlaps: one([['other', 'IEnumerable<T>']], (s, [xs]) => (xs as unknown[]).some((x) => s.has(x))),
    setequals: one([['other', 'IEnumerable<T>']], (s, [xs]) => {
      const other = keysOf(s, xs as unknown[]);
      return other.size === s.map.size && [...other].every((k) => s.map.has(k));
    }),
    getenumerator: one([], (s) => s.items()[Symbol.iterator]()),
  },
  properties: {
    count: (s) => s.map.size,
    comparer: (s) => s.comparer,
    min: (s) => (s.sorted ? (s.items()[0] ?? null) : undefined),
    max: (s) => (s.sorted ? (s.items().at(-1) ?? null) : undefined),
  },
};
