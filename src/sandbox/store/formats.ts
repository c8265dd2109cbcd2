// Value formats as the Exchange Online REST transport carries them (objects.json "valueFormats",
// rest-protocol.md §1.5): sizes as display strings, dates as ISO 8601 with a 7-digit fraction and
// an explicit offset, time spans as d.hh:mm:ss.

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** `7.536 MB (7,901,637 bytes)`: binary units, 4 significant digits, trailing zeros dropped. */
export function byteSize(bytes: number): string {
  const whole = Math.max(0, Math.round(bytes));
  let unit = 0;
  let value = whole;
  while (unit < UNITS.length - 1 && value >= 1024) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 ? String(whole) : String(Number(value.toPrecision(4)));
  return `${shown} ${UNITS[unit]} (${thousands(whole)} bytes)`;
}

function thousands(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** The byte count inside a display string (the idiom scripts use), or undefined for `Unlimited`. */
export function bytesOf(display: string): number | undefined {
  const m = /\(([\d,]+) bytes\)/.exec(display);
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
}

export const GB = 1024 ** 3;
export const MB = 1024 ** 2;
export const KB = 1024;

/** `2022-09-21T08:07:47.0000000+00:00`, the REST date form. */
export function restDate(epochMs: number): string {
  const d = new Date(epochMs);
  digits(0, d.getUTCFullYear(), 4);
  DATE_BUF[4] = 0x2d;
  digits(5, d.getUTCMonth() + 1, 2);
  DATE_BUF[7] = 0x2d;
  digits(8, d.getUTCDate(), 2);
  DATE_BUF[10] = 0x54;
  digits(11, d.getUTCHours(), 2);
  DATE_BUF[13] = 0x3a;
  digits(14, d.getUTCMinutes(), 2);
  DATE_BUF[16] = 0x3a;
  digits(17, d.getUTCSeconds(), 2);
  DATE_BUF[19] = 0x2e;
  digits(20, d.getUTCMilliseconds(), 3);
  return DATE_BUF.toString('latin1', 0, 33);
}

// One buffer, decoded once per date: the generator formats hundreds of thousands of dates.
const DATE_BUF = Buffer.from('0000-00-00T00:00:00.0000000+00:00', 'latin1');

function digits(at: number, value: number, width: number): void {
  for (let i = width - 1; i >= 0; i--) {
    DATE_BUF[at + i] = 0x30 + (value % 10);
    value = Math.floor(value / 10);
  }
}

/** EnhancedTimeSpan `d.hh:mm:ss`. */
export function timeSpanDays(days: number): string {
  return `${days}.00:00:00`;
}

export const DAY_MS = 86_400_000;
