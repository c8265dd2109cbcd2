#!/usr/bin/env node
// Builds assets/exchange/views.json from the reference file ../shared/reference/objects.json: for
// each Exchange object type, the cmdlets that return it, the PowerShell type names exosh gives its
// objects, the default view (table/list columns, widths, labels) and which properties hold sizes,
// Unlimited values, time spans and dates (so the converter does not guess them per value).
// The product never reads ../shared at run time: run this script and commit its output.
//
//   node tools/gen-exchange-views.mjs [path/to/reference/objects.json] [output.json]
//
// Output form:
// { format: 1, source, objectTypes: [ { name, cmdlets: [..], typeNames: [..],
//     view?: { kind: 'table'|'list', columns: [ { label, property, width? } ] },
//     properties?: { <Name>: 'size'|'unlimitedSize'|'unlimitedInt'|'unlimitedTimespan'|'timespan'|'date'|'utcDate'|'guid' } } ] }
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? resolve(root, '../shared/reference/objects.json');
const output = process.argv[3] ?? resolve(root, 'assets/exchange/views.json');
const reference = JSON.parse(readFileSync(input, 'utf8'));

// Types whose .NET name the reference could not establish get a name of exosh's own, marked as such
// (`Exosh.`), behind the `Deserialized.` prefix every object from the module carries.
const deserialized = (dotNet) => `Deserialized.${dotNet}`;
const ownName = (typeName) => `Deserialized.Exosh.Exchange.${typeName}`;

// Base types the reference saw in scripts' psobject.TypeNames checks (dotNetTypeNote).
const KNOWN_BASES = {
  UnifiedGroup: ['Deserialized.Microsoft.Exchange.Data.Directory.Management.UnifiedGroupBase'],
};

// The Get-EXO* cmdlets build their objects in the module from REST entities: they are not the
// deserialized classic types and print by PowerShell's own rule, every property they carry in the
// service's order, which with the Minimum set of 12-14 properties is the list objects.json
// describes (Get-EXOMailbox, Get-EXORecipient). A fixed list view would hide what -Properties and
// -PropertySets add, so they get no view, and a type name of exosh's own.
const restName = (typeName) => `Exosh.Exchange.Rest.${typeName}`;
const isRestCmdlet = (c) => /^Get-EXO/i.test(c);

// TotalItemSize/TotalDeletedItemSize are Unlimited<ByteQuantifiedSize>: scripts call
// `$stats.TotalItemSize.Value.ToBytes()` on them (objects.json valueFormats ByteQuantifiedSize.parsing).
const UNLIMITED_BY_USAGE = new Set(['TotalItemSize', 'TotalDeletedItemSize']);
// EnhancedTimeSpan properties the valueFormats entry names outright.
const timeSpanFormat = reference.valueFormats.find((f) => f.name === 'EnhancedTimeSpan');
const TIMESPANS_BY_NAME = new Set((timeSpanFormat?.appliesTo ?? '').match(/\b[A-Z][A-Za-z]+\b/g) ?? []);
// Values documented as UTC (message trace Received/Date): kept with Kind=Utc.
const UTC_DATES = { MessageTrace: ['Received'], MessageTraceDetail: ['Date'] };

function propertyKind(typeName, p) {
  const fv = (p.filterValue ?? '').toLowerCase();
  const vf = p.valueFormat;
  if (vf === 'ByteQuantifiedSize' || fv.includes('byte quantified size')) {
    return fv.includes('or unlimited') || UNLIMITED_BY_USAGE.has(p.name) ? 'unlimitedSize' : 'size';
  }
  // Unlimited<int> (RecipientLimits: "Integer or Unlimited") and Unlimited<EnhancedTimeSpan>
  // (LitigationHoldDuration, the valueFormats Unlimited example).
  if (fv.includes('integer or unlimited')) return 'unlimitedInt';
  if (vf === 'Unlimited') return 'unlimitedTimespan';
  if (vf === 'EnhancedTimeSpan' || fv.includes('time span value') || TIMESPANS_BY_NAME.has(p.name)) return 'timespan';
  if (p.type === 'System.DateTime' || vf === 'DateTime') {
    return (UTC_DATES[typeName] ?? []).includes(p.name) || /UTC$/.test(p.name) ? 'utcDate' : 'date';
  }
  if (p.type === 'System.Guid') return 'guid';
  return undefined;
}

function columnsOf(display, properties, labels = {}) {
  return properties.map((name) => {
    const c = { label: labels[name] ?? name, property: name };
    const w = display.columnWidths?.[name];
    if (w !== undefined) c.width = w;
    return c;
  });
}

// A view the reference captured or documented as table/list. (Get-MessageTraceV2 also has a
// labelled Format-List form, defaultDisplay.listView; exosh's views are one form per type, so only
// its table is kept.) `view: null` (kind not established)
// leaves PowerShell's own rule: the object's properties, as a table up to four, else a list.
// Exception: Get-CASMailbox, whose console table leads with Name (exosh's knowledge of the
// classic output; the reference lists the other columns but not the shape).
function viewOf(typeName, display) {
  if (!display) return undefined;
  if (display.view === 'table' || display.view === 'list') {
    return { kind: display.view, columns: columnsOf(display, display.properties, display.labels) };
  }
  if (typeName === 'CASMailbox' && display.view === null) {
    return { kind: 'table', columns: columnsOf(display, ['Name', ...display.properties]) };
  }
  return undefined;
}

const objectTypes = [];
const claimedTypeNames = new Set();
for (const t of reference.types) {
  const properties = {};
  for (const p of t.properties ?? []) {
    const kind = propertyKind(t.name, p);
    if (kind) properties[p.name] = kind;
  }
  const classicNames = [t.dotNetType ? deserialized(t.dotNetType) : ownName(t.name), ...(KNOWN_BASES[t.name] ?? []), 'Deserialized.System.Object'];
  const classic = (t.returnedBy ?? []).filter((c) => !isRestCmdlet(c));
  const rest = (t.returnedBy ?? []).filter(isRestCmdlet);
  // Two reference entries may describe one .NET type (ReducedRecipient, UnifiedGroupLink): the
  // first view claimed for a type name wins, as one type has one default view.
  let view = viewOf(t.name, t.defaultDisplay);
  if (view && claimedTypeNames.has(classicNames[0])) view = undefined;
  if (view) claimedTypeNames.add(classicNames[0]);
  if (classic.length > 0) objectTypes.push({ name: t.name, cmdlets: classic, typeNames: classicNames, ...(view ? { view } : {}), properties });
  if (rest.length > 0) {
    objectTypes.push({ name: `${t.name} (REST)`, cmdlets: rest, typeNames: [restName(t.name), 'System.Object'], properties });
  }
}

const asset = { format: 1, source: `objects.json (${reference.generatedFrom})`, objectTypes };
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, `${JSON.stringify(asset, null, 1)}\n`);
process.stdout.write(`${output}: ${objectTypes.length} object types, ${objectTypes.filter((o) => o.view).length} views\n`);
