// Members and methods of values as PowerShell scripts see them: PSObject properties, hashtable
// keys as properties, the .NET string/array/DateTime/TimeSpan members admins use, member
// enumeration over collections, the `.ForEach()`/`.Where()` magic methods, GetType() and
// `.PSObject`. Static members ([math]::Round, [datetime]::Now...) live in methods-static.ts.
//
// Instance members are tables keyed by lower-cased name so adding one is adding a row.
import { ErrorRecord, RuntimeError } from './errors.js';
import {
  PSChar,
  PSClassObject,
  PSDateTime,
  PSEnumValue,
  PSGuid,
  PSHashtable,
  PSList,
  PSObject,
  PSReference,
  PSRegex,
  PSTimeSpan,
  PSTypeRef,
  PSUri,
  PSVersion,
  ScriptBlockValue,
} from './values.js';
import {
  convertToFull,
  enumerate,
  isCollection,
  isNull,
  scalarToString,
  toArray,
  toBool,
  toNumber,
  toStringValue,
  typeNameOf,
  typeNamesOf,
} from './conversions.js';
import { compareOrdered, valuesEqual } from './operators.js';
import { typeShortName, requireTypeName, isUserTypeName, userType } from './types.js';
import { formatValue } from './format-operator.js';
import {
  addMonths,
  addMs,
  dateParts,
  dateTicks,
  dayOfYear,
  DAY_NAMES,
  formatDate,
  makeDate,
  TICKS_PER_DAY,
  TICKS_PER_HOUR,
  TICKS_PER_MINUTE,
  TICKS_PER_SECOND,
  TICKS_PER_MS,
} from '../dotnet/date-time.js';
import { compileRegex, expandReplacement, matchObject } from './operators-regex.js';
import { collectionProperty, invokeCollectionMethod, isDotNetCollection } from '../dotnet/collections.js';
import { enumNames } from './static-member-access.js';
import { DotNetDictionary } from '../dotnet/dictionary.js';
import { qualifiedFullName, shortTypeName, splitGenericName } from '../dotnet/type-names.js';

/** What methods that run script blocks (`.ForEach({})`, `.Where({})`, `$sb.Invoke()`) need. */
export interface MethodHooks {
  invoke(block: ScriptBlockValue, dollarUnder: unknown, args?: unknown[]): unknown[];
}

// ------------------------------------------------------------------------------------------------
// Errors in PowerShell's wording

function err(message: string, errorId: string, category: ErrorRecord['category'] = 'InvalidOperation', exceptionType?: string, target: unknown = null): RuntimeError {
  return new RuntimeError(new ErrorRecord(message, errorId, category, target, undefined, undefined, exceptionType));
}

export function methodNotFound(target: unknown, name: string): RuntimeError {
  return methodNotFoundOnType(qualifiedFullName(typeNameOf(target), isUserTypeName), name);
}

export function methodNotFoundOnType(fullName: string, name: string): RuntimeError {
  return err(`Method invocation failed because [${fullName}] does not contain a method named '${name}'.`, 'MethodNotFound', 'InvalidOperation', 'System.Management.Automation.RuntimeException');
}

function overloadNotFound(name: string, count: number): RuntimeError {
  return err(`Cannot find an overload for "${name}" and the argument count: "${count}".`, 'MethodCountCouldNotFindBest', 'InvalidOperation', 'System.Management.Automation.MethodException');
}

/** A .NET exception thrown inside a method: `Exception calling "X" with "1" argument(s): "..."`. */
export function methodException(name: string, count: number, inner: string, innerType = 'ArgumentException'): RuntimeError {
  return err(`Exception calling "${name}" with "${count}" argument(s): "${inner}"`, innerType, 'NotSpecified', 'System.Management.Automation.MethodInvocationException');
}

function propertyNotFound(name: string): RuntimeError {
  return err(`The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`, 'PropertyNotFound', 'InvalidOperation');
}

function nullMethod(): RuntimeError {
  return err('You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull', 'InvalidOperation');
}

// ------------------------------------------------------------------------------------------------
// Argument helpers

function str(v: unknown): string {
  return toStringValue(v);
}

function int(v: unknown): number {
  const n = toNumber(v);
  return Math.trunc(n);
}

function arity(name: string, args: unknown[], ...allowed: number[]): void {
  if (!allowed.includes(args.length)) throw overloadNotFound(name, args.length);
}

/** A char or string argument as a string (Split/Trim accept char arrays too). */
function charsOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => (x instanceof PSChar ? x.toString() : str(x)));
  if (v instanceof PSChar) return [v.toString()];
  return [str(v)];
}

function stringComparisonIgnoresCase(v: unknown): boolean {
  const s = str(v).toLowerCase();
  return s.endsWith('ignorecase') || s === 'true';
}

// ------------------------------------------------------------------------------------------------
// Strings

type Method<T> = (self: T, args: unknown[], name: string, hooks?: MethodHooks) => unknown;

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

const STRING_METHODS: Record<string, Method<string>> = {
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

// ------------------------------------------------------------------------------------------------
// DateTime and TimeSpan

function dateParts2(d: PSDateTime) {
  return dateParts(d);
}

const DATE_PROPERTIES: Record<string, (d: PSDateTime) => unknown> = {
  year: (d) => dateParts2(d).year,
  month: (d) => dateParts2(d).month,
  day: (d) => dateParts2(d).day,
  hour: (d) => dateParts2(d).hour,
  minute: (d) => dateParts2(d).minute,
  second: (d) => dateParts2(d).second,
  millisecond: (d) => dateParts2(d).millisecond,
  microsecond: () => 0,
  nanosecond: () => 0,
  dayofweek: (d) => DAY_NAMES[dateParts2(d).dayOfWeek],
  dayofyear: (d) => dayOfYear(dateParts2(d)),
  date: (d) => {
    const p = dateParts2(d);
    return makeDate(p.year, p.month, p.day, 0, 0, 0, 0, d.kind);
  },
  timeofday: (d) => {
    const p = dateParts2(d);
    return new PSTimeSpan(p.hour * TICKS_PER_HOUR + p.minute * TICKS_PER_MINUTE + p.second * TICKS_PER_SECOND + p.millisecond * TICKS_PER_MS);
  },
  ticks: (d) => dateTicks(d),
  kind: (d) => d.kind,
  datetime: (d) => formatDate(d, 'dddd, MMMM d, yyyy h:mm:ss tt'),
};

function spanArg(v: unknown): PSTimeSpan {
  return convertToFull(v, 'System.TimeSpan') as PSTimeSpan;
}

const DATE_METHODS: Record<string, Method<PSDateTime>> = {
  adddays: (d, a) => addMs(d, toNumber(a[0]) * 86_400_000),
  addhours: (d, a) => addMs(d, toNumber(a[0]) * 3_600_000),
  addminutes: (d, a) => addMs(d, toNumber(a[0]) * 60_000),
  addseconds: (d, a) => addMs(d, toNumber(a[0]) * 1000),
  addmilliseconds: (d, a) => addMs(d, toNumber(a[0])),
  addticks: (d, a) => addMs(d, toNumber(a[0]) / TICKS_PER_MS),
  addmonths: (d, a) => addMonths(d, int(a[0])),
  addyears: (d, a) => addMonths(d, int(a[0]) * 12),
  add: (d, a) => addMs(d, spanArg(a[0]).ticks / TICKS_PER_MS),
  subtract: (d, a) => (a[0] instanceof PSDateTime ? new PSTimeSpan(dateTicks(d) - dateTicks(a[0])) : addMs(d, -spanArg(a[0]).ticks / TICKS_PER_MS)),
  tostring: (d, a) => (a.length === 0 || isNull(a[0]) ? formatDate(d, 'G') : formatValue(d, str(a[0]))),
  toshortdatestring: (d) => formatDate(d, 'd'),
  tolongdatestring: (d) => formatDate(d, 'D'),
  toshorttimestring: (d) => formatDate(d, 't'),
  tolongtimestring: (d) => formatDate(d, 'T'),
  touniversaltime: (d) => (d.kind === 'Utc' ? d : new PSDateTime(d.ms, 'Utc')),
  // .NET treats an Unspecified time as UTC here (and as local in ToUniversalTime).
  tolocaltime: (d) => (d.kind === 'Utc' ? new PSDateTime(d.ms, 'Local') : d.kind === 'Unspecified' ? new PSDateTime(dateTicks(d) / TICKS_PER_MS - 62_135_596_800_000, 'Local') : d),
  compareto: (d, a) => compareOrdered(d, a[0]),
  equals: (d, a) => valuesEqual(d, a[0]),
  isdaylightsavingtime: (d) => {
    const j = new Date(d.ms);
    const jan = new Date(j.getFullYear(), 0, 1).getTimezoneOffset();
    const jul = new Date(j.getFullYear(), 6, 1).getTimezoneOffset();
    return d.kind !== 'Utc' && j.getTimezoneOffset() < Math.max(jan, jul);
  },
  tofiletime: (d) => (d.ms + 11_644_473_600_000) * TICKS_PER_MS,
  tofiletimeutc: (d) => (d.ms + 11_644_473_600_000) * TICKS_PER_MS,
  tooadate: (d) => (dateTicks(d) / TICKS_PER_DAY) - 693593,
  gethashcode: (d) => dateTicks(d) % 2147483647,
};

const SPAN_PROPERTIES: Record<string, (t: PSTimeSpan) => unknown> = {
  days: (t) => Math.trunc(t.ticks / TICKS_PER_DAY),
  hours: (t) => Math.trunc((t.ticks % TICKS_PER_DAY) / TICKS_PER_HOUR),
  minutes: (t) => Math.trunc((t.ticks % TICKS_PER_HOUR) / TICKS_PER_MINUTE),
  seconds: (t) => Math.trunc((t.ticks % TICKS_PER_MINUTE) / TICKS_PER_SECOND),
  milliseconds: (t) => Math.trunc((t.ticks % TICKS_PER_SECOND) / TICKS_PER_MS),
  microseconds: (t) => Math.trunc((t.ticks % TICKS_PER_MS) / 10),
  nanoseconds: (t) => (t.ticks % 10) * 100,
  ticks: (t) => t.ticks,
  totaldays: (t) => t.ticks / TICKS_PER_DAY,
  totalhours: (t) => t.ticks / TICKS_PER_HOUR,
  totalminutes: (t) => t.ticks / TICKS_PER_MINUTE,
  totalseconds: (t) => t.ticks / TICKS_PER_SECOND,
  totalmilliseconds: (t) => t.ticks / TICKS_PER_MS,
  totalmicroseconds: (t) => t.ticks / 10,
};

const SPAN_METHODS: Record<string, Method<PSTimeSpan>> = {
  add: (t, a) => new PSTimeSpan(t.ticks + spanArg(a[0]).ticks),
  subtract: (t, a) => new PSTimeSpan(t.ticks - spanArg(a[0]).ticks),
  negate: (t) => new PSTimeSpan(-t.ticks),
  duration: (t) => new PSTimeSpan(Math.abs(t.ticks)),
  tostring: (t, a) => formatValue(t, a.length ? str(a[0]) : undefined),
  compareto: (t, a) => compareOrdered(t, a[0]),
  equals: (t, a) => valuesEqual(t, a[0]),
  multiply: (t, a) => new PSTimeSpan(Math.round(t.ticks * toNumber(a[0]))),
  divide: (t, a) => (a[0] instanceof PSTimeSpan ? t.ticks / a[0].ticks : new PSTimeSpan(Math.round(t.ticks / toNumber(a[0])))),
};

// ------------------------------------------------------------------------------------------------
// Collections

/** `.ForEach(...)`: a script block, a property/method name (with args), or a type to convert to. */
function magicForEach(items: unknown[], args: unknown[], hooks?: MethodHooks): unknown[] {
  const first = args[0];
  const out: unknown[] = [];
  if (first instanceof ScriptBlockValue) {
    if (!hooks) throw err('Script block methods need the engine.', 'NotSupported');
    for (const item of items) out.push(...hooks.invoke(first, item, args.slice(1)));
    return out;
  }
  if (first instanceof PSTypeRef) {
    for (const item of items) out.push(convertToFull(item, first.name));
    return out;
  }
  const name = str(first);
  for (const item of items) {
    if (args.length > 1) {
      const r = invokeMethod(item, name, args.slice(1), hooks);
      if (r !== undefined) out.push(r);
    } else {
      const r = getMember(item, name);
      const e = enumerate(r);
      if (e) out.push(...e);
      else out.push(r);
    }
  }
  return out;
}

/** `.Where({ }, mode, count)` with PowerShell's modes. */
function magicWhere(items: unknown[], args: unknown[], hooks?: MethodHooks): unknown {
  const block = args[0];
  if (!(block instanceof ScriptBlockValue)) throw overloadNotFound('Where', args.length);
  if (!hooks) throw err('Script block methods need the engine.', 'NotSupported');
  const mode = args.length > 1 ? str(args[1]).toLowerCase() : 'default';
  const count = args.length > 2 ? int(args[2]) : 0;
  const test = (x: unknown) => toBool(hooks.invoke(block, x));
  switch (mode) {
    case 'default': {
      const out: unknown[] = [];
      for (const x of items) {
        if (test(x)) {
          out.push(x);
          if (count > 0 && out.length >= count) break;
        }
      }
      return out;
    }
    case 'first': {
      const out: unknown[] = [];
      for (const x of items) if (test(x)) {
        out.push(x);
        if (out.length >= Math.max(count, 1)) break;
      }
      return out;
    }
    case 'last': {
      const hits = items.filter(test);
      return hits.slice(-Math.max(count, 1));
    }
    case 'skipuntil': {
      const i = items.findIndex(test);
      const rest = i < 0 ? [] : items.slice(i);
      return count > 0 ? rest.slice(0, count) : rest;
    }
    case 'until': {
      const i = items.findIndex(test);
      const head = i < 0 ? items : items.slice(0, i);
      return count > 0 ? head.slice(0, count) : head;
    }
    case 'split': {
      const yes: unknown[] = [];
      const no: unknown[] = [];
      for (const x of items) {
        if ((count === 0 || yes.length < count) && test(x)) yes.push(x);
        else no.push(x);
      }
      return [yes, no];
    }
    default:
      throw err(`Cannot convert value "${str(args[1])}" to type "System.Management.Automation.WhereOperatorSelectionMode". Error: "Unable to match the identifier name ${str(args[1])} to a valid enumerator name. Specify one of the following enumerator names and try again: Default, First, Last, SkipUntil, Until, Split"`, 'InvalidCastFromStringToEnum', 'InvalidArgument');
  }
}

function netEquals(a: unknown, b: unknown): boolean {
  // .NET Equals: same type and value, strings case-sensitive, no conversion.
  if (a === b) return true;
  if (typeof a !== typeof b) return false;
  if (a instanceof PSChar && b instanceof PSChar) return a.code === b.code;
  if (a instanceof PSDateTime && b instanceof PSDateTime) return dateTicks(a) === dateTicks(b);
  if (a instanceof PSTimeSpan && b instanceof PSTimeSpan) return a.ticks === b.ticks;
  if (a instanceof PSGuid && b instanceof PSGuid) return a.value === b.value;
  return false;
}

const ARRAY_METHODS: Record<string, Method<unknown[]>> = {
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

function dictionaryEntry(k: unknown, v: unknown): PSObject {
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

const HASHTABLE_METHODS: Record<string, Method<PSHashtable>> = {
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

// ------------------------------------------------------------------------------------------------
// Other value kinds

const NUMBER_METHODS: Record<string, Method<number>> = {
  tostring: (n, a) => (a.length === 0 || isNull(a[0]) ? scalarToString(n, false) : formatValue(n, str(a[0]))),
  compareto: (n, a) => compareOrdered(n, a[0]),
  equals: (n, a) => typeof a[0] === 'number' && a[0] === n,
  gethashcode: (n) => n | 0,
  gettypecode: (n) => typeShortName(typeNameOf(n)),
};

const CHAR_METHODS: Record<string, Method<PSChar>> = {
  tostring: (c) => c.toString(),
  equals: (c, a) => a[0] instanceof PSChar && a[0].code === c.code,
  compareto: (c, a) => compareOrdered(c, a[0], true),
  gethashcode: (c) => c.code,
};

const REGEX_METHODS: Record<string, Method<PSRegex>> = {
  ismatch: (r, a) => regexOf(r).test(str(a[0])),
  match: (r, a) => {
    const re = regexOf(r);
    re.lastIndex = a.length > 1 ? int(a[1]) : 0;
    const m = re.exec(str(a[0]));
    re.lastIndex = 0;
    return m ? matchObject(m) : failedMatch();
  },
  matches: (r, a) => {
    const re = regexOf(r);
    const out = [...str(a[0]).matchAll(re)].map((m) => matchObject(m as RegExpExecArray));
    re.lastIndex = 0;
    return out;
  },
  replace: (r, a, _n, hooks) => regexReplace(regexOf(r), str(a[0]), a[1], hooks),
  split: (r, a) => str(a[0]).split(regexOf(r)),
  tostring: (r) => r.pattern,
  getgroupnames: (r) => {
    const names = ['0'];
    let i = 0;
    for (const m of r.pattern.matchAll(/\((?!\?)|\(\?<([A-Za-z_]\w*)>/g)) names.push(m[1] ?? String(++i));
    return names;
  },
};

export function regexOf(r: PSRegex): RegExp {
  return compileRegex(r.pattern, { ignoreCase: r.ignoreCase || r.options.some((o) => o.toLowerCase() === 'ignorecase'), multiline: r.options.some((o) => o.toLowerCase() === 'multiline'), singleline: r.options.some((o) => o.toLowerCase() === 'singleline') });
}

export function failedMatch(): PSObject {
  return PSObject.fromEntries(
    [
      ['Groups', []],
      ['Success', false],
      ['Name', '0'],
      ['Captures', []],
      ['Index', 0],
      ['Length', 0],
      ['Value', ''],
    ],
    ['System.Text.RegularExpressions.Match', 'System.Object'],
  );
}

export function regexReplace(re: RegExp, input: string, replacement: unknown, hooks?: MethodHooks): string {
  const out = input.replace(re, (...args: unknown[]) => {
    const hasGroups = typeof args[args.length - 1] === 'object' && args[args.length - 1] !== null;
    const offsetIndex = hasGroups ? args.length - 3 : args.length - 2;
    const m = args.slice(0, offsetIndex) as unknown as RegExpExecArray;
    m.index = args[offsetIndex] as number;
    m.input = input;
    if (hasGroups) m.groups = args[args.length - 1] as Record<string, string>;
    if (replacement instanceof ScriptBlockValue) {
      if (!hooks) throw err('Script block methods need the engine.', 'NotSupported');
      return hooks.invoke(replacement, matchObject(m), [matchObject(m)]).map(str).join('');
    }
    return expandReplacement(str(replacement), m);
  });
  re.lastIndex = 0;
  return out;
}

const GUID_METHODS: Record<string, Method<PSGuid>> = {
  tostring: (g, a) => {
    const f = a.length ? str(a[0]) : 'D';
    switch (f.toUpperCase()) {
      case 'N':
        return g.value.replace(/-/g, '');
      case 'B':
        return `{${g.value}}`;
      case 'P':
        return `(${g.value})`;
      default:
        return g.value;
    }
  },
  equals: (g, a) => valuesEqual(g, a[0]),
};

// ------------------------------------------------------------------------------------------------
// .PSObject, GetType()

const psObjectViews = new WeakMap<PSObject, unknown>();

/** `$x.PSObject`: Properties (Name/Value/MemberType/TypeNameOfValue), TypeNames, BaseObject. */
function psObjectView(v: unknown): PSObject {
  const props: PSObject[] = [];
  for (const [name, value] of propertyEntries(v)) {
    props.push(
      PSObject.fromEntries(
        [
          ['Value', value],
          ['MemberType', v instanceof PSObject ? 'NoteProperty' : 'Property'],
          ['IsSettable', true],
          ['IsGettable', true],
          ['TypeNameOfValue', isNull(value) ? 'System.Object' : typeNameOf(value)],
          ['Name', name],
          ['IsInstance', true],
        ],
        [v instanceof PSObject ? 'System.Management.Automation.PSNoteProperty' : 'System.Management.Automation.PSProperty', 'System.Management.Automation.PSPropertyInfo', 'System.Management.Automation.PSMemberInfo', 'System.Object'],
      ),
    );
  }
  for (const p of props) p.toStringHook = (self) => `${typeShortName(str(self.get('TypeNameOfValue')))} ${str(self.get('Name'))}=${str(self.get('Value'))}`;
  const view = PSObject.fromEntries(
    [
      ['BaseObject', v],
      ['ImmediateBaseObject', v],
      ['Properties', props],
      ['Members', props],
      ['TypeNames', typeNamesOf(v)],
    ],
    ['System.Management.Automation.PSObject', 'System.Object'],
  );
  psObjectViews.set(view, v);
  view.methods = new Map([
    [
      'copy',
      {
        name: 'Copy',
        invoke: () => copyValue(v),
        definition: 'psobject Copy()',
      },
    ],
  ]);
  return view;
}

function copyValue(v: unknown): unknown {
  if (v instanceof PSObject) {
    const c = new PSObject([...v.typeNames]);
    for (const [k, p] of v.props) c.props.set(k, { ...p });
    c.toStringHook = v.toStringHook;
    if (v.methods) c.methods = new Map(v.methods);
    return c;
  }
  if (v instanceof PSHashtable) return HASHTABLE_METHODS.clone!(v, [], 'Clone');
  if (Array.isArray(v)) return v.slice();
  return v;
}

/** `x.GetType()`: a PSTypeRef whose Name/FullName members work. */
export function getTypeOf(v: unknown): PSTypeRef {
  let full = typeNameOf(v);
  // Select-Object's and deserialised objects are property bags whatever their type names say.
  if (full.startsWith('Selected.')) full = 'System.Management.Automation.PSCustomObject';
  else if (full.startsWith('Deserialized.')) full = 'System.Management.Automation.PSObject';
  return new PSTypeRef(full, full);
}

/**
 * The properties PowerShell shows for a value (Format-List *, Select-Object *, ConvertTo-Json),
 * in order. For .NET-like values these are the main .NET properties.
 */
export function propertyEntries(v: unknown): [string, unknown][] {
  if (v instanceof PSObject) return v.names().map((n) => [n, v.get(n)]);
  if (v instanceof PSHashtable)
    return [
      ['IsReadOnly', false],
      ['IsFixedSize', false],
      ['IsSynchronized', false],
      ['Keys', v.keys()],
      ['Values', v.values()],
      ['SyncRoot', v],
      ['Count', v.size],
    ];
  if (typeof v === 'string') return [['Length', v.length]];
  if (v instanceof PSDateTime) {
    return ['DisplayHint', 'DateTime', 'Date', 'Day', 'DayOfWeek', 'DayOfYear', 'Hour', 'Kind', 'Millisecond', 'Microsecond', 'Nanosecond', 'Minute', 'Month', 'Second', 'Ticks', 'TimeOfDay', 'Year'].map((n) => [n, n === 'DisplayHint' ? 'DateTime' : getMember(v, n)]);
  }
  if (v instanceof PSTimeSpan) {
    return ['Ticks', 'Days', 'Hours', 'Milliseconds', 'Microseconds', 'Nanoseconds', 'Minutes', 'Seconds', 'TotalDays', 'TotalHours', 'TotalMilliseconds', 'TotalMicroseconds', 'TotalNanoseconds', 'TotalMinutes', 'TotalSeconds'].map((n) => [n, n === 'TotalNanoseconds' ? v.ticks * 100 : getMember(v, n)]);
  }
  if (v instanceof PSVersion) return [['Major', v.major], ['Minor', v.minor], ['Build', v.build], ['Revision', v.revision], ['MajorRevision', v.revision < 0 ? -1 : v.revision >> 16], ['MinorRevision', v.revision < 0 ? -1 : v.revision & 0xffff]];
  if (v instanceof PSGuid) return [['Guid', v.value]];
  if (v instanceof PSTypeRef) return [['Name', typeShortName(v.name)], ['FullName', v.name], ['Namespace', v.name.includes('.') ? v.name.slice(0, v.name.lastIndexOf('.')) : '']];
  if (v instanceof ErrorRecord) return ['Exception', 'TargetObject', 'CategoryInfo', 'FullyQualifiedErrorId', 'ErrorDetails', 'InvocationInfo', 'ScriptStackTrace', 'PipelineIterationInfo'].map((n) => [n, getMember(v, n)]);
  if (v instanceof PSUri) return ['AbsolutePath', 'AbsoluteUri', 'LocalPath', 'Authority', 'Host', 'Port', 'Query', 'Fragment', 'Scheme', 'OriginalString', 'Segments'].map((n) => [n, getMember(v, n)]);
  if (v instanceof PSList) return [['Capacity', v.items.length], ['Count', v.items.length], ['IsFixedSize', false], ['IsReadOnly', false], ['IsSynchronized', false]];
  if (isDotNetCollection(v)) return [['Count', collectionProperty(v, 'count')]];
  return [];
}

function typeRefMember(t: PSTypeRef, name: string): unknown {
  switch (name) {
    case 'name':
      return shortTypeName(t.name);
    case 'fullname':
      return qualifiedFullName(t.name, isUserTypeName);
    case 'namespace': {
      const base = splitGenericName(t.name)?.base ?? t.name;
      return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : '';
    }
    case 'basetype': {
      if (t.name.endsWith('[]')) return new PSTypeRef('System.Array');
      const user = userType(t.name);
      if (user) return new PSTypeRef(user.baseName ?? 'System.Object');
      if (['System.Int32', 'System.Int64', 'System.Double', 'System.Boolean', 'System.DateTime', 'System.TimeSpan', 'System.Char', 'System.Guid', 'System.Decimal'].includes(t.name)) return new PSTypeRef('System.ValueType');
      if (t.name === 'System.Object') return null;
      return new PSTypeRef('System.Object');
    }
    case 'isarray':
      return t.name.endsWith('[]');
    case 'ispublic':
      return true;
    case 'isserializable':
      return true;
    case 'isenum':
      if (userType(t.name)) return userType(t.name)!.kind === 'enum';
      return ['System.DayOfWeek', 'System.DateTimeKind', 'System.ConsoleColor', 'System.StringSplitOptions'].includes(t.name);
    case 'isvaluetype':
      return typeRefMember(t, 'basetype') instanceof PSTypeRef && (typeRefMember(t, 'basetype') as PSTypeRef).name === 'System.ValueType';
    case 'assemblyqualifiedname':
      return `${t.name}, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e`;
    case 'underlyingsystemtype':
      return t;
    default:
      return undefined;
  }
}

function errorRecordMember(e: ErrorRecord, name: string): unknown {
  switch (name) {
    case 'exception': {
      // A script's `throw [ArgumentException]::new('m', 'p')` keeps its own object (ParamName...).
      if (e.exception !== undefined && e.exception !== null) return e.exception;
      const ex = PSObject.fromEntries(
        [
          ['Message', e.message],
          ['Data', new PSHashtable()],
          ['InnerException', null],
          ['HResult', -2146233087],
          ['Source', null],
          ['StackTrace', null],
        ],
        [e.exceptionType, 'System.Exception', 'System.Object'],
      );
      ex.toStringHook = () => `${e.exceptionType}: ${e.message}`;
      return ex;
    }
    case 'targetobject':
      return e.targetObject;
    case 'fullyqualifiederrorid':
      return e.commandName && !e.errorId.includes(',') ? `${e.errorId},${e.commandName}` : e.errorId;
    case 'categoryinfo': {
      const c = PSObject.fromEntries(
        [
          ['Category', e.category],
          ['Activity', e.commandName ?? ''],
          ['Reason', typeShortName(e.exceptionType)],
          ['TargetName', isNull(e.targetObject) ? '' : str(e.targetObject)],
          ['TargetType', isNull(e.targetObject) ? '' : typeShortName(typeNameOf(e.targetObject))],
        ],
        ['System.Management.Automation.ErrorCategoryInfo', 'System.Object'],
      );
      c.toStringHook = (s) => `${str(s.get('Category'))}: (${str(s.get('TargetName'))}:${str(s.get('TargetType'))}) [${str(s.get('Activity'))}], ${str(s.get('Reason'))}`;
      return c;
    }
    case 'errordetails':
      return null;
    case 'invocationinfo':
      return PSObject.fromEntries(
        [
          ['MyCommand', e.commandName ?? null],
          ['ScriptLineNumber', e.position?.line ?? 0],
          ['OffsetInLine', e.position?.column ?? 0],
          ['ScriptName', e.position?.file ?? ''],
          ['Line', e.position?.lineText ?? ''],
          ['PositionMessage', ''],
          ['InvocationName', e.commandName ?? ''],
        ],
        ['System.Management.Automation.InvocationInfo', 'System.Object'],
      );
    case 'scriptstacktrace':
      return '';
    case 'pipelineiterationinfo':
      return [];
    default:
      return undefined;
  }
}

function uriMember(u: PSUri, name: string): unknown {
  const url = u.url;
  switch (name) {
    case 'absoluteuri':
      return url.href;
    case 'absolutepath':
      return url.pathname;
    case 'localpath':
      return decodeURIComponent(url.pathname);
    case 'host':
    case 'dnssafehost':
      return url.hostname;
    case 'port':
      return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : url.protocol === 'http:' ? 80 : -1;
    case 'scheme':
      return url.protocol.replace(/:$/, '');
    case 'query':
      return url.search;
    case 'fragment':
      return url.hash;
    case 'authority':
      return url.host;
    case 'pathandquery':
      return url.pathname + url.search;
    case 'originalstring':
      return u.original;
    case 'segments': {
      const parts = url.pathname.split('/');
      return parts.slice(0, -1).map((p) => p + '/').concat(parts[parts.length - 1] ? [parts[parts.length - 1]!] : []).filter((p, i) => i === 0 || p !== '');
    }
    case 'isabsoluteuri':
      return true;
    default:
      return undefined;
  }
}

// ------------------------------------------------------------------------------------------------
// getMember / setMember / invokeMethod

/** Members every value answers besides its own. */
function universalMember(v: unknown, lname: string): unknown {
  if (lname === 'psobject') return psObjectView(v);
  if (lname === 'pstypenames') return typeNamesOf(v);
  if (lname === 'count' || lname === 'length') return 1;
  return undefined;
}

/** Is `lname` a member (not member-enumerated) of an array? */
const ARRAY_PROPERTIES: Record<string, (a: unknown[]) => unknown> = {
  count: (a) => a.length,
  length: (a) => a.length,
  longlength: (a) => a.length,
  rank: () => 1,
  isreadonly: () => false,
  isfixedsize: () => true,
  issynchronized: () => false,
  syncroot: (a) => a,
};

/**
 * `$v.Name`: a property (PSObject note/script/alias property, hashtable key, .NET property), or
 * member enumeration over a collection (each element's value, collections flattened, $nulls
 * left out). $null when there is no such member, as PowerShell does outside strict mode.
 */
export function getMember(v: unknown, memberName: unknown): unknown {
  if (v === null || v === undefined) {
    // `$null.Count` is 0 in PowerShell (no items), as is `$null.Length`; any other member is $null.
    if (typeof memberName === 'string' && /^(count|length)$/i.test(memberName)) return 0;
    return null;
  }
  const name = typeof memberName === 'string' ? memberName : toStringValue(memberName);
  const lname = name.toLowerCase();
  if (v instanceof PSObject) {
    const p = v.props.get(lname);
    if (p !== undefined) return p.kind === 'note' ? p.value : v.get(name);
    if (v instanceof PSClassObject) {
      const h = v.hidden.get(lname);
      if (h) return h.value;
    }
    if (v instanceof PSEnumValue && lname === 'value__') return v.value;
    return universalMember(v, lname) ?? null;
  }
  if (typeof v === 'string') {
    if (lname === 'length') return v.length;
    return universalMember(v, lname) ?? null;
  }
  if (Array.isArray(v)) {
    const prop = ARRAY_PROPERTIES[lname];
    if (prop) return prop(v);
    if (lname === 'psobject' || lname === 'pstypenames') return universalMember(v, lname);
    return memberEnumerate(v, name);
  }
  if (v instanceof DotNetDictionary) {
    if (v.has(name)) return v.get(name);
    const p = collectionProperty(v, lname);
    if (p !== undefined) return p;
    return universalMember(v, lname) ?? null;
  }
  if (v instanceof PSHashtable) {
    if (v.has(name)) return v.get(name);
    switch (lname) {
      case 'keys':
        return v.keys();
      case 'values':
        return v.values();
      case 'count':
        return v.size;
      case 'isreadonly':
      case 'isfixedsize':
      case 'issynchronized':
        return false;
      case 'syncroot':
        return v;
    }
    return universalMember(v, lname) ?? null;
  }
  if (isDotNetCollection(v)) {
    const p = collectionProperty(v, lname);
    if (p !== undefined) return p;
    if (lname === 'psobject' || lname === 'pstypenames') return universalMember(v, lname);
    // Member enumeration over the elements, as for arrays.
    return memberEnumerate(v as Iterable<unknown>, name);
  }
  if (v instanceof PSDateTime) {
    const f = DATE_PROPERTIES[lname];
    if (f) return f(v);
  } else if (v instanceof PSTimeSpan) {
    const f = SPAN_PROPERTIES[lname];
    if (f) return f(v);
  } else if (v instanceof PSTypeRef) {
    const r = typeRefMember(v, lname);
    if (r !== undefined) return r;
  } else if (v instanceof ErrorRecord) {
    const r = errorRecordMember(v, lname);
    if (r !== undefined) return r;
  } else if (v instanceof PSVersion) {
    const r = propertyEntries(v).find(([n]) => n.toLowerCase() === lname);
    if (r) return r[1];
  } else if (v instanceof PSGuid) {
    if (lname === 'guid') return v.value;
  } else if (v instanceof PSUri) {
    const r = uriMember(v, lname);
    if (r !== undefined) return r;
  } else if (v instanceof PSRegex) {
    if (lname === 'options') return v.ignoreCase ? 'IgnoreCase' : v.options.join(', ') || 'None';
    if (lname === 'righttoleft') return false;
  } else if (v instanceof PSReference) {
    if (lname === 'value') return v.get();
  } else if (v instanceof ScriptBlockValue) {
    if (lname === 'ast') return null;
    if (lname === 'isfilter') return false;
  } else if (v instanceof PSChar) {
    if (lname === 'length') return 1;
  } else if (v instanceof Error) {
    if (lname === 'message') return v.message;
  }
  return universalMember(v, lname) ?? null;
}

/** `$collection.Name`: each element's Name, flattened one level, nulls left out. */
export function memberEnumerate(items: Iterable<unknown>, name: string): unknown {
  const out: unknown[] = [];
  for (const item of items) {
    if (isNull(item)) continue;
    const r = getMember(item, name);
    if (isNull(r)) continue;
    const e = typeof r === 'string' ? undefined : enumerate(r);
    if (e) for (const x of e) out.push(x);
    else out.push(r);
  }
  if (out.length === 0) return null;
  if (out.length === 1) return out[0];
  return out;
}

/** `$v.Name = value` */
export function setMember(v: unknown, memberName: unknown, value: unknown): void {
  const name = typeof memberName === 'string' ? memberName : toStringValue(memberName);
  if (v instanceof PSClassObject) {
    setClassProperty(v, name, value);
    return;
  }
  if (v instanceof PSObject) {
    const p = v.props.get(name.toLowerCase());
    if (p === undefined) throw propertyNotFound(name);
    if (p.kind === 'script') throw err(`'${p.name}' is a ReadOnly property.`, 'PropertyAssignmentException', 'InvalidOperation');
    if (p.kind === 'alias') {
      setMember(v, p.target, value);
      return;
    }
    p.value = value;
    return;
  }
  if (v instanceof PSHashtable) {
    v.set(name, value);
    return;
  }
  if (v instanceof PSReference && name.toLowerCase() === 'value') {
    v.set(value);
    return;
  }
  if (isNull(v)) throw err(`The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`, 'PropertyNotFound', 'InvalidOperation');
  // Member enumeration does not apply to assignment: `$array.Name = 'x'` is an error in PowerShell.
  const lname = name.toLowerCase();
  if (v instanceof PSDateTime || v instanceof PSTimeSpan || typeof v === 'string' || typeof v === 'number') {
    const known = getMember(v, name);
    if (known !== null && lname !== 'psobject') throw err(`'${name}' is a ReadOnly property.`, 'PropertyAssignmentException', 'InvalidOperation');
  }
  throw propertyNotFound(name);
}

/** The members of System.Enum a script calls on a value of its own enum. */
function enumMethod(v: PSEnumValue, lname: string, args: unknown[]): unknown {
  switch (lname) {
    case 'hasflag': {
      const flag = args[0] instanceof PSEnumValue ? args[0].value : toNumber(args[0]);
      return (v.value & flag) === flag;
    }
    case 'tostring': {
      const format = args.length > 0 ? str(args[0]).toUpperCase() : 'G';
      if (format === 'D') return String(v.value);
      if (format === 'X') return (v.value >>> 0).toString(16).toUpperCase().padStart(8, '0');
      return v.toStringHook!(v);
    }
    case 'gethashcode':
      return v.value;
    case 'compareto':
      return Math.sign(v.value - (args[0] instanceof PSEnumValue ? args[0].value : toNumber(args[0])));
    case 'equals':
      return args[0] instanceof PSEnumValue && args[0].enumType === v.enumType && args[0].value === v.value;
  }
  return undefined;
}

/** A property of a class instance: typed properties convert, as PowerShell's do ("Exception setting..."). */
function setClassProperty(v: PSClassObject, name: string, value: unknown): void {
  const lname = name.toLowerCase();
  const p = v.props.get(lname) ?? v.hidden.get(lname);
  if (p === undefined) throw propertyNotFound(name);
  if (p.kind !== 'note') throw err(`'${p.name}' is a ReadOnly property.`, 'PropertyAssignmentException', 'InvalidOperation');
  const convert = v.userClass.propertyConverter(lname);
  if (!convert) {
    p.value = value;
    return;
  }
  try {
    p.value = convert(value);
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    throw err(`Exception setting "${p.name}": "${e.record.message}"`, 'ExceptionWhenSetting', 'NotSpecified', 'System.Management.Automation.SetValueInvocationException');
  }
}

/** `$v.Name(args)`. `hooks` runs script blocks for `.ForEach()`, `.Where()`, `$sb.Invoke()`. */
export function invokeMethod(v: unknown, memberName: unknown, args: unknown[], hooks?: MethodHooks): unknown {
  const name = typeof memberName === 'string' ? memberName : toStringValue(memberName);
  const lname = name.toLowerCase();
  if (v === null || v === undefined) {
    if (lname === 'foreach' || lname === 'where') return [];
    throw nullMethod();
  }
  // List`1.ForEach(Action<T>) is a real method and wins over the magic one.
  if (lname === 'foreach' && !(v instanceof PSList && v.kind === 'List')) return magicForEach(toArray(v), args, hooks);
  if (lname === 'where') return magicWhere(toArray(v), args, hooks);
  if (lname === 'gettype' && args.length === 0) return getTypeOf(v);
  let table: Record<string, Method<never>> | undefined;
  if (v instanceof PSEnumValue) {
    const r = enumMethod(v, lname, args);
    if (r !== undefined) return r;
  }
  if (typeof v === 'string') table = STRING_METHODS as Record<string, Method<never>>;
  else if (typeof v === 'number') table = NUMBER_METHODS as Record<string, Method<never>>;
  else if (Array.isArray(v)) {
    const m = ARRAY_METHODS[lname];
    if (m) return m(v, args, name, hooks);
    // Method enumeration: call it on each element.
    if (v.length > 0 && !['equals', 'gethashcode', 'tostring'].includes(lname)) {
      const out: unknown[] = [];
      for (const item of v) {
        const r = invokeMethod(item, name, args, hooks);
        if (r !== undefined) out.push(r);
      }
      return out.length === 1 ? out[0] : out;
    }
  } else if (isDotNetCollection(v)) {
    const r = invokeCollectionMethod(v, name, lname, args, hooks ? (block, a) => hooks.invoke(block, a[0], a) : undefined);
    if (r.found) return r.value;
    if (v instanceof DotNetDictionary) table = HASHTABLE_METHODS as Record<string, Method<never>>;
  } else if (v instanceof PSHashtable) table = HASHTABLE_METHODS as Record<string, Method<never>>;
  else if (v instanceof PSDateTime) table = DATE_METHODS as Record<string, Method<never>>;
  else if (v instanceof PSTimeSpan) table = SPAN_METHODS as Record<string, Method<never>>;
  else if (v instanceof PSChar) table = CHAR_METHODS as Record<string, Method<never>>;
  else if (v instanceof PSRegex) table = REGEX_METHODS as Record<string, Method<never>>;
  else if (v instanceof PSGuid) table = GUID_METHODS as Record<string, Method<never>>;
  else if (v instanceof PSObject) {
    const m = v.methods?.get(lname);
    if (m) return m.invoke(v, args, hooks);
    // A ScriptMethod-less property holding a script block is not callable, as in PowerShell.
  } else if (v instanceof PSTypeRef && (lname === 'getenumnames' || lname === 'getenumvalues') && args.length === 0) {
    const info = userType(v.name)?.enumInfo();
    if (info) return lname === 'getenumnames' ? info.members.map(([n]) => n) : info.members.map(([, x]) => new PSEnumValue(info, x));
    const names = enumNames(v.name);
    if (names) return names.slice();
    throw err('Type provided must be an Enum.', 'ArgumentException', 'NotSpecified', 'System.Management.Automation.MethodInvocationException');
  } else if (v instanceof ScriptBlockValue) {
    if (lname === 'invoke' || lname === 'invokereturnasis') {
      if (!hooks) throw err('Script block methods need the engine.', 'NotSupported');
      return hooks.invoke(v, undefined, args);
    }
    if (lname === 'getnewclosure') return v;
  }
  if (table) {
    const m = table[lname];
    if (m) return (m as Method<unknown>)(v, args, name, hooks);
  }
  return universalMethod(v, lname, name, args);
}

function universalMethod(v: unknown, lname: string, name: string, args: unknown[]): unknown {
  switch (lname) {
    case 'tostring':
      if (args.length === 0) return isCollection(v) ? typeNameOf(v) : scalarToString(v, false);
      return formatValue(v, str(args[0]));
    case 'equals':
      return v === args[0] || (!(v instanceof PSObject) && valuesEqual(v, args[0], true));
    case 'gethashcode':
      return 0;
    case 'compareto':
      return compareOrdered(v, args[0]);
    case 'dispose':
    case 'close':
      // Nothing exosh emulates holds resources; `$x.Dispose()` in finally blocks just succeeds.
      if (args.length === 0 && !(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return undefined;
  }
  throw methodNotFound(v, name);
}

/** Resolves `[type]` written as text or a PSTypeRef to a full name (for static calls). */
export function typeFullName(t: PSTypeRef | string): string {
  return t instanceof PSTypeRef ? t.name : requireTypeName(t);
}

export { dictionaryEntry, psObjectView };
export { getStaticMember, invokeStaticMethod, constructObject, mathRound, enumNames, registerStaticMethod } from './static-member-access.js';
export { exceptionInfo, exceptionObject, cultureInfo } from '../dotnet/file-system.js';
