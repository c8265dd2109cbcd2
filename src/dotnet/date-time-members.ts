// The members scripts call on [datetime], [timespan] and [DateTimeOffset], static and instance.
// The arithmetic, parsing and format strings they rest on are date-time.ts.
import { convertToFull, dateTicks, isNull, parseNumber, toArray, toNumber } from '../runtime/conversions.js';
import { formatValue } from '../runtime/format-operator.js';
import { compareOrdered, valuesEqual } from '../runtime/operators.js';
import { PSDateTime, PSObject, PSTimeSpan } from '../runtime/values.js';
import { int, num, str } from './arguments.js';
import { addMonths, addMs, dateParts, DAY_NAMES, dayOfYear, daysInMonth, formatDate, makeDate, parseDate, parseTimeSpan, TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_MS, TICKS_PER_SECOND, utcOffsetMinutes } from './date-time.js';
import { Method, StaticMethod, StaticType } from './member-tables.js';
import { methodException, staticOverloadNotFound } from './method-errors.js';
import { numberOfKind, PSNumber } from './numeric-types.js';
import { setRef } from './number-members.js';

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

export function newDateTime(a: unknown[], name: string): PSDateTime {
  if (a.length === 1) return convertToFull(a[0], 'System.DateTime') as PSDateTime;
  if (a.length < 3) throw staticOverloadNotFound(name, a.length);
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

export const DATETIME: StaticType = {
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

export const TIMESPAN: StaticType = {
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
      throw staticOverloadNotFound(n, a.length);
    },
  },
};

// ------------------------------------------------------------------------------------------------
// DateTime and TimeSpan

function dateParts2(d: PSDateTime) {
  return dateParts(d);
}

export const DATE_PROPERTIES: Record<string, (d: PSDateTime) => unknown> = {
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
  ticks: (d) => numberOfKind('Int64', dateTicks(d)),
  kind: (d) => d.kind,
  datetime: (d) => formatDate(d, 'F'),
  displayhint: (d) => d.displayHint,
};

function spanArg(v: unknown): PSTimeSpan {
  return convertToFull(v, 'System.TimeSpan') as PSTimeSpan;
}

export const DATE_METHODS: Record<string, Method<PSDateTime>> = {
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

/** A Double even when integral and past Int32 (`TotalMicroseconds` 3723000000 is `3723000000.0` in JSON). */
function totalOf(n: number): number | PSNumber {
  return Number.isInteger(n) ? new PSNumber('Double', n) : n;
}

export const SPAN_PROPERTIES: Record<string, (t: PSTimeSpan) => unknown> = {
  days: (t) => Math.trunc(t.ticks / TICKS_PER_DAY),
  hours: (t) => Math.trunc((t.ticks % TICKS_PER_DAY) / TICKS_PER_HOUR),
  minutes: (t) => Math.trunc((t.ticks % TICKS_PER_HOUR) / TICKS_PER_MINUTE),
  seconds: (t) => Math.trunc((t.ticks % TICKS_PER_MINUTE) / TICKS_PER_SECOND),
  milliseconds: (t) => Math.trunc((t.ticks % TICKS_PER_SECOND) / TICKS_PER_MS),
  microseconds: (t) => Math.trunc((t.ticks % TICKS_PER_MS) / 10),
  nanoseconds: (t) => (t.ticks % 10) * 100,
  // Ticks is an Int64 and the Total* are Doubles, as ConvertTo-Json and GetType() show (`3723000.0`).
  ticks: (t) => numberOfKind('Int64', t.ticks),
  totaldays: (t) => totalOf(t.ticks / TICKS_PER_DAY),
  totalhours: (t) => totalOf(t.ticks / TICKS_PER_HOUR),
  totalminutes: (t) => totalOf(t.ticks / TICKS_PER_MINUTE),
  totalseconds: (t) => totalOf(t.ticks / TICKS_PER_SECOND),
  totalmilliseconds: (t) => totalOf(t.ticks / TICKS_PER_MS),
  totalmicroseconds: (t) => totalOf(t.ticks / 10),
  totalnanoseconds: (t) => totalOf(t.ticks * 100),
};

export const SPAN_METHODS: Record<string, Method<PSTimeSpan>> = {
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
// [DateTimeOffset]: a PSObject over a UTC instant and an offset in minutes.

export function dateTimeOffset(ms: number, offsetMinutes: number): PSObject {
  const local = new PSDateTime(ms, 'Local');
  const o = new PSObject(['System.DateTimeOffset', 'System.ValueType', 'System.Object']);
  const wall = () => new PSDateTime(ms + offsetMinutes * 60_000, 'Utc');
  const unspecified = () => {
    const w = wall();
    return convertToFull(formatDate(w, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.fff"), 'System.DateTime');
  };
  o.props.set('datetime', { kind: 'script', name: 'DateTime', getter: unspecified });
  o.props.set('utcdatetime', { kind: 'script', name: 'UtcDateTime', getter: () => new PSDateTime(ms, 'Utc') });
  o.props.set('localdatetime', { kind: 'script', name: 'LocalDateTime', getter: () => local });
  o.props.set('offset', { kind: 'script', name: 'Offset', getter: () => new PSTimeSpan(offsetMinutes * 60 * 10_000_000) });
  o.props.set('unixtimeseconds', { kind: 'script', name: 'UnixTimeSeconds', getter: () => Math.floor(ms / 1000) });
  const offsetText = () => {
    const a = Math.abs(offsetMinutes);
    return `${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
  };
  o.toStringHook = () => `${formatDate(wall(), 'G')} ${offsetText()}`;
  o.methods = new Map([
    ['tounixtimeseconds', { name: 'ToUnixTimeSeconds', invoke: () => Math.floor(ms / 1000) }],
    ['tounixtimemilliseconds', { name: 'ToUnixTimeMilliseconds', invoke: () => Math.floor(ms) }],
    ['touniversaltime', { name: 'ToUniversalTime', invoke: () => dateTimeOffset(ms, 0) }],
    ['tolocaltime', { name: 'ToLocalTime', invoke: () => dateTimeOffset(ms, utcOffsetMinutes(local)) }],
    ['tostring', { name: 'ToString', invoke: (_s: PSObject, a: unknown[]) => (a.length ? formatDate(wall(), str(a[0])).replace(/Z$/, offsetText()) : o.toStringHook!(o)) }],
    ['adddays', { name: 'AddDays', invoke: (_s: PSObject, a: unknown[]) => dateTimeOffset(ms + toNumber(a[0]) * 86_400_000, offsetMinutes) }],
    ['addhours', { name: 'AddHours', invoke: (_s: PSObject, a: unknown[]) => dateTimeOffset(ms + toNumber(a[0]) * 3_600_000, offsetMinutes) }],
    ['addseconds', { name: 'AddSeconds', invoke: (_s: PSObject, a: unknown[]) => dateTimeOffset(ms + toNumber(a[0]) * 1000, offsetMinutes) }],
  ]);
  return o;
}

export const DATETIMEOFFSET: StaticType = {
  properties: {
    now: () => {
      const now = Date.now();
      return dateTimeOffset(now, utcOffsetMinutes(new PSDateTime(now, 'Local')));
    },
    utcnow: () => dateTimeOffset(Date.now(), 0),
    unixepoch: () => dateTimeOffset(0, 0),
  },
  methods: {
    fromunixtimeseconds: (a) => dateTimeOffset(toNumber(a[0]) * 1000, 0),
    fromunixtimemilliseconds: (a) => dateTimeOffset(toNumber(a[0]), 0),
    parse: (a) => {
      const d = convertToFull(a[0], 'System.DateTime') as PSDateTime;
      return dateTimeOffset(d.ms, d.kind === 'Utc' ? 0 : utcOffsetMinutes(d));
    },
    new: (a) => {
      const d = convertToFull(a[0], 'System.DateTime') as PSDateTime;
      return dateTimeOffset(d.ms, d.kind === 'Utc' ? 0 : utcOffsetMinutes(d));
    },
  },
};
