// Join-String (pwsh 7): joins the pipeline's objects, or a property of each, into one string,
// with optional quotes, a -f format per item, and a prefix and suffix around the whole. pwsh's
// parameter sets (one of -SingleQuote, -DoubleQuote, -FormatString) are not enforced: -SingleQuote wins.
import type { CommandDefinition } from '../runtime/command.js';
import { toStringValue } from '../runtime/conversions.js';
import { getMember } from '../runtime/member-access.js';
import { formatOperator } from '../runtime/format-operator.js';
import { allSettled, parsePropertySpecs } from './calculated-property.js';
import { hasProperty } from './properties.js';

const NAME = 'Join-String';

export const joinString: CommandDefinition = {
  metadata: {
    name: NAME,
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [
      { name: 'Property', type: 'object', position: 0 },
      { name: 'Separator', type: 'string', position: 1 },
      { name: 'OutputPrefix', type: 'string', aliases: ['op'] },
      { name: 'OutputSuffix', type: 'string', aliases: ['os'] },
      { name: 'SingleQuote', type: 'switch' },
      { name: 'DoubleQuote', type: 'switch' },
      { name: 'FormatString', type: 'string' },
      { name: 'UseCulture', type: 'switch' },
      { name: 'InputObject', type: 'object[]', valueFromPipeline: true },
    ],
    help: {
      synopsis: 'Combines objects from the pipeline into a single string.',
      examples: [
        { code: "Get-Mailbox | Join-String -Property PrimarySmtpAddress -Separator '; '", remarks: 'One line of addresses.' },
        { code: "'a', 'b' | Join-String -SingleQuote -Separator ', ' -OutputPrefix 'Names: '", remarks: "Names: 'a', 'b'" },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const property = p.Property;
    const spec = property === undefined || property === null ? undefined : parsePropertySpecs(ctx, NAME, [property])[0];
    const valueOf = (o: unknown): unknown => {
      if (!spec) return o;
      if (spec.kind === 'calculated') return spec.get(o);
      // A name the object lacks joins as an empty piece, as pwsh does.
      return hasProperty(o, spec.pattern) ? getMember(o, spec.pattern) : null;
    };
    const values: unknown[] = [];
    return {
      process(input) {
        if (ctx.expectingInput) {
          values.push(valueOf(input));
          return;
        }
        for (const o of (p.InputObject as unknown[] | undefined) ?? []) values.push(valueOf(o));
      },
      end() {
        return allSettled(values, (settled) => {
          const format = p.FormatString as string | undefined;
          const quote = p.SingleQuote === true ? "'" : p.DoubleQuote === true ? '"' : '';
          const pieces = settled.map((v) => {
            const text = format !== undefined ? formatOperator(format, [v]) : v === null || v === undefined ? '' : toStringValue(v);
            return quote + text + quote;
          });
          const separator = (p.Separator as string | undefined) ?? '';
          return ctx.write(`${(p.OutputPrefix as string | undefined) ?? ''}${pieces.join(separator)}${(p.OutputSuffix as string | undefined) ?? ''}`);
        });
      },
    };
  },
};
