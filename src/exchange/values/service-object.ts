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
import { parseTimeSpan, parseDate } from '../../dotnet/date-time.js';
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
  /** True until the first item carrying it is converted: that item's property may need converting again (see convertItem). */
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

// Values already made from a text, shared by every object that has that text: 100,000 mailboxes
// have a handful of distinct quotas and retention periods, and a size is several objects. Sizes,
// Unlimited values and time spans are .NET value types that nothing changes in place; only an
// Add-Member on one quota value would show on every mailbox sharing it (accepted: scripts read
// quotas, they do not decorate them).
const CACHE_LIMIT = 10_000;
const sizes = new Map<string, ByteQuantifiedSize | null>();
const unlimitedSizes = new Map<string, Unlimited | null>();
const spans = new Map<string, PSTimeSpan | null>();
const unlimitedSpans = new Map<string, Unlimited | null>();

function cached<T>(cache: Map<string, T | null>, text: string, make: (text: string) => T | undefined): T | undefined {
  let v = cache.get(text);
  if (v === undefined) {
    v = make(text) ?? null;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, v);
  }
  return v ?? undefined;
}

const SIZE_DISPLAY = /^[0-9.]+ [KMGTP]?B \(([0-9,]+) bytes\)$/;

function makeSize(text: string): ByteQuantifiedSize | undefined {
  const m = SIZE_DISPLAY.exec(text);
  return m ? new ByteQuantifiedSize(Number(m[1]!.replaceAll(',', ''))) : undefined;
}

const UNLIMITED_SIZE = new Unlimited(null);
const UNLIMITED_INT = new Unlimited(null, 'Int32');
const UNLIMITED_SPAN = new Unlimited(null, 'EnhancedTimeSpan');

const sizeOf = (text: string) => cached(sizes, text, makeSize);
const unlimitedSizeOf = (text: string) => cached(unlimitedSizes, text, (t) => (t === 'Unlimited' ? UNLIMITED_SIZE : mapDefined(sizeOf(t), (b) => new Unlimited(b))));
const timeSpanOf = (text: string) => cached(spans, text, parseTimeSpan);
const unlimitedSpanOf = (text: string) => cached(unlimitedSpans, text, (t) => (t === 'Unlimited' ? UNLIMITED_SPAN : mapDefined(timeSpanOf(t), (span) => new Unlimited(span, 'EnhancedTimeSpan'))));

function mapDefined<T, U>(v: T | undefined, f: (v: T) => U): U | undefined {
  return v === undefined ? undefined : f(v);
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
  if (typeof value === 'string' && sizeOf(value) !== undefined) return UNLIMITED_SIZE_NAME.test(p.name) ? 'unlimitedSize' : 'size';
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
    case 'size':
      // A byte count (should a service send one) is a size too.
      if (typeof raw === 'number') return new ByteQuantifiedSize(raw);
      if (typeof raw !== 'string') return raw;
      // A size property that is unlimited after all is still shown as such.
      return sizeOf(raw) ?? (raw === 'Unlimited' ? UNLIMITED_SIZE : raw);
    case 'unlimitedSize':
      if (typeof raw === 'number') return new Unlimited(new ByteQuantifiedSize(raw));
      return (typeof raw === 'string' && unlimitedSizeOf(raw)) || raw;
    case 'unlimitedInt':
      return raw === 'Unlimited' ? UNLIMITED_INT : raw;
    case 'unlimitedTimespan':
      return (typeof raw === 'string' && unlimitedSpanOf(raw)) || raw;
    case 'timespan':
      return (typeof raw === 'string' && timeSpanOf(raw)) || raw;
    case 'undecided':
      // "Unlimited" alone does not say Unlimited of what: decide on a later value.
      if (raw === 'Unlimited') return UNLIMITED_SIZE;
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
