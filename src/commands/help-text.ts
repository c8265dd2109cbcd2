// Renders PowerShell-style help and syntax lines from CommandMetadata, so Get-Help and
// Get-Command -Syntax describe exactly what the binder accepts.
import type { CommandMetadata, ParameterMetadata } from '../runtime/command.js';
import { commandSets, inSet, mandatoryAnywhere, mandatoryIn, positionIn, setNamesOf } from '../runtime/parameter-sets.js';

/** Parameter sets in display order: the default set first. */
export function parameterSets(meta: CommandMetadata): string[] {
  const sets = [...commandSets(meta)];
  const d = meta.defaultParameterSet?.toLowerCase();
  const i = d === undefined ? -1 : sets.findIndex((s) => s.toLowerCase() === d);
  if (i > 0) sets.unshift(...sets.splice(i, 1));
  return sets;
}

/** The type as pwsh's syntax shows it: a declared .NET type by its short name (`MailboxIdParameter`). */
function typeText(p: ParameterMetadata): string {
  if (p.typeName && p.type !== 'switch') return p.typeName.replace(/[\w.]+\.(\w+)/g, '$1');
  switch (p.type) {
    case 'switch':
      return '';
    case 'encoding':
      return 'Encoding';
    case 'object[]':
      return 'Object[]';
    case 'object':
      return 'Object';
    default:
      return p.type;
  }
}

function paramText(p: ParameterMetadata, set: string): string {
  const t = typeText(p);
  const name = positionIn(p, set) !== undefined ? `[-${p.name}]` : `-${p.name}`;
  const body = t ? `${name} <${t}>` : name;
  return mandatoryIn(p, set) ? body : `[${body}]`;
}

/** One syntax line per parameter set, as `Get-Command -Syntax` prints them. */
export function syntaxLines(meta: CommandMetadata): string[] {
  return parameterSets(meta).map((set) => {
    const ps = meta.parameters.filter((p) => inSet(p, set));
    const position = (p: ParameterMetadata) => positionIn(p, set);
    const positional = ps.filter((p) => position(p) !== undefined).sort((a, b) => position(a)! - position(b)!);
    const mandatoryNamed = ps.filter((p) => position(p) === undefined && mandatoryIn(p, set));
    const rest = ps.filter((p) => position(p) === undefined && !mandatoryIn(p, set));
    const parts = [meta.name, ...[...positional, ...mandatoryNamed, ...rest].map((p) => paramText(p, set))];
    if (meta.supportsShouldProcess) parts.push('[-WhatIf]', '[-Confirm]');
    if (meta.commandType !== 'Function' || meta.parameters.length) parts.push('[<CommonParameters>]');
    return parts.join(' ');
  });
}

function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

export type HelpView = 'default' | 'detailed' | 'full' | 'examples';

export function renderHelp(meta: CommandMetadata, view: HelpView): string {
  const h = meta.help;
  const out: string[] = ['', 'NAME', indent(meta.name, 4), ''];
  out.push('SYNOPSIS', indent(h?.synopsis ?? meta.name, 4), '');
  if (view === 'examples') {
    out.push(...examples(meta));
    return out.join('\n');
  }
  out.push('', 'SYNTAX');
  for (const line of syntaxLines(meta)) out.push(indent(line, 4), '');
  out.push('');
  out.push('DESCRIPTION', indent(h?.description ?? h?.synopsis ?? '', 4), '');
  if (view === 'detailed' || view === 'full') {
    out.push('', 'PARAMETERS');
    for (const p of meta.parameters) out.push(...parameterHelp(p, view === 'full'));
    out.push(indent('<CommonParameters>', 4));
    out.push(indent('This cmdlet supports the common parameters: Verbose, Debug,\nErrorAction, ErrorVariable, WarningAction, WarningVariable,\nOutBuffer, PipelineVariable, and OutVariable.', 8), '');
    out.push('', ...examples(meta));
  }
  if (meta.aliases?.length) out.push('', 'ALIASES', indent(meta.aliases.join('\n'), 4), '');
  if (view === 'default') {
    out.push('', 'REMARKS');
    out.push(indent(`To see the examples, type: "Get-Help ${meta.name} -Examples"`, 4));
    out.push(indent(`For more information, type: "Get-Help ${meta.name} -Detailed"`, 4));
    out.push(indent(`For technical information, type: "Get-Help ${meta.name} -Full"`, 4), '');
  }
  return out.join('\n');
}

function examples(meta: CommandMetadata): string[] {
  const out: string[] = [];
  (meta.help?.examples ?? []).forEach((e, i) => {
    out.push(indent(`-------------------------- EXAMPLE ${i + 1} --------------------------`, 4), '');
    out.push(indent(`PS > ${e.code}`, 4), '');
    out.push(indent(e.remarks, 4), '');
  });
  return out;
}

/** Help shows one position: the parameter's own, else the first set that gives it one. */
function firstPosition(p: ParameterMetadata): string | undefined {
  if (!p.sets) return p.position === undefined ? undefined : String(p.position);
  const found = Object.values(p.sets).find((e) => e.position !== undefined);
  return found ? String(found.position) : undefined;
}

function parameterHelp(p: ParameterMetadata, full: boolean): string[] {
  const t = typeText(p);
  const out = [indent(`-${p.name}${t ? ` <${t}>` : ''}`, 4)];
  if (p.description) out.push(indent(p.description, 8));
  if (p.validateSet) out.push(indent(`Accepted values: ${p.validateSet.join(', ')}`, 8));
  out.push('');
  if (full) {
    const pipeline = [p.valueFromPipeline ? 'ByValue' : '', p.valueFromPipelineByPropertyName ? 'ByPropertyName' : ''].filter(Boolean);
    const rows: [string, string][] = [
      ['Required?', String(mandatoryAnywhere(p))],
      ['Position?', firstPosition(p) ?? 'named'],
      ['Accept pipeline input?', pipeline.length ? `true (${pipeline.join(', ')})` : 'false'],
      ['Parameter set name', setNamesOf(p)],
      ['Aliases', p.aliases?.join(', ') ?? 'None'],
    ];
    for (const [k, v] of rows) out.push(indent(k.padEnd(29) + v, 8));
    out.push('');
  }
  return out;
}
