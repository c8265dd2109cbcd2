// Write-Output / Write-Host / Write-Warning / Write-Error / Write-Verbose / Write-Debug /
// Write-Information / Write-Progress: each writes to its stream through the context.
import type { CommandContext, CommandDefinition, CommandInstance, ParameterMetadata } from '../runtime/command.js';
import { ErrorRecord, type ErrorCategory } from '../runtime/errors.js';
import { enumerate, toStringValue } from '../runtime/conversions.js';

const ERROR_CATEGORIES: string[] = [
  'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData',
  'InvalidOperation', 'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented', 'NotInstalled',
  'ObjectNotFound', 'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied',
  'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError', 'FromStdErr', 'SecurityError',
  'ProtocolError', 'ConnectionError', 'AuthenticationError', 'LimitsExceeded', 'QuotaExceeded', 'NotEnabled',
];

const COLORS = [
  'Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray', 'DarkGray', 'Blue',
  'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White',
];

function module(name: string) {
  return { module: 'Microsoft.PowerShell.Utility', commandType: 'Cmdlet' as const, name };
}

export const writeOutput: CommandDefinition = {
  metadata: {
    ...module('Write-Output'),
    aliases: ['echo', 'write'],
    parameters: [
      { name: 'InputObject', type: 'object[]', mandatory: true, position: 0, valueFromPipeline: true, valueFromRemainingArguments: true },
      { name: 'NoEnumerate', type: 'switch' },
    ],
    help: {
      synopsis: 'Writes the specified objects to the pipeline.',
      examples: [{ code: 'Write-Output "Hello"', remarks: 'Writes the string to the success stream.' }],
    },
  },
  create(ctx): CommandInstance {
    const noEnum = ctx.params.NoEnumerate === true;
    return {
      process(input) {
        const value = ctx.expectingInput ? input : ctx.params.InputObject;
        if (value === undefined) return;
        if (noEnum) return ctx.write(value);
        const e = enumerate(value);
        return e ? ctx.writeEnumerated(e) : ctx.write(value);
      },
    };
  },
};

function hostText(value: unknown, separator: string): string {
  const e = enumerate(value);
  if (!e) return toStringValue(value);
  return [...e].map((x) => hostText(x, separator)).join(separator);
}

export const writeHost: CommandDefinition = {
  metadata: {
    ...module('Write-Host'),
    parameters: [
      { name: 'Object', type: 'object', position: 0, valueFromPipeline: true, valueFromRemainingArguments: true },
      { name: 'NoNewline', type: 'switch' },
      { name: 'Separator', type: 'object' },
      { name: 'ForegroundColor', type: 'string', validateSet: COLORS },
      { name: 'BackgroundColor', type: 'string', validateSet: COLORS },
    ],
    help: {
      synopsis: 'Writes customized output to the host.',
      examples: [{ code: 'Write-Host "Done" -ForegroundColor Green', remarks: 'Green text on the console, not in the pipeline.' }],
    },
  },
  create(ctx): CommandInstance {
    const p = ctx.params;
    const sep = p.Separator === undefined ? ' ' : toStringValue(p.Separator);
    const options = {
      foregroundColor: p.ForegroundColor as string | undefined,
      backgroundColor: p.BackgroundColor as string | undefined,
      noNewline: p.NoNewline === true,
    };
    return {
      process(input) {
        const value = ctx.expectingInput ? input : p.Object;
        ctx.writeHost(value === undefined ? '' : hostText(value, sep), options);
      },
    };
  },
};

function messageCommand(
  name: string,
  synopsis: string,
  write: (ctx: CommandContext, message: string) => void,
): CommandDefinition {
  return {
    metadata: {
      ...module(name),
      parameters: [{ name: 'Message', type: 'string', aliases: ['Msg'], mandatory: true, position: 0, valueFromPipeline: true }],
      help: { synopsis, examples: [{ code: `${name} "Checking mailboxes"`, remarks: 'Writes the message to its stream.' }] },
    },
    create(ctx) {
      return {
        process(input) {
          const m = ctx.expectingInput ? input : ctx.params.Message;
          write(ctx, toStringValue(m ?? ''));
        },
      };
    },
  };
}

export const writeWarning = messageCommand('Write-Warning', 'Writes a warning message.', (c, m) => c.writeWarning(m));
export const writeVerbose = messageCommand('Write-Verbose', 'Writes text to the verbose message stream.', (c, m) => c.writeVerbose(m));
export const writeDebug = messageCommand('Write-Debug', 'Writes a debug message to the console.', (c, m) => c.writeDebug(m));

export const writeInformation: CommandDefinition = {
  metadata: {
    ...module('Write-Information'),
    parameters: [
      { name: 'MessageData', type: 'object', aliases: ['Msg', 'Message'], mandatory: true, position: 0 },
      { name: 'Tags', type: 'string[]', position: 1 },
    ],
    help: {
      synopsis: 'Specifies how PowerShell handles information stream data for a command.',
      examples: [{ code: "Write-Information 'Starting export' -Tags Progress", remarks: 'A record on the information stream (shown with -InformationAction Continue).' }],
    },
  },
  create(ctx) {
    return {
      process() {
        ctx.writeInformation(ctx.params.MessageData ?? null, ctx.params.Tags as string[] | undefined);
      },
    };
  },
};

const errorParams: ParameterMetadata[] = [
  { name: 'Message', type: 'string', aliases: ['Msg'], mandatory: true, position: 0, valueFromPipeline: true, parameterSets: ['NoException', 'WithException'] },
  { name: 'Exception', type: 'object', mandatory: true, parameterSets: ['WithException'] },
  { name: 'ErrorRecord', type: 'object', mandatory: true, parameterSets: ['ErrorRecord'] },
  { name: 'Category', type: 'string', validateSet: ERROR_CATEGORIES, parameterSets: ['NoException', 'WithException'] },
  { name: 'ErrorId', type: 'string', parameterSets: ['NoException', 'WithException'] },
  { name: 'TargetObject', type: 'object', parameterSets: ['NoException', 'WithException'] },
  { name: 'RecommendedAction', type: 'string' },
  { name: 'CategoryActivity', type: 'string', aliases: ['Activity'] },
  { name: 'CategoryReason', type: 'string', aliases: ['Reason'] },
  { name: 'CategoryTargetName', type: 'string', aliases: ['TargetName'] },
  { name: 'CategoryTargetType', type: 'string', aliases: ['TargetType'] },
];

export const writeError: CommandDefinition = {
  metadata: {
    ...module('Write-Error'),
    defaultParameterSet: 'NoException',
    parameters: errorParams,
    help: {
      synopsis: 'Writes an object to the error stream.',
      examples: [
        { code: 'Write-Error "Mailbox not found" -Category ObjectNotFound -ErrorId MailboxNotFound', remarks: 'A non-terminating error record.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      process(input) {
        if (p.ErrorRecord instanceof ErrorRecord) {
          ctx.writeError(p.ErrorRecord);
          return;
        }
        const message =
          ctx.expectingInput && !ctx.bound.has('Message')
            ? toStringValue(input)
            : p.Message !== undefined
              ? toStringValue(p.Message)
              : p.Exception instanceof Error
                ? p.Exception.message
                : toStringValue(p.Exception ?? '');
        const id = (p.ErrorId as string | undefined) ?? 'Microsoft.PowerShell.Commands.WriteErrorException';
        const category = canonicalCategory(p.Category as string | undefined);
        ctx.writeError(
          new ErrorRecord(
            message,
            id,
            category,
            p.TargetObject ?? null,
            'Write-Error',
            undefined,
            'Microsoft.PowerShell.Commands.WriteErrorException',
          ),
        );
      },
    };
  },
};

function canonicalCategory(c: string | undefined): ErrorCategory {
  if (!c) return 'NotSpecified';
  return (ERROR_CATEGORIES.find((x) => x.toLowerCase() === c.toLowerCase()) ?? 'NotSpecified') as ErrorCategory;
}

export const writeProgress: CommandDefinition = {
  metadata: {
    ...module('Write-Progress'),
    parameters: [
      { name: 'Activity', type: 'string', position: 0 },
      { name: 'Status', type: 'string', position: 1 },
      { name: 'Id', type: 'int', position: 2 },
      { name: 'PercentComplete', type: 'int', validateRange: [-1, 100] },
      { name: 'SecondsRemaining', type: 'int' },
      { name: 'CurrentOperation', type: 'string' },
      { name: 'ParentId', type: 'int' },
      { name: 'Completed', type: 'switch' },
      { name: 'SourceId', type: 'int' },
    ],
    help: {
      synopsis: 'Displays a progress bar within a PowerShell command window.',
      examples: [{ code: 'Write-Progress -Activity "Exporting" -PercentComplete 40', remarks: 'Shows a progress bar at 40%.' }],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      process() {
        ctx.writeProgress({
          activity: (p.Activity as string | undefined) ?? '',
          status: p.Status as string | undefined,
          percentComplete: p.PercentComplete as number | undefined,
          id: p.Id as number | undefined,
          completed: p.Completed === true,
        });
      },
    };
  },
};

export const writeCommands = [writeOutput, writeHost, writeWarning, writeError, writeVerbose, writeDebug, writeInformation, writeProgress];
