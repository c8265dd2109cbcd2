// Reading typed values from filter text and from stored records.
// Filter text follows en-US conventions (the service parses dates with the en-US culture);
// times without an offset are taken as UTC, the service's own clock.

/**
 * Whether fold(value) starts with `foldedPrefix`, without allocating for ASCII text (ANR and
 * wildcard scans run this over whole tenants).
 */
export function foldedStartsWith(value: string, foldedPrefix: string): boolean {
  const n = foldedPrefix.length;
  for (let i = 0; i < n; i++) {
    if (i >= value.length) return false;
    let c = value.charCodeAt(i);
    if (c > 0x7f) return fold(value).startsWith(foldedPrefix);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== foldedPrefix.charCodeAt(i)) return false;
  }
  return true;
}

/** Case-insensitive, culture-free text key. */
export function fold(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return text.normalize('NFC').toLowerCase();
  }
  return text.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Booleans

export function parseBooleanText(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'true' || t === '$true' || t === '1') return true;
  if (t === 'false' || t === '$false' || t === '0') return false;
  return undefined;
}

export function recordBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return parseBooleanText(value);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Integers

export function parseIntegerText(text: string, unlimited: boolean): number | undefined {
  const t = text.trim();
  if (unlimited && t.toLowerCase() === 'unlimited') return Number.POSITIVE_INFINITY;
  if (!/^[+-]?\d+$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** ExchangeVersion is shown as "0.20 (15.0.0.0)" but filtered by its raw 64-bit value. */
const EXCHANGE_VERSION_VALUES: Readonly<Record<string, number>> = {
  '0.10 (14.0.100.0)': 44220983382016,
  '0.20 (15.0.0.0)': 88218628259840,
  '0.1 (8.0.535.0)': 0,
};

export function recordInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) || value === Number.POSITIVE_INFINITY ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const mapped = EXCHANGE_VERSION_VALUES[value.trim()];
    if (mapped !== undefined) return mapped;
    return parseIntegerText(value, true);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** .NET's two-digit-year window: 00-49 → 2000s, 50-99 → 1900s. */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** `h:mm[:ss[.fffffff]] [AM|PM]` → parts, or undefined when malformed. */
function parseTime(text: string | undefined): TimeParts | undefined {
  if (text === undefined || text.trim() === '') return { hour: 0, minute: 0, second: 0, ms: 0 };
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?\s*(AM|PM)?$/i.exec(text.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] ? Number(m[3]) : 0;
  const ms = m[4] ? Math.floor(Number(`0.${m[4]}`) * 1000) : 0;
  const half = m[5]?.toUpperCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    if (half === 'AM' && hour === 12) hour = 0;
    if (half === 'PM' && hour !== 12) hour += 12;
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { hour, minute, second, ms };
}

function offsetMinutes(text: string | undefined): number | undefined {
  if (!text) return 0;
  if (/^z$/i.test(text)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3]));
}

function compose(year: number, month: number, day: number, time: TimeParts | undefined, offset = 0): number | undefined {
  if (!time) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(time.hour, time.minute, time.second, time.ms);
  return d.getTime() - offset * 60_000;
}

/**
 * A date as the service reads it from filter text (en-US): `M/d/yyyy [h:mm[:ss] [AM|PM]]`,
 * ISO 8601 `yyyy-MM-dd[Thh:mm[:ss[.f]]][Z|±hh:mm]`, `January 5, 2024 [time]`, `5 January 2024`.
 * Returns milliseconds since the epoch (UTC), or undefined.
 */
export function parseDateText(text: string): number | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?))?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(t);
  if (m) {
    const offset = offsetMinutes(m[5]);
    if (offset === undefined) return undefined;
    return compose(Number(m[1]), Number(m[2]), Number(m[3]), parseTime(m[4]), offset);
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s+(.+))?$/.exec(t);
  if (m) return compose(fullYear(m[3]!), Number(m[1]), Number(m[2]), parseTime(m[4]));
  m = /^(?:[A-Za-z]+,\s*)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+(.+))?$/.exec(t);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month === undefined ? undefined : compose(Number(m[3]), month, Number(m[2]), parseTime(m[4]));
  }
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})(?:\s+(.+))?$/.exec(t);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return month === undefined ? undefined : compose(Number(m[3]), month, Number(m[1]), parseTime(m[4]));
  }
  return undefined;
}

/** Stored dates are ISO-8601 strings (contracts.ts); anything else reads as no value. */
export function recordDate(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  // The common stored shape, `2024-03-15T09:30:00.0000000Z`, parses natively and fast.
  if (value.length >= 20 && value.charCodeAt(4) === 45 && value.charCodeAt(10) === 84 && value.endsWith('Z')) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
  }
  const parsed = parseDateText(value);
  if (parsed !== undefined) return parsed;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

// ---------------------------------------------------------------------------------------------
// Sizes (ByteQuantifiedSize): binary units, "Unlimited" above every size.

const UNIT: Readonly<Record<string, number>> = {
  b: 1,
  kb: 1024,
  mb: 1024 ** 2,
  gb: 1024 ** 3,
  tb: 1024 ** 4,
};

/** `300MB`, `1.5 GB`, `1024` (bytes), `Unlimited`, or the display form `49.5 GB (53,150,220,288 bytes)`. */
export function parseSizeText(text: string): number | undefined {
  const t = text.trim();
  if (t.toLowerCase() === 'unlimited') return Number.POSITIVE_INFINITY;
  const display = /\(([\d,]+) bytes\)\s*$/i.exec(t);
  if (display) return Number(display[1]!.replace(/,/g, ''));
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?$/i.exec(t);
  if (!m) return undefined;
  const bytes = Number(m[1]) * UNIT[(m[2] ?? 'b').toLowerCase()]!;
  return Number.isFinite(bytes) ? Math.floor(bytes) : undefined;
}

export function recordSize(value: unknown): number | undefined {
  if (typeof value === 'number' && value >= 0) return value;
  if (typeof value === 'string') return parseSizeText(value);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Time spans: [-][d.]hh:mm[:ss[.fffffff]]

export function parseTimeSpanText(text: string): number | undefined {
  const m = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/.exec(text.trim());
  if (!m) {
    const days = /^(-)?(\d+)$/.exec(text.trim());
    return days ? (days[1] ? -1 : 1) * Number(days[2]) * 86_400_000 : undefined;
  }
  const [hours, minutes, seconds] = [Number(m[3]), Number(m[4]), m[5] ? Number(m[5]) : 0];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const ms =
    (m[2] ? Number(m[2]) : 0) * 86_400_000 + hours * 3_600_000 + minutes * 60_000 + seconds * 1000 +
    (m[6] ? Math.floor(Number(`0.${m[6]}`) * 1000) : 0);
  return m[1] ? -ms : ms;
}

export function recordTimeSpan(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') return parseTimeSpanText(value);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Wildcards: only `*`, matching any run of characters, case-insensitively.

export type TextMatcher = (folded: string) => boolean;

/** A matcher for an already folded pattern; `*` only, everything else literal. */
export function wildcardMatcher(foldedPattern: string): TextMatcher {
  const parts = foldedPattern.split('*');
  if (parts.length === 1) return (s) => s === foldedPattern;
  const head = parts[0]!;
  const tail = parts[parts.length - 1]!;
  const middle = parts.slice(1, -1).filter((p) => p.length > 0);
  const minLength = head.length + tail.length;
  return (s) => {
    if (s.length < minLength || !s.startsWith(head) || !s.endsWith(tail)) return false;
    let at = head.length;
    const stop = s.length - tail.length;
    for (const part of middle) {
      const found = s.indexOf(part, at);
      if (found < 0 || found + part.length > stop) return false;
      at = found + part.length;
    }
    return true;
  };
}

/**
 * Where the service lets `*` appear: at the start, at the end, or both ("A*", "*C", "*B*"),
 * not inside ("A*B*C") — filters-v2.md, "Supported operators".
 */
export function wildcardPlacementAllowed(pattern: string): boolean {
  const inner = pattern.slice(1, -1);
  return pattern.length <= 2 ? true : !inner.includes('*');
}
