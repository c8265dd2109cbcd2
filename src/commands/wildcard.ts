// The wildcard helpers cmdlet parameters use (-Property, -Name, -Path...), on top of VALUES'
// PowerShell WildcardPattern (the same rules as -like, compiled once and cached).
import { hasWildcards, wildcardRegex } from '../runtime/operators-wildcard.js';

export function hasWildcard(text: string): boolean {
  return hasWildcards(text);
}

/** Whole-string match, case-insensitive unless asked; an invalid pattern is a RuntimeError. */
export function wildcardToRegExp(pattern: string, caseSensitive = false): RegExp {
  return wildcardRegex(pattern, caseSensitive);
}

/** A matcher for one or more patterns: true when any matches. */
export function wildcardMatcher(patterns: readonly string[], caseSensitive = false): (text: string) => boolean {
  const res = patterns.map((p) => wildcardRegex(p, caseSensitive));
  if (res.length === 1) {
    const r = res[0]!;
    return (t) => r.test(t);
  }
  return (t) => res.some((r) => r.test(t));
}
