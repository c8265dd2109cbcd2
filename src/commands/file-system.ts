// Path resolution against session.cwd (with PowerShell's wildcards), text encodings, and the
// atomic write (temp file in the same directory, then rename) that file-writing cmdlets share.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import type { CommandContext, SessionServices } from '../runtime/command.js';
import { driveRootPath } from './psdrive.js';
import { hasWildcard, wildcardToRegExp } from './wildcard.js';
import { pathNotFound } from './cmdlet-errors.js';
import { StagedFile } from './staged-file.js';

/**
 * Absolute path for a user-written path: `~` is the home directory, relative is against cwd. Given
 * the session (rather than its cwd), a path on a New-PSDrive drive resolves under the drive's root.
 */
export function resolvePath(where: string | SessionServices, p: string): string {
  const cwd = typeof where === 'string' ? where : where.cwd;
  if (typeof where !== 'string') {
    const onDrive = driveRootPath(where, p);
    if (onDrive !== undefined) p = onDrive;
  }
  if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) p = path.join(os.homedir(), p.slice(1));
  return path.resolve(cwd, p.replace(/\\/g, path.sep === '/' ? '/' : '\\'));
}

/**
 * Expands a path with wildcards in any segment to the existing paths it names, sorted.
 * A path without wildcards is returned resolved (existence is the caller's question).
 */
export async function expandPath(where: string | SessionServices, p: string, literal = false): Promise<string[]> {
  const full = resolvePath(where, p);
  if (literal || !hasWildcard(p)) return [full];
  const root = path.parse(full).root;
  const segments = full.slice(root.length).split(path.sep).filter((s) => s.length > 0);
  let current = [root];
  for (const seg of segments) {
    const next: string[] = [];
    if (!hasWildcard(seg)) {
      for (const c of current) next.push(path.join(c, seg.replace(/`(.)/g, '$1')));
    } else {
      const re = wildcardToRegExp(seg);
      for (const c of current) {
        let entries: string[];
        try {
          entries = await fs.readdir(c);
        } catch {
          continue;
        }
        for (const e of entries.sort()) if (re.test(e)) next.push(path.join(c, e));
      }
    }
    current = next;
  }
  const existing: string[] = [];
  for (const c of current) {
    if (await exists(c)) existing.push(c);
  }
  return existing;
}

export async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** The paths a cmdlet was given (-Path or -LiteralPath), with whether they are literal. */
export function pathArguments(ctx: CommandContext, pathParam = 'Path'): { paths: string[]; literal: boolean } {
  const literal = ctx.params.LiteralPath !== undefined;
  const raw = literal ? ctx.params.LiteralPath : ctx.params[pathParam];
  const paths = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw.map(String) : [String(raw)];
  return { paths, literal };
}

/**
 * The existing items -Path/-LiteralPath name, in order: a wildcard yields its matches (none is not
 * an error); a plain path that does not exist is PathNotFound for `commandName`, written as met.
 */
export async function* existingPaths(ctx: CommandContext, commandName: string, only?: string[]): AsyncGenerator<string> {
  const given = pathArguments(ctx);
  const paths = only ?? given.paths;
  const literal = given.literal;
  for (const raw of paths) {
    const found = await expandPath(ctx.session, raw, literal);
    if (!literal && hasWildcard(raw)) {
      yield* found;
      continue;
    }
    try {
      await fs.stat(found[0]!);
    } catch {
      ctx.writeError(pathNotFound(commandName, found[0]!));
      continue;
    }
    yield found[0]!;
  }
}

export const ENCODINGS = [
  'ascii', 'ansi', 'bigendianunicode', 'bigendianutf32', 'oem', 'unicode', 'utf7', 'utf8', 'utf8BOM', 'utf8NoBOM', 'utf32', 'default', 'latin1', 'byte', 'string',
];

export interface TextEncoding {
  node: BufferEncoding;
  bom: Buffer | undefined;
}

/** PowerShell 7 encoding names to Node's; PowerShell 7's default is UTF-8 without BOM. */
export function encodingOf(name: unknown): TextEncoding {
  const n = typeof name === 'string' ? name.toLowerCase().replace(/-/g, '') : 'utf8nobom';
  switch (n) {
    case 'ascii':
      return { node: 'ascii', bom: undefined };
    case 'unicode':
    case 'utf16':
    case 'utf16le':
      return { node: 'utf16le', bom: Buffer.from([0xff, 0xfe]) };
    case 'latin1':
    case 'ansi':
    case 'oem':
    case 'iso88591':
      return { node: 'latin1', bom: undefined };
    case 'utf8bom':
      return { node: 'utf8', bom: Buffer.from([0xef, 0xbb, 0xbf]) };
    default:
      return { node: 'utf8', bom: undefined };
  }
}

export function encodeText(text: string, enc: TextEncoding): Buffer {
  const body = Buffer.from(text, enc.node);
  return enc.bom ? Buffer.concat([enc.bom, body]) : body;
}

/** Decodes file bytes, honouring a BOM the way .NET's StreamReader does. */
export function decodeText(buf: Buffer, enc: TextEncoding): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return buf.toString(enc.node);
}

/**
 * Writes `data` to `target` so that readers never see half a file: into a temp file in the same
 * directory, then rename over the target. With `append`, the old content is copied first.
 */
export async function writeFileAtomic(target: string, data: Buffer, append = false): Promise<void> {
  const staged = await StagedFile.open(target, append);
  try {
    await staged.write(data);
  } catch (e) {
    await staged.discard();
    throw e;
  }
  await staged.commit();
}

/** Splits text into lines the way Get-Content does: \r\n, \n or \r; no empty line after a final newline. */
export function splitLines(text: string): string[] {
  if (text.length === 0) return [];
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
