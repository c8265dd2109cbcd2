// `[type]::Member`, `[type]::Method(args)`, `[type]::new()` and New-Object: finds a type's static
// table (each .NET type family's is in src/dotnet: math.ts, date-time-members.ts, string.ts...) by
// full type name, then the member by lower-cased name. The PowerShell types ([pscredential],
// [ErrorRecord], [WildcardPattern]) are built here.

import { int, str } from '../dotnet/arguments.js';
import { ARRAY } from '../dotnet/array.js';
import { CHAR } from '../dotnet/char.js';
import { constructCollection, isCollectionType } from '../dotnet/collections.js';
import { STRING_COMPARERS } from '../dotnet/comparers.js';
import { BITCONVERTER, CONVERT } from '../dotnet/convert.js';
import { CULTUREINFO } from '../dotnet/culture-info.js';
import { DATETIME, DATETIMEOFFSET, newDateTime, TIMESPAN } from '../dotnet/date-time-members.js';
import { ENUMS, ERROR_CATEGORIES } from '../dotnet/enum.js';
import { ENVIRONMENT } from '../dotnet/environment.js';
import { EXCEPTION_TYPES, exceptionConstructor } from '../dotnet/exceptions.js';
import { DIRECTORY, FILE, PATH } from '../dotnet/file-system.js';
import { GUID } from '../dotnet/guid.js';
import { MATH } from '../dotnet/math.js';
import { MethodHooks, StaticMethod, StaticType } from '../dotnet/member-tables.js';
import { methodNotFoundOnType, staticMethodError } from '../dotnet/method-errors.js';
import { DOUBLE, integerType } from '../dotnet/number-members.js';
import { random } from '../dotnet/random.js';
import { REGEX } from '../dotnet/regex.js';
import { stopwatch, STOPWATCH } from '../dotnet/stopwatch.js';
import { STRING } from '../dotnet/string.js';
import { ENCODING, stringBuilder } from '../dotnet/text.js';
import { THREAD } from '../dotnet/thread.js';
import { URI } from '../dotnet/uri.js';
import { VERSION } from '../dotnet/version.js';
import { WEBUTILITY } from '../dotnet/web-utility.js';
import { conversionError, isNull, toStringValue } from './conversions.js';
import { constructCredential } from './credentials.js';
import { ErrorCategory, ErrorRecord } from './errors.js';
import { INTEGER_RANGES, requireTypeName, userType } from './types.js';
import { PSHashtable, PSObject, PSTypeRef } from './values.js';

/** `[System.Management.Automation.ErrorRecord]::new(exception, errorId, category, target)` */
function newErrorRecord(a: unknown[]): ErrorRecord {
  const ex = a[0];
  const message = ex instanceof PSObject ? str(ex.get('Message')) : ex instanceof ErrorRecord ? ex.message : str(ex);
  const type = ex instanceof PSObject ? (ex.typeNames[0] ?? 'System.Exception') : 'System.Exception';
  const category = (ERROR_CATEGORIES.find((c) => c.toLowerCase() === str(a[2] ?? 'NotSpecified').toLowerCase()) ?? 'NotSpecified') as ErrorCategory;
  return new ErrorRecord(message, a.length > 1 && !isNull(a[1]) ? str(a[1]) : '', category, a[3] ?? null, undefined, undefined, type);
}

// ------------------------------------------------------------------------------------------------
// Constructors: [type]::new(...) and New-Object

function constructor(full: string): StaticMethod | undefined {
  const user = userType(full);
  if (user) return (a) => user.construct(a);
  switch (full) {
    case 'System.Collections.Hashtable':
      return () => new PSHashtable(false);
    case 'System.Collections.Specialized.OrderedDictionary':
      return () => new PSHashtable(true);
    case 'System.Management.Automation.PSObject':
    case 'System.Object':
      return () => new PSObject();
    case 'System.Text.StringBuilder':
      return (a) => stringBuilder(a.length && typeof a[0] === 'string' ? a[0] : '');
    case 'System.Random':
      return (a) => random(a.length ? int(a[0]) : undefined);
    case 'System.DateTime':
      return (a, n) => newDateTime(a, n);
    case 'System.TimeSpan':
      return TIMESPAN.methods!.new!;
    case 'System.Version':
      return VERSION.methods!.new!;
    case 'System.Uri':
      return URI.methods!.new!;
    case 'System.Guid':
      return GUID.methods!.new!;
    case 'System.Text.RegularExpressions.Regex':
      return REGEX.methods!.new!;
    case 'System.String':
      return STRING.methods!.new!;
    case 'System.Diagnostics.Stopwatch':
      return () => stopwatch(false);
    case 'System.DateTimeOffset':
      return DATETIMEOFFSET.methods!.new!;
    case 'System.Globalization.CultureInfo':
      return CULTUREINFO.methods!.new!;
    case 'System.Management.Automation.ErrorRecord':
      return (a) => newErrorRecord(a);
    case 'System.Management.Automation.PSCredential':
      return (a, n) => constructCredential(a, n);
  }
  if (EXCEPTION_TYPES[full]) return exceptionConstructor(full);
  if (isCollectionType(full)) return (a) => constructCollection(full, a);
  return undefined;
}

/** `New-Object TypeName -ArgumentList ...` and `[type]::new(...)`. */
export function constructObject(type: unknown, args: unknown[]): unknown {
  const full = fullNameOf(type);
  const ctor = constructor(full);
  if (!ctor) throw staticMethodError(`Cannot create an instance of [${full}]: not supported by exosh yet.`, 'NotSupportedByExosh', 'NotImplemented');
  return ctor(args, 'new');
}

const WILDCARDPATTERN: StaticType = {
  methods: {
    escape: (a) => str(a[0]).replace(/[*?[\]`]/g, (c) => '`' + c),
    containswildcardcharacters: (a) => /[*?[]/.test(str(a[0]).replace(/`./g, '')),
  },
};

// ------------------------------------------------------------------------------------------------
// Lookup

const STATIC_TYPES: Record<string, StaticType> = {
  'System.Math': MATH,
  'System.DateTime': DATETIME,
  'System.TimeSpan': TIMESPAN,
  'System.String': STRING,
  'System.Double': DOUBLE,
  'System.Single': DOUBLE,
  'System.Decimal': DOUBLE,
  'System.Char': CHAR,
  'System.Guid': GUID,
  'System.Text.RegularExpressions.Regex': REGEX,
  'System.Version': VERSION,
  'System.Uri': URI,
  'System.Convert': CONVERT,
  'System.Environment': ENVIRONMENT,
  'System.IO.Path': PATH,
  'System.Text.Encoding': ENCODING,
  'System.BitConverter': BITCONVERTER,
  'System.Net.WebUtility': WEBUTILITY,
  'System.Web.HttpUtility': WEBUTILITY,
  'System.Array': ARRAY,
  'System.IO.File': FILE,
  'System.IO.Directory': DIRECTORY,
  'System.Diagnostics.Stopwatch': STOPWATCH,
  'System.Threading.Thread': THREAD,
  'System.DateTimeOffset': DATETIMEOFFSET,
  'System.Globalization.CultureInfo': CULTUREINFO,
  'System.Management.Automation.WildcardPattern': WILDCARDPATTERN,
  'System.DBNull': { properties: { value: () => null } },
  'System.StringComparer': { properties: Object.fromEntries(Object.entries(STRING_COMPARERS).map(([k, c]) => [k, () => c])) },
  'System.Management.Automation.Internal.AutomationNull': { properties: { value: () => undefined } },
  'System.Boolean': { properties: { truestring: () => 'True', falsestring: () => 'False' }, methods: { parse: (a, n) => CONVERT.methods!.toboolean!(a, n) } },
};
for (const full of Object.keys(INTEGER_RANGES)) STATIC_TYPES[full] = integerType(full);

function fullNameOf(type: unknown): string {
  return type instanceof PSTypeRef ? type.name : requireTypeName(toStringValue(type));
}

/** `[type]::Name` — $null when the type has no such static member (PowerShell outside strict mode). */
export function getStaticMember(type: unknown, memberName: unknown): unknown {
  const full = fullNameOf(type);
  const name = toStringValue(memberName);
  const lname = name.toLowerCase();
  const enumValues = ENUMS[full];
  if (enumValues) {
    const v = enumValues.find((x) => x.toLowerCase() === lname);
    if (v !== undefined) return v;
  }
  const prop = STATIC_TYPES[full]?.properties?.[lname];
  if (prop) return prop();
  return null;
}

/** `[type]::Name(args)` */
export function invokeStaticMethod(type: unknown, memberName: unknown, args: unknown[], hooks?: MethodHooks): unknown {
  const full = fullNameOf(type);
  const name = toStringValue(memberName);
  const lname = name.toLowerCase();
  if (lname === 'new') return constructObject(full, args);
  const m = STATIC_TYPES[full]?.methods?.[lname];
  if (m) return m(args, name, hooks);
  if (lname === 'getvalues' && ENUMS[full]) return ENUMS[full]!.slice();
  if (lname === 'getnames' && ENUMS[full]) return ENUMS[full]!.slice();
  if (lname === 'parse' && ENUMS[full]) {
    const v = ENUMS[full]!.find((x) => x.toLowerCase() === str(args[args.length - 1]).toLowerCase() || x.toLowerCase() === str(args[0]).toLowerCase());
    if (v) return v;
    throw conversionError(args[0], full);
  }
  if (lname === 'equals' && args.length === 2) return toStringValue(args[0]) === toStringValue(args[1]);
  throw methodNotFoundOnType(full, name);
}

/**
 * Lets another room add a static method exosh's value layer cannot implement alone, e.g. the
 * engine's `[scriptblock]::Create(text)` (it needs the compiler).
 */
export function registerStaticMethod(typeFullName: string, methodName: string, fn: (args: unknown[]) => unknown): void {
  const t = (STATIC_TYPES[typeFullName] ??= {});
  (t.methods ??= {})[methodName.toLowerCase()] = (args) => fn(args);
}
