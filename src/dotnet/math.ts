// [math], with .NET's rounding semantics.

import { bankersRound } from '../runtime/conversions.js';
import { int, num, str } from './arguments.js';
import { StaticType } from './member-tables.js';
import { methodException, staticOverloadNotFound } from './method-errors.js';

function isAwayFromZero(v: unknown): boolean {
  return str(v).toLowerCase() === 'awayfromzero' || v === 1;
}

function roundAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/** [math]::Round with .NET's semantics: to even by default, digits 0..15, MidpointRounding. */
export function mathRound(args: unknown[], name = 'Round'): number {
  if (args.length < 1 || args.length > 3) throw staticOverloadNotFound(name, args.length);
  const x = num(args[0]);
  let digits = 0;
  let away = false;
  if (args.length === 2) {
    if (typeof args[1] === 'number') digits = args[1];
    else away = isAwayFromZero(args[1]);
  } else if (args.length === 3) {
    digits = int(args[1]);
    away = isAwayFromZero(args[2]);
  }
  if (digits < 0 || digits > 15) throw methodException(name, args.length, "Rounding digits must be between 0 and 15, inclusive. (Parameter 'digits')", 'ArgumentOutOfRangeException');
  const p = Math.pow(10, digits);
  const scaled = x * p;
  const r = away ? roundAway(scaled) : bankersRound(scaled);
  const out = r / p;
  return out === 0 ? 0 : out;
}

export const MATH: StaticType = {
  properties: { pi: () => Math.PI, e: () => Math.E, tau: () => 2 * Math.PI },
  methods: {
    round: (a, n) => mathRound(a, n),
    floor: (a) => Math.floor(num(a[0])),
    ceiling: (a) => Math.ceil(num(a[0])),
    truncate: (a) => Math.trunc(num(a[0])),
    abs: (a) => Math.abs(num(a[0])),
    sign: (a) => Math.sign(num(a[0])),
    max: (a, n) => {
      if (a.length !== 2) throw staticOverloadNotFound(n, a.length);
      return Math.max(num(a[0]), num(a[1]));
    },
    min: (a, n) => {
      if (a.length !== 2) throw staticOverloadNotFound(n, a.length);
      return Math.min(num(a[0]), num(a[1]));
    },
    pow: (a) => Math.pow(num(a[0]), num(a[1])),
    sqrt: (a) => Math.sqrt(num(a[0])),
    log: (a) => (a.length > 1 ? Math.log(num(a[0])) / Math.log(num(a[1])) : Math.log(num(a[0]))),
    log10: (a) => Math.log10(num(a[0])),
    log2: (a) => Math.log2(num(a[0])),
    exp: (a) => Math.exp(num(a[0])),
    sin: (a) => Math.sin(num(a[0])),
    cos: (a) => Math.cos(num(a[0])),
    tan: (a) => Math.tan(num(a[0])),
    asin: (a) => Math.asin(num(a[0])),
    acos: (a) => Math.acos(num(a[0])),
    atan: (a) => Math.atan(num(a[0])),
    atan2: (a) => Math.atan2(num(a[0]), num(a[1])),
    divrem: (a) => Math.trunc(num(a[0]) / num(a[1])),
    clamp: (a) => Math.min(Math.max(num(a[0]), num(a[1])), num(a[2])),
  },
};
