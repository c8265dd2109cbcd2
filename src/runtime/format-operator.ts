// The -f operator and [string]::Format: .NET composite formatting in en-US —
// `{index[,alignment][:format]}` items, `{{` / `}}` escapes.
import { ErrorRecord, RuntimeError } from './errors.js';
import { PSDateTime, PSTimeSpan } from './values.js';
import { PSNumber } from '../dotnet/numeric-types.js';
import { scalarToString, isCollection, typeNameOf } from './conversions.js';
import { formatNumberWith, FormatError } from '../dotnet/number-format.js';
import { DateFormatError, formatDate, formatTimeSpanWith } from '../dotnet/date-time.js';

function formatError(detail: string): RuntimeError {
  return new RuntimeError(new ErrorRecord(`Error formatting a string: ${detail}.`, 'FormatError', 'InvalidOperation', null, undefined, undefined, 'System.FormatException'));
}

/** ToString(format) of one argument in en-US; used by -f and by `.ToString('N2')`. */
export function formatValue(v: unknown, format: string | undefined): string {
  if (format !== undefined && format !== '') {
    try {
      if (typeof v === 'number') return formatNumberWith(v, format);
      if (v instanceof PSNumber) return formatNumberWith(v.value, format);
      if (v instanceof PSDateTime) return formatDate(v, format);
      if (v instanceof PSTimeSpan) return formatTimeSpanWith(v, format);
    } catch (e) {
      if (e instanceof FormatError || e instanceof DateFormatError) throw formatError(e.message === 'Format specifier was invalid.' ? 'Format specifier was invalid.' : 'Input string was not in a correct format.');
      throw e;
    }
  }
  if (isCollection(v)) return typeNameOf(v);
  return scalarToString(v, false);
}

/** `format -f args` */
export function formatOperator(format: string, args: unknown[]): string {
  let out = '';
  const n = format.length;
  for (let i = 0; i < n; i++) {
    const c = format[i]!;
    if (c === '{') {
      if (format[i + 1] === '{') {
        out += '{';
        i++;
        continue;
      }
      const close = format.indexOf('}', i);
      if (close < 0) throw formatError('Input string was not in a correct format.');
      const item = format.slice(i + 1, close);
      const m = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::(.*))?$/s.exec(item);
      if (!m) throw formatError('Input string was not in a correct format.');
      const index = Number(m[1]);
      if (index >= args.length) throw formatError('Index (zero based) must be greater than or equal to zero and less than the size of the argument list.');
      let text = formatValue(args[index], m[3]);
      if (m[2] !== undefined) {
        const width = Number(m[2]);
        text = width < 0 ? text.padEnd(-width) : text.padStart(width);
      }
      out += text;
      i = close;
    } else if (c === '}') {
      if (format[i + 1] === '}') {
        out += '}';
        i++;
        continue;
      }
      throw formatError('Input string was not in a correct format.');
    } else out += c;
  }
  return out;
}

/** Arguments of `-f`: an array on the right gives one argument per element. */
export function formatOperands(right: unknown): unknown[] {
  if (Array.isArray(right)) return right;
  if (right === null || right === undefined) return [null];
  return [right];
}

