// PowerShell's WildcardPattern (`*`, `?`, `[a-z]`, backtick escapes) compiled once to a RegExp,
// for the cmdlet parameters that accept wildcards (-Property, -Name, -Path...).

const REGEX_SPECIAL = /[\\^$.|+(){}]/;

export function hasWildcard(text: string): boolean {
  return /[*?[]/.test(text);
}

/** Compiles a wildcard pattern; whole-string match, case-insensitive unless asked. */
export function wildcardToRegExp(pattern: string, caseSensitive = false): RegExp {
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '`' && i + 1 < pattern.length) {
      src += escapeChar(pattern[++i]!);
    } else if (c === '*') {
      src += '[\\s\\S]*';
    } else if (c === '?') {
      src += '[\\s\\S]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        src += '\\[';
      } else {
        const body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        src += '[' + body + ']';
        i = close;
      }
    } else {
      src += escapeChar(c);
    }
  }
  return new RegExp('^' + src + '$', caseSensitive ? 'u' : 'iu');
}

function escapeChar(c: string): string {
  return REGEX_SPECIAL.test(c) || c === '*' || c === '?' || c === '[' || c === ']' ? '\\' + c : c;
}

/** A matcher for one or more patterns: true when any matches. */
export function wildcardMatcher(patterns: readonly string[], caseSensitive = false): (text: string) => boolean {
  const res = patterns.map((p) => wildcardToRegExp(p, caseSensitive));
  if (res.length === 1) {
    const r = res[0]!;
    return (t) => r.test(t);
  }
  return (t) => res.some((r) => r.test(t));
}
