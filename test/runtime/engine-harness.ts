// Small commands of our own so engine tests do not depend on the local cmdlets.
import type { CommandContext, CommandDefinition } from '../../src/runtime/command.js';
import { ErrorRecord } from '../../src/runtime/errors.js';
import { Session } from '../../src/local-session.js';

/** Counts how many objects it produced, so tests can see upstream work stop. */
export const produced = { count: 0 };

export const testCommands: CommandDefinition[] = [
  {
    // Writes 1, 2, 3... forever (or -Count n), like a remote command paging without end.
    metadata: { name: 'Get-Numbers', parameters: [{ name: 'Count', type: 'int', position: 0 }] },
    create: (ctx: CommandContext) => ({
      process() {
        const max = (ctx.params.Count as number | undefined) ?? Infinity;
        for (let i = 1; i <= max; i++) {
          produced.count++;
          ctx.write(i);
        }
      },
    }),
  },
  {
    metadata: {
      name: 'Get-AsyncNumbers',
      parameters: [{ name: 'Count', type: 'int', position: 0, mandatory: true }],
    },
    create: (ctx: CommandContext) => ({
      async process() {
        for (let i = 1; i <= (ctx.params.Count as number); i++) {
          await new Promise((r) => setImmediate(r));
          produced.count++;
          await ctx.write(i);
        }
      },
    }),
  },
  {
    // Passes the first N objects on, then stops upstream (Select-Object -First).
    metadata: {
      name: 'Select-Head',
      parameters: [
        { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
        { name: 'First', type: 'int', position: 0, mandatory: true },
      ],
    },
    create: (ctx: CommandContext) => {
      let seen = 0;
      return {
        process(input: unknown) {
          seen++;
          if (seen <= (ctx.params.First as number)) ctx.write(input);
          if (seen >= (ctx.params.First as number)) ctx.stopUpstream();
        },
        end() {
          ctx.write(`seen ${seen}`);
        },
      };
    },
  },
  {
    metadata: {
      name: 'Test-Binding',
      defaultParameterSet: 'ByName',
      supportsShouldProcess: true,
      parameters: [
        { name: 'Name', type: 'string', position: 0, parameterSets: ['ByName'], mandatory: true, valueFromPipelineByPropertyName: true },
        { name: 'Id', type: 'int', parameterSets: ['ById'], mandatory: true, valueFromPipeline: true },
        { name: 'Path', type: 'string[]', aliases: ['PSPath'] },
        { name: 'PassThru', type: 'switch' },
        { name: 'Color', type: 'string', validateSet: ['Red', 'Green'] },
        { name: 'Size', type: 'int', validateRange: [1, 10] },
        { name: 'Note', type: 'string', validateNotNullOrEmpty: true },
      ],
    },
    create: (ctx: CommandContext) => ({
      process() {
        const keys = Object.keys(ctx.params).sort();
        ctx.write(`${ctx.parameterSetName}: ${keys.map((k) => `${k}=${JSON.stringify(ctx.params[k])}`).join(' ')}`);
      },
    }),
  },
  {
    metadata: { name: 'Write-Problem', parameters: [{ name: 'Message', type: 'string', position: 0 }] },
    create: (ctx: CommandContext) => ({
      process() {
        ctx.writeError(new ErrorRecord(String(ctx.params.Message ?? 'problem'), 'Problem', 'InvalidOperation'));
        ctx.write('after problem');
      },
    }),
  },
  {
    metadata: { name: 'Write-Caution', parameters: [{ name: 'Message', type: 'string', position: 0 }] },
    create: (ctx: CommandContext) => ({
      process() {
        ctx.writeWarning(String(ctx.params.Message));
        ctx.writeVerbose(`verbose ${String(ctx.params.Message)}`);
      },
    }),
  },
];


export function newSession(): Session {
  return new Session({ commands: testCommands });
}

/** Runs text in a fresh session and returns the output objects. */
export async function run(text: string) {
  return newSession().run(text);
}
