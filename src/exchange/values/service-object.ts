// Service items (REST JSON with `X@odata.type`/`X@data.type` annotations) → the PowerShell objects
// the module gives: properties in the service's order, annotations dropped, `Deserialized.*` type
// names, dates as DateTime, GUIDs as Guid, sizes as ByteQuantifiedSize/Unlimited values, Exchange
// time spans as TimeSpan, multi-valued properties as arrays. ToString() is the Identity (else the
// Name): `"$mbx"` prints it and `Get-Mailbox | Get-MailboxStatistics` binds it as -Identity.
//
// 100,000 mailboxes of ~260 properties stream through here, so every decision about a property
// (what its key is, which kind of value it holds) is made once per cmdlet and cached in a plan;
// the per-item loop is a Map lookup and a switch per property.
import type { ServiceObjectConverter } from '../contracts.js';
import { parseTimeSpan, parseDate } from '../../format/dates.js';
import { toStringValue } from '../../runtime/conversions.js';
import { PSDateTime, PSGuid, PSObject, PSTimeSpan, type PSProperty } from '../../runtime/values.js';
import { objectTypeOf, type PropertyKind } from './object-types.js';
import { ByteQuantifiedSize, Unlimited } from './sizes.js';

/** Objects of cmdlets the reference does not describe: deserialized custom objects. */
export const UNKNOWN_CMDLET_TYPE_NAMES = ['Deserialized.System.Management.Automation.PSCustomObject', 'Deserialized.System.Object'];

/** A property's conversion; `undecided` until its first non-null value or annotation says more. */
type Kind = PropertyKind | 'plain' | 'int' | 'undecided';

interface PropertyPlan {
  readonly annotation: false;
  readonly name: string;
  readonly lower: string;
  kind: Kind;
}

interface AnnotationPlan {
  readonly annotation: true;
  /** The annotated property, whose kind the annotation set. */
  readonly target: PropertyPlan;
  /** True until the first item that carried it has been fully built (see convertItem). */
  fresh: boolean;
}

interface ObjectPlan {
  readonly typeNames: readonly string[];
  /** Kinds the asset knows, by lower-cased property name. */
  readonly known: ReadonlyMap<string, PropertyKind>;
  /** Raw JSON key → what to do with it. */
  readonly keys: Map<string, PropertyPlan | AnnotationPlan>;
  /** Lower-cased property name → plan, shared by a property and its annotations. */
  readonly properties: Map<string, PropertyPlan>;
}

const plans = new Map<string, ObjectPlan>();

function planFor(cmdletName: string): ObjectPlan {
  const key = cmdletName.toLowerCase();
  let plan = plans.get(key);
  if (!plan) {
    const type = objectTypeOf(cmdletName);
    const known = new Map<string, PropertyKind>();
    for (const [name, kind] of Object.entries(type?.properties ?? {})) known.set(name.toLowerCase(), kind);
    plan = { typeNames: type?.typeNames ?? UNKNOWN_CMDLET_TYPE_NAMES, known, keys: new Map(), properties: new Map() };
    plans.set(key, plan);
  }
  return plan;
}

function propertyPlan(plan: ObjectPlan, name: string): PropertyPlan {
  const lower = name.toLowerCase();
  let p = plan.properties.get(lower);
  if (!p) {
    p = { annotation: false, name, lower, kind: plan.known.get(lower) ?? 'undecided' };
    plan.properties.set(lower, p);
  }
  return p;
}

/** What an annotation value says about its property (`#Guid`, `System.DateTime`...), if anything useful. */
function kindOfAnnotation(type: unknown, target: PropertyPlan): Kind | undefined {
  switch (type) {
    case '#Guid':
      return 'guid';
    case 'System.DateTime':
    case '#DateTimeOffset':
      return target.kind === 'utcDate' || /UTC$/i.test(target.name) ? 'utcDate' : 'date';
    case 'System.Int32':
    case 'System.Int64':
    case '#Int16':
    case '#Int32':
    case '#Int64':
      return target.kind === 'unlimitedInt' ? 'unlimitedInt' : 'int';
    default:
      return typeof type === 'string' && type.startsWith('#Collection(') ? 'plain' : undefined;
  }
}

function learnKey(plan: ObjectPlan, key: string, item: Record<string, unknown>): PropertyPlan | AnnotationPlan {
  const at = key.indexOf('@');
  let entry: PropertyPlan | AnnotationPlan;
  if (at < 0) entry = propertyPlan(plan, key);
  else {
    // `X@odata.type`, `X@data.type`; a bare `@odata.type` (a nested hashtable's own) has no target.
    const target = propertyPlan(plan, at === 0 ? '@' : key.slice(0, at));
    const kind = kindOfAnnotation(item[key], target);
    if (kind !== undefined && (target.kind === 'undecided' || target.kind === 'plain')) target.kind = kind;
    entry = { annotation: true, target, fresh: true };
  }
  plan.keys.set(key, entry);
  return entry;
}

// Texts already parsed: many mailboxes share their quotas and retention periods.
const bytesOfText = new Map<string, number>();
const ticksOfText = new Map<string, number>();
const CACHE_LIMIT = 10_000;

const SIZE_DISPLAY = /^[0-9.]+ [KMGTP]?B \(([0-9,]+) bytes\)$/;

function bytesOf(text: string): number | undefined {
  let bytes = bytesOfText.get(text);
  if (bytes === undefined) {
    const m = SIZE_DISPLAY.exec(text);
    if (!m) return undefined;
    bytes = Number(m[1]!.replaceAll(',', ''));
    if (bytesOfText.size >= CACHE_LIMIT) bytesOfText.clear();
    bytesOfText.set(text, bytes);
  }
  return bytes;
}

function timeSpanOf(text: string): PSTimeSpan | undefined {
  let ticks = ticksOfText.get(text);
  if (ticks === undefined) {
    ticks = parseTimeSpan(text)?.ticks;
    if (ticks === undefined) return undefined;
    if (ticksOfText.size >= CACHE_LIMIT) ticksOfText.clear();
    ticksOfText.set(text, ticks);
  }
  return new PSTimeSpan(ticks);
}

function dateOf(text: string, kind: 'Local' | 'Utc'): PSDateTime | string {
  const ms = Date.parse(text);
  if (!Number.isNaN(ms)) return new PSDateTime(ms, kind);
  const d = parseDate(text);
  return d ? new PSDateTime(d.ms, kind) : text;
}

// Quotas and message size limits are Unlimited<ByteQuantifiedSize> in Exchange.
const UNLIMITED_SIZE_NAME = /Quota$|^Max(Send|Receive)Size$/i;

/** The kind of a property the asset does not describe, from its first non-null value. */
function kindOfValue(p: PropertyPlan, value: unknown): Kind {
  if (typeof value === 'string' && bytesOf(value) !== undefined) return UNLIMITED_SIZE_NAME.test(p.name) ? 'unlimitedSize' : 'size';
  return 'plain';
}

function convertValue(p: PropertyPlan, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  switch (p.kind) {
    case 'plain':
      return typeof raw === 'object' ? convertNested(raw) : raw;
    case 'date':
      return typeof raw === 'string' ? dateOf(raw, 'Local') : raw;
    case 'utcDate':
      return typeof raw === 'string' ? dateOf(raw, 'Utc') : raw;
    case 'guid':
      return typeof raw === 'string' ? new PSGuid(raw.toLowerCase()) : raw;
    case 'int':
      return typeof raw === 'string' && raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
    case 'size': {
      if (typeof raw !== 'string') return raw;
      const bytes = bytesOf(raw);
      if (bytes !== undefined) return new ByteQuantifiedSize(bytes);
      return raw === 'Unlimited' ? new Unlimited(null) : raw;
    }
    case 'unlimitedSize': {
      if (raw === 'Unlimited') return new Unlimited(null);
      const bytes = typeof raw === 'string' ? bytesOf(raw) : undefined;
      return bytes === undefined ? raw : new Unlimited(new ByteQuantifiedSize(bytes));
    }
    case 'unlimitedInt':
      return raw === 'Unlimited' ? new Unlimited(null, 'Int32') : raw;
    case 'unlimitedTimespan': {
      if (raw === 'Unlimited') return new Unlimited(null, 'EnhancedTimeSpan');
      const span = typeof raw === 'string' ? timeSpanOf(raw) : undefined;
      return span ? new Unlimited(span, 'EnhancedTimeSpan') : raw;
    }
    case 'timespan':
      return (typeof raw === 'string' && timeSpanOf(raw)) || raw;
    case 'undecided':
      // "Unlimited" alone does not say Unlimited of what: decide on a later value.
      if (raw === 'Unlimited') return new Unlimited(null);
      p.kind = kindOfValue(p, raw);
      return convertValue(p, raw);
  }
}

const NESTED_PLAN = '<nested>';

/** Arrays whose elements are objects (GenericHashTable entries) and nested objects. */
function convertNested(raw: object): unknown {
  if (Array.isArray(raw)) {
    if (raw.length === 0 || typeof raw[0] !== 'object' || raw[0] === null) return raw;
    return raw.map((x: unknown) => (x !== null && typeof x === 'object' ? convertNested(x) : x));
  }
  return convertItem(raw as Record<string, unknown>, NESTED_PLAN);
}

const identityToString = (o: PSObject): string => {
  const id = o.get('Identity');
  return toStringValue(id === null || id === undefined ? o.get('Name') : id);
};

function convertItem(item: Record<string, unknown>, cmdletName: string): PSObject {
  const plan = planFor(cmdletName);
  const o = new PSObject(plan.typeNames.slice());
  const props = o.props;
  // Object.keys and an index loop: items of 100+ properties are dictionary-mode objects, where
  // for-in is markedly slower.
  const keys = Object.keys(item);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const entry = plan.keys.get(key) ?? learnKey(plan, key, item);
    if (entry.annotation) {
      // An annotation seen for the first time may come after its property (OData puts it before):
      // convert that property again now that its kind is known.
      if (entry.fresh) {
        entry.fresh = false;
        const t = entry.target;
        if (props.has(t.lower)) props.set(t.lower, { kind: 'note', name: t.name, value: convertValue(t, item[t.name]) } satisfies PSProperty);
      }
      continue;
    }
    props.set(entry.lower, { kind: 'note', name: entry.name, value: convertValue(entry, item[key]) });
  }
  if (props.has('identity') || props.has('name')) o.toStringHook = identityToString;
  return o;
}

/** The ServiceObjectConverter of contracts.ts. */
export const toServiceObject: ServiceObjectConverter = (item, cmdletName) => convertItem(item, cmdletName);
