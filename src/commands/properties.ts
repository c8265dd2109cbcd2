// Which properties an object shows to Select-Object *, Measure-Object and Compare-Object, and
// wildcard expansion of property names against them (names from VALUES' propertyEntries).
import { PSObject, PSHashtable } from '../runtime/values.js';
import { propertyEntries } from '../runtime/member-access.js';
import { wildcardMatcher, hasWildcard } from './wildcard.js';

/** Property names in PowerShell's order (the adapted .NET properties for non-PSObjects). */
export function propertyNamesOf(v: unknown): string[] {
  if (v instanceof PSObject) return v.names();
  return propertyEntries(v).map(([n]) => n);
}

/** Expands name patterns (wildcards) against an object's properties, each name once, in pattern order. */
export function expandNames(v: unknown, patterns: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let names: string[] | undefined;
  for (const p of patterns) {
    if (!hasWildcard(p)) {
      if (!seen.has(p.toLowerCase())) {
        seen.add(p.toLowerCase());
        out.push(p);
      }
      continue;
    }
    names ??= propertyNamesOf(v);
    const m = wildcardMatcher([p]);
    for (const n of names) {
      if (m(n) && !seen.has(n.toLowerCase())) {
        seen.add(n.toLowerCase());
        out.push(n);
      }
    }
  }
  return out;
}

/** True when the object really has the property (hashtable keys count, as `$h.Key` works). */
export function hasProperty(v: unknown, name: string): boolean {
  if (v instanceof PSObject) return v.has(name);
  if (v instanceof PSHashtable && v.has(name)) return true;
  const lower = name.toLowerCase();
  return propertyNamesOf(v).some((n) => n.toLowerCase() === lower);
}
