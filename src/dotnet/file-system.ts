// More .NET static surfaces scripts lean on: [array]::IndexOf/Reverse/Sort, [System.IO.File] and
// [System.IO.Directory] (synchronous, relative paths against the process directory as .NET does),
// [System.Diagnostics.Stopwatch], [System.Threading.Thread]::Sleep, [DateTimeOffset].
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import { isNull, toArray } from '../runtime/conversions.js';
import { PSChar, PSObject } from '../runtime/values.js';
import { int, str } from './arguments.js';
import { StaticMethod, StaticType } from './member-tables.js';
import { methodException } from './method-errors.js';

// ------------------------------------------------------------------------------------------------
// [System.IO.File], [System.IO.Directory]

function fullPath(p: unknown): string {
  return nodePath.resolve(process.cwd(), str(p));
}

/** Runs a file operation, turning Node's errors into .NET's messages. */
function io<T>(name: string, count: number, path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const dir = nodePath.dirname(path);
      const message = fs.existsSync(dir) ? `Could not find file '${path}'.` : `Could not find a part of the path '${path}'.`;
      throw methodException(name, count, message, code === 'ENOENT' ? 'FileNotFoundException' : 'IOException');
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') throw methodException(name, count, `Access to the path '${path}' is denied.`, 'UnauthorizedAccessException');
    throw methodException(name, count, (e as Error).message, 'IOException');
  }
}

/** A static method on the path in its first argument; Node's errors become .NET's. */
function onPath(op: (path: string, args: unknown[]) => unknown): StaticMethod {
  return (a, n) => {
    const p = fullPath(a[0]);
    return io(n, a.length, p, () => op(p, a));
  };
}

/** WriteAllLines/AppendAllLines: every line ends with a newline. */
function linesText(v: unknown): string {
  return toArray(v).map(str).map((l) => l + '\n').join('');
}

/** Full paths of the entries of a folder that `keep` accepts (GetFiles, GetDirectories). */
function childPaths(dir: string, keep: (entry: fs.Dirent) => boolean): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(keep)
    .map((d) => nodePath.join(dir, d.name));
}

function linesOf(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export const FILE: StaticType = {
  methods: {
    exists: (a) => !isNull(a[0]) && fs.existsSync(fullPath(a[0])) && fs.statSync(fullPath(a[0])).isFile(),
    readalltext: onPath((p) => fs.readFileSync(p, 'utf8').replace(/^\ufeff/, '')),
    readalllines: onPath((p) => linesOf(fs.readFileSync(p, 'utf8').replace(/^\ufeff/, ''))),
    readallbytes: onPath((p) => [...fs.readFileSync(p)]),
    writealltext: onPath((p, a) => fs.writeFileSync(p, str(a[1]))),
    writealllines: onPath((p, a) => fs.writeFileSync(p, linesText(a[1]))),
    appendalltext: onPath((p, a) => fs.appendFileSync(p, str(a[1]))),
    appendalllines: onPath((p, a) => fs.appendFileSync(p, linesText(a[1]))),
    writeallbytes: onPath((p, a) => fs.writeFileSync(p, Buffer.from(toArray(a[1]).map((b) => int(b) & 0xff)))),
    delete: (a, n) => {
      const p = fullPath(a[0]);
      if (fs.existsSync(p)) io(n, a.length, p, () => fs.unlinkSync(p));
      return undefined;
    },
    copy: (a, n) => {
      const from = fullPath(a[0]);
      const to = fullPath(a[1]);
      const overwrite = a.length > 2 && a[2] === true;
      if (!overwrite && fs.existsSync(to)) throw methodException(n, a.length, `The file '${to}' already exists.`, 'IOException');
      io(n, a.length, from, () => fs.copyFileSync(from, to));
      return undefined;
    },
    move: (a, n) => {
      const from = fullPath(a[0]);
      const to = fullPath(a[1]);
      io(n, a.length, from, () => fs.renameSync(from, to));
      return undefined;
    },
  },
};

export const DIRECTORY: StaticType = {
  methods: {
    exists: (a) => !isNull(a[0]) && fs.existsSync(fullPath(a[0])) && fs.statSync(fullPath(a[0])).isDirectory(),
    createdirectory: (a, n) => {
      const p = fullPath(a[0]);
      io(n, a.length, p, () => fs.mkdirSync(p, { recursive: true }));
      return PSObject.fromEntries([['FullName', p], ['Name', nodePath.basename(p)]], ['System.IO.DirectoryInfo', 'System.IO.FileSystemInfo', 'System.Object']);
    },
    getcurrentdirectory: () => process.cwd(),
    getfiles: onPath((p) => childPaths(p, (d) => d.isFile())),
    getdirectories: onPath((p) => childPaths(p, (d) => d.isDirectory())),
    delete: onPath((p, a) => fs.rmSync(p, { recursive: a.length > 1 && a[1] === true })),
  },
};

export const PATH: StaticType = {
  properties: {
    directoryseparatorchar: () => new PSChar(nodePath.sep.charCodeAt(0)),
    altdirectoryseparatorchar: () => new PSChar('/'.charCodeAt(0)),
    pathseparator: () => new PSChar(nodePath.delimiter.charCodeAt(0)),
  },
  methods: {
    combine: (a) => {
      const parts = (a.length === 1 ? toArray(a[0]) : a).map(str);
      let out = '';
      for (const p of parts) {
        if (p === '') continue;
        if (nodePath.isAbsolute(p) || out === '') out = p;
        else out = out.endsWith(nodePath.sep) || out.endsWith('/') ? out + p : out + nodePath.sep + p;
      }
      return out;
    },
    join: (a) => (a.length === 1 ? toArray(a[0]) : a).map(str).filter((p) => p !== '').join(nodePath.sep),
    getfilename: (a) => (isNull(a[0]) ? null : str(a[0]).split(/[\\/]/).pop() ?? ''),
    getfilenamewithoutextension: (a) => {
      const f = str(a[0]).split(/[\\/]/).pop() ?? '';
      const i = f.lastIndexOf('.');
      return i > 0 ? f.slice(0, i) : i === 0 ? '' : f;
    },
    getextension: (a) => {
      const f = str(a[0]).split(/[\\/]/).pop() ?? '';
      const i = f.lastIndexOf('.');
      return i >= 0 ? f.slice(i) : '';
    },
    getdirectoryname: (a) => {
      const s = str(a[0]);
      const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
      return i < 0 ? '' : i === 0 ? s[0]! : s.slice(0, i);
    },
    gettemppath: () => tmpdir() + nodePath.sep,
    gettempfilename: () => nodePath.join(tmpdir(), `tmp${Math.random().toString(16).slice(2, 6).toUpperCase()}.tmp`),
    getrandomfilename: () => `${Math.random().toString(36).slice(2, 10)}.${Math.random().toString(36).slice(2, 5)}`,
    ispathrooted: (a) => nodePath.isAbsolute(str(a[0])) || /^[A-Za-z]:[\\/]/.test(str(a[0])),
    getfullpath: (a) => nodePath.resolve(str(a[0])),
    changeextension: (a) => {
      const s = str(a[0]);
      const ext = isNull(a[1]) ? '' : str(a[1]);
      const base = s.replace(/\.[^./\\]*$/, '');
      return ext === '' ? base : base + (ext.startsWith('.') ? ext : '.' + ext);
    },
    hasextension: (a) => /\.[^./\\]+$/.test(str(a[0])),
    getinvalidfilenamechars: () => ['\0', '/'].map((c) => new PSChar(c.charCodeAt(0))),
  },
};
