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
  return `${shown} ${UNITS[unit]} (${whole.toLocaleString('en-US')} bytes)`;
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
  const iso = new Date(epochMs).toISOString(); // 2022-09-21T08:07:47.123Z
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}0000+00:00`;
}

/** EnhancedTimeSpan `d.hh:mm:ss`. */
export function timeSpanDays(days: number): string {
  return `${days}.00:00:00`;
}

export const DAY_MS = 86_400_000;
