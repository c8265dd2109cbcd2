// The .NET methods of a hashtable (System.Collections.Hashtable): Add, ContainsKey, Remove...

import { isNull, scalarToString } from '../runtime/conversions.js';
import { RuntimeError } from '../runtime/errors.js';
import { PSHashtable, PSObject } from '../runtime/values.js';
import { arity, int, str } from './arguments.js';
import { netEquals } from './array.js';
import { Method } from './member-tables.js';
import { methodException } from './method-errors.js';

export function dictionaryEntry(k: unknown, v: unknown): PSObject {
  const o = PSObject.fromEntries(
    [
      ['Name', k],
      ['Key', k],
      ['Value', v],
    ],
    ['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object'],
  );
  // Name is an alias of Key in PowerShell's view of DictionaryEntry.
  o.props.set('name', { kind: 'alias', name: 'Name', target: 'Key' });
  o.toStringHook = () => 'System.Collections.DictionaryEntry';
  return o;
}

function duplicateKey(name: string, count: number, h: PSHashtable, k: unknown): RuntimeError {
  const existing = h.map.get(h.keyOf(k))?.[0] ?? k;
  return methodException(name, count, `Item has already been added. Key in dictionary: '${str(existing)}'  Key being added: '${str(k)}'`, 'ArgumentException');
}

export const HASHTABLE_METHODS: Record<string, Method<PSHashtable>> = {
  containskey: (h, a) => h.has(a[0]),
  contains: (h, a) => h.has(a[0]),
  containsvalue: (h, a) => h.values().some((v) => netEquals(v, a[0])),
  add: (h, a, name) => {
    arity(name, a, 2);
    if (isNull(a[0])) throw methodException(name, 2, "Key cannot be null. (Parameter 'key')", 'ArgumentNullException');
    if (h.has(a[0])) throw duplicateKey(name, 2, h, a[0]);
    h.set(a[0], a[1]);
    return undefined;
  },
  remove: (h, a) => {
    h.delete(a[0]);
    return undefined;
  },
  clear: (h) => {
    h.map.clear();
    return undefined;
  },
  clone: (h) => {
    const c = new PSHashtable(h.ordered);
    for (const [k, v] of h.entries()) c.set(k, v);
    return c;
  },
  getenumerator: (h) => h.entries().map(([k, v]) => dictionaryEntry(k, v)),
  keys: (h) => h.keys(),
  tostring: (h) => scalarToString(h, false),
  insert: (h, a) => {
    // OrderedDictionary.Insert(index, key, value)
    const entries = h.entries();
    entries.splice(int(a[0]), 0, [a[1], a[2]]);
    h.map.clear();
    for (const [k, v] of entries) h.set(k, v);
    return undefined;
  },
  removeat: (h, a) => {
    const entries = h.entries();
    entries.splice(int(a[0]), 1);
    h.map.clear();
    for (const [k, v] of entries) h.set(k, v);
    return undefined;
  },
};
