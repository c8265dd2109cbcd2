// More .NET static surfaces scripts lean on: [array]::IndexOf/Reverse/Sort, [System.IO.File] and
// [System.IO.Directory] (synchronous, relative paths against the process directory as .NET does),
// [System.Diagnostics.Stopwatch], [System.Threading.Thread]::Sleep, [DateTimeOffset].
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { PSDateTime, PSObject, PSTimeSpan } from '../runtime/values.js';
import { isNull, toArray, toNumber, toStringValue, convertToFull } from '../runtime/conversions.js';
import { compareValues } from '../runtime/operators.js';
import { methodException } from '../runtime/member-access.js';
import { formatDate, TICKS_PER_MS, utcOffsetMinutes } from './date-time.js';

export type StaticMethod = (args: unknown[], name: string) => unknown;
export interface StaticType {
  properties?: Record<string, () => unknown>;
  methods?: Record<string, StaticMethod>;
}

const str = (v: unknown) => toStringValue(v);
const int = (v: unknown) => Math.trunc(toNumber(v));

// ------------------------------------------------------------------------------------------------
// [array]

function arrayArg(v: unknown, name: string, count: number): unknown[] {
  if (!Array.isArray(v)) throw methodException(name, count, "Value cannot be null. (Parameter 'array')", 'ArgumentNullException');
  return v;
}

export const ARRAY: StaticType = {
  methods: {
    indexof: (a, n) => arrayArg(a[0], n, a.length).findIndex((x) => x === a[1] || (typeof x === 'string' && x === a[1])),
    lastindexof: (a, n) => {
      const arr = arrayArg(a[0], n, a.length);
      for (let i = arr.length - 1; i >= 0; i--) if (arr[i] === a[1]) return i;
      return -1;
    },
    reverse: (a, n) => {
      arrayArg(a[0], n, a.length).reverse();
      return undefined;
    },
    sort: (a, n) => {
      // .NET sorts strings with the current culture, case-sensitively.
      arrayArg(a[0], n, a.length).sort((x, y) => compareValues(x, y, true));
      return undefined;
    },
    clear: (a, n) => {
      const arr = arrayArg(a[0], n, a.length);
      const start = a.length > 1 ? int(a[1]) : 0;
      const len = a.length > 2 ? int(a[2]) : arr.length;
      for (let i = start; i < start + len && i < arr.length; i++) arr[i] = null;
      return undefined;
    },
    empty: () => [],
    exists: () => {
      throw methodException('Exists', 2, '[array]::Exists with a predicate is not supported by exosh yet; use Where-Object.', 'NotSupportedException');
    },
  },
};

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

// ------------------------------------------------------------------------------------------------
// [System.Diagnostics.Stopwatch], [System.Threading.Thread]

/** A Stopwatch: Elapsed (TimeSpan), ElapsedMilliseconds, IsRunning; Start/Stop/Reset/Restart. */
export function stopwatch(start: boolean): PSObject {
  let elapsedMs = 0;
  let startedAt: number | undefined = start ? performance.now() : undefined;
  const current = () => elapsedMs + (startedAt !== undefined ? performance.now() - startedAt : 0);
  const o = new PSObject(['System.Diagnostics.Stopwatch', 'System.Object']);
  o.props.set('isrunning', { kind: 'script', name: 'IsRunning', getter: () => startedAt !== undefined });
  o.props.set('elapsed', { kind: 'script', name: 'Elapsed', getter: () => new PSTimeSpan(Math.round(current() * TICKS_PER_MS)) });
  o.props.set('elapsedmilliseconds', { kind: 'script', name: 'ElapsedMilliseconds', getter: () => Math.floor(current()) });
  o.props.set('elapsedticks', { kind: 'script', name: 'ElapsedTicks', getter: () => Math.round(current() * TICKS_PER_MS) });
  o.toStringHook = () => 'System.Diagnostics.Stopwatch';
  o.methods = new Map([
    ['start', { name: 'Start', invoke: () => ((startedAt ??= performance.now()), undefined) }],
    [
      'stop',
      {
        name: 'Stop',
        invoke: () => {
          if (startedAt !== undefined) elapsedMs += performance.now() - startedAt;
          startedAt = undefined;
          return undefined;
        },
      },
    ],
    ['reset', { name: 'Reset', invoke: () => ((elapsedMs = 0), (startedAt = undefined), undefined) }],
    ['restart', { name: 'Restart', invoke: () => ((elapsedMs = 0), (startedAt = performance.now()), undefined) }],
  ]);
  return o;
}

export const STOPWATCH: StaticType = {
  properties: { frequency: () => 10_000_000, ishighresolution: () => true },
  methods: {
    startnew: () => stopwatch(true),
    new: () => stopwatch(false),
    gettimestamp: () => Math.round(performance.now() * TICKS_PER_MS),
  },
};

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

export const THREAD: StaticType = {
  methods: {
    // Blocks like .NET does; Start-Sleep is the asynchronous way.
    sleep: (a) => {
      const ms = a[0] instanceof PSTimeSpan ? a[0].ticks / TICKS_PER_MS : toNumber(a[0]);
      if (ms > 0) Atomics.wait(sleepCell, 0, 0, Math.min(ms, 2_147_483_647));
      return undefined;
    },
  },
};

// ------------------------------------------------------------------------------------------------
// [DateTimeOffset]: a PSObject over a UTC instant and an offset in minutes.

export function dateTimeOffset(ms: number, offsetMinutes: number): PSObject {
  const local = new PSDateTime(ms, 'Local');
  const o = new PSObject(['System.DateTimeOffset', 'System.ValueType', 'System.Object']);
  const wall = () => new PSDateTime(ms + offsetMinutes * 60_000, 'Utc');
  const unspecified = () => {
    const w = wall();
    return convertToFull(formatDate(w, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.fff"), 'System.DateTime');
  };
  o.props.set('datetime', { kind: 'script', name: 'DateTime', getter: unspecified });
  o.props.set('utcdatetime', { kind: 'script', name: 'UtcDateTime', getter: () => new PSDateTime(ms, 'Utc') });
  o.props.set('localdatetime', { kind: 'script', name: 'LocalDateTime', getter: () => local });
  o.props.set('offset', { kind: 'script', name: 'Offset', getter: () => new PSTimeSpan(offsetMinutes * 60 * 10_000_000) });
  o.props.set('unixtimeseconds', { kind: 'script', name: 'UnixTimeSeconds', getter: () => Math.floor(ms / 1000) });
  const offsetText = () => {
    const a = Math.abs(offsetMinutes);
    return `${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
  };
  o.toStringHook = () => `${formatDate(wall(), 'M/d/yyyy h:mm:ss tt')} ${offsetText()}`;
  o.methods = new Map([
    ['tounixtimeseconds', { name: 'ToUnixTimeSeconds', invoke: () => Math.floor(ms / 1000) }],
    ['tounixtimemilliseconds', { name: 'ToUnixTimeMilliseconds', invoke: () => Math.floor(ms) }],
    ['touniversaltime', { name: 'ToUniversalTime', invoke: () => dateTimeOffset(ms, 0) }],
    ['tolocaltime', { name: 'ToLocalTime', invoke: () => dateTimeOffset(ms, utcOffsetMinutes(local)) }],
    ['tostring', { name: 'ToString', invoke: (_s: PSObject, a: unknown[]) => (a.length ? formatDate(wall(), str(a[0])).replace(/Z$/, offsetText()) : o.toStringHook!(o)) }],
    ['adddays', { name: 'AddDays', invoke: (_s: PSObject, a: unknown[]) => dateTimeOffset(ms + toNumber(a[0]) * 86_400_000, offsetMinutes) }],
    ['addhours', { name: 'AddHours', invoke: (_s: PSObject, a: unknown[]) => dateTimeOffset(ms + toNumber(a[0]) * 3_600_000, offsetMinutes) }],
    ['addseconds', { name: 'AddSeconds', invoke: (_s: PSObject, a: unknown[]) => dateTimeOffset(ms + toNumber(a[0]) * 1000, offsetMinutes) }],
  ]);
  return o;
}

export const DATETIMEOFFSET: StaticType = {
  properties: {
    now: () => {
      const now = Date.now();
      return dateTimeOffset(now, utcOffsetMinutes(new PSDateTime(now, 'Local')));
    },
    utcnow: () => dateTimeOffset(Date.now(), 0),
    unixepoch: () => dateTimeOffset(0, 0),
  },
  methods: {
    fromunixtimeseconds: (a) => dateTimeOffset(toNumber(a[0]) * 1000, 0),
    fromunixtimemilliseconds: (a) => dateTimeOffset(toNumber(a[0]), 0),
    parse: (a) => {
      const d = convertToFull(a[0], 'System.DateTime') as PSDateTime;
      return dateTimeOffset(d.ms, d.kind === 'Utc' ? 0 : utcOffsetMinutes(d));
    },
    new: (a) => {
      const d = convertToFull(a[0], 'System.DateTime') as PSDateTime;
      return dateTimeOffset(d.ms, d.kind === 'Utc' ? 0 : utcOffsetMinutes(d));
    },
  },
};

// ------------------------------------------------------------------------------------------------
// Culture, wildcard patterns, exceptions and ErrorRecord, null markers

/** [cultureinfo]::CurrentCulture / Get-Culture: exosh always formats as en-US. */
export function cultureInfo(name = 'en-US'): PSObject {
  const textInfo = PSObject.fromEntries([['CultureName', name], ['ListSeparator', ',']], ['System.Globalization.TextInfo', 'System.Object']);
  textInfo.methods = new Map([
    ['totitlecase', { name: 'ToTitleCase', invoke: (_s: PSObject, a: unknown[]) => str(a[0]).replace(/\p{L}+/gu, (w) => (w === w.toUpperCase() && w.length > 1 ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase())) }],
    ['toupper', { name: 'ToUpper', invoke: (_s: PSObject, a: unknown[]) => str(a[0]).toUpperCase() }],
    ['tolower', { name: 'ToLower', invoke: (_s: PSObject, a: unknown[]) => str(a[0]).toLowerCase() }],
  ]);
  const o = PSObject.fromEntries(
    [
      ['Parent', name === '' ? null : 'en'],
      ['LCID', name === '' ? 127 : 1033],
      ['KeyboardLayoutId', 1033],
      ['Name', name],
      ['IetfLanguageTag', name],
      ['DisplayName', name === '' ? 'Invariant Language (Invariant Country)' : 'English (United States)'],
      ['NativeName', name === '' ? 'Invariant Language (Invariant Country)' : 'English (United States)'],
      ['EnglishName', name === '' ? 'Invariant Language (Invariant Country)' : 'English (United States)'],
      ['TwoLetterISOLanguageName', name === '' ? 'iv' : 'en'],
      ['TextInfo', textInfo],
    ],
    ['System.Globalization.CultureInfo', 'System.Object'],
  );
  o.toStringHook = () => name;
  return o;
}

export const CULTUREINFO: StaticType = {
  properties: {
    currentculture: () => cultureInfo(),
    currentuiculture: () => cultureInfo(),
    invariantculture: () => cultureInfo(''),
  },
  methods: {
    getcultureinfo: (a) => cultureInfo(str(a[0])),
    createspecificculture: (a) => cultureInfo(str(a[0])),
    new: (a) => cultureInfo(str(a[0])),
  },
};

export const WILDCARDPATTERN: StaticType = {
  methods: {
    escape: (a) => str(a[0]).replace(/[*?[\]`]/g, (c) => '`' + c),
    containswildcardcharacters: (a) => /[*?[]/.test(str(a[0]).replace(/`./g, '')),
  },
};

/** .NET exception types scripts construct to throw: typeNames carry the hierarchy for `catch [T]`. */
export const EXCEPTION_TYPES: Record<string, string[]> = {
  'System.Exception': [],
  'System.SystemException': ['System.Exception'],
  'System.ArgumentException': ['System.SystemException', 'System.Exception'],
  'System.ArgumentNullException': ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
  'System.ArgumentOutOfRangeException': ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
  'System.InvalidOperationException': ['System.SystemException', 'System.Exception'],
  'System.NotImplementedException': ['System.SystemException', 'System.Exception'],
  'System.NotSupportedException': ['System.SystemException', 'System.Exception'],
  'System.FormatException': ['System.SystemException', 'System.Exception'],
  'System.TimeoutException': ['System.SystemException', 'System.Exception'],
  'System.UnauthorizedAccessException': ['System.SystemException', 'System.Exception'],
  'System.IO.IOException': ['System.SystemException', 'System.Exception'],
  'System.IO.FileNotFoundException': ['System.IO.IOException', 'System.SystemException', 'System.Exception'],
  'System.IO.DirectoryNotFoundException': ['System.IO.IOException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.RuntimeException': ['System.SystemException', 'System.Exception'],
  'System.Management.Automation.ItemNotFoundException': ['System.Management.Automation.SessionStateException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.PSArgumentException': ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.PSInvalidOperationException': ['System.InvalidOperationException', 'System.SystemException', 'System.Exception'],
};

const DEFAULT_EXCEPTION_MESSAGES: Record<string, string> = {
  'System.Exception': "Exception of type 'System.Exception' was thrown.",
  'System.ArgumentException': 'Value does not fall within the expected range.',
  'System.ArgumentNullException': 'Value cannot be null.',
  'System.InvalidOperationException': 'Operation is not valid due to the current state of the object.',
  'System.NotImplementedException': 'The method or operation is not implemented.',
  'System.NotSupportedException': 'Specified method is not supported.',
  'System.TimeoutException': 'The operation has timed out.',
};

/** `[System.ArgumentException]::new('msg')`: a PSObject standing for the exception. */
export function exceptionObject(type: string, message?: string, inner?: unknown): PSObject {
  const msg = message ?? DEFAULT_EXCEPTION_MESSAGES[type] ?? `Exception of type '${type}' was thrown.`;
  const o = PSObject.fromEntries(
    [
      ['Message', msg],
      ['InnerException', inner ?? null],
      ['Data', null],
      ['Source', null],
      ['HResult', -2146233088],
      ['StackTrace', null],
    ],
    [type, ...(EXCEPTION_TYPES[type] ?? ['System.Exception']), 'System.Object'],
  );
  o.toStringHook = () => `${type}: ${msg}`;
  return o;
}

const ARGUMENT_EXCEPTIONS = new Set(['System.ArgumentException', 'System.ArgumentNullException', 'System.ArgumentOutOfRangeException']);

export function exceptionConstructor(type: string): StaticMethod {
  return (a) => {
    if (ARGUMENT_EXCEPTIONS.has(type)) {
      // .NET's argument order differs: ArgumentException(message, paramName) but
      // ArgumentNullException/ArgumentOutOfRangeException(paramName[, message]). The message
      // gains " (Parameter 'name')" and ParamName is kept, as .NET does.
      const paramFirst = type !== 'System.ArgumentException';
      const paramName = paramFirst ? a[0] : a[1];
      const message = paramFirst ? (a.length >= 2 ? str(a[1]) : undefined) : a.length ? str(a[0]) : undefined;
      if (typeof paramName === 'string') {
        const base = message ?? DEFAULT_EXCEPTION_MESSAGES[type] ?? `Exception of type '${type}' was thrown.`;
        const o = exceptionObject(type, `${base} (Parameter '${paramName}')`);
        o.set('ParamName', paramName);
        return o;
      }
    }
    return exceptionObject(type, a.length ? str(a[0]) : undefined, a[1]);
  };
}

/**
 * For `throw $x` and `catch [T]`: when `v` stands for a .NET exception (from `[T]::new()` or
 * `$_.Exception`), its message, type and base types; undefined otherwise.
 */
export function exceptionInfo(v: unknown): { message: string; exceptionType: string; typeChain: string[] } | undefined {
  if (!(v instanceof PSObject)) return undefined;
  const i = v.typeNames.indexOf('System.Exception');
  if (i < 0) return undefined;
  return { message: str(v.get('Message')), exceptionType: v.typeNames[0]!, typeChain: v.typeNames.slice(0, i + 1) };
}
