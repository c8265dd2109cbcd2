// The client-side argument transformations of the module's proxies: what a remote parameter does
// with a PowerShell value before anything is sent. Each throws an Error whose message completes
// `Cannot process argument transformation on parameter 'X'. <message>` (the binder adds the start).
import { toStringValue } from '../../runtime/conversions.js';
import { PSNumber } from '../../dotnet/numeric-types.js';
import { PSHashtable, PSList, PSObject, PSTimeSpan, ScriptBlockValue } from '../../runtime/values.js';
import { formatByteQuantifiedSize } from '../values/sizes.js';

/**
 * The text an identity parameter (MailboxIdParameter, RecipientIdParameter[]...) gets from a value:
 * a service object becomes its Identity, as the module's *IdParameter types are built from the
 * object's ToString(); texts, numbers and GUIDs their text.
 */
export function identityText(value: unknown): unknown {
  if (value === null || value === undefined || typeof value === 'string') return value;
  if (value instanceof PSObject) {
    if (value.toStringHook) return value.toStringHook(value);
    if (value.has('Identity')) return toStringValue(value.get('Identity'));
  }
  return toStringValue(value);
}

/** Each element of an array-or-scalar through `one`; a scalar stays a scalar. */
export function eachElement(one: (v: unknown) => unknown): (value: unknown) => unknown {
  return (value) => (Array.isArray(value) ? value.map(one) : value instanceof PSList ? value.items.map(one) : one(value));
}

/**
 * MultiValuedProperty, ProxyAddressCollection and other arrays: a list of values, or the module's
 * add/remove edit `@{Add='a'; Remove='b'}` kept as a hashtable for the encoder.
 */
export function multiValued(element: (v: unknown) => unknown): (value: unknown) => unknown {
  return (value) => {
    if (value instanceof PSHashtable || value === null) return value;
    if (Array.isArray(value)) return value.map(element);
    if (value instanceof PSList) return value.items.map(element);
    return [element(value)];
  };
}

const SIZE_TEXT = /^\d+(\.\d+)?\s*(B|KB|MB|GB|TB)?(\s*\(.*\))?$/i;
const TIME_TEXT = /^-?(\d+\.)?\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * What an `Unlimited` holds: the docs write `Unlimited` for Unlimited<ByteQuantifiedSize>
 * (quotas), Unlimited<EnhancedTimeSpan> (ages, intervals) and Unlimited<Int32> (counts, ResultSize)
 * alike, so the parameter's name tells them apart.
 */
export type UnlimitedKind = 'size' | 'timespan' | 'count';

export function unlimitedKind(name: string, type: string): UnlimitedKind {
  if (/ByteQuantifiedSize/.test(type) || /(Quota|SendSize|ReceiveSize|ItemSize|AttachmentSize)$/i.test(name)) return 'size';
  if (/TimeSpan/.test(type) || /(Expiration|Interval|AgeLimit|Period|Duration|TimeLock|DeviceLock)$/i.test(name)) return 'timespan';
  return 'count';
}

const UNLIMITED_TYPE: Record<UnlimitedKind, string> = {
  size: 'Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data.ByteQuantifiedSize]',
  timespan: 'Microsoft.Exchange.Data.Unlimited`1[Microsoft.Exchange.Data.EnhancedTimeSpan]',
  count: 'Microsoft.Exchange.Data.Unlimited`1[System.Int32]',
};

const VALID: Record<UnlimitedKind, string> = {
  size: "'Unlimited', a number of bytes, or a size such as 50GB or '50 GB'",
  timespan: "'Unlimited', a number of days, or a time span such as '30.00:00:00'",
  count: "'Unlimited' or a whole number",
};

/**
 * Unlimited and ByteQuantifiedSize parameters. Sizes go as the text the module's
 * Unlimited<ByteQuantifiedSize> prints (`50 GB (53,687,091,200 bytes)`), whatever was typed:
 * `50GB` (a number), `'50 GB'`, or a size taken from a service object.
 */
export function unlimitedValue(kind: UnlimitedKind, dotNetType = UNLIMITED_TYPE[kind]): (value: unknown) => unknown {
  return (raw) => {
    // 50GB is an Int64 to PowerShell: a typed number arrives here as its plain value.
    const value = raw instanceof PSNumber ? raw.value : raw;
    if (kind === 'timespan' && value instanceof PSTimeSpan) return value;
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
      if (kind === 'size' && Number.isInteger(value)) return formatByteQuantifiedSize(value);
      if (kind !== 'size') return value;
    }
    const text = value instanceof PSObject ? toStringValue(value).trim() : typeof value === 'string' ? value.trim() : undefined;
    if (text !== undefined) {
      if (/^unlimited$/i.test(text)) return 'Unlimited';
      if (kind === 'size' && SIZE_TEXT.test(text)) return /^\d+$/.test(text) ? formatByteQuantifiedSize(Number(text)) : text;
      if (kind === 'timespan' && (TIME_TEXT.test(text) || /^\d+$/.test(text))) return text;
      if (kind === 'count' && /^\d+$/.test(text)) return Number(text);
    }
    const shown = toStringValue(value);
    throw new Error(`Cannot convert value "${shown}" to type "${dotNetType}". Error: "The value '${shown}' isn't valid. Valid values are ${VALID[kind]}."`);
  };
}

/** TimeSpan and EnhancedTimeSpan: a [timespan] or a text the service parses (`'30.00:00:00'`, `'1:00:00'`). */
export function timeSpanOrText(dotNetType: string): (value: unknown) => unknown {
  return (value) => {
    if (value === null || value instanceof PSTimeSpan || typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return new PSTimeSpan(value);
    throw new Error(`Cannot convert value "${toStringValue(value)}" to type "${dotNetType}".`);
  };
}

/** -Filter {…}: a script block's text; anything else its text too. */
export function filterText(value: unknown): unknown {
  if (value === null || typeof value === 'string') return value;
  if (value instanceof ScriptBlockValue) return value.text.trim();
  return toStringValue(value);
}
