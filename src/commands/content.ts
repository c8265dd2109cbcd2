// Get-Content / Set-Content / Add-Content / Clear-Content on files relative to session.cwd.
import { createReadStream, promises as fs } from 'node:fs';
import * as readline from 'node:readline';
import type { CommandContext, CommandDefinition, CommandInstance, ParameterMetadata } from '../runtime/command.js';
import { enumerate, toStringValue } from '../runtime/conversions.js';
import { cmdletError, fileSystemError, isFileSystemError, pathNotFound } from './cmdlet-errors.js';
import { decodeText, encodeText, encodingOf, ENCODINGS, existingPaths, expandPath, pathArguments, splitLines, writeFileAtomic } from './file-system.js';
import { hasWildcard } from './wildcard.js';
import { displayPath, providerItems, providerPath, type ProviderPath } from './providers.js';

const pathParams = (valueFromPipeline: boolean): ParameterMetadata[] => [
  { name: 'Path', type: 'string[]', mandatory: true, position: 0, parameterSets: ['Path'], valueFromPipelineByPropertyName: true, valueFromPipeline: valueFromPipeline || undefined },
  { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['LiteralPath'], valueFromPipelineByPropertyName: true },
  { name: 'Filter', type: 'string' },
  { name: 'Include', type: 'string[]' },
  { name: 'Exclude', type: 'string[]' },
  { name: 'Force', type: 'switch' },
  { name: 'Credential', type: 'pscredential' },
];

/** Existing files for the given paths; writes PathNotFound for a missing literal path. */
async function filesFor(ctx: CommandContext, name: string, unmatchedWildcardIsError = false, only?: string[]): Promise<string[]> {
  const out: string[] = [];
  const { paths, literal } = pathArguments(ctx);
  for (const raw of only ?? paths) {
    const before = out.length;
    for await (const file of existingPaths(ctx, name, [raw])) out.push(file);
    // A wildcard that matches nothing is an error for Get-Content (not for Clear-Content or Get-Item).
    if (unmatchedWildcardIsError && out.length === before && !literal && hasWildcard(raw)) {
      ctx.writeError(
        cmdletError(name, `An object at the specified path ${raw} does not exist, or has been filtered by the -Include or -Exclude parameter.`, 'ItemNotFound', 'ObjectNotFound', raw, 'System.Exception'),
      );
    }
  }
  return out;
}

export const getContent: CommandDefinition = {
  metadata: {
    name: 'Get-Content',
    aliases: ['gc', 'cat', 'type'],
    module: 'Microsoft.PowerShell.Management',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Path',
    parameters: [
      ...pathParams(false),
      { name: 'ReadCount', type: 'long', valueFromPipelineByPropertyName: true },
      { name: 'TotalCount', type: 'long', aliases: ['First', 'Head'], valueFromPipelineByPropertyName: true },
      { name: 'Tail', type: 'int', aliases: ['Last'], valueFromPipelineByPropertyName: true },
      { name: 'Delimiter', type: 'string' },
      { name: 'Wait', type: 'switch' },
      { name: 'Raw', type: 'switch' },
      { name: 'Encoding', type: 'encoding', validateSet: ENCODINGS },
      { name: 'AsByteStream', type: 'switch' },
      { name: 'Stream', type: 'string' },
    ],
    help: {
      synopsis: 'Gets the content of the item at the specified location.',
      examples: [
        { code: 'Get-Content users.txt', remarks: 'One string per line.' },
        { code: 'Get-Content log.txt -Tail 10', remarks: 'The last ten lines.' },
        { code: 'Get-Content config.json -Raw | ConvertFrom-Json', remarks: 'The whole file as one string.' },
      ],
    },
  },
  create(ctx): CommandInstance {
    const p = ctx.params;
    const enc = encodingOf(p.Encoding);
    const total = p.TotalCount as number | undefined;
    const tail = p.Tail as number | undefined;
    const readCount = (p.ReadCount as number | undefined) ?? 1;
    return {
      async process() {
        // pwsh reads nothing, and so reports no missing file, for -TotalCount 0.
        if (total === 0) return;
        const { paths, literal } = pathArguments(ctx);
        for (const raw of paths) {
          const provider = providerPath(raw);
          if (provider) await writeProviderValues(provider, literal);
          else for (const file of await filesFor(ctx, 'Get-Content', true, [raw])) await readFile(file);
        }
      },
    };

    async function readFile(file: string) {
      if (ctx.signal.aborted) return;
      try {
        const st = await fs.stat(file);
        if (st.isDirectory()) {
          ctx.writeError(
            cmdletError(
              'Get-Content',
              `Unable to get content because it is a directory: '${file}'. Please use 'Get-ChildItem' instead.`,
              'GetContentReaderUnauthorizedAccessError',
              'PermissionDenied',
              file,
              'System.UnauthorizedAccessException',
            ),
          );
          return;
        }
        if (p.AsByteStream === true) {
          const bytes = [...(await fs.readFile(file))];
          await ctx.writeEnumerated(total !== undefined && total >= 0 ? bytes.slice(0, total) : bytes);
          return;
        }
        if (p.Raw === true) {
          const text = decodeText(await fs.readFile(file), enc);
          await ctx.write(text.length === 0 ? null : text);
          return;
        }
        if (tail !== undefined || p.Delimiter !== undefined || enc.node !== 'utf8' || (await startsWithUtf16Bom(file))) {
          const text = decodeText(await fs.readFile(file), enc);
          let lines = p.Delimiter !== undefined ? splitDelimited(text, String(p.Delimiter)) : splitLines(text);
          if (total !== undefined && total >= 0) lines = lines.slice(0, total);
          if (tail !== undefined && tail >= 0) lines = tail === 0 ? [] : lines.slice(-tail);
          await emitLines(lines);
          return;
        }
        await streamLines(file);
      } catch (e) {
        if (!isFileSystemError(e)) throw e;
        ctx.writeError(fileSystemError('Get-Content', file, e, 'Reading'));
      }
    }

    /** env:NAME, variable:x...: each item's value, as the provider's content reader gives it. */
    async function writeProviderValues(provider: ProviderPath, literal: boolean) {
      const items = providerItems(ctx, provider, literal);
      if (items.length === 0 && (literal || !hasWildcard(provider.name))) {
        ctx.writeError(pathNotFound('Get-Content', displayPath(provider)));
        return;
      }
      for (const item of items) await ctx.write(item.get('Value'));
    }

    async function emitLines(lines: string[]) {
      if (readCount <= 0) return ctx.write(lines);
      if (readCount === 1) return ctx.writeEnumerated(lines);
      for (let i = 0; i < lines.length; i += readCount) await ctx.write(lines.slice(i, i + readCount));
    }

    async function streamLines(file: string) {
      const stream = createReadStream(file, { encoding: 'utf8' });
      const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
      let n = 0;
      let batch: string[] = [];
      const all: string[] = [];
      try {
        for await (let line of rl) {
          if (n === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
          if (total !== undefined && total >= 0 && n >= total) break;
          n++;
          if (readCount === 1) await ctx.write(line);
          else if (readCount <= 0) all.push(line);
          else {
            batch.push(line);
            if (batch.length === readCount) {
              await ctx.write(batch);
              batch = [];
            }
          }
          if (ctx.signal.aborted) break;
        }
      } finally {
        rl.close();
        stream.destroy();
      }
      if (batch.length) await ctx.write(batch);
      if (readCount <= 0 && all.length) await ctx.write(all);
    }
  },
};

/** UTF-16 files (Windows' "Unicode") announce themselves with a BOM; they cannot be read line by line as UTF-8. */
async function startsWithUtf16Bom(file: string): Promise<boolean> {
  const h = await fs.open(file, 'r');
  try {
    const b = Buffer.alloc(2);
    const { bytesRead } = await h.read(b, 0, 2, 0);
    return bytesRead === 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
  } finally {
    await h.close();
  }
}

function splitDelimited(text: string, delimiter: string): string[] {
  if (!delimiter) return [text];
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const i = text.indexOf(delimiter, start);
    if (i < 0) break;
    // pwsh 7 drops the delimiter from each piece (5.1 kept it).
    out.push(text.slice(start, i));
    start = i + delimiter.length;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

function writerParams(): ParameterMetadata[] {
  return [
    ...pathParams(false),
    { name: 'Value', type: 'object[]', mandatory: true, position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'PassThru', type: 'switch' },
    { name: 'NoNewline', type: 'switch' },
    { name: 'Encoding', type: 'encoding', validateSet: ENCODINGS },
    { name: 'AsByteStream', type: 'switch' },
    { name: 'Stream', type: 'string' },
  ];
}

function contentWriter(name: 'Set-Content' | 'Add-Content') {
  return (ctx: CommandContext): CommandInstance => {
    const p = ctx.params;
    const values: unknown[] = [];
    return {
      process(input) {
        const v = ctx.expectingInput && !ctx.bound.has('Value') ? input : p.Value;
        const e = enumerate(v);
        if (e) for (const x of e) values.push(x);
        else if (v !== undefined) values.push(v);
      },
      async end() {
        const { paths, literal } = pathArguments(ctx);
        const enc = encodingOf(p.Encoding);
        const noNewline = p.NoNewline === true;
        // `Set-Content x -Value $null` (or `$null | Set-Content x`) leaves an empty file, not a blank line.
        const lines = values.every((v) => v === null || v === undefined) ? [] : values;
        const text = lines.map((v) => toStringValue(v) + (noNewline ? '' : '\n')).join('');
        for (const raw of paths) {
          const targets = await expandPath(ctx.session, raw, literal);
          if (targets.length === 0) {
            ctx.writeError(pathNotFound(name, raw));
            continue;
          }
          for (const target of targets) {
            if (!(await ctx.shouldProcess(`Path: ${target}`, name === 'Set-Content' ? 'Set Content' : 'Add Content'))) continue;
            try {
              let data = encodeText(text, enc);
              let append = false;
              if (name === 'Add-Content') {
                append = true;
                // .NET's appending writer emits no BOM into a file that already has content.
                const size = await fs.stat(target).then((s) => s.size, () => 0);
                if (size > 0) data = Buffer.from(text, enc.node);
              }
              if (p.AsByteStream === true) data = Buffer.from(values.map((v) => Number(v) & 0xff));
              await writeFileAtomic(target, data, append);
              if (p.PassThru === true) await ctx.writeEnumerated(values);
            } catch (e) {
              if (!isFileSystemError(e)) throw e;
              ctx.writeError(fileSystemError(name, target, e, 'Writing'));
            }
          }
        }
      },
    };
  };
}

export const setContent: CommandDefinition = {
  metadata: {
    name: 'Set-Content',
    module: 'Microsoft.PowerShell.Management',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: writerParams(),
    help: {
      synopsis: 'Writes new content or replaces existing content in a file.',
      examples: [{ code: "Set-Content -Path out.txt -Value 'first', 'second'", remarks: 'Two lines; the file is replaced.' }],
    },
  },
  create: contentWriter('Set-Content'),
};

export const addContent: CommandDefinition = {
  metadata: {
    name: 'Add-Content',
    aliases: ['ac'],
    module: 'Microsoft.PowerShell.Management',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: writerParams(),
    help: {
      synopsis: 'Adds content to the specified items, such as adding words to a file.',
      examples: [{ code: "Add-Content -Path log.txt -Value 'done'", remarks: 'Appends a line.' }],
    },
  },
  create: contentWriter('Add-Content'),
};

export const clearContent: CommandDefinition = {
  metadata: {
    name: 'Clear-Content',
    aliases: ['clc'],
    module: 'Microsoft.PowerShell.Management',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: pathParams(false),
    help: {
      synopsis: 'Deletes the contents of an item, but does not delete the item.',
      examples: [{ code: 'Clear-Content ./log.txt', remarks: 'The file stays, empty.' }],
    },
  },
  create(ctx) {
    return {
      async process() {
        for (const file of await filesFor(ctx, 'Clear-Content')) {
          if (!(await ctx.shouldProcess(`Item: ${file}`, 'Clear Content'))) continue;
          try {
            await writeFileAtomic(file, Buffer.alloc(0));
          } catch (e) {
            ctx.writeError(fileSystemError('Clear-Content', file, e, 'Writing'));
          }
        }
      },
    };
  },
};

export const contentCommands = [getContent, setContent, addContent, clearContent];
