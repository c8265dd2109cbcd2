// [char]: the Is* tests ([char]::IsDigit) and a char value's own methods.

import { convertToFull } from '../runtime/conversions.js';
import { compareOrdered } from '../runtime/operators.js';
import { PSChar } from '../runtime/values.js';
import { int, str } from './arguments.js';
import { Method, StaticType } from './member-tables.js';

const CHAR_TESTS: Record<string, RegExp> = {
  isdigit: /^\d$/,
  isletter: /^\p{L}$/u,
  isletterordigit: /^[\p{L}\d]$/u,
  isupper: /^\p{Lu}$/u,
  islower: /^\p{Ll}$/u,
  iswhitespace: /^\s$/,
  ispunctuation: /^\p{P}$/u,
  isnumber: /^\p{N}$/u,
  issymbol: /^\p{S}$/u,
  iscontrol: /^\p{Cc}$/u,
};

function charArg(a: unknown[]): string {
  if (a[0] instanceof PSChar) return a[0].toString();
  const s = str(a[0]);
  return a.length > 1 ? s.charAt(int(a[1])) : s;
}

export const CHAR: StaticType = {
  properties: { maxvalue: () => new PSChar(65535), minvalue: () => new PSChar(0) },
  methods: {
    ...Object.fromEntries(Object.entries(CHAR_TESTS).map(([k, re]) => [k, (a: unknown[]) => re.test(charArg(a))])),
    toupper: (a) => new PSChar(charArg(a).toUpperCase().charCodeAt(0)),
    tolower: (a) => new PSChar(charArg(a).toLowerCase().charCodeAt(0)),
    convertfromutf32: (a) => String.fromCodePoint(int(a[0])),
    converttoutf32: (a) => charArg(a).codePointAt(0),
    parse: (a) => convertToFull(a[0], 'System.Char'),
    getnumericvalue: (a) => (/^\d$/.test(charArg(a)) ? Number(charArg(a)) : -1),
  },
};

export const CHAR_METHODS: Record<string, Method<PSChar>> = {
  tostring: (c) => c.toString(),
  equals: (c, a) => a[0] instanceof PSChar && a[0].code === c.code,
  compareto: (c, a) => compareOrdered(c, a[0], true),
  gethashcode: (c) => c.code,
};
