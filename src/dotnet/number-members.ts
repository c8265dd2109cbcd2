// Static members of the numeric types ([int]::MaxValue, [int]::Parse, [double]::TryParse)
// and a number's own methods.
import { isNull, parseNumber, scalarToString, typeNameOf } from '../runtime/conversions.js';
import { formatValue } from '../runtime/format-operator.js';
import { compareOrdered } from '../runtime/operators.js';
import { INTEGER_RANGES, typeShortName } from '../runtime/types.js';
import { PSReference } from '../runtime/values.js';
import { num, str } from './arguments.js';
import { Method, StaticType } from './member-tables.js';
import { methodException } from './method-errors.js';

export function integerType(full: string): StaticType {
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
export function setRef(ref: unknown, value: unknown): void {
  if (ref instanceof PSReference) ref.set(value);
}

export const DOUBLE: StaticType = {
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

// ------------------------------------------------------------------------------------------------
// Other value kinds

export const NUMBER_METHODS: Record<string, Method<number>> = {
  tostring: (n, a) => (a.length === 0 || isNull(a[0]) ? scalarToString(n, false) : formatValue(n, str(a[0]))),
  compareto: (n, a) => compareOrdered(n, a[0]),
  equals: (n, a) => typeof a[0] === 'number' && a[0] === n,
  gethashcode: (n) => n | 0,
  gettypecode: (n) => typeShortName(typeNameOf(n)),
};
