// Push-Location / Pop-Location: the session's stacks of working folders (the default one and
// named ones), as scripts use them to work in a folder and come back.
import type { CommandContext, CommandDefinition } from '../runtime/command.js';
import { cmdletError } from './cmdlet-errors.js';
import { pathArguments } from './file-system.js';
import { changeLocation, pathInfo } from './paths.js';

const MGMT = { module: 'Microsoft.PowerShell.Management', commandType: 'Cmdlet' as const };
const DEFAULT_STACK = 'default';

const STACKS = Symbol('location stacks');

/** The session's stacks: stack name (lower-cased) → folders, newest last. */
function stacks(ctx: CommandContext): Map<string, string[]> {
  return ctx.session.sessionState(STACKS, () => new Map<string, string[]>());
}

function stackName(ctx: CommandContext): string {
  const n = ctx.params.StackName;
  return typeof n === 'string' && n !== '' ? n : DEFAULT_STACK;
}

export const pushLocation: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Push-Location',
    aliases: ['pushd'],
    defaultParameterSet: 'Path',
    parameters: [
      { name: 'Path', type: 'string', position: 0, parameterSets: ['Path'], valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], parameterSets: ['LiteralPath'], valueFromPipelineByPropertyName: true },
      { name: 'PassThru', type: 'switch' },
      { name: 'StackName', type: 'string', valueFromPipelineByPropertyName: true },
    ],
    help: {
      synopsis: 'Adds the current location to the top of a location stack.',
      examples: [{ code: 'Push-Location ./reports; Get-ChildItem; Pop-Location', remarks: 'Works in ./reports, then comes back.' }],
    },
  },
  create(ctx) {
    return {
      async process() {
        const name = stackName(ctx);
        const from = ctx.session.cwd;
        const { paths, literal } = pathArguments(ctx);
        // Without a path pwsh only records where it is.
        if (paths.length > 0 && (await changeLocation(ctx, 'Push-Location', paths[0]!, literal)) === undefined) return;
        const all = stacks(ctx);
        const stack = all.get(name.toLowerCase()) ?? [];
        stack.push(from);
        all.set(name.toLowerCase(), stack);
        if (ctx.params.PassThru === true) await ctx.write(pathInfo(ctx.session.cwd));
      },
    };
  },
};

export const popLocation: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Pop-Location',
    aliases: ['popd'],
    parameters: [
      { name: 'PassThru', type: 'switch' },
      { name: 'StackName', type: 'string', valueFromPipelineByPropertyName: true },
    ],
    help: {
      synopsis: 'Changes the current location to the location most recently pushed onto the stack.',
      examples: [{ code: 'Push-Location ./reports; Get-ChildItem; Pop-Location', remarks: 'Works in ./reports, then comes back.' }],
    },
  },
  create(ctx) {
    return {
      async process() {
        const name = stackName(ctx);
        const stack = stacks(ctx).get(name.toLowerCase());
        if (!stack && name !== DEFAULT_STACK) {
          ctx.writeError(
            cmdletError('Pop-Location', `Cannot find location stack '${name}'. It does not exist or it is not a container.`, 'Argument', 'InvalidArgument', name, 'System.Management.Automation.PSArgumentException'),
          );
          return;
        }
        const to = stack?.pop();
        // An empty stack is not an error in pwsh: the location stays.
        if (to === undefined) return;
        if ((await changeLocation(ctx, 'Pop-Location', to, true)) !== undefined && ctx.params.PassThru === true) await ctx.write(pathInfo(to));
      },
    };
  },
};

export const locationStackCommands = [pushLocation, popLocation];
