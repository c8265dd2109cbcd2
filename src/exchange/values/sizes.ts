// Exchange's ByteQuantifiedSize and Unlimited<T> as PowerShell values. The service sends sizes as
// display text ("1.243 GB (1,334,578,302 bytes)"); exosh turns them back into values that print
// exactly that way, give their bytes through ToBytes()/ToKB()..., and compare by bytes with numbers
// (`-gt 10GB`), texts (`-lt '500MB'`) and each other, Unlimited being larger than any size.
import { PSComparableObject, PSTimeSpan, type PSMethod, type PSObject } from '../../runtime/values.js';
import { formatTimeSpan } from '../../dotnet/date-time.js';
import { toStringValue } from '../../runtime/conversions.js';
import { invokeMethod } from '../../runtime/member-access.js';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
const UNIT_FACTORS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

const BQS_TYPE = 'Microsoft.Exchange.Data.ByteQuantifiedSize';
const ASSEMBLY = 'Microsoft.Exchange.Data, Version=15.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35';

/** Thousands separators, en-US (the form the service prints inside the parentheses). */
function groupThousands(n: number): string {
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return out;
}

/** `1.243 GB (1,334,578,302 bytes)`: binary units, 4 significant digits, trailing zeros dropped. */
export function formatByteQuantifiedSize(bytes: number): string {
  let unit = 0;
  while (unit < UNITS.length - 1 && bytes >= 1024 ** (unit + 1)) unit++;
  const scaled = bytes / 1024 ** unit;
  // toPrecision rounds the exact binary value, as .NET Core's "G4" does; Number() drops trailing zeros.
  const number = scaled >= 10_000 ? String(Math.round(scaled)) : String(Number(scaled.toPrecision(4)));
  return `${number} ${UNITS[unit]} (${groupThousands(bytes)} bytes)`;
}

function unsignedMethod(name: string, divisor: number): PSMethod {
  return {
    name,
    definition: `ulong ${name}()`,
    // .NET divides the ulong byte count: integer division, truncated.
    invoke: (self) => Math.floor((self as ByteQuantifiedSize).bytes / divisor),
  };
}

// The module's classic cmdlets give sizes as deserialized strings, and Exchange Online scripts
// call string methods on them directly (`$s.TotalItemSize.Split('(')[1]`): those work on the
// printed text here too, so such scripts keep running.
const TEXT_METHOD_NAMES = ['Split', 'Replace', 'Substring', 'IndexOf', 'LastIndexOf', 'Contains', 'StartsWith', 'EndsWith', 'Trim', 'TrimStart', 'TrimEnd', 'ToLower', 'ToUpper', 'PadLeft', 'PadRight'];
const textMethods: PSMethod[] = TEXT_METHOD_NAMES.map((name) => ({ name, invoke: (self, args) => invokeMethod(toStringValue(self), name, args) }));

const methodTable = (methods: PSMethod[]) => new Map(methods.map((m) => [m.name.toLowerCase(), m]));

// One table for every size: they are read-only values, their methods hold no state.
const SIZE_METHODS = methodTable([
  unsignedMethod('ToBytes', 1),
  unsignedMethod('ToKB', 1024),
  unsignedMethod('ToMB', 1024 ** 2),
  unsignedMethod('ToGB', 1024 ** 3),
  unsignedMethod('ToTB', 1024 ** 4),
  ...textMethods,
]);
const UNLIMITED_METHODS = methodTable(textMethods);

const sizeToString = (self: PSObject): string => formatByteQuantifiedSize((self as ByteQuantifiedSize).bytes);

/**
 * A size in bytes (the comparison key). `keyOf` reads what PowerShell would convert to one: a
 * number of bytes (`10GB` is already 10737418240), another size, or a text such as `10GB`,
 * `10 GB`, `1.5GB` or the display form.
 */
export class ByteQuantifiedSize extends PSComparableObject {
  constructor(readonly bytes: number) {
    super([BQS_TYPE, 'System.ValueType', 'System.Object']);
    this.methods = SIZE_METHODS;
    this.toStringHook = sizeToString;
  }

  compareKey(): number {
    return this.bytes;
  }

  keyOf(other: unknown): number | undefined {
    return sizeKeyOf(other);
  }
}

/** What an Unlimited wraps: a size, a time span (LitigationHoldDuration) or a count (RecipientLimits). */
export type UnlimitedOf = 'ByteQuantifiedSize' | 'EnhancedTimeSpan' | 'Int32';
const WRAPPED_TYPE: Record<UnlimitedOf, string> = {
  ByteQuantifiedSize: `${BQS_TYPE}, ${ASSEMBLY}`,
  EnhancedTimeSpan: `Microsoft.Exchange.Data.EnhancedTimeSpan, ${ASSEMBLY}`,
  Int32: 'System.Int32, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e',
};

/** Type name of Unlimited<T>, as .NET writes a closed generic type. */
export function unlimitedTypeName(of: UnlimitedOf): string {
  return `Microsoft.Exchange.Data.Unlimited\`1[[${WRAPPED_TYPE[of]}]]`;
}
const UNLIMITED_TYPE_NAMES: Record<UnlimitedOf, string[]> = {
  ByteQuantifiedSize: [unlimitedTypeName('ByteQuantifiedSize'), 'System.ValueType', 'System.Object'],
  EnhancedTimeSpan: [unlimitedTypeName('EnhancedTimeSpan'), 'System.ValueType', 'System.Object'],
  Int32: [unlimitedTypeName('Int32'), 'System.ValueType', 'System.Object'],
};

const unlimitedToString = (self: PSObject): string => {
  const u = self as Unlimited;
  if (u.value === null) return 'Unlimited';
  if (u.value instanceof PSTimeSpan) return formatTimeSpan(u.value);
  return u.value instanceof ByteQuantifiedSize ? formatByteQuantifiedSize(u.value.bytes) : String(u.value);
};

/**
 * Unlimited<T>: `IsUnlimited` and `Value` (the wrapped value, $null when unlimited); prints
 * `Unlimited` or the value; compares as +Infinity when unlimited, else as its value.
 */
export class Unlimited extends PSComparableObject {
  constructor(
    readonly value: ByteQuantifiedSize | PSTimeSpan | number | null,
    readonly of: UnlimitedOf = 'ByteQuantifiedSize',
  ) {
    super(UNLIMITED_TYPE_NAMES[of].slice());
    this.props.set('isunlimited', { kind: 'note', name: 'IsUnlimited', value: value === null });
    this.props.set('value', { kind: 'note', name: 'Value', value });
    this.methods = UNLIMITED_METHODS;
    this.toStringHook = unlimitedToString;
  }

  get isUnlimited(): boolean {
    return this.value === null;
  }

  compareKey(): number {
    const v = this.value;
    if (v === null) return Infinity;
    if (v instanceof ByteQuantifiedSize) return v.bytes;
    if (v instanceof PSTimeSpan) return v.ticks;
    return v;
  }

  keyOf(other: unknown): number | undefined {
    if (this.of === 'EnhancedTimeSpan') {
      if (other instanceof PSTimeSpan) return other.ticks;
      if (other instanceof Unlimited) return other.compareKey();
      if (typeof other === 'string' && other.trim().toLowerCase() === 'unlimited') return Infinity;
      return undefined;
    }
    return sizeKeyOf(other);
  }
}

/** A comparison operand as bytes: numbers are bytes, texts are parsed, `Unlimited` is +Infinity. */
function sizeKeyOf(other: unknown): number | undefined {
  if (typeof other === 'number') return other;
  if (other instanceof ByteQuantifiedSize) return other.bytes;
  if (other instanceof Unlimited) return other.compareKey();
  if (typeof other === 'string') {
    if (other.trim().toLowerCase() === 'unlimited') return Infinity;
    return parseBytes(other);
  }
  return undefined;
}

const SIZE_TEXT = /^([0-9]+(?:\.[0-9]+)?|\.[0-9]+)\s*([kmgtp]?b)?$/i;

/**
 * Bytes of a size text: `50GB`, `50 GB`, `1.5gb`, `300MB`, `1024` (unqualified: bytes) or the
 * service's display form `1.5 GB (1,610,612,736 bytes)` (its exact byte count). Fractional bytes
 * are cut off, as ulong conversion does. Undefined when the text is no size.
 */
function parseBytes(text: string): number | undefined {
  const s = text.trim();
  const open = s.indexOf('(');
  if (open > 0 && s.endsWith(' bytes)')) {
    const digits = s.slice(open + 1, -' bytes)'.length).replaceAll(',', '');
    return /^[0-9]+$/.test(digits) ? Number(digits) : undefined;
  }
  const m = SIZE_TEXT.exec(s);
  if (!m) return undefined;
  const factor = UNIT_FACTORS[(m[2] ?? 'b').toLowerCase()]!;
  return Math.floor(Number(m[1]) * factor);
}

/**
 * Parses a size as Exchange's parameters accept it (`-ProhibitSendQuota 50GB`, `'1.5 GB'`, the
 * display form, a byte count). Undefined for anything else, `Unlimited` included (see
 * parseUnlimitedSize for parameters typed Unlimited<ByteQuantifiedSize>).
 */
export function parseByteQuantifiedSize(text: string): ByteQuantifiedSize | undefined {
  const bytes = parseBytes(text);
  return bytes === undefined || !Number.isSafeInteger(bytes) ? undefined : new ByteQuantifiedSize(bytes);
}

/** `Unlimited` (any case) or a size, as Unlimited<ByteQuantifiedSize>; undefined when neither. */
export function parseUnlimitedSize(text: string): Unlimited | undefined {
  if (text.trim().toLowerCase() === 'unlimited') return new Unlimited(null);
  const size = parseByteQuantifiedSize(text);
  return size && new Unlimited(size);
}
