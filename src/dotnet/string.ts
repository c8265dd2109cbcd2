// [string]'s static members and a string's own methods (Split, Trim, Substring, PadLeft...),
// with .NET's argument checks and error wording.
import { isNull, toArray, toBool } from '../runtime/conversions.js';
import { RuntimeError } from '../runtime/errors.js';
import { formatOperator } from '../runtime/format-operator.js';
import { compareOrdered } from '../runtime/operators.js';
import { PSChar } from '../runtime/values.js';
import { arity, charsOf, int, str, stringComparisonIgnoresCase } from './arguments.js';
import { Method, StaticType } from './member-tables.js';
import { methodException } from './method-errors.js';

export const STRING: StaticType = {
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

// ------------------------------------------------------------------------------------------------
// Strings

function trimChars(s: string, chars: string[] | undefined, start: boolean, end: boolean): string {
  if (!chars || chars.length === 0 || (chars.length === 1 && chars[0] === '')) {
    let r = s;
    if (start) r = r.replace(/^\s+/, '');
    if (end) r = r.replace(/\s+$/, '');
    return r;
  }
  const set = new Set(chars.join(''));
  let a = 0;
  let b = s.length;
  if (start) while (a < b && set.has(s[a]!)) a++;
  if (end) while (b > a && set.has(s[b - 1]!)) b--;
  return s.slice(a, b);
}

function splitString(s: string, args: unknown[]): string[] {
  if (args.length === 0) return s.split(/[\s]/);
  let separators: string[];
  const first = args[0];
  // .Split('ab') splits on each char of the string in Windows PowerShell, but PowerShell 7 (.NET Core)
  // picks the Split(string) overload: the whole string is the separator.
  if (typeof first === 'string') separators = [first];
  else separators = charsOf(first);
  let count = Infinity;
  let removeEmpty = false;
  let trimEntries = false;
  for (const a of args.slice(1)) {
    if (typeof a === 'number') count = a;
    else {
      const o = str(a).toLowerCase();
      if (o.includes('removeemptyentries')) removeEmpty = true;
      if (o.includes('trimentries')) trimEntries = true;
    }
  }
  separators = separators.filter((x) => x !== '');
  let parts: string[];
  if (separators.length === 0) parts = s.split(/\s/);
  else {
    const re = new RegExp(separators.map((x) => x.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|'), 'g');
    parts = s.split(re);
  }
  if (trimEntries) parts = parts.map((p) => p.trim());
  if (removeEmpty) parts = parts.filter((p) => p !== '');
  if (count < parts.length && count > 0) {
    // .NET keeps the rest of the string (with separators) in the last element; rebuild it.
    let idx = 0;
    const out: string[] = [];
    let rest = s;
    const re = separators.length ? new RegExp(separators.map((x) => x.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|')) : /\s/;
    while (out.length < count - 1) {
      const m = re.exec(rest);
      if (!m) break;
      const piece = rest.slice(0, m.index);
      rest = rest.slice(m.index + m[0].length);
      if (removeEmpty && (trimEntries ? piece.trim() : piece) === '') continue;
      out.push(trimEntries ? piece.trim() : piece);
      idx++;
    }
    out.push(trimEntries ? rest.trim() : rest);
    return out;
  }
  return parts;
}

function substringOutOfRange(name: string, count: number, param: string, detail: string): RuntimeError {
  return methodException(name, count, `${detail} (Parameter '${param}')`, 'ArgumentOutOfRangeException');
}

export const STRING_METHODS: Record<string, Method<string>> = {
  toupper: (s) => s.toUpperCase(),
  toupperinvariant: (s) => s.toUpperCase(),
  tolower: (s) => s.toLowerCase(),
  tolowerinvariant: (s) => s.toLowerCase(),
  trim: (s, a) => trimChars(s, a.length ? a.flatMap(charsOf) : undefined, true, true),
  trimstart: (s, a) => trimChars(s, a.length ? a.flatMap(charsOf) : undefined, true, false),
  trimend: (s, a) => trimChars(s, a.length ? a.flatMap(charsOf) : undefined, false, true),
  split: (s, a) => splitString(s, a),
  substring: (s, a, name) => {
    arity(name, a, 1, 2);
    const start = int(a[0]);
    if (start < 0 || start > s.length) throw substringOutOfRange(name, a.length, 'startIndex', start < 0 ? 'StartIndex cannot be less than zero.' : 'startIndex cannot be larger than length of string.');
    if (a.length === 1) return s.slice(start);
    const len = int(a[1]);
    if (len < 0) throw substringOutOfRange(name, a.length, 'length', 'Length cannot be less than zero.');
    if (start + len > s.length) throw substringOutOfRange(name, a.length, 'length', 'Index and length must refer to a location within the string.');
    return s.substr(start, len);
  },
  replace: (s, a, name) => {
    arity(name, a, 2, 3);
    const from = a[0] instanceof PSChar ? a[0].toString() : str(a[0]);
    const to = a[1] instanceof PSChar ? a[1].toString() : isNull(a[1]) ? '' : str(a[1]);
    if (from === '') throw methodException(name, a.length, "The value cannot be an empty string. (Parameter 'oldValue')");
    if (a.length === 3 && (toBool(a[2]) === true || stringComparisonIgnoresCase(a[2]))) {
      return s.replace(new RegExp(from.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), 'gi'), () => to);
    }
    return s.split(from).join(to);
  },
  startswith: (s, a, name) => {
    arity(name, a, 1, 2, 3);
    const p = str(a[0]);
    return a.length > 1 && (stringComparisonIgnoresCase(a[1]) || toBool(a[1]) === true) && typeof a[1] !== 'string' ? s.toLowerCase().startsWith(p.toLowerCase()) : a.length > 1 && stringComparisonIgnoresCase(a[1]) ? s.toLowerCase().startsWith(p.toLowerCase()) : s.startsWith(p);
  },
  endswith: (s, a, name) => {
    arity(name, a, 1, 2, 3);
    const p = str(a[0]);
    return a.length > 1 && stringComparisonIgnoresCase(a[1]) ? s.toLowerCase().endsWith(p.toLowerCase()) : s.endsWith(p);
  },
  contains: (s, a, name) => {
    arity(name, a, 1, 2);
    const p = a[0] instanceof PSChar ? a[0].toString() : str(a[0]);
    return a.length > 1 && stringComparisonIgnoresCase(a[1]) ? s.toLowerCase().includes(p.toLowerCase()) : s.includes(p);
  },
  indexof: (s, a, name) => {
    arity(name, a, 1, 2, 3);
    const p = a[0] instanceof PSChar ? a[0].toString() : str(a[0]);
    const last = a[a.length - 1];
    const ci = a.length > 1 && typeof last === 'string' && stringComparisonIgnoresCase(last);
    const start = a.length > 1 && typeof a[1] === 'number' ? a[1] : 0;
    return ci ? s.toLowerCase().indexOf(p.toLowerCase(), start) : s.indexOf(p, start);
  },
  lastindexof: (s, a, name) => {
    arity(name, a, 1, 2, 3);
    const p = a[0] instanceof PSChar ? a[0].toString() : str(a[0]);
    const start = a.length > 1 && typeof a[1] === 'number' ? a[1] : Infinity;
    return s.lastIndexOf(p, start);
  },
  indexofany: (s, a) => {
    const set = new Set(charsOf(a[0]).join(''));
    for (let i = 0; i < s.length; i++) if (set.has(s[i]!)) return i;
    return -1;
  },
  padleft: (s, a, name) => {
    arity(name, a, 1, 2);
    return s.padStart(int(a[0]), a.length > 1 ? charsOf(a[1])[0]![0] ?? ' ' : ' ');
  },
  padright: (s, a, name) => {
    arity(name, a, 1, 2);
    return s.padEnd(int(a[0]), a.length > 1 ? charsOf(a[1])[0]![0] ?? ' ' : ' ');
  },
  insert: (s, a, name) => {
    arity(name, a, 2);
    const i = int(a[0]);
    if (i < 0 || i > s.length) throw substringOutOfRange(name, 2, 'startIndex', 'Index was out of range. Must be non-negative and less than or equal to the size of the collection.');
    return s.slice(0, i) + str(a[1]) + s.slice(i);
  },
  remove: (s, a, name) => {
    arity(name, a, 1, 2);
    const i = int(a[0]);
    if (i < 0 || i > s.length) throw substringOutOfRange(name, a.length, 'startIndex', 'startIndex must be less than length of string.');
    if (a.length === 1) return s.slice(0, i);
    const n = int(a[1]);
    if (i + n > s.length) throw substringOutOfRange(name, 2, 'count', 'Index and count must refer to a location within the string.');
    return s.slice(0, i) + s.slice(i + n);
  },
  tochararray: (s) => [...s].map((c) => new PSChar(c.charCodeAt(0))),
  equals: (s, a, name) => {
    arity(name, a, 1, 2);
    if (typeof a[0] !== 'string') return false;
    return a.length > 1 && stringComparisonIgnoresCase(a[1]) ? s.toLowerCase() === a[0].toLowerCase() : s === a[0];
  },
  compareto: (s, a) => (isNull(a[0]) ? 1 : compareOrdered(s, a[0], true)),
  normalize: (s) => s.normalize('NFC'),
  isnormalized: (s) => s === s.normalize('NFC'),
  getenumerator: (s) => [...s].map((c) => new PSChar(c.charCodeAt(0))),
  chars: (s, a) => new PSChar(s.charCodeAt(int(a[0]))),
  clone: (s) => s,
  tostring: (s) => s,
};
