// Format-Table / Format-List / Format-Wide (emit VALUES' format records) and the Out-* cmdlets
// (Out-String, Out-Null, Out-Host, Out-Default, Out-File) that render objects and records.
import { promises as fs } from 'node:fs';
import type { CommandContext, CommandDefinition, CommandInstance, ParameterMetadata } from '../runtime/command.js';
import type { ScriptBlockValue } from '../runtime/values.js';
import { toStringValue } from '../runtime/conversions.js';
import { getMember } from '../runtime/member-access.js';
import { buildListRecord, buildTableRecord, buildWideRecord, hasProperty, propertySpecFrom, passThrough, TableFormatRecord, TableRecordBuilder, type Evaluator, type PropertySpec } from '../format/records.js';
import { andThen, type MaybePromise } from '../runtime/async.js';
import { PreparedBlocks, scriptBlocksOf } from './format-blocks.js';
import { formatForOutput, type OutputHost } from '../format/out.js';
import { findView } from '../format/views.js';
import { collectInputInto, inputOf } from './pipeline-input.js';
import { formatCustom } from './format-custom.js';
import { enumerationLimit, formatCommon, specsOf } from './format-parameters.js';
import { cmdletError, fileSystemError } from './cmdlet-errors.js';
import { encodeText, encodingOf, ENCODINGS, exists, pathArguments, resolvePath, writeFileAtomic } from './file-system.js';

const UTILITY = { module: 'Microsoft.PowerShell.Utility', commandType: 'Cmdlet' as const };

/** The blocks of -Property and -GroupBy, run (and awaited) for each object before its record is built. */
function preparedBlocks(ctx: CommandContext, property: readonly (PropertySpec | undefined)[]): PreparedBlocks {
  const by = ctx.params.GroupBy;
  return new PreparedBlocks(ctx, scriptBlocksOf([...property, by === undefined || by === null ? undefined : propertySpecFrom(by)]));
}

/** Shows one object with its blocks' results ready, then lets them go. */
function withPrepared(blocks: PreparedBlocks, o: unknown, show: () => MaybePromise<void>): MaybePromise<void> {
  return andThen(blocks.prepare(o), () => {
    try {
      return show();
    } finally {
      blocks.forget(o);
    }
  });
}

/**
 * -GroupBy's label for each object in turn (`   Name: value`), or undefined without -GroupBy. As
 * in pwsh, an object without the property stays in the group before it, and a $null value labels
 * its group `   Name:` (`   :` for the first group).
 */
function groupLabeler(ctx: CommandContext, evaluate: Evaluator): (o: unknown) => string | undefined {
  const by = ctx.params.GroupBy;
  if (by === undefined || by === null) return () => undefined;
  const spec = propertySpecFrom(by);
  const name = typeof spec === 'string' ? spec : (spec.label ?? '');
  const get =
    typeof spec === 'string'
      ? (o: unknown) => getMember(o, spec)
      : typeof spec.expression === 'string'
        ? (o: unknown) => getMember(o, spec.expression as string)
        : (o: unknown) => {
            const out = evaluate(spec.expression as ScriptBlockValue, o);
            return out.length === 1 ? out[0] : out;
          };
  let current: string | undefined;
  let first = true;
  return (o) => {
    if (typeof spec === 'string' && !hasProperty(o, spec)) return current;
    const v = get(o);
    current = v === null || v === undefined ? (first ? '   :' : `   ${name}:`) : `   ${name}: ${toStringValue(v)}`;
    first = false;
    return current;
  };
}

/** Splits objects into runs with the same -GroupBy value, as PowerShell groups (no sorting). */
function groupRuns(ctx: CommandContext, objects: unknown[], evaluate: Evaluator): { label: string | undefined; objects: unknown[] }[] {
  const labelOf = groupLabeler(ctx, evaluate);
  const runs: { label: string | undefined; objects: unknown[] }[] = [];
  for (const o of objects) {
    const label = labelOf(o);
    const last = runs[runs.length - 1];
    if (last && last.label === label) last.objects.push(o);
    else runs.push({ label, objects: [o] });
  }
  return runs;
}

/**
 * The layout Out-String / Out-File / Out-Host render for. The host's width keeps its last column
 * free (as pwsh's console host does); a -Width given is used whole.
 */
function outputHost(ctx: CommandContext, width?: unknown): OutputHost {
  return { width: typeof width === 'number' ? width + 1 : ctx.session.host.width, enumerationLimit: () => enumerationLimit(ctx) };
}

/** Collects the input; Format-* need every object to size columns and labels. Scalars pass as their text at once. */
function collecting(ctx: CommandContext, finish: (objects: unknown[]) => void | Promise<void>): CommandInstance {
  const objects: unknown[] = [];
  return {
    process(input) {
      const o = inputOf(ctx, input);
      if (o === undefined || o === null) return;
      const passed = passThrough(o);
      if (passed !== undefined) return ctx.write(passed);
      objects.push(o);
    },
    end: () => (objects.length ? finish(objects) : undefined),
  };
}

export const formatTable: CommandDefinition = {
  metadata: {
    ...UTILITY,
    name: 'Format-Table',
    aliases: ['ft'],
    parameters: [
      { name: 'AutoSize', type: 'switch' },
      { name: 'RepeatHeader', type: 'switch' },
      { name: 'HideTableHeaders', type: 'switch' },
      { name: 'Wrap', type: 'switch' },
      { name: 'Property', type: 'object[]', position: 0 },
      ...formatCommon,
    ],
    help: {
      synopsis: 'Formats the output as a table.',
      examples: [
        { code: 'Get-Mailbox | Format-Table DisplayName, PrimarySmtpAddress -AutoSize', remarks: 'Two columns sized to their content.' },
        { code: "Get-Mailbox | ft Name, @{N='GB'; E={ $_.Size / 1GB }; FormatString='N2'}", remarks: 'A calculated, formatted column.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const property = specsOf(ctx, 'Format-Table', p.Property);
    const options = { property, autoSize: p.AutoSize === true, wrap: p.Wrap === true, hideTableHeaders: p.HideTableHeaders === true, document: {}, enumerationLimit: enumerationLimit(ctx) };
    const blocks = preparedBlocks(ctx, property ?? []);
    const evaluate = blocks.evaluate;
    // -AutoSize sizes columns from every object, so it waits for all of them, as PowerShell does.
    if (options.autoSize) {
      return collecting(ctx, (objects) =>
        andThen(blocks.prepareAll(objects), () => {
          const out: unknown[] = [];
          for (const run of groupRuns(ctx, objects, evaluate)) {
            const rec = buildTableRecord(run.objects, options, evaluate);
            out.push(run.label ? new TableFormatRecord(rec.columns, rec.rows, { ...rec.options, groupLabel: run.label }) : rec);
          }
          return ctx.writeEnumerated(out);
        }),
      );
    }
    // Otherwise each object becomes rows of one streamed table (a new one per -GroupBy value);
    // Out-Default fixes the widths from the first rows, then prints the rest as they come.
    // Without -Property the object's view shapes the table, its group-by header included
    // (Get-ChildItem | ft keeps `Directory: ...`).
    const byParameter = groupLabeler(ctx, evaluate);
    const labelOf = (o: unknown): string | undefined => {
      if (ctx.params.GroupBy !== undefined && ctx.params.GroupBy !== null) return byParameter(o);
      if (property && property.length > 0) return undefined;
      const view = findView(o);
      return view && view.kind === 'table' && view.groupBy ? view.groupBy(o) || undefined : undefined;
    };
    let builder: TableRecordBuilder | undefined;
    let label: string | undefined;
    // The first object's view; objects it does not apply to are shown out of band, as lists.
    let view: ReturnType<typeof findView>;
    return {
      process(input) {
        const o = inputOf(ctx, input);
        if (o === undefined || o === null) return;
        const passed = passThrough(o);
        if (passed !== undefined) return ctx.write(passed);
        return withPrepared(blocks, o, () => {
          if (builder && view && !(property && property.length > 0) && findView(o) !== view) {
            return ctx.write(buildListRecord([o], { outOfBand: true, enumerationLimit: options.enumerationLimit }, evaluate));
          }
          if (!builder) view = findView(o);
          const l = labelOf(o);
          // Every group keeps the columns of the command's first object, as pwsh does.
          if (!builder || l !== label) {
            builder = builder ? builder.nextGroup(l) : new TableRecordBuilder(o, { ...options, groupLabel: l }, evaluate);
            label = l;
          }
          return ctx.write(builder.record([o]));
        });
      },
    };
  },
};

export const formatList: CommandDefinition = {
  metadata: {
    ...UTILITY,
    name: 'Format-List',
    aliases: ['fl'],
    parameters: [{ name: 'Property', type: 'object[]', position: 0 }, ...formatCommon],
    help: {
      synopsis: 'Formats the output as a list of properties in which each property appears on a new line.',
      examples: [
        { code: 'Get-Mailbox admin | Format-List *', remarks: 'Every property of one mailbox.' },
        { code: 'Get-Mailbox | fl Name, *Quota', remarks: 'Chosen properties, wildcards allowed.' },
      ],
    },
  },
  create(ctx) {
    const property = specsOf(ctx, 'Format-List', ctx.params.Property);
    const blocks = preparedBlocks(ctx, property ?? []);
    // Each object is shown as it comes; records of one stream make one list.
    const labelOf = groupLabeler(ctx, blocks.evaluate);
    const limit = enumerationLimit(ctx);
    let streamId: object | undefined;
    let label: string | undefined;
    return {
      process(input) {
        const o = inputOf(ctx, input);
        if (o === undefined || o === null) return;
        const passed = passThrough(o);
        if (passed !== undefined) return ctx.write(passed);
        return withPrepared(blocks, o, () => {
          const l = labelOf(o);
          const first = !streamId || l !== label;
          if (first) {
            streamId = {};
            label = l;
          }
          return ctx.write(buildListRecord([o], { property, groupLabel: first ? l : undefined, enumerationLimit: limit }, blocks.evaluate, streamId));
        });
      },
    };
  },
};

export const formatWide: CommandDefinition = {
  metadata: {
    ...UTILITY,
    name: 'Format-Wide',
    aliases: ['fw'],
    parameters: [
      { name: 'Property', type: 'object', position: 0 },
      { name: 'AutoSize', type: 'switch' },
      { name: 'Column', type: 'int', validateRange: [1, 2147483647] },
      ...formatCommon,
    ],
    help: {
      synopsis: 'Formats objects as a wide table that displays only one property of each object.',
      examples: [{ code: 'Get-Mailbox | Format-Wide Alias -Column 4', remarks: 'Aliases in four columns.' }],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const property = specsOf(ctx, 'Format-Wide', p.Property)?.[0];
    const blocks = new PreparedBlocks(ctx, scriptBlocksOf([property]));
    return collecting(ctx, (objects) =>
      andThen(blocks.prepareAll(objects), () => ctx.writeEnumerated([buildWideRecord(objects, property, p.Column as number | undefined, blocks.evaluate, p.AutoSize === true)])),
    );
  },
};

// ------------------------------------------------------------------------------------------------
// Out-*

export const outString: CommandDefinition = {
  metadata: {
    ...UTILITY,
    name: 'Out-String',
    defaultParameterSet: 'NoNewLineFormatting',
    parameters: [
      { name: 'Stream', type: 'switch', parameterSets: ['StreamFormatting'], mandatory: true },
      { name: 'NoNewline', type: 'switch', parameterSets: ['NoNewLineFormatting'] },
      { name: 'Width', type: 'int', validateRange: [2, 2147483647] },
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
    ],
    help: {
      synopsis: 'Outputs input objects as a string.',
      examples: [{ code: '$text = Get-Mailbox | Format-Table | Out-String', remarks: 'The table as one string.' }],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const host = outputHost(ctx, p.Width);
    const objects: unknown[] = [];
    return {
      process: collectInputInto(ctx, objects),
      end() {
        if (objects.length === 0) return;
        // Rendered together so a table has one header; -Stream then gives it line by line.
        if (p.Stream === true) return ctx.writeEnumerated(formatForOutput(objects, host).replace(/\n$/, '').split('\n'));
        let text = formatForOutput(objects, host);
        if (p.NoNewline === true) text = text.replace(/\r?\n/g, '');
        return ctx.write(text);
      },
    };
  },
};

export const outNull: CommandDefinition = {
  metadata: {
    ...UTILITY,
    module: 'Microsoft.PowerShell.Core',
    name: 'Out-Null',
    parameters: [{ name: 'InputObject', type: 'psobject', valueFromPipeline: true }],
    help: {
      synopsis: 'Hides the output instead of sending it down the pipeline or displaying it.',
      examples: [{ code: '$list.Add($item) | Out-Null', remarks: 'Discards the index Add returns.' }],
    },
  },
  create() {
    return {};
  },
};

function hostWriter(name: 'Out-Host' | 'Out-Default', extra: ParameterMetadata[]): CommandDefinition {
  return {
    metadata: {
      module: 'Microsoft.PowerShell.Core',
      commandType: 'Cmdlet',
      name,
      aliases: name === 'Out-Host' ? ['oh'] : undefined,
      parameters: [...extra, { name: 'InputObject', type: 'psobject', valueFromPipeline: true }],
      help: {
        synopsis: name === 'Out-Host' ? 'Sends output to the command line.' : 'Sends the output to the default formatter and to the default output cmdlet.',
        examples: [{ code: `Get-Mailbox | ${name}`, remarks: 'Formats the objects and prints them, as at the end of every pipeline.' }],
      },
    },
    create(ctx) {
      const objects: unknown[] = [];
      return {
        process: collectInputInto(ctx, objects),
        end() {
          if (objects.length === 0) return;
          const text = formatForOutput(objects, outputHost(ctx));
          // -Paging: the host shows a screen at a time when it can (the REPL), else all of it.
          if (ctx.params.Paging === true && ctx.session.host.page) return ctx.session.host.page(text);
          ctx.writeHost(text, { noNewline: true });
        },
      };
    },
  };
}

export const outHost = hostWriter('Out-Host', [{ name: 'Paging', type: 'switch' }]);
export const outDefault = hostWriter('Out-Default', [{ name: 'Transcript', type: 'switch' }]);

/** Out-File's write: the rendered text, atomically (temp file, then rename). */
async function writeRendered(ctx: CommandContext, name: string, objects: unknown[], append: boolean): Promise<void> {
  const p = ctx.params;
  const { paths } = pathArguments(ctx, 'FilePath');
  const target = resolvePath(ctx.session, paths[0] ?? '');
  if (p.NoClobber === true && !append && (await exists(target))) {
    ctx.writeError(
      cmdletError(name, `The file '${target}' already exists.`, 'NoClobber', 'ResourceExists', target, 'System.IO.IOException'),
    );
    return;
  }
  if (!(await ctx.shouldProcess(target, name))) return;
  let text = formatForOutput(objects, outputHost(ctx, p.Width));
  if (p.NoNewline === true) text = text.replace(/\r?\n/g, '');
  const enc = encodingOf(p.Encoding);
  try {
    const size = append ? await fs.stat(target).then((s) => s.size, () => 0) : 0;
    await writeFileAtomic(target, size > 0 ? Buffer.from(text, enc.node) : encodeText(text, enc), append);
  } catch (e) {
    ctx.writeError(fileSystemError(name, target, e, 'Writing'));
  }
}

export const outFile: CommandDefinition = {
  metadata: {
    ...UTILITY,
    name: 'Out-File',
    defaultParameterSet: 'ByPath',
    supportsShouldProcess: true,
    parameters: [
      { name: 'FilePath', type: 'string', aliases: ['Path'], mandatory: true, position: 0, parameterSets: ['ByPath'] },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['ByLiteralPath'] },
      { name: 'Encoding', type: 'encoding', position: 1, validateSet: ENCODINGS },
      { name: 'Append', type: 'switch' },
      { name: 'Force', type: 'switch' },
      { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'] },
      { name: 'Width', type: 'int', validateRange: [2, 2147483647] },
      { name: 'NoNewline', type: 'switch' },
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
    ],
    help: {
      synopsis: 'Sends output to a file.',
      examples: [{ code: 'Get-Mailbox | Out-File mailboxes.txt', remarks: 'The formatted table, as it would print, in a file.' }],
    },
  },
  create(ctx) {
    const objects: unknown[] = [];
    return {
      process: collectInputInto(ctx, objects),
      end: () => writeRendered(ctx, 'Out-File', objects, ctx.params.Append === true),
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Tee-Object

export const teeObject: CommandDefinition = {
  metadata: {
    ...UTILITY,
    name: 'Tee-Object',
    aliases: ['tee'],
    defaultParameterSet: 'File',
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'FilePath', type: 'string', aliases: ['Path'], mandatory: true, position: 0, parameterSets: ['File'] },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['LiteralFile'] },
      { name: 'Append', type: 'switch', parameterSets: ['File'] },
      { name: 'Encoding', type: 'encoding', parameterSets: ['File', 'LiteralFile'], validateSet: ENCODINGS },
      { name: 'Variable', type: 'string', mandatory: true, parameterSets: ['Variable'] },
    ],
    help: {
      synopsis: 'Saves command output in a file or variable and also sends it down the pipeline.',
      examples: [
        { code: 'Get-Mailbox | Tee-Object -Variable all | Measure-Object', remarks: 'Counts them and keeps them in $all.' },
        { code: 'Get-Mailbox | Tee-Object mailboxes.txt', remarks: 'Passes them on and writes them, formatted, to a file.' },
      ],
    },
  },
  create(ctx) {
    const objects: unknown[] = [];
    return {
      process(input) {
        const o = inputOf(ctx, input);
        if (o === undefined) return;
        objects.push(o);
        return ctx.write(o);
      },
      end() {
        if (ctx.params.Variable !== undefined) {
          ctx.session.setVariable(String(ctx.params.Variable), objects.slice());
          return;
        }
        return writeRendered(ctx, 'Tee-Object', objects, ctx.params.Append === true);
      },
    };
  },
};

export const formatCommands = [formatTable, formatList, formatWide, formatCustom, outString, outNull, outHost, outDefault, outFile, teeObject];
