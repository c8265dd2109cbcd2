// PowerShell wildcard patterns (`-like`, Select-Object property names, Get-Command names):
// `*` any run, `?` one character, `[abc]` / `[a-z]` one of a set, a backtick escapes the next
// character. Compiled to an anchored JS RegExp and cached, since scripts reuse a handful of patterns.

import { ErrorRecord, RuntimeError } from './errors.js';

const cache = new Map<string, RegExp>();

function escapeRegexChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? '\\' + c : c;
}

/** Translates a wildcard pattern to regex source (without anchors). */
export function wildcardToRegexSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '`' && i + 1 < pattern.length) {
      out += escapeRegexChar(pattern[++i]!);
    } else if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      const close = findClose(pattern, i);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let cls = '';
      for (let j = i + 1; j < close; j++) {
        const d = pattern[j]!;
        if (d === '`' && j + 1 < close) cls += escapeRegexChar(pattern[++j]!);
        else if (d === '-' && j > i + 1 && j < close - 1) cls += '-';
        else cls += escapeRegexChar(d);
      }
      out += `[${cls}]`;
      i = close;
    } else out += escapeRegexChar(c);
  }
  return out;
}

function findClose(pattern: string, open: number): number {
  for (let j = open + 1; j < pattern.length; j++) {
    if (pattern[j] === '`') j++;
    else if (pattern[j] === ']' && j > open + 1) return j;
  }
  return -1;
}

/** The compiled, anchored matcher for a wildcard pattern. */
export function wildcardRegex(pattern: string, caseSensitive = false): RegExp {
  const key = (caseSensitive ? 'c' : 'i') + pattern;
  let re = cache.get(key);
  if (!re) {
    try {
      re = new RegExp(`^${wildcardToRegexSource(pattern)}$`, caseSensitive ? '' : 'i');
    } catch {
      throw new RuntimeError(
        new ErrorRecord(`The specified wildcard character pattern is not valid: ${pattern}`, 'RuntimeException', 'NotSpecified', pattern, undefined, undefined, 'System.Management.Automation.WildcardPatternException'),
      );
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, re);
  }
  return re;
}

/** `text -like pattern` */
export function wildcardMatch(text: string, pattern: string, caseSensitive = false): boolean {
  if (pattern === '*') return true;
  return wildcardRegex(pattern, caseSensitive).test(text);
}

/** Does the pattern contain wildcard characters (so `Get-Thing Name` means an exact name otherwise)? */
export function hasWildcards(pattern: string): boolean {
  return /[*?[]/.test(pattern.replace(/`./g, ''));
}
