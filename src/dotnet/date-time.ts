// DateTime and TimeSpan in .NET's terms over PSDateTime/PSTimeSpan: calendar parts, ticks, and
// the standard (d D f F g G M o r s t T u U y) and custom (`yyyy-MM-dd HH:mm`) format strings
// in the en-US culture as .NET on Linux has it: ICU's patterns put a narrow no-break space (U+202F)
// before AM/PM, which is what pwsh prints there.
import { PSDateTime, PSTimeSpan } from '../runtime/values.js';

export const TICKS_PER_MS = 10_000;
export const TICKS_PER_SECOND = 10_000_000;
export const TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
export const TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;
export const TICKS_PER_DAY = 24 * TICKS_PER_HOUR;
/** Milliseconds from 0001-01-01 to 1970-01-01 (.NET's DateTime epoch vs Unix). */
const EPOCH_OFFSET_MS = 62_135_596_800_000;

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday */
  dayOfWeek: number;
}

/** Wall-clock parts: UTC for Kind=Utc, the machine's local time zone otherwise. */
export function dateParts(d: PSDateTime): DateParts {
  const j = new Date(d.ms);
  if (d.kind === 'Utc') {
    return {
      year: j.getUTCFullYear(),
      month: j.getUTCMonth() + 1,
      day: j.getUTCDate(),
      hour: j.getUTCHours(),
      minute: j.getUTCMinutes(),
      second: j.getUTCSeconds(),
      millisecond: j.getUTCMilliseconds(),
      dayOfWeek: j.getUTCDay(),
    };
  }
  return {
    year: j.getFullYear(),
    month: j.getMonth() + 1,
    day: j.getDate(),
    hour: j.getHours(),
    minute: j.getMinutes(),
    second: j.getSeconds(),
    millisecond: j.getMilliseconds(),
    dayOfWeek: j.getDay(),
  };
}

/** Builds a DateTime from wall-clock parts (month may overflow, as Date does). */
export function makeDate(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
  kind: PSDateTime['kind'] = 'Unspecified',
): PSDateTime {
  let t: number;
  if (kind === 'Utc') {
    const j = new Date(0);
    j.setUTCFullYear(year, month - 1, day);
    j.setUTCHours(hour, minute, second, ms);
    t = j.getTime();
  } else {
    const j = new Date(2000, 0, 1);
    j.setFullYear(year, month - 1, day);
    j.setHours(hour, minute, second, ms);
    t = j.getTime();
  }
  return new PSDateTime(t, kind);
}

/** Offset of the local time zone at this instant, in minutes east of UTC. */
export function utcOffsetMinutes(d: PSDateTime): number {
  return d.kind === 'Utc' ? 0 : -new Date(d.ms).getTimezoneOffset();
}

/** .NET Ticks: 100-ns intervals since 0001-01-01 on the wall clock of the value's Kind. */
export function dateTicks(d: PSDateTime): number {
  if (d.kind === 'Utc') return (d.ms + EPOCH_OFFSET_MS) * TICKS_PER_MS;
  // From the wall-clock parts: historical zone offsets are not whole minutes.
  const p = dateParts(d);
  const j = new Date(0);
  j.setUTCFullYear(p.year, p.month - 1, p.day);
  j.setUTCHours(p.hour, p.minute, p.second, p.millisecond);
  return (j.getTime() + EPOCH_OFFSET_MS) * TICKS_PER_MS;
}

export function dateFromTicks(ticks: number, kind: PSDateTime['kind'] = 'Unspecified'): PSDateTime {
  const wallMs = ticks / TICKS_PER_MS - EPOCH_OFFSET_MS;
  if (kind === 'Utc') return new PSDateTime(wallMs, 'Utc');
  const j = new Date(wallMs);
  return makeDate(j.getUTCFullYear(), j.getUTCMonth() + 1, j.getUTCDate(), j.getUTCHours(), j.getUTCMinutes(), j.getUTCSeconds(), j.getUTCMilliseconds(), kind);
}

export function dayOfYear(p: DateParts): number {
  const start = Date.UTC(p.year, 0, 1);
  return Math.floor((Date.UTC(p.year, p.month - 1, p.day) - start) / 86_400_000) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** AddMonths as .NET does it: clamps the day to the target month's length. */
export function addMonths(d: PSDateTime, months: number): PSDateTime {
  const p = dateParts(d);
  const total = p.year * 12 + (p.month - 1) + Math.trunc(months);
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(p.day, daysInMonth(year, month));
  return makeDate(year, month, day, p.hour, p.minute, p.second, p.millisecond, d.kind);
}

/** Adds wall-clock time (AddDays/AddHours... keep the wall clock, as .NET's DateTime arithmetic does). */
export function addMs(d: PSDateTime, ms: number): PSDateTime {
  if (d.kind === 'Utc') return new PSDateTime(d.ms + ms, d.kind);
  const ticks = dateTicks(d) + Math.round(ms * TICKS_PER_MS);
  return dateFromTicks(ticks, d.kind);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** ICU en-US: the gap between the time and AM/PM in the standard patterns. */
export const AMPM_GAP = '\u202f';

const STANDARD_DATE_PATTERNS: Record<string, string> = {
  d: 'M/d/yyyy',
  D: 'dddd, MMMM d, yyyy',
  f: `dddd, MMMM d, yyyy h:mm${AMPM_GAP}tt`,
  F: `dddd, MMMM d, yyyy h:mm:ss${AMPM_GAP}tt`,
  g: `M/d/yyyy h:mm${AMPM_GAP}tt`,
  G: `M/d/yyyy h:mm:ss${AMPM_GAP}tt`,
  m: 'MMMM d',
  M: 'MMMM d',
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  t: `h:mm${AMPM_GAP}tt`,
  T: `h:mm:ss${AMPM_GAP}tt`,
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  U: `dddd, MMMM d, yyyy h:mm:ss${AMPM_GAP}tt`,
  y: 'MMMM yyyy',
  Y: 'MMMM yyyy',
};

export class DateFormatError extends Error {}

/** `date.ToString(format)` in en-US. An empty format means 'G'. */
export function formatDate(d: PSDateTime, format = ''): string {
  if (format === '') format = 'G';
  if (format.length === 1) {
    const pattern = STANDARD_DATE_PATTERNS[format];
    if (pattern === undefined) throw new DateFormatError('Input string was not in a correct format.');
    if (format === 'r' || format === 'R' || format === 'U') return formatCustomDate(toUtc(d), pattern);
    return formatCustomDate(d, pattern);
  }
  return formatCustomDate(d, format);
}

export function toUtc(d: PSDateTime): PSDateTime {
  return new PSDateTime(d.ms, 'Utc');
}

/** A quoted run ('...' or "...") or a backslash escape at `i` in a custom format: its text and where the format goes on. */
function literalAt(format: string, i: number): { text: string; next: number } | undefined {
  const c = format[i];
  if (c === '\\') return { text: format[i + 1] ?? '', next: i + 2 };
  if (c !== "'" && c !== '"') return undefined;
  const end = format.indexOf(c, i + 1);
  const stop = end < 0 ? format.length : end;
  return { text: format.slice(i + 1, stop), next: stop + 1 };
}

/** `h`, `m`, `s` and friends: one letter prints the number as is, two or more pad it to two digits. */
function oneOrTwoDigits(value: number, run: number): string {
  return run === 1 ? String(value) : pad(value, 2);
}

function runLength(format: string, i: number): number {
  let n = 1;
  while (format[i + n] === format[i]) n++;
  return n;
}

function formatCustomDate(d: PSDateTime, format: string): string {
  const p = dateParts(d);
  let out = '';
  for (let i = 0; i < format.length; ) {
    const literal = literalAt(format, i);
    if (literal) {
      out += literal.text;
      i = literal.next;
      continue;
    }
    const c = format[i]!;
    const n = runLength(format, i);
    switch (c) {
      case 'd':
        out += n === 1 ? String(p.day) : n === 2 ? pad(p.day, 2) : n === 3 ? DAY_NAMES[p.dayOfWeek]!.slice(0, 3) : DAY_NAMES[p.dayOfWeek];
        i += n;
        break;
      case 'M':
        out += n === 1 ? String(p.month) : n === 2 ? pad(p.month, 2) : n === 3 ? MONTH_NAMES[p.month - 1]!.slice(0, 3) : MONTH_NAMES[p.month - 1];
        i += n;
        break;
      case 'y':
        out += n === 1 ? String(p.year % 100) : n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        i += n;
        break;
      case 'h': {
        const h12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
        out += oneOrTwoDigits(h12, n);
        i += n;
        break;
      }
      case 'H':
        out += oneOrTwoDigits(p.hour, n);
        i += n;
        break;
      case 'm':
        out += oneOrTwoDigits(p.minute, n);
        i += n;
        break;
      case 's':
        out += oneOrTwoDigits(p.second, n);
        i += n;
        break;
      case 'f':
      case 'F': {
        const frac = pad(p.millisecond, 3) + '0000';
        let text = frac.slice(0, Math.min(n, 7));
        if (c === 'F') text = text.replace(/0+$/, '');
        out += text;
        i += n;
        break;
      }
      case 't':
        out += n === 1 ? (p.hour < 12 ? 'A' : 'P') : p.hour < 12 ? 'AM' : 'PM';
        i += n;
        break;
      case 'g':
        out += 'A.D.';
        i += n;
        break;
      case 'z': {
        const off = utcOffsetMinutes(d);
        const sign = off < 0 ? '-' : '+';
        const a = Math.abs(off);
        out += n === 1 ? sign + Math.floor(a / 60) : n === 2 ? sign + pad(Math.floor(a / 60), 2) : sign + pad(Math.floor(a / 60), 2) + ':' + pad(a % 60, 2);
        i += n;
        break;
      }
      case 'K': {
        if (d.kind === 'Utc') out += 'Z';
        else if (d.kind === 'Local') {
          const off = utcOffsetMinutes(d);
          const a = Math.abs(off);
          out += (off < 0 ? '-' : '+') + pad(Math.floor(a / 60), 2) + ':' + pad(a % 60, 2);
        }
        i += 1;
        break;
      }
      case ':':
      case '/':
        out += c;
        i += 1;
        break;
      case '%':
        i += 1;
        break;
      default:
        out += c;
        i += 1;
    }
  }
  return out;
}

/** TimeSpan.ToString() ('c'): [-][d.]hh:mm:ss[.fffffff] */
export function formatTimeSpan(t: PSTimeSpan): string {
  const neg = t.ticks < 0;
  let ticks = Math.abs(t.ticks);
  const days = Math.floor(ticks / TICKS_PER_DAY);
  ticks -= days * TICKS_PER_DAY;
  const hours = Math.floor(ticks / TICKS_PER_HOUR);
  ticks -= hours * TICKS_PER_HOUR;
  const minutes = Math.floor(ticks / TICKS_PER_MINUTE);
  ticks -= minutes * TICKS_PER_MINUTE;
  const seconds = Math.floor(ticks / TICKS_PER_SECOND);
  ticks -= seconds * TICKS_PER_SECOND;
  let s = (neg ? '-' : '') + (days ? days + '.' : '') + pad(hours, 2) + ':' + pad(minutes, 2) + ':' + pad(seconds, 2);
  if (ticks > 0) s += '.' + pad(Math.round(ticks), 7);
  return s;
}

/** TimeSpan.ToString(format) for the custom specifiers (`hh\:mm`, `d\.hh`, 'c', 'g', 'G'). */
export function formatTimeSpanWith(t: PSTimeSpan, format: string): string {
  if (format === '' || format === 'c' || format === 't' || format === 'T') return formatTimeSpan(t);
  const neg = t.ticks < 0;
  const abs = Math.abs(t.ticks);
  const days = Math.floor(abs / TICKS_PER_DAY);
  const hours = Math.floor((abs % TICKS_PER_DAY) / TICKS_PER_HOUR);
  const minutes = Math.floor((abs % TICKS_PER_HOUR) / TICKS_PER_MINUTE);
  const seconds = Math.floor((abs % TICKS_PER_MINUTE) / TICKS_PER_SECOND);
  const fraction = abs % TICKS_PER_SECOND;
  if (format === 'g' || format === 'G') {
    let s = (neg ? '-' : '') + (days || format === 'G' ? days + ':' : '') + (format === 'G' ? pad(hours, 2) : String(hours)) + ':' + pad(minutes, 2) + ':' + pad(seconds, 2);
    // 'G' always writes seven digits; 'g' writes only the significant ones (`1:2:03:04.5`).
    if (format === 'G') s += '.' + pad(fraction, 7);
    else if (fraction) s += '.' + pad(fraction, 7).replace(/0+$/, '');
    return s;
  }
  let out = '';
  for (let i = 0; i < format.length; ) {
    const literal = literalAt(format, i);
    if (literal) {
      out += literal.text;
      i = literal.next;
      continue;
    }
    const c = format[i]!;
    const n = runLength(format, i);
    switch (c) {
      case 'd':
        out += pad(days, n);
        i += n;
        break;
      case 'h':
        out += oneOrTwoDigits(hours, n);
        i += n;
        break;
      case 'm':
        out += oneOrTwoDigits(minutes, n);
        i += n;
        break;
      case 's':
        out += oneOrTwoDigits(seconds, n);
        i += n;
        break;
      case 'f':
      case 'F': {
        let text = pad(fraction, 7).slice(0, n);
        if (c === 'F') text = text.replace(/0+$/, '');
        out += text;
        i += n;
        break;
      }
      case '%':
        // `%h`: one custom specifier standing alone (else a lone letter would be a standard format).
        i += 1;
        break;
      default:
        throw new DateFormatError('Input string was not in a correct format.');
    }
  }
  return out;
}

const MONTH_LOOKUP = new Map(MONTH_NAMES.flatMap((m, i) => [[m.toLowerCase(), i + 1] as const, [m.slice(0, 3).toLowerCase(), i + 1] as const]));

/**
 * Parses the date texts PowerShell accepts in casts and [datetime]::Parse (invariant culture,
 * which reads month first): ISO 8601 with optional offset/Z, `M/d/yyyy[ h:mm[:ss][ AM|PM]]`,
 * `yyyy/M/d`, `d MMMM yyyy`, `MMMM d, yyyy`, `dddd, MMMM d, yyyy h:mm:ss tt`. Undefined when unreadable.
 */
export function parseDate(text: string): PSDateTime | undefined {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, zone] = m;
    const ms = frac ? Math.round(Number('0.' + frac) * 1000) : 0;
    if (!validParts(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(sec ?? 0))) return undefined;
    if (zone) {
      let offset = 0;
      if (zone.toUpperCase() !== 'Z') {
        const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
        offset = (zm[1] === '-' ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3] ?? 0));
      }
      const utc = Date.UTC(+y!, +mo! - 1, +d!, +(h ?? 0), +(mi ?? 0), +(sec ?? 0), ms) - offset * 60_000;
      // .NET parses an explicit offset/Z to local time (Kind=Local).
      return new PSDateTime(utc, 'Local');
    }
    return makeDate(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(sec ?? 0), ms, 'Unspecified');
  }
  const time = String.raw`(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*([AaPp][Mm])?)?`;
  m = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})${time}$`).exec(s);
  if (m) return fromMatch(+m[3]!, +m[1]!, +m[2]!, m.slice(4));
  m = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})${time}$`).exec(s);
  if (m) return fromMatch(+m[1]!, +m[2]!, +m[3]!, m.slice(4));
  m = new RegExp(String.raw`^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})${time}$`).exec(s);
  if (m && MONTH_LOOKUP.has(m[1]!.toLowerCase())) return fromMatch(+m[3]!, MONTH_LOOKUP.get(m[1]!.toLowerCase())!, +m[2]!, m.slice(4));
  m = new RegExp(String.raw`^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})${time}$`).exec(s);
  if (m && MONTH_LOOKUP.has(m[2]!.toLowerCase())) return fromMatch(+m[3]!, MONTH_LOOKUP.get(m[2]!.toLowerCase())!, +m[1]!, m.slice(4));
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(s);
  if (m) {
    const today = dateParts(new PSDateTime(Date.now(), 'Local'));
    return fromMatch(today.year, today.month, today.day, [m[1], m[2], m[3], undefined, m[4]]);
  }
  return undefined;
}

function validParts(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h < 24 && mi < 60 && s < 60;
}

function fromMatch(year: number, month: number, day: number, t: (string | undefined)[]): PSDateTime | undefined {
  if (year < 100) year += year < 50 ? 2000 : 1900;
  let hour = t[0] !== undefined ? Number(t[0]) : 0;
  const minute = t[1] !== undefined ? Number(t[1]) : 0;
  const second = t[2] !== undefined ? Number(t[2]) : 0;
  const ms = t[3] !== undefined ? Math.round(Number('0.' + t[3]) * 1000) : 0;
  const ampm = t[4]?.toUpperCase();
  if (ampm) {
    if (hour < 1 || hour > 12) return undefined;
    if (ampm === 'PM' && hour < 12) hour += 12;
    if (ampm === 'AM' && hour === 12) hour = 0;
  }
  if (!validParts(year, month, day, hour, minute, second)) return undefined;
  return makeDate(year, month, day, hour, minute, second, ms, 'Unspecified');
}

/** Parses TimeSpan text: [-][d.]hh:mm[:ss[.fffffff]] or a plain day count. */
export function parseTimeSpan(text: string): PSTimeSpan | undefined {
  const s = text.trim();
  const m = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/.exec(s);
  if (m) {
    const [, neg, d, h, mi, sec, frac] = m;
    // .NET reads `25:00:00` (hours past 23, no day part) as d:hh:mm — 25 days.
    if (d === undefined && +h! > 23 && sec !== undefined && +mi! <= 23 && +sec <= 59 && frac === undefined) {
      const ticks = Number(h) * TICKS_PER_DAY + Number(mi) * TICKS_PER_HOUR + Number(sec) * TICKS_PER_MINUTE;
      return new PSTimeSpan(neg ? -ticks : ticks);
    }
    if (+h! > 23 || +mi! > 59 || +(sec ?? 0) > 59) return undefined;
    const ticks =
      Number(d ?? 0) * TICKS_PER_DAY + Number(h) * TICKS_PER_HOUR + Number(mi) * TICKS_PER_MINUTE + Number(sec ?? 0) * TICKS_PER_SECOND + (frac ? Number(frac.padEnd(7, '0')) : 0);
    return new PSTimeSpan(neg ? -ticks : ticks);
  }
  if (/^-?\d+$/.test(s)) return new PSTimeSpan(Number(s) * TICKS_PER_DAY);
  return undefined;
}

export { DAY_NAMES, MONTH_NAMES };
