// Get-Command / Get-Help / Get-Alias / Get-Module / Import-Module: the session's command table
// described from each command's metadata.
import type { CommandContext, CommandDefinition, CommandMetadata, SessionServices } from '../runtime/command.js';
import { PSObject, PSHashtable } from '../runtime/values.js';
import { wildcardMatcher, hasWildcard } from './wildcard.js';
import { toStringValue } from '../runtime/conversions.js';
import { cmdletError } from './cmdlet-errors.js';
import { renderHelp, syntaxLines, type HelpView } from './help-text.js';
import { mandatoryAnywhere } from '../runtime/parameter-sets.js';

/** The ExchangeOnlineManagement version exosh's built-in commands stand for. */
export const EXCHANGE_MODULE_VERSION = '3.7.1';
export const EXCHANGE_MODULE = 'ExchangeOnlineManagement';

interface ModuleDescription {
  name: string;
  version: string;
  type: 'Manifest' | 'Script' | 'Binary';
  description: string;
}

const BUILT_IN_MODULES: ModuleDescription[] = [
  { name: EXCHANGE_MODULE, version: EXCHANGE_MODULE_VERSION, type: 'Script', description: 'Exchange Online cmdlets (built into exosh).' },
  { name: 'Microsoft.PowerShell.Management', version: '7.0.0.0', type: 'Manifest', description: 'Files, folders and paths.' },
  { name: 'Microsoft.PowerShell.Security', version: '7.0.0.0', type: 'Manifest', description: 'Credentials.' },
  { name: 'Microsoft.PowerShell.Utility', version: '7.0.0.0', type: 'Manifest', description: 'Objects, formatting, conversion.' },
];

/** Modules imported per session (Utility and Management count as loaded, as PowerShell autoloads them). */
const IMPORTED_MODULES = Symbol('Import-Module');
function importedOf(s: SessionServices): Set<string> {
  return s.sessionState(IMPORTED_MODULES, () => new Set(['microsoft.powershell.management', 'microsoft.powershell.utility']));
}

const TYPE_ORDER: Record<string, number> = { Alias: 1, Function: 2, Filter: 4, Cmdlet: 8 };

function versionOf(meta: CommandMetadata): string {
  return BUILT_IN_MODULES.find((m) => m.name === meta.module)?.version ?? '';
}

/** Get-Command's Parameters table for one command. */
function parameterTable(meta: CommandMetadata): PSHashtable {
  const params = new PSHashtable();
  for (const p of meta.parameters) {
    params.set(
      p.name,
      PSObject.fromEntries(
        [
          ['Name', p.name],
          ['ParameterType', p.typeName ?? p.type],
          ['Aliases', p.aliases ?? []],
          ['IsMandatory', mandatoryAnywhere(p)],
        ],
        ['System.Management.Automation.ParameterMetadata', 'System.Object'],
      ),
    );
  }
  return params;
}

export function commandInfo(meta: CommandMetadata): PSObject {
  const type = meta.commandType ?? 'Cmdlet';
  const o = PSObject.fromEntries(
    [
      ['CommandType', type],
      ['Name', meta.name],
      ['Version', versionOf(meta)],
      ['Source', meta.module ?? ''],
      ['ModuleName', meta.module ?? ''],
    ],
    [type === 'Function' ? 'System.Management.Automation.FunctionInfo' : 'System.Management.Automation.CmdletInfo', 'System.Management.Automation.CommandInfo', 'System.Object'],
  );
  // Built when read: `Get-Command` lists hundreds of remote cmdlets with many parameters each.
  let definition: string | undefined;
  let parameters: PSHashtable | undefined;
  o.props.set('definition', { kind: 'script', name: 'Definition', getter: () => (definition ??= syntaxLines(meta).join('\n')) });
  o.props.set('parameters', { kind: 'script', name: 'Parameters', getter: () => (parameters ??= parameterTable(meta)) });
  o.toStringHook = () => meta.name;
  return o;
}

export function aliasInfo(name: string, definition: string): PSObject {
  const o = PSObject.fromEntries(
    [
      ['CommandType', 'Alias'],
      ['Name', name],
      // Built-in aliases belong to no module: PowerShell leaves Version and Source empty.
      ['Version', ''],
      ['Source', ''],
      ['Definition', definition],
      ['DisplayName', `${name} -> ${definition}`],
      ['ReferencedCommand', definition],
    ],
    ['System.Management.Automation.AliasInfo', 'System.Management.Automation.CommandInfo', 'System.Object'],
  );
  o.toStringHook = () => name;
  return o;
}

function notRecognized(command: string, name: string) {
  return cmdletError(
    command,
    `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
    'CommandNotFoundException',
    'ObjectNotFound',
    name,
    'System.Management.Automation.CommandNotFoundException',
  );
}

// ------------------------------------------------------------------------------------------------
// Get-Command

export const getCommand: CommandDefinition = {
  metadata: {
    name: 'Get-Command',
    aliases: ['gcm'],
    module: 'Microsoft.PowerShell.Core',
    commandType: 'Cmdlet',
    defaultParameterSet: 'CmdletSet',
    parameters: [
      { name: 'Name', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['AllCommandSet'] },
      { name: 'Verb', type: 'string[]', valueFromPipelineByPropertyName: true, parameterSets: ['CmdletSet'] },
      { name: 'Noun', type: 'string[]', valueFromPipelineByPropertyName: true, parameterSets: ['CmdletSet'] },
      { name: 'Module', type: 'string[]', aliases: ['PSSnapin'], valueFromPipelineByPropertyName: true },
      { name: 'CommandType', type: 'string[]', aliases: ['Type'], parameterSets: ['AllCommandSet'], validateSet: ['Alias', 'Function', 'Filter', 'Cmdlet', 'ExternalScript', 'Application', 'Script', 'Configuration', 'All'] },
      { name: 'TotalCount', type: 'int' },
      { name: 'Syntax', type: 'switch' },
      { name: 'ShowCommandInfo', type: 'switch' },
      { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], position: 1 },
      { name: 'All', type: 'switch' },
      { name: 'ListImported', type: 'switch' },
      { name: 'ParameterName', type: 'string[]' },
      { name: 'ParameterType', type: 'string[]' },
    ],
    help: {
      synopsis: 'Gets all commands.',
      examples: [
        { code: 'Get-Command *-Mailbox', remarks: 'Commands whose names end in -Mailbox.' },
        { code: 'Get-Command -Verb Get -Module ExchangeOnlineManagement', remarks: 'The Exchange Get- commands.' },
        { code: 'Get-Command Get-Date -Syntax', remarks: 'The syntax of one command.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      process(input) {
        const names = ctx.expectingInput && !ctx.bound.has('Name') && typeof input === 'string' ? [input] : (p.Name as string[] | undefined);
        const verb = (p.Verb as string[] | undefined)?.length ? wildcardMatcher(p.Verb as string[]) : undefined;
        const noun = (p.Noun as string[] | undefined)?.length ? wildcardMatcher(p.Noun as string[]) : undefined;
        const mod = (p.Module as string[] | undefined)?.length ? wildcardMatcher(p.Module as string[]) : undefined;
        const types = (p.CommandType as string[] | undefined)?.map((t) => t.toLowerCase());
        const typeOk = (t: string) => !types || types.includes('all') || types.includes(t.toLowerCase());
        const paramNames = (p.ParameterName as string[] | undefined)?.length ? wildcardMatcher(p.ParameterName as string[]) : undefined;
        const results: { type: string; name: string; obj: PSObject; meta?: CommandMetadata }[] = [];
        const nameMatch = names?.length ? wildcardMatcher(names) : () => true;
        for (const c of ctx.session.listCommands()) {
          const m = c.metadata;
          const type = m.commandType ?? 'Cmdlet';
          if (!nameMatch(m.name) || !typeOk(type)) continue;
          const [v, ...rest] = m.name.split('-');
          if (verb && !verb(v ?? '')) continue;
          if (noun && !noun(rest.join('-'))) continue;
          if (mod && !mod(m.module ?? '')) continue;
          if (paramNames && !m.parameters.some((x) => paramNames(x.name))) continue;
          results.push({ type, name: m.name, obj: commandInfo(m), meta: m });
        }
        if (!verb && !noun && !paramNames && typeOk('Alias')) {
          for (const a of ctx.session.listAliases()) {
            if (!nameMatch(a.name)) continue;
            const target = ctx.session.resolveCommand(a.definition)?.metadata;
            if (mod && !mod(target?.module ?? '')) continue;
            results.push({ type: 'Alias', name: a.name, obj: aliasInfo(a.name, a.definition), meta: target });
          }
        }
        for (const n of names ?? []) {
          if (!hasWildcard(n) && !results.some((r) => r.name.toLowerCase() === n.toLowerCase())) ctx.writeError(notRecognized('Get-Command', n));
        }
        // PowerShell sorts only when no names or a wildcard were given; exact names keep their order.
        if (names?.length && !names.some(hasWildcard)) {
          const at = (r: { name: string }) => names.findIndex((n) => n.toLowerCase() === r.name.toLowerCase());
          results.sort((a, b) => at(a) - at(b));
        } else results.sort((a, b) => (TYPE_ORDER[a.type] ?? 9) - (TYPE_ORDER[b.type] ?? 9) || a.name.localeCompare(b.name, 'en-US'));
        let list = results;
        if (p.TotalCount !== undefined && (p.TotalCount as number) >= 0) list = list.slice(0, p.TotalCount as number);
        const out: unknown[] = [];
        for (const r of list) {
          if (p.Syntax === true) {
            if (r.type === 'Alias') out.push(String(r.obj.get('Definition')));
            else if (r.meta) out.push('\n' + syntaxLines(r.meta).join('\n\n') + '\n');
          } else out.push(r.obj);
        }
        return ctx.writeEnumerated(out);
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Get-Help

const GENERAL_HELP = `
TOPIC
    exosh help

SHORT DESCRIPTION
    exosh runs PowerShell command lines against Exchange Online.

LONG DESCRIPTION
    Get-Help <command> shows a command's synopsis, syntax and examples.
    Get-Command lists the commands; wildcards work: Get-Command *Mailbox*.

    Get-Help Get-Date               Syntax and description of a command.
    Get-Help Get-Date -Examples     Examples.
    Get-Help Get-Date -Full         Everything, including each parameter.
    Get-Help *-Object               Commands whose names match.
`;

export const getHelp: CommandDefinition = {
  metadata: {
    name: 'Get-Help',
    aliases: ['help', 'man'],
    module: 'Microsoft.PowerShell.Core',
    commandType: 'Cmdlet',
    defaultParameterSet: 'AllUsersView',
    parameters: [
      { name: 'Name', type: 'string', position: 0, valueFromPipelineByPropertyName: true },
      { name: 'Path', type: 'string' },
      { name: 'Category', type: 'string[]' },
      { name: 'Full', type: 'switch', parameterSets: ['AllUsersView'] },
      { name: 'Detailed', type: 'switch', mandatory: true, parameterSets: ['DetailedView'] },
      { name: 'Examples', type: 'switch', mandatory: true, parameterSets: ['Examples'] },
      { name: 'Parameter', type: 'string[]', mandatory: true, parameterSets: ['Parameters'] },
      { name: 'Component', type: 'string[]' },
      { name: 'Functionality', type: 'string[]' },
      { name: 'Role', type: 'string[]' },
      { name: 'Online', type: 'switch', mandatory: true, parameterSets: ['Online'] },
      { name: 'ShowWindow', type: 'switch', mandatory: true, parameterSets: ['ShowWindow'] },
    ],
    help: {
      synopsis: 'Displays information about PowerShell commands and concepts.',
      examples: [
        { code: 'Get-Help Select-Object', remarks: 'Synopsis and syntax.' },
        { code: 'Get-Help Get-Mailbox -Examples', remarks: 'Only the examples.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      process() {
        const name = p.Name as string | undefined;
        if (!name) return ctx.write(GENERAL_HELP);
        if (p.Online === true || p.ShowWindow === true) {
          ctx.writeError(cmdletError('Get-Help', 'exosh shows help in the terminal only; -Online and -ShowWindow are not available.', 'NotSupported', 'InvalidOperation', name));
          return;
        }
        const matches = hasWildcard(name)
          ? ctx.session.listCommands().filter((c) => wildcardMatcher([name])(c.metadata.name))
          : [ctx.session.resolveCommand(name)].filter((c): c is CommandDefinition => c !== undefined);
        if (matches.length === 0) {
          ctx.writeError(
            cmdletError(
              'Get-Help',
              `Get-Help could not find ${name} in a help file in this session. To see the commands exosh has, type: Get-Command.`,
              'HelpNotFound',
              'ResourceUnavailable',
              name,
              'Microsoft.PowerShell.Commands.HelpNotFoundException',
            ),
          );
          return;
        }
        if (matches.length > 1) {
          const out: PSObject[] = [];
          for (const c of matches.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))) {
            out.push(
              PSObject.fromEntries(
                [
                  ['Name', c.metadata.name],
                  ['Category', c.metadata.commandType ?? 'Cmdlet'],
                  ['Module', c.metadata.module ?? ''],
                  ['Synopsis', c.metadata.help?.synopsis ?? ''],
                ],
                ['HelpInfoShort', 'System.Object'],
              ),
            );
          }
          return ctx.writeEnumerated(out);
        }
        const meta = matches[0]!.metadata;
        if (p.Parameter !== undefined) {
          const m = wildcardMatcher(p.Parameter as string[]);
          const only = { ...meta, parameters: meta.parameters.filter((x) => m(x.name)) };
          const text = renderHelp(only, 'full');
          const start = text.indexOf('PARAMETERS');
          const end = text.indexOf('<CommonParameters>');
          return ctx.write(text.slice(start + 'PARAMETERS'.length, end > 0 ? end : undefined).replace(/\s+$/, '') + '\n');
        }
        const view: HelpView = p.Examples === true ? 'examples' : p.Full === true ? 'full' : p.Detailed === true ? 'detailed' : 'default';
        return ctx.write(renderHelp(meta, view));
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Get-Alias

export const getAlias: CommandDefinition = {
  metadata: {
    name: 'Get-Alias',
    aliases: ['gal'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Default',
    parameters: [
      { name: 'Name', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['Default'] },
      { name: 'Exclude', type: 'string[]' },
      { name: 'Scope', type: 'string' },
      { name: 'Definition', type: 'string[]', parameterSets: ['Definition'] },
    ],
    help: {
      synopsis: 'Gets the aliases for the current session.',
      examples: [
        { code: 'Get-Alias', remarks: 'Every alias.' },
        { code: 'Get-Alias -Definition Where-Object', remarks: 'The aliases of one command.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      process(input) {
        const names = ctx.expectingInput && !ctx.bound.has('Name') && typeof input === 'string' ? [input] : (p.Name as string[] | undefined);
        const defMatch = (p.Definition as string[] | undefined)?.length ? wildcardMatcher(p.Definition as string[]) : () => true;
        const exclude = (p.Exclude as string[] | undefined)?.length ? wildcardMatcher(p.Exclude as string[]) : () => false;
        const candidates = ctx.session
          .listAliases()
          .filter((a) => defMatch(a.definition) && !exclude(a.name))
          .sort((a, b) => a.name.localeCompare(b.name, 'en-US'));
        // pwsh answers each name in the order given, so an alias two patterns match comes twice.
        const found: typeof candidates = [];
        for (const n of names?.length ? names : ['*']) {
          const match = wildcardMatcher([n]);
          const hits = candidates.filter((a) => match(a.name));
          found.push(...hits);
          if (!hasWildcard(n) && hits.length === 0) {
            ctx.writeError(
              cmdletError(
                'Get-Alias',
                `This command cannot find a matching alias because an alias with the name '${n}' does not exist.`,
                'ItemNotFoundException',
                'ObjectNotFound',
                n,
                'System.Management.Automation.ItemNotFoundException',
              ),
            );
          }
        }
        return ctx.writeEnumerated(found.map((a) => aliasInfo(a.name, a.definition)));
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Get-Module / Import-Module

function moduleInfo(session: SessionServices, m: ModuleDescription): PSObject {
  const exported = session
    .listCommands()
    .filter((c) => c.metadata.module === m.name)
    .map((c) => c.metadata.name)
    .sort();
  const o = PSObject.fromEntries(
    [
      ['ModuleType', m.type],
      ['Version', m.version],
      ['PreRelease', ''],
      ['Name', m.name],
      ['ExportedCommands', exported],
      ['Description', m.description],
      ['Path', ''],
    ],
    ['System.Management.Automation.PSModuleInfo', 'System.Object'],
  );
  o.toStringHook = () => m.name;
  return o;
}

function findModule(name: string): ModuleDescription | undefined {
  const n = name.toLowerCase().replace(/[\\/]+$/, '');
  return BUILT_IN_MODULES.find((m) => m.name.toLowerCase() === n);
}

export const getModule: CommandDefinition = {
  metadata: {
    name: 'Get-Module',
    aliases: ['gmo'],
    module: 'Microsoft.PowerShell.Core',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Loaded',
    parameters: [
      { name: 'Name', type: 'string[]', position: 0, valueFromPipeline: true },
      { name: 'ListAvailable', type: 'switch', mandatory: true, parameterSets: ['Available'] },
      { name: 'All', type: 'switch' },
      { name: 'Refresh', type: 'switch', parameterSets: ['Available'] },
      { name: 'PSEdition', type: 'string', parameterSets: ['Available'] },
      { name: 'SkipEditionCheck', type: 'switch', parameterSets: ['Available'] },
      { name: 'FullyQualifiedName', type: 'object[]' },
    ],
    help: {
      synopsis: 'Lists the modules imported in the current session or that can be imported.',
      examples: [{ code: 'Get-Module -ListAvailable ExchangeOnlineManagement', remarks: "exosh's built-in Exchange module." }],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      process() {
        const names = p.Name as string[] | undefined;
        const match = wildcardMatcher(names?.length ? names : ['*']);
        const loaded = importedOf(ctx.session);
        const shown = BUILT_IN_MODULES.filter((m) => match(m.name) && (p.ListAvailable === true || loaded.has(m.name.toLowerCase())));
        return ctx.writeEnumerated(shown.map((m) => moduleInfo(ctx.session, m)));
      },
    };
  },
};

export function moduleNotAvailable(command: string, name: string) {
  return cmdletError(
    command,
    `Module '${name}' is not available in exosh. exosh has the ${EXCHANGE_MODULE} commands built in.`,
    'Modules_ModuleNotFound',
    'ResourceUnavailable',
    name,
    'System.IO.FileNotFoundException',
  );
}

export const importModule: CommandDefinition = {
  metadata: {
    name: 'Import-Module',
    aliases: ['ipmo'],
    module: 'Microsoft.PowerShell.Core',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Name',
    parameters: [
      { name: 'Name', type: 'string[]', mandatory: true, position: 0, valueFromPipeline: true, parameterSets: ['Name'] },
      { name: 'FullyQualifiedName', type: 'object[]', mandatory: true, position: 0, valueFromPipeline: true, parameterSets: ['FullyQualifiedName'] },
      { name: 'ModuleInfo', type: 'object[]', mandatory: true, position: 0, valueFromPipeline: true, parameterSets: ['ModuleInfo'] },
      { name: 'Global', type: 'switch' },
      { name: 'Prefix', type: 'string' },
      { name: 'Function', type: 'string[]' },
      { name: 'Cmdlet', type: 'string[]' },
      { name: 'Variable', type: 'string[]' },
      { name: 'Alias', type: 'string[]' },
      { name: 'Force', type: 'switch' },
      { name: 'SkipEditionCheck', type: 'switch' },
      { name: 'PassThru', type: 'switch' },
      { name: 'AsCustomObject', type: 'switch' },
      { name: 'MinimumVersion', type: 'string', aliases: ['Version'], parameterSets: ['Name'] },
      { name: 'MaximumVersion', type: 'string', parameterSets: ['Name'] },
      { name: 'RequiredVersion', type: 'string', parameterSets: ['Name'] },
      { name: 'ArgumentList', type: 'object[]', aliases: ['Args'] },
      { name: 'DisableNameChecking', type: 'switch' },
      { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'] },
      { name: 'Scope', type: 'string', validateSet: ['Local', 'Global'] },
      { name: 'UseWindowsPowerShell', type: 'switch', aliases: ['UseWinPS'] },
    ],
    help: {
      synopsis: 'Adds modules to the current session.',
      description: 'exosh has the ExchangeOnlineManagement commands built in, so importing it succeeds quietly; other modules are not available.',
      examples: [{ code: 'Import-Module ExchangeOnlineManagement', remarks: 'Succeeds quietly: the module is built in.' }],
    },
  },
  create(ctx: CommandContext) {
    const p = ctx.params;
    return {
      process(input) {
        const raw = ctx.expectingInput && !ctx.bound.has('Name') ? [input] : ((p.Name ?? p.FullyQualifiedName ?? p.ModuleInfo) as unknown[] | undefined) ?? [];
        for (const item of raw) {
          const named = item instanceof PSObject || item instanceof PSHashtable ? (item.get('ModuleName') ?? item.get('Name')) : item;
          const name = toStringValue(named ?? item);
          // A path to the module's manifest or folder (…/ExchangeOnlineManagement.psd1) names it too.
          const base = name.replace(/\\/g, '/').replace(/\/+$/, '').split('/').pop()!.replace(/\.(psd1|psm1|dll)$/i, '');
          const m = findModule(base);
          if (!m) {
            ctx.writeError(moduleNotAvailable('Import-Module', name));
            continue;
          }
          const wrongVersion = versionMismatch(m.version, p.MinimumVersion, p.MaximumVersion, p.RequiredVersion);
          if (wrongVersion) {
            ctx.writeError(
              cmdletError(
                'Import-Module',
                `The specified module '${m.name}' with version '${wrongVersion}' was not loaded: exosh has version ${m.version} built in.`,
                'Modules_ModuleWithVersionNotFound',
                'ResourceUnavailable',
                name,
                'System.IO.FileNotFoundException',
              ),
            );
            continue;
          }
          importedOf(ctx.session).add(m.name.toLowerCase());
          if (p.PassThru === true) ctx.write(moduleInfo(ctx.session, m));
        }
      },
    };
  },
};

function versionParts(v: string): number[] {
  return v.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
}

function compareVersions(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The requested version exosh's built-in module does not satisfy, if any. */
function versionMismatch(have: string, min: unknown, max: unknown, required: unknown): string | undefined {
  if (required !== undefined && required !== null && compareVersions(have, String(required)) !== 0) return String(required);
  if (min !== undefined && min !== null && compareVersions(have, String(min)) < 0) return String(min);
  if (max !== undefined && max !== null && compareVersions(have, String(max).replace(/\*$/, '999999')) > 0) return String(max);
  return undefined;
}

export const discoveryCommands = [getCommand, getHelp, getAlias, getModule, importModule];
