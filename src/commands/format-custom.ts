// Format-Custom: each object as pwsh's generic custom view prints it (`class Name { prop = value }`,
// nested objects and collections expanded down to -Depth); scalars pass as their text.
import type { CommandDefinition } from '../runtime/command.js';
import { andThen } from '../runtime/async.js';
import { CustomFormatRecord, propertyValues, passThrough } from '../format/records.js';
import { customLines, CUSTOM_DEFAULT_DEPTH } from '../format/custom.js';
import { PreparedBlocks, scriptBlocksOf } from './format-blocks.js';
import { enumerationLimit, formatCommon, specsOf } from './format-parameters.js';
import { inputOf } from './pipeline-input.js';

export const formatCustom: CommandDefinition = {
  metadata: {
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    name: 'Format-Custom',
    aliases: ['fc'],
    parameters: [
      { name: 'Property', type: 'object[]', position: 0 },
      { name: 'Depth', type: 'int', validateRange: [1, 2147483647] },
      ...formatCommon,
    ],
    help: {
      synopsis: 'Uses a customized view to format the output.',
      examples: [{ code: 'Get-Mailbox admin | Format-Custom -Depth 2', remarks: 'The object and the objects in its properties, two levels down.' }],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const property = specsOf(ctx, 'Format-Custom', p.Property);
    const depth = (p.Depth as number | undefined) ?? CUSTOM_DEFAULT_DEPTH;
    const blocks = new PreparedBlocks(ctx, scriptBlocksOf(property ?? []));
    const streamId = {};
    const limit = enumerationLimit(ctx);
    return {
      process(input) {
        const o = inputOf(ctx, input);
        if (o === undefined || o === null) return;
        const passed = passThrough(o);
        if (passed !== undefined) return ctx.write(passed);
        return andThen(blocks.prepare(o), () => {
          try {
            const entries = property ? propertyValues(o, property, blocks.evaluate) : undefined;
            return ctx.writeEnumerated(customLines(o, depth, entries, limit).map((lines) => new CustomFormatRecord(lines, streamId)));
          } finally {
            blocks.forget(o);
          }
        });
      },
    };
  },
};
