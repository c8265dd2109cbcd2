// Measure-Command: runs a script block and reports how long it took, as a TimeSpan.
import type { CommandDefinition } from '../runtime/command.js';
import { PSTimeSpan, ScriptBlockValue } from '../runtime/values.js';
import { TICKS_PER_MS } from '../dotnet/date-time.js';

export const measureCommand: CommandDefinition = {
  metadata: {
    name: 'Measure-Command',
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Expression', type: 'scriptblock', mandatory: true, position: 0 },
    ],
    help: {
      synopsis: 'Measures the time it takes to run script blocks and cmdlets.',
      examples: [{ code: 'Measure-Command { Get-Mailbox -ResultSize 100 }', remarks: 'A TimeSpan; the block\'s output is discarded.' }],
    },
  },
  create(ctx) {
    let elapsed = 0;
    return {
      async process(input) {
        const block = ctx.params.Expression;
        if (!(block instanceof ScriptBlockValue)) return;
        const start = performance.now();
        const r = ctx.invoke(block, ctx.expectingInput ? input : undefined);
        if (!Array.isArray(r)) await r;
        elapsed += performance.now() - start;
      },
      end() {
        return ctx.write(new PSTimeSpan(Math.round(elapsed * TICKS_PER_MS)));
      },
    };
  },
};
