// Static members of the .NET types admins use from scripts: [math]::Round, [datetime]::Now,
// [string]::IsNullOrEmpty, [guid]::NewGuid(), [regex]::Escape, [timespan]::FromDays,
// [convert]::ToBase64String, [System.IO.Path]::Combine, [Environment]::NewLine, `[type]::new()`...
// Tables keyed by full type name, then lower-cased member name.
import { randomUUID } from 'node:crypto';
import { hostname, tmpdir, userInfo, EOL, cpus } from 'node:os';
import * as nodePath from 'node:path';
import { ErrorRecord, RuntimeError, type ErrorCategory } from './errors.js';
import { PSChar, PSDateTime, PSGuid, PSHashtable, PSObject, PSReference, PSRegex, PSTimeSpan, PSTypeRef, PSVersion } from './values.js';
import { constructCollection, isCollectionType } from '../dotnet/collections.js';
import { STRING_COMPARERS } from '../dotnet/comparers.js';
import {
  bankersRound,
  conversionError,
  convertToFull,
  isNull,
  parseGuid,
  parseNumber,
  toArray,
  toBool,
  toNumber,
  toStringValue,
} from './conversions.js';
import { compareOrdered } from './operators.js';
import { formatOperator } from './format-operator.js';
import { requireTypeName, typeShortName, INTEGER_RANGES, userType } from './types.js';
import {
  dateParts,
  daysInMonth,
  makeDate,
  parseDate,
  parseTimeSpan,
  TICKS_PER_DAY,
  TICKS_PER_HOUR,
  TICKS_PER_MINUTE,
  TICKS_PER_MS,
  TICKS_PER_SECOND,
} from '../dotnet/date-time.js';
import { compileRegex, regexEscape } from './operators-regex.js';
import { failedMatch, methodException, methodNotFoundOnType, regexReplace, type MethodHooks } from './member-access.js';
import { matchObject } from './operators-regex.js';
import { constructCredential } from './credentials.js';
import { ARRAY, CULTUREINFO, DATETIMEOFFSET, DIRECTORY, EXCEPTION_TYPES, FILE, STOPWATCH, THREAD, WILDCARDPATTERN, exceptionConstructor, stopwatch } from '../dotnet/file-system.js';

type StaticMethod = (args: unknown[], name: string, hooks?: MethodHooks) => unknown;

interface StaticType {
  properties?: Record<string, () => unknown>;
  methods?: Record<string, StaticMethod>;
}

function err(message: string, errorId: string, category: ErrorRecord['category'] = 'InvalidOperation'): RuntimeError {
  return new RuntimeError(new ErrorRecord(message, errorId, category));
}

function overload(name: string, count: number): RuntimeError {
  return err(`Cannot find an overload for "${name}" and the argument count: "${count}".`, 'MethodCountCouldNotFindBest');
}

const str = (v: unknown) => toStringValue(v);
const num = (v: unknown) => toNumber(v);
const int = (v: unknown) => Math.trunc(toNumber(v));

// ------------------------------------------------------------------------------------------------
// [math]

function isAwayFromZero(v: unknown): boolean {
  return str(v).toLowerCase() === 'awayfromzero' || v === 1;
}

function roundAway(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x));
}

/** [math]::Round with .NET's semantics: to even by default, digits 0..15, MidpointRounding. */
export function mathRound(args: unknown[], name = 'Round'): number {
  if (args.length < 1 || args.length > 3) throw overload(name, args.length);
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

const MATH: StaticType = {
  properties: { pi: () => Math.PI, e: () => Math.E, tau: () => 2 * Math.PI },
  methods: {
    round: (a, n) => mathRound(a, n),
    floor: (a) => Math.floor(num(a[0])),
    ceiling: (a) => Math.ceil(num(a[0])),
    truncate: (a) => Math.trunc(num(a[0])),
    abs: (a) => Math.abs(num(a[0])),
    sign: (a) => Math.sign(num(a[0])),
    max: (a, n) => {
      if (a.length !== 2) throw overload(n, a.length);
      return Math.max(num(a[0]), num(a[1]));
    },
    min: (a, n) => {
      if (a.length !== 2) throw overload(n, a.length);
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

// ------------------------------------------------------------------------------------------------
// [datetime], [timespan]

function now(): PSDateTime {
  return new PSDateTime(Date.now(), 'Local');
}

function parseDateOrThrow(v: unknown, name: string, count: number): PSDateTime {
  const s = str(v);
  const d = parseDate(s);
  if (!d) throw methodException(name, count, `String '${s}' was not recognized as a valid DateTime.`, 'FormatException');
  return d;
}

/** ParseExact for the custom format letters scripts use (yyyy MM dd HH mm ss fff, M d h tt). */
function parseExact(text: string, format: string): PSDateTime | undefined {
  const parts: Record<string, number> = {};
  let re = '^';
  const order: string[] = [];
  for (let i = 0; i < format.length; ) {
    const c = format[i]!;
    let n = 1;
    while (format[i + n] === c) n++;
    if ('yMdHhmsft'.includes(c)) {
      if (c === 't') re += '(AM|PM|A|P)';
      else if (c === 'M' && n >= 3) re += '([A-Za-z]+)';
      else if (c === 'f') re += `(\\d{${n}})`;
      else if (c === 'y' && n >= 3) re += `(\\d{${n}})`;
      else re += n === 1 ? '(\\d{1,2})' : `(\\d{${n}})`;
      order.push(c + (c === 'M' && n >= 3 ? 'name' : ''));
      i += n;
    } else if (c === "'" || c === '"') {
      const end = format.indexOf(c, i + 1);
      re += format.slice(i + 1, end < 0 ? undefined : end).replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
      i = end < 0 ? format.length : end + 1;
    } else if (c === '\\') {
      re += (format[i + 1] ?? '').replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
      i += 2;
    } else {
      re += c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
      i += 1;
    }
  }
  const m = new RegExp(re + '$', 'i').exec(text.trim());
  if (!m) return undefined;
  let pm: boolean | undefined;
  order.forEach((k, idx) => {
    const v = m[idx + 1]!;
    if (k === 't') pm = v.toUpperCase().startsWith('P');
    else if (k === 'Mname') {
      const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
      parts.M = months.indexOf(v.slice(0, 3).toLowerCase()) + 1;
    } else if (k === 'f') parts.f = Number(('0.' + v)) * 1000;
    else parts[k] = Number(v);
  });
  let hour = parts.H ?? parts.h ?? 0;
  if (parts.h !== undefined && pm !== undefined) hour = (parts.h % 12) + (pm ? 12 : 0);
  let year = parts.y ?? dateParts(now()).year;
  if (year < 100) year += 2000;
  const month = parts.M ?? 1;
  const day = parts.d ?? 1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || (parts.m ?? 0) > 59 || (parts.s ?? 0) > 59) return undefined;
  return makeDate(year, month, day, hour, parts.m ?? 0, parts.s ?? 0, Math.round(parts.f ?? 0), 'Unspecified');
}

function newDateTime(a: unknown[], name: string): PSDateTime {
  if (a.length === 1) return convertToFull(a[0], 'System.DateTime') as PSDateTime;
  if (a.length < 3) throw overload(name, a.length);
  const n = a.map((x) => (typeof x === 'number' ? x : parseNumber(str(x)) ?? NaN));
  const [y, mo, d, h = 0, mi = 0, s = 0] = n as number[];
  let ms = 0;
  let kind: PSDateTime['kind'] = 'Unspecified';
  if (a.length >= 7) {
    if (typeof a[6] === 'number') ms = a[6];
    else kind = str(a[6]) as PSDateTime['kind'];
  }
  if (a.length === 8) kind = str(a[7]) as PSDateTime['kind'];
  if (!(mo! >= 1 && mo! <= 12) || !(d! >= 1 && d! <= daysInMonth(y!, mo!)) || h > 23 || mi > 59 || s > 59) {
    throw methodException('.ctor', a.length, 'Year, Month, and Day parameters describe an un-representable DateTime.', 'ArgumentOutOfRangeException');
  }
  return makeDate(y!, mo!, d!, h, mi, s, ms, kind);
}

const DATETIME: StaticType = {
  properties: {
    now: () => now(),
    utcnow: () => new PSDateTime(Date.now(), 'Utc'),
    today: () => {
      const p = dateParts(now());
      return makeDate(p.year, p.month, p.day, 0, 0, 0, 0, 'Local');
    },
    minvalue: () => makeDate(1, 1, 1, 0, 0, 0, 0, 'Unspecified'),
    maxvalue: () => makeDate(9999, 12, 31, 23, 59, 59, 999, 'Unspecified'),
    unixepoch: () => new PSDateTime(0, 'Utc'),
  },
  methods: {
    parse: (a, n) => parseDateOrThrow(a[0], n, a.length),
    parseexact: (a, n) => {
      const formats = toArray(a[1]).map(str);
      for (const f of formats) {
        const d = parseExact(str(a[0]), f);
        if (d) return d;
      }
      throw methodException(n, a.length, `String '${str(a[0])}' was not recognized as a valid DateTime.`, 'FormatException');
    },
    tryparse: (a) => {
      const d = parseDate(str(a[0]));
      setRef(a[a.length - 1], d ?? makeDate(1, 1, 1));
      return d !== undefined;
    },
    tryparseexact: (a) => {
      const d = toArray(a[1]).map(str).map((f) => parseExact(str(a[0]), f)).find((x) => x !== undefined);
      setRef(a[a.length - 1], d ?? makeDate(1, 1, 1));
      return d !== undefined;
    },
    daysinmonth: (a) => daysInMonth(int(a[0]), int(a[1])),
    isleapyear: (a) => {
      const y = int(a[0]);
      return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    },
    specifykind: (a) => {
      const d = convertToFull(a[0], 'System.DateTime') as PSDateTime;
      const kind = str(a[1]) as PSDateTime['kind'];
      const p = dateParts(d);
      return makeDate(p.year, p.month, p.day, p.hour, p.minute, p.second, p.millisecond, kind);
    },
    fromfiletime: (a) => new PSDateTime(num(a[0]) / TICKS_PER_MS - 11_644_473_600_000, 'Local'),
    fromfiletimeutc: (a) => new PSDateTime(num(a[0]) / TICKS_PER_MS - 11_644_473_600_000, 'Utc'),
    new: (a, n) => newDateTime(a, n),
    compare: (a) => compareOrdered(a[0], a[1]),
  },
};

function spanFrom(unit: number): StaticMethod {
  return (a) => new PSTimeSpan(Math.round(num(a[0]) * unit));
}

const TIMESPAN: StaticType = {
  properties: {
    zero: () => new PSTimeSpan(0),
    maxvalue: () => new PSTimeSpan(Number.MAX_SAFE_INTEGER),
    minvalue: () => new PSTimeSpan(Number.MIN_SAFE_INTEGER),
    ticksperday: () => TICKS_PER_DAY,
    ticksperhour: () => TICKS_PER_HOUR,
    ticksperminute: () => TICKS_PER_MINUTE,
    tickspersecond: () => TICKS_PER_SECOND,
    tickspermillisecond: () => TICKS_PER_MS,
  },
  methods: {
    fromdays: spanFrom(TICKS_PER_DAY),
    fromhours: spanFrom(TICKS_PER_HOUR),
    fromminutes: spanFrom(TICKS_PER_MINUTE),
    fromseconds: spanFrom(TICKS_PER_SECOND),
    frommilliseconds: spanFrom(TICKS_PER_MS),
    fromticks: (a) => new PSTimeSpan(int(a[0])),
    parse: (a, n) => {
      const t = parseTimeSpan(str(a[0]));
      if (!t) throw methodException(n, a.length, `String '${str(a[0])}' was not recognized as a valid TimeSpan.`, 'FormatException');
      return t;
    },
    new: (a, n) => {
      const v = a.map(num);
      if (v.length === 1) return new PSTimeSpan(v[0]!);
      if (v.length === 3) return new PSTimeSpan(v[0]! * TICKS_PER_HOUR + v[1]! * TICKS_PER_MINUTE + v[2]! * TICKS_PER_SECOND);
      if (v.length === 4) return new PSTimeSpan(v[0]! * TICKS_PER_DAY + v[1]! * TICKS_PER_HOUR + v[2]! * TICKS_PER_MINUTE + v[3]! * TICKS_PER_SECOND);
      if (v.length === 5) return new PSTimeSpan(v[0]! * TICKS_PER_DAY + v[1]! * TICKS_PER_HOUR + v[2]! * TICKS_PER_MINUTE + v[3]! * TICKS_PER_SECOND + v[4]! * TICKS_PER_MS);
      throw overload(n, a.length);
    },
  },
};

// ------------------------------------------------------------------------------------------------
// [string], numbers, [char], [guid], [regex], [version], [uri]

const STRING: StaticType = {
  properties: { empty: () => '' },
  methods: {
    isnullorempty: (a) => isNull(a[0]) || str(a[0]) === '',
    isnullorwhitespace: (a) => isNull(a[0]) || str(a[0]).trim() === '',
    join: (a) => {
      const sep = a[0] instanceof PSChar ? a[0].toString() : str(a[0]);
      const items = a.length === 2 ? toArray(a[1]) : a.slice(1);
      return items.map((x) => str(x)).join(sep);
    },
    concat: (a) => (a.length === 1 ? toArray(a[0]) : a).map((x) => str(x)).join(''),
    format: (a) => formatOperator(str(a[0]), a.length === 2 && Array.isArray(a[1]) ? a[1] : a.slice(1)),
    compare: (a) => {
      const ci = a.length > 2 && (a[2] === true || /ignorecase/i.test(str(a[2])));
      if (isNull(a[0])) return isNull(a[1]) ? 0 : -1;
      if (isNull(a[1])) return 1;
      return compareOrdered(str(a[0]), str(a[1]), !ci);
    },
    equals: (a) => {
      const ci = a.length > 2 && /ignorecase/i.test(str(a[2]));
      return ci ? str(a[0]).toLowerCase() === str(a[1]).toLowerCase() : str(a[0]) === str(a[1]);
    },
    new: (a) => (a.length === 2 ? (a[0] instanceof PSChar ? a[0].toString() : str(a[0])).repeat(int(a[1])) : toArray(a[0]).map(str).join('')),
  },
};

function integerType(full: string): StaticType {
  const [min, max] = INTEGER_RANGES[full]!;
  return {
    properties: { maxvalue: () => max, minvalue: () => min },
    methods: {
      parse: (a, n) => {
        const s = str(a[0]);
        const v = /^\s*[+-]?\d+\s*$/.test(s) ? Number(s) : undefined;
        if (v === undefined) throw methodException(n, a.length, `The input string '${s}' was not in a correct format.`, 'FormatException');
        if (v < min || v > max) throw methodException(n, a.length, `Value was either too large or too small for ${typeShortName(full) === 'Int32' ? 'an' : 'a'} ${typeShortName(full)}.`, 'OverflowException');
        return v;
      },
      tryparse: (a) => {
        const s = str(a[0]);
        const ok = /^\s*[+-]?\d+\s*$/.test(s) && Number(s) >= min && Number(s) <= max;
        setRef(a[1], ok ? Number(s) : 0);
        return ok;
      },
    },
  };
}

/** `[ref]` arguments (out parameters such as TryParse's): written through the reference. */
function setRef(ref: unknown, value: unknown): void {
  if (ref instanceof PSReference) ref.set(value);
}

const DOUBLE: StaticType = {
  properties: {
    maxvalue: () => Number.MAX_VALUE,
    minvalue: () => -Number.MAX_VALUE,
    nan: () => NaN,
    positiveinfinity: () => Infinity,
    negativeinfinity: () => -Infinity,
    epsilon: () => Number.MIN_VALUE,
  },
  methods: {
    parse: (a, n) => {
      const v = parseNumber(str(a[0]));
      if (v === undefined || str(a[0]).trim() === '') throw methodException(n, a.length, `The input string '${str(a[0])}' was not in a correct format.`, 'FormatException');
      return v;
    },
    tryparse: (a) => {
      const v = parseNumber(str(a[0]));
      setRef(a[1], v ?? 0);
      return v !== undefined && str(a[0]).trim() !== '';
    },
    isnan: (a) => Number.isNaN(num(a[0])),
    isinfinity: (a) => !Number.isFinite(num(a[0])) && !Number.isNaN(num(a[0])),
  },
};

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

const CHAR: StaticType = {
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

const GUID: StaticType = {
  properties: { empty: () => new PSGuid('00000000-0000-0000-0000-000000000000') },
  methods: {
    newguid: () => new PSGuid(randomUUID()),
    parse: (a, n) => {
      const g = parseGuid(str(a[0]));
      if (!g) throw methodException(n, a.length, 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).', 'FormatException');
      return g;
    },
    tryparse: (a) => {
      const g = parseGuid(str(a[0]));
      setRef(a[1], g ?? new PSGuid('00000000-0000-0000-0000-000000000000'));
      return g !== undefined;
    },
    new: (a) => convertToFull(a[0], 'System.Guid'),
  },
};

function regexOptionsOf(v: unknown): { ignoreCase: boolean; multiline: boolean; singleline: boolean } {
  const s = toArray(v).map(str).join(',').toLowerCase();
  return { ignoreCase: s.includes('ignorecase'), multiline: s.includes('multiline'), singleline: s.includes('singleline') };
}

const REGEX: StaticType = {
  methods: {
    escape: (a) => regexEscape(str(a[0])),
    unescape: (a) => str(a[0]).replace(/\\(.)/g, '$1'),
    ismatch: (a) => compileRegex(str(a[1]), a.length > 2 ? regexOptionsOf(a[2]) : {}).test(str(a[0])),
    match: (a) => {
      const re = compileRegex(str(a[1]), a.length > 2 ? regexOptionsOf(a[2]) : {});
      const m = re.exec(str(a[0]));
      re.lastIndex = 0;
      return m ? matchObject(m) : failedMatch();
    },
    matches: (a) => {
      const re = compileRegex(str(a[1]), a.length > 2 ? regexOptionsOf(a[2]) : {});
      return [...str(a[0]).matchAll(re)].map((m) => matchObject(m as RegExpExecArray));
    },
    replace: (a, _n, hooks) => regexReplace(compileRegex(str(a[1]), a.length > 3 ? regexOptionsOf(a[3]) : {}), str(a[0]), a[2], hooks),
    split: (a) => str(a[0]).split(new RegExp(compileRegex(str(a[1]), a.length > 2 ? regexOptionsOf(a[2]) : {}).source, a.length > 2 && regexOptionsOf(a[2]).ignoreCase ? 'i' : '')),
    new: (a) => {
      const opts = a.length > 1 ? toArray(a[1]).map(str).join(',').split(/\s*,\s*/).filter(Boolean) : [];
      const r = new PSRegex(str(a[0]), opts.some((o) => o.toLowerCase() === 'ignorecase'), opts);
      compileRegex(r.pattern, regexOptionsOf(opts));
      return r;
    },
  },
};

const VERSION: StaticType = {
  methods: {
    parse: (a) => convertToFull(a[0], 'System.Version'),
    new: (a) => {
      if (a.length === 1) return convertToFull(a[0], 'System.Version');
      const n = a.map(int);
      return new PSVersion(n[0]!, n[1]!, n[2] ?? -1, n[3] ?? -1);
    },
  },
};

const URI: StaticType = {
  properties: { urischemehttps: () => 'https', urischemehttp: () => 'http' },
  methods: {
    new: (a) => convertToFull(a[0], 'System.Uri'),
    escapedatastring: (a) => encodeURIComponent(str(a[0])).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()),
    unescapedatastring: (a) => decodeURIComponent(str(a[0])),
    escapeuristring: (a) => encodeURI(str(a[0])),
    iswellformeduristring: (a) => {
      try {
        new URL(str(a[0]));
        return true;
      } catch {
        return false;
      }
    },
  },
};

// ------------------------------------------------------------------------------------------------
// [convert], [Environment], [System.IO.Path], [System.Text.Encoding], [BitConverter], web utilities

function bytesOf(v: unknown): number[] {
  return toArray(v).map((x) => int(x) & 0xff);
}

const CONVERT: StaticType = {
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

const ENVIRONMENT: StaticType = {
  properties: {
    newline: () => EOL,
    machinename: () => hostname().split('.')[0]!,
    username: () => safeUser(),
    userdomainname: () => hostname().split('.')[0]!,
    processorcount: () => cpus().length,
    currentdirectory: () => process.cwd(),
    is64bitprocess: () => true,
    is64bitoperatingsystem: () => true,
    tickcount: () => Math.floor(performance.now()),
    tickcount64: () => Math.floor(performance.now()),
    osversion: () => PSObject.fromEntries([['Platform', process.platform === 'win32' ? 'Win32NT' : 'Unix'], ['VersionString', `${process.platform} ${process.version}`]]),
    version: () => new PSVersion(8, 0, 0, 0),
    processid: () => process.pid,
    systemdirectory: () => (process.platform === 'win32' ? 'C:\\Windows\\system32' : ''),
  },
  methods: {
    getenvironmentvariable: (a) => process.env[str(a[0])] ?? null,
    getenvironmentvariables: () => {
      const h = new PSHashtable();
      for (const [k, v] of Object.entries(process.env)) h.set(k, v);
      return h;
    },
    getfolderpath: () => '',
    getcommandlineargs: () => process.argv.slice(1),
    exit: () => {
      throw err('[Environment]::Exit is not supported by exosh yet; use exit.', 'NotSupportedByExosh', 'NotImplemented');
    },
  },
};

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}

const PATH: StaticType = {
  properties: {
    directoryseparatorchar: () => new PSChar(nodePath.sep.charCodeAt(0)),
    altdirectoryseparatorchar: () => new PSChar('/'.charCodeAt(0)),
    pathseparator: () => new PSChar(nodePath.delimiter.charCodeAt(0)),
  },
  methods: {
    combine: (a) => {
      const parts = (a.length === 1 ? toArray(a[0]) : a).map(str);
      let out = '';
      for (const p of parts) {
        if (p === '') continue;
        if (nodePath.isAbsolute(p) || out === '') out = p;
        else out = out.endsWith(nodePath.sep) || out.endsWith('/') ? out + p : out + nodePath.sep + p;
      }
      return out;
    },
    join: (a) => (a.length === 1 ? toArray(a[0]) : a).map(str).filter((p) => p !== '').join(nodePath.sep),
    getfilename: (a) => (isNull(a[0]) ? null : str(a[0]).split(/[\\/]/).pop() ?? ''),
    getfilenamewithoutextension: (a) => {
      const f = str(a[0]).split(/[\\/]/).pop() ?? '';
      const i = f.lastIndexOf('.');
      return i > 0 ? f.slice(0, i) : i === 0 ? '' : f;
    },
    getextension: (a) => {
      const f = str(a[0]).split(/[\\/]/).pop() ?? '';
      const i = f.lastIndexOf('.');
      return i >= 0 ? f.slice(i) : '';
    },
    getdirectoryname: (a) => {
      const s = str(a[0]);
      const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
      return i < 0 ? '' : i === 0 ? s[0]! : s.slice(0, i);
    },
    gettemppath: () => tmpdir() + nodePath.sep,
    gettempfilename: () => nodePath.join(tmpdir(), `tmp${Math.random().toString(16).slice(2, 6).toUpperCase()}.tmp`),
    getrandomfilename: () => `${Math.random().toString(36).slice(2, 10)}.${Math.random().toString(36).slice(2, 5)}`,
    ispathrooted: (a) => nodePath.isAbsolute(str(a[0])) || /^[A-Za-z]:[\\/]/.test(str(a[0])),
    getfullpath: (a) => nodePath.resolve(str(a[0])),
    changeextension: (a) => {
      const s = str(a[0]);
      const ext = isNull(a[1]) ? '' : str(a[1]);
      const base = s.replace(/\.[^./\\]*$/, '');
      return ext === '' ? base : base + (ext.startsWith('.') ? ext : '.' + ext);
    },
    hasextension: (a) => /\.[^./\\]+$/.test(str(a[0])),
    getinvalidfilenamechars: () => ['\0', '/'].map((c) => new PSChar(c.charCodeAt(0))),
  },
};

/** [System.Text.Encoding]::UTF8 and friends: objects with GetBytes/GetString. */
function encoding(name: string, bufferEncoding: BufferEncoding, webName: string): PSObject {
  const o = PSObject.fromEntries(
    [
      ['EncodingName', name],
      ['WebName', webName],
      ['BodyName', webName],
      ['CodePage', webName === 'utf-8' ? 65001 : webName === 'us-ascii' ? 20127 : 1200],
    ],
    [`System.Text.${name.replace(/[^A-Za-z0-9]/g, '')}Encoding`, 'System.Text.Encoding', 'System.Object'],
  );
  o.methods = new Map([
    ['getbytes', { name: 'GetBytes', invoke: (_s: PSObject, a: unknown[]) => [...Buffer.from(a[0] instanceof PSChar ? a[0].toString() : Array.isArray(a[0]) ? a[0].map(str).join('') : str(a[0]), bufferEncoding)] }],
    ['getstring', { name: 'GetString', invoke: (_s: PSObject, a: unknown[]) => Buffer.from(bytesOf(a[0])).toString(bufferEncoding) }],
    ['getbytecount', { name: 'GetByteCount', invoke: (_s: PSObject, a: unknown[]) => Buffer.byteLength(str(a[0]), bufferEncoding) }],
  ]);
  o.toStringHook = () => o.typeNames[0]!;
  return o;
}

const ENCODING: StaticType = {
  properties: {
    utf8: () => encoding('Unicode (UTF-8)', 'utf8', 'utf-8'),
    ascii: () => encoding('US-ASCII', 'ascii', 'us-ascii'),
    unicode: () => encoding('Unicode', 'utf16le', 'utf-16'),
    default: () => encoding('Unicode (UTF-8)', 'utf8', 'utf-8'),
    latin1: () => encoding('Western European (ISO)', 'latin1', 'iso-8859-1'),
  },
  methods: {
    getencoding: (a) => {
      const n = str(a[0]).toLowerCase();
      if (n === 'utf-8' || n === 'utf8' || n === '65001') return encoding('Unicode (UTF-8)', 'utf8', 'utf-8');
      if (n === 'ascii' || n === 'us-ascii') return encoding('US-ASCII', 'ascii', 'us-ascii');
      if (n === 'unicode' || n === 'utf-16') return encoding('Unicode', 'utf16le', 'utf-16');
      return encoding('Western European (ISO)', 'latin1', 'iso-8859-1');
    },
  },
};

const BITCONVERTER: StaticType = {
  methods: {
    tostring: (a) =>
      bytesOf(a[0])
        .map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
        .join('-'),
  },
};

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const WEBUTILITY: StaticType = {
  methods: {
    urlencode: (a) => encodeURIComponent(str(a[0])).replace(/%20/g, '+'),
    urldecode: (a) => decodeURIComponent(str(a[0]).replace(/\+/g, ' ')),
    htmlencode: (a) => str(a[0]).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!),
    htmldecode: (a) =>
      str(a[0]).replace(/&(amp|lt|gt|quot|#39);/g, (m) => Object.entries(HTML_ESCAPES).find(([, v]) => v === m)![0]),
  },
};

/** [System.Text.StringBuilder]::new() */
function stringBuilder(initial = ''): PSObject {
  let text = initial;
  const o = new PSObject(['System.Text.StringBuilder', 'System.Object']);
  o.props.set('length', { kind: 'script', name: 'Length', getter: () => text.length });
  o.props.set('capacity', { kind: 'script', name: 'Capacity', getter: () => Math.max(16, text.length) });
  o.toStringHook = () => text;
  o.methods = new Map([
    ['append', { name: 'Append', invoke: (self: PSObject, a: unknown[]) => ((text += a.map((x) => (x instanceof PSChar ? x.toString() : str(x))).join('')), self) }],
    ['appendline', { name: 'AppendLine', invoke: (self: PSObject, a: unknown[]) => ((text += (a.length ? str(a[0]) : '') + EOL), self) }],
    ['appendformat', { name: 'AppendFormat', invoke: (self: PSObject, a: unknown[]) => ((text += formatOperator(str(a[0]), a.slice(1))), self) }],
    ['insert', { name: 'Insert', invoke: (self: PSObject, a: unknown[]) => ((text = text.slice(0, int(a[0])) + str(a[1]) + text.slice(int(a[0]))), self) }],
    ['remove', { name: 'Remove', invoke: (self: PSObject, a: unknown[]) => ((text = text.slice(0, int(a[0])) + text.slice(int(a[0]) + int(a[1]))), self) }],
    ['replace', { name: 'Replace', invoke: (self: PSObject, a: unknown[]) => ((text = text.split(str(a[0])).join(str(a[1]))), self) }],
    ['clear', { name: 'Clear', invoke: (self: PSObject) => ((text = ''), self) }],
    ['tostring', { name: 'ToString', invoke: () => text }],
  ]);
  return o;
}

function random(seed?: number): PSObject {
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

// ------------------------------------------------------------------------------------------------
// Enums: values are their names (strings), which compare and display as PowerShell's enums do.

const ERROR_CATEGORIES: ErrorCategory[] = [
  'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData', 'InvalidOperation', 'InvalidResult', 'InvalidType',
  'MetadataError', 'NotImplemented', 'NotInstalled', 'ObjectNotFound', 'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied',
  'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError', 'FromStdErr', 'SecurityError', 'ProtocolError', 'ConnectionError',
  'AuthenticationError', 'LimitsExceeded', 'QuotaExceeded', 'NotEnabled',
] as ErrorCategory[];

const ENUMS: Record<string, string[]> = {
  'System.DayOfWeek': ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  'System.StringSplitOptions': ['None', 'RemoveEmptyEntries', 'TrimEntries'],
  'System.MidpointRounding': ['ToEven', 'AwayFromZero', 'ToZero', 'ToNegativeInfinity', 'ToPositiveInfinity'],
  'System.DateTimeKind': ['Unspecified', 'Utc', 'Local'],
  'System.Text.RegularExpressions.RegexOptions': ['None', 'IgnoreCase', 'Multiline', 'ExplicitCapture', 'Compiled', 'Singleline', 'IgnorePatternWhitespace', 'RightToLeft', 'ECMAScript', 'CultureInvariant'],
  'System.ConsoleColor': ['Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray', 'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White'],
  'System.Management.Automation.ActionPreference': ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'],
  'System.StringComparison': ['CurrentCulture', 'CurrentCultureIgnoreCase', 'InvariantCulture', 'InvariantCultureIgnoreCase', 'Ordinal', 'OrdinalIgnoreCase'],
  'System.Management.Automation.ErrorCategory': ERROR_CATEGORIES,
};


/** `[System.Management.Automation.ErrorRecord]::new(exception, errorId, category, target)` */
function newErrorRecord(a: unknown[]): ErrorRecord {
  const ex = a[0];
  const message = ex instanceof PSObject ? str(ex.get('Message')) : ex instanceof ErrorRecord ? ex.message : str(ex);
  const type = ex instanceof PSObject ? (ex.typeNames[0] ?? 'System.Exception') : 'System.Exception';
  const category = (ERROR_CATEGORIES.find((c) => c.toLowerCase() === str(a[2] ?? 'NotSpecified').toLowerCase()) ?? 'NotSpecified') as ErrorCategory;
  return new ErrorRecord(message, a.length > 1 && !isNull(a[1]) ? str(a[1]) : '', category, a[3] ?? null, undefined, undefined, type);
}

// ------------------------------------------------------------------------------------------------
// Constructors: [type]::new(...) and New-Object

function constructor(full: string): StaticMethod | undefined {
  const user = userType(full);
  if (user) return (a) => user.construct(a);
  switch (full) {
    case 'System.Collections.Hashtable':
      return () => new PSHashtable(false);
    case 'System.Collections.Specialized.OrderedDictionary':
      return () => new PSHashtable(true);
    case 'System.Management.Automation.PSObject':
    case 'System.Object':
      return () => new PSObject();
    case 'System.Text.StringBuilder':
      return (a) => stringBuilder(a.length && typeof a[0] === 'string' ? a[0] : '');
    case 'System.Random':
      return (a) => random(a.length ? int(a[0]) : undefined);
    case 'System.DateTime':
      return (a, n) => newDateTime(a, n);
    case 'System.TimeSpan':
      return TIMESPAN.methods!.new!;
    case 'System.Version':
      return VERSION.methods!.new!;
    case 'System.Uri':
      return URI.methods!.new!;
    case 'System.Guid':
      return GUID.methods!.new!;
    case 'System.Text.RegularExpressions.Regex':
      return REGEX.methods!.new!;
    case 'System.String':
      return STRING.methods!.new!;
    case 'System.Diagnostics.Stopwatch':
      return () => stopwatch(false);
    case 'System.DateTimeOffset':
      return DATETIMEOFFSET.methods!.new!;
    case 'System.Globalization.CultureInfo':
      return CULTUREINFO.methods!.new!;
    case 'System.Management.Automation.ErrorRecord':
      return (a) => newErrorRecord(a);
    case 'System.Management.Automation.PSCredential':
      return (a, n) => constructCredential(a, n);
  }
  if (EXCEPTION_TYPES[full]) return exceptionConstructor(full);
  if (isCollectionType(full)) return (a) => constructCollection(full, a);
  return undefined;
}

/** `New-Object TypeName -ArgumentList ...` and `[type]::new(...)`. */
export function constructObject(type: unknown, args: unknown[]): unknown {
  const full = fullNameOf(type);
  const ctor = constructor(full);
  if (!ctor) throw err(`Cannot create an instance of [${full}]: not supported by exosh yet.`, 'NotSupportedByExosh', 'NotImplemented');
  return ctor(args, 'new');
}

// ------------------------------------------------------------------------------------------------
// Lookup

const STATIC_TYPES: Record<string, StaticType> = {
  'System.Math': MATH,
  'System.DateTime': DATETIME,
  'System.TimeSpan': TIMESPAN,
  'System.String': STRING,
  'System.Double': DOUBLE,
  'System.Single': DOUBLE,
  'System.Decimal': DOUBLE,
  'System.Char': CHAR,
  'System.Guid': GUID,
  'System.Text.RegularExpressions.Regex': REGEX,
  'System.Version': VERSION,
  'System.Uri': URI,
  'System.Convert': CONVERT,
  'System.Environment': ENVIRONMENT,
  'System.IO.Path': PATH,
  'System.Text.Encoding': ENCODING,
  'System.BitConverter': BITCONVERTER,
  'System.Net.WebUtility': WEBUTILITY,
  'System.Web.HttpUtility': WEBUTILITY,
  'System.Array': ARRAY,
  'System.IO.File': FILE,
  'System.IO.Directory': DIRECTORY,
  'System.Diagnostics.Stopwatch': STOPWATCH,
  'System.Threading.Thread': THREAD,
  'System.DateTimeOffset': DATETIMEOFFSET,
  'System.Globalization.CultureInfo': CULTUREINFO,
  'System.Management.Automation.WildcardPattern': WILDCARDPATTERN,
  'System.DBNull': { properties: { value: () => null } },
  'System.StringComparer': { properties: Object.fromEntries(Object.entries(STRING_COMPARERS).map(([k, c]) => [k, () => c])) },
  'System.Management.Automation.Internal.AutomationNull': { properties: { value: () => undefined } },
  'System.Boolean': { properties: { truestring: () => 'True', falsestring: () => 'False' }, methods: { parse: (a, n) => CONVERT.methods!.toboolean!(a, n) } },
};
for (const full of Object.keys(INTEGER_RANGES)) STATIC_TYPES[full] = integerType(full);

function fullNameOf(type: unknown): string {
  return type instanceof PSTypeRef ? type.name : requireTypeName(toStringValue(type));
}

/** `[type]::Name` — $null when the type has no such static member (PowerShell outside strict mode). */
export function getStaticMember(type: unknown, memberName: unknown): unknown {
  const full = fullNameOf(type);
  const name = toStringValue(memberName);
  const lname = name.toLowerCase();
  const enumValues = ENUMS[full];
  if (enumValues) {
    const v = enumValues.find((x) => x.toLowerCase() === lname);
    if (v !== undefined) return v;
  }
  const prop = STATIC_TYPES[full]?.properties?.[lname];
  if (prop) return prop();
  return null;
}

/** `[type]::Name(args)` */
export function invokeStaticMethod(type: unknown, memberName: unknown, args: unknown[], hooks?: MethodHooks): unknown {
  const full = fullNameOf(type);
  const name = toStringValue(memberName);
  const lname = name.toLowerCase();
  if (lname === 'new') return constructObject(full, args);
  const m = STATIC_TYPES[full]?.methods?.[lname];
  if (m) return m(args, name, hooks);
  if (lname === 'getvalues' && ENUMS[full]) return ENUMS[full]!.slice();
  if (lname === 'getnames' && ENUMS[full]) return ENUMS[full]!.slice();
  if (lname === 'parse' && ENUMS[full]) {
    const v = ENUMS[full]!.find((x) => x.toLowerCase() === str(args[args.length - 1]).toLowerCase() || x.toLowerCase() === str(args[0]).toLowerCase());
    if (v) return v;
    throw conversionError(args[0], full);
  }
  if (lname === 'equals' && args.length === 2) return toStringValue(args[0]) === toStringValue(args[1]);
  throw methodNotFoundOnType(full, name);
}

/**
 * Lets another room add a static method exosh's value layer cannot implement alone, e.g. the
 * engine's `[scriptblock]::Create(text)` (it needs the compiler).
 */
export function registerStaticMethod(typeFullName: string, methodName: string, fn: (args: unknown[]) => unknown): void {
  const t = (STATIC_TYPES[typeFullName] ??= {});
  (t.methods ??= {})[methodName.toLowerCase()] = (args) => fn(args);
}

/** The names of an enum type's values, or undefined if it is not an enum exosh knows. */
export function enumNames(full: string): string[] | undefined {
  return ENUMS[full];
}

