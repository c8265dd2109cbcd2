// PowerShell's conversion rules (LanguagePrimitives) over the value model of values.ts: truthiness,
// string and number conversion, casts, type names, -is/-as, and what the pipeline unrolls.
// Every operator, the binder and the cmdlets go through here so the rules live in one place.
//
// Number representation: src/dotnet/numeric-types.ts (a plain JS number is an Int32 or a Double;
// every other numeric type, and an integral Double, is a PSNumber carrying its type).
import { isIP } from 'node:net';
import { ErrorRecord, RuntimeError } from './errors.js';
import {
  PSChar,
  PSClassObject,
  PSDateTime,
  PSGuid,
  PSHashtable,
  PSList,
  PSEnumValue,
  PSObject,
  PSReference,
  PSRegex,
  PSTimeSpan,
  PSTypeRef,
  PSUri,
  PSVersion,
  ScriptBlockValue,
} from './values.js';
import { INTEGER_RANGES, requireTypeName, typeDisplayName, userType } from './types.js';
import { castToCollection, collectionInterfaces, isDotNetCollection } from '../dotnet/collections.js';
import { DotNetDictionary } from '../dotnet/dictionary.js';
import { formatNumber, formatRoundTrip, isIntegral } from '../dotnet/number-format.js';
import { double, integerOfKind, numberOf, PSNumber, isInt32, singleDigits } from '../dotnet/numeric-types.js';
import { dateFromTicks, dateTicks, formatDate, formatTimeSpan, parseDate, parseTimeSpan, TICKS_PER_DAY } from '../dotnet/date-time.js';

export function isNull(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}

// ------------------------------------------------------------------------------------------------
// Collections

/**
 * What PowerShell unrolls in the pipeline and in `foreach`: arrays, lists and other enumerables —
 * not strings, hashtables or objects. Undefined for a scalar.
 */
export function enumerate(v: unknown): Iterable<unknown> | undefined {
  if (Array.isArray(v)) return v;
  if (v instanceof PSList) return v.items;
  if (v !== null && typeof v === 'object' && !(v instanceof PSHashtable) && !(v instanceof PSObject) && Symbol.iterator in v) {
    return v as Iterable<unknown>;
  }
  return undefined;
}

/** Is this something `-contains`, member enumeration and comparison filtering treat as a collection? */
export function isCollection(v: unknown): boolean {
  return enumerate(v) !== undefined;
}

/** The elements of a collection as an array, or `[v]` for a scalar and `[]` for $null. */
export function toArray(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (isNull(v)) return [];
  const e = enumerate(v);
  return e ? [...e] : [v];
}

// ------------------------------------------------------------------------------------------------
// Truthiness

/** PowerShell's conversion to [bool] (`if ($x)`). */
export function toBool(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    case 'number':
      return v !== 0 && !Number.isNaN(v);
    case 'bigint':
      return v !== 0n;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return false;
    if (v.length === 1) return Array.isArray(v[0]) ? (v[0] as unknown[]).length > 0 : toBool(v[0]);
    return true;
  }
  if (v instanceof PSNumber) return v.value !== 0 && !Number.isNaN(v.value);
  if (v instanceof PSList) return toBool(v.items);
  if (v instanceof PSChar) return v.code !== 0;
  return true;
}

// ------------------------------------------------------------------------------------------------
// Strings

/**
 * PowerShell's conversion to [string] (`"$x"`, `[string]$x`): invariant culture; arrays joined with
 * `ofs` (default a space), nested collections shown by type name; dates as `MM/dd/yyyy HH:mm:ss`.
 */
export function toStringValue(v: unknown, ofs = ' '): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v instanceof PSNumber) return numberText(v, true);
  const e = enumerate(v);
  if (e !== undefined) {
    const parts: string[] = [];
    for (const item of e) parts.push(isCollection(item) ? typeNameOf(item) : toStringValue(item, ofs));
    return parts.join(ofs);
  }
  return scalarToString(v, true);
}

/**
 * ToString() of a single value. `invariant` is PowerShell's string conversion (dates as
 * `MM/dd/yyyy HH:mm:ss`, doubles with 15 digits); otherwise .NET's own ToString() in en-US (dates
 * `M/d/yyyy h:mm:ss tt`, doubles shortest round-trip: `(0.1+0.2).ToString()` is 0.30000000000000004).
 */
export function scalarToString(v: unknown, invariant: boolean): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return invariant ? formatNumber(v) : formatRoundTrip(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof PSNumber) return numberText(v, invariant);
  if (v instanceof PSDateTime) return formatDate(v, invariant ? 'MM/dd/yyyy HH:mm:ss' : 'G');
  if (v instanceof PSTimeSpan) return formatTimeSpan(v);
  if (v instanceof PSObject) return psObjectToString(v);
  if (v instanceof DotNetDictionary) return v.typeName;
  if (v instanceof PSHashtable) return v.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable';
  if (v instanceof PSTypeRef) return invariant ? typeDisplayName(v.name) : v.name;
  if (v instanceof ScriptBlockValue) return v.text;
  if (v instanceof ErrorRecord) return v.message;
  if (v instanceof PSUri) return v.url.href;
  if (Array.isArray(v) || isDotNetCollection(v)) return typeNameOf(v);
  if (v instanceof Error) return v.message;
  if (typeof v === 'function') return 'System.Management.Automation.PSMethod';
  return String(v);
}

/** A typed number as text: a Single with the float's own shortest digits, the rest as their JS value. */
function numberText(v: PSNumber, invariant: boolean): string {
  if (v.kind === 'Single') return formatRoundTrip(singleDigits(v.value));
  return invariant ? formatNumber(v.value) : formatRoundTrip(v.value);
}

/** `"$obj"` of a PSObject: its .NET ToString() when it stands for one, else `@{A=1; B=x}`. */
function psObjectToString(o: PSObject): string {
  if (o.toStringHook) return o.toStringHook(o);
  if (o.typeNames[0] !== 'System.Management.Automation.PSCustomObject' && o.typeNames[0] !== 'System.Management.Automation.PSObject' && o.typeNames[0] !== undefined && !o.typeNames[0].startsWith('Selected.') && !o.typeNames[0].startsWith('Deserialized.')) {
    return o.typeNames[0];
  }
  const parts: string[] = [];
  for (const name of o.names()) {
    const val = o.get(name);
    // A PSCustomObject inside shows nothing: its .NET ToString() is empty (`@{a=}`).
    parts.push(`${name}=${isCollection(val) ? toStringValue(val) : val instanceof PSObject && !val.toStringHook && val.typeNames[0] === 'System.Management.Automation.PSCustomObject' ? '' : scalarToString(val, true)}`);
  }
  return `@{${parts.join('; ')}}`;
}

// ------------------------------------------------------------------------------------------------
// Numbers

const MULTIPLIERS: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/**
 * Parses a number the way PowerShell reads numeric strings: surrounding whitespace, sign, hex
 * (`0x1F`), binary (`0b101`), decimals and exponents, `kb/mb/gb/tb/pb` multipliers, `l`/`d`
 * type suffixes; `''` is 0. Undefined when it is not a number.
 */
export function parseNumber(text: string): number | undefined {
  const s = text.trim();
  if (s === '') return 0;
  const m = /^([+-]?)(?:0x([0-9a-f]+)|0b([01]+)|(\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?))(u|l|ul|lu|d|n|s|y|uy|us)?(kb|mb|gb|tb|pb)?$/i.exec(s);
  if (!m) {
    if (/^[+-]?infinity$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(s)) return NaN;
    // .NET's number parsing also allows thousands separators in some conversions.
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
    return undefined;
  }
  const [, sign, hex, bin, dec, , mult] = m;
  let n: number;
  if (hex !== undefined) {
    n = Number.parseInt(hex, 16);
    // 0xFFFFFFFF is -1 as Int32 in PowerShell, as hex literals are two's complement in their type.
    if (hex.length === 8 && n > 0x7fffffff) n -= 0x100000000;
  } else if (bin !== undefined) n = Number.parseInt(bin, 2);
  else n = Number(dec);
  if (mult) n *= MULTIPLIERS[mult.toLowerCase()]!;
  return sign === '-' ? -n : n;
}

/** A RuntimeError with PowerShell's cast-failure message. */
export function conversionError(value: unknown, targetType: string, detail?: string, errorId = 'InvalidCastFromStringToInteger'): RuntimeError {
  const shown = isCollection(value) ? typeNameOf(value) : toStringValue(value);
  const message =
    detail !== undefined
      ? `Cannot convert value "${shown}" to type "${targetType}". Error: "${detail}"`
      : `Cannot convert the "${shown}" value of type "${typeNameOf(value)}" to type "${targetType}".`;
  return new RuntimeError(new ErrorRecord(message, detail !== undefined ? errorId : 'ConvertToFinalInvalidCastException', 'InvalidArgument', value, undefined, undefined, 'System.Management.Automation.PSInvalidCastException'));
}

function formatDetail(s: string): string {
  return `The input string '${s}' was not in a correct format.`;
}

/**
 * PowerShell's conversion to a number for arithmetic (`1 + '2'`, `'3' * 2` as right operand,
 * `-band`): strings parsed, $null → 0, booleans 0/1, chars their code. Throws the cast error.
 */
export function toNumber(v: unknown, targetType = 'System.Int32'): number {
  if (typeof v === 'number') return v;
  if (v instanceof PSNumber) return v.value;
  if (v instanceof PSEnumValue) return v.value;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const n = parseNumber(v);
    if (n === undefined) throw conversionError(v, targetType, formatDetail(v));
    return n;
  }
  if (v instanceof PSChar) return v.code;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v) && v.length === 1) return toNumber(v[0], targetType);
  if (v instanceof PSTimeSpan) throw conversionError(v, targetType);
  throw conversionError(v, targetType);
}

/** Is this value numeric in PowerShell's sense (a number, not a numeric string)? */
export function isNumeric(v: unknown): v is number | PSNumber {
  return typeof v === 'number' || v instanceof PSNumber;
}

/** Round half to even, as .NET does for [int] casts and [math]::Round. */
export function bankersRound(n: number): number {
  const r = Math.round(n);
  if (Math.abs(n % 1) === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}

function toInteger(v: unknown, fullName: string): number | PSNumber {
  const [min, max, short] = INTEGER_RANGES[fullName]!;
  let n: number;
  if (typeof v === 'string') {
    const parsed = parseNumber(v);
    if (parsed === undefined) throw conversionError(v, fullName, formatDetail(v));
    n = parsed;
  } else if (v instanceof PSEnumValue) n = v.value;
  else if (v instanceof PSDateTime || v instanceof PSTimeSpan || v instanceof PSHashtable || v instanceof PSObject) {
    throw conversionError(v, fullName);
  } else n = toNumber(v, fullName);
  if (Number.isNaN(n) || !Number.isFinite(n)) throw conversionError(v, fullName, `Value was either too large or too small for ${short === 'Int32' ? 'an' : 'a'} ${short}.`);
  const r = bankersRound(n);
  if (r < min || r > max) throw conversionError(v, fullName, `Value was either too large or too small for ${/^[AEIOU]/.test(short) ? 'an' : 'a'} ${short}.`);
  return integerOfKind(short as Parameters<typeof integerOfKind>[0], r === 0 ? 0 : r);
}

function toDouble(v: unknown, fullName: string): number {
  if (typeof v === 'string') {
    const n = parseNumber(v);
    if (n === undefined) throw conversionError(v, fullName, formatDetail(v), 'InvalidCastFromStringToDoubleOrSingle');
    return n;
  }
  if (v instanceof PSDateTime || v instanceof PSTimeSpan || v instanceof PSHashtable || v instanceof PSObject) throw conversionError(v, fullName);
  return toNumber(v, fullName);
}

// ------------------------------------------------------------------------------------------------
// Type names

/** GetType().FullName of a value. */
export function typeNameOf(v: unknown): string {
  return typeNamesOf(v)[0] ?? 'System.Object';
}

const INT32_NAMES = ['System.Int32', 'System.ValueType', 'System.Object'];
const DOUBLE_NAMES = ['System.Double', 'System.ValueType', 'System.Object'];

/**
 * PSTypeNames of a value, most specific first: used by GetType(), `-is`, and format-view lookup.
 * Numbers: integral in Int32 range → System.Int32, other integral → System.Int64, else System.Double.
 */
export function typeNamesOf(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  switch (typeof v) {
    case 'string':
      return ['System.String', 'System.Object'];
    case 'boolean':
      return ['System.Boolean', 'System.ValueType', 'System.Object'];
    case 'number':
      return isInt32(v) ? INT32_NAMES : DOUBLE_NAMES;
    case 'bigint':
      return ['System.Numerics.BigInteger', 'System.ValueType', 'System.Object'];
  }
  if (Array.isArray(v)) return ['System.Object[]', 'System.Array', 'System.Object'];
  if (v instanceof PSNumber) return ['System.' + v.kind, 'System.ValueType', 'System.Object'];
  if (v instanceof PSObject) return v.typeNames;
  // Type.ToString()'s form, which is what PowerShell shows wherever a collection is stringified.
  if (isDotNetCollection(v)) return [v.typeName, 'System.Object'];
  if (v instanceof PSHashtable) return v.ordered ? ['System.Collections.Specialized.OrderedDictionary', 'System.Object'] : ['System.Collections.Hashtable', 'System.Object'];
  if (v instanceof PSDateTime) return ['System.DateTime', 'System.ValueType', 'System.Object'];
  if (v instanceof PSTimeSpan) return ['System.TimeSpan', 'System.ValueType', 'System.Object'];
  if (v instanceof PSChar) return ['System.Char', 'System.ValueType', 'System.Object'];
  if (v instanceof PSTypeRef) return ['System.RuntimeType', 'System.Reflection.TypeInfo', 'System.Type', 'System.Reflection.MemberInfo', 'System.Object'];
  if (v instanceof ScriptBlockValue) return ['System.Management.Automation.ScriptBlock', 'System.Object'];
  if (v instanceof ErrorRecord) return ['System.Management.Automation.ErrorRecord', 'System.Object'];
  if (v instanceof PSGuid) return ['System.Guid', 'System.ValueType', 'System.Object'];
  if (v instanceof PSVersion) return ['System.Version', 'System.Object'];
  if (v instanceof PSRegex) return ['System.Text.RegularExpressions.Regex', 'System.Object'];
  if (v instanceof PSUri) return ['System.Uri', 'System.Object'];
  if (v instanceof PSReference) return ['System.Management.Automation.PSReference', 'System.Object'];
  if (v instanceof Error) return ['System.Exception', 'System.Object'];
  return ['System.Object'];
}

/** Interfaces and base types `-is` also accepts. */
function extraTypesOf(v: unknown): string[] {
  const out: string[] = [];
  if (typeof v === 'string') out.push('System.Collections.IEnumerable', 'System.IComparable');
  if (typeof v === 'number' || v instanceof PSNumber || v instanceof PSDateTime || v instanceof PSTimeSpan) out.push('System.IComparable', 'System.IFormattable');
  if (Array.isArray(v)) out.push('System.Collections.IEnumerable', 'System.Collections.ICollection', 'System.Collections.IList');
  else if (isDotNetCollection(v)) out.push(...collectionInterfaces(v));
  else if (v instanceof PSHashtable) out.push('System.Collections.IDictionary', 'System.Collections.IEnumerable', 'System.Collections.ICollection');
  if (v instanceof PSObject) out.push('System.Management.Automation.PSObject', 'System.Object');
  if (v instanceof PSClassObject) out.push(...v.userClass.interfaceNames());
  return out;
}

/** `$v -is [type]` with the type written as in the script (`int`, `System.String`, `string[]`). */
export function isType(v: unknown, typeName: string): boolean {
  const full = requireTypeName(typeName);
  return isFullType(v, full);
}

function isFullType(v: unknown, full: string): boolean {
  if (v === null || v === undefined) return false;
  if (full === 'System.Object') return true;
  if (full === 'System.Management.Automation.PSObject') return v instanceof PSObject;
  if (full.endsWith('[]') && full !== 'System.Object[]') return false; // typed arrays do not exist in exosh
  const names = typeNamesOf(v);
  if (names.includes(full)) return true;
  return extraTypesOf(v).includes(full);
}

/** `$v -as [type]`: the conversion, or $null when it fails. */
export function asType(v: unknown, typeName: string): unknown {
  const full = requireTypeName(typeName);
  try {
    return convertToFull(v, full);
  } catch (e) {
    if (e instanceof RuntimeError) return null;
    throw e;
  }
}

// ------------------------------------------------------------------------------------------------
// Casts

/** `[type]$v`: PowerShell's cast. Throws a RuntimeError with PowerShell's wording on failure. */
export function convertTo(v: unknown, typeName: string, ofs = ' '): unknown {
  return convertToFull(v, requireTypeName(typeName), ofs);
}

/** Cast to an already-resolved full type name (`System.Int32`, `System.String[]`). */
export function convertToFull(v: unknown, full: string, ofs = ' '): unknown {
  if (full.endsWith('[]')) {
    if (isNull(v)) return null;
    const elementType = full.slice(0, -2);
    return toArray(v).map((item) => convertToFull(item, elementType, ofs));
  }
  if (INTEGER_RANGES[full]) return toInteger(v, full);
  switch (full) {
    case 'System.Object':
    case 'System.Management.Automation.PSObject':
      if (v instanceof PSHashtable && full === 'System.Management.Automation.PSObject') return hashtableToObject(v);
      return v ?? null;
    case 'System.Management.Automation.PSCustomObject':
      if (v instanceof PSHashtable) return hashtableToObject(v);
      return v ?? null;
    case 'System.Double':
      return double(toDouble(v, full));
    case 'System.Single':
      return new PSNumber('Single', Math.fround(toDouble(v, full)));
    case 'System.Decimal': {
      const n = toDouble(v, full);
      if (!Number.isFinite(n) || Math.abs(n) > 7.922816251426434e28) throw conversionError(v, full, 'Value was either too large or too small for a Decimal.', 'InvalidCastIConvertible');
      return new PSNumber('Decimal', n === 0 ? 0 : n);
    }
    case 'System.Numerics.BigInteger': {
      if (typeof v === 'bigint') return v;
      const n = toDouble(v, full);
      if (!Number.isFinite(n)) throw conversionError(v, full);
      return BigInt(bankersRound(n));
    }
    case 'System.String':
      return isNull(v) ? '' : toStringValue(v, ofs);
    case 'System.Boolean':
    case 'System.Management.Automation.SwitchParameter':
      return toBool(v);
    case 'System.Char':
      return toChar(v);
    case 'System.DateTime':
      return toDateTime(v);
    case 'System.TimeSpan':
      return toTimeSpan(v);
    case 'System.Array':
      if (isNull(v)) return null;
      return Array.isArray(v) ? v : toArray(v);
    case 'System.Collections.Hashtable':
      if (v instanceof PSHashtable) {
        if (!v.ordered) return v;
        const h = new PSHashtable(false);
        for (const [k, val] of v.entries()) h.set(k, val);
        return h;
      }
      if (v instanceof PSObject) {
        throw conversionError(v, full);
      }
      throw conversionError(v, full);
    case 'System.Collections.Specialized.OrderedDictionary':
      if (v instanceof PSHashtable) {
        const h = new PSHashtable(true);
        for (const [k, val] of v.entries()) h.set(k, val);
        return h;
      }
      throw conversionError(v, full);
    case 'System.Collections.IDictionary':
      if (v instanceof PSHashtable) return v;
      throw conversionError(v, full);
    case 'System.Text.RegularExpressions.Regex':
      if (v instanceof PSRegex) return v;
      return new PSRegex(toStringValue(v), false);
    case 'System.Guid':
      return toGuid(v);
    case 'System.Version':
      return toVersion(v);
    case 'System.Uri':
      return toUri(v);
    case 'System.Management.Automation.ScriptBlock':
      if (v instanceof ScriptBlockValue) return v;
      throw conversionError(v, full);
    case 'System.Type':
      if (v instanceof PSTypeRef) return v;
      if (typeof v === 'string') return new PSTypeRef(requireTypeName(v), v);
      throw conversionError(v, full);
    case 'System.Void':
      return undefined;
    case 'System.Management.Automation.PSReference':
      return v instanceof PSReference ? v : PSReference.of(v);
    case 'System.Net.IPAddress':
      return toIPAddress(v);
    case 'System.Net.Mail.MailAddress':
      return toMailAddress(v);
    case 'System.Xml.XmlDocument':
      throw new RuntimeError(new ErrorRecord('The [xml] type is not supported by exosh yet.', 'NotSupportedByExosh', 'NotImplemented', v));
  }
  const user = userType(full);
  if (user) return user.convert(v);
  if (full === 'System.Collections.ArrayList' || full.startsWith('System.Collections.Generic.') || full === 'System.Collections.Queue' || full === 'System.Collections.Stack') {
    // A collection cast builds a new collection of converted elements; like arrays, $null stays $null.
    if (isFullType(v, full) && !Array.isArray(v)) return v;
    const c = castToCollection(v, full);
    if (c !== undefined) return c;
  }
  if (isFullType(v, full)) return v;
  throw conversionError(v, full);
}

function hashtableToObject(h: PSHashtable): PSObject {
  return PSObject.fromEntries(h.entries().map(([k, v]) => [toStringValue(k), v] as const));
}

function toChar(v: unknown): PSChar {
  if (v instanceof PSChar) return v;
  if (typeof v === 'string') {
    if (v.length === 1) return new PSChar(v.charCodeAt(0));
    throw conversionError(v, 'System.Char', 'String must be exactly one character long.', 'InvalidCastParseTargetInvocation');
  }
  if (v instanceof PSNumber) return toChar(v.value);
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0 || v > 65535) throw conversionError(v, 'System.Char', 'Value was either too large or too small for a character.', 'InvalidCastIConvertible');
    return new PSChar(v);
  }
  if (isNull(v)) return new PSChar(0);
  throw conversionError(v, 'System.Char');
}

function toDateTime(v: unknown): PSDateTime {
  if (v instanceof PSDateTime) return v;
  if (typeof v === 'string') {
    const d = parseDate(v);
    if (!d) throw conversionError(v, 'System.DateTime', `String '${v}' was not recognized as a valid DateTime.`, 'InvalidCastParseTargetInvocation');
    return d;
  }
  if (v instanceof PSNumber) return toDateTime(v.value);
  if (typeof v === 'number' && isIntegral(v)) return dateFromTicks(v, 'Unspecified');
  if (isNull(v)) return dateFromTicks(0, 'Unspecified');
  throw conversionError(v, 'System.DateTime');
}

function toTimeSpan(v: unknown): PSTimeSpan {
  if (v instanceof PSTimeSpan) return v;
  if (typeof v === 'string') {
    const t = parseTimeSpan(v);
    if (!t) throw conversionError(v, 'System.TimeSpan', `String '${v}' was not recognized as a valid TimeSpan.`, 'InvalidCastParseTargetInvocation');
    return t;
  }
  if (v instanceof PSNumber) return toTimeSpan(v.value);
  if (typeof v === 'number' && isIntegral(v)) return new PSTimeSpan(v);
  if (isNull(v)) return new PSTimeSpan(0);
  throw conversionError(v, 'System.TimeSpan');
}

const GUID_RE = /^[{(]?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})[)}]?$/i;

export function parseGuid(text: string): PSGuid | undefined {
  const m = GUID_RE.exec(text.trim());
  if (!m) return undefined;
  return new PSGuid(m.slice(1, 6).join('-').toLowerCase());
}

function toGuid(v: unknown): PSGuid {
  if (v instanceof PSGuid) return v;
  if (typeof v === 'string') {
    const g = parseGuid(v);
    if (!g) throw conversionError(v, 'System.Guid', 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).', 'InvalidCastParseTargetInvocation');
    return g;
  }
  throw conversionError(v, 'System.Guid');
}

export function parseVersion(text: string): PSVersion | undefined {
  const m = /^\s*(\d+)\.(\d+)(?:\.(\d+)(?:\.(\d+))?)?\s*$/.exec(text);
  if (!m) return undefined;
  return new PSVersion(Number(m[1]), Number(m[2]), m[3] === undefined ? -1 : Number(m[3]), m[4] === undefined ? -1 : Number(m[4]));
}

function toVersion(v: unknown): PSVersion {
  if (v instanceof PSVersion) return v;
  const n = numberOf(v);
  if (n !== undefined && isIntegral(n)) return new PSVersion(n, 0);
  const s = toStringValue(v);
  const parsed = parseVersion(s);
  if (!parsed) throw conversionError(v, 'System.Version', `Version string portion was too short or too long.`, 'InvalidCastParseTargetInvocation');
  return parsed;
}

function toUri(v: unknown): PSUri {
  if (v instanceof PSUri) return v;
  const s = toStringValue(v);
  try {
    return new PSUri(new URL(s), s);
  } catch {
    throw conversionError(v, 'System.Uri', 'Invalid URI: The format of the URI could not be determined.', 'InvalidCastParseTargetInvocation');
  }
}

function toIPAddress(v: unknown): PSObject {
  if (v instanceof PSObject && v.typeNames[0] === 'System.Net.IPAddress') return v;
  const s = toStringValue(v).trim();
  const family = isIP(s);
  if (family === 0) throw conversionError(v, 'System.Net.IPAddress', 'An invalid IP address was specified.', 'InvalidCastParseTargetInvocation');
  const o = PSObject.fromEntries(
    [
      ['AddressFamily', family === 4 ? 'InterNetwork' : 'InterNetworkV6'],
      ['ScopeId', family === 6 ? 0 : null],
      ['IsIPv6Multicast', family === 6 && /^ff/i.test(s)],
      ['IsIPv6LinkLocal', family === 6 && /^fe80/i.test(s)],
      ['IsIPv4MappedToIPv6', family === 6 && /^::ffff:/i.test(s)],
      ['IPAddressToString', s],
    ],
    ['System.Net.IPAddress', 'System.Object'],
  );
  o.toStringHook = () => s;
  return o;
}

function toMailAddress(v: unknown): PSObject {
  if (v instanceof PSObject && v.typeNames[0] === 'System.Net.Mail.MailAddress') return v;
  const s = toStringValue(v).trim();
  const m = /^(?:"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>|([^<>\s"]+@[^<>\s@]+))$/.exec(s);
  const address = m ? (m[2] ?? m[3]!) : undefined;
  if (!address || !/^[^@\s]+@[^@\s.][^@\s]*$/.test(address) || address.endsWith('.')) {
    throw conversionError(v, 'System.Net.Mail.MailAddress', 'The specified string is not in the form required for an e-mail address.', 'InvalidCastParseTargetInvocation');
  }
  const at = address.lastIndexOf('@');
  const displayName = (m![1] ?? '').trim();
  const o = PSObject.fromEntries(
    [
      ['DisplayName', displayName],
      ['User', address.slice(0, at)],
      ['Host', address.slice(at + 1)],
      ['Address', address],
    ],
    ['System.Net.Mail.MailAddress', 'System.Object'],
  );
  o.toStringHook = () => (displayName ? `"${displayName}" <${address}>` : address);
  return o;
}

// ------------------------------------------------------------------------------------------------
// Small helpers others need

/** `[timespan]` from days etc. */
export function timeSpanFromDays(days: number): PSTimeSpan {
  return new PSTimeSpan(Math.round(days * TICKS_PER_DAY));
}

/** .NET Ticks of a date (re-exported for cmdlets such as Get-Date). */
export { dateTicks };
