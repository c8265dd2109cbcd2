// [array]'s static methods: IndexOf, Reverse, Sort and friends on PowerShell arrays.

import { compareValues } from '../runtime/operators.js';
import { PSChar, PSDateTime, PSGuid, PSTimeSpan } from '../runtime/values.js';
import { int } from './arguments.js';
import { dateTicks } from './date-time.js';
import { Method, StaticType } from './member-tables.js';
import { methodException } from './method-errors.js';

function arrayArg(v: unknown, name: string, count: number): unknown[] {
  if (!Array.isArray(v)) throw methodException(name, count, "Value cannot be null. (Parameter 'array')", 'ArgumentNullException');
  return v;
}

export const ARRAY: StaticType = {
  methods: {
    indexof: (a, n) => arrayArg(a[0], n, a.length).findIndex((x) => x === a[1] || (typeof x === 'string' && x === a[1])),
    lastindexof: (a, n) => {
      const arr = arrayArg(a[0], n, a.length);
      for (let i = arr.length - 1; i >= 0; i--) if (arr[i] === a[1]) return i;
      return -1;
    },
    reverse: (a, n) => {
      arrayArg(a[0], n, a.length).reverse();
      return undefined;
    },
    sort: (a, n) => {
      // .NET sorts strings with the current culture, case-sensitively.
      arrayArg(a[0], n, a.length).sort((x, y) => compareValues(x, y, true));
      return undefined;
    },
    clear: (a, n) => {
      const arr = arrayArg(a[0], n, a.length);
      const start = a.length > 1 ? int(a[1]) : 0;
      const len = a.length > 2 ? int(a[2]) : arr.length;
      for (let i = start; i < start + len && i < arr.length; i++) arr[i] = null;
      return undefined;
    },
    empty: () => [],
    exists: () => {
      throw methodException('Exists', 2, '[array]::Exists with a predicate is not supported by exosh yet; use Where-Object.', 'NotSupportedException');
    },
  },
};

export function netEquals(a: unknown, b: unknown): boolean {
  // .NET Equals: same type and value, strings case-sensitive, no conversion.
  if (a === b) return true;
  if (typeof a !== typeof b) return false;
  if (a instanceof PSChar && b instanceof PSChar) return a.code === b.code;
  if (a instanceof PSDateTime && b instanceof PSDateTime) return dateTicks(a) === dateTicks(b);
  if (a instanceof PSTimeSpan && b instanceof PSTimeSpan) return a.ticks === b.ticks;
  if (a instanceof PSGuid && b instanceof PSGuid) return a.value === b.value;
  return false;
}

export const ARRAY_METHODS: Record<string, Method<unknown[]>> = {
  contains: (a, args) => a.some((x) => netEquals(x, args[0])),
  indexof: (a, args) => a.findIndex((x) => netEquals(x, args[0])),
  lastindexof: (a, args) => {
    for (let i = a.length - 1; i >= 0; i--) if (netEquals(a[i], args[0])) return i;
    return -1;
  },
  clone: (a) => a.slice(),
  getvalue: (a, args) => a[int(args[0])],
  setvalue: (a, args) => {
    a[int(args[1])] = args[0];
    return undefined;
  },
  add: (_a, args, name) => {
    throw methodException(name, args.length, 'Collection was of a fixed size.', 'NotSupportedException');
  },
  remove: (_a, args, name) => {
    throw methodException(name, args.length, 'Collection was of a fixed size.', 'NotSupportedException');
  },
  getenumerator: (a) => a,
  tostring: () => 'System.Object[]',
};
