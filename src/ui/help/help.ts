// Help without leaving the line: F1 pages the full help of the command under the cursor (the very
// text `Get-Help <name> -Full` prints, for local and remote cmdlets alike), Alt+H shows the help of
// the parameter under the cursor below the line.
import { renderHelp } from '../../commands/help-text.js';
import { parse } from '../../language/parser.js';
import type { ParameterMetadata, SessionServices } from '../../runtime/command.js';
import { mandatoryAnywhere, setNamesOf } from '../../runtime/parameter-sets.js';
import { cursorContext } from '../completion/command-at.js';
import { commonParameters, findParameter } from '../completion/complete.js';

/** The token of the given kind the cursor is on or just after. */
function tokenAt(text: string, cursor: number, kind: string): { text: string; start: number; end: number } | undefined {
  return parse(text).tokens.find((t) => t.kind === kind && t.start <= cursor && cursor <= t.end);
}

/** The command under the cursor: its name when the cursor is on it, else the command whose arguments hold the cursor. */
export function commandUnderCursor(text: string, cursor: number): string | undefined {
  const named = tokenAt(text, cursor, 'CommandName');
  if (named) return named.text;
  return cursorContext(text, cursor).command;
}

export function commandHelp(services: SessionServices, text: string, cursor: number): string | undefined {
  const name = commandUnderCursor(text, cursor);
  const definition = name ? services.resolveCommand(name) : undefined;
  if (!definition) return undefined;
  return renderHelp(definition.metadata, 'full').replace(/^\n+/, '');
}

function typeText(p: ParameterMetadata): string {
  if (p.type === 'switch') return '';
  return p.typeName ? p.typeName.replace(/[\w.]+\.(\w+)/g, '$1') : p.type;
}

function firstPosition(p: ParameterMetadata): string {
  if (p.position !== undefined) return String(p.position);
  const found = Object.values(p.sets ?? {}).find((e) => e.position !== undefined);
  return found?.position !== undefined ? String(found.position) : 'named';
}

export function parameterHelp(services: SessionServices, text: string, cursor: number): string | undefined {
  const token = tokenAt(text, cursor, 'Parameter');
  const at = cursorContext(text, token ? token.start : cursor);
  const typed = token ? token.text.replace(/^-/, '').replace(/:$/, '') : at.parameterBefore;
  const command = token ? at.command : at.command;
  if (typed === undefined || command === undefined) return undefined;
  const definition = services.resolveCommand(command);
  if (!definition) return undefined;
  const p = findParameter(definition.metadata, typed);
  if (!p) return undefined;
  const t = typeText(p);
  const common = commonParameters.some((c) => c.name === p.name) || p.name === 'WhatIf' || p.name === 'Confirm';
  const pipeline = [p.valueFromPipeline ? 'ByValue' : '', p.valueFromPipelineByPropertyName ? 'ByPropertyName' : ''].filter(Boolean);
  const lines = [`-${p.name}${t ? ` <${t}>` : ''}`];
  if (p.description) lines.push(`    ${p.description}`);
  else if (common) lines.push('    A common parameter: see about_CommonParameters.');
  if (p.validateSet) lines.push(`    Accepted values: ${p.validateSet.join(', ')}`);
  lines.push(
    `    Required: ${mandatoryAnywhere(p)}, Position: ${firstPosition(p)}, Pipeline input: ${pipeline.length ? `true (${pipeline.join(', ')})` : 'false'}, ` +
      `Parameter set: ${setNamesOf(p)}, Aliases: ${p.aliases?.join(', ') || 'None'}`,
  );
  return lines.join('\n');
}
