// ConvertTo-Json / ConvertFrom-Json as PowerShell 7.4 does them (Newtonsoft.Json underneath):
// two-space indentation, `"key": value`, depth 2 by default with objects past the depth written as
// their ToString() and a warning, dates as ISO 8601 (`yyyy-MM-ddTHH:mm:ss.FFFFFFFK`), and on the way
// back ordered PSObjects (or hashtables), ISO date strings read as DateTime, ints/longs/doubles.
import { double, isFloatingKind, PSNumber, singleDigits } from '../dotnet/numeric-types.js';
import { ErrorRecord, RuntimeError } from '../runtime/errors.js';
import { PSChar, PSClassObject, PSComparableObject, PSDateTime, PSGuid, PSHashtable, PSList, PSObject, PSTimeSpan, PSTypeRef, PSUri, PSVersion, ScriptBlockValue } from '../runtime/values.js';
import { enumerate, scalarToString, toStringValue } from '../runtime/conversions.js';
import { propertyEntries } from '../runtime/member-access.js';
import { formatDate, parseDate } from '../dotnet/date-time.js';
import { formatRoundTrip, isIntegral } from '../dotnet/number-format.js';

export interface ToJsonOptions {
  depth?: number;
  compress?: boolean;
  asArray?: boolean;
  /** Accepted for -EnumsAsStrings; exosh's enum values are their names already, so both ways write names. */
  enumsAsStrings?: boolean;
  /** Receives 'Resulting JSON is truncated as serialization has exceeded the set depth of N.' */
  onWarning?: (message: string) => void;
}

function escapeJsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = c.charCodeAt(0);
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '\b') out += '\\b';
    else if (c === '\f') out += '\\f';
    else if (code < 0x20 || code === 0x85 || code === 0x2028 || code === 0x2029) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += c;
  }
  return out + '"';
}

function jsonNumber(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '"NaN"' : n > 0 ? '"Infinity"' : '"-Infinity"';
  if (isIntegral(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  // Newtonsoft writes doubles round-trippably, with .NET's exponent form (1E+20, 1.5E-07).
  return formatRoundTrip(n);
}

/** Newtonsoft marks an integral Double or Decimal as one with `.0` (`[double]2` is `2.0`). */
function typedJsonNumber(v: PSNumber): string {
  const text = jsonNumber(v.kind === 'Single' ? singleDigits(v.value) : v.value);
  return isFloatingKind(v.kind) && /^-?\d+$/.test(text) ? text + '.0' : text;
}

/** A JSON number as Newtonsoft reads it for pwsh: integers are Int64 (BigInteger past it), the rest Double. */
function jsonNumberValue(text: string): unknown {
  if (/[.eE]/.test(text)) return double(Number(text));
  const n = Number(text);
  return n >= -9223372036854775808 && n <= 9223372036854774784 ? new PSNumber('Int64', n === 0 ? 0 : n) : BigInt(text);
}

/** The ISO form ConvertTo-Json writes for a DateTime. */
export function jsonDate(d: PSDateTime): string {
  return formatDate(d, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK").replace(/\.(?=[Z+-]|$)/, '');
}

type Node = { kind: 'scalar'; text: string } | { kind: 'array'; items: Node[] } | { kind: 'object'; entries: [string, Node][] };

class Serializer {
  truncated = false;
  constructor(private readonly maxDepth: number) {}

  node(v: unknown, depth: number): Node {
    if (v === null || v === undefined) return { kind: 'scalar', text: 'null' };
    if (typeof v === 'string') return { kind: 'scalar', text: escapeJsonString(v) };
    if (typeof v === 'number') return { kind: 'scalar', text: jsonNumber(v) };
    if (v instanceof PSNumber) return { kind: 'scalar', text: typedJsonNumber(v) };
    if (typeof v === 'boolean') return { kind: 'scalar', text: v ? 'true' : 'false' };
    if (typeof v === 'bigint') return { kind: 'scalar', text: v.toString() };
    if (v instanceof PSDateTime) return { kind: 'scalar', text: escapeJsonString(jsonDate(v)) };
    if (v instanceof PSChar || v instanceof PSGuid || v instanceof PSUri) return { kind: 'scalar', text: escapeJsonString(v instanceof PSUri ? v.url.href : v.toString()) };
    if (v instanceof ScriptBlockValue) return { kind: 'scalar', text: escapeJsonString(v.text) };
    if (v instanceof PSTypeRef) return { kind: 'scalar', text: escapeJsonString(v.name) };
    // A comparable value (a size) is written as its ToString() text, as the module's deserialized sizes are strings.
    if (v instanceof PSComparableObject) return { kind: 'scalar', text: escapeJsonString(toStringValue(v)) };
    if (depth > this.maxDepth) {
      this.truncated = true;
      return { kind: 'scalar', text: escapeJsonString(Array.isArray(v) || v instanceof PSList ? toStringValue(v) : scalarToString(v, true)) };
    }
    if (v instanceof PSHashtable) return { kind: 'object', entries: v.entries().map(([k, val]) => [toStringValue(k), this.node(val, depth + 1)]) };
    const items = enumerate(v);
    if (items !== undefined) return { kind: 'array', items: [...items].map((x) => this.node(x, depth + 1)) };
    // A class instance serialises by reflection in pwsh, so hidden properties are written too.
    if (v instanceof PSClassObject) {
      const entries: [string, Node][] = [];
      for (const lname of v.userClass.declaredPropertyNames()) {
        const p = v.props.get(lname) ?? v.hidden.get(lname);
        if (p) entries.push([p.name, this.node(p.kind === 'note' ? p.value : v.get(p.name), depth + 1)]);
      }
      return { kind: 'object', entries };
    }
    if (v instanceof PSObject) return { kind: 'object', entries: v.names().map((n) => [n, this.node(v.get(n), depth + 1)]) };
    if (v instanceof PSTimeSpan || v instanceof PSVersion || v instanceof ErrorRecord) {
      return { kind: 'object', entries: propertyEntries(v).map(([n, val]) => [n, this.node(val, depth + 1)]) };
    }
    return { kind: 'scalar', text: escapeJsonString(scalarToString(v, true)) };
  }
}

function write(node: Node, compress: boolean, indent: string): string {
  if (node.kind === 'scalar') return node.text;
  const inner = indent + '  ';
  if (node.kind === 'array') {
    if (node.items.length === 0) return '[]';
    if (compress) return '[' + node.items.map((n) => write(n, true, '')).join(',') + ']';
    return '[\n' + node.items.map((n) => inner + write(n, false, inner)).join(',\n') + '\n' + indent + ']';
  }
  if (node.entries.length === 0) return '{}';
  if (compress) return '{' + node.entries.map(([k, n]) => escapeJsonString(k) + ':' + write(n, true, '')).join(',') + '}';
  return '{\n' + node.entries.map(([k, n]) => inner + escapeJsonString(k) + ': ' + write(n, false, inner)).join(',\n') + '\n' + indent + '}';
}

/** ConvertTo-Json of one value (pass an array for several pipeline inputs). */
export function toJson(value: unknown, options: ToJsonOptions = {}): string {
  const depth = options.depth ?? 2;
  if (depth < 0 || depth > 100) {
    throw new RuntimeError(
      new ErrorRecord(
        `Cannot validate argument on parameter 'Depth'. The ${depth} argument is ${depth < 0 ? 'less than the minimum allowed range of 0' : 'greater than the maximum allowed range of 100'}. Supply an argument that is ${depth < 0 ? 'greater than or equal to 0' : 'less than or equal to 100'} and then try the command again.`,
        'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ConvertToJsonCommand',
        'InvalidData',
      ),
    );
  }
  const s = new Serializer(depth);
  let v = value;
  if (options.asArray && !(Array.isArray(v) || v instanceof PSList)) v = [v];
  const node = s.node(v, 0);
  if (s.truncated) options.onWarning?.(`Resulting JSON is truncated as serialization has exceeded the set depth of ${depth}.`);
  return write(node, options.compress ?? false, '');
}

// ------------------------------------------------------------------------------------------------
// Parsing

export interface FromJsonOptions {
  asHashtable?: boolean;
  /** -NoEnumerate: a top-level array comes back as one array object. */
  noEnumerate?: boolean;
  depth?: number;
  /** -DateKind (PS 7.5): default keeps ISO dates as DateTime. 'String' leaves them as text. */
  dateKind?: 'Default' | 'String';
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly position: number,
    readonly path: string,
  ) {
    super(message);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

class Parser {
  private i = 0;
  private readonly path: string[] = [];
  constructor(
    private readonly text: string,
    private readonly opts: FromJsonOptions,
  ) {}

  private fail(message: string): never {
    const before = this.text.slice(0, this.i);
    const line = before.split('\n').length;
    const position = this.i - (before.lastIndexOf('\n') + 1);
    const path = this.path.join('');
    throw new JsonSyntaxError(`${message} Path '${path.replace(/^\./, '')}', line ${line}, position ${position}.`, line, position, path);
  }

  private ws(): void {
    for (;;) {
      const c = this.text[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') this.i++;
      else if (c === '/' && this.text[this.i + 1] === '/') {
        while (this.i < this.text.length && this.text[this.i] !== '\n') this.i++;
      } else if (c === '/' && this.text[this.i + 1] === '*') {
        const end = this.text.indexOf('*/', this.i + 2);
        this.i = end < 0 ? this.text.length : end + 2;
      } else break;
    }
  }

  parseDocument(): unknown {
    this.ws();
    if (this.i >= this.text.length) return undefined;
    const v = this.value();
    this.ws();
    if (this.i < this.text.length) this.fail(`Additional text encountered after finished reading JSON content: ${this.text[this.i]}.`);
    return v;
  }

  private value(): unknown {
    this.ws();
    const c = this.text[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"' || c === "'") {
      const s = this.string();
      if (this.opts.dateKind !== 'String' && ISO_DATE.test(s)) {
        const d = parseDate(s);
        // Newtonsoft keeps the kind: 'Z' reads as UTC, an offset as local time, none as unspecified.
        if (d && /Z$/i.test(s)) return new PSDateTime(d.ms, 'Utc');
        return d ?? s;
      }
      return s;
    }
    if (c === undefined) this.fail('Unexpected end while parsing JSON.');
    const m = /^-?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)/.exec(this.text.slice(this.i, this.i + 400));
    if (m) {
      this.i += m[0].length;
      return jsonNumberValue(m[0]);
    }
    for (const [word, val] of [
      ['true', true],
      ['false', false],
      ['null', null],
      ['NaN', NaN],
      ['Infinity', Infinity],
      ['-Infinity', -Infinity],
    ] as const) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return val;
      }
    }
    this.fail(`Unexpected character encountered while parsing value: ${c}.`);
  }

  private string(): string {
    const quote = this.text[this.i]!;
    this.i++;
    let out = '';
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) this.fail('Unterminated string. Expected delimiter: ' + quote + '.');
      if (c === quote) {
        this.i++;
        return out;
      }
      if (c === '\\') {
        const n = this.text[this.i + 1];
        this.i += 2;
        switch (n) {
          case 'n':
            out += '\n';
            break;
          case 'r':
            out += '\r';
            break;
          case 't':
            out += '\t';
            break;
          case 'b':
            out += '\b';
            break;
          case 'f':
            out += '\f';
            break;
          case 'u': {
            const hex = this.text.slice(this.i, this.i + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail(`Invalid Unicode escape sequence: \\u${hex}.`);
            out += String.fromCharCode(parseInt(hex, 16));
            this.i += 4;
            break;
          }
          default:
            if (n === undefined) this.fail('Unterminated string. Expected delimiter: ' + quote + '.');
            out += n;
        }
        continue;
      }
      out += c;
      this.i++;
    }
  }

  private array(): unknown[] {
    this.i++;
    const out: unknown[] = [];
    this.ws();
    if (this.text[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      this.path.push(`[${out.length}]`);
      out.push(this.value());
      this.path.pop();
      this.ws();
      const c = this.text[this.i];
      if (c === ',') {
        this.i++;
        this.ws();
        if (this.text[this.i] === ']') {
          this.i++;
          return out;
        }
        continue;
      }
      if (c === ']') {
        this.i++;
        return out;
      }
      if (c === undefined) this.fail('Unexpected end when deserializing array.');
      this.fail(`After parsing a value an unexpected character was encountered: ${c}.`);
    }
  }

  private object(): PSObject | PSHashtable {
    this.i++;
    const entries: [string, unknown][] = [];
    this.ws();
    if (this.text[this.i] === '}') {
      this.i++;
      return this.build(entries);
    }
    for (;;) {
      this.ws();
      const c = this.text[this.i];
      let key: string;
      if (c === '"' || c === "'") key = this.string();
      else {
        const m = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.i));
        if (!m) this.fail(c === undefined ? 'Unexpected end when deserializing object.' : `Invalid property identifier character: ${c}.`);
        key = m[0];
        this.i += key.length;
      }
      this.ws();
      if (this.text[this.i] !== ':') this.fail(`Invalid character after parsing property name. Expected ':' but got: ${this.text[this.i] ?? 'end of text'}.`);
      this.i++;
      this.path.push('.' + key);
      entries.push([key, this.value()]);
      this.path.pop();
      this.ws();
      const d = this.text[this.i];
      if (d === ',') {
        this.i++;
        this.ws();
        if (this.text[this.i] === '}') {
          this.i++;
          return this.build(entries);
        }
        continue;
      }
      if (d === '}') {
        this.i++;
        return this.build(entries);
      }
      if (d === undefined) this.fail('Unexpected end when deserializing object.');
      this.fail(`After parsing a value an unexpected character was encountered: ${d}.`);
    }
  }

  private build(entries: [string, unknown][]): PSObject | PSHashtable {
    if (this.opts.asHashtable) {
      // -AsHashtable returns an OrderedHashtable in 7.3+, keys case-insensitive... unless they clash only by case.
      const h = new PSHashtable(true);
      for (const [k, v] of entries) h.set(k, v);
      return h;
    }
    const o = new PSObject();
    for (const [k, v] of entries) {
      if (k === '') {
        throw jsonError('The provided JSON includes a property whose name is an empty string, this is only supported using the -AsHashTable switch.', 'EmptyKeyInJsonString');
      }
      const existing = o.props.get(k.toLowerCase());
      if (existing) {
        if (existing.name === k) {
          o.set(k, v);
          continue;
        }
        throw jsonError(
          `Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '${existing.name}' was '${k}'.`,
          'KeysWithDifferentCasingInJsonString',
        );
      }
      o.set(k, v);
    }
    return o;
  }
}

function jsonError(message: string, id: string): RuntimeError {
  return new RuntimeError(new ErrorRecord(message, `${id},Microsoft.PowerShell.Commands.ConvertFromJsonCommand`, 'InvalidOperation', null, 'ConvertFrom-Json', undefined, 'System.InvalidOperationException'));
}

/**
 * ConvertFrom-Json of a whole text. Returns `undefined` for empty input. Throws a RuntimeError with
 * PowerShell's "Conversion from JSON failed with error: ..." message on bad JSON.
 */
export function fromJson(text: string, options: FromJsonOptions = {}): unknown {
  try {
    return new Parser(text, options).parseDocument();
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      throw new RuntimeError(
        new ErrorRecord(`Conversion from JSON failed with error: ${e.message}`, 'System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand', 'NotSpecified', text, 'ConvertFrom-Json', undefined, 'System.ArgumentException'),
      );
    }
    throw e;
  }
}
