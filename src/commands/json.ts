// ConvertTo-Json / ConvertFrom-Json over VALUES' PowerShell 7 JSON serialiser and parser.
import type { CommandDefinition } from '../runtime/command.js';
import { RuntimeError } from '../runtime/errors.js';
import { toStringValue } from '../runtime/conversions.js';
import { fromJson, toJson } from '../format/json.js';
import { inputOf } from './pipeline-input.js';
import { cmdletError } from './cmdlet-errors.js';

export const convertToJson: CommandDefinition = {
  metadata: {
    name: 'ConvertTo-Json',
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [
      { name: 'InputObject', type: 'object', mandatory: true, position: 0, valueFromPipeline: true },
      { name: 'Depth', type: 'int', validateRange: [0, 100] },
      { name: 'Compress', type: 'switch' },
      { name: 'EnumsAsStrings', type: 'switch' },
      { name: 'AsArray', type: 'switch' },
      { name: 'EscapeHandling', type: 'string', validateSet: ['Default', 'EscapeNonAscii', 'EscapeHtml'] },
    ],
    help: {
      synopsis: 'Converts an object to a JSON-formatted string.',
      examples: [
        { code: 'Get-Mailbox admin | Select-Object Name, Alias | ConvertTo-Json', remarks: 'One object as a JSON object.' },
        { code: '@{a=1; b=@(1,2)} | ConvertTo-Json -Compress', remarks: '{"a":1,"b":[1,2]}' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const objects: unknown[] = [];
    let any = false;
    return {
      process(input) {
        const o = inputOf(ctx, input);
        if (o === undefined) return;
        any = true;
        objects.push(o);
      },
      end() {
        if (!any) return;
        const value = objects.length === 1 ? objects[0] : objects;
        const text = toJson(value === undefined ? null : value, {
          depth: p.Depth as number | undefined,
          compress: p.Compress === true,
          asArray: p.AsArray === true,
          enumsAsStrings: p.EnumsAsStrings === true,
          onWarning: (m) => ctx.writeWarning(m),
        });
        return ctx.write(text);
      },
    };
  },
};

export const convertFromJson: CommandDefinition = {
  metadata: {
    name: 'ConvertFrom-Json',
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [
      { name: 'InputObject', type: 'string', mandatory: true, position: 0, valueFromPipeline: true },
      { name: 'AsHashtable', type: 'switch' },
      { name: 'Depth', type: 'int', validateRange: [1, 2147483647] },
      { name: 'NoEnumerate', type: 'switch' },
      { name: 'DateKind', type: 'string', validateSet: ['Default', 'Local', 'Utc', 'Offset', 'String'] },
    ],
    help: {
      synopsis: 'Converts a JSON-formatted string to a custom object or a hash table.',
      examples: [
        { code: "Get-Content settings.json -Raw | ConvertFrom-Json", remarks: 'PSCustomObjects from a JSON file.' },
        { code: "'{\"a\":1}' | ConvertFrom-Json -AsHashtable", remarks: 'A hashtable instead of an object.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const buffer: string[] = [];
    const options = {
      asHashtable: p.AsHashtable === true,
      noEnumerate: p.NoEnumerate === true,
      depth: p.Depth as number | undefined,
      dateKind: (String(p.DateKind ?? 'Default').toLowerCase() === 'string' ? 'String' : 'Default') as 'Default' | 'String',
    };
    const emit = (text: string) => {
      const v = fromJson(text, options);
      if (v === undefined) return;
      if (Array.isArray(v) && !options.noEnumerate) return ctx.writeEnumerated(v);
      return ctx.write(v);
    };
    return {
      process(input) {
        const o = inputOf(ctx, input);
        if (o !== undefined && o !== null) buffer.push(toStringValue(o));
      },
      async end() {
        if (buffer.length === 0) return;
        if (buffer.length === 1) return emit(buffer[0]!);
        // Several strings: each is a JSON document, unless the first is not (then they are lines of one).
        let firstOk = true;
        try {
          await emit(buffer[0]!);
        } catch (e) {
          if (!(e instanceof RuntimeError)) throw e;
          firstOk = false;
        }
        if (firstOk) for (const t of buffer.slice(1)) await emit(t);
        else await emit(buffer.join('\n'));
      },
    };
  },
};

/**
 * Test-Json: whether each text is one JSON document, by the strict grammar of System.Text.Json
 * (no comments or trailing commas; JSON.parse's). JSON schemas (-Schema, -SchemaFile) are not checked.
 */
export const testJson: CommandDefinition = {
  metadata: {
    name: 'Test-Json',
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [
      { name: 'Json', type: 'string', mandatory: true, position: 0, valueFromPipeline: true },
    ],
    help: {
      synopsis: 'Tests whether a string is a valid JSON document.',
      examples: [{ code: "Get-Content settings.json -Raw | Test-Json", remarks: 'True when the file is valid JSON.' }],
    },
  },
  create(ctx) {
    return {
      process(input) {
        const text = String(ctx.expectingInput && !ctx.bound.has('Json') ? toStringValue(input) : ctx.params.Json);
        try {
          JSON.parse(text);
        } catch {
          ctx.writeError(cmdletError('Test-Json', 'Cannot parse the JSON.', 'InvalidJson', 'InvalidData', text, 'System.Exception'));
          return ctx.write(false);
        }
        return ctx.write(true);
      },
    };
  },
};

export const jsonCommands = [convertToJson, convertFromJson, testJson];
