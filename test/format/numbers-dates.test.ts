// .NET number and date formatting (en-US), as `.ToString(format)` and `-f` produce it.
import { describe, expect, it } from 'vitest';
import { formatNumber, formatNumberWith } from '../../src/dotnet/number-format.js';
import { formatDate, formatTimeSpan, formatTimeSpanWith, makeDate, parseDate } from '../../src/dotnet/date-time.js';
import { PSTimeSpan } from '../../src/runtime/values.js';

describe('default number text', () => {
  it.each([
    [1, '1'],
    [-0.5, '-0.5'],
    [1e15, '1000000000000000'],
    // An integral value is held as Int64 in exosh (PowerShell's 1.5e15 literal is a Double: 1.5E+15).
    [1.5e15, '1500000000000000'],
    [1.5e20, '1.5E+20'],
    [123456789.123456789, '123456789.123457'],
    [2.77555756156289e-17, '2.77555756156289E-17'],
    [1 / 3, '0.333333333333333'],
  ])('%d → %s', (n, s) => {
    expect(formatNumber(n)).toBe(s);
  });
});

describe('numeric format strings', () => {
  it.each([
    [1234.5678, 'N2', '1,234.57'],
    [-1234.5678, 'N1', '-1,234.6'],
    [0.5, 'N0', '1'],
    [1.5, 'N0', '2'],
    [2.5, 'F0', '3'],
    [0.35, 'F1', '0.3'],
    [42, 'D6', '000042'],
    [-42, 'D4', '-0042'],
    [255, 'x', 'ff'],
    [-1, 'X', 'FFFFFFFF'],
    [0.1234, 'P', '12.34%'],
    [-0.1234, 'P1', '-12.3%'],
    [-1234.5, 'C', '-$1,234.50'],
    [1234.5, 'C0', '$1,235'],
    [1234.5, 'E', '1.234500E+003'],
    [1234.5, 'G3', '1.23E+03'],
    [1234.5, 'G', '1234.5'],
    [12.3456, '0.0', '12.3'],
    [12.3456, '00.000', '12.346'],
    [5, '00', '05'],
    [1234567, '#,#', '1,234,567'],
    [1234567, '#,##0,,', '1'],
    [0, '#.##', ''],
    [0.5, '#.##', '.5'],
    [-5, '0;(0)', '(5)'],
    [0, '0;(0);zero', 'zero'],
    [12345, '0.00E+00', '1.23E+04'],
    [7, "'#'0", '#7'],
  ])('%d .ToString(%s) → %s', (n, f, s) => {
    expect(formatNumberWith(n, f)).toBe(s);
  });
});

describe('date format strings', () => {
  const d = makeDate(2024, 7, 4, 9, 8, 7, 6);
  it.each([
    ['d', '7/4/2024'],
    ['D', 'Thursday, July 4, 2024'],
    ['t', '9:08\u202fAM'],
    ['T', '9:08:07\u202fAM'],
    ['G', '7/4/2024 9:08:07\u202fAM'],
    ['s', '2024-07-04T09:08:07'],
    ['o', '2024-07-04T09:08:07.0060000'],
    ['yyyyMMdd', '20240704'],
    ['dd/MM/yyyy', '04/07/2024'],
    ['MMM d', 'Jul 4'],
    ['h tt', '9 AM'],
    ['HH:mm:ss.fff', '09:08:07.006'],
    ["'Q'yyyy", 'Q2024'],
    ['%d', '4'],
    ['yyyy-MM-ddTHH:mm:ss.FFF', '2024-07-04T09:08:07.006'],
  ])('.ToString(%s) → %s', (f, s) => {
    expect(formatDate(d, f)).toBe(s);
  });
  it('midnight and noon in 12-hour form', () => {
    expect(formatDate(makeDate(2024, 1, 1, 0, 5), 't')).toBe('12:05\u202fAM');
    expect(formatDate(makeDate(2024, 1, 1, 12, 5), 't')).toBe('12:05\u202fPM');
  });
});

describe('TimeSpan text', () => {
  it('c format and custom formats', () => {
    expect(formatTimeSpan(new PSTimeSpan(0))).toBe('00:00:00');
    expect(formatTimeSpan(new PSTimeSpan(-36_000_000_000))).toBe('-01:00:00');
    expect(formatTimeSpanWith(new PSTimeSpan(900_000_000), 'mm\\:ss')).toBe('01:30');
    expect(formatTimeSpanWith(new PSTimeSpan(864_000_000_000 + 36_000_000_000), 'g')).toBe('1:1:00:00');
  });
});

describe('date parsing', () => {
  it('accepts the forms casts accept and rejects the rest', () => {
    expect(parseDate('2024-02-30')).toBeUndefined();
    expect(parseDate('13/1/2024')).toBeUndefined();
    expect(parseDate('hello')).toBeUndefined();
    expect(formatDate(parseDate('Thursday, July 4, 2024 9:08:07 AM')!, 's')).toBe('2024-07-04T09:08:07');
    expect(formatDate(parseDate('4 July 2024')!, 'd')).toBe('7/4/2024');
    expect(formatDate(parseDate('2024/7/4 13:00')!, 'G')).toBe('7/4/2024 1:00:00\u202fPM');
  });
});
