// System.Collections.Generic.List`1 and System.Collections.ArrayList: a JS array underneath, so
// `$report.Add($row)` in an admin script's loop costs what an array push does.
import { genericToString } from './type-names.js';
import { DEFAULT_COMPARER } from './comparers.js';
import { type Action, type Comparison, type DotNetMembers, DotNetException, type Overload, type Predicate, outOfRange } from './members.js';

/**
 * Growable lists: [System.Collections.ArrayList] and [System.Collections.Generic.List[T]].
 * Unlike PowerShell arrays (JS arrays, fixed size) these have Add/Remove. `kind` decides what Add
 * returns (ArrayList: the new index) and which members exist.
 */
export class PSList {
  /** What addAsIs lets through without the binder, decided once per list. */
  readonly takesAsIs: 'anything' | 'int32' | 'string' | 'nothing';

  constructor(
    readonly kind: 'ArrayList' | 'List',
    /** Element type's full name for List[T] (`System.String`), 'System.Object' for ArrayList. */
    readonly elementType: string = 'System.Object',
    readonly items: unknown[] = [],
  ) {
    this.takesAsIs =
      elementType === 'System.Object' || elementType === 'System.Management.Automation.PSObject'
        ? 'anything'
        : elementType === 'System.Int32'
          ? 'int32'
          : elementType === 'System.String'
            ? 'string'
            : 'nothing';
  }

  /** Type.ToString() of the list: ``System.Collections.Generic.List`1[System.String]``. */
  get typeName(): string {
    return this.kind === 'ArrayList' ? 'System.Collections.ArrayList' : `System.Collections.Generic.List\`1[${genericToString(this.elementType)}]`;
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.items[Symbol.iterator]();
  }
}

/**
 * `$list.Add(x)` when x needs no conversion to the element type (anything for an object list, an
 * Int32 for a List[int], a string for a List[string]): the push itself, without the method binder.
 * False when x must go through the binder, which converts it or words the error.
 */
export function addAsIs(l: PSList, x: unknown): boolean {
  const t = l.takesAsIs;
  if (t === 'anything' || (t === 'int32' && typeof x === 'number' && (x | 0) === x) || (t === 'string' && typeof x === 'string')) {
    l.items.push(x);
    return true;
  }
  return false;
}

function indexOf(items: unknown[], x: unknown, from = 0): number {
  const key = DEFAULT_COMPARER.key(x);
  for (let i = from; i < items.length; i++) if (DEFAULT_COMPARER.key(items[i]) === key) return i;
  return -1;
}

function checkIndex(l: PSList, i: number, inclusive: boolean, param = 'index', message?: string): void {
  if (i < 0 || i > l.items.length || (!inclusive && i === l.items.length)) throw outOfRange(param, message);
}

function checkRange(l: PSList, index: number, count: number): void {
  if (index < 0) throw outOfRange('index', 'Non-negative number required.');
  if (count < 0) throw outOfRange('count', 'Non-negative number required.');
  if (l.items.length - index < count) {
    throw new DotNetException(
      'System.ArgumentException',
      'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.',
    );
  }
}

const one = <S>(params: Overload<S>['params'], invoke: Overload<S>['invoke']): Overload<S>[] => [{ params, invoke }];

/** Members both lists share; the element parameters are `T` (ArrayList's T is System.Object). */
const shared: DotNetMembers<PSList>['methods'] = {
  addrange: one([['collection', 'IEnumerable<T>']], (l, [xs]) => {
    for (const x of xs as unknown[]) l.items.push(x);
  }),
  insert: one(
    [
      ['index', 'System.Int32'],
      ['item', 'T'],
    ],
    (l, [i, x]) => {
      checkIndex(l, i as number, true, 'index', l.kind === 'List' ? 'Index must be within the bounds of the List.' : 'Insertion index was out of range. Must be non-negative and less than or equal to size.');
      l.items.splice(i as number, 0, x);
    },
  ),
  insertrange: one(
    [
      ['index', 'System.Int32'],
      ['collection', 'IEnumerable<T>'],
    ],
    (l, [i, xs]) => {
      checkIndex(l, i as number, true, 'index', 'Index must be within the bounds of the List.');
      l.items.splice(i as number, 0, ...(xs as unknown[]));
    },
  ),
  remove: one([['item', 'T']], (l, [x]) => {
    const i = indexOf(l.items, x);
    if (i >= 0) l.items.splice(i, 1);
    return l.kind === 'List' ? i >= 0 : undefined;
  }),
  removeat: one([['index', 'System.Int32']], (l, [i]) => {
    checkIndex(l, i as number, false);
    l.items.splice(i as number, 1);
  }),
  removerange: one(
    [
      ['index', 'System.Int32'],
      ['count', 'System.Int32'],
    ],
    (l, [i, n]) => {
      checkRange(l, i as number, n as number);
      l.items.splice(i as number, n as number);
    },
  ),
  clear: one([], (l) => {
    l.items.length = 0;
  }),
  contains: one([['item', 'T']], (l, [x]) => indexOf(l.items, x) >= 0),
  indexof: [
    { params: [['item', 'T']], invoke: (l, [x]) => indexOf(l.items, x) },
    {
      params: [
        ['item', 'T'],
        ['index', 'System.Int32'],
      ],
      invoke: (l, [x, from]) => {
        checkIndex(l, from as number, true);
        return indexOf(l.items, x, from as number);
      },
    },
  ],
  lastindexof: one([['item', 'T']], (l, [x]) => {
    const key = DEFAULT_COMPARER.key(x);
    for (let i = l.items.length - 1; i >= 0; i--) if (DEFAULT_COMPARER.key(l.items[i]) === key) return i;
    return -1;
  }),
  toarray: one([], (l) => l.items.slice()),
  sort: [
    {
      params: [],
      invoke: (l) => {
        l.items.sort((a, b) => DEFAULT_COMPARER.compare(a, b));
      },
    },
    {
      params: [['comparison', 'Comparison<T>']],
      invoke: (l, [c]) => {
        l.items.sort(c as Comparison);
      },
    },
  ],
  reverse: one([], (l) => {
    l.items.reverse();
  }),
  getrange: one(
    [
      ['index', 'System.Int32'],
      ['count', 'System.Int32'],
    ],
    (l, [i, n]) => {
      checkRange(l, i as number, n as number);
      return new PSList(l.kind, l.elementType, l.items.slice(i as number, (i as number) + (n as number)));
    },
  ),
  getenumerator: one([], (l) => l.items[Symbol.iterator]()),
};

/** List`1's own members: Add returns nothing; the Predicate-taking finders. */
export const LIST_MEMBERS: DotNetMembers<PSList> = {
  methods: {
    ...shared,
    add: one([['item', 'T']], (l, [x]) => {
      l.items.push(x);
    }),
    exists: one([['match', 'Predicate<T>']], (l, [p]) => l.items.some(p as Predicate)),
    trueforall: one([['match', 'Predicate<T>']], (l, [p]) => l.items.every(p as Predicate)),
    find: one([['match', 'Predicate<T>']], (l, [p]) => {
      const found = l.items.find(p as Predicate);
      return found === undefined ? null : found;
    }),
    findlast: one([['match', 'Predicate<T>']], (l, [p]) => {
      for (let i = l.items.length - 1; i >= 0; i--) if ((p as Predicate)(l.items[i])) return l.items[i];
      return null;
    }),
    findindex: one([['match', 'Predicate<T>']], (l, [p]) => l.items.findIndex(p as Predicate)),
    findall: one([['match', 'Predicate<T>']], (l, [p]) => new PSList('List', l.elementType, l.items.filter(p as Predicate))),
    removeall: one([['match', 'Predicate<T>']], (l, [p]) => {
      const keep = l.items.filter((x) => !(p as Predicate)(x));
      const removed = l.items.length - keep.length;
      l.items.length = 0;
      for (const x of keep) l.items.push(x);
      return removed;
    }),
    foreach: one([['action', 'Action<T>']], (l, [a]) => {
      for (const x of l.items) (a as Action)(x);
    }),
  },
  properties: {
    count: (l) => l.items.length,
    capacity: (l) => Math.max(l.items.length, l.items.length === 0 ? 0 : 4),
  },
};

/** ArrayList: Add returns the new index; Clone. */
export const ARRAYLIST_MEMBERS: DotNetMembers<PSList> = {
  methods: {
    ...shared,
    add: one([['value', 'T']], (l, [x]) => l.items.push(x) - 1),
    clone: one([], (l) => new PSList('ArrayList', l.elementType, l.items.slice())),
  },
  properties: {
    count: (l) => l.items.length,
    capacity: (l) => Math.max(l.items.length, l.items.length === 0 ? 0 : 4),
    isreadonly: () => false,
    isfixedsize: () => false,
    issynchronized: () => false,
  },
};
