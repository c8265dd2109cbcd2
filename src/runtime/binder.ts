// PowerShell's parameter binder, driven by CommandMetadata: named parameters (unique-prefix
// abbreviation, aliases), switches, positional arguments, parameter sets, type conversion,
// validation, mandatory parameters, common parameters, and pipeline input by value / by property
// name. Serves cmdlets, functions with param() and (later) remote proxies alike.
import { fullTypeName, kindOf, PSNumber } from '../dotnet/numeric-types.js';
import type { CommandMetadata, ParameterMetadata, ParameterType } from './command.js';
import { convertTo, toBool, toStringValue } from './conversions.js';
import { ErrorRecord, type ErrorPosition, RuntimeError, withPosition } from './errors.js';
import { ALL_SETS, commandSets, inAllSets, inSet, mandatoryAnywhere, mandatoryIn, positionIn } from './parameter-sets.js';
import { hasValidation, validationFailure } from './validation.js';
import { PSHashtable, PSObject, ScriptBlockValue } from './values.js';

/**
 * Where a command element is in the source, computed only when a binding error points at it:
 * pwsh marks the parameter token or the argument it is complaining about, not the whole command.
 */
export type SourceSite = () => ErrorPosition;

/** One evaluated command argument; `at` is the `-Name` token (or the positional argument), `valueAt` the argument of `-Name:value`. */
export type BindArgument =
  | { kind: 'named'; name: string; value: unknown; hasValue: boolean; text?: string; at?: SourceSite; valueAt?: SourceSite }
  | { kind: 'positional'; value: unknown; at?: SourceSite };

export interface CommonParameters {
  ErrorAction?: string;
  WarningAction?: string;
  InformationAction?: string;
  ProgressAction?: string;
  Verbose?: boolean;
  Debug?: boolean;
  ErrorVariable?: string;
  WarningVariable?: string;
  InformationVariable?: string;
  OutVariable?: string;
  OutBuffer?: number;
  PipelineVariable?: string;
  WhatIf?: boolean;
  Confirm?: boolean;
}

export interface BindOptions {
  /** Cmdlets and advanced functions take common parameters; simple functions do not. */
  commonParameters: boolean;
  /** Simple functions: unmatched arguments go to $args instead of failing. */
  collectUnbound: boolean;
  expectingInput: boolean;
  /** Functions word conversion failures as argument transformation errors. */
  isScript: boolean;
  /** Canonical .NET type per parameter (functions' `[type]$x`), converted with convertTo. */
  typeNames?: ReadonlyMap<string, string>;
}

export interface Binding {
  params: Record<string, unknown>;
  bound: Set<string>;
  parameterSetName: string;
  common: CommonParameters;
  unbound: unknown[];
  /** Parameter sets still possible. */
  candidateSets: string[];
  /** Parameters that pipeline input may bind to. */
  pipelineParameters: ParameterMetadata[];
  /** Names bound from the previous pipeline object (unbound again before the next). */
  pipelineBound: string[];
  /** Mandatory parameters of the chosen set that pipeline input must supply. */
  mandatoryPipeline: ParameterMetadata[];
  /** The one `[object] $InputObject` pipeline parameter, bound without conversion (the per-object fast path). */
  fastPipelineParameter?: ParameterMetadata;
  /**
   * Delay-bind script blocks (`Import-Csv x | Set-Mailbox -Identity { $_.UPN }`): run for each
   * pipeline object with `$_` set, their result bound to the parameter (StageContext does it).
   */
  delayBound: { parameter: ParameterMetadata; block: ScriptBlockValue }[];
}

/**
 * A script block given to a pipeline parameter whose type is neither object nor scriptblock is not
 * its value but a recipe for one per pipeline object, as in PowerShell.
 */
function delayBindable(p: ParameterMetadata, typeNames: ReadonlyMap<string, string> | undefined): boolean {
  if (!p.valueFromPipeline && !p.valueFromPipelineByPropertyName) return false;
  const t = dotNetTypeName(p, typeNames).toLowerCase();
  return !/^(system\.)?(object|(management\.automation\.)?(scriptblock|psobject))(\[\])?$/.test(t);
}

/** The error for a delay-bind script block when nothing is piped in. */
function noInputForScriptBlock(meta: CommandMetadata, p: ParameterMetadata): RuntimeError {
  return new RuntimeError(
    new ErrorRecord(
      `Cannot evaluate parameter '${p.name}' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input.`,
      `ScriptBlockArgumentNoInput,${meta.name}`,
      'MetadataError',
      null,
      meta.name,
      undefined,
      PARAMETER_BINDING_EXCEPTION,
      bindingExceptionChain(PARAMETER_BINDING_EXCEPTION),
    ),
  );
}

/** A delay-bind script block that failed for one pipeline object (a non-terminating error for that object). */
export function scriptBlockArgumentFailed(meta: CommandMetadata, p: ParameterMetadata, inner: string, input: unknown): ErrorRecord {
  return new ErrorRecord(
    `The input to the script block for parameter '${p.name}' failed. ${inner}`,
    `ScriptBlockArgumentInvocationFailed,${meta.name}`,
    'InvalidArgument',
    input,
    meta.name,
    undefined,
    PARAMETER_BINDING_EXCEPTION,
    bindingExceptionChain(PARAMETER_BINDING_EXCEPTION),
  );
}

const COMMON: ParameterMetadata[] = [
  { name: 'Verbose', type: 'switch', aliases: ['vb'] },
  { name: 'Debug', type: 'switch', aliases: ['db'] },
  { name: 'ErrorAction', type: 'string', aliases: ['ea'] },
  { name: 'WarningAction', type: 'string', aliases: ['wa'] },
  { name: 'InformationAction', type: 'string', aliases: ['infa'] },
  { name: 'ProgressAction', type: 'string', aliases: ['proga'] },
  { name: 'ErrorVariable', type: 'string', aliases: ['ev'] },
  { name: 'WarningVariable', type: 'string', aliases: ['wv'] },
  { name: 'InformationVariable', type: 'string', aliases: ['iv'] },
  { name: 'OutVariable', type: 'string', aliases: ['ov'] },
  { name: 'OutBuffer', type: 'int', aliases: ['ob'] },
  { name: 'PipelineVariable', type: 'string', aliases: ['pv'] },
];
const SHOULD_PROCESS: ParameterMetadata[] = [
  { name: 'WhatIf', type: 'switch', aliases: ['wi'] },
  { name: 'Confirm', type: 'switch', aliases: ['cf'] },
];
const COMMON_NAMES = new Set([...COMMON, ...SHOULD_PROCESS].map((p) => p.name));
const ACTION_VALUES = ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'];

export function isCommonParameter(name: string): boolean {
  return COMMON_NAMES.has(name);
}

/** What `Get-Command`/help show as the parameter's .NET type. */
export function dotNetTypeName(p: ParameterMetadata, typeNames?: ReadonlyMap<string, string>): string {
  const explicit = typeNames?.get(p.name) ?? p.typeName;
  if (explicit) return explicit;
  const map: Record<string, string> = {
    object: 'System.Object',
    string: 'System.String',
    int: 'System.Int32',
    long: 'System.Int64',
    double: 'System.Double',
    bool: 'System.Boolean',
    switch: 'System.Management.Automation.SwitchParameter',
    scriptblock: 'System.Management.Automation.ScriptBlock',
    hashtable: 'System.Collections.Hashtable',
    datetime: 'System.DateTime',
    timespan: 'System.TimeSpan',
    psobject: 'System.Management.Automation.PSObject',
    char: 'System.Char',
    encoding: 'System.Text.Encoding',
    securestring: 'System.Security.SecureString',
    pscredential: 'System.Management.Automation.PSCredential',
  };
  const array = p.type.endsWith('[]');
  const base = map[array ? p.type.slice(0, -2) : p.type] ?? 'System.Object';
  return array ? base + '[]' : base;
}

/** A ParameterBindingException: pwsh gives these no TargetObject (CategoryInfo `(:)`). */
function bindingError(
  meta: CommandMetadata,
  message: string,
  id: string,
  exceptionType = PARAMETER_BINDING_EXCEPTION,
  category: 'InvalidArgument' | 'InvalidData' = 'InvalidArgument',
): RuntimeError {
  return new RuntimeError(new ErrorRecord(message, `${id},${meta.name}`, category, null, meta.name, undefined, exceptionType, bindingExceptionChain(exceptionType)));
}

/** The error pointing at a command element; one that already has a position keeps it. */
function pointedAt(e: unknown, site: SourceSite | undefined): unknown {
  if (!site || !(e instanceof RuntimeError) || e.record.position) return e;
  return new RuntimeError(withPosition(e.record, site()));
}

const PARAMETER_BINDING_EXCEPTION = 'System.Management.Automation.ParameterBindingException';
const TRANSFORMATION_EXCEPTION = 'System.Management.Automation.ParameterBindingArgumentTransformationException';
const VALIDATION_EXCEPTION = 'System.Management.Automation.ParameterBindingValidationException';

/** The .NET base types, so `catch [System.Management.Automation.ParameterBindingException]` catches the derived ones. */
function bindingExceptionChain(exceptionType: string): readonly string[] {
  const bases = [PARAMETER_BINDING_EXCEPTION, 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'];
  return exceptionType === PARAMETER_BINDING_EXCEPTION ? bases : [exceptionType, ...bases];
}

/** The command's parameters plus the common ones, built once per metadata object. */
const withCommonCache = new WeakMap<CommandMetadata, ParameterMetadata[]>();
function allParameters(meta: CommandMetadata, options: BindOptions): ParameterMetadata[] {
  if (!options.commonParameters) return meta.parameters;
  let all = withCommonCache.get(meta);
  if (!all) {
    all = [...meta.parameters, ...COMMON, ...(meta.supportsShouldProcess ? SHOULD_PROCESS : [])];
    withCommonCache.set(meta, all);
  }
  return all;
}

/** Lower-cased names and aliases of a parameter list, built once per list (remote cmdlets have many). */
const lowerNamesCache = new WeakMap<ParameterMetadata[], { exact: Map<string, ParameterMetadata>; each: string[][] }>();
function lowerNamesOf(all: ParameterMetadata[]): { exact: Map<string, ParameterMetadata>; each: string[][] } {
  let names = lowerNamesCache.get(all);
  if (!names) {
    const exact = new Map<string, ParameterMetadata>();
    const each = all.map((p) => [p.name, ...(p.aliases ?? [])].map((n) => n.toLowerCase()));
    all.forEach((p, i) => {
      for (const n of each[i]!) if (!exact.has(n)) exact.set(n, p);
    });
    names = { exact, each };
    lowerNamesCache.set(all, names);
  }
  return names;
}

/** Resolves `-Name` to a parameter: exact name or alias first, then a unique prefix of the names. */
export function findParameter(meta: CommandMetadata, all: ParameterMetadata[], name: string): ParameterMetadata | undefined {
  const lower = name.toLowerCase();
  const names = lowerNamesOf(all);
  const exact = names.exact.get(lower);
  if (exact) return exact;
  const matching = all.filter((_, i) => names.each[i]!.some((n) => n.startsWith(lower)));
  // pwsh binds the static parameters before it asks the provider for dynamic ones: `gci -Fi x` is
  // -Filter though -File is dynamic, and `gci -F x` is ambiguous between -Filter and -Force only.
  const statics = matching.length > 1 ? matching.filter((p) => !p.dynamic) : matching;
  const prefixed = statics.length > 0 ? statics : matching;
  if (prefixed.length === 1) return prefixed[0];
  if (prefixed.length > 1) {
    throw bindingError(
      meta,
      `Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include: ${prefixed.map((p) => '-' + p.name).join(' ')}.`,
      'AmbiguousParameter',
    );
  }
  return undefined;
}

function ambiguousSet(meta: CommandMetadata): RuntimeError {
  return bindingError(
    meta,
    'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
    'AmbiguousParameterSet',
  );
}

/** Converts and validates one argument for a parameter. */
export function coerceArgument(meta: CommandMetadata, p: ParameterMetadata, value: unknown, options: BindOptions): unknown {
  let v: unknown;
  if (options.isScript && p.type === 'switch' && (typeof value === 'number' || value instanceof PSNumber || typeof value === 'string')) {
    // A function's [switch] takes $true/$false, not 1, 0 or text as a cmdlet's does.
    const why =
      typeof value === 'string'
        ? 'Cannot convert value "System.String" to type "System.Management.Automation.SwitchParameter". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.'
        : `Cannot convert the "${toStringValue(value)}" value of type "${fullTypeName(kindOf(value))}" to type "System.Management.Automation.SwitchParameter".`;
    throw bindingError(meta, `Cannot process argument transformation on parameter '${p.name}'. ${why}`, 'ParameterArgumentTransformationError', TRANSFORMATION_EXCEPTION, 'InvalidData');
  }
  try {
    v = convertForParameter(p, value, options.typeNames?.get(p.name));
  } catch (e) {
    let inner = e instanceof RuntimeError ? e.record.message : e instanceof Error ? e.message : String(e);
    // The type the command declares, not the one exosh converts to underneath.
    if (p.typeName) inner = inner.split(`"${dotNetTypeName({ ...p, typeName: undefined })}"`).join(`"${p.typeName}"`);
    if (options.isScript) {
      throw bindingError(meta, `Cannot process argument transformation on parameter '${p.name}'. ${inner}`, 'ParameterArgumentTransformationError', TRANSFORMATION_EXCEPTION, 'InvalidData');
    }
    throw bindingError(meta, `Cannot bind parameter '${p.name}'. ${inner}`, 'CannotConvertArgumentNoMessage');
  }
  if (p.convert) v = transform(meta, p, v);
  if (mandatoryAnywhere(p)) checkMandatoryValue(meta, p, value, v, options);
  validate(meta, p, v);
  return v;
}

/**
 * The command's own argument transformation (ParameterMetadata.convert), per element for arrays;
 * its failure is PowerShell's ParameterBindingArgumentTransformationException.
 */
function transform(meta: CommandMetadata, p: ParameterMetadata, v: unknown): unknown {
  const convert = p.convert!;
  try {
    return p.type.endsWith('[]') && Array.isArray(v) ? v.map((x) => convert(x)) : convert(v);
  } catch (e) {
    const inner = e instanceof RuntimeError ? e.record.message : e instanceof Error ? e.message : String(e);
    throw bindingError(meta, `Cannot process argument transformation on parameter '${p.name}'. ${inner}`, 'ParameterArgumentTransformationError', TRANSFORMATION_EXCEPTION, 'InvalidData');
  }
}

/**
 * A mandatory parameter refuses $null, '' and @() unless [AllowNull()] / [AllowEmptyString()] /
 * [AllowEmptyCollection()] say otherwise. Cmdlets' by-value pipeline parameters (InputObject,
 * Value) are left alone: their metadata does not carry the Allow* attributes PowerShell's have.
 */
function checkMandatoryValue(meta: CommandMetadata, p: ParameterMetadata, original: unknown, v: unknown, options: BindOptions): void {
  if (!options.isScript && p.valueFromPipeline) return;
  const refuse = (what: string, id: string) => bindingError(meta, `Cannot bind argument to parameter '${p.name}' because it is ${what}.`, id, VALIDATION_EXCEPTION, 'InvalidData');
  if ((v === null || v === undefined) && !p.allowNull) throw refuse('null', 'ParameterArgumentValidationErrorNullNotAllowed');
  // A function's untyped ([object]) parameter takes '' and @(); a string one refuses '' (also as an
  // element of [string[]]), an array one @(). Cmdlets keep the older rule: their declared types are rougher.
  const refusesEmptyString = options.isScript ? p.type === 'string' || p.type === 'string[]' : typeof original === 'string';
  if (refusesEmptyString && !p.allowEmptyString && (v === '' || (p.type === 'string[]' && Array.isArray(v) && v.includes('')))) {
    throw refuse('an empty string', 'ParameterArgumentValidationErrorEmptyStringNotAllowed');
  }
  const refusesEmptyArray = !options.isScript || p.type.endsWith('[]');
  if (refusesEmptyArray && Array.isArray(v) && v.length === 0 && !p.allowEmptyCollection) throw refuse('an empty array', 'ParameterArgumentValidationErrorEmptyArrayNotAllowed');
}

function validationError(meta: CommandMetadata, p: ParameterMetadata, detail: string): RuntimeError {
  return bindingError(meta, `Cannot validate argument on parameter '${p.name}'. ${detail}`, 'ParameterArgumentValidationError', VALIDATION_EXCEPTION, 'InvalidData');
}

function validate(meta: CommandMetadata, p: ParameterMetadata, v: unknown): void {
  if (!hasValidation(p)) return;
  const failure = validationFailure(p, v);
  if (failure !== undefined) throw validationError(meta, p, failure);
}

const SCALAR_TARGETS: Partial<Record<ParameterType, string>> = {
  string: 'System.String',
  int: 'System.Int32',
  long: 'System.Int64',
  double: 'System.Double',
  datetime: 'System.DateTime',
  timespan: 'System.TimeSpan',
  char: 'System.Char',
  hashtable: 'System.Collections.Hashtable',
};

function typeMismatch(value: unknown, target: string): RuntimeError {
  const from = value instanceof ScriptBlockValue ? 'System.Management.Automation.ScriptBlock' : typeof value === 'string' ? 'System.String' : Array.isArray(value) ? 'System.Object[]' : 'System.Object';
  return new RuntimeError(
    new ErrorRecord(`Cannot convert the "${toStringValue(value)}" value of type "${from}" to type "${target}".`, 'ConvertToFinalInvalidCastException', 'InvalidArgument', value),
  );
}

function convertScalar(type: ParameterType, value: unknown, typeName: string | undefined): unknown {
  if (typeName && type !== 'switch' && type !== 'bool') return convertTo(value, typeName);
  switch (type) {
    case 'object':
    case 'psobject':
    case 'encoding':
    case 'securestring':
    case 'pscredential':
      return value;
    case 'switch':
    case 'bool':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'number') return value !== 0;
      if (value === null || value === undefined) return false;
      if (type === 'switch') return toBool(value);
      throw new RuntimeError(
        new ErrorRecord(
          `Cannot convert value "${typeof value === 'string' ? 'System.String' : toStringValue(value)}" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`,
          'ArgumentTransformationMetadataException',
          'InvalidArgument',
          value,
        ),
      );
    case 'scriptblock':
      if (value instanceof ScriptBlockValue || value === null) return value;
      throw typeMismatch(value, 'System.Management.Automation.ScriptBlock');
    case 'hashtable':
      if (value instanceof PSHashtable || value === null) return value;
      return convertTo(value, 'System.Collections.Hashtable');
    case 'string':
      if (typeof value === 'string' || value === null || value === undefined) return value ?? null;
      if (Array.isArray(value)) {
        if (value.length === 1) return convertScalar(type, value[0], typeName);
        throw new RuntimeError(
          new ErrorRecord(`Cannot convert 'System.Object[]' to the type 'System.String' required by parameter. Specified method is not supported.`, 'CannotConvertArgument', 'InvalidArgument', value),
        );
      }
      return toStringValue(value);
    default: {
      const target = SCALAR_TARGETS[type];
      if (!target) return value;
      // A cmdlet's [long]/[double] parameter arrives as a plain JS number, whatever its .NET type.
      const converted = convertTo(value, target);
      return converted instanceof PSNumber ? converted.value : converted;
    }
  }
}

function convertForParameter(p: ParameterMetadata, value: unknown, typeName: string | undefined): unknown {
  if (p.type.endsWith('[]')) {
    const element = p.type.slice(0, -2) as ParameterType;
    const elementTypeName = typeName?.endsWith('[]') ? typeName.slice(0, -2) : undefined;
    if (value === null || value === undefined) return value ?? null;
    const items = Array.isArray(value) ? value : [value];
    return items.map((x) => convertScalar(element, x, elementTypeName));
  }
  return convertScalar(p.type, value, typeName);
}

/** Whether a pipeline object fits a parameter's type without conversion. */
function fitsWithoutConversion(p: ParameterMetadata, v: unknown): boolean {
  const t = p.type.endsWith('[]') ? p.type.slice(0, -2) : p.type;
  switch (t) {
    case 'object':
    case 'psobject':
      return true;
    case 'string':
      return typeof v === 'string';
    case 'int':
    case 'long':
      return typeof v === 'number' && Number.isInteger(v);
    case 'double':
      return typeof v === 'number';
    case 'bool':
    case 'switch':
      return typeof v === 'boolean';
    case 'scriptblock':
      return v instanceof ScriptBlockValue;
    case 'hashtable':
      return v instanceof PSHashtable;
    default:
      return false;
  }
}

function setCommon(common: CommonParameters, p: ParameterMetadata, value: unknown, meta: CommandMetadata): void {
  const name = p.name as keyof CommonParameters;
  if (p.type === 'switch') {
    (common as Record<string, unknown>)[name] = value;
    return;
  }
  if (name.endsWith('Action')) {
    const s = toStringValue(value);
    const match = ACTION_VALUES.find((a) => a.toLowerCase() === s.toLowerCase());
    if (!match) {
      throw bindingError(
        meta,
        `Cannot bind parameter '${p.name}'. Cannot convert value "${s}" to type "System.Management.Automation.ActionPreference". Error: "Unable to match the identifier name ${s} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${ACTION_VALUES.join(', ')}"`,
        'CannotConvertArgumentNoMessage',
      );
    }
    (common as Record<string, unknown>)[name] = match;
    return;
  }
  (common as Record<string, unknown>)[name] = name === 'OutBuffer' ? Number(value) : toStringValue(value);
}

/** Binds command-line arguments. Throws a RuntimeError with PowerShell's wording on failure. */
export function bindArguments(meta: CommandMetadata, args: BindArgument[], options: BindOptions): Binding {
  const all = allParameters(meta, options);
  const params: Record<string, unknown> = {};
  const bound = new Set<string>();
  const common: CommonParameters = {};
  const positionals: { value: unknown; at: SourceSite | undefined }[] = [];
  const unbound: unknown[] = [];
  let candidates: readonly string[] = commandSets(meta);
  const delayBound: Binding['delayBound'] = [];

  // `nameAt` is the `-Name` token a repeated parameter is marked at, `valueAt` the argument a
  // conversion or validation error is marked at.
  const bindTo = (p: ParameterMetadata, value: unknown, nameAt: SourceSite | undefined, valueAt: SourceSite | undefined, positionalIn?: readonly string[]) => {
    if (bound.has(p.name)) {
      throw pointedAt(
        bindingError(
          meta,
          `Cannot bind parameter because parameter '${p.name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
          'ParameterAlreadyBound',
        ),
        nameAt,
      );
    }
    try {
      if (COMMON_NAMES.has(p.name) && !meta.parameters.includes(p)) {
        setCommon(common, p, p.type === 'switch' ? convertScalar('switch', value, undefined) : value, meta);
        bound.add(p.name);
        return;
      }
      if (value instanceof ScriptBlockValue && delayBindable(p, options.typeNames)) {
        if (!options.expectingInput) throw noInputForScriptBlock(meta, p);
        delayBound.push({ parameter: p, block: value });
      } else params[p.name] = coerceArgument(meta, p, value, options);
    } catch (e) {
      throw pointedAt(e, valueAt);
    }
    bound.add(p.name);
    const next = positionalIn ?? candidates.filter((s) => inSet(p, s));
    if (next.length === 0) throw ambiguousSet(meta);
    candidates = next;
  };

  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.kind === 'positional') {
      positionals.push({ value: a.value, at: a.at });
      continue;
    }
    let p: ParameterMetadata | undefined;
    try {
      p = findParameter(meta, all, a.name);
    } catch (e) {
      throw pointedAt(e, a.at);
    }
    if (!p) {
      if (options.collectUnbound) {
        unbound.push(a.text ?? '-' + a.name);
        if (a.hasValue) unbound.push(a.value);
        continue;
      }
      throw pointedAt(bindingError(meta, `A parameter cannot be found that matches parameter name '${a.name}'.`, 'NamedParameterNotFound'), a.at);
    }
    if (a.hasValue) {
      bindTo(p, a.value, a.at, a.valueAt);
      continue;
    }
    if (p.type === 'switch') {
      bindTo(p, true, a.at, undefined);
      continue;
    }
    const next = args[i + 1];
    if (!next || next.kind !== 'positional') {
      throw pointedAt(
        bindingError(meta, `Missing an argument for parameter '${p.name}'. Specify a parameter of type '${dotNetTypeName(p, options.typeNames)}' and try again.`, 'MissingArgument'),
        a.at,
      );
    }
    i++;
    bindTo(p, next.value, a.at, next.at);
  }

  // Positional arguments, lowest position first among parameters still possible.
  const remaining = meta.parameters.find((p) => p.valueFromRemainingArguments && !bound.has(p.name));
  const leftovers: unknown[] = [];
  for (const { value, at } of positionals) {
    // Positions are per set: each (parameter, set) pair still possible where the parameter has one.
    const open: { p: ParameterMetadata; set: string; position: number }[] = [];
    for (const p of meta.parameters) {
      if (bound.has(p.name) || p.type === 'switch') continue;
      for (const set of candidates) {
        const position = positionIn(p, set);
        if (position !== undefined && inSet(p, set)) open.push({ p, set, position });
      }
    }
    if (open.length === 0) {
      leftovers.push(value);
      continue;
    }
    let lowest = Infinity;
    for (const o of open) if (o.position < lowest) lowest = o.position;
    const atLowest = open.filter((o) => o.position === lowest);
    // As PowerShell does, a parameter the argument fits without conversion wins (`Where-Object { }`
    // binds -FilterScript, not -Property); then the default parameter set.
    const exact = atLowest.filter((o) => fitsWithoutConversion(o.p, value));
    const pool = exact.length > 0 ? exact : atLowest;
    const def = meta.defaultParameterSet?.toLowerCase();
    const preferred =
      pool.find((o) => def !== undefined && o.set.toLowerCase() === def && !inAllSets(o.p)) ??
      pool.find((o) => def !== undefined && o.set.toLowerCase() === def) ??
      pool[0]!;
    // A remaining-arguments parameter with a position collects every value that would reach it (`echo a b`).
    if (preferred.p === remaining) { leftovers.push(value); continue; }
    // Bound by position, the parameter keeps only the sets where it has that position.
    bindTo(preferred.p, value, undefined, at, atLowest.filter((o) => o.p === preferred.p).map((o) => o.set));
  }
  if (leftovers.length > 0) {
    if (remaining) bindTo(remaining, leftovers.length === 1 && Array.isArray(leftovers[0]) ? leftovers[0] : leftovers, undefined, undefined);
    else if (options.collectUnbound) unbound.push(...leftovers);
    else {
      throw bindingError(
        meta,
        `A positional parameter cannot be found that accepts argument '${toStringValue(leftovers[0])}'.`,
        'PositionalParameterNotFound',
      );
    }
  }

  const pipelineParameters = meta.parameters.filter(
    (p) => (p.valueFromPipeline || p.valueFromPipelineByPropertyName) && !bound.has(p.name) && candidates.some((s) => inSet(p, s)),
  );

  // Choose the parameter set.
  let setName: string;
  const missingIn = (set: string) =>
    meta.parameters.filter(
      (p) => inSet(p, set) && mandatoryIn(p, set) && !bound.has(p.name) && !(options.expectingInput && (p.valueFromPipeline || p.valueFromPipelineByPropertyName)),
    );
  if (candidates.length === 1) setName = candidates[0]!;
  else {
    const satisfied = candidates.filter((s) => missingIn(s).length === 0);
    const def = meta.defaultParameterSet && candidates.find((s) => s.toLowerCase() === meta.defaultParameterSet!.toLowerCase());
    // pwsh takes the default set whenever it is still possible, even with mandatory parameters missing there.
    if (def) setName = def;
    else if (satisfied.length === 1) setName = satisfied[0]!;
    else if (satisfied.length > 1 && options.expectingInput) setName = satisfied[0]!;
    else throw ambiguousSet(meta);
  }
  const missing = missingIn(setName);
  if (missing.length > 0) {
    throw bindingError(
      meta,
      `Cannot process command because of one or more missing mandatory parameters: ${missing.map((p) => p.name).join(' ')}.`,
      'MissingMandatoryParameter',
    );
  }
  const mandatoryPipeline = meta.parameters.filter((p) => inSet(p, setName) && mandatoryIn(p, setName) && !bound.has(p.name));
  const only = pipelineParameters.length === 1 ? pipelineParameters[0]! : undefined;
  const fastPipelineParameter =
    only &&
    only.valueFromPipeline &&
    !only.valueFromPipelineByPropertyName &&
    (only.type === 'object' || only.type === 'psobject') &&
    !hasValidation(only) &&
    !only.convert &&
    !(options.isScript && mandatoryAnywhere(only) && !only.allowNull) &&
    !options.typeNames?.has(only.name) &&
    (candidates.length === 1 || inAllSets(only)) &&
    mandatoryPipeline.every((p) => p === only)
      ? only
      : undefined;
  return {
    fastPipelineParameter,
    params,
    bound,
    parameterSetName: setName === ALL_SETS ? ALL_SETS : setName,
    common,
    unbound,
    candidateSets: [...candidates],
    pipelineParameters,
    pipelineBound: [],
    mandatoryPipeline,
    delayBound,
  };
}

function propertyOf(input: unknown, p: ParameterMetadata): { found: boolean; value: unknown } {
  if (!(input instanceof PSObject)) return { found: false, value: undefined };
  for (const n of [p.name, ...(p.aliases ?? [])]) if (input.has(n)) return { found: true, value: input.get(n) };
  return { found: false, value: undefined };
}

/**
 * Binds one pipeline object, in PowerShell's order: by value without conversion, by property name,
 * then by value with conversion. Returns an error record when nothing could bind.
 */
export function bindPipelineInput(meta: CommandMetadata, binding: Binding, input: unknown, options: BindOptions): ErrorRecord | undefined {
  const fast = binding.fastPipelineParameter;
  if (fast) {
    binding.params[fast.name] = input;
    if (binding.pipelineBound.length === 0) {
      binding.bound.add(fast.name);
      binding.pipelineBound.push(fast.name);
    }
    return undefined;
  }
  for (const name of binding.pipelineBound) {
    delete binding.params[name];
    binding.bound.delete(name);
  }
  binding.pipelineBound.length = 0;
  const candidates = binding.pipelineParameters;
  let open = binding.candidateSets;
  const usable = (p: ParameterMetadata) => !binding.bound.has(p.name) && (inAllSets(p) || open.some((s) => inSet(p, s)));
  // Binding a parameter narrows the sets still open for the rest of this object, as PowerShell does.
  const take = (p: ParameterMetadata, value: unknown) => {
    binding.params[p.name] = coerceArgument(meta, p, value, options);
    binding.bound.add(p.name);
    binding.pipelineBound.push(p.name);
    if (!inAllSets(p)) open = open.filter((s) => inSet(p, s));
  };
  let byValue = false;
  let byName = false;
  let lastError: unknown;
  // PowerShell's order: by value without conversion, by property name, by value with conversion.
  const attempt = (): void => {
    const exact = candidates.find((p) => p.valueFromPipeline && usable(p) && fitsWithoutConversion(p, input));
    if (exact) {
      take(exact, input);
      byValue = true;
    }
    for (const p of candidates) {
      if (!p.valueFromPipelineByPropertyName || !usable(p)) continue;
      const prop = propertyOf(input, p);
      if (!prop.found) continue;
      try {
        take(p, prop.value);
        byName = true;
      } catch (e) {
        if (!byValue) throw e;
      }
    }
    if (!byValue && !byName) {
      for (const p of candidates) {
        if (!p.valueFromPipeline || !usable(p)) continue;
        try {
          take(p, input);
          byValue = true;
          break;
        } catch (e) {
          // An object the parameter's type cannot take is simply not bound (pwsh then says
          // InputObjectNotBound); one it takes but a Validate* attribute refuses is that error.
          if (e instanceof RuntimeError && e.record.exceptionType === VALIDATION_EXCEPTION) lastError = e;
        }
      }
    }
  };
  try {
    // The default parameter set is tried on its own first while it is still open.
    const def = meta.defaultParameterSet && binding.candidateSets.length > 1 ? binding.candidateSets.find((s) => s.toLowerCase() === meta.defaultParameterSet!.toLowerCase()) : undefined;
    if (def) {
      open = [def];
      try {
        attempt();
      } catch {
        // Nothing the default set takes fits this object: try every open set.
      }
      if (!byValue && !byName) {
        for (const name of binding.pipelineBound) {
          delete binding.params[name];
          binding.bound.delete(name);
        }
        binding.pipelineBound.length = 0;
        open = binding.candidateSets;
        lastError = undefined;
      }
    }
    if (!byValue && !byName) attempt();
    if (!byValue && !byName && lastError instanceof RuntimeError) return lastError.record;
    // A delay-bind script block took the object: it is bound even when nothing else is.
    if (!byValue && !byName && binding.delayBound.length === 0) {
      return new ErrorRecord(
        'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
        `InputObjectNotBound,${meta.name}`,
        'InvalidArgument',
        input,
        meta.name,
        undefined,
        'System.Management.Automation.ParameterBindingException',
      );
    }
    if (binding.candidateSets.length > 1) {
      // The object decides between the sets still open: the first (default first) holding all it bound.
      const fitting = binding.candidateSets.filter((set) => binding.pipelineBound.every((n) => inSet(meta.parameters.find((p) => p.name === n)!, set)));
      const def = fitting.find((s) => s.toLowerCase() === meta.defaultParameterSet?.toLowerCase());
      const chosen = fitting.includes(binding.parameterSetName) ? binding.parameterSetName : (def ?? fitting[0]);
      if (chosen && chosen !== binding.parameterSetName) {
        binding.parameterSetName = chosen;
        binding.mandatoryPipeline = meta.parameters.filter((p) => inSet(p, chosen) && mandatoryIn(p, chosen));
      }
    }
    const missing = binding.mandatoryPipeline.filter((p) => !binding.bound.has(p.name));
    if (missing.length > 0) {
      return new ErrorRecord(
        `Cannot process command because of one or more missing mandatory parameters: ${missing.map((p) => p.name).join(' ')}.`,
        `MissingMandatoryParameter,${meta.name}`,
        'InvalidArgument',
        input,
        meta.name,
        undefined,
        'System.Management.Automation.ParameterBindingException',
      );
    }
    return undefined;
  } catch (e) {
    if (e instanceof RuntimeError) return e.record;
    throw e;
  }
}
