// Builds records with every property of their kind as an own property, laid out in one fixed
// order per kind. A compiled object literal gives all records of a kind the same hidden class,
// so 100,000 mailboxes of ~220 properties cost a pointer per property rather than a dictionary
// each; constant values (null, false, shared frozen arrays and strings) cost nothing more.
import type { RecordKind, StoredRecord } from '../contracts.js';
import { OBJECT_SHAPES } from './object-shapes.js';

export type Values = Readonly<Record<string, unknown>>;
type Constructor = new (base: Values, own: Values, shared: Values) => StoredRecord;

const constructors = new Map<RecordKind, Constructor>();

function compile(names: readonly string[]): Constructor {
  const body = names
    .map((n) => {
      const key = JSON.stringify(n);
      return `this[${key}] = own[${key}] !== undefined ? own[${key}] : shared[${key}] !== undefined ? shared[${key}] : base[${key}] !== undefined ? base[${key}] : null;`;
    })
    .join('\n');
  // A generated constructor with one store per property, rather than an object literal (V8 gives
  // literals of 128+ properties a map of their own each) or a loop of keyed stores (dictionary
  // mode past a dozen properties): every record of a kind then shares one hidden class.
  const ctor = new Function('base', 'own', 'shared', body) as unknown as Constructor;
  // Records must look like plain objects to every consumer (prototype Object.prototype).
  ctor.prototype = Object.prototype;
  return ctor;
}

function constructorFor(kind: RecordKind): Constructor {
  let c = constructors.get(kind);
  if (!c) {
    c = compile(OBJECT_SHAPES[kind]);
    constructors.set(kind, c);
  }
  return c;
}

/** Freezes a record and the arrays/objects it holds, so callers can never mutate stored data. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const k in value) deepFreeze((value as Record<string, unknown>)[k]);
  }
  return value;
}

/**
 * A full record of `kind`: every shape property (own value, else shared value, else base value,
 * else null), then any
 * other properties of `base` (when `keepBaseExtras`) and of `own`, in their order. Frozen; the
 * generator passes already-frozen values, so only the record itself is frozen on that path.
 */
export function makeRecord(
  kind: RecordKind,
  base: Values,
  own: Values,
  options: { keepBaseExtras?: boolean; deep?: boolean; shared?: Values } = {},
): StoredRecord {
  const shared = options.shared ?? NO_VALUES;
  const rec = new (constructorFor(kind))(base, own, shared) as Record<string, unknown>;
  if (options.keepBaseExtras) {
    for (const k in base) if (!(k in rec) && base[k] !== undefined) rec[k] = own[k] !== undefined ? own[k] : base[k];
  }
  for (const k in own) if (!(k in rec) && own[k] !== undefined) rec[k] = own[k];
  for (const k in own) flatten(own[k]);
  for (const k in shared) if (!(k in rec) && shared[k] !== undefined) rec[k] = shared[k];
  return (options.deep ? deepFreeze(rec) : Object.freeze(rec)) as StoredRecord;
}

/**
 * Strings built by concatenation are trees in V8 (dozens of bytes per piece); reading a character
 * makes V8 flatten one in place, and the collector then drops the tree. At 100,000 mailboxes this
 * halves the memory the generated strings take.
 */
export function flatten(value: unknown): void {
  if (typeof value === 'string') {
    if (value.length > 12) value.charCodeAt(0);
  } else if (Array.isArray(value)) {
    for (const v of value) if (typeof v === 'string' && v.length > 12) v.charCodeAt(0);
  }
}

const NO_VALUES: Values = Object.freeze({});

/** A frozen empty array, shared by every record whose multi-valued property is empty. */
export const EMPTY: readonly never[] = Object.freeze([]);
