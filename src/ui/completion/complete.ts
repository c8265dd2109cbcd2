// Tab completion over the running shell: what pwsh's TabExpansion2 offers for the word under the
// cursor, in its order and with its quoting. Pure over the EditorContext (the session's commands,
// variables and folder, and the objects last written).
import { readdirSync, type Dirent } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import type { CommandDefinition, CommandMetadata, ParameterMetadata } from '../../runtime/command.js';
import { getMember, propertyEntries } from '../../runtime/member-access.js';
import { PSHashtable } from '../../runtime/values.js';
import type { EditorContext } from '../editor/contract.js';
import type { Candidate, CompletionResult } from './candidate.js';
import { cursorContext } from './command-at.js';

/** The engine's common parameters, in the order pwsh offers them after a command's own. */
export const commonParameters: readonly ParameterMetadata[] = [
  { name: 'Verbose', type: 'switch' },
  { name: 'Debug', type: 'switch' },
  { name: 'ErrorAction', type: 'string', validateSet: ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'] },
  { name: 'WarningAction', type: 'string', validateSet: ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'] },
  { name: 'InformationAction', type: 'string', validateSet: ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'] },
  { name: 'ProgressAction', type: 'string', validateSet: ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'] },
  { name: 'ErrorVariable', type: 'string' },
  { name: 'WarningVariable', type: 'string' },
  { name: 'InformationVariable', type: 'string' },
  { name: 'OutVariable', type: 'string' },
  { name: 'OutBuffer', type: 'int' },
  { name: 'PipelineVariable', type: 'string' },
];
const shouldProcessParameters: readonly ParameterMetadata[] = [
  { name: 'WhatIf', type: 'switch' },
  { name: 'Confirm', type: 'switch' },
];

/** A command's parameters as completion offers them: its own in declared order, then the common ones. */
export function parametersOf(meta: CommandMetadata): ParameterMetadata[] {
  const own = meta.parameters;
  // Script functions without [CmdletBinding()] have no common parameters; every cmdlet and remote cmdlet has them.
  const common = meta.commandType === 'Function' && own.length === 0 ? [] : commonParameters;
  return [...own, ...common, ...(meta.supportsShouldProcess ? shouldProcessParameters : [])];
}

/** The parameter a typed name means: exact name or alias, else the one parameter it is a prefix of. */
export function findParameter(meta: CommandMetadata, typed: string): ParameterMetadata | undefined {
  const t = typed.toLowerCase();
  const all = parametersOf(meta);
  const exact = all.find((p) => p.name.toLowerCase() === t || p.aliases?.some((a) => a.toLowerCase() === t));
  if (exact) return exact;
  const prefixed = all.filter((p) => p.name.toLowerCase().startsWith(t));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en-US', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/** A matcher for what was typed: a prefix, or a wildcard pattern when it has `*` or `?` (as TabExpansion2). */
function matcher(typed: string): (name: string) => boolean {
  if (/[*?]/.test(typed)) {
    const re = new RegExp('^' + typed.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '.*$', 'i');
    return (name) => re.test(name);
  }
  const t = typed.toLowerCase();
  return (name) => name.toLowerCase().startsWith(t);
}

/** Quotes a completion as pwsh does when it holds characters a bare word cannot: single quotes, `'` doubled. */
export function quoteIfNeeded(text: string): string {
  if (!/[\s'"`$&(){};,|@#<>]/.test(text)) return text;
  return `'${text.replace(/'/g, "''")}'`;
}

function unquote(word: string): string {
  const m = /^(['"])(.*?)\1?$/s.exec(word);
  return m ? m[2]! : word;
}

export function complete(context: EditorContext, text: string, cursor: number): CompletionResult {
  const prefix = text.slice(0, cursor);
  const services = context.services;

  // $x.Na / $_.Na: properties of the variable's value, or of the objects last written for $_.
  const member = /(\$(?:[\w]+:)?[\w]+)((?:\.[\w]+)*)\.([\w]*)$/.exec(prefix);
  if (member) {
    const [, variable, path, partial] = member as unknown as [string, string, string, string];
    return {
      replaceStart: cursor - partial.length,
      replaceEnd: cursor,
      candidates: propertyCandidates(context, variable.slice(1), path.split('.').filter(Boolean), partial),
    };
  }

  // $ho → $HOME
  const variable = /(^|[^`\w])\$([\w:]*)$/.exec(prefix);
  if (variable && !/[:]$/.test(variable[2]!)) {
    const typed = variable[2]!;
    const match = matcher(typed);
    const names = [...new Set(services.listVariables().map((v) => v.name))].filter(match).sort(byName);
    return {
      replaceStart: cursor - typed.length - 1,
      replaceEnd: cursor,
      candidates: names.map((n) => ({ completionText: `$${n}`, listItemText: n, kind: 'variable' as const })),
    };
  }

  const at = cursorContext(text, cursor);
  const span = (candidates: Candidate[]): CompletionResult => ({ replaceStart: at.wordStart, replaceEnd: cursor, candidates });
  if (at.commandPosition) return span(commandCandidates(context, at.word));

  const definition = at.command ? services.resolveCommand(at.command) : undefined;
  const meta = definition?.metadata;

  // -Format: (value attached with a colon)
  if (at.wordKind === 'Parameter' && at.word.endsWith(':') && meta) {
    const p = findParameter(meta, at.word.slice(1, -1));
    const values = p ? valueCandidates(p, '', true) : [];
    return { replaceStart: cursor, replaceEnd: cursor, candidates: values };
  }
  // -Pa → -Path
  if (at.word.startsWith('-') && (at.wordKind === 'Parameter' || at.word === '-') && meta) {
    const typed = at.word.slice(1);
    const match = matcher(typed);
    const used = new Set(at.usedParameters.map((u) => findParameter(meta, u)?.name.toLowerCase()));
    const candidates = parametersOf(meta)
      .filter((p) => match(p.name) && !used.has(p.name.toLowerCase()))
      .map((p) => ({ completionText: `-${p.name}`, listItemText: p.name, kind: 'parameter' as const, toolTip: parameterToolTip(p) }));
    return span(candidates);
  }
  // -Format | → the parameter's values, when the set is known.
  if (at.parameterBefore !== undefined && meta) {
    const p = findParameter(meta, at.parameterBefore);
    if (p && p.type !== 'switch') {
      const values = valueCandidates(p, unquote(at.word), at.word.startsWith("'") || at.word.startsWith('"'));
      if (values.length || p.validateSet || p.type === 'bool') return span(values);
    }
  }
  return span(pathCandidates(services.cwd, at.word));
}

function commandCandidates(context: EditorContext, typed: string): Candidate[] {
  const match = matcher(typed);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  const add = (name: string, toolTip: string | undefined) => {
    const key = name.toLowerCase();
    if (seen.has(key) || !match(name)) return;
    seen.add(key);
    out.push({ completionText: quoteIfNeeded(name), listItemText: name, kind: 'command', toolTip });
  };
  const commands: CommandDefinition[] = context.services.listCommands();
  for (const c of commands) add(c.metadata.name, c.metadata.help?.synopsis ?? c.metadata.name);
  for (const a of context.services.listAliases()) add(a.name, `${a.name} -> ${a.definition}`);
  return out.sort((a, b) => byName(a.listItemText, b.listItemText));
}

function parameterToolTip(p: ParameterMetadata): string {
  if (p.type === 'switch') return `[switch] ${p.name}`;
  const t = p.typeName ? p.typeName.replace(/[\w.]+\.(\w+)/g, '$1') : p.type;
  return `[${t}] ${p.name}`;
}

function valueCandidates(p: ParameterMetadata, typed: string, quoted: boolean): Candidate[] {
  const match = matcher(typed);
  let values: readonly string[] = [];
  if (p.validateSet) values = p.validateSet;
  else if (p.type === 'bool' || p.type === 'switch') values = ['$true', '$false'];
  return values
    .filter((v) => match(v) || match(v.replace(/^\$/, '')))
    .map((v) => ({ completionText: v.startsWith('$') ? v : quoted ? `'${v.replace(/'/g, "''")}'` : quoteIfNeeded(v), listItemText: v, kind: 'value' as const }));
}

/** Property names of a value; for a collection, of its elements (member enumeration), each name once. */
function propertyNames(values: readonly unknown[]): string[] {
  const names = new Set<string>();
  const seen = new Set<string>();
  for (const v of values) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) {
      for (const n of propertyNames(v.slice(0, 20))) addName(names, seen, n);
      continue;
    }
    if (v instanceof PSHashtable) {
      for (const k of v.keys()) if (typeof k === 'string') addName(names, seen, k);
    }
    for (const [n] of propertyEntries(v)) addName(names, seen, n);
  }
  return [...names];
}

function addName(names: Set<string>, seen: Set<string>, n: string) {
  const k = n.toLowerCase();
  if (seen.has(k)) return;
  seen.add(k);
  names.add(n);
}

function propertyCandidates(context: EditorContext, variable: string, path: string[], partial: string): Candidate[] {
  const v = variable.toLowerCase();
  let values: unknown[];
  if (v === '_' || v === 'psitem') {
    values = context.recentOutput().slice(-50);
  } else {
    const value = context.services.getVariable(variable);
    values = value === undefined ? [] : [value];
  }
  for (const step of path) {
    const next: unknown[] = [];
    for (const value of values) {
      try {
        const items = Array.isArray(value) ? value.slice(0, 20) : [value];
        for (const item of items) next.push(getMember(item, step));
      } catch {
        // A getter that throws offers nothing for this object.
      }
    }
    values = next;
  }
  const match = matcher(partial);
  return propertyNames(values)
    .filter(match)
    .sort(byName)
    .map((n) => ({ completionText: quoteIfNeeded(n), listItemText: n, kind: 'property' as const }));
}

/**
 * Files and folders for a path being typed, relative to the shell's folder. As pwsh on Unix: a
 * bare name gets `./` in front, folders carry no trailing slash, names with spaces are quoted.
 */
export function pathCandidates(cwd: string, word: string): Candidate[] {
  const typed = unquote(word);
  const sep = Math.max(typed.lastIndexOf('/'), process.platform === 'win32' ? typed.lastIndexOf('\\') : -1);
  const dirTyped = sep >= 0 ? typed.slice(0, sep + 1) : '';
  const namePart = sep >= 0 ? typed.slice(sep + 1) : typed;
  const dirExpanded = dirTyped.startsWith('~') ? homedir() + dirTyped.slice(1) : dirTyped;
  const folder = dirExpanded === '' ? cwd : isAbsolute(dirExpanded) ? dirExpanded : resolve(cwd, dirExpanded);
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const match = matcher(namePart);
  const shown = dirTyped === '' ? (process.platform === 'win32' ? '.\\' : './') : dirTyped;
  return entries
    .filter((e) => match(e.name) && (namePart.startsWith('.') || !e.name.startsWith('.')))
    .sort((a, b) => byName(a.name, b.name))
    .map((e) => {
      const isFolder = e.isDirectory() || (e.isSymbolicLink() && isDirectory(resolve(folder, e.name)));
      return { completionText: quoteIfNeeded(shown + e.name), listItemText: e.name, kind: isFolder ? ('folder' as const) : ('path' as const) };
    });
}

function isDirectory(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}
