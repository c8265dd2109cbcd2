// Start-Transcript / Stop-Transcript: the host copies what it shows (command lines, output, errors)
// to a file with pwsh's header and footer — the change record a consultant hands over. The host does
// the copying (HostServices.setTranscript) and redacts secrets from command lines; this file owns
// the file, its header and footer, and strips colours.
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CommandDefinition, SessionServices } from '../runtime/command.js';
import { cmdletError } from './cmdlet-errors.js';

const STATE = Symbol('transcript');

interface TranscriptState {
  path: string | undefined;
}

function state(session: SessionServices): TranscriptState {
  return session.sessionState<TranscriptState>(STATE, () => ({ path: undefined }));
}

const STARS = '**********************';

/** yyyyMMddHHmmss in local time, as pwsh's header writes it. */
function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

function user(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

function header(now: Date): string {
  const host = hostname();
  const who = `${host}\\${user()}`;
  // Host Application names the program only: pwsh puts the whole command line here, secrets and all.
  return [
    STARS,
    'PowerShell transcript start',
    `Start time: ${stamp(now)}`,
    `Username: ${who}`,
    `RunAs User: ${who}`,
    'Configuration Name: ',
    `Machine: ${host} (${process.platform})`,
    'Host Application: exosh',
    `Process ID: ${process.pid}`,
    'PSVersion: 7.4.0',
    'PSEdition: Core',
    STARS,
    '',
  ].join('\n');
}

function footer(now: Date): string {
  return [STARS, 'PowerShell transcript end', `End time: ${stamp(now)}`, STARS, ''].join('\n');
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

export const startTranscript: CommandDefinition = {
  metadata: {
    name: 'Start-Transcript',
    module: 'Microsoft.PowerShell.Host',
    commandType: 'Cmdlet',
    defaultParameterSet: 'ByPath',
    parameters: [
      { name: 'Path', type: 'string', position: 0, aliases: ['LiteralPath', 'OutputDirectory'] },
      { name: 'Append', type: 'switch' },
      { name: 'Force', type: 'switch' },
      { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'] },
      { name: 'IncludeInvocationHeader', type: 'switch' },
      { name: 'UseMinimalHeader', type: 'switch' },
    ],
    help: {
      synopsis: 'Creates a record of all or part of a PowerShell session to a text file.',
      description: 'Command lines (with secrets such as -AccessToken or -Password values redacted) and everything shown go to the file until Stop-Transcript.',
      examples: [{ code: 'Start-Transcript -Path ./change-1234.txt', remarks: 'Records the session to change-1234.txt.' }],
    },
  },
  create(ctx) {
    return {
      end() {
        const setTranscript = ctx.session.host.setTranscript;
        if (!setTranscript) {
          return ctx.throwTerminating(cmdletError('Start-Transcript', 'This host does not support transcription.', 'NotSupported', 'NotImplemented', null, 'System.Management.Automation.PSNotSupportedException'));
        }
        const s = state(ctx.session);
        const now = new Date();
        const given = ctx.params.Path as string | undefined;
        const home = (ctx.session.getVariable('HOME') as string | undefined) || ctx.session.cwd;
        const path = given
          ? resolve(ctx.session.cwd, given)
          : join(home, `PowerShell_transcript.${hostname()}.${Math.random().toString(36).slice(2, 10)}.${stamp(now)}.txt`);
        if (ctx.params.NoClobber === true && existsSync(path)) {
          ctx.throwTerminating(
            cmdletError('Start-Transcript', `The file '${path}' already exists.`, 'CannotStartTranscription,Microsoft.PowerShell.Commands.StartTranscriptCommand', 'ResourceExists', path, 'System.IO.IOException'),
          );
        }
        try {
          mkdirSync(dirname(path), { recursive: true });
          (ctx.params.Append === true ? appendFileSync : writeFileSync)(path, header(now));
        } catch (e) {
          ctx.throwTerminating(
            cmdletError('Start-Transcript', `Transcription cannot be started due to the error: ${e instanceof Error ? e.message : String(e)}`, 'CannotStartTranscription,Microsoft.PowerShell.Commands.StartTranscriptCommand', 'InvalidOperation', path, 'System.InvalidOperationException'),
          );
        }
        s.path = path;
        setTranscript((text) => {
          try {
            appendFileSync(path, text.replace(ANSI, ''));
          } catch {
            // A file that went away stops the record, not the shell.
          }
        });
        return ctx.write(`Transcript started, output file is ${path}`);
      },
    };
  },
};

export const stopTranscript: CommandDefinition = {
  metadata: {
    name: 'Stop-Transcript',
    module: 'Microsoft.PowerShell.Host',
    commandType: 'Cmdlet',
    parameters: [],
    help: { synopsis: 'Stops a transcript.', examples: [{ code: 'Stop-Transcript', remarks: 'Ends the record Start-Transcript began.' }] },
  },
  create(ctx) {
    return {
      end() {
        const s = state(ctx.session);
        const path = s.path;
        if (path === undefined || !ctx.session.host.setTranscript) {
          ctx.writeError(
            cmdletError('Stop-Transcript', 'An error occurred stopping transcription: The host is not currently transcribing.', 'CannotStopTranscription,Microsoft.PowerShell.Commands.StopTranscriptCommand', 'InvalidOperation', null, 'System.InvalidOperationException'),
          );
          return;
        }
        ctx.session.host.setTranscript(undefined);
        s.path = undefined;
        try {
          appendFileSync(path, footer(new Date()));
        } catch {
          // Reported by the next Start-Transcript if the folder is gone.
        }
        return ctx.write(`Transcript stopped, output file is ${path}`);
      },
    };
  },
};

export const transcriptCommands: CommandDefinition[] = [startTranscript, stopTranscript];
