// How one value is shown inside a table cell or list entry (en-US): collections as `{a, b, c}`
// cut at $FormatEnumerationLimit (4) with `…`, hashtable entries as `[key, value]`, dates with
// the current culture's 'G' pattern, objects by their ToString().
import { PSDateTime, PSHashtable, PSObject } from '../runtime/values.js';
import { enumerate, isCollection, scalarToString, toStringValue, typeNameOf } from '../runtime/conversions.js';
import { formatNumber } from '../dotnet/number-format.js';
import { isFloatingKind, isInt32, PSNumber } from '../dotnet/numeric-types.js';

export const FORMAT_ENUMERATION_LIMIT = 4;

/**
 * $FormatEnumerationLimit as formatting uses it: an integer (a negative one: no limit), anything
 * else the default, as pwsh reads the global variable.
 */
export function enumerationLimitOf(value: unknown): number {
  const n = value instanceof PSNumber ? value.value : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) return FORMAT_ENUMERATION_LIMIT;
  return n < 0 ? Infinity : n;
}

/** A property value as Format-List / Out-Default show it. */
export function displayValue(v: unknown, enumerationLimit = FORMAT_ENUMERATION_LIMIT): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (v instanceof PSNumber) return toStringValue(v);
  if (v instanceof PSHashtable) return displayCollection(v.entries().map(([k, val]) => `[${displayValue(k)}, ${entryValue(val)}]`), enumerationLimit);
  const items = enumerate(v);
  if (items !== undefined) {
    const parts: string[] = [];
    let more = false;
    for (const item of items) {
      if (parts.length >= enumerationLimit) {
        more = true;
        break;
      }
      parts.push(displayNested(item));
    }
    return `{${parts.join(', ')}${more ? '…' : ''}}`;
  }
  if (v instanceof PSDateTime) return scalarToString(v, false);
  return scalarToString(v, false);
}

/** A hashtable entry's value inside `{[key, value]}`: collections by type name. */
function entryValue(v: unknown): string {
  return isCollection(v) || v instanceof PSHashtable ? typeNameOf(v) : displayNested(v);
}

function displayCollection(parts: string[], limit: number): string {
  const more = parts.length > limit;
  return `{${parts.slice(0, limit).join(', ')}${more ? '…' : ''}}`;
}

/**
 * An element inside `{...}`: a nested collection as its string conversion (elements joined with
 * blanks, deeper ones by type name), a nested hashtable by type name, as pwsh shows them.
 */
function displayNested(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isCollection(v)) return toStringValue(v);
  if (v instanceof PSHashtable) return typeNameOf(v);
  if (v instanceof PSObject) return scalarToString(v, false);
  return displayValue(v);
}

/**
 * A value in a table cell. Since PowerShell 7.3 Doubles, Singles and Decimals in tables use the
 * culture's decimal digits (3 in en-US under ICU, as pwsh 7.6 on Linux shows): 1.5 and 2.0 show as
 * 1.500 and 2.000, integers as they are.
 */
export function displayCell(v: unknown, enumerationLimit = FORMAT_ENUMERATION_LIMIT): string {
  if (typeof v === 'number' && !isInt32(v)) return fixedDigits(v);
  if (v instanceof PSNumber && isFloatingKind(v.kind)) return fixedDigits(v.value);
  return displayValue(v, enumerationLimit);
}

const TABLE_DECIMALS = 3;

function fixedDigits(v: number): string {
  if (!Number.isFinite(v) || Math.abs(v) >= 1e21) return formatNumber(v);
  // .NET keeps the sign of a negative number that rounds to zero, and of -0 (-0.000).
  const s = Math.abs(v).toFixed(TABLE_DECIMALS);
  return v < 0 || Object.is(v, -0) ? '-' + s : s;
}

/** Is this value right-aligned in a table (numbers are)? */
export function isNumericValue(v: unknown): boolean {
  return typeof v === 'number' || v instanceof PSNumber;
}
