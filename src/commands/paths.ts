// Join-Path / Split-Path / Test-Path / Resolve-Path / Get-Location / Get-ChildItem / New-Item /
// Remove-Item: files and folders only, relative paths against session.cwd.
import { promises as fs, rmdirSync, statSync, unlinkSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { CommandContext, CommandDefinition, CommandInstance, ParameterMetadata } from '../runtime/command.js';
import { PSObject, PSDateTime, type PSProperty } from '../runtime/values.js';
import { toStringValue } from '../runtime/conversions.js';
import { cmdletError, fileSystemError, isFileSystemError, pathNotFound } from './cmdlet-errors.js';
import { encodeText, encodingOf, exists, existingPaths, expandPath, pathArguments, resolvePath } from './file-system.js';
import { hasWildcard, wildcardMatcher } from './wildcard.js';
import { displayPath, providerPath, removeProviderItems, setProviderItem, testProviderPath, writeProviderItems } from './providers.js';

const MGMT = { module: 'Microsoft.PowerShell.Management', commandType: 'Cmdlet' as const };

/** A FileInfo / DirectoryInfo as Get-ChildItem and New-Item return them. */
export function fileItem(full: string, st: Stats): PSObject {
  const dir = st.isDirectory();
  const name = path.basename(full) || full;
  const ext = dir ? '' : path.extname(name);
  const entries: [string, unknown][] = [
    ['Mode', dir ? 'd----' : '-a---'],
    ['LastWriteTime', new PSDateTime(st.mtimeMs, 'Local')],
  ];
  if (!dir) entries.push(['Length', st.size]);
  entries.push(
    ['Name', name],
    ['FullName', full],
    ['PSPath', full],
    ['PSIsContainer', dir],
    ['Extension', ext],
    ['BaseName', dir ? name : name.slice(0, name.length - ext.length)],
    [dir ? 'Parent' : 'DirectoryName', path.dirname(full)],
    ...(dir ? [] : ([['Directory', null]] as [string, unknown][])),
    ['Exists', true],
    ['CreationTime', new PSDateTime(st.birthtimeMs || st.ctimeMs, 'Local')],
    ['LastAccessTime', new PSDateTime(st.atimeMs, 'Local')],
    ['Attributes', dir ? 'Directory' : 'Archive'],
  );
  const types = dir
    ? ['System.IO.DirectoryInfo', 'System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object']
    : ['System.IO.FileInfo', 'System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object'];
  const item = PSObject.fromEntries(entries, types);
  // The folder is a DirectoryInfo in pwsh, made only when asked for so that a listing stays cheap.
  if (dir) item.props.set('parent', PARENT_PROPERTY);
  else item.props.set('directory', DIRECTORY_PROPERTY);
  // FileInfo.ToString() is the full path (what "$file" gives).
  item.toStringHook = () => full;
  item.methods = new Map([
    ['delete', { name: 'Delete', definition: 'void Delete()', invoke: () => void (dir ? rmdirSync(full) : unlinkSync(full)) }],
  ]);
  return item;
}

/** A DirectoryInfo reached through a property: a .NET object, without the provider's PS* notes. */
function folderItem(p: string): PSObject | null {
  let item: PSObject;
  try {
    item = fileItem(p, statSync(p));
  } catch {
    return null;
  }
  item.props.delete('pspath');
  item.props.delete('psiscontainer');
  return item;
}
const containingFolder = (self: PSObject): PSObject | null => {
  const full = String(self.get('FullName'));
  const parent = path.dirname(full);
  return parent === full ? null : folderItem(parent);
};
const PARENT_PROPERTY: PSProperty = { kind: 'script', name: 'Parent', getter: containingFolder };
const DIRECTORY_PROPERTY: PSProperty = { kind: 'script', name: 'Directory', getter: containingFolder };

// ------------------------------------------------------------------------------------------------
// Join-Path

export const joinPath: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Join-Path',
    parameters: [
      { name: 'Path', type: 'string[]', aliases: ['PSPath'], mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
      { name: 'ChildPath', type: 'string', position: 1, valueFromPipelineByPropertyName: true },
      { name: 'AdditionalChildPath', type: 'string[]', position: 2, valueFromRemainingArguments: true },
      { name: 'Resolve', type: 'switch' },
      { name: 'Credential', type: 'pscredential' },
      { name: 'Extension', type: 'string' },
    ],
    help: {
      synopsis: 'Combines a path and a child path into a single path.',
      examples: [{ code: 'Join-Path $HOME reports "mailboxes.csv"', remarks: 'A path with / between the parts.' }],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      async process() {
        const parts = [p.ChildPath as string | undefined, ...((p.AdditionalChildPath as string[] | undefined) ?? [])].filter(
          (x): x is string => x !== undefined && x !== null && x !== '',
        );
        for (const base of (p.Path as string[]) ?? []) {
          let joined = joinParts(base, parts);
          if (p.Extension !== undefined) {
            const ext = String(p.Extension);
            const dot = ext === '' || ext.startsWith('.') ? ext : '.' + ext;
            joined = joined.slice(0, joined.length - path.extname(joined).length) + dot;
          }
          if (p.Resolve === true) {
            const found = await expandPath(ctx.session, joined);
            if (found.length === 0 || !(await exists(found[0]!))) {
              ctx.writeError(pathNotFound('Join-Path', resolvePath(ctx.session, joined)));
              continue;
            }
            await ctx.writeEnumerated(found);
          } else await ctx.write(joined);
        }
      },
    };
  },
};

function joinParts(base: string, parts: string[]): string {
  let out = base;
  for (const part of parts) {
    const a = out.replace(/[\\/]+$/, '');
    const b = part.replace(/^[\\/]+/, '');
    out = a === '' && out.length > 0 ? '/' + b : `${a}/${b}`;
  }
  return out.replace(/\\/g, '/');
}

// ------------------------------------------------------------------------------------------------
// Split-Path

const SPLIT_SWITCHES: [string, string][] = [
  ['Parent', 'ParentSet'],
  ['Leaf', 'LeafSet'],
  ['LeafBase', 'LeafBaseSet'],
  ['Extension', 'ExtensionSet'],
  ['Qualifier', 'QualifierSet'],
  ['NoQualifier', 'NoQualifierSet'],
  ['IsAbsolute', 'IsAbsoluteSet'],
];

export const splitPath: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Split-Path',
    defaultParameterSet: 'ParentSet',
    parameters: [
      { name: 'Path', type: 'string[]', mandatory: true, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], valueFromPipelineByPropertyName: true },
      ...SPLIT_SWITCHES.map(([name, set]): ParameterMetadata => ({ name, type: 'switch', parameterSets: [set], mandatory: name !== 'Parent' })),
      { name: 'Resolve', type: 'switch' },
      { name: 'Credential', type: 'pscredential' },
    ],
    help: {
      synopsis: 'Returns the specified part of a path.',
      examples: [
        { code: 'Split-Path /tmp/reports/a.csv', remarks: '/tmp/reports' },
        { code: 'Split-Path /tmp/reports/a.csv -Leaf', remarks: 'a.csv' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      process(input) {
        const out: unknown[] = [];
        const write = (v: unknown) => void out.push(v);
        const paths = ctx.expectingInput && !ctx.bound.has('Path') && !ctx.bound.has('LiteralPath') ? [toStringValue(input)] : (pathArguments(ctx).paths);
        for (const raw of paths) {
          const norm = raw.replace(/\\/g, '/');
          const trimmed = norm.length > 1 ? norm.replace(/\/+$/, '') : norm;
          const leaf = trimmed.slice(trimmed.lastIndexOf('/') + 1);
          if (p.Leaf === true) write(leaf);
          else if (p.LeafBase === true) write(leaf.includes('.') ? leaf.slice(0, leaf.lastIndexOf('.')) : leaf);
          else if (p.Extension === true) write(leaf.includes('.') ? leaf.slice(leaf.lastIndexOf('.')) : '');
          else if (p.Qualifier === true) {
            const m = /^([A-Za-z]+:)/.exec(norm);
            if (m) write(m[1]);
            else if (norm.startsWith('/')) write('/');
            else
              ctx.writeError(
                cmdletError('Split-Path', `Cannot parse path because path '${raw}' does not have a qualifier specified.`, 'ParsePathFormatError', 'InvalidArgument', raw),
              );
          } else if (p.NoQualifier === true) write(norm.replace(/^[A-Za-z]+:/, ''));
          else if (p.IsAbsolute === true) write(path.isAbsolute(norm) || /^[A-Za-z]:[\\/]/.test(raw) || norm.startsWith('~'));
          else {
            const i = trimmed.lastIndexOf('/');
            write(i < 0 ? '' : i === 0 ? (trimmed === '/' ? '' : '/') : trimmed.slice(0, i));
          }
        }
        return ctx.writeEnumerated(out);
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Test-Path

export const testPath: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Test-Path',
    defaultParameterSet: 'Path',
    parameters: [
      { name: 'Path', type: 'string[]', mandatory: true, position: 0, parameterSets: ['Path'], valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['LiteralPath'], valueFromPipelineByPropertyName: true },
      { name: 'Filter', type: 'string' },
      { name: 'Include', type: 'string[]' },
      { name: 'Exclude', type: 'string[]' },
      { name: 'PathType', type: 'string', aliases: ['Type'], validateSet: ['Any', 'Container', 'Leaf'] },
      { name: 'IsValid', type: 'switch' },
      { name: 'Credential', type: 'pscredential' },
      { name: 'OlderThan', type: 'datetime' },
      { name: 'NewerThan', type: 'datetime' },
    ],
    help: {
      synopsis: 'Determines whether all elements of a path exist.',
      examples: [
        { code: 'Test-Path ./report.csv', remarks: 'True when the file exists.' },
        { code: 'Test-Path ./out -PathType Container', remarks: 'True when it is a folder.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const type = ((p.PathType as string | undefined) ?? 'Any').toLowerCase();
    return {
      async process(input) {
        const { paths, literal } =
          ctx.expectingInput && !ctx.bound.has('Path') && !ctx.bound.has('LiteralPath') ? { paths: [toStringValue(input)], literal: false } : pathArguments(ctx);
        for (const raw of paths) {
          if (raw === '' || raw === null) {
            await ctx.write(false);
            continue;
          }
          if (p.IsValid === true) {
            await ctx.write(!raw.includes('\0'));
            continue;
          }
          const provider = providerPath(raw);
          if (provider) {
            await ctx.write(testProviderPath(ctx, provider, literal));
            continue;
          }
          const found = await expandPath(ctx.session, raw, literal);
          let ok = false;
          for (const f of found) {
            try {
              const st = await fs.stat(f);
              if (type === 'container' ? st.isDirectory() : type === 'leaf' ? !st.isDirectory() : true) {
                if (p.OlderThan instanceof PSDateTime && !(st.mtimeMs < p.OlderThan.ms)) continue;
                if (p.NewerThan instanceof PSDateTime && !(st.mtimeMs > p.NewerThan.ms)) continue;
                ok = true;
                break;
              }
            } catch {
              // missing: stays false
            }
          }
          await ctx.write(ok);
        }
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Get-Location / Resolve-Path

export const getLocation: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Get-Location',
    aliases: ['gl', 'pwd'],
    parameters: [],
    help: {
      synopsis: 'Gets information about the current working location.',
      examples: [{ code: 'Get-Location', remarks: 'The folder relative paths start from.' }],
    },
  },
  create(ctx) {
    return {
      process() {
        return ctx.write(pathInfo(ctx.session.cwd));
      },
    };
  },
};

/** A PathInfo as Get-Location returns it; "$(Get-Location)" is its path. */
export function pathInfo(p: string): PSObject {
  const o = PSObject.fromEntries([['Path', p]], ['System.Management.Automation.PathInfo', 'System.Object']);
  o.toStringHook = pathOfPathInfo;
  return o;
}
const pathOfPathInfo = (self: PSObject): string => String(self.get('Path'));

export const resolvePathCommand: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Resolve-Path',
    aliases: ['rvpa'],
    defaultParameterSet: 'Path',
    parameters: [
      { name: 'Path', type: 'string[]', mandatory: true, position: 0, parameterSets: ['Path'], valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['LiteralPath'], valueFromPipelineByPropertyName: true },
      { name: 'Relative', type: 'switch' },
    ],
    help: {
      synopsis: 'Resolves the wildcard characters in a path, and displays the path contents.',
      examples: [{ code: 'Resolve-Path ./reports/*.csv', remarks: 'The full path of each matching file.' }],
    },
  },
  create(ctx) {
    return {
      async process(input) {
        const { paths, literal } =
          ctx.expectingInput && !ctx.bound.has('Path') && !ctx.bound.has('LiteralPath') ? { paths: [toStringValue(input)], literal: false } : pathArguments(ctx);
        for (const raw of paths) {
          const found = (await expandPath(ctx.session, raw, literal)).filter((f) => f);
          const real: string[] = [];
          for (const f of found) if (await exists(f)) real.push(f);
          if (real.length === 0) {
            ctx.writeError(pathNotFound('Resolve-Path', resolvePath(ctx.session, raw)));
            continue;
          }
          for (const f of real) {
            const shown = ctx.params.Relative === true ? './' + path.relative(ctx.session.cwd, f) : f;
            await ctx.write(ctx.params.Relative === true ? shown : PSObject.fromEntries([['Path', shown]], ['System.Management.Automation.PathInfo', 'System.Object']));
          }
        }
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Get-ChildItem

export const getChildItem: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Get-ChildItem',
    aliases: ['gci', 'ls', 'dir'],
    defaultParameterSet: 'Items',
    parameters: [
      { name: 'Path', type: 'string[]', position: 0, parameterSets: ['Items'], valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['LiteralItems'], valueFromPipelineByPropertyName: true },
      { name: 'Filter', type: 'string', position: 1 },
      { name: 'Include', type: 'string[]' },
      { name: 'Exclude', type: 'string[]' },
      { name: 'Recurse', type: 'switch', aliases: ['s', 'r'] },
      { name: 'Depth', type: 'int', typeName: 'System.UInt32' },
      { name: 'Force', type: 'switch' },
      { name: 'Name', type: 'switch' },
      { name: 'Attributes', type: 'string[]', dynamic: true },
      { name: 'FollowSymlink', type: 'switch', dynamic: true },
      { name: 'Directory', type: 'switch', aliases: ['ad', 'd'], dynamic: true },
      { name: 'File', type: 'switch', aliases: ['af'], dynamic: true },
      { name: 'Hidden', type: 'switch', aliases: ['ah', 'h'], dynamic: true },
      { name: 'ReadOnly', type: 'switch', aliases: ['ar'], dynamic: true },
      { name: 'System', type: 'switch', aliases: ['as'], dynamic: true },
    ],
    help: {
      synopsis: 'Gets the items and child items in one or more specified locations.',
      examples: [
        { code: 'Get-ChildItem ./reports -Filter *.csv', remarks: 'The CSV files in a folder.' },
        { code: 'Get-ChildItem -Recurse -File', remarks: 'All files below the current folder.' },
      ],
    },
  },
  create(ctx): CommandInstance {
    const p = ctx.params;
    const filter = p.Filter !== undefined ? wildcardMatcher([String(p.Filter)]) : undefined;
    const include = (p.Include as string[] | undefined)?.length ? wildcardMatcher(p.Include as string[]) : undefined;
    const exclude = (p.Exclude as string[] | undefined)?.length ? wildcardMatcher(p.Exclude as string[]) : undefined;
    const recurse = p.Recurse === true || p.Depth !== undefined;
    const maxDepth = p.Depth !== undefined ? (p.Depth as number) : Infinity;
    const wanted = (name: string, dir: boolean) => {
      if (p.Directory === true && !dir) return false;
      if (p.File === true && dir) return false;
      if (!p.Force && !p.Hidden && name.startsWith('.')) return false;
      if (p.Hidden === true && !name.startsWith('.')) return false;
      if (filter && !filter(name)) return false;
      if (include && !include(name)) return false;
      if (exclude && exclude(name)) return false;
      return true;
    };
    const emit = (full: string, st: Stats, base: string) =>
      ctx.write(p.Name === true ? path.relative(base, full) : fileItem(full, st));

    async function list(dir: string, base: string, depth: number): Promise<void> {
      let entries: string[];
      try {
        entries = (await fs.readdir(dir)).sort((a, b) => a.localeCompare(b, 'en-US'));
      } catch (e) {
        ctx.writeError(fileSystemError('Get-ChildItem', dir, e));
        return;
      }
      const stats: [string, Stats][] = [];
      for (const e of entries) {
        const full = path.join(dir, e);
        try {
          stats.push([full, await fs.stat(full)]);
        } catch {
          // vanished or a broken link: skip as PowerShell does
        }
      }
      // PowerShell lists folders first, then files.
      stats.sort((a, b) => Number(b[1].isDirectory()) - Number(a[1].isDirectory()));
      for (const [full, st] of stats) {
        if (ctx.signal.aborted) return;
        if (wanted(path.basename(full), st.isDirectory())) await emit(full, st, base);
      }
      if (recurse && depth < maxDepth) {
        for (const [full, st] of stats) {
          if (st.isDirectory() && (p.Force === true || !path.basename(full).startsWith('.'))) await list(full, base, depth + 1);
        }
      }
    }

    return {
      async process(input) {
        let { paths, literal } = pathArguments(ctx);
        if (ctx.expectingInput && paths.length === 0 && input !== undefined) paths = [toStringValue(input)];
        if (paths.length === 0) paths = ['.'];
        for (const raw of paths) {
          const provider = providerPath(raw);
          if (provider) {
            await writeProviderItems(ctx, 'Get-ChildItem', provider, literal);
            continue;
          }
          const found = await expandPath(ctx.session, raw, literal);
          const wildcard = !literal && hasWildcard(raw);
          if (!wildcard && !(await exists(found[0]!))) {
            ctx.writeError(pathNotFound('Get-ChildItem', found[0]!));
            continue;
          }
          for (const f of found) {
            const st = await fs.stat(f);
            const base = wildcard ? path.dirname(f) : f;
            if (st.isDirectory() && !wildcard) await list(f, base, 0);
            else if (st.isDirectory() && recurse) await list(f, base, 0);
            else if (wanted(path.basename(f), st.isDirectory())) await emit(f, st, path.dirname(f));
          }
        }
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// New-Item

export const newItem: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'New-Item',
    aliases: ['ni'],
    defaultParameterSet: 'pathSet',
    supportsShouldProcess: true,
    parameters: [
      { name: 'Path', type: 'string[]', position: 0, parameterSets: ['pathSet', 'nameSet'], valueFromPipelineByPropertyName: true },
      { name: 'Name', type: 'string', parameterSets: ['nameSet'], mandatory: true, valueFromPipelineByPropertyName: true },
      { name: 'ItemType', type: 'string', aliases: ['Type'], valueFromPipelineByPropertyName: true },
      { name: 'Value', type: 'object', valueFromPipeline: true, valueFromPipelineByPropertyName: true, aliases: ['Target'] },
      { name: 'Force', type: 'switch' },
      { name: 'Credential', type: 'pscredential' },
    ],
    help: {
      synopsis: 'Creates a new item.',
      examples: [
        { code: 'New-Item -ItemType Directory -Path ./reports', remarks: 'Creates a folder.' },
        { code: "New-Item ./notes.txt -Value 'hello'", remarks: 'Creates a file with content.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      async process(input) {
        const targets = ((p.Path as string[] | undefined) ?? []).map((b) => (p.Name !== undefined ? `${b.replace(/[\\/]$/, '')}${/:$/.test(b) ? '' : '/'}${String(p.Name)}` : b));
        const provider = targets.length > 0 ? providerPath(targets[0]!) : undefined;
        if (provider) {
          const value = ctx.expectingInput && !ctx.bound.has('Value') ? input : p.Value;
          for (const t of targets) {
            const pp = providerPath(t);
            if (!pp) continue;
            if (!(await ctx.shouldProcess(`Destination: ${displayPath(pp)}`, 'New Item'))) continue;
            const item = setProviderItem(ctx, 'New-Item', pp, value);
            if (item) await ctx.write(item);
          }
          return;
        }
        const type = ((p.ItemType as string | undefined) ?? 'File').toLowerCase();
        if (!['file', 'directory', 'container', 'folder'].includes(type)) {
          ctx.writeError(
            cmdletError(
              'New-Item',
              `exosh can only create files and directories; ItemType '${String(p.ItemType)}' is not supported.`,
              'NotSupported',
              'InvalidArgument',
              p.ItemType,
            ),
          );
          return;
        }
        const dirType = type !== 'file';
        const bases = (p.Path as string[] | undefined) ?? ['.'];
        const value = ctx.expectingInput && !ctx.bound.has('Value') ? input : p.Value;
        for (const base of bases) {
          const full = resolvePath(ctx.session, p.Name !== undefined ? path.join(base, String(p.Name)) : base);
          if (!(await ctx.shouldProcess(`Destination: ${full}`, dirType ? 'Create Directory' : 'Create File'))) continue;
          try {
            const existing = await fs.stat(full).catch(() => undefined);
            if (existing && !p.Force) {
              ctx.writeError(
                dirType
                  ? cmdletError('New-Item', `An item with the specified name ${full} already exists.`, 'DirectoryExist', 'ResourceExists', full, 'System.IO.IOException')
                  : cmdletError('New-Item', `The file '${full}' already exists.`, 'NewItemIOError', 'WriteError', full, 'System.IO.IOException'),
              );
              continue;
            }
            if (dirType) {
              await fs.mkdir(full, { recursive: true });
            } else {
              if (p.Force === true) await fs.mkdir(path.dirname(full), { recursive: true });
              const text = value === undefined || value === null ? '' : toStringValue(value);
              await fs.writeFile(full, encodeText(text, encodingOf(undefined)));
            }
            await ctx.write(fileItem(full, await fs.stat(full)));
          } catch (e) {
            if (!isFileSystemError(e)) throw e;
            ctx.writeError(fileSystemError('New-Item', full, e, 'Writing'));
          }
        }
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Remove-Item

export const removeItem: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Remove-Item',
    aliases: ['ri', 'rm', 'del', 'erase', 'rd', 'rmdir'],
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: [
      { name: 'Path', type: 'string[]', mandatory: true, position: 0, parameterSets: ['Path'], valueFromPipelineByPropertyName: true },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['LiteralPath'], valueFromPipelineByPropertyName: true },
      { name: 'Filter', type: 'string' },
      { name: 'Include', type: 'string[]' },
      { name: 'Exclude', type: 'string[]' },
      { name: 'Recurse', type: 'switch', aliases: ['r'] },
      { name: 'Force', type: 'switch' },
      { name: 'Credential', type: 'pscredential' },
    ],
    help: {
      synopsis: 'Deletes the specified items.',
      examples: [
        { code: 'Remove-Item ./old.csv', remarks: 'Deletes a file.' },
        { code: 'Remove-Item ./tmp -Recurse', remarks: 'Deletes a folder and everything in it.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const exclude = (p.Exclude as string[] | undefined)?.length ? wildcardMatcher(p.Exclude as string[]) : undefined;
    const include = (p.Include as string[] | undefined)?.length ? wildcardMatcher(p.Include as string[]) : undefined;
    return {
      async process() {
        const { paths, literal } = pathArguments(ctx);
        for (const raw of paths) {
          const provider = providerPath(raw);
          if (provider) {
            await removeProviderItems(ctx, provider, literal);
            continue;
          }
          const found = await expandPath(ctx.session, raw, literal);
          if (!literal && !hasWildcard(raw) && !(await exists(found[0]!))) {
            ctx.writeError(pathNotFound('Remove-Item', found[0]!));
            continue;
          }
          for (const f of found) {
            const name = path.basename(f);
            if (exclude?.(name) || (include && !include(name))) continue;
            try {
              const st = await fs.lstat(f);
              if (st.isDirectory() && p.Recurse !== true && (await fs.readdir(f)).length > 0) {
                ctx.writeError(
                  cmdletError(
                    'Remove-Item',
                    `The item at ${f} has children and the Recurse parameter was not specified. Nothing was removed.`,
                    'DirectoryNotEmpty',
                    'WriteError',
                    f,
                    'System.IO.IOException',
                  ),
                );
                continue;
              }
              if (!(await ctx.shouldProcess(f, st.isDirectory() ? 'Remove Directory' : 'Remove File'))) continue;
              await fs.rm(f, { recursive: st.isDirectory(), force: false });
            } catch (e) {
              ctx.writeError(fileSystemError('Remove-Item', f, e, 'Removing'));
            }
          }
        }
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Get-Item

export const getItem: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Get-Item',
    aliases: ['gi'],
    defaultParameterSet: 'Path',
    parameters: [
      { name: 'Path', type: 'string[]', mandatory: true, position: 0, parameterSets: ['Path'], valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['LiteralPath'], valueFromPipelineByPropertyName: true },
      { name: 'Filter', type: 'string' },
      { name: 'Include', type: 'string[]' },
      { name: 'Exclude', type: 'string[]' },
      { name: 'Force', type: 'switch' },
      { name: 'Credential', type: 'pscredential' },
    ],
    help: {
      synopsis: 'Gets the item at the specified location.',
      examples: [{ code: 'Get-Item ./report.csv | Select-Object Name, Length, LastWriteTime', remarks: 'One file as an object.' }],
    },
  },
  create(ctx) {
    return {
      async process() {
        const { paths, literal } = pathArguments(ctx);
        const providers = paths.map(providerPath);
        if (providers.some((x) => x !== undefined)) {
          for (const [i, raw] of paths.entries()) {
            const provider = providers[i];
            if (provider) await writeProviderItems(ctx, 'Get-Item', provider, literal);
            else for await (const f of existingPaths(ctx, 'Get-Item', [raw])) await ctx.write(fileItem(f, await fs.stat(f)));
          }
          return;
        }
        for await (const f of existingPaths(ctx, 'Get-Item')) await ctx.write(fileItem(f, await fs.stat(f)));
      },
    };
  },
};

// ------------------------------------------------------------------------------------------------
// Set-Location

export const setLocation: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Set-Location',
    aliases: ['cd', 'chdir', 'sl'],
    defaultParameterSet: 'Path',
    parameters: [
      { name: 'Path', type: 'string', position: 0, parameterSets: ['Path'], valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['LiteralPath'], valueFromPipelineByPropertyName: true },
      { name: 'PassThru', type: 'switch' },
    ],
    help: {
      synopsis: 'Sets the current working location to a specified location.',
      examples: [{ code: 'Set-Location ./reports', remarks: 'Relative paths in later commands start from ./reports.' }],
    },
  },
  create(ctx) {
    return {
      async process() {
        const { paths, literal } = pathArguments(ctx);
        const target = await changeLocation(ctx, 'Set-Location', paths[0] ?? '~', literal);
        if (target !== undefined && ctx.params.PassThru === true) await ctx.write(pathInfo(target));
      },
    };
  },
};

/** Moves the session to a folder (Set-Location, Push-Location); undefined, with the error written, when it cannot. */
export async function changeLocation(ctx: CommandContext, commandName: string, raw: string, literal: boolean): Promise<string | undefined> {
  const found = await expandPath(ctx.session, raw, literal);
  const target = found[0] ?? resolvePath(ctx.session, raw);
  const st = await fs.stat(target).catch(() => undefined);
  if (!st) {
    ctx.writeError(pathNotFound(commandName, target));
    return undefined;
  }
  if (!st.isDirectory()) {
    ctx.writeError(cmdletError(commandName, `Cannot set the location to '${target}' because it is not a folder.`, 'ArgumentException', 'InvalidArgument', target, 'System.Management.Automation.PSArgumentException'));
    return undefined;
  }
  // The Session always implements setLocation; only test doubles of SessionServices may not.
  ctx.session.setLocation!(target);
  return target;
}

// ------------------------------------------------------------------------------------------------
// Set-Item: the env:, variable:, function: and alias: providers (the file system has no item value).

export const setItem: CommandDefinition = {
  metadata: {
    ...MGMT,
    name: 'Set-Item',
    aliases: ['si'],
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: [
      { name: 'Path', type: 'string[]', mandatory: true, position: 0, parameterSets: ['Path'], valueFromPipelineByPropertyName: true },
      { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: true, parameterSets: ['LiteralPath'], valueFromPipelineByPropertyName: true },
      { name: 'Value', type: 'object', position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      { name: 'PassThru', type: 'switch' },
      { name: 'Force', type: 'switch' },
    ],
    help: {
      synopsis: "Changes the value of an item to the value specified in the command.",
      examples: [
        { code: "Set-Item env:EXO_TENANT -Value contoso", remarks: 'Sets an environment variable.' },
        { code: "Set-Item function:Get-Big -Value { Get-Mailbox | Where-Object TotalItemSize -gt 10GB }", remarks: 'Defines a function.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      async process(input) {
        const value = ctx.expectingInput && !ctx.bound.has('Value') ? input : p.Value;
        const { paths } = pathArguments(ctx);
        for (const raw of paths) {
          const provider = providerPath(raw);
          if (!provider) {
            ctx.writeError(cmdletError('Set-Item', 'Provider operation stopped because the provider does not support this operation.', 'NotSupported', 'NotImplemented', raw, 'System.Management.Automation.PSNotSupportedException'));
            continue;
          }
          if (!(await ctx.shouldProcess(`Item: ${displayPath(provider)} Value: ${toStringValue(value ?? '')}`, 'Set Item'))) continue;
          const item = setProviderItem(ctx, 'Set-Item', provider, value);
          if (item && p.PassThru === true) await ctx.write(item);
        }
      },
    };
  },
};

export const pathCommands = [setLocation, getItem, joinPath, splitPath, testPath, getLocation, resolvePathCommand, getChildItem, newItem, removeItem, setItem];
