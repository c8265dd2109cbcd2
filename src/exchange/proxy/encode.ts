// CmdletInput.Parameters from the bound parameters (rest-protocol.md §1.4): only what the user
// bound, under the cmdlet's own parameter names, as JSON the service reads.
import { PSNumber } from '../../dotnet/numeric-types.js';
import { isCommonParameter } from '../../runtime/binder.js';
import { toStringValue } from '../../runtime/conversions.js';
import { isCredential, isSecureString, secureStringText } from '../../runtime/credentials.js';
import { PSDateTime, PSHashtable, PSList, PSObject, ScriptBlockValue } from '../../runtime/values.js';
import type { RemoteCmdletMetadata, RemoteParameterMetadata } from '../contracts.js';
import { identityText } from './argument-transforms.js';

const GENERIC_HASHTABLE = '#Exchange.GenericHashTable';
const FILTER_PARAMETERS = /^(Filter|RecipientFilter|RecipientPreviewFilter)$/i;

/** What the encoder needs of a running command: the bound values and which were bound. */
export interface BoundParameters {
  params: Readonly<Record<string, unknown>>;
  bound: ReadonlySet<string>;
}

export function encodeParameters(cmdlet: RemoteCmdletMetadata, input: BoundParameters): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of input.bound) {
    if (isCommonParameter(name) || /^UseCustomRouting$/i.test(name)) continue;
    const meta = findParameter(cmdlet, name);
    const canonical = meta?.name ?? name;
    const value = input.params[name];
    if (meta && (meta.switch || /SwitchParameter$/.test(meta.type))) {
      out[canonical] = value === undefined ? true : Boolean(value);
      continue;
    }
    if (Array.isArray(value) && value.length > 0 && value.every((v) => v instanceof PSHashtable)) {
      out[canonical] = value.map(encodeValue);
      out[`${canonical}@odata.type`] = '#Collection(Exchange.GenericHashTable)';
      continue;
    }
    if (meta && /^Byte\[\]$/.test(meta.type) && Array.isArray(value)) {
      out[canonical] = { '@odata.type': '#Exchange.ByteArrayType', Data: Buffer.from(value.map(Number)).toString('base64') };
      continue;
    }
    let encoded = encodeValue(value);
    if (FILTER_PARAMETERS.test(canonical) && typeof encoded === 'string') encoded = rewriteFilterBooleans(encoded);
    out[canonical] = encoded;
  }
  return out;
}

function findParameter(cmdlet: RemoteCmdletMetadata, name: string): RemoteParameterMetadata | undefined {
  const lower = name.toLowerCase();
  return cmdlet.parameters.find((p) => p.name.toLowerCase() === lower);
}

/**
 * One value as JSON. Hashtables carry the GenericHashTable annotation (nested ones too); dates go as
 * ISO-8601 UTC with seven fraction digits, as the module's port does; objects as their text.
 */
export function encodeValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : toStringValue(value);
  if (value instanceof PSNumber) return encodeValue(value.value);
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value instanceof PSList) return value.items.map(encodeValue);
  if (value instanceof PSHashtable) {
    const o: Record<string, unknown> = { '@odata.type': GENERIC_HASHTABLE };
    for (const [k, v] of value.entries()) o[toStringValue(k)] = encodeValue(v);
    return o;
  }
  if (value instanceof PSDateTime) return isoUtc(value);
  if (value instanceof ScriptBlockValue) return value.text.trim();
  if (isSecureString(value)) return secureStringForWire(value);
  if (isCredential(value)) {
    const c = value as PSObject;
    return { UserName: toStringValue(c.get('UserName')), Password: secureStringForWire(c.get('Password')) };
  }
  return identityText(value);
}

/**
 * The module RSA-encrypts SecureString values under a Microsoft public key shipped in its generated
 * module (PKCS#1 v1.5, base64). That key is not public and not ours to copy, so exosh sends the text
 * itself inside the TLS-protected body, which is what the sandbox reads (a SecureString parameter
 * binds like a String there). The real service would refuse such a value; when the key is served
 * with the module file this is the one place to encrypt. Never logged: request logs carry no bodies.
 */
function secureStringForWire(value: unknown): string | null {
  return secureStringText(value) ?? null;
}

function isoUtc(d: PSDateTime): string {
  // Unspecified dates are taken as local time, as .NET's ToUniversalTime() does.
  return new Date(d.ms).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');
}

/** `$true`/`$false` written inside an OPATH filter become the texts the service compares with. */
export function rewriteFilterBooleans(filter: string): string {
  return filter.replace(/\$(true|false)\b/gi, (_m, b: string) => (b.toLowerCase() === 'true' ? "'True'" : "'False'"));
}
