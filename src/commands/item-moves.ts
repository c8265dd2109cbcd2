// Copy-Item / Move-Item / Rename-Item on the file system: the everyday file moves of admin scripts,
// with pwsh's rules for where an item lands (into an existing folder, else at the destination path)
// and its wording when it cannot.
import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { CommandContext, CommandDefinition, ParameterMetadata } from '../runtime/command.js';
import { cmdletError, fileSystemError, isFileSystemError } from './cmdlet-errors.js';
import { existingPaths, resolvePath } from './file-system.js';
import { fileItem } from './paths.js';
import { wildcardMatcher } from './wildcard.js';

const MGMT = { module: 'Microsoft.PowerShell.Management', commandType: 'Cmdlet' as const };

const PATH_PARAMETERS: ParameterMetadata[] = [
  { name: 'Path', type: 'string[]', mandatory: true, position: 0, parameterSets: ['Path'], valueFromPipeline: true, valueFromPipelineByPropertyName: true },
  { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['LiteralPath'], valueFromPipelineByPropertyName: true },
  { name: 'Destination', type: 'string', position: 1, valueFromPipelineByPropertyName: true },
  { name: 'Filter', type: 'string' },
  { name: 'Include', type: 'string[]' },
  { name: 'Exclude', type: 'string[]' },
  { name: 'Force', type: 'switch' },
  { name: 'PassThru', type: 'switch' },
  { name: 'Credential', type: 'pscredential' },
];

async function statOrUndefined(p: string): Promise<Stats | undefined> {
  return fs.stat(p).catch(() => undefined);
}

/** An item given to an existing folder goes inside it; otherwise the destination is its new path. */
async function landingPath(source: string, destination: string): Promise<string> {
  const st = await statOrUndefined(destination);
  return st?.isDirectory() ? path.join(destination, path.basename(source)) : destination;
}

/** -Filter / -Include / -Exclude, matched against an item's name. */
function nameFilter(ctx: CommandContext): (full: string) => boolean {
  const filter = typeof ctx.params.Filter === 'string' ? wildcardMatcher([ctx.params.Filter]) : undefined;
  const include = (ctx.params.Include as string[] | undefined)?.length ? wildcardMatcher(ctx.params.Include as string[]) : undefined;
  const exclude = (ctx.params.Exclude as string[] | undefined)?.length ? wildcardMatcher(ctx.params.Exclude as string[]) : undefined;
  return (full) => {
    const name = path.basename(full);
    return !(exclude?.(name) || (include && !include(name)) || (filter && !filter(name)));
  };
}

function alreadyExists(commandName: string, errorId: string, target: string) {
  return cmdletError(commandName, `The file '${target}' already exists.`, errorId, 'WriteError', target, 'System.IO.IOException');
}

/** rename(2) cannot cross file systems; a copy then a removal can. */
async function moveAcross(source: string, target: string): Promise<void> {
  try {
    await fs.rename(source, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await fs.cp(source, target, { recursive: true, errorOnExist: true, force: false });
    await fs.rm(source, { recursive: true });
  }
}

// ------------------------------------------------------------------------------------------------
// Copy-Item

export const copyItem: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Copy-Item',
    aliases: ['copy', 'cpi', 'cp'],
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: [...PATH_PARAMETERS, { name: 'Recurse', type: 'switch' }, { name: 'Container', type: 'switch' }],
    help: {
      synopsis: 'Copies an item from one location to another.',
      examples: [
        { code: 'Copy-Item ./report.csv ./archive/', remarks: 'Copies a file into an existing folder.' },
        { code: 'Copy-Item ./reports ./reports-2024 -Recurse', remarks: 'Copies a folder and everything in it.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const wanted = nameFilter(ctx);
    return {
      async process() {
        const destination = resolvePath(ctx.session, (p.Destination as string | undefined) ?? '.');
        for await (const source of existingPaths(ctx, 'Copy-Item')) {
          if (!wanted(source)) continue;
          const target = await landingPath(source, destination);
          try {
            const st = await fs.stat(source);
            if (target === source) {
              ctx.writeError(cmdletError('Copy-Item', `Cannot overwrite the item ${source} with itself.`, 'CopyError', 'WriteError', source, 'System.IO.IOException'));
              continue;
            }
            const dir = st.isDirectory();
            if (!(await ctx.shouldProcess(`Item: ${source} Destination: ${target}`, dir ? 'Copy Directory' : 'Copy File'))) continue;
            if (dir) {
              const existing = await statOrUndefined(target);
              if (existing && !existing.isDirectory()) {
                ctx.writeError(cmdletError('Copy-Item', 'Container cannot be copied onto existing leaf item.', 'CopyContainerItemToLeafError', 'InvalidArgument', target, 'System.Management.Automation.PSArgumentException'));
                continue;
              }
              await fs.mkdir(target, { recursive: true });
              // Without -Recurse pwsh copies the folder itself and none of its contents.
              if (p.Recurse === true) await fs.cp(source, target, { recursive: true, force: true });
            } else {
              await fs.copyFile(source, target);
            }
            if (p.PassThru === true) await ctx.write(fileItem(target, await fs.stat(target)));
          } catch (e) {
            if (!isFileSystemError(e)) throw e;
            ctx.writeError(fileSystemError('Copy-Item', target, e, 'Writing'));
          }
        }
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Move-Item

export const moveItem: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Move-Item',
    aliases: ['move', 'mi', 'mv'],
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: [...PATH_PARAMETERS],
    help: {
      synopsis: 'Moves an item from one location to another.',
      examples: [
        { code: 'Move-Item ./report.csv ./archive/', remarks: 'Moves a file into an existing folder.' },
        { code: 'Move-Item ./draft.txt ./final.txt -Force', remarks: 'Moves over an existing file.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const wanted = nameFilter(ctx);
    return {
      async process() {
        const destination = resolvePath(ctx.session, (p.Destination as string | undefined) ?? '.');
        for await (const source of existingPaths(ctx, 'Move-Item')) {
          if (!wanted(source)) continue;
          const target = await landingPath(source, destination);
          try {
            const dir = (await fs.stat(source)).isDirectory();
            const existing = await statOrUndefined(target);
            if (existing && dir) {
              ctx.writeError(cmdletError('Move-Item', `An item with the specified name ${target} already exists.`, 'DirectoryExist', 'ResourceExists', target, 'System.IO.IOException'));
              continue;
            }
            if (existing && p.Force !== true) {
              ctx.writeError(alreadyExists('Move-Item', 'MoveFileInfoItemIOError', target));
              continue;
            }
            if (!(await ctx.shouldProcess(`Item: ${source} Destination: ${target}`, dir ? 'Move Directory' : 'Move File'))) continue;
            await moveAcross(source, target);
            if (p.PassThru === true) await ctx.write(fileItem(target, await fs.stat(target)));
          } catch (e) {
            if (!isFileSystemError(e)) throw e;
            ctx.writeError(fileSystemError('Move-Item', target, e, 'Writing'));
          }
        }
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Rename-Item

export const renameItem: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Rename-Item',
    aliases: ['ren', 'rni'],
    defaultParameterSet: 'ByPath',
    supportsShouldProcess: true,
    parameters: [
      { name: 'Path', type: 'string', mandatory: true, position: 0, parameterSets: ['ByPath'], valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['ByLiteralPath'], valueFromPipelineByPropertyName: true },
      { name: 'NewName', type: 'string', mandatory: true, position: 1, valueFromPipelineByPropertyName: true },
      { name: 'Force', type: 'switch' },
      { name: 'PassThru', type: 'switch' },
      { name: 'Credential', type: 'pscredential' },
    ],
    help: {
      synopsis: 'Renames an item.',
      examples: [{ code: "Get-ChildItem *.log | Rename-Item -NewName { $_.Name -replace '\\.log$', '.txt' }", remarks: 'Renames every .log file to .txt.' }],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      async process() {
        for await (const source of existingPaths(ctx, 'Rename-Item')) {
          const newName = String(p.NewName);
          const parent = path.dirname(source);
          // A new name may spell out the same folder (./new.txt) but never move the item elsewhere.
          const target = path.resolve(parent, newName);
          if (path.dirname(target) !== parent) {
            ctx.writeError(cmdletError('Rename-Item', 'Cannot rename the specified target, because it represents a path or device name.', 'Argument', 'InvalidArgument', source, 'System.Management.Automation.PSArgumentException'));
            continue;
          }
          try {
            const dir = (await fs.stat(source)).isDirectory();
            if (target !== source && (await statOrUndefined(target))) {
              ctx.writeError(alreadyExists('Rename-Item', 'RenameItemIOError', target));
              continue;
            }
            if (!(await ctx.shouldProcess(`Item: ${source} Destination: ${target}`, dir ? 'Rename Directory' : 'Rename File'))) continue;
            await fs.rename(source, target);
            if (p.PassThru === true) await ctx.write(fileItem(target, await fs.stat(target)));
          } catch (e) {
            if (!isFileSystemError(e)) throw e;
            ctx.writeError(fileSystemError('Rename-Item', target, e, 'Writing'));
          }
        }
      },
    };
  },
};

export const itemMoveCommands = [copyItem, moveItem, renameItem];
