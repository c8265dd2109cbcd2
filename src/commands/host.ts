// Read-Host / Get-Credential (prompt only with a terminal attached), Clear-Host, Start-Sleep.
import { abortableSleep } from '../runtime/async.js';
import type { CommandContext, CommandDefinition } from '../runtime/command.js';
import { PSObject } from '../runtime/values.js';
import { isSecureString, newCredential, newSecureString, secureStringText } from '../runtime/credentials.js';
import { toStringValue, enumerate } from '../runtime/conversions.js';
import { cmdletError } from './cmdlet-errors.js';

// The SecureString/PSCredential shapes live in the value layer; re-exported for existing callers.
export { isSecureString, newCredential, newSecureString, secureStringText } from '../runtime/credentials.js';

function requireTerminal(ctx: CommandContext, command: string): void {
  if (!ctx.session.host.interactive) {
    ctx.throwTerminating(
      cmdletError(
        command,
        'exosh is not attached to a terminal, so it cannot prompt for input. Pass the value as a parameter or variable instead.',
        'HostNotInteractive',
        'InvalidOperation',
        null,
        'System.Management.Automation.PSInvalidOperationException',
      ),
    );
  }
}

export const readHost: CommandDefinition = {
  metadata: {
    name: 'Read-Host',
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'AsString',
    parameters: [
      { name: 'Prompt', type: 'object', position: 0, valueFromRemainingArguments: true },
      { name: 'AsSecureString', type: 'switch', parameterSets: ['AsSecureString'] },
      { name: 'MaskInput', type: 'switch', parameterSets: ['AsString'] },
    ],
    help: {
      synopsis: 'Reads a line of input from the console.',
      examples: [{ code: '$name = Read-Host "Mailbox name"', remarks: 'Prompts "Mailbox name: " and returns the answer. Needs a terminal.' }],
    },
  },
  create(ctx) {
    return {
      async process() {
        requireTerminal(ctx, 'Read-Host');
        const raw = ctx.params.Prompt;
        const e = enumerate(raw);
        const prompt = raw === undefined ? '' : (e ? [...e].map((x) => toStringValue(x)).join(' ') : toStringValue(raw)) + ': ';
        const secret = ctx.params.AsSecureString === true || ctx.params.MaskInput === true;
        const answer = await ctx.session.host.readLine(prompt, { secret });
        await ctx.write(ctx.params.AsSecureString === true ? newSecureString(answer) : answer);
      },
    };
  },
};

export const getCredential: CommandDefinition = {
  metadata: {
    name: 'Get-Credential',
    module: 'Microsoft.PowerShell.Security',
    commandType: 'Cmdlet',
    defaultParameterSet: 'CredentialSet',
    parameters: [
      { name: 'Credential', type: 'object', position: 0, parameterSets: ['CredentialSet'] },
      { name: 'Message', type: 'string', parameterSets: ['MessageSet'] },
      { name: 'UserName', type: 'string', position: 0, parameterSets: ['MessageSet'] },
      { name: 'Title', type: 'string', parameterSets: ['MessageSet'] },
    ],
    help: {
      synopsis: 'Gets a credential object based on a user name and password.',
      examples: [{ code: '$cred = Get-Credential admin@contoso.com', remarks: 'Prompts for the password. Needs a terminal.' }],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      async process() {
        if (p.Credential instanceof PSObject && p.Credential.typeNames[0] === 'System.Management.Automation.PSCredential') {
          await ctx.write(p.Credential);
          return;
        }
        requireTerminal(ctx, 'Get-Credential');
        const host = ctx.session.host;
        if (p.Title !== undefined) ctx.writeHost(String(p.Title));
        ctx.writeHost('PowerShell credential request');
        ctx.writeHost(p.Message !== undefined ? String(p.Message) : 'Enter your credentials.');
        let user = (p.UserName as string | undefined) ?? (typeof p.Credential === 'string' ? p.Credential : undefined);
        if (!user) user = await host.readLine('User: ');
        const password = await host.readLine(`Password for user ${user}: `, { secret: true });
        await ctx.write(newCredential(user, newSecureString(password)));
      },
    };
  },
};

export const clearHost: CommandDefinition = {
  metadata: {
    name: 'Clear-Host',
    aliases: ['cls', 'clear'],
    module: 'Microsoft.PowerShell.Core',
    commandType: 'Function',
    parameters: [],
    help: {
      synopsis: 'Clears the display in the host program.',
      examples: [{ code: 'cls', remarks: 'Clears the terminal.' }],
    },
  },
  create(ctx) {
    return {
      process() {
        ctx.session.host.clear();
      },
    };
  },
};

export const startSleep: CommandDefinition = {
  metadata: {
    name: 'Start-Sleep',
    aliases: ['sleep'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Seconds',
    parameters: [
      { name: 'Seconds', type: 'double', position: 0, mandatory: true, parameterSets: ['Seconds'], valueFromPipeline: true, valueFromPipelineByPropertyName: true, validateRange: [0, 2147483.647] },
      { name: 'Milliseconds', type: 'int', aliases: ['ms'], mandatory: true, parameterSets: ['Milliseconds'], valueFromPipelineByPropertyName: true, validateRange: [0, 2147483647] },
      { name: 'Duration', type: 'timespan', aliases: ['ts'], mandatory: true, position: 0, parameterSets: ['FromTimeSpan'], valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    ],
    help: {
      synopsis: 'Suspends the activity in a script or session for the specified period of time.',
      examples: [{ code: 'Start-Sleep -Seconds 2', remarks: 'Waits two seconds; Ctrl+C stops the wait.' }],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      process(input) {
        let ms: number;
        if (p.Milliseconds !== undefined) ms = Number(p.Milliseconds);
        else if (p.Duration !== undefined) ms = Number((p.Duration as { ticks: number }).ticks) / 10_000;
        else ms = Number(ctx.expectingInput && !ctx.bound.has('Seconds') ? input : p.Seconds) * 1000;
        return abortableSleep(ms, ctx.signal);
      },
    };
  },
};

export const convertToSecureString: CommandDefinition = {
  metadata: {
    name: 'ConvertTo-SecureString',
    module: 'Microsoft.PowerShell.Security',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Secure',
    parameters: [
      { name: 'String', type: 'string', mandatory: true, position: 0, valueFromPipeline: true },
      { name: 'AsPlainText', type: 'switch', position: 1, parameterSets: ['PlainText'] },
      { name: 'Force', type: 'switch', position: 2, parameterSets: ['PlainText'] },
      { name: 'SecureKey', type: 'securestring', position: 1, parameterSets: ['Secure'] },
      { name: 'Key', type: 'object[]', parameterSets: ['Open'] },
    ],
    help: {
      synopsis: 'Converts plain text or encrypted strings to secure strings.',
      examples: [{ code: "$pw = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force", remarks: 'A SecureString from text (for -Credential and PSCredential).' }],
    },
  },
  create(ctx) {
    return {
      process() {
        if (ctx.params.AsPlainText !== true) {
          ctx.writeError(
            cmdletError(
              'ConvertTo-SecureString',
              'exosh cannot decrypt Windows-protected (DPAPI) secure strings. Use -AsPlainText, or read the secret with Read-Host -AsSecureString.',
              'ImportSecureString',
              'InvalidArgument',
              null,
              'System.NotSupportedException',
            ),
          );
          return;
        }
        return ctx.write(newSecureString(toStringValue(ctx.params.String ?? '')));
      },
    };
  },
};

export const convertFromSecureString: CommandDefinition = {
  metadata: {
    name: 'ConvertFrom-SecureString',
    module: 'Microsoft.PowerShell.Security',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Secure',
    parameters: [
      { name: 'SecureString', type: 'securestring', mandatory: true, position: 0, valueFromPipeline: true },
      { name: 'AsPlainText', type: 'switch', parameterSets: ['AsPlainText'] },
      { name: 'SecureKey', type: 'securestring', parameterSets: ['Secure'] },
      { name: 'Key', type: 'object[]', parameterSets: ['Open'] },
    ],
    help: {
      synopsis: 'Converts a secure string to an encrypted standard string (exosh: only -AsPlainText).',
      examples: [{ code: '$pw | ConvertFrom-SecureString -AsPlainText', remarks: 'The text of a SecureString.' }],
    },
  },
  create(ctx) {
    return {
      process(input) {
        const v = ctx.expectingInput ? input : ctx.params.SecureString;
        if (!isSecureString(v)) {
          ctx.writeError(cmdletError('ConvertFrom-SecureString', 'The input is not a SecureString.', 'ArgumentTypeMismatch', 'InvalidArgument', null));
          return;
        }
        if (ctx.params.AsPlainText !== true) {
          ctx.writeError(
            cmdletError(
              'ConvertFrom-SecureString',
              'exosh cannot encrypt secure strings with Windows data protection (DPAPI). Use -AsPlainText to get the text.',
              'ExportSecureString',
              'NotImplemented',
              null,
              'System.NotSupportedException',
            ),
          );
          return;
        }
        return ctx.write(secureStringText(v) ?? '');
      },
    };
  },
};

export const hostCommands = [readHost, getCredential, clearHost, startSleep, convertToSecureString, convertFromSecureString];
