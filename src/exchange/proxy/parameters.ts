// Remote parameter metadata (an entry of assets/exchange/cmdlets.json / EXOModuleFile) → the binder's
// ParameterMetadata, with the client-side conversions the module's proxy functions do.
import { isCommonParameter } from '../../runtime/binder.js';
import type { ParameterMetadata, ParameterType } from '../../runtime/command.js';
import type { RemoteParameterMetadata } from '../contracts.js';
import { eachElement, filterText, identityText, multiValued, timeSpanOrText, unlimitedKind, unlimitedValue } from './argument-transforms.js';

/** How one docs type binds: the binder's type and the transformation after it. */
interface Shape {
  type: ParameterType;
  convert?: (value: unknown) => unknown;
  /** Enumerations: the docs' valid values are enforced (not on free-text types). */
  enumLike?: boolean;
}

const INT = /^(System\.)?(U?Int(16|32)|Byte|SByte|SclValue)$/;
const LONG = /^(System\.)?U?Int64$/;
const DOUBLE = /^(System\.)?(Double|Single|Decimal)$/;
const BOOL = /^(System\.)?Boolean$/;
const DATE = /^(System\.)?(DateTime|DateTimeOffset)$|^ExDateTime$/;
const TIME = /^(System\.)?TimeSpan$|EnhancedTimeSpan$/;
const STRING = /^(System\.)?String$/;
const UNLIMITED = /^Unlimited(Int)?$|^ByteQuantifiedSize$|Unlimited`1\[|^Unlimited\[/;
const HASHTABLE = /^(System\.Collections\.)?(Pws)?Hashtable$/i;
const IDENTITY = /IdParameter$|Identity$|^(System\.)?Guid$/;
const MULTI = /^(MultiValuedProperty|ProxyAddressCollection)$|Collection$/;
/** Types the docs give valid values for that are still free text (the sandbox reads them the same way). */
const FREE_TEXT = /^(String|MultiValuedProperty|ProxyAddressCollection|ProxyAddress|SmtpAddress|SmtpDomain|Fqdn|Uri|Word|Pattern|Object|PSObject)$|IdParameter$/;

/** .NET name shown for the docs' short names, as the module's binding errors show them. */
function dotNetName(type: string): string {
  if (/^EnhancedTimeSpan$/.test(type)) return 'Microsoft.Exchange.Data.EnhancedTimeSpan';
  if (/^TimeSpan$/.test(type)) return 'System.TimeSpan';
  return type;
}

function shapeOf(p: RemoteParameterMetadata): Shape {
  const type = p.type.trim();
  const element = type.replace(/\[\]$/, '');
  const array = p.array === true || type.endsWith('[]') || MULTI.test(element);
  if (p.switch || /^(System\.Management\.Automation\.)?SwitchParameter$/.test(type)) return { type: 'switch' };
  if (/^SecureString$/.test(element)) return { type: 'securestring' };
  if (/^PSCredential$/.test(element)) return { type: 'pscredential' };
  if (HASHTABLE.test(element)) return { type: array ? 'hashtable[]' : 'hashtable' };
  if (/^Byte\[\]$/.test(type)) return { type: 'object' };
  if (/^(Filter|RecipientFilter|RecipientPreviewFilter|ContentFilter|SearchQuery)$/i.test(p.name) && STRING.test(element)) {
    return { type: 'object', convert: filterText };
  }
  if (!array) {
    if (BOOL.test(type)) return { type: 'bool' };
    if (INT.test(type)) return { type: 'int' };
    if (LONG.test(type)) return { type: 'long' };
    if (DOUBLE.test(type)) return { type: 'double' };
    if (DATE.test(type)) return { type: 'datetime' };
  }
  if (UNLIMITED.test(element)) {
    const kind = unlimitedKind(p.name, element);
    const one = unlimitedValue(kind, /^ByteQuantifiedSize$/.test(element) ? 'Microsoft.Exchange.Data.ByteQuantifiedSize' : undefined);
    return { type: array ? 'object[]' : 'object', convert: array ? eachElement(one) : one };
  }
  if (TIME.test(element)) {
    const one = timeSpanOrText(dotNetName(element));
    return { type: 'object', convert: array ? eachElement(one) : one };
  }
  if (STRING.test(element)) return { type: array ? 'string[]' : 'string' };
  if (IDENTITY.test(element)) return array ? { type: 'object', convert: multiValued(identityText) } : { type: 'object', convert: identityText };
  // Enumerations (RecipientTypeDetails, ConvertibleMailboxSubType...) and other types (SmtpAddress,
  // CultureInfo, Object...) pass through; the encoder sends objects as their text.
  if (array) return { type: 'object', convert: multiValued((v) => v), enumLike: !FREE_TEXT.test(element) };
  return { type: 'object', enumLike: !FREE_TEXT.test(element) };
}

/** One remote parameter as the binder reads it; undefined for the engine's own common parameters. */
export function toParameterMetadata(p: RemoteParameterMetadata): ParameterMetadata | undefined {
  // -UseCustomRouting stays a parameter (the encoder leaves it out of the body).
  if (isCommonParameter(p.name)) return undefined;
  const shape = shapeOf(p);
  const out: ParameterMetadata = { name: p.name, type: shape.type, typeName: p.type };
  const setNames = Object.keys(p.sets ?? {});
  // Without sets a parameter is in every set (as [Parameter()] without ParameterSetName).
  if (setNames.length > 0) {
    const sets: Record<string, { mandatory?: boolean; position?: number }> = {};
    for (const name of setNames) sets[name] = { mandatory: p.sets[name]!.mandatory, position: p.sets[name]!.position };
    out.sets = sets;
    out.parameterSets = setNames;
  }
  if (p.aliases?.length) out.aliases = [...p.aliases];
  if (p.pipeline?.byValue) out.valueFromPipeline = true;
  if (p.pipeline?.byPropertyName) out.valueFromPipelineByPropertyName = true;
  if (shape.convert) out.convert = shape.convert;
  // acceptedValues come from the docs' yaml and are authoritative; "Valid values are" lists are a
  // heuristic read of prose, trusted only where the type is an enumeration.
  const allowed = p.acceptedValues?.length ? p.acceptedValues : shape.enumLike && p.validValues?.length ? p.validValues : undefined;
  if (allowed && shape.type !== 'switch' && shape.type !== 'bool') out.validateSet = [...allowed];
  return out;
}

export function toParameterList(parameters: readonly RemoteParameterMetadata[]): ParameterMetadata[] {
  const out: ParameterMetadata[] = [];
  for (const p of parameters) {
    const m = toParameterMetadata(p);
    if (m) out.push(m);
  }
  return out;
}
