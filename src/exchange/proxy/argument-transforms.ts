// The client-side argument transformations of the module's proxies: what a remote parameter does
// with a PowerShell value before anything is sent. Each throws an Error whose message completes
// `Cannot process argument transformation on parameter 'X'. <message>` (the binder adds the start).
import { toStringValue } from '../../runtime/conversions.js';
import { PSHashtable, PSList, PSObject, PSTimeSpan, ScriptBlockValue } from '../../runtime/values.js';

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

/**
 * Unlimited, ByteQuantifiedSize and Unlimited`1[T]: `Unlimited`, a number (`50GB` is bytes) or a
 * size text (`'50 GB'`, or the `1.5 GB (1,610,612,736 bytes)` a service object prints).
 */
export function unlimitedValue(dotNetType: string): (value: unknown) => unknown {
  return (value) => {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
    const text = value instanceof PSObject ? toStringValue(value).trim() : typeof value === 'string' ? value.trim() : undefined;
    if (text !== undefined) {
      if (/^unlimited$/i.test(text)) return 'Unlimited';
      if (SIZE_TEXT.test(text)) return text;
    }
    const shown = toStringValue(value);
    throw new Error(`Cannot convert value "${shown}" to type "${dotNetType}". Error: "The value '${shown}' isn't valid. Valid values are 'Unlimited', a number of bytes, or a size such as 50GB or '50 GB'."`);
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
