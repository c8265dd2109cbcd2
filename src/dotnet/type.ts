// System.Type's methods on a type value: `[string].GetInterface('IComparable')`,
// `[Color].GetEnumUnderlyingType()`. The interface lists are .NET 9's, as pwsh 7.6 reports them.

import { toBool, toStringValue } from '../runtime/conversions.js';
import { userType } from '../runtime/types.js';
import { PSTypeRef } from '../runtime/values.js';
import { enumNames } from './enum.js';
import type { Method } from './member-tables.js';
import { methodException, overloadNotFound } from './method-errors.js';
import { genericToString, splitGenericName } from './type-names.js';

const COMPARABLE = ['System.IComparable', 'System.IComparable[T]', 'System.IEquatable[T]'];
const FORMATTABLE = ['System.IFormattable', 'System.ISpanFormattable'];
const PARSABLE = ['System.IParsable[T]', 'System.ISpanParsable[T]'];
const NUMBER = [...COMPARABLE, 'System.IConvertible', ...FORMATTABLE, ...PARSABLE];
const NON_GENERIC_LIST = ['System.Collections.IList', 'System.Collections.ICollection', 'System.Collections.IEnumerable'];
const SERIALIZABLE = ['System.Runtime.Serialization.ISerializable', 'System.Runtime.Serialization.IDeserializationCallback'];

/** Interfaces by full type name; `T` stands for the type itself, `E` for a collection's element type. */
const INTERFACES: Record<string, string[]> = {
  'System.String': [...COMPARABLE, 'System.Collections.IEnumerable', 'System.IConvertible', 'System.ICloneable', 'System.Collections.Generic.IEnumerable[System.Char]', ...PARSABLE],
  'System.Int32': NUMBER,
  'System.Int64': NUMBER,
  'System.Double': NUMBER,
  'System.Decimal': [...NUMBER, ...SERIALIZABLE],
  'System.Char': [...COMPARABLE, 'System.IConvertible', ...FORMATTABLE],
  'System.Boolean': [...COMPARABLE, 'System.IConvertible', ...PARSABLE],
  'System.DateTime': [...COMPARABLE, 'System.IConvertible', ...FORMATTABLE, ...PARSABLE, 'System.Runtime.Serialization.ISerializable'],
  'System.TimeSpan': [...COMPARABLE, ...FORMATTABLE, ...PARSABLE],
  'System.Guid': [...COMPARABLE, ...FORMATTABLE, ...PARSABLE],
  'System.Version': [...COMPARABLE, 'System.ICloneable', ...FORMATTABLE],
  'System.Collections.Hashtable': ['System.Collections.IDictionary', 'System.Collections.ICollection', 'System.Collections.IEnumerable', ...SERIALIZABLE, 'System.ICloneable'],
  'System.Collections.ArrayList': [...NON_GENERIC_LIST, 'System.ICloneable'],
  '[]': [...NON_GENERIC_LIST, 'System.ICloneable', 'System.Collections.IStructuralComparable', 'System.Collections.IStructuralEquatable', 'System.Collections.Generic.IList[E]', 'System.Collections.Generic.ICollection[E]', 'System.Collections.Generic.IEnumerable[E]', 'System.Collections.Generic.IReadOnlyList[E]', 'System.Collections.Generic.IReadOnlyCollection[E]'],
  'System.Collections.Generic.List': [...NON_GENERIC_LIST, 'System.Collections.Generic.IList[E]', 'System.Collections.Generic.ICollection[E]', 'System.Collections.Generic.IEnumerable[E]', 'System.Collections.Generic.IReadOnlyList[E]', 'System.Collections.Generic.IReadOnlyCollection[E]'],
  'System.Collections.Generic.HashSet': ['System.Collections.IEnumerable', 'System.Collections.Generic.ISet[E]', 'System.Collections.Generic.ICollection[E]', 'System.Collections.Generic.IEnumerable[E]', 'System.Collections.Generic.IReadOnlyCollection[E]', 'System.Collections.Generic.IReadOnlySet[E]', ...SERIALIZABLE],
  'System.Collections.Generic.Dictionary': ['System.Collections.IDictionary', 'System.Collections.ICollection', 'System.Collections.IEnumerable', 'System.Collections.Generic.IDictionary[K]', 'System.Collections.Generic.IReadOnlyDictionary[K]', ...SERIALIZABLE],
};

/** The interfaces a type implements, as full names exosh resolves (`System.IEquatable[System.String]`). */
function interfacesOf(full: string): string[] {
  let element = 'System.Object';
  let key = full;
  let keyValue = '';
  if (full.endsWith('[]')) {
    element = full.slice(0, -2);
    key = '[]';
  } else {
    const g = splitGenericName(full);
    if (g) {
      key = g.base;
      element = g.args[0] ?? element;
      keyValue = g.args.join(',');
    }
  }
  return (INTERFACES[key] ?? []).map((i) => i.replace('[T]', `[${full}]`).replace('[E]', `[${element}]`).replace('[K]', `[${keyValue}]`));
}

/** The name GetInterface matches: the simple name, generic arity as a backtick count (`IEnumerable`1`). */
function simpleName(full: string): string {
  const g = splitGenericName(full);
  const base = g ? `${g.base}\`${g.args.length}` : full;
  return base.slice(base.lastIndexOf('.') + 1);
}

function namespaceQualified(full: string): string {
  const g = splitGenericName(full);
  return g ? `${g.base}\`${g.args.length}` : full;
}

export const TYPE_METHODS: Record<string, Method<PSTypeRef>> = {
  /** .NET's name, ``List`1[System.Int32]``; a collection's GetType() already carries it. */
  tostring: (t, args, name) => {
    if (args.length > 0) throw overloadNotFound(name, args.length);
    return /`\d+\[/.test(t.name) ? t.name : genericToString(t.name);
  },
  getenumunderlyingtype: (t, args, name) => {
    const user = userType(t.name);
    if (user?.kind === 'enum') return new PSTypeRef(user.underlyingType ?? 'System.Int32');
    if (!user && enumNames(t.name)) return new PSTypeRef('System.Int32');
    throw methodException(name, args.length, "Type provided must be an Enum. (Parameter 'enumType')");
  },
  getinterface: (t, args) => {
    const wanted = toStringValue(args[0]);
    const ignoreCase = args.length > 1 && toBool(args[1]);
    const same = (a: string) => (ignoreCase ? a.toLowerCase() === wanted.toLowerCase() : a === wanted);
    const found = interfacesOf(t.name).find((i) => same(simpleName(i)) || same(namespaceQualified(i)));
    return found === undefined ? null : new PSTypeRef(found);
  },
};
