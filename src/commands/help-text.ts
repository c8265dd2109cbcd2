// Renders PowerShell-style help and syntax lines from CommandMetadata, so Get-Help and
// Get-Command -Syntax describe exactly what the binder accepts.
import type { CommandMetadata, ParameterMetadata } from '../runtime/command.js';

const ALL = '__AllParameterSets';

/** Parameter sets in display order: the default set first. */
export function parameterSets(meta: CommandMetadata): string[] {
  const sets: string[] = [];
  for (const p of meta.parameters) for (const s of p.parameterSets ?? []) if (!sets.includes(s)) sets.push(s);
  if (sets.length === 0) return [ALL];
  const d = meta.defaultParameterSet;
  if (d && sets.includes(d)) return [d, ...sets.filter((s) => s !== d)];
  return sets;
}

function inSet(p: ParameterMetadata, set: string): boolean {
  return set === ALL || !p.parameterSets || p.parameterSets.includes(set);
}

function typeText(p: ParameterMetadata): string {
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

function paramText(p: ParameterMetadata): string {
  const t = typeText(p);
  const name = p.position !== undefined ? `[-${p.name}]` : `-${p.name}`;
  const body = t ? `${name} <${t}>` : name;
  return p.mandatory ? body : `[${body}]`;
}

/** One syntax line per parameter set, as `Get-Command -Syntax` prints them. */
export function syntaxLines(meta: CommandMetadata): string[] {
  return parameterSets(meta).map((set) => {
    const ps = meta.parameters.filter((p) => inSet(p, set));
    const positional = ps.filter((p) => p.position !== undefined).sort((a, b) => a.position! - b.position!);
    const mandatoryNamed = ps.filter((p) => p.position === undefined && p.mandatory);
    const rest = ps.filter((p) => p.position === undefined && !p.mandatory);
    const parts = [meta.name, ...[...positional, ...mandatoryNamed, ...rest].map(paramText)];
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

function parameterHelp(p: ParameterMetadata, full: boolean): string[] {
  const t = typeText(p);
  const out = [indent(`-${p.name}${t ? ` <${t}>` : ''}`, 4)];
  if (p.description) out.push(indent(p.description, 8));
  if (p.validateSet) out.push(indent(`Accepted values: ${p.validateSet.join(', ')}`, 8));
  out.push('');
  if (full) {
    const pipeline = [p.valueFromPipeline ? 'ByValue' : '', p.valueFromPipelineByPropertyName ? 'ByPropertyName' : ''].filter(Boolean);
    const rows: [string, string][] = [
      ['Required?', String(!!p.mandatory)],
      ['Position?', p.position !== undefined ? String(p.position) : 'named'],
      ['Accept pipeline input?', pipeline.length ? `true (${pipeline.join(', ')})` : 'false'],
      ['Parameter set name', p.parameterSets?.join(', ') ?? '(All)'],
      ['Aliases', p.aliases?.join(', ') ?? 'None'],
    ];
    for (const [k, v] of rows) out.push(indent(k.padEnd(29) + v, 8));
    out.push('');
  }
  return out;
}
