// Distinguished names and the canonical names Exchange also accepts for them.
import { fold } from './values.js';

/** Splits a DN on unescaped commas and unescapes the values: [['CN','John'], ['DC','com']]. */
export function parseDn(dn: string): [string, string][] | undefined {
  const parts: [string, string][] = [];
  let current = '';
  const rdns: string[] = [];
  for (let i = 0; i < dn.length; i++) {
    const c = dn[i]!;
    if (c === '\\' && i + 1 < dn.length) {
      current += c + dn[i + 1];
      i++;
    } else if (c === ',') {
      rdns.push(current);
      current = '';
    } else current += c;
  }
  rdns.push(current);
  for (const rdn of rdns) {
    const eq = rdn.indexOf('=');
    if (eq <= 0) return undefined;
    parts.push([rdn.slice(0, eq).trim().toUpperCase(), rdn.slice(eq + 1).trim().replace(/\\(.)/g, '$1')]);
  }
  return parts;
}

/** `CN=John,OU=contoso.onmicrosoft.com,DC=prod,DC=outlook,DC=com` → `prod.outlook.com/contoso.onmicrosoft.com/John`. */
export function canonicalNameFromDn(dn: string): string | undefined {
  const parts = parseDn(dn);
  if (!parts || parts.length === 0) return undefined;
  const domain = parts.filter(([t]) => t === 'DC').map(([, v]) => v);
  const path = parts.filter(([t]) => t !== 'DC').map(([, v]) => v.replace(/\//g, '\\/')).reverse();
  if (domain.length === 0) return undefined;
  return [domain.join('.'), ...path].join('/');
}


/** Whether text is written as a DN (`CN=...,DC=...`). */
export function looksLikeDn(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9-]*=/.test(text) && parseDn(text) !== undefined;
}

/** Whether text is written as a canonical name (`contoso.com/Users/Ann`). */
export function looksLikeCanonicalName(text: string): boolean {
  const slash = text.indexOf('/');
  return slash > 0 && !text.includes('=') && text.slice(0, slash).includes('.');
}

/** The object's own name in a DN (its first RDN's value) or canonical name (its last segment). */
export function leafName(text: string): string | undefined {
  if (looksLikeDn(text)) return parseDn(text)?.[0]?.[1];
  if (looksLikeCanonicalName(text)) {
    const segments = text.split(/(?<!\\)\//);
    return segments[segments.length - 1]!.replace(/\\\//g, '/');
  }
  return undefined;
}

/**
 * Equality for properties that hold a link to another object. The filter may name it by DN or by
 * canonical name (the docs accept both) or, leniently, by its name; the store may hold a DN or
 * just the linked object's name, as Exchange Online displays such links. Forms that cannot be
 * compared directly meet at the object's name. Returns a test over raw record values.
 */
export function linkEquals(operand: string): (value: string) => boolean {
  const wanted = fold(operand.trim());
  const wantedCanonical = looksLikeDn(operand) ? canonicalNameFromDn(operand) : undefined;
  const wantedLeaf = leafName(operand);
  const canonicalWanted = looksLikeCanonicalName(operand) ? wanted : wantedCanonical ? fold(wantedCanonical) : undefined;
  return (value) => {
    const have = fold(value.trim());
    if (have === wanted) return true;
    if (looksLikeDn(value)) {
      if (wantedLeaf === undefined) {
        const leaf = leafName(value);
        return leaf !== undefined && fold(leaf) === wanted;
      }
      const canonical = canonicalNameFromDn(value);
      return canonicalWanted !== undefined && canonical !== undefined && fold(canonical) === canonicalWanted;
    }
    if (looksLikeCanonicalName(value)) return canonicalWanted !== undefined && have === canonicalWanted;
    return wantedLeaf !== undefined && have === fold(wantedLeaf);
  };
}
