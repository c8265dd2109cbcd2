// PowerShell drives: New-PSDrive -PSProvider FileSystem (a short name for a folder, `Reports:\x.csv`),
// Get-PSDrive and Remove-PSDrive. The drives live on the Session (SessionServices.sessionState);
// file-system paths that start with a drive's name resolve under its root.
import * as nodePath from 'node:path';
import { statSync } from 'node:fs';
import type { CommandDefinition, SessionServices } from '../runtime/command.js';
import { toStringValue } from '../runtime/conversions.js';
import { PSObject } from '../runtime/values.js';
import { registerView } from '../format/index.js';
import { cmdletError } from './cmdlet-errors.js';
import { PROVIDER_DRIVES, type ProviderKind } from './providers.js';
import { wildcardMatcher } from './wildcard.js';

interface FileSystemDrive {
  name: string;
  root: string;
  description: string;
}

const DRIVES = Symbol('PSDrive');

function drivesOf(session: SessionServices): Map<string, FileSystemDrive> {
  return session.sessionState(DRIVES, () => new Map<string, FileSystemDrive>());
}

/**
 * A path on a drive made by New-PSDrive, as the folder path it stands for; undefined when the path
 * names no such drive (then it is an ordinary path).
 */
export function driveRootPath(session: SessionServices, p: string): string | undefined {
  const m = /^([A-Za-z_][\w-]*):(?:[\\/](.*)|(.*))?$/s.exec(p);
  if (!m) return undefined;
  const drive = drivesOf(session).get(m[1]!.toLowerCase());
  if (!drive) return undefined;
  const rest = (m[2] ?? m[3] ?? '').replace(/\\/g, '/');
  return rest === '' ? drive.root : nodePath.join(drive.root, rest);
}

function providerInfo(name: string): PSObject {
  const o = PSObject.fromEntries(
    [
      ['Name', name],
      ['ModuleName', 'Microsoft.PowerShell.Core'],
    ],
    ['System.Management.Automation.ProviderInfo', 'System.Object'],
  );
  o.toStringHook = () => `Microsoft.PowerShell.Core\\${name}`;
  return o;
}

function driveInfo(name: string, provider: string, root: string, description: string): PSObject {
  return PSObject.fromEntries(
    [
      ['Name', name],
      ['Provider', providerInfo(provider)],
      ['Root', root],
      ['Description', description],
      ['CurrentLocation', ''],
    ],
    ['System.Management.Automation.PSDriveInfo', 'System.Object'],
  );
}

registerView('System.Management.Automation.PSDriveInfo', {
  kind: 'table',
  columns: [
    { label: 'Name', value: 'Name', width: 10 },
    { label: 'Provider', value: (o: unknown) => (o instanceof PSObject ? toStringValue((o.get('Provider') as PSObject | undefined)?.get('Name') ?? '') : ''), width: 12 },
    { label: 'Root', value: 'Root' },
  ],
});

/** Every drive as Get-PSDrive lists it: the file system's root, the built-in providers, then New-PSDrive's. */
function allDrives(session: SessionServices): PSObject[] {
  const out: PSObject[] = [];
  if (process.platform === 'win32') {
    const root = nodePath.parse(session.cwd).root;
    out.push(driveInfo(root.slice(0, 1).toUpperCase(), 'FileSystem', root, ''));
  } else {
    out.push(driveInfo('/', 'FileSystem', '/', 'root'));
  }
  for (const kind of ['Alias', 'Environment', 'Function', 'Variable'] as ProviderKind[]) out.push(driveInfo(PROVIDER_DRIVES[kind], kind, '', ''));
  for (const d of drivesOf(session).values()) out.push(driveInfo(d.name, 'FileSystem', d.root, d.description));
  return out.sort((a, b) => toStringValue(a.get('Name')).localeCompare(toStringValue(b.get('Name')), 'en-US'));
}

const CORE = { module: 'Microsoft.PowerShell.Management', commandType: 'Cmdlet' as const };

export const getPSDrive: CommandDefinition = {
  metadata: {
    ...CORE,
    name: 'Get-PSDrive',
    aliases: ['gdr'],
    parameters: [
      { name: 'Name', type: 'string[]', position: 0, valueFromPipelineByPropertyName: true },
      { name: 'PSProvider', type: 'string[]' },
      { name: 'Scope', type: 'string' },
    ],
    help: { synopsis: 'Gets drives in the current session.', examples: [{ code: 'Get-PSDrive -PSProvider FileSystem', remarks: 'The file-system drives, New-PSDrive ones included.' }] },
  },
  create(ctx) {
    return {
      async end() {
        const names = ctx.params.Name as string[] | undefined;
        const providers = ctx.params.PSProvider as string[] | undefined;
        const drives = allDrives(ctx.session);
        for (const name of names ?? ['*']) {
          const match = wildcardMatcher([name]);
          const hits = drives.filter((d) => match(toStringValue(d.get('Name'))) && (!providers || providers.some((p) => wildcardMatcher([p])(toStringValue((d.get('Provider') as PSObject).get('Name'))))));
          if (hits.length === 0 && !/[*?[]/.test(name)) {
            ctx.writeError(cmdletError('Get-PSDrive', `Cannot find drive. A drive with the name '${name}' does not exist.`, 'GetLocationNoMatchingDrive', 'ObjectNotFound', name, 'System.Management.Automation.DriveNotFoundException'));
            continue;
          }
          for (const d of hits) await ctx.write(d);
        }
      },
    };
  },
};

export const newPSDrive: CommandDefinition = {
  metadata: {
    ...CORE,
    name: 'New-PSDrive',
    aliases: ['ndr', 'mount'],
    supportsShouldProcess: true,
    parameters: [
      { name: 'Name', type: 'string', mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
      { name: 'PSProvider', type: 'string', mandatory: true, position: 1, valueFromPipelineByPropertyName: true },
      { name: 'Root', type: 'string', mandatory: true, position: 2, allowEmptyString: true, valueFromPipelineByPropertyName: true },
      { name: 'Description', type: 'string', valueFromPipelineByPropertyName: true },
      { name: 'Scope', type: 'string', valueFromPipelineByPropertyName: true },
      { name: 'Persist', type: 'switch' },
      { name: 'Credential', type: 'pscredential' },
    ],
    help: {
      synopsis: 'Creates a drive mapped to a folder.',
      examples: [{ code: 'New-PSDrive -Name Reports -PSProvider FileSystem -Root ~/reports; Get-ChildItem Reports:\\', remarks: 'Reports:\\x.csv is ~/reports/x.csv for every file cmdlet.' }],
    },
  },
  create(ctx) {
    return {
      async process() {
        const name = toStringValue(ctx.params.Name);
        const provider = toStringValue(ctx.params.PSProvider);
        const drives = drivesOf(ctx.session);
        if (!/^(Microsoft\.PowerShell\.Core\\)?FileSystem$/i.test(provider)) {
          ctx.writeError(cmdletError('New-PSDrive', `exosh can create FileSystem drives only; '${provider}' is not supported.`, 'NotSupported', 'NotImplemented', provider, 'System.Management.Automation.PSNotSupportedException'));
          return;
        }
        const taken = drives.has(name.toLowerCase()) || Object.values(PROVIDER_DRIVES).some((d) => d.toLowerCase() === name.toLowerCase());
        if (taken) {
          ctx.writeError(cmdletError('New-PSDrive', `A drive with the name '${name}' already exists.`, 'DriveAlreadyExists', 'ResourceExists', name, 'System.Management.Automation.SessionStateException'));
          return;
        }
        const rootText = toStringValue(ctx.params.Root);
        const root = driveRootPath(ctx.session, rootText) ?? nodePath.resolve(ctx.session.cwd, rootText.replace(/^~(?=$|[\\/])/, process.env.HOME ?? '~').replace(/\\/g, '/'));
        let isDir = false;
        try {
          isDir = statSync(root).isDirectory();
        } catch {
          isDir = false;
        }
        if (!isDir) {
          ctx.writeError(cmdletError('New-PSDrive', `Cannot find path '${root}' because it does not exist.`, 'DriveRootError', 'ReadError', root, 'System.IO.IOException'));
          return;
        }
        if (!(await ctx.shouldProcess(`Name: ${name} Provider: Microsoft.PowerShell.Core\\FileSystem Root: ${root}`, 'New drive'))) return;
        const description = toStringValue(ctx.params.Description ?? '');
        drives.set(name.toLowerCase(), { name, root, description });
        await ctx.write(driveInfo(name, 'FileSystem', root, description));
      },
    };
  },
};

export const removePSDrive: CommandDefinition = {
  metadata: {
    ...CORE,
    name: 'Remove-PSDrive',
    aliases: ['rdr'],
    supportsShouldProcess: true,
    parameters: [
      { name: 'Name', type: 'string[]', mandatory: true, position: 0 },
      { name: 'PSProvider', type: 'string[]' },
      { name: 'Scope', type: 'string' },
      { name: 'Force', type: 'switch' },
    ],
    help: { synopsis: 'Deletes a drive made by New-PSDrive.', examples: [{ code: 'Remove-PSDrive Reports', remarks: 'The folder itself is untouched.' }] },
  },
  create(ctx) {
    return {
      async process() {
        const drives = drivesOf(ctx.session);
        for (const name of ctx.params.Name as string[]) {
          const match = wildcardMatcher([name]);
          const hits = [...drives.values()].filter((d) => match(d.name));
          if (hits.length === 0) {
            ctx.writeError(cmdletError('Remove-PSDrive', `Cannot find drive. A drive with the name '${name}' does not exist.`, 'DriveNotFound', 'ObjectNotFound', name, 'System.Management.Automation.DriveNotFoundException'));
            continue;
          }
          for (const d of hits) if (await ctx.shouldProcess(`Name: ${d.name} Provider: Microsoft.PowerShell.Core\\FileSystem Root: ${d.root}`, 'Remove Drive')) drives.delete(d.name.toLowerCase());
        }
      },
    };
  },
};

export const driveCommands: CommandDefinition[] = [getPSDrive, newPSDrive, removePSDrive];
