// Type literals: `[int]`, `[System.DateTime]`, `[string[]]`, `[System.Collections.Generic.List[string]]`
// resolved to canonical .NET full names, with PowerShell's accelerators, the optional `System.`
// prefix, and "Unable to find type [Foo]." for the rest.
import { ErrorRecord, RuntimeError } from './errors.js';
import { type EnumTypeInfo, PSTypeRef } from './values.js';
import { splitGenericName } from '../dotnet/type-names.js';

/** PowerShell 7's type accelerators (lower-case) → full name. */
export const ACCELERATORS: Readonly<Record<string, string>> = {
  alias: 'System.Management.Automation.AliasAttribute',
  allowemptycollection: 'System.Management.Automation.AllowEmptyCollectionAttribute',
  allowemptystring: 'System.Management.Automation.AllowEmptyStringAttribute',
  allownull: 'System.Management.Automation.AllowNullAttribute',
  argumentcompleter: 'System.Management.Automation.ArgumentCompleterAttribute',
  argumentcompletions: 'System.Management.Automation.ArgumentCompletionsAttribute',
  array: 'System.Array',
  bool: 'System.Boolean',
  byte: 'System.Byte',
  char: 'System.Char',
  cmdletbinding: 'System.Management.Automation.CmdletBindingAttribute',
  datetime: 'System.DateTime',
  decimal: 'System.Decimal',
  double: 'System.Double',
  dscresource: 'System.Management.Automation.DscResourceAttribute',
  experimentaction: 'System.Management.Automation.ExperimentAction',
  experimental: 'System.Management.Automation.ExperimentalAttribute',
  experimentalfeature: 'System.Management.Automation.ExperimentalFeature',
  float: 'System.Single',
  single: 'System.Single',
  guid: 'System.Guid',
  hashtable: 'System.Collections.Hashtable',
  int: 'System.Int32',
  int32: 'System.Int32',
  short: 'System.Int16',
  int16: 'System.Int16',
  long: 'System.Int64',
  int64: 'System.Int64',
  ciminstance: 'Microsoft.Management.Infrastructure.CimInstance',
  cimclass: 'Microsoft.Management.Infrastructure.CimClass',
  cimtype: 'Microsoft.Management.Infrastructure.CimType',
  cimconverter: 'Microsoft.Management.Infrastructure.CimConverter',
  ipendpoint: 'System.Net.IPEndPoint',
  nullstring: 'System.Management.Automation.Language.NullString',
  outputtype: 'System.Management.Automation.OutputTypeAttribute',
  objectsecurity: 'System.Security.AccessControl.ObjectSecurity',
  parameter: 'System.Management.Automation.ParameterAttribute',
  physicaladdress: 'System.Net.NetworkInformation.PhysicalAddress',
  pscredential: 'System.Management.Automation.PSCredential',
  psdefaultvalue: 'System.Management.Automation.PSDefaultValueAttribute',
  pslistmodifier: 'System.Management.Automation.PSListModifier',
  psobject: 'System.Management.Automation.PSObject',
  pscustomobject: 'System.Management.Automation.PSObject',
  psprimitivedictionary: 'System.Management.Automation.PSPrimitiveDictionary',
  ref: 'System.Management.Automation.PSReference',
  pstypenameattribute: 'System.Management.Automation.PSTypeNameAttribute',
  regex: 'System.Text.RegularExpressions.Regex',
  dscproperty: 'System.Management.Automation.DscPropertyAttribute',
  sbyte: 'System.SByte',
  string: 'System.String',
  supportswildcards: 'System.Management.Automation.SupportsWildcardsAttribute',
  switch: 'System.Management.Automation.SwitchParameter',
  cultureinfo: 'System.Globalization.CultureInfo',
  bigint: 'System.Numerics.BigInteger',
  securestring: 'System.Security.SecureString',
  timespan: 'System.TimeSpan',
  ushort: 'System.UInt16',
  uint16: 'System.UInt16',
  uint: 'System.UInt32',
  uint32: 'System.UInt32',
  ulong: 'System.UInt64',
  uint64: 'System.UInt64',
  uri: 'System.Uri',
  validatecount: 'System.Management.Automation.ValidateCountAttribute',
  validatedrive: 'System.Management.Automation.ValidateDriveAttribute',
  validatelength: 'System.Management.Automation.ValidateLengthAttribute',
  validatenotnull: 'System.Management.Automation.ValidateNotNullAttribute',
  validatenotnullorempty: 'System.Management.Automation.ValidateNotNullOrEmptyAttribute',
  validatenotnullorwhitespace: 'System.Management.Automation.ValidateNotNullOrWhiteSpaceAttribute',
  validatepattern: 'System.Management.Automation.ValidatePatternAttribute',
  validaterange: 'System.Management.Automation.ValidateRangeAttribute',
  validatescript: 'System.Management.Automation.ValidateScriptAttribute',
  validateset: 'System.Management.Automation.ValidateSetAttribute',
  validateuserdrive: 'System.Management.Automation.ValidateUserDriveAttribute',
  version: 'System.Version',
  void: 'System.Void',
  ipaddress: 'System.Net.IPAddress',
  dsclocalconfigurationmanager: 'System.Management.Automation.DscLocalConfigurationManagerAttribute',
  wildcardpattern: 'System.Management.Automation.WildcardPattern',
  x509certificate: 'System.Security.Cryptography.X509Certificates.X509Certificate',
  x500distinguishedname: 'System.Security.Cryptography.X509Certificates.X500DistinguishedName',
  xml: 'System.Xml.XmlDocument',
  cimsession: 'Microsoft.Management.Infrastructure.CimSession',
  mailaddress: 'System.Net.Mail.MailAddress',
  semver: 'System.Management.Automation.SemanticVersion',
  scriptblock: 'System.Management.Automation.ScriptBlock',
  psvariable: 'System.Management.Automation.PSVariable',
  type: 'System.Type',
  psmoduleinfo: 'System.Management.Automation.PSModuleInfo',
  powershell: 'System.Management.Automation.PowerShell',
  runspacefactory: 'System.Management.Automation.Runspaces.RunspaceFactory',
  runspace: 'System.Management.Automation.Runspaces.Runspace',
  initialsessionstate: 'System.Management.Automation.Runspaces.InitialSessionState',
  psscriptmethod: 'System.Management.Automation.PSScriptMethod',
  psscriptproperty: 'System.Management.Automation.PSScriptProperty',
  psnoteproperty: 'System.Management.Automation.PSNoteProperty',
  psaliasproperty: 'System.Management.Automation.PSAliasProperty',
  psvariableproperty: 'System.Management.Automation.PSVariableProperty',
  pspropertyexpression: 'Microsoft.PowerShell.Commands.PSPropertyExpression',
  ordered: 'System.Collections.Specialized.OrderedDictionary',
  norunspaceaffinity: 'System.Management.Automation.Language.NoRunspaceAffinityAttribute',
  adsi: 'System.DirectoryServices.DirectoryEntry',
  adsisearcher: 'System.DirectoryServices.DirectorySearcher',
  wmiclass: 'System.Management.ManagementClass',
  wmi: 'System.Management.ManagementObject',
  wmisearcher: 'System.Management.ManagementObjectSearcher',
};

/** Types exosh knows by full name (besides the accelerators' targets). */
const KNOWN_FULL_NAMES = [
  'System.Collections.ArrayList',
  'System.Collections.IDictionary',
  'System.Collections.IEnumerable',
  'System.Collections.ICollection',
  'System.Collections.IList',
  'System.Collections.Generic.List',
  'System.Collections.Generic.HashSet',
  'System.Collections.Generic.Dictionary',
  'System.Collections.Generic.SortedDictionary',
  'System.Collections.Generic.SortedList',
  'System.Collections.Generic.SortedSet',
  'System.Collections.Generic.Queue',
  'System.Collections.Generic.Stack',
  'System.Collections.Generic.IEnumerable',
  'System.Collections.Generic.IList',
  'System.Collections.Generic.ICollection',
  'System.Collections.Generic.IDictionary',
  'System.Collections.Generic.ISet',
  'System.Collections.Queue',
  'System.Collections.Stack',
  'System.StringComparer',
  'System.Convert',
  'System.Environment',
  'System.IO.Path',
  'System.IO.File',
  'System.IO.Directory',
  'System.Diagnostics.Stopwatch',
  'System.StringComparison',
  'System.Globalization.CultureInfo',
  'System.DBNull',
  'System.Management.Automation.Internal.AutomationNull',
  'System.Management.Automation.ErrorCategory',
  'System.Exception',
  'System.SystemException',
  'System.ArgumentException',
  'System.ArgumentNullException',
  'System.ArgumentOutOfRangeException',
  'System.InvalidOperationException',
  'System.NotImplementedException',
  'System.NotSupportedException',
  'System.FormatException',
  'System.TimeoutException',
  'System.UnauthorizedAccessException',
  'System.IO.IOException',
  'System.IO.FileNotFoundException',
  'System.IO.DirectoryNotFoundException',
  'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ItemNotFoundException',
  'System.Management.Automation.PSArgumentException',
  'System.Management.Automation.PSInvalidOperationException',
  'System.Management.Automation.MethodInvocationException',
  'System.Management.Automation.PSInvalidCastException',
  'System.Management.Automation.CommandNotFoundException',
  'System.Management.Automation.ParameterBindingException',
  'System.Management.Automation.ActionPreferenceStopException',
  'System.Net.WebException',
  'System.Management.Automation.SessionStateException',
  'System.IO.FileInfo',
  'System.IO.DirectoryInfo',
  'System.Text.Encoding',
  'System.Text.StringBuilder',
  'System.StringSplitOptions',
  'System.MidpointRounding',
  'System.DayOfWeek',
  'System.DateTimeKind',
  'System.Text.RegularExpressions.RegexOptions',
  'System.ValueType',
  'System.Enum',
  'System.Management.Automation.PSCustomObject',
  'System.Management.Automation.ActionPreference',
  'System.ConsoleColor',
  'System.Console',
  'System.Net.WebUtility',
  'System.Web.HttpUtility',
  'System.BitConverter',
  'System.Char',
  'System.Random',
  'System.Threading.Thread',
  'System.Management.Automation.LanguagePrimitives',
  'System.Math',
  'System.Object',
  'System.DateTimeOffset',
  'System.Management.Automation.ErrorRecord',
  // Interfaces a script class may declare (`class Ver : System.IComparable`).
  'System.IComparable', 'System.IEquatable', 'System.IDisposable', 'System.IFormattable', 'System.ICloneable', 'System.Collections.IComparer', 'System.Collections.Generic.IComparer', 'System.Collections.Generic.IEqualityComparer',
  'System.Net.Mail.MailAddress',
  ...new Set(Object.values(ACCELERATORS)),
];
const KNOWN = new Map(KNOWN_FULL_NAMES.map((n) => [n.toLowerCase(), n]));

/** The accelerator name PowerShell shows for a full name (`System.Int32` → `int`), if any. */
const SHORT_BY_FULL = new Map<string, string>();
for (const [k, v] of Object.entries(ACCELERATORS)) if (!SHORT_BY_FULL.has(v)) SHORT_BY_FULL.set(v, k);

/**
 * A type a script defined with `class` or `enum` (implemented in user-types.ts). Conversions,
 * `-is`, static members and construction ask it through this interface, so the value layer
 * needs no knowledge of the compiler.
 */
export interface UserType {
  readonly fullName: string;
  readonly kind: 'class' | 'enum';
  /** BaseType's full name: the base class, System.Enum for an enum, else System.Object. */
  readonly baseName: string | undefined;
  /** `[T]$v` / `$v -as [T]`; throws a RuntimeError in PowerShell's words. */
  convert(v: unknown): unknown;
  /** `New-Object T args` and `[T]::new(args)` from where no frame is at hand. */
  construct(args: unknown[]): unknown;
  /** An enum's members (undefined for a class). */
  enumInfo(): EnumTypeInfo | undefined;
  /** An enum's underlying integral type's full name (`enum Big : long`); absent for a class. */
  readonly underlyingType?: string;
  /** `[T]::Name`; found false when it has no such static member. */
  getStatic(name: string): { found: boolean; value?: unknown };
}

/** Script-defined types by lower-cased name; a later definition of a name replaces the earlier (as at pwsh's prompt). */
const USER_TYPES = new Map<string, UserType>();

export function defineUserType(t: UserType): void {
  USER_TYPES.set(t.fullName.toLowerCase(), t);
}

/** The script-defined type of a resolved full name, if it is one. */
export function userType(full: string): UserType | undefined {
  return USER_TYPES.get(full.toLowerCase());
}

export function isUserTypeName(full: string): boolean {
  return USER_TYPES.has(full.toLowerCase());
}

/** Canonical full name for a type name as written, or undefined when exosh does not know it. */
export function resolveTypeName(written: string): string | undefined {
  const name = written.trim();
  if (name.endsWith('[]')) {
    const el = resolveTypeName(name.slice(0, -2));
    return el === undefined ? undefined : el + '[]';
  }
  const generic = splitGenericName(name);
  if (generic) {
    const base = resolveSimple(generic.base);
    if (base === undefined) return undefined;
    const args = generic.args.map((a) => resolveTypeName(a));
    if (args.some((a) => a === undefined)) return undefined;
    return `${base}[${args.join(',')}]`;
  }
  return resolveSimple(name);
}

function resolveSimple(name: string): string | undefined {
  const lower = name.toLowerCase();
  const acc = ACCELERATORS[lower];
  if (acc) return acc;
  const user = USER_TYPES.get(lower);
  if (user) return user.fullName;
  return KNOWN.get(lower) ?? KNOWN.get('system.' + lower);
}

export function typeNotFound(written: string): RuntimeError {
  return new RuntimeError(new ErrorRecord(`Unable to find type [${written}].`, 'TypeNotFound', 'InvalidOperation', written, undefined, undefined, 'System.Management.Automation.RuntimeException'));
}

/** Resolves or throws "Unable to find type [Foo]." */
export function requireTypeName(written: string): string {
  const full = resolveTypeName(written);
  if (full === undefined) throw typeNotFound(written);
  return full;
}

/** `[int]` → PSTypeRef('System.Int32', 'int'). */
export function typeRef(written: string): PSTypeRef {
  return new PSTypeRef(requireTypeName(written), written);
}

/** Short name as GetType().Name gives it: `System.Int32` → `Int32`, `System.Object[]` → `Object[]`. */
export function typeShortName(full: string): string {
  const generic = /^([^[]+)\[(.+)\]$/.exec(full);
  if (generic && !full.endsWith('[]')) {
    const base = generic[1]!.slice(generic[1]!.lastIndexOf('.') + 1).replace(/`\d+$/, '');
    return `${base}\`${generic[2]!.split(',').length}`;
  }
  return full.slice(full.lastIndexOf('.', full.endsWith('[]') ? full.length - 3 : full.length) + 1);
}

/** How PowerShell writes a type in messages and `[type].ToString()`: the accelerator when there is one. */
export function typeDisplayName(full: string): string {
  return SHORT_BY_FULL.get(full) ?? full;
}

export const NUMERIC_TYPES = new Set([
  'System.Int32',
  'System.Int64',
  'System.Int16',
  'System.Byte',
  'System.SByte',
  'System.UInt16',
  'System.UInt32',
  'System.UInt64',
  'System.Double',
  'System.Single',
  'System.Decimal',
  'System.Numerics.BigInteger',
]);

/** Integer ranges of the integral .NET types. */
export const INTEGER_RANGES: Readonly<Record<string, [number, number, string]>> = {
  'System.Int32': [-2147483648, 2147483647, 'Int32'],
  'System.Int64': [-9223372036854775808, 9223372036854775807, 'Int64'],
  'System.Int16': [-32768, 32767, 'Int16'],
  'System.Byte': [0, 255, 'Byte'],
  'System.SByte': [-128, 127, 'SByte'],
  'System.UInt16': [0, 65535, 'UInt16'],
  'System.UInt32': [0, 4294967295, 'UInt32'],
  'System.UInt64': [0, 18446744073709551615, 'UInt64'],
};
