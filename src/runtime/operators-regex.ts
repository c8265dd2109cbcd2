// .NET regular expressions on top of JS RegExp: the common syntax translated (inline options at the
// start such as `(?i)`, `\A \z \Z`, `(?<name>)` kept, `\p{..}` via the `u` flag), .NET's
// replacement syntax (`$1 ${name} $0 $& $_ $$`), and the Match objects and $Matches table
// PowerShell exposes.
import { ErrorRecord, RuntimeError } from './errors.js';
import { PSHashtable, PSObject } from './values.js';

export interface RegexOptions {
  ignoreCase?: boolean;
  multiline?: boolean;
  singleline?: boolean;
  explicitCapture?: boolean;
  ignorePatternWhitespace?: boolean;
}

const cache = new Map<string, RegExp>();

/** Translates a .NET pattern to JS RegExp source and flags. */
export function translateRegex(pattern: string, options: RegexOptions = {}): { source: string; flags: string } {
  let src = pattern;
  let ignoreCase = options.ignoreCase ?? false;
  let multiline = options.multiline ?? false;
  let singleline = options.singleline ?? false;
  let ignoreWhitespace = options.ignorePatternWhitespace ?? false;
  const explicitCapture = options.explicitCapture ?? false;
  // Leading inline options (?imsx) / (?i-m): JS has no inline modifiers, so fold them into flags.
  for (;;) {
    const m = /^\(\?([imsnx]*)(?:-([imsnx]*))?\)/.exec(src);
    if (!m) break;
    for (const f of m[1]!) {
      if (f === 'i') ignoreCase = true;
      if (f === 'm') multiline = true;
      if (f === 's') singleline = true;
      if (f === 'x') ignoreWhitespace = true;
    }
    for (const f of m[2] ?? '') {
      if (f === 'i') ignoreCase = false;
      if (f === 'm') multiline = false;
      if (f === 's') singleline = false;
    }
    src = src.slice(m[0].length);
  }
  let out = '';
  let inClass = false;
  // \p{..} needs the `u` flag, under which JS rejects escapes of ordinary punctuation (`\#`, `\ `).
  const unicode = /\\[pP]\{/.test(src);
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length) {
      const n = src[i + 1]!;
      if (unicode && !/[A-Za-z0-9]/.test(n) && !'^$\\.*+?()[]{}|/-'.includes(n)) out += n;
      else if (!inClass && n === 'A') out += '^';
      else if (!inClass && n === 'z') out += '$(?![\\s\\S])';
      else if (!inClass && n === 'Z') out += '(?=\\n?$(?![\\s\\S]))';
      else if (!inClass && n === 'G') out += '';
      else out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (src[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (ignoreWhitespace) {
      if (/\s/.test(c)) continue;
      if (c === '#') {
        while (i < src.length && src[i] !== '\n') i++;
        continue;
      }
    }
    // .NET's `$` also matches before a final newline (without RegexOptions.Multiline).
    if (c === '$' && !multiline) {
      out += '(?=\\n?$(?![\\s\\S]))';
      continue;
    }
    if (c === '(' && src.startsWith('(?#', i)) {
      const end = src.indexOf(')', i);
      i = end < 0 ? src.length : end;
      continue;
    }
    // RegexOptions.ExplicitCapture: only named groups capture.
    if (c === '(' && explicitCapture && src[i + 1] !== '?') {
      out += '(?:';
      continue;
    }
    // Atomic groups (?>...) have no JS form; a plain group matches the same texts in practice.
    if (c === '(' && src.startsWith('(?>', i)) {
      out += '(?:';
      i += 2;
      continue;
    }
    // .NET also accepts (?'name'...); normalise the quote form.
    if (c === '(' && src.startsWith("(?'", i)) {
      const end = src.indexOf("'", i + 3);
      if (end > 0) {
        out += `(?<${src.slice(i + 3, end)}>`;
        i = end;
        continue;
      }
    }
    out += c;
  }
  let flags = '';
  if (ignoreCase) flags += 'i';
  if (multiline) flags += 'm';
  if (singleline) flags += 's';
  if (unicode) flags += 'u';
  return { source: out, flags };
}

function invalidPattern(pattern: string): RuntimeError {
  return new RuntimeError(
    new ErrorRecord(
      `The regular expression pattern ${pattern} is not valid.`,
      'InvalidRegularExpression',
      'InvalidArgument',
      pattern,
      undefined,
      undefined,
      'System.ArgumentException',
    ),
  );
}

/** A compiled JS RegExp for a .NET pattern (global, so callers use matchAll/lastIndex), cached. */
export function compileRegex(pattern: string, options: RegexOptions = {}): RegExp {
  const key = `${options.ignoreCase ? 'i' : ''}${options.multiline ? 'm' : ''}${options.singleline ? 's' : ''}${options.explicitCapture ? 'n' : ''}${options.ignorePatternWhitespace ? 'x' : ''}/${pattern}`;
  let re = cache.get(key);
  if (!re) {
    const { source, flags } = translateRegex(pattern, options);
    try {
      re = new RegExp(source, flags + 'g');
    } catch {
      throw invalidPattern(pattern);
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** First match of pattern in text, or null. */
export function firstMatch(text: string, pattern: string, options: RegexOptions = {}): RegExpExecArray | null {
  const re = compileRegex(pattern, options);
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

/**
 * $Matches after a successful -match: group number or name → captured text, only groups that
 * took part. Named groups first, then numbered ones highest first, as PowerShell lists them.
 * .NET numbers unnamed groups before named ones; JS numbers all groups left to right.
 */
export function matchesTable(m: RegExpExecArray, re: RegExp): PSHashtable {
  const h = new PSHashtable();
  const namedIdx = namedGroupIndices(re.source);
  if (m.groups) for (const [name, v] of Object.entries(m.groups)) if (v !== undefined) h.set(name, v);
  const numbered: [number, string][] = [];
  let unnamedSeen = 0;
  for (let i = 1; i < m.length; i++) {
    if (namedIdx.has(i)) continue;
    unnamedSeen++;
    if (m[i] !== undefined) numbered.push([unnamedSeen, m[i]!]);
  }
  for (let i = numbered.length - 1; i >= 0; i--) h.set(numbered[i]![0], numbered[i]![1]);
  h.set(0, m[0]);
  return h;
}

/** Indices (1-based) of named capture groups in a JS regex source. */
function namedGroupIndices(source: string): Set<number> {
  const out = new Set<number>();
  let idx = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      if (source[i + 1] !== '?') idx++;
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
        idx++;
        out.add(idx);
      }
    }
  }
  return out;
}

/** A System.Text.RegularExpressions.Match as PowerShell scripts see it. */
export function matchObject(m: RegExpExecArray): PSObject {
  const named = new Set(m.groups ? Object.keys(m.groups) : []);
  const groups: PSObject[] = [];
  const mk = (name: string, value: string | undefined, index: number) =>
    PSObject.fromEntries(
      [
        ['Groups', null],
        ['Success', value !== undefined],
        ['Name', name],
        ['Captures', value !== undefined ? [value] : []],
        ['Index', index],
        ['Length', value?.length ?? 0],
        ['Value', value ?? ''],
      ],
      ['System.Text.RegularExpressions.Group', 'System.Object'],
    );
  groups.push(mk('0', m[0], m.index));
  for (let i = 1; i < m.length; i++) groups.push(mk(String(i), m[i], m[i] === undefined ? 0 : m.input.indexOf(m[i]!, m.index)));
  for (const name of named) {
    const g = groups.find((x) => x.get('Value') === m.groups![name] && x.get('Name') !== '0');
    if (g) g.set('Name', name);
  }
  for (const g of groups) g.toStringHook = (self) => String(self.get('Value'));
  const groupsTable = groups;
  const match = PSObject.fromEntries(
    [
      ['Groups', groupsTable],
      ['Success', true],
      ['Name', '0'],
      ['Captures', [m[0]]],
      ['Index', m.index],
      ['Length', m[0].length],
      ['Value', m[0]],
    ],
    ['System.Text.RegularExpressions.Match', 'System.Object'],
  );
  match.toStringHook = (self) => String(self.get('Value'));
  return match;
}

/**
 * Expands a .NET replacement pattern for one match: `$1`, `${name}`, `${1}`, `$0`/`$&`, `$_`
 * (whole input), `` $` `` and `$'`, `$$`. Unknown references stay literal, as in .NET.
 */
export function expandReplacement(replacement: string, m: RegExpExecArray): string {
  if (!replacement.includes('$')) return replacement;
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i]!;
    if (c !== '$' || i + 1 >= replacement.length) {
      out += c;
      continue;
    }
    const n = replacement[i + 1]!;
    if (n === '$') {
      out += '$';
      i++;
    } else if (n === '&') {
      out += m[0];
      i++;
    } else if (n === '_') {
      out += m.input;
      i++;
    } else if (n === '`') {
      out += m.input.slice(0, m.index);
      i++;
    } else if (n === "'") {
      out += m.input.slice(m.index + m[0].length);
      i++;
    } else if (n === '{') {
      const end = replacement.indexOf('}', i + 2);
      const name = end < 0 ? '' : replacement.slice(i + 2, end);
      if (end >= 0 && /^\d+$/.test(name) && Number(name) < m.length) {
        out += m[Number(name)] ?? '';
        i = end;
      } else if (end >= 0 && m.groups && name in m.groups) {
        out += m.groups[name] ?? '';
        i = end;
      } else out += c;
    } else if (/\d/.test(n)) {
      // Longest group number that exists, as .NET does.
      let j = i + 1;
      while (j < replacement.length && /\d/.test(replacement[j]!)) j++;
      let digits = replacement.slice(i + 1, j);
      while (digits.length > 0 && Number(digits) >= m.length) digits = digits.slice(0, -1);
      if (digits.length === 0) out += c;
      else {
        out += m[Number(digits)] ?? '';
        i += digits.length;
      }
    } else out += c;
  }
  return out;
}

/** `[regex]::Escape` */
export function regexEscape(text: string): string {
  return text.replace(/[\\*+?|{[()^$.#\s]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    if (c === '\f') return '\\f';
    if (c === ' ') return '\\ ';
    return '\\' + c;
  });
}
