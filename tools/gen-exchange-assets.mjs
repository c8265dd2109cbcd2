#!/usr/bin/env node
// Builds assets/exchange/cmdlets.json, the project's own compact cmdlet metadata, from the
// reference file ../shared/reference/cmdlets.json. The sandbox serves it (EXOModuleFile) and
// validates InvokeCommand parameters against it; the client builds its proxies from the same data.
// The product never reads ../shared at run time: run this script and commit its output.
//
//   node tools/gen-exchange-assets.mjs [path/to/reference/cmdlets.json] [output.json]
//
// Output form (documented in docs/sandbox-exchange.md):
// { format: 1, source: {...}, cmdlets: [ { name, synopsis, defaultParameterSet, parameterSets: [name],
//   supportsShouldProcess?, parameters: [ { name, type, aliases?, sets: { <set>: { mandatory?, position? } },
//   pipeline?: { byValue?, byPropertyName? }, switch?, array?, acceptedValues?, validValues?, wildcards? } ] } ] }
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? resolve(root, '../shared/reference/cmdlets.json');
const output = process.argv[3] ?? resolve(root, 'assets/exchange/cmdlets.json');
// The Get-EXO* property sets come from objects.json beside cmdlets.json.
const objectsInput = resolve(dirname(input), 'objects.json');
const propertySetsOutput = resolve(dirname(output), 'property-sets.json');

const reference = JSON.parse(readFileSync(input, 'utf8'));

// The reference marks pipeline input with these words; "true-unspecified" is what the docs print
// as a bare "True" (nearly always Identity), which PowerShell binds by value.
function pipelineOf(word) {
  switch (word) {
    case 'value': return { byValue: true };
    case 'propertyName': return { byPropertyName: true };
    case 'value,propertyName': return { byValue: true, byPropertyName: true };
    case 'true-unspecified': return { byValue: true };
    default: return undefined;
  }
}

// Most Exchange pages print positions 1-based ("Position: 1" for the first positional parameter),
// but the module's own pages (Get-EXO*, Connect-*) print 0-based. PowerShell's metadata is 0-based,
// and so is the asset: a cmdlet whose pages never use 0 is shifted down by one.
function positionBaseOf(c) {
  const all = c.parameters.flatMap((p) => [p.position, ...Object.values(p.positionPerSet ?? {})]);
  return all.includes(0) ? 0 : 1;
}
function positionOf(p, set, base) {
  const raw = p.positionPerSet?.[set] ?? p.position;
  return typeof raw === 'number' ? Math.max(0, raw - base) : undefined;
}

// Where the page's yaml and its SYNTAX block disagree on "mandatory", a switch keeps the yaml's
// answer (a switch that names its parameter set must be given in that set, which SYNTAX prints as
// optional), while any other parameter takes SYNTAX's (e.g. New-Mailbox -Shared needs no -Password).
function mandatoryIn(p, set) {
  const yaml = Boolean(p.required?.[set]);
  const disputed = (p.requiredDisagreesWithSyntax ?? []).includes(set);
  return disputed && p.type !== 'SwitchParameter' ? !yaml : yaml;
}

const ARRAY_TYPES = /(\[\]|^MultiValuedProperty$|^ProxyAddressCollection$)/;

function compactParameter(p, base) {
  const out = { name: p.name, type: p.type };
  if (p.aliases?.length) out.aliases = p.aliases;
  const sets = {};
  for (const set of p.parameterSets) {
    const entry = {};
    if (mandatoryIn(p, set)) entry.mandatory = true;
    const pos = positionOf(p, set, base);
    if (pos !== undefined) entry.position = pos;
    sets[set] = entry;
  }
  out.sets = sets;
  const pipeline = pipelineOf(p.pipelineInput);
  if (pipeline) out.pipeline = pipeline;
  if (p.type === 'SwitchParameter') out.switch = true;
  if (ARRAY_TYPES.test(p.type)) out.array = true;
  if (p.wildcards) out.wildcards = true;
  if (p.acceptedValues?.length) out.acceptedValues = p.acceptedValues;
  if (p.validValuesFromDescription?.length) out.validValues = p.validValuesFromDescription;
  return out;
}

const cmdlets = reference
  .map((c) => {
    const out = {
      name: c.name,
      synopsis: c.synopsis,
      defaultParameterSet: c.defaultParameterSet,
      parameterSets: c.parameterSets.map((s) => s.name),
    };
    if (c.supportsShouldProcess) out.supportsShouldProcess = true;
    const base = positionBaseOf(c);
    out.parameters = c.parameters.map((p) => compactParameter(p, base));
    return out;
  })
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const asset = {
  format: 1,
  source: {
    from: 'MicrosoftDocs/office-docs-powershell (via shared/reference/cmdlets.json)',
    generator: 'tools/gen-exchange-assets.mjs',
    cmdlets: cmdlets.length,
  },
  cmdlets,
};

mkdirSync(dirname(output), { recursive: true });
// One cmdlet per line: small enough to ship, still diffable in review.
const body = `{"format":1,"source":${JSON.stringify(asset.source)},"cmdlets":[\n${cmdlets
  .map((c) => JSON.stringify(c))
  .join(',\n')}\n]}\n`;
writeFileSync(output, body);
console.log(`wrote ${cmdlets.length} cmdlets to ${output} (${body.length} bytes)`);

// assets/exchange/property-sets.json: { "<Get-EXO cmdlet>": { "<set>": [property, ...] } }.
const objects = JSON.parse(readFileSync(objectsInput, 'utf8'));
const propertySets = {};
for (const t of objects.types) {
  const e = t.exoPropertySets;
  if (!e || !e.cmdlet || !e.sets || Object.keys(e.sets).length === 0) continue;
  propertySets[e.cmdlet] = e.sets;
}
writeFileSync(propertySetsOutput, JSON.stringify(propertySets, null, 1) + '\n');
console.log(`wrote property sets of ${Object.keys(propertySets).join(', ')} to ${propertySetsOutput}`);
