// Binds the `Parameters` object of a CmdletInput against the cmdlet's metadata the way the service
// does before running anything: unknown names, values of the wrong type, values outside an
// enumeration, parameter sets that cannot be resolved and missing mandatory parameters are all
// refused with PowerShell's binding errors. Values come out normalised (switches as booleans,
// numbers as numbers, multi-valued add/remove hashtables as MultiValueEdit).
import { errors } from './service-error.js';
import type { CmdletCatalog, CmdletMetadata, ParameterMetadata } from './metadata.js';

/** `@{Add=...; Remove=...}` on a multi-valued parameter. */
export interface MultiValueEdit {
  kind: 'edit';
  add: string[];
  remove: string[];
}

export type BoundValue = string | number | boolean | null | string[] | MultiValueEdit | Record<string, unknown>;

export interface BoundParameters {
  /** Canonical parameter name → value. */
  values: Map<string, BoundValue>;
  parameterSet: string;
  whatIf: boolean;
  /** -Confirm:$true: the module's "validation call"; nothing changes, the confirmation text comes back. */
  confirm: boolean;
}

// PowerShell's common parameters travel in the body too (or as headers); the service accepts them.
const COMMON = new Set(
  [
    'Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable',
    'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable', 'UseCustomRouting',
  ].map((n) => n.toLowerCase()),
);

const GENERIC_HASHTABLE = '#Exchange.GenericHashTable';
const INT_TYPES = new Set(['Int32', 'UInt32', 'Int64', 'Int16', 'Byte', 'System.Int32', 'System.UInt32', 'Double', 'Decimal']);
const BOOL_TYPES = new Set(['Boolean', 'System.Boolean']);
const DATE_TYPES = new Set(['DateTime', 'System.DateTime', 'ExDateTime', 'DateTimeOffset']);
const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
// Types whose documented "valid values" are examples of free text rather than an enumeration.
// A ProxyAddress's "valid values" (SMTP, smtp, X400, X500) are its prefixes, not the whole value.
const FREE_TEXT =
  /^(String|MultiValuedProperty|ProxyAddress|ProxyAddressCollection|ProxyAddressTemplate|ProxyAddressTemplateCollection|SmtpAddress|SmtpDomain|Fqdn|Uri|Word|Pattern|Unlimited|ByteQuantifiedSize|EnhancedTimeSpan|TimeSpan|Object|PSObject|Hashtable)$|IdParameter/;
// .NET TimeSpan text as Unlimited<EnhancedTimeSpan> parameters take it: 30.00:00:00, 12:00, 1.02:03:04.5.
const TIME_SPAN = /^(\d+\.)?\d{1,2}:\d{1,2}(:\d{1,2}(\.\d{1,7})?)?$/;

export function bindParameters(catalog: CmdletCatalog, cmdlet: CmdletMetadata, raw: unknown): BoundParameters {
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    throw errors.badRequest('The Parameters value of CmdletInput must be an object.');
  }
  const values = new Map<string, BoundValue>();
  let whatIf = false;
  let confirm = false;
  for (const [key, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    if (key.includes('@odata.type')) continue; // sibling type annotation of a hashtable[] / byte[][] parameter
    const lower = key.toLowerCase();
    // -WhatIf/-Confirm exist only on cmdlets that support ShouldProcess; elsewhere they are unknown.
    if ((lower === 'whatif' || lower === 'wi') && catalog.parameter(cmdlet, 'WhatIf')) {
      whatIf = asSwitch('WhatIf', value);
      continue;
    }
    if ((lower === 'confirm' || lower === 'cf') && catalog.parameter(cmdlet, 'Confirm')) {
      confirm = asSwitch('Confirm', value);
      continue;
    }
    if (COMMON.has(lower)) continue;
    const meta = catalog.parameter(cmdlet, key);
    if (!meta) throw errors.parameterNotFound(key);
    if (values.has(meta.name)) throw errors.parameterValue(meta.name, 'The parameter was specified more than once.');
    values.set(meta.name, convert(meta, value));
  }
  const parameterSet = resolveParameterSet(cmdlet, values);
  return { values, parameterSet, whatIf, confirm };
}

function resolveParameterSet(cmdlet: CmdletMetadata, values: Map<string, BoundValue>): string {
  const given = cmdlet.parameters.filter((p) => values.has(p.name));
  let candidates = cmdlet.parameterSets.filter((s) => given.every((p) => s in p.sets || '__AllParameterSets' in p.sets));
  if (candidates.length === 0) throw errors.parameterSetUnresolved();
  const complete = candidates.filter((s) => missingIn(cmdlet, s, values).length === 0);
  if (complete.length === 1) return complete[0]!;
  if (complete.length > 1) {
    // Prefer the default set, then the set with the fewest parameters PowerShell would pick.
    if (cmdlet.defaultParameterSet && complete.includes(cmdlet.defaultParameterSet)) return cmdlet.defaultParameterSet;
    const withGiven = complete.filter((s) => given.some((p) => s in p.sets && Object.keys(p.sets).length < cmdlet.parameterSets.length));
    return (withGiven[0] ?? complete[0])!;
  }
  if (cmdlet.defaultParameterSet && candidates.includes(cmdlet.defaultParameterSet)) candidates = [cmdlet.defaultParameterSet];
  throw errors.missingMandatory(missingIn(cmdlet, candidates[0]!, values));
}

function missingIn(cmdlet: CmdletMetadata, set: string, values: Map<string, BoundValue>): string[] {
  return cmdlet.parameters
    .filter((p) => (p.sets[set]?.mandatory || p.sets['__AllParameterSets']?.mandatory) && !values.has(p.name))
    .map((p) => p.name);
}

function asSwitch(name: string, value: unknown): boolean {
  if (value === true || value === null || value === undefined) return true;
  if (value === false) return false;
  if (typeof value === 'string') {
    const v = value.toLowerCase();
    if (v === 'true' || v === '$true' || v === '') return true;
    if (v === 'false' || v === '$false') return false;
  }
  if (value === 1 || value === 0) return value === 1;
  throw errors.parameterValue(name, `Cannot convert value "${show(value)}" to type "System.Management.Automation.SwitchParameter".`);
}

function convert(meta: ParameterMetadata, value: unknown): BoundValue {
  if (meta.switch) return asSwitch(meta.name, value);
  if (value === null) return null;
  if (isGenericHashtable(value) && (meta.array || meta.type === 'Hashtable')) {
    return meta.array ? toEdit(meta, value as Record<string, unknown>) : stripAnnotations(value as Record<string, unknown>);
  }
  if (meta.type === 'Hashtable') {
    if (typeof value === 'object' && !Array.isArray(value)) return stripAnnotations(value as Record<string, unknown>);
    throw cannotConvert(meta, value, 'System.Collections.Hashtable');
  }
  if (meta.array) {
    const items = Array.isArray(value) ? value : [value];
    return items.map((v) => scalar(meta, v, true) as string);
  }
  if (Array.isArray(value)) {
    if (value.length === 1) return scalar(meta, value[0], false);
    throw cannotConvert(meta, value, dotNetType(meta.type));
  }
  return scalar(meta, value, false);
}

function scalar(meta: ParameterMetadata, value: unknown, _inArray: boolean): string | number | boolean {
  const type = meta.type.replace(/\[\]$/, '');
  if (BOOL_TYPES.has(type)) {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && /^\$?(true|false)$/i.test(value)) return value.replace('$', '').toLowerCase() === 'true';
    if (value === 0 || value === 1) return value === 1;
    throw errors.parameterValue(
      meta.name,
      `Cannot convert value "${show(value)}" to type "System.Boolean". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`,
    );
  }
  if (INT_TYPES.has(type)) {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(n) || (type !== 'Double' && type !== 'Decimal' && !Number.isInteger(n)) || (type.startsWith('U') && n < 0)) {
      throw cannotConvert(meta, value, `System.${type.replace('System.', '')}`, 'Input string was not in a correct format.');
    }
    return n;
  }
  if (type === 'Unlimited') {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    if (typeof value === 'string') {
      if (/^unlimited$/i.test(value)) return 'Unlimited';
      if (/^\d+$/.test(value.trim())) return Number(value);
      if (/^\d+(\.\d+)?\s*(B|KB|MB|GB|TB)(\s*\(.*\))?$/i.test(value.trim())) return value.trim();
      // Unlimited<EnhancedTimeSpan> (Set-Mailbox -LitigationHoldDuration, mobile device policy intervals).
      if (TIME_SPAN.test(value.trim())) return value.trim();
    }
    throw cannotConvert(meta, value, 'Microsoft.Exchange.Data.Unlimited', `"${show(value)}" isn't a valid value.`);
  }
  if (type === 'Guid') {
    if (typeof value === 'string' && GUID.test(value)) return value.replace(/[{}]/g, '').toLowerCase();
    throw cannotConvert(meta, value, 'System.Guid', 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).');
  }
  if (DATE_TYPES.has(type)) {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
    throw cannotConvert(meta, value, 'System.DateTime', 'String was not recognized as a valid DateTime.');
  }
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else throw cannotConvert(meta, value, dotNetType(meta.type));
  const allowed = enumerationOf(meta);
  if (allowed) {
    const hit = allowed.find((a) => a.toLowerCase() === text.trim().toLowerCase());
    if (!hit) throw errors.notInSet(meta.name, text, allowed);
    text = hit;
  }
  return text;
}

function enumerationOf(meta: ParameterMetadata): string[] | undefined {
  if (meta.acceptedValues?.length) return meta.acceptedValues;
  if (meta.validValues?.length && !FREE_TEXT.test(meta.type.replace(/\[\]$/, ''))) return meta.validValues;
  return undefined;
}

function isGenericHashtable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as Record<string, unknown>)['@odata.type'] === GENERIC_HASHTABLE;
}

function stripAnnotations(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== '@odata.type') out[k] = v;
  return out;
}

function toEdit(meta: ParameterMetadata, value: Record<string, unknown>): MultiValueEdit {
  const edit: MultiValueEdit = { kind: 'edit', add: [], remove: [] };
  for (const [k, v] of Object.entries(value)) {
    if (k === '@odata.type') continue;
    const key = k.toLowerCase();
    if (key !== 'add' && key !== 'remove' && key !== '+' && key !== '-') {
      throw errors.parameterValue(meta.name, `The hashtable key "${k}" isn't valid. Use Add or Remove.`);
    }
    const items = (Array.isArray(v) ? v : [v]).map((x) => scalar(meta, x, true) as string);
    (key === 'add' || key === '+' ? edit.add : edit.remove).push(...items.map(String));
  }
  return edit;
}

function dotNetType(type: string): string {
  return type.includes('.') ? type : `Microsoft.Exchange.Configuration.Tasks.${type}`;
}

function cannotConvert(meta: ParameterMetadata, value: unknown, type: string, why?: string) {
  return errors.parameterValue(meta.name, `Cannot convert value "${show(value)}" to type "${type}".${why ? ` Error: "${why}"` : ''}`);
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}
