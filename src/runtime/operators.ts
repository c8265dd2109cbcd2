// PowerShell's binary and unary operators. `binaryOperator(op)` is looked up once when a script is
// compiled and returns a specialised function, so the per-object path is a direct call.
// The left operand's type drives conversion; a collection on the left filters (comparison, -like,
// -match) or maps (-replace, -split).
//
// -match and $Matches: `binaryOperator('-match')` returns only the result. The engine, which owns
// variables, uses `matchOperator(op)` instead: it returns `{ result, matches }` where `matches` is
// the new $Matches table (set only when the left operand is a scalar and it matched).
// Script-block replacement (`-replace 'x', { $_.Value }`) and `-split { ... }` need to run a script
// block: pass `OperatorHooks.invoke` when getting the operator.
import { ErrorRecord, RuntimeError, wrappedDotNetError } from './errors.js';
import {
  PSChar,
  PSClassObject,
  PSComparableObject,
  PSEnumValue,
  PSDateTime,
  PSGuid,
  PSHashtable,
  PSList,
  PSObject,
  PSTimeSpan,
  PSTypeRef,
  PSVersion,
  ScriptBlockValue,
} from './values.js';
import {
  asType,
  conversionError,
  convertToFull,
  enumerate,
  isNull,
  isType,
  parseNumber,
  toArray,
  toBool,
  toNumber,
  toStringValue,
  typeNameOf,
} from './conversions.js';
import { isIntegral } from '../dotnet/number-format.js';
import { arithmetic, negate as negateNumber, PSNumber, type ArithmeticOp, type NumberValue } from '../dotnet/numeric-types.js';
import { resolveTypeName } from './types.js';
import { addMs, dateTicks } from '../dotnet/date-time.js';
import { wildcardMatch } from './operators-wildcard.js';
import { compileRegex, expandReplacement, matchesTable, matchObject, type RegexOptions } from './operators-regex.js';
import { formatOperands, formatOperator } from './format-operator.js';

export type BinaryFn = (a: unknown, b: unknown) => unknown;
export type UnaryFn = (a: unknown) => unknown;

export interface OperatorHooks {
  /** Runs a script block with $_ set (for -replace / -split with a script block). */
  invoke?(block: ScriptBlockValue, dollarUnder: unknown, args?: unknown[]): unknown[];
}

function runtimeError(message: string, errorId: string, category: ErrorRecord['category'] = 'InvalidOperation', exceptionType?: string): RuntimeError {
  return new RuntimeError(new ErrorRecord(message, errorId, category, null, undefined, undefined, exceptionType));
}

function noOpMethod(a: unknown, method: string): RuntimeError {
  return runtimeError(`Method invocation failed because [${typeNameOf(a)}] does not contain a method named '${method}'.`, 'MethodNotFound', 'InvalidOperation');
}

// ------------------------------------------------------------------------------------------------
// Equality and ordering

const collatorCI = new Intl.Collator('en-US', { sensitivity: 'accent' });
const collatorCS = new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' });

/**
 * PowerShell's case-insensitive -eq pairs letters by their simple lower case: the dotless ı and the
 * long ſ are letters of their own (not I and S), and the final ς is σ. Ligatures such as ﬀ, which
 * pwsh finds equal to ff, are not folded (a known difference).
 */
function stringEquals(a: string, b: string, cs: boolean): boolean {
  if (a === b) return true;
  if (cs || a.length !== b.length) return false;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb) return true;
  return (la.includes('ς') || lb.includes('ς')) && la.replaceAll('ς', 'σ') === lb.replaceAll('ς', 'σ');
}

/** Converts `b` to the type of `a` for comparison; undefined when it cannot be converted. */
function coerceLike(a: unknown, b: unknown): unknown {
  try {
    if (typeof a === 'number') {
      if (typeof b === 'number') return b;
      if (typeof b === 'string') return parseNumber(b);
      if (typeof b === 'boolean') return b ? 1 : 0;
      if (b instanceof PSChar) return b.code;
      return undefined;
    }
    if (a instanceof PSDateTime) return convertToFull(b, 'System.DateTime');
    if (a instanceof PSTimeSpan) return convertToFull(b, 'System.TimeSpan');
    if (a instanceof PSVersion) return convertToFull(b, 'System.Version');
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Keys of two operands when either is a PSComparableObject (a size compares by its bytes): the
 * comparable's compareKey() against keyOf() of the other, whichever side it is on. Undefined when
 * neither is one; a key is undefined when the other operand has none.
 */
function comparableKeys(a: unknown, b: unknown): [number | undefined, number | undefined] | undefined {
  if (a instanceof PSComparableObject) return [a.compareKey(), a.keyOf(b)];
  if (b instanceof PSComparableObject) return [b.keyOf(a), b.compareKey()];
  return undefined;
}

/** PowerShell's -eq for two scalars, `b` converted to the type of `a`. */
export function valuesEqual(a: unknown, b: unknown, cs = false): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return false;
  // Numbers of any two types compare by value (2.0 -eq 2, 1L -eq 1).
  if (a instanceof PSNumber) a = a.value;
  if (b instanceof PSNumber) b = b.value;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (isNull(a)) return isNull(b);
  if (isNull(b)) return false;
  const keys = comparableKeys(a, b);
  if (keys) return keys[0] !== undefined && keys[0] === keys[1];
  if (typeof a === 'string') {
    if (b instanceof PSChar && !cs) return stringEquals(a, b.toString(), cs);
    return stringEquals(a, toStringValue(b), cs);
  }
  if (typeof a === 'number') {
    const nb = coerceLike(a, b);
    return typeof nb === 'number' && nb === a;
  }
  if (typeof a === 'boolean') return a === toBool(b);
  if (a instanceof PSChar) {
    if (b instanceof PSChar) return cs ? a.code === b.code : stringEquals(a.toString(), b.toString(), false);
    if (typeof b === 'string') return b.length === 1 && stringEquals(a.toString(), b, cs);
    if (typeof b === 'number') return a.code === b;
    return false;
  }
  if (a instanceof PSDateTime) {
    const d = coerceLike(a, b);
    return d instanceof PSDateTime && dateTicks(d) === dateTicks(a);
  }
  if (a instanceof PSTimeSpan) {
    const t = coerceLike(a, b);
    return t instanceof PSTimeSpan && t.ticks === a.ticks;
  }
  if (a instanceof PSGuid) return stringEquals(a.value, toStringValue(b), false);
  if (a instanceof PSVersion) {
    const v = coerceLike(a, b);
    return v instanceof PSVersion && v.toString() === a.toString();
  }
  if (a instanceof PSTypeRef) return b instanceof PSTypeRef && a.name === b.name;
  if (a instanceof PSClassObject) return a.userClass.equalsWith(a, b) ?? false;
  if (a instanceof PSObject && b instanceof PSObject) {
    // A PSObject that wraps a .NET value is equal by its string form (e.g. deserialised objects).
    return false;
  }
  return false;
}

function compareError(a: unknown, b: unknown, inner: string): RuntimeError {
  return runtimeError(`Could not compare "${toStringValue(a)}" to "${toStringValue(b)}". Error: "${inner}"`, 'ComparisonFailure', 'InvalidOperation');
}

/**
 * Ordering for -gt/-lt/...: `b` converted to `a`'s type (throws "Could not compare" when it cannot
 * be). Returns negative, zero or positive.
 */
export function compareOrdered(a: unknown, b: unknown, cs = false): number {
  if (a instanceof PSNumber) a = a.value;
  if (b instanceof PSNumber) b = b.value;
  if (isNull(a)) return isNull(b) ? 0 : -1;
  if (isNull(b)) return 1;
  const keys = comparableKeys(a, b);
  if (keys) {
    const [ka, kb] = keys;
    if (ka === undefined || kb === undefined) {
      const [from, to] = ka === undefined ? [a, b] : [b, a];
      throw compareError(a, b, `Cannot convert the "${toStringValue(from)}" value of type "${typeNameOf(from)}" to type "${typeNameOf(to)}".`);
    }
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  }
  if (typeof a === 'string') {
    const sb = toStringValue(b);
    return cs ? collatorCS.compare(a, sb) : collatorCI.compare(a, sb);
  }
  if (typeof a === 'number') {
    let nb: number;
    if (typeof b === 'number') nb = b;
    else if (typeof b === 'string') {
      const p = parseNumber(b);
      if (p === undefined) throw compareError(a, b, `Cannot convert value "${b}" to type "${typeNameOf(a)}". Error: "The input string '${b}' was not in a correct format."`);
      nb = p;
    } else if (typeof b === 'boolean') nb = b ? 1 : 0;
    else if (b instanceof PSChar) nb = b.code;
    else throw compareError(a, b, `Cannot convert the "${toStringValue(b)}" value of type "${typeNameOf(b)}" to type "${typeNameOf(a)}".`);
    return a < nb ? -1 : a > nb ? 1 : 0;
  }
  if (typeof a === 'boolean') {
    const bb = toBool(b);
    return a === bb ? 0 : a ? 1 : -1;
  }
  if (a instanceof PSChar) {
    const sb = b instanceof PSChar ? b.toString() : toStringValue(b);
    if (typeof b === 'number') return a.code - b;
    return cs ? collatorCS.compare(a.toString(), sb) : collatorCI.compare(a.toString(), sb);
  }
  if (a instanceof PSDateTime) {
    const d = coerceLike(a, b);
    if (!(d instanceof PSDateTime)) throw compareError(a, b, `Cannot convert value "${toStringValue(b)}" to type "System.DateTime".`);
    return Math.sign(dateTicks(a) - dateTicks(d));
  }
  if (a instanceof PSTimeSpan) {
    const t = coerceLike(a, b);
    if (!(t instanceof PSTimeSpan)) throw compareError(a, b, `Cannot convert value "${toStringValue(b)}" to type "System.TimeSpan".`);
    return Math.sign(a.ticks - t.ticks);
  }
  if (a instanceof PSVersion) {
    const v = coerceLike(a, b);
    if (!(v instanceof PSVersion)) throw compareError(a, b, `Cannot convert value "${toStringValue(b)}" to type "System.Version".`);
    const pa = [a.major, a.minor, a.build, a.revision];
    const pb = [v.major, v.minor, v.build, v.revision];
    for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return pa[i]! < pb[i]! ? -1 : 1;
    return 0;
  }
  if (a instanceof PSGuid) return collatorCI.compare(a.value, toStringValue(b));
  const byClass = a instanceof PSClassObject ? a.userClass.compareWith(a, b) : undefined;
  if (byClass !== undefined) return byClass;
  throw runtimeError(`Cannot compare "${toStringValue(a)}" because it is not IComparable.`, 'NotIcomparable', 'InvalidOperation');
}

/**
 * Sort-Object's ordering: $null first, numbers numerically, strings by culture (case-insensitive
 * unless asked), dates by time, mixed types by their string form. Never throws.
 */
export function compareValues(a: unknown, b: unknown, caseSensitive = false): number {
  if (a instanceof PSNumber) a = a.value;
  if (b instanceof PSNumber) b = b.value;
  if (isNull(a)) return isNull(b) ? 0 : -1;
  if (isNull(b)) return 1;
  const keys = comparableKeys(a, b);
  if (keys && keys[0] !== undefined && keys[1] !== undefined) return keys[0] < keys[1] ? -1 : keys[0] > keys[1] ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : Number.isNaN(a) ? (Number.isNaN(b) ? 0 : -1) : Number.isNaN(b) ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') {
    const c = caseSensitive ? collatorCS.compare(a, b) : collatorCI.compare(a, b);
    return c;
  }
  if (a instanceof PSDateTime && b instanceof PSDateTime) return Math.sign(dateTicks(a) - dateTicks(b));
  if (a instanceof PSTimeSpan && b instanceof PSTimeSpan) return Math.sign(a.ticks - b.ticks);
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  try {
    if (typeof a === 'number' || a instanceof PSDateTime || a instanceof PSTimeSpan || a instanceof PSVersion || typeof a === 'boolean' || a instanceof PSChar) {
      return compareOrdered(a, b, caseSensitive);
    }
  } catch {
    // fall through to string comparison, as Sort-Object does for mixed types
  }
  const byClass = a instanceof PSClassObject ? a.userClass.compareWith(a, b) : undefined;
  if (byClass !== undefined) return byClass;
  const sa = toStringValue(a);
  const sb = toStringValue(b);
  return caseSensitive ? collatorCS.compare(sa, sb) : collatorCI.compare(sa, sb);
}

// ------------------------------------------------------------------------------------------------
// Comparison operators with collection-on-left filtering

type ScalarPredicate = (a: unknown, b: unknown) => boolean;

function filtering(pred: ScalarPredicate): BinaryFn {
  return (a, b) => {
    if (typeof a === 'string' || typeof a === 'number' || a === null || a === undefined || typeof a === 'boolean') return pred(a, b);
    const items = enumerate(a);
    if (items === undefined) return pred(a, b);
    const out: unknown[] = [];
    for (const item of items) if (pred(item, b)) out.push(item);
    return out;
  };
}

function likePred(cs: boolean, negate: boolean): ScalarPredicate {
  return (a, b) => {
    const r = wildcardMatch(toStringValue(a), toStringValue(b), cs);
    return negate ? !r : r;
  };
}

function regexOptions(cs: boolean): RegexOptions {
  return { ignoreCase: !cs };
}

/** -match / -notmatch with $Matches: `{ result, matches }` (matches only when set). */
export function matchOperator(op: string): (a: unknown, b: unknown) => { result: unknown; matches?: PSHashtable } {
  const { base, cs } = parseOp(op);
  const negate = base === '-notmatch';
  return (a, b) => {
    const pattern = toStringValue(b);
    const items = typeof a === 'string' || isNull(a) ? undefined : enumerate(a);
    if (items === undefined) {
      const re = compileRegex(pattern, regexOptions(cs));
      const m = re.exec(toStringValue(a));
      re.lastIndex = 0;
      // -notmatch sets $Matches too when the text matched (and returns $false).
      if (m) return { result: !negate, matches: matchesTable(m, re) };
      return { result: negate };
    }
    const out: unknown[] = [];
    for (const item of items) {
      const re = compileRegex(pattern, regexOptions(cs));
      const hit = re.test(toStringValue(item));
      re.lastIndex = 0;
      if (hit !== negate) out.push(item);
    }
    return { result: out };
  };
}

// ------------------------------------------------------------------------------------------------
// -replace, -split, -join

function replaceOp(cs: boolean, hooks?: OperatorHooks): BinaryFn {
  const one = (input: unknown, pattern: string, replacement: unknown): string => {
    const text = toStringValue(input);
    const re = compileRegex(pattern, regexOptions(cs));
    const result = text.replace(re, (...args: unknown[]) => {
      const m = toExecArray(args, text);
      if (replacement instanceof ScriptBlockValue) {
        if (!hooks?.invoke) throw runtimeError('Script block replacement is not available here.', 'NotSupported');
        return hooks.invoke(replacement, matchObject(m)).map((x) => toStringValue(x)).join('');
      }
      return expandReplacement(toStringValue(replacement), m);
    });
    re.lastIndex = 0;
    return result;
  };
  return (a, b) => {
    const ops = toArray(b);
    if (ops.length > 2) throw runtimeError(`The -replace operator allows only two elements to follow it, not ${ops.length}.`, 'BadReplaceArgument', 'InvalidOperation');
    const pattern = toStringValue(ops[0]);
    const replacement = ops.length > 1 ? ops[1] : '';
    if (typeof a !== 'string' && !isNull(a)) {
      const items = enumerate(a);
      if (items) return [...items].map((x) => one(x, pattern, replacement));
    }
    return one(a, pattern, replacement);
  };
}

/** Rebuilds a RegExpExecArray from String.replace callback arguments. */
function toExecArray(args: unknown[], input: string): RegExpExecArray {
  const hasGroups = typeof args[args.length - 1] === 'object' && args[args.length - 1] !== null;
  const groups = hasGroups ? (args[args.length - 1] as Record<string, string>) : undefined;
  const offsetIndex = hasGroups ? args.length - 3 : args.length - 2;
  const captures = args.slice(0, offsetIndex) as (string | undefined)[];
  const m = captures as unknown as RegExpExecArray;
  m.index = args[offsetIndex] as number;
  m.input = input;
  if (groups) m.groups = groups;
  return m;
}

function parseSplitOptions(text: string): { simple: boolean; options: RegexOptions } {
  const options: RegexOptions = {};
  let simple = false;
  let regexOnly = false;
  for (const raw of text.split(',')) {
    const o = raw.trim().toLowerCase();
    if (o === '') continue;
    if (o === 'simplematch') simple = true;
    else if (o === 'regexmatch') regexOnly = true;
    else if (o === 'ignorecase') options.ignoreCase = true;
    else if (o === 'multiline') regexOnly = options.multiline = true;
    else if (o === 'singleline') regexOnly = options.singleline = true;
    else if (o === 'ignorepatternwhitespace') regexOnly = options.ignorePatternWhitespace = true;
    else if (o === 'explicitcapture') regexOnly = options.explicitCapture = true;
    else if (o === 'cultureinvariant' || o === 'none') continue;
    else throw runtimeError(`Cannot convert value "${raw.trim()}" to type "System.Management.Automation.SplitOptions". Error: "Unable to match the identifier name ${raw.trim()} to a valid enumerator name. Specify one of the following enumerator names and try again: SimpleMatch, RegexMatch, CultureInvariant, IgnorePatternWhitespace, Multiline, Singleline, IgnoreCase, ExplicitCapture"`, 'InvalidCastFromStringToEnum', 'InvalidArgument');
  }
  if (simple && regexOnly) {
    throw runtimeError(
      'Cannot use the SimpleMatch option with the RegexMatch, Multiline, Singleline, IgnorePatternWhitespace or ExplicitCapture options.',
      'InvalidSplitOptionCombination',
      'InvalidOperation',
    );
  }
  return { simple, options };
}

function escapeForRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Regex split with .NET semantics: captures included, at most `max` pieces (0 = all; negative = from the right). */
function regexSplit(text: string, re: RegExp, max: number): string[] {
  const pieces: string[] = [];
  re.lastIndex = 0;
  if (max < 0) {
    // From the right: split fully, then rejoin the leftmost pieces with their separators.
    const all: { text: string; sepStart: number; sepEnd: number }[] = [];
    let last = 0;
    let m: RegExpExecArray | null;
    const seps: [number, number][] = [];
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        if (re.lastIndex >= text.length) break;
        re.lastIndex++;
        continue;
      }
      seps.push([m.index, m.index + m[0].length]);
    }
    re.lastIndex = 0;
    const keep = Math.min(-max - 1, seps.length);
    const used = seps.slice(seps.length - keep);
    for (const [s, e] of used) {
      all.push({ text: text.slice(last, s), sepStart: s, sepEnd: e });
      last = e;
    }
    const out = all.map((x) => x.text);
    out.push(text.slice(last));
    return out;
  }
  let last = 0;
  let m: RegExpExecArray | null;
  let splits = 0;
  while ((m = re.exec(text)) !== null) {
    if (max > 0 && splits >= max - 1) break;
    // Like .NET's Regex.Split, empty matches split too: 'abc' -split '' is '', a, b, c, ''.
    pieces.push(text.slice(last, m.index));
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) pieces.push(m[g]!);
    splits++;
    last = m.index + m[0].length;
    if (m[0].length === 0) {
      if (re.lastIndex >= text.length) break;
      re.lastIndex++;
    }
  }
  re.lastIndex = 0;
  pieces.push(text.slice(last));
  return pieces;
}

function splitOp(cs: boolean, hooks?: OperatorHooks): BinaryFn {
  return (a, b) => {
    const ops = toArray(b);
    const delimiter = ops[0];
    const max = ops.length > 1 ? Number(toNumber(ops[1])) : 0;
    const inputs = typeof a === 'string' || isNull(a) ? [a] : toArray(a);
    const out: string[] = [];
    for (const input of inputs) {
      const text = toStringValue(input);
      if (delimiter instanceof ScriptBlockValue) {
        if (!hooks?.invoke) throw runtimeError('Script block split is not available here.', 'NotSupported');
        const invoke = hooks.invoke;
        const isDelimiter = (i: number) => {
          const ch = new PSChar(text.charCodeAt(i));
          return toBool(invoke(delimiter, ch, [ch, i]));
        };
        if (max < 0) {
          // From the right: at most -max pieces, the rest stays joined at the front.
          const pieces: string[] = [];
          let end = text.length;
          for (let i = text.length - 1; i >= 0 && pieces.length < -max - 1; i--) {
            if (isDelimiter(i)) {
              pieces.unshift(text.slice(i + 1, end));
              end = i;
            }
          }
          pieces.unshift(text.slice(0, end));
          appendAll(out, pieces);
          continue;
        }
        let cur = '';
        let count = 1;
        for (let i = 0; i < text.length; i++) {
          if ((max === 0 || count < max) && isDelimiter(i)) {
            out.push(cur);
            cur = '';
            count++;
          } else cur += text[i];
        }
        out.push(cur);
        continue;
      }
      const { simple, options } = ops.length > 2 ? parseSplitOptions(toStringValue(ops[2])) : { simple: false, options: {} as RegexOptions };
      const pattern = simple ? escapeForRegex(toStringValue(delimiter)) : toStringValue(delimiter);
      const re = compileRegex(pattern, { ...options, ignoreCase: options.ignoreCase ?? !cs });
      appendAll(out, regexSplit(text, re, max));
    }
    return out;
  };
}

function joinOp(a: unknown, b: unknown): string {
  const sep = toStringValue(b);
  return toArray(a)
    .map((x) => toStringValue(x))
    .join(sep);
}

// ------------------------------------------------------------------------------------------------
// Arithmetic

/**
 * The result of an operator on two plain numbers: Int32 operands give a plain number (an overflow
 * reads as the Double it is); a Double operand makes an integral result a wrapped Double (1.5*2).
 */
function plainResult(a: number, b: number, r: number): NumberValue {
  return (r | 0) !== r || ((a | 0) === a && (b | 0) === b) ? r : new PSNumber('Double', r);
}

/** Either operand a typed number: the slow path through the number model. */
function typedArithmetic(op: ArithmeticOp, a: unknown, b: unknown, method: string): NumberValue {
  const x = a instanceof PSNumber ? a : leftNumber(a, method);
  const y = b instanceof PSNumber ? b : rightNumber(a, b, method);
  if ((op === '/' || op === '%') && Number(y) === 0 && !(a instanceof PSNumber ? a.kind === 'Double' || a.kind === 'Single' : false) && !(y instanceof PSNumber && (y.kind === 'Double' || y.kind === 'Single')) && isIntegral(Number(x))) throw divideByZero();
  return arithmetic(op, x, y);
}

function addValues(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return plainResult(a, b, a + b);
  if (a instanceof PSNumber || (b instanceof PSNumber && (typeof a === 'number' || typeof a === 'boolean'))) {
    if (b instanceof PSChar) return arithmetic('+', a as NumberValue, b.code);
    if (Array.isArray(b) || b instanceof PSHashtable || b instanceof PSObject) throw noOpMethod(b, 'op_Addition');
    return typedArithmetic('+', a, b, 'op_Addition');
  }
  if (typeof a === 'string') return a + toStringValue(b);
  if (isNull(a)) {
    if (Array.isArray(b)) return b.slice();
    return b ?? null;
  }
  if (typeof a === 'number' || typeof a === 'boolean') {
    const na = typeof a === 'boolean' ? (a ? 1 : 0) : a;
    if (b instanceof PSChar) return na + b.code;
    if (Array.isArray(b) || b instanceof PSHashtable || b instanceof PSObject) throw noOpMethod(b, 'op_Addition');
    return na + toNumber(b, typeNameOf(a));
  }
  if (Array.isArray(a)) {
    const items = Array.isArray(b) ? b : b instanceof PSList ? b.items : [b];
    return a.concat(items);
  }
  if (a instanceof PSList) return a.items.concat(toArray(b));
  if (a instanceof PSHashtable) {
    if (!(b instanceof PSHashtable)) throw runtimeError('A hash table can only be added to another hash table.', 'AddHashTableToNonHashTable', 'InvalidOperation');
    const h = new PSHashtable(a.ordered);
    for (const [k, v] of a.entries()) h.set(k, v);
    for (const [k, v] of b.entries()) {
      if (h.has(k)) {
        const existing = h.map.get(PSHashtable.normalise(k))![0];
        throw runtimeError(`Item has already been added. Key in dictionary: '${toStringValue(existing)}'  Key being added: '${toStringValue(k)}'`, 'System.ArgumentException', 'NotSpecified', 'System.ArgumentException');
      }
      h.set(k, v);
    }
    return h;
  }
  if (a instanceof PSDateTime) {
    if (b instanceof PSTimeSpan) return addMs(a, b.ticks / 10_000);
    if (typeof b === 'number') return addMs(a, b / 10_000);
    throw noOpMethod(a, 'op_Addition');
  }
  if (a instanceof PSTimeSpan) {
    if (b instanceof PSTimeSpan) return new PSTimeSpan(a.ticks + b.ticks);
    if (typeof b === 'number') return new PSTimeSpan(a.ticks + b);
    if (b instanceof PSDateTime) throw noOpMethod(a, 'op_Addition');
    throw noOpMethod(a, 'op_Addition');
  }
  if (a instanceof PSChar) {
    if (typeof b === 'number') return a.code + b;
    if (b instanceof PSChar) return a.code + b.code;
    return a.toString() + toStringValue(b);
  }
  throw noOpMethod(a, 'op_Addition');
}

/** Left operand as a number for - * / %: strings are parsed, like `'5' - 1`. */
function leftNumber(a: unknown, method: string): number {
  if (typeof a === 'number') return a;
  if (a instanceof PSNumber) return a.value;
  if (isNull(a)) return 0;
  if (typeof a === 'string' || typeof a === 'boolean' || a instanceof PSChar) return toNumber(a);
  throw noOpMethod(a, method);
}

function rightNumber(a: unknown, b: unknown, method: string): number {
  if (typeof b === 'number') return b;
  if (b instanceof PSNumber) return b.value;
  if (Array.isArray(b) || b instanceof PSHashtable || b instanceof PSObject) throw noOpMethod(b, method);
  return toNumber(b, typeof a === 'number' ? typeNameOf(a) : 'System.Int32');
}

function subtract(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return plainResult(a, b, a - b);
  if (a instanceof PSNumber || b instanceof PSNumber) {
    if (a instanceof PSDateTime && b instanceof PSNumber) return addMs(a, -b.value / 10_000);
    if (!(Array.isArray(a) || a instanceof PSHashtable || a instanceof PSObject || a instanceof PSDateTime || a instanceof PSTimeSpan)) return typedArithmetic('-', a, b, 'op_Subtraction');
  }
  if (a instanceof PSDateTime) {
    if (b instanceof PSDateTime) return new PSTimeSpan(dateTicks(a) - dateTicks(b));
    if (b instanceof PSTimeSpan) return addMs(a, -b.ticks / 10_000);
    if (typeof b === 'number') return addMs(a, -b / 10_000);
    throw noOpMethod(a, 'op_Subtraction');
  }
  if (a instanceof PSTimeSpan) {
    if (b instanceof PSTimeSpan) return new PSTimeSpan(a.ticks - b.ticks);
    throw noOpMethod(a, 'op_Subtraction');
  }
  if (Array.isArray(a) || a instanceof PSHashtable || a instanceof PSObject) throw noOpMethod(a, 'op_Subtraction');
  const x = leftNumber(a, 'op_Subtraction');
  const y = rightNumber(a, b, 'op_Subtraction');
  return plainResult(x, y, x - y);
}

/** Strings and arrays past this size would exhaust memory; .NET throws OutOfMemoryException there too. */
const MAX_REPEATED_LENGTH = 100_000_000;

function outOfMemory(): RuntimeError {
  return runtimeError("Exception of type 'System.OutOfMemoryException' was thrown.", 'System.OutOfMemoryException', 'NotSpecified', 'System.OutOfMemoryException');
}

function multiply(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return plainResult(a, b, a * b);
  if (a instanceof PSNumber || (b instanceof PSNumber && (typeof a === 'number' || typeof a === 'boolean' || isNull(a)))) return typedArithmetic('*', a, b, 'op_Multiply');
  if (typeof a === 'string') {
    const n = toNumber(b);
    if (n < 0 || !Number.isFinite(n)) throw conversionError(b, 'System.UInt32', 'Value was either too large or too small for a UInt32.');
    if (a.length * Math.trunc(n) > MAX_REPEATED_LENGTH) throw outOfMemory();
    return a.repeat(Math.trunc(n));
  }
  if (Array.isArray(a) || a instanceof PSList) {
    const items = Array.isArray(a) ? a : a.items;
    const n = Math.trunc(toNumber(b));
    if (!Number.isFinite(n) || items.length * n > MAX_REPEATED_LENGTH) throw outOfMemory();
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) appendAll(out, items);
    return out;
  }
  if (a instanceof PSTimeSpan || a instanceof PSDateTime || a instanceof PSHashtable || a instanceof PSObject) throw noOpMethod(a, 'op_Multiply');
  const x = leftNumber(a, 'op_Multiply');
  const y = rightNumber(a, b, 'op_Multiply');
  return plainResult(x, y, x * y);
}

function divideByZero(): RuntimeError {
  return wrappedDotNetError('Attempted to divide by zero.', DIVIDE_BY_ZERO_CHAIN);
}

const DIVIDE_BY_ZERO_CHAIN = ['System.DivideByZeroException', 'System.ArithmeticException', 'System.SystemException', 'System.Exception'];

function divide(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return plainResult(a, b, a / b);
  if (a instanceof PSNumber || (b instanceof PSNumber && (typeof a === 'number' || typeof a === 'boolean' || typeof a === 'string' || isNull(a)))) return typedArithmetic('/', a, b, 'op_Division');
  if (a instanceof PSTimeSpan || a instanceof PSDateTime || Array.isArray(a) || a instanceof PSHashtable || a instanceof PSObject) throw noOpMethod(a, 'op_Division');
  const x = leftNumber(a, 'op_Division');
  const y = rightNumber(a, b, 'op_Division');
  if (y === 0 && isIntegral(x)) throw divideByZero();
  return plainResult(x, y, x / y);
}

function remainder(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = a % b;
    return plainResult(a, b, r === 0 ? 0 : r);
  }
  if (a instanceof PSNumber || (b instanceof PSNumber && (typeof a === 'number' || typeof a === 'boolean' || typeof a === 'string' || isNull(a)))) return typedArithmetic('%', a, b, 'op_Modulus');
  if (a instanceof PSTimeSpan || a instanceof PSDateTime || Array.isArray(a) || a instanceof PSHashtable || a instanceof PSObject) throw noOpMethod(a, 'op_Modulus');
  const x = leftNumber(a, 'op_Modulus');
  const y = rightNumber(a, b, 'op_Modulus');
  if (y === 0 && isIntegral(x) && isIntegral(y)) throw divideByZero();
  const r = x % y;
  return plainResult(x, y, r === 0 ? 0 : r);
}

// ------------------------------------------------------------------------------------------------
// Bitwise

function integerOperand(v: unknown): bigint {
  const n = typeof v === 'number' ? v : toNumber(v);
  if (!Number.isFinite(n)) throw conversionError(v, 'System.Int64', 'Value was either too large or too small for an Int64.');
  return BigInt(Math.round(n));
}

function bitwise(fn: (x: bigint, y: bigint) => bigint): BinaryFn {
  return (a, b) => {
    const x = integerOperand(a);
    const y = integerOperand(b);
    const r = fn(x, y);
    const wide = x > 2147483647n || x < -2147483648n || y > 2147483647n || y < -2147483648n || isLong(a) || isLong(b);
    return wide ? new PSNumber('Int64', Number(BigInt.asIntN(64, r))) : Number(BigInt.asIntN(32, r));
  };
}

function isLong(v: unknown): boolean {
  return v instanceof PSNumber && (v.kind === 'Int64' || v.kind === 'UInt64');
}

function shift(left: boolean): BinaryFn {
  return (a, b) => {
    const x = integerOperand(a);
    const wide = x > 2147483647n || x < -2147483648n || isLong(a);
    const bits = wide ? 64n : 32n;
    const count = integerOperand(b) & (bits - 1n);
    const r = left ? x << count : x >> count;
    const n = Number(BigInt.asIntN(Number(bits), r));
    return wide ? new PSNumber('Int64', n) : n;
  };
}

// ------------------------------------------------------------------------------------------------
// Ranges

/** `a..b` as a lazy sequence (for the pipeline on big ranges). */
export function* rangeIterator(a: number, b: number): Generator<number> {
  if (a <= b) for (let i = a; i <= b; i++) yield i;
  else for (let i = a; i >= b; i--) yield i;
}

function rangeBound(v: unknown): number | string {
  if (typeof v === 'string') {
    const n = parseNumber(v);
    if (n !== undefined && v.trim() !== '') return n;
    if (v.length === 1) return v;
    throw conversionError(v, 'System.Int32', `The input string '${v}' was not in a correct format.`);
  }
  if (v instanceof PSChar) return v.toString();
  return toNumber(v);
}

const MAX_RANGE = 50_000_000;

/** `a..b`: an array of ints (or chars for `'a'..'e'`, as in PowerShell 7). */
export function range(a: unknown, b: unknown): unknown[] {
  const x = rangeBound(a);
  // The left bound converts (and may overflow) before the right one is looked at, as in pwsh.
  if (typeof x === 'number') rangeInt32(x);
  const y = rangeBound(b);
  if (typeof x === 'string' && typeof y === 'string') {
    const out: PSChar[] = [];
    const s = x.charCodeAt(0);
    const e = y.charCodeAt(0);
    if (s <= e) for (let i = s; i <= e; i++) out.push(new PSChar(i));
    else for (let i = s; i >= e; i--) out.push(new PSChar(i));
    return out;
  }
  const s = typeof x === 'string' ? x.charCodeAt(0) : rangeInt32(x);
  const e = typeof y === 'string' ? y.charCodeAt(0) : rangeInt32(y);
  if (Math.abs(e - s) + 1 > MAX_RANGE) throw runtimeError('The range operator generated too many elements.', 'RangeTooLarge', 'LimitsExceeded');
  const n = Math.abs(e - s) + 1;
  const out = new Array<number>(n);
  const step = s <= e ? 1 : -1;
  for (let i = 0, v = s; i < n; i++, v += step) out[i] = v;
  return out;
}

/** A numeric bound converts to Int32 as .NET's Convert does: NaN, infinities and out-of-range values overflow. */
function rangeInt32(n: number): number {
  const r = bankers(n);
  if (!(r >= -2147483648 && r <= 2147483647)) {
    throw runtimeError('Value was either too large or too small for an Int32.', 'System.OverflowException', 'OperationStopped', 'System.OverflowException');
  }
  return r;
}

function bankers(n: number): number {
  const r = Math.round(n);
  return Math.abs(n % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// ------------------------------------------------------------------------------------------------
// Lookup

function typeArgument(b: unknown): string {
  if (b instanceof PSTypeRef) return b.name;
  const name = toStringValue(b);
  // A type given as a string must name a type: 'hello' -is 'foo' fails the conversion to [type].
  if (resolveTypeName(name) === undefined) {
    throw runtimeError(`Cannot convert the "${name}" value of type "${typeNameOf(b)}" to type "System.Type".`, 'RuntimeException', 'InvalidArgument');
  }
  return name;
}

/** Splits `-ceq` into base `-eq` and case-sensitivity. */
function parseOp(op: string): { base: string; cs: boolean } {
  const lower = op.toLowerCase();
  if (/^-c[a-z]/.test(lower) && COMPARISONS.has('-' + lower.slice(2))) return { base: '-' + lower.slice(2), cs: true };
  if (/^-i[a-z]/.test(lower) && COMPARISONS.has('-' + lower.slice(2))) return { base: '-' + lower.slice(2), cs: false };
  return { base: lower, cs: false };
}

const COMPARISONS = new Set(['-eq', '-ne', '-gt', '-ge', '-lt', '-le', '-like', '-notlike', '-match', '-notmatch', '-replace', '-split', '-contains', '-notcontains', '-in', '-notin']);

const cacheNoHooks = new Map<string, BinaryFn>();

/** The function for a binary operator, as PowerShell spells it (case-insensitive). */
export function binaryOperator(op: string, hooks?: OperatorHooks): BinaryFn {
  if (!hooks) {
    const cached = cacheNoHooks.get(op);
    if (cached) return cached;
  }
  const fn = makeBinary(op, hooks);
  if (!hooks) cacheNoHooks.set(op, fn);
  return fn;
}

/** A script enum on the left keeps its type: `[Perm]::Read -bor [Perm]::Write` is `Read, Write`. */
function enumAware(fn: BinaryFn): BinaryFn {
  return (a, b) => {
    if (!(a instanceof PSEnumValue)) return fn(a, b);
    const r = fn(a.value, b instanceof PSEnumValue ? b.value : b);
    return typeof r === 'number' ? new PSEnumValue(a.enumType, r) : r;
  };
}

function makeBinary(op: string, hooks?: OperatorHooks): BinaryFn {
  const { base, cs } = parseOp(op);
  switch (base) {
    case '+':
      return enumAware(addValues);
    case '-':
      return enumAware(subtract);
    case '*':
      return multiply;
    case '/':
      return divide;
    case '%':
      return remainder;
    case '-eq':
      return filtering((a, b) => valuesEqual(a, b, cs));
    case '-ne':
      return filtering((a, b) => !valuesEqual(a, b, cs));
    case '-gt':
      return filtering((a, b) => compareOrdered(a, b, cs) > 0);
    case '-ge':
      return filtering((a, b) => compareOrdered(a, b, cs) >= 0);
    case '-lt':
      return filtering((a, b) => compareOrdered(a, b, cs) < 0);
    case '-le':
      return filtering((a, b) => compareOrdered(a, b, cs) <= 0);
    case '-like':
      return filtering(likePred(cs, false));
    case '-notlike':
      return filtering(likePred(cs, true));
    case '-match':
    case '-notmatch': {
      const m = matchOperator(op);
      return (a, b) => m(a, b).result;
    }
    case '-replace':
      return replaceOp(cs, hooks);
    case '-split':
      return splitOp(cs, hooks);
    case '-join':
      return joinOp;
    case '-contains':
      return (a, b) => toArray(a).some((x) => valuesEqual(x, b, cs));
    case '-notcontains':
      return (a, b) => !toArray(a).some((x) => valuesEqual(x, b, cs));
    case '-in':
      return (a, b) => toArray(b).some((x) => valuesEqual(x, a, cs));
    case '-notin':
      return (a, b) => !toArray(b).some((x) => valuesEqual(x, a, cs));
    case '-is':
      return (a, b) => isType(a, typeArgument(b));
    case '-isnot':
      return (a, b) => !isType(a, typeArgument(b));
    case '-as':
      return (a, b) => asType(a, typeArgument(b));
    case '-and':
      return (a, b) => toBool(a) && toBool(b);
    case '-or':
      return (a, b) => toBool(a) || toBool(b);
    case '-xor':
      return (a, b) => toBool(a) !== toBool(b);
    case '-band':
      return enumAware(bitwise((x, y) => x & y));
    case '-bor':
      return enumAware(bitwise((x, y) => x | y));
    case '-bxor':
      return enumAware(bitwise((x, y) => x ^ y));
    case '-shl':
      return shift(true);
    case '-shr':
      return shift(false);
    case '..':
      return range;
    case '-f':
      return (a, b) => formatOperator(toStringValue(a), formatOperands(b));
    case '??':
      return (a, b) => (isNull(a) ? b : a);
    default:
      throw runtimeError(`The operator '${op}' is not supported by exosh yet.`, 'NotSupportedByExosh', 'NotImplemented');
  }
}

function negate(a: unknown): unknown {
  if (typeof a === 'number' || a instanceof PSNumber) return negateNumber(a);
  if (a instanceof PSTimeSpan) return new PSTimeSpan(-a.ticks);
  if (Array.isArray(a) || a instanceof PSHashtable || a instanceof PSObject || a instanceof PSDateTime) throw noOpMethod(a, 'op_UnaryNegation');
  const n = toNumber(a);
  return n === 0 ? 0 : -n;
}

/** The function for a unary operator: -not ! -bnot - + , -split -join ++ --. */
export function unaryOperator(op: string): UnaryFn {
  switch (op.toLowerCase()) {
    case '-not':
    case '!':
      return (a) => !toBool(a);
    case '-bnot':
      return (a) => {
        const x = integerOperand(a);
        const wide = x > 2147483647n || x < -2147483648n;
        return Number(BigInt.asIntN(wide ? 64 : 32, ~x));
      };
    case '-':
      return negate;
    case '+':
      return (a) => (typeof a === 'number' || a instanceof PSNumber ? a : toNumber(a));
    case ',':
      return (a) => [a];
    case '-split':
    case '-isplit':
    case '-csplit':
      return (a) => {
        const inputs = typeof a === 'string' || isNull(a) ? [a] : toArray(a);
        const out: string[] = [];
        for (const x of inputs) {
          const t = toStringValue(x).trim();
          if (t === '') out.push('');
          else appendAll(out, t.split(/\s+/));
        }
        return out;
      };
    case '-join':
      return (a) => joinOp(a, '');
    case '++':
    case 'post++':
      return (a) => (isNull(a) ? 1 : addValues(a, 1));
    case '--':
    case 'post--':
      return (a) => (isNull(a) ? -1 : subtract(a, 1));
    default:
      throw runtimeError(`The operator '${op}' is not supported by exosh yet.`, 'NotSupportedByExosh', 'NotImplemented');
  }
}

/**
 * Appends every item with a loop: `out.push(...items)` passes each item as an argument and fails
 * with a stack overflow ('call depth overflow') beyond ~120,000 items.
 */
function appendAll<T>(out: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) out.push(items[i]!);
}
