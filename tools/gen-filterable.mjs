#!/usr/bin/env node
// Generates src/sandbox/query/filterable-properties.ts from ../shared/reference/objects.json
// (the `filterableOn` / `filterValue` facts parsed from Microsoft's "Filterable properties for
// the Filter parameter" page), so the product never reads ../shared at run time.
//
//   node tools/gen-filterable.mjs [path/to/objects.json]
//
// objects.json lists a property's cmdlets only under the type it was found on, so the table is
// the union over all types. A few documented properties are missing from objects.json (its
// parser skipped the "CustomAttribute1 to CustomAttribute15" style headings); SUPPLEMENTS adds
// them with the cmdlets and value type the page gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = resolve(process.argv[2] ?? resolve(here, '../../shared/reference/objects.json'));
const target = resolve(here, '../src/sandbox/query/filterable-properties.ts');
// The same rows for the client (filter-left), which must not import the sandbox.
const assetTarget = resolve(here, '../assets/exchange/filterable-properties.json');

/** Bit per cmdlet noun; the order is part of the generated file's format. */
const NOUN_BITS = {
  'Get-Mailbox': 1,
  'Get-Recipient': 2,
  'Get-CASMailbox': 4,
  'Get-DistributionGroup': 8,
  'Get-UnifiedGroup': 16,
  'Get-User': 32,
};

const CUSTOM_ON = ['Get-DistributionGroup', 'Get-Mailbox', 'Get-Recipient', 'Get-UnifiedGroup'];
const SUPPLEMENTS = [
  ...Array.from({ length: 15 }, (_, i) => ({
    name: `CustomAttribute${i + 1}`,
    filterValue: 'String (wildcards accepted) or $null',
    filterableOn: CUSTOM_ON,
  })),
  ...Array.from({ length: 5 }, (_, i) => ({
    name: `ExtensionCustomAttribute${i + 1}`,
    filterValue: 'String (wildcards accepted) or $null',
    filterableOn: CUSTOM_ON,
  })),
];

/** Spelling used on the objects themselves where the page and objects.json differ in case. */
const CANONICAL = {
  externaldirectoryobjectid: 'ExternalDirectoryObjectId',
};

/** Properties that hold GUIDs (compared without braces, case-insensitively). */
const GUID_PROPERTIES = new Set(
  ['Guid', 'ExchangeGuid', 'ArchiveGuid', 'DisabledArchiveGuid', 'ExternalDirectoryObjectId', 'MailboxContainerGUID'].map(
    (n) => n.toLowerCase(),
  ),
);
/** Properties holding proxy addresses (`smtp:a@b`): -eq ignores the prefix, wildcards do not. */
const PROXY_PROPERTIES = new Set(['emailaddresses', 'externalemailaddress', 'forwardingsmtpaddress']);
/** Multivalued values compared as a whole, in any order ("Universal, SecurityEnabled"). */
const FLAG_PROPERTIES = new Set(['grouptype', 'mailboxmoveflags']);
/** Multivalued values compared as a whole, order significant (UserAccountControl). */
const ORDERED_FLAG_PROPERTIES = new Set(['useraccountcontrol']);
/** Multivalued lists where one value means "contains" and a comma list means "equals, in order". */
const ORDERED_LIST_PROPERTIES = new Set(['languagesraw']);

function kindOf(name, filterValue, type) {
  const lower = name.toLowerCase();
  const v = filterValue ?? '';
  if (GUID_PROPERTIES.has(lower)) return { kind: 'guid' };
  if (PROXY_PROPERTIES.has(lower)) return { kind: 'proxyAddress' };
  if (FLAG_PROPERTIES.has(lower)) return { kind: 'flags', values: enumValues(v) };
  if (ORDERED_FLAG_PROPERTIES.has(lower)) return { kind: 'orderedFlags', values: enumValues(v) };
  if (ORDERED_LIST_PROPERTIES.has(lower)) return { kind: 'orderedList' };
  if (/^Boolean/i.test(v) || type === 'System.Boolean') return { kind: 'boolean' };
  if (/date\/time/i.test(v) || type === 'System.DateTime') return { kind: 'datetime' };
  if (/byte quantified size/i.test(v)) return { kind: 'size' };
  if (/time span/i.test(v)) return { kind: 'timespan' };
  if (/^Integer or Unlimited/i.test(v)) return { kind: 'integer', unlimited: true };
  if (/^Integer/i.test(v) || /^-2147483648 \(SCL/.test(v) || /^0 \(disabled\)/.test(v)) return { kind: 'integer' };
  if (/^Distinguished name/i.test(v)) return { kind: 'dn' };
  const values = enumValues(v);
  if (values.length > 0) return { kind: 'enum', values };
  if (/For valid values, see/i.test(v)) return { kind: 'enum', values: [] };
  return { kind: 'string' };
}

/** `<ul><li>None (0)</li>...` or `None (0) or Active (1).` → ['None', 'Active'] */
function enumValues(v) {
  if (v.includes('<li>')) {
    return [...v.matchAll(/<li>([^<]+)<\/li>/g)]
      .map((m) => m[1].replace(/\s*\(-?\d+\)\s*$/, '').trim())
      .filter((x) => x !== '$null');
  }
  const pairs = [...v.matchAll(/([A-Za-z][A-Za-z0-9]*) \(-?\d+\)/g)].map((m) => m[1]);
  return pairs;
}

const objects = JSON.parse(readFileSync(source, 'utf8'));
const byKey = new Map();
const add = (p) => {
  const key = p.name.toLowerCase();
  const row = byKey.get(key) ?? {
    name: CANONICAL[key] ?? p.name,
    filterValue: p.filterValue,
    type: p.type ?? null,
    nouns: 0,
  };
  for (const cmdlet of p.filterableOn) row.nouns |= NOUN_BITS[cmdlet] ?? 0;
  row.filterValue ??= p.filterValue;
  row.type ??= p.type ?? null;
  byKey.set(key, row);
};
for (const type of objects.types) {
  for (const p of type.properties) if (p.filterableOn?.length) add(p);
}
for (const p of SUPPLEMENTS) add(p);

const rows = [...byKey.values()]
  .filter((r) => r.nouns !== 0)
  .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));

const lines = rows.map((r) => {
  const k = kindOf(r.name, r.filterValue, r.type);
  let flags = '';
  if (/wildcards accepted/i.test(r.filterValue ?? '')) flags += 'w';
  if (/\$null/.test(r.filterValue ?? '')) flags += 'n';
  if (k.unlimited) flags += 'u';
  const values = k.values && k.values.length ? `, ${JSON.stringify(k.values)}` : '';
  return `  [${JSON.stringify(r.name)}, ${JSON.stringify(k.kind)}, ${JSON.stringify(flags)}, ${r.nouns}${values}],`;
});

const out = `// GENERATED by tools/gen-filterable.mjs from ../shared/reference/objects.json — do not edit by hand.
// One row per property that Microsoft documents as filterable with -Filter on the recipient cmdlets:
// [name, value kind, flags, cmdlet bits, enumeration values?]
//   flags: w = wildcards accepted, n = $null accepted, u = 'Unlimited' accepted
//   cmdlet bits: ${Object.entries(NOUN_BITS)
  .map(([k, v]) => `${v} ${k}`)
  .join(', ')}
import type { FilterablePropertyRow } from './schema-types.js';

export const FILTERABLE_PROPERTY_ROWS: readonly FilterablePropertyRow[] = [
${lines.join('\n')}
];
`;
writeFileSync(target, out);
const assetRows = rows.map((r) => {
  const k = kindOf(r.name, r.filterValue, r.type);
  let flags = '';
  if (/wildcards accepted/i.test(r.filterValue ?? '')) flags += 'w';
  if (/\$null/.test(r.filterValue ?? '')) flags += 'n';
  if (k.unlimited) flags += 'u';
  return [r.name, k.kind, flags, r.nouns];
});
writeFileSync(
  assetTarget,
  JSON.stringify({ source: 'tools/gen-filterable.mjs', nounBits: NOUN_BITS, rows: assetRows }).replace(/\],\[/g, '],\n[') + '\n',
);
console.log(`wrote ${rows.length} properties to ${target}`);
