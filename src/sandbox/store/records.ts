// Builds records with every property of their kind as an own property, laid out in one fixed
// order per kind. A compiled object literal gives all records of a kind the same hidden class,
// so 100,000 mailboxes of ~220 properties cost a pointer per property rather than a dictionary
// each; constant values (null, false, shared frozen arrays and strings) cost nothing more.
import type { RecordKind, StoredRecord } from '../contracts.js';
import { OBJECT_SHAPES } from './object-shapes.js';

export type Values = Readonly<Record<string, unknown>>;
type Factory = (defaults: Values, own: Values) => StoredRecord;

const factories = new Map<RecordKind, Factory>();

function compile(names: readonly string[]): Factory {
  const body = names
    .map((n) => {
      const key = JSON.stringify(n);
      return `${key}: own[${key}] !== undefined ? own[${key}] : defaults[${key}] !== undefined ? defaults[${key}] : null`;
    })
    .join(',\n');
  // A generated literal (rather than a loop of keyed stores, which V8 turns into dictionary-mode
  // objects past a dozen properties) is what keeps one shape per kind.
  return new Function('defaults', 'own', `return {\n${body}\n};`) as Factory;
}

function factoryFor(kind: RecordKind): Factory {
  let f = factories.get(kind);
  if (!f) {
    f = compile(OBJECT_SHAPES[kind]);
    factories.set(kind, f);
  }
  return f;
}

/** Freezes a record and the arrays/objects it holds, so callers can never mutate stored data. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/**
 * A full record of `kind`: every shape property (own value, else default, else null), then any
 * own properties outside the shape in their given order. Frozen.
 */
export function makeRecord(kind: RecordKind, defaults: Values, own: Values): StoredRecord {
  const rec = factoryFor(kind)(defaults, own) as Record<string, unknown>;
  for (const k of Object.keys(own)) {
    if (!(k in rec) && own[k] !== undefined) rec[k] = own[k];
  }
  return deepFreeze(rec) as StoredRecord;
}

/** A frozen empty array, shared by every record whose multi-valued property is empty. */
export const EMPTY: readonly never[] = Object.freeze([]);
