// Condition → OPATH filter that keeps a SUPERSET of the objects the condition keeps. Each rule
// below says why it never drops an object the client-side Where-Object would keep; the client
// filter still runs on everything that comes back. Anything not shown safe is left out: an -and
// drops the part (the rest is still a superset), an -or with such a side pushes nothing, and a
// -not pushes only where the negated comparison is exact (see docs/filter-left.md).
import { PSDateTime } from '../../runtime/values.js';
import type { Condition } from './condition.js';
import type { FilterableProperty } from './filterable.js';

export interface PushContext {
  /** Filterable properties of the cmdlet, by lower-cased name. */
  properties: ReadonlyMap<string, FilterableProperty>;
  /** The cmdlet, for messages. */
  cmdletName: string;
  /**
   * True when every object that comes back carries the property (its real value, never a stand-in
   * $null): the Get-EXO* projection holds it, or the classic cmdlet returns it on its objects.
   */
  carried(property: FilterableProperty): boolean;
}

export interface PushResult {
  /** The OPATH text, or undefined when nothing could be pushed. */
  filter: string | undefined;
  /** Parts kept on the client only, each with the reason (for Get-PipelinePlan and the docs). */
  clientOnly: { text: string; reason: string }[];
}

export function pushCondition(c: Condition, ctx: PushContext): PushResult {
  const clientOnly: PushResult['clientOnly'] = [];
  const filter = push(c, ctx, clientOnly);
  return { filter, clientOnly };
}

type Notes = PushResult['clientOnly'];

/** Wraps a compound filter in parentheses: OPATH's -and and -or have equal precedence. */
const group = (f: string): string => (/ -(and|or) /i.test(f) ? `(${f})` : f);

function push(c: Condition, ctx: PushContext, notes: Notes): string | undefined {
  switch (c.t) {
    case 'and': {
      // Dropping a conjunct only widens the set: the rest is still a superset.
      const parts = c.items.map((i) => push(i, ctx, notes)).filter((p): p is string => p !== undefined);
      return parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : parts.map(group).join(' -and ');
    }
    case 'or': {
      // A union of supersets is a superset of the union; a side with no filter means "anything".
      const local: Notes = [];
      const parts = c.items.map((i) => push(i, ctx, local));
      if (parts.some((p) => p === undefined)) {
        notes.push({ text: c.text, reason: 'one side of the -or cannot be filtered on the server' });
        return undefined;
      }
      notes.push(...local);
      return parts.map((p) => group(p!)).join(' -or ');
    }
    case 'not':
      return pushNot(c.item, c.text, ctx, notes);
    case 'truthy':
      return pushTruthy(c.property, c.text, false, ctx, notes);
    case 'compare':
      return pushCompare(c, ctx, notes);
    case 'opaque':
      notes.push({ text: c.text, reason: c.reason });
      return undefined;
  }
}

function lookup(name: string, text: string, ctx: PushContext, notes: Notes): FilterableProperty | undefined {
  const p = ctx.properties.get(name.toLowerCase());
  if (!p) notes.push({ text, reason: `${name} is not a filterable property of ${ctx.cmdletName}` });
  return p;
}

/** Properties whose -eq is not PowerShell's -eq: OWAEnabled "operates backwards" on Get-CASMailbox (documented). */
const QUIRKY = new Set(['owaenabled']);

/**
 * Text properties that hold ONE value on every recipient object: only for these is the server's
 * "no value equals x" the same as PowerShell's `-ne x` (for a list, `@('a','b') -ne 'a'` keeps 'b').
 * PrimarySmtpAddress is left out on purpose: its server-side -eq also searches EmailAddresses.
 */
const SINGLE_VALUED_TEXT = new Set(
  ['Alias', 'DisplayName', 'Name', 'Office', 'RecipientType', 'RecipientTypeDetails', 'ArchiveStatus', 'UserPrincipalName', ...Array.from({ length: 15 }, (_, i) => `CustomAttribute${i + 1}`)].map((n) =>
    n.toLowerCase(),
  ),
);

const TEXT_KINDS = new Set(['string', 'enum', 'proxyAddress']);

/**
 * The client sees a property's true value, and it is one value: then `server: P is blank / no
 * value equals x` is exactly `PowerShell: P is $null / P -ne x` and negations may be pushed.
 */
function negatable(p: FilterableProperty, ctx: PushContext): boolean {
  if (!ctx.carried(p) || QUIRKY.has(p.name.toLowerCase())) return false;
  if (p.kind === 'boolean' || (p.kind === 'integer' && !p.unlimited)) return true;
  return TEXT_KINDS.has(p.kind) && SINGLE_VALUED_TEXT.has(p.name.toLowerCase());
}

export function opathString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

const isAscii = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);

/** A text operand: texts as they are, whole numbers as PowerShell prints them. */
function textValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return undefined;
}

function pushCompare(c: Extract<Condition, { t: 'compare' }>, ctx: PushContext, notes: Notes): string | undefined {
  const p = lookup(c.property, c.text, ctx, notes);
  if (!p) return undefined;
  const skip = (reason: string): undefined => {
    notes.push({ text: c.text, reason });
    return undefined;
  };
  if (QUIRKY.has(p.name.toLowerCase())) return skip(`${p.name}'s server-side filter does not compare like PowerShell`);
  let op = c.op;
  let value = c.value;
  // `'x' -in $_.P` is `$_.P -contains 'x'`; `$list -contains $_.P` is `$_.P -in $list`.
  if (c.propertyOnRight) {
    const flipped: Partial<Record<typeof op, typeof op>> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge', in: 'contains', contains: 'in' };
    const f = flipped[op];
    if (!f) return skip('the property is on the right of an operator that does not turn around');
    // `'x' -eq $_.P` converts P to text: the same as `$_.P -eq 'x'` only for one value.
    if ((f === 'eq' || f === 'ne') && TEXT_KINDS.has(p.kind) && !SINGLE_VALUED_TEXT.has(p.name.toLowerCase())) return skip(`${p.name} may hold several values`);
    op = f;
  }
  if (op === 'in') {
    // `$_.P -in 'a','b'`: P equals one of them — an -or of -eq (each a superset, below).
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0) return skip('an empty list');
    if (list.length > 50) return skip('a list of more than 50 values');
    const parts: string[] = [];
    for (const item of list) {
      const one = pushCompare({ ...c, op: 'eq', value: item, propertyOnRight: false }, ctx, []);
      if (one === undefined) return skip(`the value ${String(item)} cannot be compared on the server`);
      parts.push(group(one));
    }
    return parts.length === 1 ? parts[0] : `(${parts.join(' -or ')})`;
  }
  if (Array.isArray(value)) return skip('the value is a list');
  if (op === 'contains') {
    // `$_.P -contains 'x'`: some value of P equals x — the server's -eq on a list (any value).
    if (!TEXT_KINDS.has(p.kind)) return skip(`-contains on a ${p.kind} property`);
    op = 'eq';
  }
  switch (p.kind) {
    case 'string':
    case 'enum':
    case 'proxyAddress':
      return pushText(p, op, c.caseSensitive, value, c.text, ctx, notes);
    case 'boolean':
      return pushBoolean(p, op, value, c.text, ctx, notes);
    case 'integer':
      return p.unlimited ? skip(`${p.name} may be Unlimited`) : pushInteger(p, op, value, c.text, ctx, notes);
    case 'datetime':
      return pushDate(p, op, value, c.text, ctx, notes);
    default:
      return skip(`${p.name} is a ${p.kind} value, compared differently on the server`);
  }
}

/**
 * Texts. The server compares case-insensitively, so -eq/-ceq/-ieq x all push `P -eq 'x'`: every
 * object PowerShell finds equal (even case-sensitively) the server finds equal too; on a list the
 * server matches when any value does, and PowerShell keeps the object only when some value does.
 * -ne is pushed only where exact (one value, carried, ASCII text, case-insensitive).
 */
function pushText(p: FilterableProperty, op: string, cs: boolean, value: unknown, text: string, ctx: PushContext, notes: Notes): string | undefined {
  const skip = (reason: string): undefined => {
    notes.push({ text, reason });
    return undefined;
  };
  if (value === null) {
    if (op === 'eq' && negatable(p, ctx)) return `${p.name} -eq $null`;
    return skip(op === 'eq' ? `${p.name} may hold several values or be missing from the objects` : 'a $null test the server reads differently (empty texts)');
  }
  const s = textValue(value);
  if (s === undefined) return skip('the value is not a text');
  switch (op) {
    case 'eq':
      // An empty text: PowerShell keeps only '' — the server's "blank" ($null) covers it.
      if (s === '') return negatable(p, ctx) ? `${p.name} -eq $null` : skip('an empty text');
      return equalsSuperset(p, s) ?? skip('a text the server cannot narrow');
    case 'ne':
      if (cs) return skip('-cne: the server cannot tell case apart');
      if (!negatable(p, ctx)) return skip(`${p.name} may hold several values or be missing from the objects`);
      if (s === '' || !isAscii(s)) return skip('-ne with an empty or non-ASCII text');
      return `${p.name} -ne ${opathString(s)}`;
    case 'like': {
      const w = wildcardSuperset(s, true);
      if (!w) return skip('a pattern that matches anything or that the server cannot narrow');
      return w.exact ? `${p.name} -eq ${opathString(w.pattern)}` : `${p.name} -like ${opathString(w.pattern)}`;
    }
    case 'notlike': {
      if (cs) return skip('-cnotlike: the server cannot tell case apart');
      if (!negatable(p, ctx)) return skip(`${p.name} may hold several values or be missing from the objects`);
      const w = wildcardSuperset(s);
      // The server reads the Kelvin sign as K (Unicode normalisation); PowerShell's -like does not.
      if (!w || !w.faithful || !isAscii(s) || /k/i.test(s)) return skip('a pattern the server cannot match exactly');
      return `${p.name} -notlike ${opathString(w.pattern)}`;
    }
    case 'match': {
      const pattern = regexSuperset(s);
      if (!pattern) return skip('a regular expression the server cannot express');
      return `${p.name} -like ${opathString(pattern)}`;
    }
    default:
      return skip(`-${op} on text (the server orders and negates texts differently)`);
  }
}

/** `P -eq 'x'` widened so that every text PowerShell finds equal (any case) is kept. */
function equalsSuperset(p: FilterableProperty, s: string): string | undefined {
  if (isAscii(s)) return `${p.name} -eq ${opathString(s)}`;
  // Non-ASCII letters fold differently on the server (final sigma, normalisation): those positions
  // become "any one character", the rest narrows.
  const pattern = [...s].map((ch) => (ch.charCodeAt(0) > 0x7e ? '?' : /[*?[\]`]/.test(ch) ? `\`${ch}` : ch)).join('');
  const w = wildcardSuperset(pattern);
  return w ? `${p.name} -like ${opathString(w.pattern)}` : undefined;
}

/** Booleans: `$_.B -eq $true` is the server's `B -eq $true`; a -ne also keeps a missing value, so only for carried properties. */
function pushBoolean(p: FilterableProperty, op: string, value: unknown, text: string, ctx: PushContext, notes: Notes): string | undefined {
  if (typeof value !== 'boolean') {
    notes.push({ text, reason: 'a Boolean compared with something other than $true or $false' });
    return undefined;
  }
  const v = value ? '$true' : '$false';
  if (op === 'eq') return `${p.name} -eq ${v}`;
  if (op === 'ne' && negatable(p, ctx)) return `${p.name} -ne ${v}`;
  notes.push({ text, reason: `-${op} on a Boolean` });
  return undefined;
}

function pushInteger(p: FilterableProperty, op: string, value: unknown, text: string, ctx: PushContext, notes: Notes): string | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d{1,9}$/.test(value.trim()) ? Number(value) : undefined;
  if (n === undefined || !Number.isInteger(n)) {
    notes.push({ text, reason: 'an integer compared with something other than a whole number' });
    return undefined;
  }
  if (op === 'eq' || op === 'gt' || op === 'ge') return `${p.name} -${op} ${n}`;
  // `$null -lt 5` is true in PowerShell: a blank value must come back too.
  if ((op === 'lt' || op === 'le') && ctx.carried(p)) return `${p.name} -${op} ${n} -or ${p.name} -eq $null`;
  if (op === 'ne' && negatable(p, ctx)) return `${p.name} -ne ${n}`;
  notes.push({ text, reason: `-${op} on an integer` });
  return undefined;
}

const DAY_MS = 86_400_000;

/** `M/d/yyyy h:mm:ss AM` in UTC, the documented filter form (the sandbox also reads it as UTC). */
export function opathDate(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/**
 * Dates. PowerShell compares DateTime ticks and ignores their Kind, so a time written without a
 * zone and the service's UTC time shown in local time may be up to 14 hours apart; the pushed
 * bound is widened by a whole day on the open side, which covers every time zone.
 */
function pushDate(p: FilterableProperty, op: string, value: unknown, text: string, ctx: PushContext, notes: Notes): string | undefined {
  let ms: number | undefined;
  if (value instanceof PSDateTime) ms = value.ms;
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value.trim())) {
    const parsed = Date.parse(value.trim());
    ms = Number.isNaN(parsed) ? undefined : parsed;
  }
  if (ms === undefined) {
    notes.push({ text, reason: 'a date compared with something other than a [datetime] or an ISO date' });
    return undefined;
  }
  const after = `${p.name} -gt ${opathString(opathDate(ms - DAY_MS))}`;
  const before = `${p.name} -lt ${opathString(opathDate(ms + DAY_MS))}`;
  if (op === 'gt' || op === 'ge') return after;
  // `$null -lt $date` is true in PowerShell: a blank value must come back too (and a property the
  // objects do not carry reads as $null on every object, so nothing can be pushed then).
  if ((op === 'lt' || op === 'le') && ctx.carried(p)) return `${before} -or ${p.name} -eq $null`;
  if (op === 'eq') return `${after} -and ${before}`;
  notes.push({ text, reason: `-${op} on a date` });
  return undefined;
}

/**
 * `$_.P` alone keeps objects whose P is true (a Boolean), non-empty (a text) — a Boolean's server
 * filter is `-eq $true`, a text's "not blank". `-not $_.P` keeps false, empty or missing values.
 */
function pushTruthy(name: string, text: string, negated: boolean, ctx: PushContext, notes: Notes): string | undefined {
  const p = lookup(name, text, ctx, notes);
  if (!p) return undefined;
  if (!QUIRKY.has(p.name.toLowerCase())) {
    if (p.kind === 'boolean') {
      if (!negated) return `${p.name} -eq $true`;
      if (negatable(p, ctx)) return `${p.name} -ne $true`;
    } else if (TEXT_KINDS.has(p.kind)) {
      if (!negated) return `${p.name} -ne $null`;
      if (negatable(p, ctx)) return `${p.name} -eq $null`;
    }
  }
  notes.push({ text, reason: `the truth of ${p.name} (${p.kind}) is not a server-side test` });
  return undefined;
}

/** -not of a comparison the server can negate exactly; otherwise nothing is pushed for it. */
function pushNot(c: Condition, text: string, ctx: PushContext, notes: Notes): string | undefined {
  if (c.t === 'not') return push(c.item, ctx, notes);
  if (c.t === 'truthy') return pushTruthy(c.property, text, true, ctx, notes);
  if (c.t === 'compare' && !c.propertyOnRight) {
    const opposite: Partial<Record<string, 'eq' | 'ne' | 'like' | 'notlike'>> = { eq: 'ne', ne: 'eq', like: 'notlike', notlike: 'like' };
    const op = opposite[c.op];
    const p = ctx.properties.get(c.property.toLowerCase());
    // Only where both the comparison and its opposite are exact on the server.
    if (op && p && negatable(p, ctx) && !c.caseSensitive) return pushCompare({ ...c, op, text }, ctx, notes);
  }
  notes.push({ text, reason: 'a -not the server cannot express exactly' });
  return undefined;
}

/**
 * A PowerShell wildcard pattern → an OPATH `-like` pattern matching at least the same texts.
 * OPATH allows `*` only at the start and/or end. `faithful`: the OPATH pattern matches exactly
 * the same texts (only leading/trailing `*`), so its negation may be pushed too; `exact`: no
 * wildcard at all (pushed as -eq).
 */
export function wildcardSuperset(pattern: string, nonAsciiAsWildcard = false): { pattern: string; exact: boolean; faithful: boolean } | undefined {
  // Tokens: literal runs and wildcard positions (`*`, `?`, `[...]`); a backtick makes the next character literal.
  const tokens: ({ lit: string } | { wild: '*' | '?' | '[' })[] = [];
  let lit = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '`' && i + 1 < pattern.length) {
      lit += pattern[++i];
      continue;
    }
    // Non-ASCII letters may fold differently on the server: such a position matches "one character".
    if (nonAsciiAsWildcard && ch.charCodeAt(0) > 0x7e) {
      if (lit) tokens.push({ lit });
      lit = '';
      tokens.push({ wild: '?' });
      continue;
    }
    if (ch === '*' || ch === '?' || ch === '[') {
      if (lit) tokens.push({ lit });
      lit = '';
      if (ch === '[') {
        const close = pattern.indexOf(']', i + 1);
        if (close < 0) return undefined;
        i = close;
      }
      tokens.push({ wild: ch });
      continue;
    }
    lit += ch;
  }
  if (lit) tokens.push({ lit });
  // A literal `*` cannot be written in an OPATH -like pattern.
  const usable = (s: string) => s.length > 0 && !s.includes('*');
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (tokens.length === 1 && first && 'lit' in first) return usable(first.lit) ? { pattern: first.lit, exact: true, faithful: true } : undefined;
  const onlyStars = tokens.every((t) => !('wild' in t) || t.wild === '*');
  const lits = tokens.filter((t): t is { lit: string } => 'lit' in t);
  if (onlyStars && lits.length === 1 && usable(lits[0]!.lit)) {
    const starts = first && 'wild' in first;
    const ends = last && 'wild' in last;
    return { pattern: `${starts ? '*' : ''}${lits[0]!.lit}${ends ? '*' : ''}`, exact: false, faithful: true };
  }
  if (first && 'lit' in first && usable(first.lit)) return { pattern: `${first.lit}*`, exact: false, faithful: false };
  if (last && 'lit' in last && usable(last.lit)) return { pattern: `*${last.lit}`, exact: false, faithful: false };
  const longest = lits.filter((t) => usable(t.lit)).sort((a, b) => b.lit.length - a.lit.length)[0];
  return longest ? { pattern: `*${longest.lit}*`, exact: false, faithful: false } : undefined;
}

/**
 * A regular expression of plain characters, optionally anchored with `^` → `lit*` or `*lit*`.
 * (A trailing `$` is not used: in .NET it also matches before a final newline.) Anything with
 * another metacharacter is not pushed.
 */
export function regexSuperset(re: string): string | undefined {
  const m = /^(\^?)((?:[A-Za-z0-9 _@,'-]|\\[.@_ -])+)\$?$/.exec(re);
  if (!m) return undefined;
  const literal = m[2]!.replace(/\\(.)/g, '$1');
  return m[1] ? `${literal}*` : `*${literal}*`;
}
