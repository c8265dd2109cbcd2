// ConvertTo-Csv / ConvertFrom-Csv / Export-Csv / Import-Csv over VALUES' CSV rules. Export-Csv
// streams rows into a temp file beside the target and renames it at the end, so a failure never
// leaves half a file.
import { promises as fs } from 'node:fs';
import type { CommandContext, CommandDefinition, ParameterMetadata } from '../runtime/command.js';
import { PSHashtable, PSObject } from '../runtime/values.js';
import { enumerate, toStringValue } from '../runtime/conversions.js';
import { propertyEntries } from '../runtime/member-access.js';
import { fromCsv, parseCsvRecords, toCsv, type ToCsvOptions } from '../format/csv.js';
import { isFormatRecord } from '../format/records.js';
import { inputOf } from './pipeline-input.js';
import { cmdletError, fileSystemError, pathNotFound } from './cmdlet-errors.js';
import { decodeText, encodeText, encodingOf, ENCODINGS, exists, expandPath, pathArguments, resolvePath, writeFileAtomic } from './file-system.js';
import { hasWildcard } from './wildcard.js';
import { StagedFile } from './staged-file.js';

const UTILITY = { module: 'Microsoft.PowerShell.Utility', commandType: 'Cmdlet' as const };

function delimiterOf(ctx: CommandContext): string {
  const d = ctx.params.Delimiter;
  if (d === undefined || d === null) return ctx.params.UseCulture === true ? ',' : ',';
  return toStringValue(d);
}

function csvOptions(ctx: CommandContext): ToCsvOptions {
  const p = ctx.params;
  const uq = p.UseQuotes as string | undefined;
  return {
    delimiter: delimiterOf(ctx),
    includeTypeInformation: p.IncludeTypeInformation === true && p.NoTypeInformation !== true,
    useQuotes: uq ? ((uq[0]!.toUpperCase() + uq.slice(1).toLowerCase()).replace('Asneeded', 'AsNeeded') as ToCsvOptions['useQuotes']) : undefined,
    quoteFields: p.QuoteFields as string[] | undefined,
    noHeader: p.NoHeader === true,
  };
}

function writerParams(): ParameterMetadata[] {
  return [
    { name: 'Delimiter', type: 'char', position: 1, parameterSets: ['Delimiter'] },
    { name: 'UseCulture', type: 'switch', parameterSets: ['UseCulture'] },
    { name: 'IncludeTypeInformation', type: 'switch', aliases: ['ITI'] },
    { name: 'NoTypeInformation', type: 'switch', aliases: ['NTI'] },
    { name: 'QuoteFields', type: 'string[]', aliases: ['QF'] },
    { name: 'UseQuotes', type: 'string', aliases: ['UQ'], validateSet: ['Never', 'Always', 'AsNeeded'] },
    { name: 'NoHeader', type: 'switch' },
  ];
}

function rejectFormatRecord(ctx: CommandContext, name: string, o: unknown): boolean {
  if (!isFormatRecord(o)) return false;
  ctx.throwTerminating(
    cmdletError(
      name,
      `Cannot convert the output of Format-* cmdlets to CSV. Put ${name} before Format-Table/Format-List in the pipeline, or use Select-Object to choose the columns.`,
      'FormatObjectsNotSupported',
      'InvalidData',
      o,
    ),
  );
}

export const convertToCsv: CommandDefinition = {
  metadata: {
    ...UTILITY,
    name: 'ConvertTo-Csv',
    defaultParameterSet: 'Delimiter',
    parameters: [{ name: 'InputObject', type: 'psobject', mandatory: true, position: 0, valueFromPipeline: true }, ...writerParams()],
    help: {
      synopsis: 'Converts .NET objects into a series of character-separated value (CSV) strings.',
      examples: [{ code: 'Get-Mailbox | Select-Object Name, Alias | ConvertTo-Csv', remarks: 'A header line, then one quoted line per mailbox.' }],
    },
  },
  create(ctx) {
    const opts = csvOptions(ctx);
    let header: string[] | undefined;
    return {
      process(input) {
        const o = inputOf(ctx, input);
        if (o === undefined || o === null) return;
        rejectFormatRecord(ctx, 'ConvertTo-Csv', o);
        if (!header) {
          header = columnsOf(o);
          return ctx.writeEnumerated(toCsv([o], opts));
        }
        return ctx.writeEnumerated(toCsv([o], { ...opts, existingHeader: header }));
      },
    };
  },
};

function columnsOf(o: unknown): string[] {
  if (o instanceof PSHashtable) return o.keys().map((k) => toStringValue(k));
  if (o instanceof PSObject) return o.names();
  return propertyEntries(o).map(([n]) => n);
}

export const exportCsv: CommandDefinition = {
  metadata: {
    ...UTILITY,
    name: 'Export-Csv',
    aliases: ['epcsv'],
    defaultParameterSet: 'Delimiter',
    supportsShouldProcess: true,
    parameters: [
      { name: 'InputObject', type: 'psobject', mandatory: true, valueFromPipeline: true },
      { name: 'Path', type: 'string', position: 0 },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'] },
      { name: 'Force', type: 'switch' },
      { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'] },
      { name: 'Encoding', type: 'encoding', validateSet: ENCODINGS },
      { name: 'Append', type: 'switch' },
      ...writerParams(),
    ],
    help: {
      synopsis: 'Converts objects into a series of CSV strings and saves the strings to a CSV file.',
      examples: [
        { code: 'Get-Mailbox | Select-Object Name, PrimarySmtpAddress | Export-Csv mailboxes.csv', remarks: 'A CSV file; written whole or not at all.' },
        { code: '$more | Export-Csv mailboxes.csv -Append', remarks: 'Adds rows under the existing header.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const opts = csvOptions(ctx);
    const enc = encodingOf(p.Encoding);
    const append = p.Append === true;
    // Rows stream into a staged file as they arrive (100,000 mailboxes are never held at once);
    // the file replaces the target only at the end, so a failure never leaves half a file.
    let state: 'waiting' | 'writing' | 'skipped' = 'waiting';
    let file: StagedFile | undefined;
    let header: string[] | undefined;
    let pending = '';
    let firstChunk = true;
    let appendingToExisting = false;
    const onAbort = () => void file?.discard();
    ctx.signal.addEventListener('abort', onAbort, { once: true });

    /** Checks the target and asks -WhatIf/-Confirm; the header to append under, or undefined to skip. */
    const prepare = async (first: unknown): Promise<{ target: string; there: boolean; existingHeader?: string[]; prefix: string } | undefined> => {
      const { paths } = pathArguments(ctx);
      if (paths.length === 0 || !paths[0]) {
        ctx.throwTerminating(
          cmdletError('Export-Csv', 'You must specify either the -Path or -LiteralPath parameters, but not both.', 'CannotSpecifyPathAndLiteralPath', 'InvalidData'),
        );
      }
      const target = resolvePath(ctx.session, paths[0]!);
      const there = await exists(target);
      if (there && p.NoClobber === true && !append) {
        ctx.writeError(cmdletError('Export-Csv', `The file '${target}' already exists.`, 'NoClobber', 'ResourceExists', target, 'System.IO.IOException'));
        return undefined;
      }
      if (!(await ctx.shouldProcess(target, 'Export-Csv'))) return undefined;
      let existingHeader: string[] | undefined;
      let prefix = '';
      if (append && there) {
        const old = decodeText(await fs.readFile(target), enc);
        const records = parseCsvRecords(old.replace(/^#TYPE[^\n]*\n/, ''), opts.delimiter);
        if (records.length > 0) existingHeader = records[0];
        if (old.length > 0 && !old.endsWith('\n')) prefix = '\n';
        if (existingHeader && p.Force !== true && first !== undefined) {
          const have = new Set(columnsOf(first).map((c) => c.toLowerCase()));
          const missing = existingHeader.find((h) => !have.has(h.toLowerCase()));
          if (missing !== undefined) {
            ctx.throwTerminating(
              cmdletError(
                'Export-Csv',
                `Cannot append CSV content to the following file: ${target}. The appended object does not have a property that corresponds to the following column: ${missing}. To continue with mismatched properties, add the -Force parameter, and then retry the command.`,
                'CannotAppendCsvWithMismatchedPropertyNames',
                'InvalidData',
                missing,
              ),
            );
          }
        }
      }
      return { target, there, existingHeader, prefix };
    };

    const flush = async (): Promise<void> => {
      if (!file || pending.length === 0) return;
      const text = pending;
      pending = '';
      // A BOM only at the start of a new file, never in the middle of an appended one.
      const data = firstChunk && !appendingToExisting ? encodeText(text, enc) : Buffer.from(text, enc.node);
      firstChunk = false;
      await file.write(data);
    };

    const failed = async (target: string, e: unknown): Promise<void> => {
      state = 'skipped';
      await file?.discard();
      if (!ctx.signal.aborted) ctx.writeError(fileSystemError('Export-Csv', target, e, 'Writing'));
    };

    const start = async (first: unknown): Promise<void> => {
      state = 'skipped';
      const ready = await prepare(first);
      if (!ready) return;
      header = ready.existingHeader ?? columnsOf(first);
      try {
        file = await StagedFile.open(ready.target, append && ready.there);
      } catch (e) {
        await failed(ready.target, e);
        return;
      }
      state = 'writing';
      appendingToExisting = append && ready.there;
      pending = ready.prefix;
      addRows(toCsv([first], { ...opts, existingHeader: ready.existingHeader }));
    };

    const addRows = (lines: string[]): void => {
      for (const l of lines) pending += l + '\n';
    };

    return {
      process(input) {
        const o = inputOf(ctx, input);
        if (o === undefined || o === null) return;
        rejectFormatRecord(ctx, 'Export-Csv', o);
        if (state === 'skipped') return;
        if (state === 'waiting') return start(o);
        addRows(toCsv([o], { ...opts, existingHeader: header }));
        if (pending.length >= 64 * 1024) return flush().catch((e: unknown) => failed(file!.target, e));
        return undefined;
      },
      async end() {
        ctx.signal.removeEventListener('abort', onAbort);
        if (state === 'writing') {
          try {
            await flush();
            await file!.commit();
          } catch (e) {
            await failed(file!.target, e);
          }
          return;
        }
        if (state === 'skipped') return;
        // Nothing was piped: pwsh still writes the (empty) file, and appends nothing.
        const ready = await prepare(undefined);
        if (!ready || append) return;
        try {
          await writeFileAtomic(ready.target, encodeText('', enc));
        } catch (e) {
          ctx.writeError(fileSystemError('Export-Csv', ready.target, e, 'Writing'));
        }
      },
    };
  },
};

const readerParams: ParameterMetadata[] = [
  { name: 'Delimiter', type: 'char', position: 1, parameterSets: ['DelimiterPath', 'DelimiterLiteralPath'] },
  { name: 'UseCulture', type: 'switch', mandatory: true, parameterSets: ['CulturePath', 'CultureLiteralPath'] },
  { name: 'Header', type: 'string[]' },
];

export const importCsv: CommandDefinition = {
  metadata: {
    ...UTILITY,
    name: 'Import-Csv',
    aliases: ['ipcsv'],
    defaultParameterSet: 'DelimiterPath',
    parameters: [
      { name: 'Path', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['DelimiterPath', 'CulturePath'] },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ['DelimiterLiteralPath', 'CultureLiteralPath'] },
      ...readerParams,
      { name: 'Encoding', type: 'encoding', validateSet: ENCODINGS },
    ],
    help: {
      synopsis: 'Creates table-like custom objects from the items in a character-separated value (CSV) file.',
      examples: [{ code: 'Import-Csv users.csv | ForEach-Object { $_.UserPrincipalName }', remarks: 'One object per row, properties from the header.' }],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      async process() {
        const { paths, literal } = pathArguments(ctx);
        for (const raw of paths) {
          const files = await expandPath(ctx.session, raw, literal);
          if (!literal && hasWildcard(raw) && files.length === 0) continue;
          for (const file of files) {
            let text: string;
            try {
              text = decodeText(await fs.readFile(file), encodingOf(p.Encoding));
            } catch (e) {
              ctx.writeError((e as NodeJS.ErrnoException).code === 'ENOENT' ? pathNotFound('Import-Csv', file) : fileSystemError('Import-Csv', file, e, 'Reading'));
              continue;
            }
            await ctx.writeEnumerated(fromCsv(text, { delimiter: delimiterOf(ctx), header: p.Header as string[] | undefined }));
          }
        }
      },
    };
  },
};

export const convertFromCsv: CommandDefinition = {
  metadata: {
    ...UTILITY,
    name: 'ConvertFrom-Csv',
    defaultParameterSet: 'Delimiter',
    parameters: [
      { name: 'InputObject', type: 'object[]', mandatory: true, position: 0, valueFromPipeline: true },
      { name: 'Delimiter', type: 'char', position: 1, parameterSets: ['Delimiter'] },
      { name: 'UseCulture', type: 'switch', mandatory: true, parameterSets: ['UseCulture'] },
      { name: 'Header', type: 'string[]' },
    ],
    help: {
      synopsis: 'Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.',
      examples: [{ code: "'a,b', '1,2' | ConvertFrom-Csv", remarks: 'One object with a=1, b=2.' }],
    },
  },
  create(ctx) {
    const lines: string[] = [];
    return {
      process(input) {
        const o = ctx.expectingInput ? input : ctx.params.InputObject;
        if (o === undefined || o === null) return;
        const e = typeof o === 'string' ? undefined : enumerate(o);
        if (e) for (const x of e) lines.push(toStringValue(x));
        else lines.push(toStringValue(o));
      },
      end() {
        if (lines.length === 0) return;
        return ctx.writeEnumerated(fromCsv(lines.join('\n'), { delimiter: delimiterOf(ctx), header: ctx.params.Header as string[] | undefined }));
      },
    };
  },
};

export const csvCommands = [convertToCsv, convertFromCsv, exportCsv, importCsv];
