// The runtime's side of the emulated .NET collections (src/dotnet): constructing them from
// `[List[int]]::new()`, `New-Object` and casts, and PowerShell's method binder over their
// declared members — arguments converted to the parameter types (`$list.Add('5')` on a
// List[int] adds 5), script blocks turned into Predicate/Action/Comparison delegates, and
// .NET exceptions worded as PowerShell words them.
import { ErrorRecord, RuntimeError } from '../runtime/errors.js';
import { PSChar, PSDateTime, PSGuid, PSReference, PSTimeSpan, PSVersion, ScriptBlockValue } from '../runtime/values.js';
import { convertToFull, isNull, toArray, toBool, toNumber, toStringValue } from '../runtime/conversions.js';
import { compareOrdered } from '../runtime/operators.js';
import { dateTicks } from './date-time.js';
import { PSList, ARRAYLIST_MEMBERS, LIST_MEMBERS } from './list.js';
import { DotNetHashSet, HASHSET_MEMBERS } from './hash-set.js';
import { DICTIONARY_MEMBERS, type DictionaryFamily, DotNetDictionary } from './dictionary.js';
import { DotNetQueue, DotNetStack, QUEUE_MEMBERS, STACK_MEMBERS } from './queue-stack.js';
import { DEFAULT_COMPARER, installValueSemantics, StringComparerValue } from './comparers.js';
import { DotNetException, type DotNetMembers, type KeyComparer, type ParamType } from './members.js';
import { splitGenericName } from './type-names.js';

// .NET's EqualityComparer<T>.Default over exosh's values: value types by value, strings ordinal.
installValueSemantics(
  (v) => {
    if (v instanceof PSChar) return `\u0000char:${v.code}`;
    if (v instanceof PSDateTime) return `\u0000date:${dateTicks(v)}`;
    if (v instanceof PSTimeSpan) return `\u0000span:${v.ticks}`;
    if (v instanceof PSGuid) return `\u0000guid:${v.value}`;
    if (v instanceof PSVersion) return `\u0000version:${v.toString()}`;
    return v;
  },
  (a, b) => compareOrdered(a, b, true),
);

export type DotNetCollection = PSList | DotNetHashSet | DotNetDictionary | DotNetQueue | DotNetStack;

export function isDotNetCollection(v: unknown): v is DotNetCollection {
  return v instanceof PSList || v instanceof DotNetHashSet || v instanceof DotNetDictionary || v instanceof DotNetQueue || v instanceof DotNetStack;
}

/** Type.ToString() of a collection: ``System.Collections.Generic.List`1[System.Int32]``. */
export function collectionTypeName(v: DotNetCollection): string {
  return v.typeName;
}

/** The interfaces and generic forms `-is` accepts for a collection. */
export function collectionInterfaces(v: DotNetCollection): string[] {
  const out = ['System.Collections.IEnumerable', 'System.Collections.ICollection'];
  if (v instanceof PSList) {
    out.push('System.Collections.IList');
    if (v.kind === 'List') out.push(`System.Collections.Generic.List[${v.elementType}]`, `System.Collections.Generic.IList[${v.elementType}]`, `System.Collections.Generic.IEnumerable[${v.elementType}]`);
  } else if (v instanceof DotNetDictionary) {
    out.push('System.Collections.IDictionary', `System.Collections.Generic.${v.family}[${v.keyType},${v.valueType}]`, `System.Collections.Generic.IDictionary[${v.keyType},${v.valueType}]`);
  } else if (v instanceof DotNetHashSet) {
    out.push(`System.Collections.Generic.${v.sorted ? 'SortedSet' : 'HashSet'}[${v.elementType}]`, `System.Collections.Generic.ISet[${v.elementType}]`);
  } else if (v instanceof DotNetQueue) out.push(`System.Collections.Generic.Queue[${v.elementType}]`);
  else if (v instanceof DotNetStack) out.push(`System.Collections.Generic.Stack[${v.elementType}]`);
  return out;
}

// ------------------------------------------------------------------------------------------------
// Construction

const GENERIC_BASE = 'System.Collections.Generic.';

/** Is this resolved full name one of the collections exosh emulates? */
export function isCollectionType(full: string): boolean {
  if (full === 'System.Collections.ArrayList' || full === 'System.Collections.Queue' || full === 'System.Collections.Stack') return true;
  const g = splitGenericName(full);
  return !!g && g.base.startsWith(GENERIC_BASE) && FAMILIES.has(g.base.slice(GENERIC_BASE.length));
}

const FAMILIES = new Set(['List', 'HashSet', 'SortedSet', 'Dictionary', 'SortedDictionary', 'SortedList', 'Queue', 'Stack']);

function convertElement(v: unknown, type: string): unknown {
  // Object and PSObject take any value as it is (a hashtable stays a hashtable in List[PSObject]).
  if (type === 'System.Object' || type === 'System.Management.Automation.PSObject') return v;
  return convertToFull(v, type);
}

function comparerArgument(a: unknown): KeyComparer | undefined {
  return a instanceof StringComparerValue ? a : undefined;
}

/** An empty collection of a resolved type, or one filled from the constructor's collection argument. */
export function constructCollection(full: string, args: unknown[]): DotNetCollection | undefined {
  if (full === 'System.Collections.ArrayList') return new PSList('ArrayList', 'System.Object', args.length === 1 && typeof args[0] !== 'number' ? toArray(args[0]).slice() : []);
  if (full === 'System.Collections.Queue') return fill(new DotNetQueue('System.Object', false), args);
  if (full === 'System.Collections.Stack') return fill(new DotNetStack('System.Object', false), args);
  const g = splitGenericName(full);
  if (!g || !g.base.startsWith(GENERIC_BASE)) return undefined;
  const family = g.base.slice(GENERIC_BASE.length);
  const [t, u] = g.args as [string, string | undefined];
  switch (family) {
    case 'List':
      return fill(new PSList('List', t), args);
    case 'HashSet':
    case 'SortedSet': {
      const comparer = comparerArgument(args.at(-1));
      const set = new DotNetHashSet(t, comparer ?? DEFAULT_COMPARER, family === 'SortedSet');
      const source = comparer ? args.slice(0, -1) : args;
      return fill(set, source);
    }
    case 'Dictionary':
    case 'SortedDictionary':
    case 'SortedList': {
      if (u === undefined) return undefined;
      const comparer = comparerArgument(args.at(-1));
      const d = new DotNetDictionary(t, u, comparer ?? DEFAULT_COMPARER, family as DictionaryFamily, convertElement);
      const source = comparer ? args.slice(0, -1) : args;
      // new Dictionary(IDictionary): copies it.
      if (source.length === 1 && source[0] !== null && typeof source[0] === 'object' && 'entries' in (source[0] as object)) {
        for (const [k, v] of (source[0] as DotNetDictionary).entries()) d.add(convertElement(k, t), convertElement(v, u));
      }
      return d;
    }
    case 'Queue':
      return fill(new DotNetQueue(t), args);
    case 'Stack':
      return fill(new DotNetStack(t), args);
  }
  return undefined;
}

/** `new List[T](IEnumerable<T>)`; a number argument is the capacity. */
function fill<C extends DotNetCollection>(c: C, args: unknown[]): C {
  if (args.length !== 1 || typeof args[0] === 'number' || isNull(args[0])) return c;
  for (const x of toArray(args[0])) addConverted(c, x);
  return c;
}

function addConverted(c: DotNetCollection, x: unknown): void {
  if (c instanceof PSList) c.items.push(convertElement(x, c.elementType));
  else if (c instanceof DotNetHashSet) c.add(convertElement(x, c.elementType));
  else if (c instanceof DotNetQueue) c.enqueue(convertElement(x, c.elementType));
  else if (c instanceof DotNetStack) c.buffer.push(convertElement(x, c.elementType));
}

/** `[List[int]](1,2,3)`, `[HashSet[string]]$names`: the cast builds a new collection; $null stays $null. */
export function castToCollection(v: unknown, full: string): DotNetCollection | null | undefined {
  if (isNull(v)) return null;
  const c = constructCollection(full, []);
  if (!c || c instanceof DotNetDictionary) return undefined;
  if (c instanceof PSList && c.kind === 'ArrayList') {
    for (const x of toArray(v)) c.items.push(x);
    return c;
  }
  for (const x of toArray(v)) addConverted(c, x);
  return c;
}

// ------------------------------------------------------------------------------------------------
// Members

function membersOf(v: DotNetCollection): DotNetMembers<never> {
  if (v instanceof PSList) return (v.kind === 'List' ? LIST_MEMBERS : ARRAYLIST_MEMBERS) as DotNetMembers<never>;
  if (v instanceof DotNetHashSet) return HASHSET_MEMBERS as DotNetMembers<never>;
  if (v instanceof DotNetDictionary) return DICTIONARY_MEMBERS as DotNetMembers<never>;
  if (v instanceof DotNetQueue) return QUEUE_MEMBERS as DotNetMembers<never>;
  return STACK_MEMBERS as DotNetMembers<never>;
}

/** A property of the collection (`Count`, `Keys`...), or undefined when it has none by that name. */
export function collectionProperty(v: DotNetCollection, lname: string): unknown {
  const p = membersOf(v).properties[lname];
  return p ? p(v as never) : undefined;
}

/** Does the collection have a .NET method of this name? (`.ForEach` on a List is List.ForEach.) */
export function hasCollectionMethod(v: DotNetCollection, lname: string): boolean {
  return lname in membersOf(v).methods;
}

/** Runs a script block for a delegate parameter; the engine supplies it. */
export type DelegateInvoker = (block: ScriptBlockValue, args: unknown[]) => unknown[];

function err(message: string, errorId: string, exceptionType: string, category: ErrorRecord['category'] = 'NotSpecified'): RuntimeError {
  return new RuntimeError(new ErrorRecord(message, errorId, category, null, undefined, undefined, exceptionType));
}

function noOverload(name: string, count: number): RuntimeError {
  return err(`Cannot find an overload for "${name}" and the argument count: "${count}".`, 'MethodCountCouldNotFindBest', 'System.Management.Automation.MethodException', 'InvalidOperation');
}

function typeArgument(v: DotNetCollection, t: ParamType): string {
  if (v instanceof DotNetDictionary) return t === 'TKey' ? v.keyType : v.valueType;
  return v.elementType;
}

/**
 * `$collection.Method(args)`: picks the overload by argument count, converts each argument to its
 * parameter's type and calls it. Undefined `found` means no such method (the caller tries the
 * members every object has).
 */
export function invokeCollectionMethod(v: DotNetCollection, name: string, lname: string, args: unknown[], invoke: DelegateInvoker | undefined): { found: boolean; value?: unknown } {
  const method = membersOf(v).methods[lname];
  if (!method) return { found: false };
  let overload = method[0]!;
  for (let i = 0; overload.params.length !== args.length; i++) {
    if (i + 1 >= method.length) throw noOverload(name, args.length);
    overload = method[i + 1]!;
  }
  const converted = new Array<unknown>(args.length);
  for (let i = 0; i < args.length; i++) {
    const param = overload.params[i]!;
    const ptype = param[1];
    const arg = args[i];
    // Fast path: an element parameter of an untyped list takes the value as it is.
    if (ptype === 'T' && !(v instanceof DotNetDictionary) && (v.elementType === 'System.Object' || v.elementType === 'System.Management.Automation.PSObject')) converted[i] = arg;
    else converted[i] = convertArgument(v, name, args.length, param[0], ptype, arg, invoke);
  }
  try {
    return { found: true, value: overload.invoke(v as never, converted) };
  } catch (e) {
    if (e instanceof DotNetException) {
      throw err(`Exception calling "${name}" with "${args.length}" argument(s): "${e.message}"`, e.exceptionType.slice(e.exceptionType.lastIndexOf('.') + 1), 'System.Management.Automation.MethodInvocationException');
    }
    throw e;
  }
}

function convertArgument(v: DotNetCollection, method: string, argCount: number, pname: string, ptype: ParamType, arg: unknown, invoke: DelegateInvoker | undefined): unknown {
  const convert = (x: unknown, type: string): unknown => convertArgumentTo(x, type, method, argCount, pname, arg);
  const fail = (target: string, inner: string): RuntimeError => argumentError(method, pname, arg, target, inner);
  switch (ptype) {
    case 'T':
    case 'TKey':
    case 'TValue':
      return convertArgumentTo(arg, typeArgument(v, ptype), method, argCount, pname, arg);
    case 'System.Object':
      return arg;
    case 'System.Int32':
      return convert(arg, 'System.Int32');
    case 'IEnumerable<T>': {
      const type = typeArgument(v, 'T');
      return toArray(arg).map((x) => convert(x, type));
    }
    case 'ref TValue':
      if (arg instanceof PSReference) return { get: () => arg.get(), set: (x: unknown) => arg.set(x) };
      throw err(`Argument: '${pname}' should be a System.Management.Automation.PSReference. Use [ref].`, 'NonRefArgumentToRefParameterMsg', 'System.Management.Automation.MethodException');
    case 'IComparer':
      return arg;
    case 'Predicate<T>':
    case 'Action<T>':
    case 'Comparison<T>': {
      const delegateType = `System.${ptype.replace('<T>', '')}\`${ptype === 'Comparison<T>' ? 1 : 1}[${typeArgument(v, 'T')}]`;
      if (!(arg instanceof ScriptBlockValue) || !invoke) throw fail(delegateType, `Cannot convert the "${toStringValue(arg)}" value of type "${arg === null ? 'null' : typeof arg}" to type "${delegateType}".`);
      if (ptype === 'Predicate<T>') return (x: unknown) => toBool(unwrap(invoke(arg, [x])));
      if (ptype === 'Action<T>') return (x: unknown) => void invoke(arg, [x]);
      return (a: unknown, b: unknown) => toNumber(unwrap(invoke(arg, [a, b])));
    }
  }
}

function argumentError(method: string, pname: string, arg: unknown, target: string, inner: string): RuntimeError {
  return err(
    `Cannot convert argument "${pname}", with value: "${toStringValue(arg)}", for "${method}" to type "${target}": "${inner}"`,
    'MethodArgumentConversionInvalidCastArgument',
    'System.Management.Automation.MethodException',
  );
}

function convertArgumentTo(x: unknown, type: string, method: string, argCount: number, pname: string, arg: unknown): unknown {
  // The common case of a List[int] fed integers needs no conversion.
  if (type === 'System.Int32' && typeof x === 'number' && (x | 0) === x) return x;
  if (type === 'System.String' && typeof x === 'string') return x;
  try {
    return convertElement(x, type);
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    // No conversion path at all (not one that failed on this value): .NET's binder finds no overload.
    if (e.record.errorId === 'ConvertToFinalInvalidCastException') throw noOverload(method, argCount);
    throw argumentError(method, pname, arg, type, e.record.message);
  }
}

function unwrap(xs: unknown[]): unknown {
  return xs.length === 0 ? null : xs.length === 1 ? xs[0] : xs;
}
