// System.Random: a seeded generator, so `[random]::new(42)` repeats its sequence.

import { PSObject } from '../runtime/values.js';
import { int } from './arguments.js';

export function random(seed?: number): PSObject {
  let state = seed === undefined ? Math.floor(Math.random() * 2 ** 31) : seed >>> 0;
  const next = () => {
    // mulberry32: deterministic for a given seed, which is all scripts rely on.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const o = new PSObject(['System.Random', 'System.Object']);
  o.toStringHook = () => 'System.Random';
  o.methods = new Map([
    ['next', { name: 'Next', invoke: (_s: PSObject, a: unknown[]) => (a.length === 0 ? Math.floor(next() * 2147483647) : a.length === 1 ? Math.floor(next() * int(a[0])) : int(a[0]) + Math.floor(next() * (int(a[1]) - int(a[0])))) }],
    ['nextdouble', { name: 'NextDouble', invoke: () => next() }],
  ]);
  return o;
}
