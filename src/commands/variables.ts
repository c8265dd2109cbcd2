// Get-Variable / Set-Variable / New-Variable / Remove-Variable / Clear-Variable over the
// session's variable table.
import type { CommandContext, CommandDefinition, ParameterMetadata } from '../runtime/command.js';
import { PSObject } from '../runtime/values.js';
import { wildcardMatcher, hasWildcard } from './wildcard.js';
import { cmdletError } from './cmdlet-errors.js';

type Scope = 'local' | 'script' | 'global';
const SCOPES = ['Local', 'Script', 'Global', 'Private'];

function scopeOf(p: Readonly<Record<string, unknown>>): Scope | undefined {
  const s = (p.Scope as string | undefined)?.toLowerCase();
  if (s === 'local' || s === 'script' || s === 'global') return s;
  return undefined;
}

export function psVariable(name: string, value: unknown): PSObject {
  return PSObject.fromEntries(
    [
      ['Name', name],
      ['Value', value],
    ],
    ['System.Management.Automation.PSVariable', 'System.Object'],
  );
}

function notFound(command: string, name: string) {
  return cmdletError(
    command,
    `Cannot find a variable with the name '${name}'.`,
    'VariableNotFound',
    'ObjectNotFound',
    name,
    'System.Management.Automation.ItemNotFoundException',
  );
}

/**
 * Get-Variable -Scope: a scope name or a number of levels up (0 = local), as PowerShell takes it.
 * Private lists the local scope's own variables, as Local does.
 */
function listScopeOf(text: string): Scope | number | undefined {
  const s = text.trim().toLowerCase();
  if (s === 'local' || s === 'private') return 'local';
  if (s === 'script' || s === 'global') return s;
  return /^\d+$/.test(s) ? Number(s) : undefined;
}

function scopeOutOfRange(scope: string) {
  return cmdletError(
    'Get-Variable',
    `The scope number '${scope}' exceeds the number of active scopes. (Parameter 'scopeID')`,
    'ArgumentOutOfRange',
    'InvalidArgument',
    scope,
    'System.Management.Automation.PSArgumentOutOfRangeException',
  );
}

/** Variables matching -Name (wildcards) minus -Exclude, sorted by name as PowerShell lists them. */
function matching(all: { name: string; value: unknown }[], names: string[] | undefined, include?: string[], exclude?: string[]) {
  const nameMatch = wildcardMatcher(names?.length ? names : ['*']);
  const inc = include?.length ? wildcardMatcher(include) : () => true;
  const exc = exclude?.length ? wildcardMatcher(exclude) : () => false;
  return all.filter((v) => nameMatch(v.name) && inc(v.name) && !exc(v.name)).sort((a, b) => a.name.localeCompare(b.name, 'en-US'));
}

const common: ParameterMetadata[] = [
  { name: 'Include', type: 'string[]' },
  { name: 'Exclude', type: 'string[]' },
  { name: 'Scope', type: 'string', validateSet: SCOPES },
];

export const getVariable: CommandDefinition = {
  metadata: {
    name: 'Get-Variable',
    aliases: ['gv'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [
      { name: 'Name', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'ValueOnly', type: 'switch' },
      { name: 'Include', type: 'string[]' },
      { name: 'Exclude', type: 'string[]' },
      // Not a validate set: PowerShell also takes a number of scopes up (0 = local, 1 = parent...).
      { name: 'Scope', type: 'string' },
    ],
    help: {
      synopsis: 'Gets the variables in the current console.',
      examples: [
        { code: 'Get-Variable m*', remarks: 'Variables whose names start with m.' },
        { code: 'Get-Variable Name -ValueOnly', remarks: 'Only the value.' },
        { code: 'Get-Variable -Scope Global', remarks: 'Only the global scope\'s own variables; -Scope 1 is the caller\'s scope.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      process(input) {
        const names = ctx.expectingInput && !ctx.bound.has('Name') ? [String(input)] : (p.Name as string[] | undefined);
        let all: { name: string; value: unknown }[];
        if (p.Scope === undefined || p.Scope === null) all = ctx.session.listVariables();
        else {
          const scope = listScopeOf(String(p.Scope));
          if (scope === undefined) return ctx.writeError(scopeOutOfRange(String(p.Scope)));
          all = ctx.session.listVariables(scope);
        }
        const found = matching(all, names, p.Include as string[], p.Exclude as string[]);
        for (const n of names ?? []) {
          if (!hasWildcard(n) && !found.some((v) => v.name.toLowerCase() === n.toLowerCase())) ctx.writeError(notFound('Get-Variable', n));
        }
        return ctx.writeEnumerated(found.map((v) => (p.ValueOnly === true ? v.value : psVariable(v.name, v.value))));
      },
    };
  },
};

function setLike(commandName: 'Set-Variable' | 'New-Variable') {
  return (ctx: CommandContext) => {
    const p = ctx.params;
    const piped: unknown[] = [];
    // -Value on the command line, as opposed to bound from each pipeline object.
    const valueGiven = ctx.bound.has('Value');
    const assign = (value: unknown) => {
      // Read at the end: -Name may have come from the pipeline (by property name).
      const names = p.Name as string[] | string | undefined;
      const list = names === undefined || names === null ? [] : Array.isArray(names) ? names : [names];
      for (const name of list) {
        if (commandName === 'New-Variable' && p.Force !== true && ctx.session.getVariable(name) !== undefined) {
          ctx.writeError(
            cmdletError(commandName, `A variable with name '${name}' already exists.`, 'VariableAlreadyExists', 'ResourceExists', name, 'System.Management.Automation.SessionStateException'),
          );
          continue;
        }
        ctx.session.setVariable(name, value, scopeOf(p));
        if (p.PassThru === true) ctx.write(psVariable(name, value));
      }
    };
    return {
      process(input: unknown) {
        if (ctx.expectingInput && !valueGiven) piped.push(input);
      },
      end() {
        if (ctx.expectingInput && !valueGiven) assign(piped.length === 1 ? piped[0] : piped);
        else assign(p.Value === undefined ? null : p.Value);
      },
    };
  };
}

const setParams: ParameterMetadata[] = [
  { name: 'Name', type: 'string[]', mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
  { name: 'Value', type: 'object', position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
  ...common,
  { name: 'Description', type: 'string' },
  { name: 'Option', type: 'string[]', validateSet: ['None', 'ReadOnly', 'Constant', 'Private', 'AllScope', 'Unspecified'] },
  { name: 'Force', type: 'switch' },
  { name: 'Visibility', type: 'string', validateSet: ['Public', 'Private'] },
  { name: 'PassThru', type: 'switch' },
];

export const setVariable: CommandDefinition = {
  metadata: {
    name: 'Set-Variable',
    aliases: ['set', 'sv'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: setParams,
    help: {
      synopsis: 'Sets the value of a variable. Creates the variable if one with the requested name does not exist.',
      examples: [{ code: 'Set-Variable -Name Count -Value 5', remarks: 'Same as $Count = 5.' }],
    },
  },
  create: setLike('Set-Variable'),
};

export const newVariable: CommandDefinition = {
  metadata: {
    name: 'New-Variable',
    aliases: ['nv'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: setParams.filter((x) => x.name !== 'Include' && x.name !== 'Exclude').map((x) => (x.name === 'Name' ? { ...x, type: 'string' } : x)),
    help: { synopsis: 'Creates a new variable.', examples: [{ code: 'New-Variable -Name Days -Value 30', remarks: 'Fails if $Days exists, unless -Force.' }] },
  },
  create: setLike('New-Variable'),
};

function removeLike(commandName: 'Remove-Variable' | 'Clear-Variable') {
  return (ctx: CommandContext) => ({
    process() {
      const p = ctx.params;
      for (const n of ((p.Name as string[] | null | undefined) ?? []).filter((x) => x !== null && x !== undefined)) {
        const found = matching(ctx.session.listVariables(), [n], p.Include as string[], p.Exclude as string[]);
        if (found.length === 0 && !hasWildcard(n)) {
          ctx.writeError(notFound(commandName, n));
          continue;
        }
        for (const v of found) {
          if (commandName === 'Remove-Variable') ctx.session.removeVariable(v.name);
          else {
            ctx.session.setVariable(v.name, null, scopeOf(p));
            if (p.PassThru === true) ctx.write(psVariable(v.name, null));
          }
        }
      }
    },
  });
}

export const removeVariable: CommandDefinition = {
  metadata: {
    name: 'Remove-Variable',
    aliases: ['rv'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [
      { name: 'Name', type: 'string[]', mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
      ...common,
      { name: 'Force', type: 'switch' },
    ],
    help: { synopsis: 'Deletes a variable and its value.', examples: [{ code: 'Remove-Variable Temp*', remarks: 'Removes the variables whose names start with Temp.' }] },
  },
  create: removeLike('Remove-Variable'),
};

export const clearVariable: CommandDefinition = {
  metadata: {
    name: 'Clear-Variable',
    aliases: ['clv'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [
      { name: 'Name', type: 'string[]', mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
      ...common,
      { name: 'Force', type: 'switch' },
      { name: 'PassThru', type: 'switch' },
    ],
    help: { synopsis: 'Deletes the value of a variable.', examples: [{ code: 'Clear-Variable Result', remarks: '$Result becomes $null.' }] },
  },
  create: removeLike('Clear-Variable'),
};

export const variableCommands = [getVariable, setVariable, newVariable, removeVariable, clearVariable];
