// [convert] (base64, bases, ToInt32...) and [BitConverter].

import { convertToFull, toArray, toBool } from '../runtime/conversions.js';
import { int, str } from './arguments.js';
import { StaticType } from './member-tables.js';
import { methodException } from './method-errors.js';

export function bytesOf(v: unknown): number[] {
  return toArray(v).map((x) => int(x) & 0xff);
}

export const CONVERT: StaticType = {
  methods: {
    tobase64string: (a) => Buffer.from(bytesOf(a[0])).toString('base64'),
    frombase64string: (a, n) => {
      const s = str(a[0]).replace(/\s/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw methodException(n, 1, 'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.', 'FormatException');
      return [...Buffer.from(s, 'base64')];
    },
    toint32: (a) => (a.length > 1 ? parseBase(str(a[0]), int(a[1]), 32) : convertToFull(a[0], 'System.Int32')),
    toint64: (a) => (a.length > 1 ? parseBase(str(a[0]), int(a[1]), 64) : convertToFull(a[0], 'System.Int64')),
    toint16: (a) => convertToFull(a[0], 'System.Int16'),
    tobyte: (a) => convertToFull(a[0], 'System.Byte'),
    todouble: (a) => convertToFull(a[0], 'System.Double'),
    todecimal: (a) => convertToFull(a[0], 'System.Decimal'),
    toboolean: (a, n) => {
      if (typeof a[0] === 'string') {
        const s = a[0].trim().toLowerCase();
        if (s === 'true') return true;
        if (s === 'false') return false;
        throw methodException(n, 1, `String '${a[0]}' was not recognized as a valid Boolean.`, 'FormatException');
      }
      return toBool(a[0]);
    },
    tostring: (a) => (a.length > 1 && typeof a[0] === 'number' && typeof a[1] === 'number' ? (a[0] < 0 ? BigInt.asUintN(32, BigInt(a[0])) : BigInt(a[0])).toString(a[1]) : str(a[0])),
    todatetime: (a) => convertToFull(a[0], 'System.DateTime'),
    tochar: (a) => convertToFull(a[0], 'System.Char'),
    tohexstring: (a) => Buffer.from(bytesOf(a[0])).toString('hex').toUpperCase(),
    fromhexstring: (a) => [...Buffer.from(str(a[0]), 'hex')],
  },
};

function parseBase(s: string, base: number, bits: 32 | 64): number {
  const v = BigInt.asIntN(bits, BigInt(Number.parseInt(s.replace(/^0x/i, ''), base)));
  return Number(v);
}

export const BITCONVERTER: StaticType = {
  methods: {
    tostring: (a) =>
      bytesOf(a[0])
        .map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
        .join('-'),
  },
};
