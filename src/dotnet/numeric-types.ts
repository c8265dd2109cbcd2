// The .NET number types over JS numbers. A plain JS number is an Int32 when it is a 32-bit integer
// and a Double otherwise, so the common values (loop counters, 5/2, sizes beyond 2 GB) stay plain
// and the per-object path allocates nothing. Every other identity — an integral Double such as
// 2.0, Int64, Decimal, Single, Byte, SByte, Int16, UInt16, UInt32, UInt64 — is a small immutable
// PSNumber that carries its type beside the value. BigInteger stays a JS bigint.
//
// Known limits: Int64/UInt64 and Decimal hold a JS double, so integers beyond 2^53 lose precision
// and [decimal] arithmetic is binary (0.1 + 0.2 is not exactly 0.3); Decimal's trailing zeros
// (`1.50d`) are not kept.

export type NumericKind = 'Double' | 'Single' | 'Decimal' | 'Int64' | 'UInt64' | 'UInt32' | 'Int16' | 'UInt16' | 'Byte' | 'SByte';

/** A number whose .NET type is not what its plain JS value would say. */
export class PSNumber {
  constructor(
    readonly kind: NumericKind,
    readonly value: number,
  ) {}

  valueOf(): number {
    return this.value;
  }

  /** JS-level text (template strings, String()); PowerShell's text is conversions.toStringValue. */
  toString(): string {
    return String(this.value);
  }
}

/** A Single's value as .NET writes it: the fewest digits that read back as the same float (0.1, not 0.100000001490116). */
export function singleDigits(n: number): number {
  if (!Number.isFinite(n)) return n;
  for (let p = 1; p < 9; p++) {
    const t = Number(n.toPrecision(p));
    if (Math.fround(t) === n) return t;
  }
  return n;
}

/** A plain number or a PSNumber: every .NET numeric type but BigInteger. */
export type NumberValue = number | PSNumber;

export function isInt32(n: number): boolean {
  return (n | 0) === n && !Object.is(n, -0);
}

/** The JS value of a number of any type, or undefined when `v` is not one. */
export function numberOf(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PSNumber) return v.value;
  return undefined;
}

/** Int32 or Double for a plain number, the carried type for a PSNumber. */
export function kindOf(v: NumberValue): NumericKind | 'Int32' {
  if (typeof v === 'number') return isInt32(v) ? 'Int32' : 'Double';
  return v.kind;
}

/** A Double: plain when the JS value already reads as one, wrapped when it looks like an Int32. */
export function double(n: number): NumberValue {
  return (n | 0) === n ? new PSNumber('Double', n) : n;
}

/** A value of the given type (Int32 and non-integral Doubles stay plain). */
export function numberOfKind(kind: NumericKind | 'Int32', n: number): NumberValue {
  if (kind === 'Int32') return n;
  if (kind === 'Double') return double(n);
  return new PSNumber(kind, n);
}

/** `System.Double`, ... from a kind. */
export function fullTypeName(kind: NumericKind | 'Int32'): string {
  return 'System.' + kind;
}

const INTEGER_RANGE: Record<'Int32' | 'Int64' | 'UInt64' | 'UInt32' | 'Int16' | 'UInt16' | 'Byte' | 'SByte', readonly [number, number]> = {
  SByte: [-128, 127],
  Byte: [0, 255],
  Int16: [-32768, 32767],
  UInt16: [0, 65535],
  Int32: [-2147483648, 2147483647],
  UInt32: [0, 4294967295],
  // The largest doubles below 2^63 and 2^64: 2^63 - 1 itself rounds up to 2^63, which overflows.
  Int64: [-9223372036854775808, 9223372036854774784],
  UInt64: [0, 18446744073709549568],
};

/** Rank of the integer types in PowerShell's arithmetic: smaller types widen to Int32 first. */
const INTEGER_RANK: Record<string, number> = { SByte: 0, Byte: 0, Int16: 0, UInt16: 0, Int32: 1, UInt32: 2, Int64: 3, UInt64: 4 };

export function isFloatingKind(kind: NumericKind | 'Int32'): boolean {
  return kind === 'Double' || kind === 'Single' || kind === 'Decimal';
}

/**
 * The type of `a op b` before overflow: Decimal wins, then any floating type gives Double, else the
 * wider integer type (at least Int32), as PowerShell's binder picks it.
 */
export function resultKind(ka: NumericKind | 'Int32', kb: NumericKind | 'Int32'): NumericKind | 'Int32' {
  if (ka === 'Decimal' || kb === 'Decimal') return 'Decimal';
  if (isFloatingKind(ka) || isFloatingKind(kb)) return 'Double';
  const ra = INTEGER_RANK[ka]!;
  const rb = INTEGER_RANK[kb]!;
  const wider = ra >= rb ? ka : kb;
  return INTEGER_RANK[wider]! < 1 ? 'Int32' : wider;
}

function decimalOverflow(): Error {
  return new RangeError('Value was either too large or too small for a Decimal.');
}

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';

/**
 * `a op b` for two numbers of any types: integers that overflow their type become Doubles, an
 * inexact integer division a Double, as in PowerShell. Division by zero is the caller's.
 */
export function arithmetic(op: ArithmeticOp, a: NumberValue, b: NumberValue): NumberValue {
  const x = typeof a === 'number' ? a : a.value;
  const y = typeof b === 'number' ? b : b.value;
  let r: number;
  switch (op) {
    case '+':
      r = x + y;
      break;
    case '-':
      r = x - y;
      break;
    case '*':
      r = x * y;
      break;
    case '/':
      r = x / y;
      break;
    case '%':
      r = x % y;
      if (r === 0) r = 0;
      break;
  }
  const kind = resultKind(kindOf(a), kindOf(b));
  if (kind === 'Double') return double(r);
  if (kind === 'Decimal') {
    if (!Number.isFinite(r) || Math.abs(r) > 7.922816251426434e28) throw decimalOverflow();
    return new PSNumber('Decimal', r);
  }
  // Integers: an inexact division or an overflow leaves the integer type for Double.
  const [min, max] = INTEGER_RANGE[kind as keyof typeof INTEGER_RANGE];
  if (!Number.isInteger(r) || r < min || r > max) return double(r);
  return numberOfKind(kind, r);
}

/** `-x`: small integer types widen to Int32; Int32's minimum negates into a Double. */
export function negate(v: NumberValue): NumberValue {
  if (typeof v === 'number') return isInt32(v) && v !== -2147483648 ? (v === 0 ? 0 : -v) : double(-v);
  const kind = resultKind(v.kind, 'Int32');
  if (kind === 'Int32') return -v.value;
  if (kind === 'UInt32' || kind === 'UInt64') return double(-v.value);
  return numberOfKind(kind, -v.value);
}

/** A number converted to an integer type (already rounded and range-checked by the caller). */
export function integerOfKind(kind: keyof typeof INTEGER_RANGE, n: number): NumberValue {
  return kind === 'Int32' ? n : new PSNumber(kind, n);
}

/** The kind a literal's type suffix (lexer's numberType) gives. */
export function literalKind(numberType: string): NumericKind | 'Int32' | 'BigInteger' {
  switch (numberType) {
    case 'long':
      return 'Int64';
    case 'double':
      return 'Double';
    case 'decimal':
      return 'Decimal';
    case 'byte':
      return 'Byte';
    case 'sbyte':
      return 'SByte';
    case 'short':
      return 'Int16';
    case 'ushort':
      return 'UInt16';
    case 'uint':
      return 'UInt32';
    case 'ulong':
      return 'UInt64';
    case 'bigint':
      return 'BigInteger';
    default:
      return 'Int32';
  }
}

/** The value of a number literal. */
export function literalValue(numberType: string, value: number): NumberValue | bigint {
  const kind = literalKind(numberType);
  if (kind === 'BigInteger') return BigInt(value);
  return numberOfKind(kind, value);
}

/**
 * A key under which a hashtable finds a number: .NET's Hashtable compares keys by type and value,
 * so `@{1=1}[1.0]` is $null while a plain Int32 stays its own key.
 */
export function numberKey(v: PSNumber): string {
  return `\u0000${v.kind}:${v.value}`;
}
