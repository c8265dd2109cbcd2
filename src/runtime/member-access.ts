// PowerShell's member model: how `$v.Name`, `$v.Name = x` and `$v.Name(args)` find their member —
// PSObject properties, hashtable keys as properties, member enumeration over collections, the
// `.ForEach()`/`.Where()` magic methods, GetType() and `.PSObject`. The members of each .NET type
// are tables in src/dotnet (string.ts, date-time-members.ts, regex.ts...); static members
// ([math]::Round, [datetime]::Now...) are found by static-member-access.ts.

import { int, str } from '../dotnet/arguments.js';
import { ARRAY_METHODS } from '../dotnet/array.js';
import { CHAR_METHODS } from '../dotnet/char.js';
import { collectionProperty, invokeCollectionMethod, isDotNetCollection } from '../dotnet/collections.js';
import { DATE_METHODS, DATE_PROPERTIES, SPAN_METHODS, SPAN_PROPERTIES } from '../dotnet/date-time-members.js';
import { DotNetDictionary } from '../dotnet/dictionary.js';
import { TYPE_METHODS } from '../dotnet/type.js';
import { enumNames } from '../dotnet/enum.js';
import { GUID_METHODS } from '../dotnet/guid.js';
import { HASHTABLE_METHODS } from '../dotnet/hashtable.js';
import { Method, MethodHooks } from '../dotnet/member-tables.js';
import { methodError, methodNotFound, nullMethod, overloadNotFound, propertyNotFound } from '../dotnet/method-errors.js';
import { NUMBER_METHODS } from '../dotnet/number-members.js';
import { REGEX_METHODS } from '../dotnet/regex.js';
import { STRING_METHODS } from '../dotnet/string.js';
import { qualifiedFullName, shortTypeName, splitGenericName } from '../dotnet/type-names.js';
import { uriMember } from '../dotnet/uri.js';
import { convertToFull, enumerate, isCollection, isNull, scalarToString, toArray, toBool, toNumber, toStringValue, typeNameOf, typeNamesOf } from './conversions.js';
import { ErrorRecord, RuntimeError } from './errors.js';
import { formatValue } from './format-operator.js';
import { compareOrdered, valuesEqual } from './operators.js';
import { isUserTypeName, requireTypeName, typeShortName, userType } from './types.js';
import { PSChar, PSClassObject, PSDateTime, PSEnumValue, PSGuid, PSHashtable, PSList, PSObject, PSReference, PSRegex, PSTimeSpan, PSTypeRef, PSUri, PSVersion, ScriptBlockValue } from './values.js';

// ------------------------------------------------------------------------------------------------
// Collections

/** `.ForEach(...)`: a script block, a property/method name (with args), or a type to convert to. */
function magicForEach(items: unknown[], args: unknown[], hooks?: MethodHooks): unknown[] {
  const first = args[0];
  const out: unknown[] = [];
  if (first instanceof ScriptBlockValue) {
    if (!hooks) throw methodError('Script block methods need the engine.', 'NotSupported');
    for (const item of items) out.push(...hooks.invoke(first, item, args.slice(1)));
    return out;
  }
  if (first instanceof PSTypeRef) {
    for (const item of items) out.push(convertToFull(item, first.name));
    return out;
  }
  const name = str(first);
  for (const item of items) {
    if (args.length > 1) {
      const r = invokeMethod(item, name, args.slice(1), hooks);
      if (r !== undefined) out.push(r);
    } else {
      const r = getMember(item, name);
      const e = enumerate(r);
      if (e) out.push(...e);
      else out.push(r);
    }
  }
  return out;
}

/** `.Where({ }, mode, count)` with PowerShell's modes. */
function magicWhere(items: unknown[], args: unknown[], hooks?: MethodHooks): unknown {
  const block = args[0];
  if (!(block instanceof ScriptBlockValue)) throw overloadNotFound('Where', args.length);
  if (!hooks) throw methodError('Script block methods need the engine.', 'NotSupported');
  const mode = args.length > 1 ? str(args[1]).toLowerCase() : 'default';
  const count = args.length > 2 ? int(args[2]) : 0;
  const test = (x: unknown) => toBool(hooks.invoke(block, x));
  switch (mode) {
    case 'default': {
      const out: unknown[] = [];
      for (const x of items) {
        if (test(x)) {
          out.push(x);
          if (count > 0 && out.length >= count) break;
        }
      }
      return out;
    }
    case 'first': {
      const out: unknown[] = [];
      for (const x of items) if (test(x)) {
        out.push(x);
        if (out.length >= Math.max(count, 1)) break;
      }
      return out;
    }
    case 'last': {
      const hits = items.filter(test);
      return hits.slice(-Math.max(count, 1));
    }
    case 'skipuntil': {
      const i = items.findIndex(test);
      const rest = i < 0 ? [] : items.slice(i);
      return count > 0 ? rest.slice(0, count) : rest;
    }
    case 'until': {
      const i = items.findIndex(test);
      const head = i < 0 ? items : items.slice(0, i);
      return count > 0 ? head.slice(0, count) : head;
    }
    case 'split': {
      const yes: unknown[] = [];
      const no: unknown[] = [];
      for (const x of items) {
        if ((count === 0 || yes.length < count) && test(x)) yes.push(x);
        else no.push(x);
      }
      return [yes, no];
    }
    default:
      throw methodError(`Cannot convert value "${str(args[1])}" to type "System.Management.Automation.WhereOperatorSelectionMode". Error: "Unable to match the identifier name ${str(args[1])} to a valid enumerator name. Specify one of the following enumerator names and try again: Default, First, Last, SkipUntil, Until, Split"`, 'InvalidCastFromStringToEnum', 'InvalidArgument');
  }
}

// ------------------------------------------------------------------------------------------------
// .PSObject, GetType()

const psObjectViews = new WeakMap<PSObject, unknown>();

/** `$x.PSObject`: Properties (Name/Value/MemberType/TypeNameOfValue), TypeNames, BaseObject. */
function psObjectView(v: unknown): PSObject {
  const props: PSObject[] = [];
  for (const [name, value] of propertyEntries(v)) {
    props.push(
      PSObject.fromEntries(
        [
          ['Value', value],
          ['MemberType', v instanceof PSObject ? 'NoteProperty' : 'Property'],
          ['IsSettable', true],
          ['IsGettable', true],
          ['TypeNameOfValue', isNull(value) ? 'System.Object' : typeNameOf(value)],
          ['Name', name],
          ['IsInstance', true],
        ],
        [v instanceof PSObject ? 'System.Management.Automation.PSNoteProperty' : 'System.Management.Automation.PSProperty', 'System.Management.Automation.PSPropertyInfo', 'System.Management.Automation.PSMemberInfo', 'System.Object'],
      ),
    );
  }
  for (const p of props) p.toStringHook = (self) => `${typeShortName(str(self.get('TypeNameOfValue')))} ${str(self.get('Name'))}=${str(self.get('Value'))}`;
  const view = PSObject.fromEntries(
    [
      ['BaseObject', v],
      ['ImmediateBaseObject', v],
      ['Properties', props],
      ['Members', props],
      ['TypeNames', typeNamesOf(v)],
    ],
    ['System.Management.Automation.PSObject', 'System.Object'],
  );
  psObjectViews.set(view, v);
  view.methods = new Map([
    [
      'copy',
      {
        name: 'Copy',
        invoke: () => copyValue(v),
        definition: 'psobject Copy()',
      },
    ],
  ]);
  return view;
}

function copyValue(v: unknown): unknown {
  if (v instanceof PSObject) {
    const c = new PSObject([...v.typeNames]);
    for (const [k, p] of v.props) c.props.set(k, { ...p });
    c.toStringHook = v.toStringHook;
    if (v.methods) c.methods = new Map(v.methods);
    return c;
  }
  if (v instanceof PSHashtable) return HASHTABLE_METHODS.clone!(v, [], 'Clone');
  if (Array.isArray(v)) return v.slice();
  return v;
}

/** `x.GetType()`: a PSTypeRef whose Name/FullName members work. */
export function getTypeOf(v: unknown): PSTypeRef {
  let full = typeNameOf(v);
  // Select-Object's and deserialised objects are property bags whatever their type names say.
  if (full.startsWith('Selected.')) full = 'System.Management.Automation.PSCustomObject';
  else if (full.startsWith('Deserialized.')) full = 'System.Management.Automation.PSObject';
  return new PSTypeRef(full, full);
}

/**
 * The properties PowerShell shows for a value (Format-List *, Select-Object *, ConvertTo-Json),
 * in order. For .NET-like values these are the main .NET properties.
 */
export function propertyEntries(v: unknown): [string, unknown][] {
  if (v instanceof PSObject) return v.names().map((n) => [n, v.get(n)]);
  if (v instanceof PSHashtable)
    return [
      ['IsReadOnly', false],
      ['IsFixedSize', false],
      ['IsSynchronized', false],
      ['Keys', v.keys()],
      ['Values', v.values()],
      ['SyncRoot', v],
      ['Count', v.size],
    ];
  if (typeof v === 'string') return [['Length', v.length]];
  if (v instanceof PSDateTime) {
    const names = ['DateTime', 'Date', 'Day', 'DayOfWeek', 'DayOfYear', 'Hour', 'Kind', 'Millisecond', 'Microsecond', 'Nanosecond', 'Minute', 'Month', 'Second', 'Ticks', 'TimeOfDay', 'Year'];
    return (v.displayHint ? ['DisplayHint', ...names] : names).map((n) => [n, getMember(v, n)]);
  }
  if (v instanceof PSTimeSpan) {
    return ['Ticks', 'Days', 'Hours', 'Milliseconds', 'Microseconds', 'Nanoseconds', 'Minutes', 'Seconds', 'TotalDays', 'TotalHours', 'TotalMilliseconds', 'TotalMicroseconds', 'TotalNanoseconds', 'TotalMinutes', 'TotalSeconds'].map((n) => [n, getMember(v, n)]);
  }
  if (v instanceof PSVersion) return [['Major', v.major], ['Minor', v.minor], ['Build', v.build], ['Revision', v.revision], ['MajorRevision', v.revision < 0 ? -1 : v.revision >> 16], ['MinorRevision', v.revision < 0 ? -1 : v.revision & 0xffff]];
  if (v instanceof PSGuid) return [['Guid', v.value]];
  if (v instanceof PSTypeRef) return [['Name', typeShortName(v.name)], ['FullName', v.name], ['Namespace', v.name.includes('.') ? v.name.slice(0, v.name.lastIndexOf('.')) : '']];
  if (v instanceof ErrorRecord) return ['Exception', 'TargetObject', 'CategoryInfo', 'FullyQualifiedErrorId', 'ErrorDetails', 'InvocationInfo', 'ScriptStackTrace', 'PipelineIterationInfo'].map((n) => [n, getMember(v, n)]);
  if (v instanceof PSUri) return ['AbsolutePath', 'AbsoluteUri', 'LocalPath', 'Authority', 'Host', 'Port', 'Query', 'Fragment', 'Scheme', 'OriginalString', 'Segments'].map((n) => [n, getMember(v, n)]);
  if (v instanceof PSList) return [['Capacity', v.items.length], ['Count', v.items.length], ['IsFixedSize', false], ['IsReadOnly', false], ['IsSynchronized', false]];
  if (isDotNetCollection(v)) return [['Count', collectionProperty(v, 'count')]];
  return [];
}

function typeRefMember(t: PSTypeRef, name: string): unknown {
  switch (name) {
    case 'name':
      return shortTypeName(t.name);
    case 'fullname':
      return qualifiedFullName(t.name, isUserTypeName);
    case 'namespace': {
      const base = splitGenericName(t.name)?.base ?? t.name;
      return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : '';
    }
    case 'basetype': {
      if (t.name.endsWith('[]')) return new PSTypeRef('System.Array');
      const user = userType(t.name);
      if (user) return new PSTypeRef(user.baseName ?? 'System.Object');
      if (['System.Int32', 'System.Int64', 'System.Double', 'System.Boolean', 'System.DateTime', 'System.TimeSpan', 'System.Char', 'System.Guid', 'System.Decimal'].includes(t.name)) return new PSTypeRef('System.ValueType');
      if (t.name === 'System.Object') return null;
      return new PSTypeRef('System.Object');
    }
    case 'isarray':
      return t.name.endsWith('[]');
    case 'ispublic':
      return true;
    case 'isserializable':
      return true;
    case 'isenum':
      if (userType(t.name)) return userType(t.name)!.kind === 'enum';
      return ['System.DayOfWeek', 'System.DateTimeKind', 'System.ConsoleColor', 'System.StringSplitOptions'].includes(t.name);
    case 'isvaluetype':
      return typeRefMember(t, 'basetype') instanceof PSTypeRef && (typeRefMember(t, 'basetype') as PSTypeRef).name === 'System.ValueType';
    case 'assemblyqualifiedname':
      return `${t.name}, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e`;
    case 'underlyingsystemtype':
      return t;
    default:
      return undefined;
  }
}

function errorRecordMember(e: ErrorRecord, name: string): unknown {
  switch (name) {
    case 'exception': {
      // A script's `throw [ArgumentException]::new('m', 'p')` keeps its own object (ParamName...).
      if (e.exception !== undefined && e.exception !== null) return e.exception;
      const ex = PSObject.fromEntries(
        [
          ['Message', e.message],
          ['Data', new PSHashtable()],
          ['InnerException', null],
          ['HResult', -2146233087],
          ['Source', null],
          ['StackTrace', null],
        ],
        [e.exceptionType, 'System.Exception', 'System.Object'],
      );
      ex.toStringHook = () => `${e.exceptionType}: ${e.message}`;
      return ex;
    }
    case 'targetobject':
      return e.targetObject;
    case 'fullyqualifiederrorid':
      return e.commandName && !e.errorId.includes(',') ? `${e.errorId},${e.commandName}` : e.errorId;
    case 'categoryinfo': {
      const c = PSObject.fromEntries(
        [
          ['Category', e.category],
          ['Activity', e.commandName ?? ''],
          ['Reason', typeShortName(e.exceptionType)],
          ['TargetName', isNull(e.targetObject) ? '' : str(e.targetObject)],
          ['TargetType', isNull(e.targetObject) ? '' : typeShortName(typeNameOf(e.targetObject))],
        ],
        ['System.Management.Automation.ErrorCategoryInfo', 'System.Object'],
      );
      c.toStringHook = (s) => `${str(s.get('Category'))}: (${str(s.get('TargetName'))}:${str(s.get('TargetType'))}) [${str(s.get('Activity'))}], ${str(s.get('Reason'))}`;
      return c;
    }
    case 'errordetails':
      return null;
    case 'invocationinfo':
      return PSObject.fromEntries(
        [
          ['MyCommand', e.commandName ?? null],
          ['ScriptLineNumber', e.position?.line ?? 0],
          ['OffsetInLine', e.position?.column ?? 0],
          ['ScriptName', e.position?.file ?? ''],
          ['Line', e.position?.lineText ?? ''],
          ['PositionMessage', ''],
          ['InvocationName', e.commandName ?? ''],
        ],
        ['System.Management.Automation.InvocationInfo', 'System.Object'],
      );
    case 'scriptstacktrace':
      return '';
    case 'pipelineiterationinfo':
      return [];
    default:
      return undefined;
  }
}

// ------------------------------------------------------------------------------------------------
// getMember / setMember / invokeMethod

/** Members every value answers besides its own. */
function universalMember(v: unknown, lname: string): unknown {
  if (lname === 'psobject') return psObjectView(v);
  if (lname === 'pstypenames') return typeNamesOf(v);
  if (lname === 'count' || lname === 'length') return 1;
  return undefined;
}

/** Is `lname` a member (not member-enumerated) of an array? */
const ARRAY_PROPERTIES: Record<string, (a: unknown[]) => unknown> = {
  count: (a) => a.length,
  length: (a) => a.length,
  longlength: (a) => a.length,
  rank: () => 1,
  isreadonly: () => false,
  isfixedsize: () => true,
  issynchronized: () => false,
  syncroot: (a) => a,
};

/**
 * `$v.Name`: a property (PSObject note/script/alias property, hashtable key, .NET property), or
 * member enumeration over a collection (each element's value, collections flattened, $nulls
 * left out). $null when there is no such member, as PowerShell does outside strict mode.
 */
export function getMember(v: unknown, memberName: unknown): unknown {
  if (v === null || v === undefined) {
    // `$null.Count` is 0 in PowerShell (no items), as is `$null.Length`; any other member is $null.
    if (typeof memberName === 'string' && /^(count|length)$/i.test(memberName)) return 0;
    return null;
  }
  const name = typeof memberName === 'string' ? memberName : toStringValue(memberName);
  const lname = name.toLowerCase();
  if (v instanceof PSObject) {
    const p = v.props.get(lname);
    if (p !== undefined) return p.kind === 'note' ? p.value : v.get(name);
    if (v instanceof PSClassObject) {
      const h = v.hidden.get(lname);
      if (h) return h.value;
    }
    if (v instanceof PSEnumValue && lname === 'value__') return v.value;
    return universalMember(v, lname) ?? null;
  }
  if (typeof v === 'string') {
    if (lname === 'length') return v.length;
    return universalMember(v, lname) ?? null;
  }
  if (Array.isArray(v)) {
    const prop = ARRAY_PROPERTIES[lname];
    if (prop) return prop(v);
    if (lname === 'psobject' || lname === 'pstypenames') return universalMember(v, lname);
    return memberEnumerate(v, name);
  }
  if (v instanceof DotNetDictionary) {
    if (v.has(name)) return v.get(name);
    const p = collectionProperty(v, lname);
    if (p !== undefined) return p;
    return universalMember(v, lname) ?? null;
  }
  if (v instanceof PSHashtable) {
    if (v.has(name)) return v.get(name);
    switch (lname) {
      case 'keys':
        return v.keys();
      case 'values':
        return v.values();
      case 'count':
        return v.size;
      case 'isreadonly':
      case 'isfixedsize':
      case 'issynchronized':
        return false;
      case 'syncroot':
        return v;
    }
    return universalMember(v, lname) ?? null;
  }
  if (isDotNetCollection(v)) {
    const p = collectionProperty(v, lname);
    if (p !== undefined) return p;
    if (lname === 'psobject' || lname === 'pstypenames') return universalMember(v, lname);
    // Member enumeration over the elements, as for arrays.
    return memberEnumerate(v as Iterable<unknown>, name);
  }
  if (v instanceof PSDateTime) {
    const f = DATE_PROPERTIES[lname];
    if (f) return f(v);
  } else if (v instanceof PSTimeSpan) {
    const f = SPAN_PROPERTIES[lname];
    if (f) return f(v);
  } else if (v instanceof PSTypeRef) {
    const r = typeRefMember(v, lname);
    if (r !== undefined) return r;
  } else if (v instanceof ErrorRecord) {
    const r = errorRecordMember(v, lname);
    if (r !== undefined) return r;
  } else if (v instanceof PSVersion) {
    const r = propertyEntries(v).find(([n]) => n.toLowerCase() === lname);
    if (r) return r[1];
  } else if (v instanceof PSGuid) {
    if (lname === 'guid') return v.value;
  } else if (v instanceof PSUri) {
    const r = uriMember(v, lname);
    if (r !== undefined) return r;
  } else if (v instanceof PSRegex) {
    if (lname === 'options') return v.ignoreCase ? 'IgnoreCase' : v.options.join(', ') || 'None';
    if (lname === 'righttoleft') return false;
  } else if (v instanceof PSReference) {
    if (lname === 'value') return v.get();
  } else if (v instanceof ScriptBlockValue) {
    if (lname === 'ast') return null;
    if (lname === 'isfilter') return false;
  } else if (v instanceof PSChar) {
    if (lname === 'length') return 1;
  } else if (v instanceof Error) {
    if (lname === 'message') return v.message;
  }
  return universalMember(v, lname) ?? null;
}

/** `$collection.Name`: each element's Name, flattened one level, nulls left out. */
export function memberEnumerate(items: Iterable<unknown>, name: string): unknown {
  const out: unknown[] = [];
  for (const item of items) {
    if (isNull(item)) continue;
    const r = getMember(item, name);
    if (isNull(r)) continue;
    const e = typeof r === 'string' ? undefined : enumerate(r);
    if (e) for (const x of e) out.push(x);
    else out.push(r);
  }
  if (out.length === 0) return null;
  if (out.length === 1) return out[0];
  return out;
}

/** `$v.Name = value` */
export function setMember(v: unknown, memberName: unknown, value: unknown): void {
  const name = typeof memberName === 'string' ? memberName : toStringValue(memberName);
  if (v instanceof PSClassObject) {
    setClassProperty(v, name, value);
    return;
  }
  if (v instanceof PSObject) {
    const p = v.props.get(name.toLowerCase());
    if (p === undefined) throw propertyNotFound(name);
    if (p.kind === 'script') throw methodError(`'${p.name}' is a ReadOnly property.`, 'PropertyAssignmentException', 'InvalidOperation');
    if (p.kind === 'alias') {
      setMember(v, p.target, value);
      return;
    }
    p.value = value;
    return;
  }
  if (v instanceof PSHashtable) {
    v.set(name, value);
    return;
  }
  if (v instanceof PSReference && name.toLowerCase() === 'value') {
    v.set(value);
    return;
  }
  if (isNull(v)) throw methodError(`The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`, 'PropertyNotFound', 'InvalidOperation');
  // Member enumeration does not apply to assignment: `$array.Name = 'x'` is an error in PowerShell.
  const lname = name.toLowerCase();
  if (v instanceof PSDateTime || v instanceof PSTimeSpan || typeof v === 'string' || typeof v === 'number') {
    const known = getMember(v, name);
    if (known !== null && lname !== 'psobject') throw methodError(`'${name}' is a ReadOnly property.`, 'PropertyAssignmentException', 'InvalidOperation');
  }
  throw propertyNotFound(name);
}

/** The members of System.Enum a script calls on a value of its own enum. */
function enumMethod(v: PSEnumValue, lname: string, args: unknown[]): unknown {
  switch (lname) {
    case 'hasflag': {
      const flag = args[0] instanceof PSEnumValue ? args[0].value : toNumber(args[0]);
      return (v.value & flag) === flag;
    }
    case 'tostring': {
      const format = args.length > 0 ? str(args[0]).toUpperCase() : 'G';
      if (format === 'D') return String(v.value);
      if (format === 'X') return (v.value >>> 0).toString(16).toUpperCase().padStart(8, '0');
      return v.toStringHook!(v);
    }
    case 'gethashcode':
      return v.value;
    case 'compareto':
      return Math.sign(v.value - (args[0] instanceof PSEnumValue ? args[0].value : toNumber(args[0])));
    case 'equals':
      return args[0] instanceof PSEnumValue && args[0].enumType === v.enumType && args[0].value === v.value;
  }
  return undefined;
}

/** A property of a class instance: typed properties convert, as PowerShell's do ("Exception setting..."). */
function setClassProperty(v: PSClassObject, name: string, value: unknown): void {
  const lname = name.toLowerCase();
  const p = v.props.get(lname) ?? v.hidden.get(lname);
  if (p === undefined) throw propertyNotFound(name);
  if (p.kind !== 'note') throw methodError(`'${p.name}' is a ReadOnly property.`, 'PropertyAssignmentException', 'InvalidOperation');
  const convert = v.userClass.propertyConverter(lname);
  if (!convert) {
    p.value = value;
    return;
  }
  try {
    p.value = convert(value);
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    throw methodError(`Exception setting "${p.name}": "${e.record.message}"`, 'ExceptionWhenSetting', 'NotSpecified', 'System.Management.Automation.SetValueInvocationException');
  }
}

/** `$v.Name(args)`. `hooks` runs script blocks for `.ForEach()`, `.Where()`, `$sb.Invoke()`. */
export function invokeMethod(v: unknown, memberName: unknown, args: unknown[], hooks?: MethodHooks): unknown {
  const name = typeof memberName === 'string' ? memberName : toStringValue(memberName);
  const lname = name.toLowerCase();
  if (v === null || v === undefined) {
    if (lname === 'foreach' || lname === 'where') return [];
    throw nullMethod();
  }
  // List`1.ForEach(Action<T>) is a real method and wins over the magic one.
  if (lname === 'foreach' && !(v instanceof PSList && v.kind === 'List')) return magicForEach(toArray(v), args, hooks);
  if (lname === 'where') return magicWhere(toArray(v), args, hooks);
  if (lname === 'gettype' && args.length === 0) return getTypeOf(v);
  let table: Record<string, Method<never>> | undefined;
  if (v instanceof PSEnumValue) {
    const r = enumMethod(v, lname, args);
    if (r !== undefined) return r;
  }
  if (typeof v === 'string') table = STRING_METHODS as Record<string, Method<never>>;
  else if (typeof v === 'number') table = NUMBER_METHODS as Record<string, Method<never>>;
  else if (Array.isArray(v)) {
    const m = ARRAY_METHODS[lname];
    if (m) return m(v, args, name, hooks);
    // Method enumeration: call it on each element.
    if (v.length > 0 && !['equals', 'gethashcode', 'tostring'].includes(lname)) {
      const out: unknown[] = [];
      for (const item of v) {
        const r = invokeMethod(item, name, args, hooks);
        if (r !== undefined) out.push(r);
      }
      return out.length === 1 ? out[0] : out;
    }
  } else if (isDotNetCollection(v)) {
    const r = invokeCollectionMethod(v, name, lname, args, hooks ? (block, a) => hooks.invoke(block, a[0], a) : undefined);
    if (r.found) return r.value;
    if (v instanceof DotNetDictionary) table = HASHTABLE_METHODS as Record<string, Method<never>>;
  } else if (v instanceof PSHashtable) table = HASHTABLE_METHODS as Record<string, Method<never>>;
  else if (v instanceof PSDateTime) table = DATE_METHODS as Record<string, Method<never>>;
  else if (v instanceof PSTimeSpan) table = SPAN_METHODS as Record<string, Method<never>>;
  else if (v instanceof PSChar) table = CHAR_METHODS as Record<string, Method<never>>;
  else if (v instanceof PSRegex) table = REGEX_METHODS as Record<string, Method<never>>;
  else if (v instanceof PSGuid) table = GUID_METHODS as Record<string, Method<never>>;
  else if (v instanceof PSObject) {
    const m = v.methods?.get(lname);
    if (m) return m.invoke(v, args, hooks);
    // A ScriptMethod-less property holding a script block is not callable, as in PowerShell.
  } else if (v instanceof PSTypeRef && (lname === 'getenumnames' || lname === 'getenumvalues') && args.length === 0) {
    const info = userType(v.name)?.enumInfo();
    if (info) return lname === 'getenumnames' ? info.members.map(([n]) => n) : info.members.map(([, x]) => new PSEnumValue(info, x));
    const names = enumNames(v.name);
    if (names) return names.slice();
    throw methodError('Type provided must be an Enum.', 'ArgumentException', 'NotSpecified', 'System.Management.Automation.MethodInvocationException');
  } else if (v instanceof PSTypeRef) table = TYPE_METHODS as Record<string, Method<never>>;
  else if (v instanceof ScriptBlockValue) {
    if (lname === 'invoke' || lname === 'invokereturnasis') {
      if (!hooks) throw methodError('Script block methods need the engine.', 'NotSupported');
      return hooks.invoke(v, undefined, args);
    }
    if (lname === 'getnewclosure') return v;
  }
  if (table) {
    const m = table[lname];
    if (m) return (m as Method<unknown>)(v, args, name, hooks);
  }
  return universalMethod(v, lname, name, args);
}

function universalMethod(v: unknown, lname: string, name: string, args: unknown[]): unknown {
  switch (lname) {
    case 'tostring':
      if (args.length === 0) return isCollection(v) ? typeNameOf(v) : scalarToString(v, false);
      return formatValue(v, str(args[0]));
    case 'equals':
      return v === args[0] || (!(v instanceof PSObject) && valuesEqual(v, args[0], true));
    case 'gethashcode':
      return 0;
    case 'compareto':
      return compareOrdered(v, args[0]);
    case 'dispose':
    case 'close':
      // Nothing exosh emulates holds resources; `$x.Dispose()` in finally blocks just succeeds.
      if (args.length === 0 && !(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return undefined;
  }
  throw methodNotFound(v, name);
}

/** Resolves `[type]` written as text or a PSTypeRef to a full name (for static calls). */
export function typeFullName(t: PSTypeRef | string): string {
  return t instanceof PSTypeRef ? t.name : requireTypeName(t);
}

