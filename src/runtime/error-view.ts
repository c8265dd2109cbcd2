// PowerShell 7's ConciseView of an error record: `Reason: message` on one line, or with the
// offending line and a `~~~` marker when the error comes from a script file, from a line after
// the first, or is a parse error.
import type { ErrorRecord } from './errors.js';

export interface ErrorViewOptions {
  color: boolean;
  /** Console width for wrapping the message under the marker. */
  width: number;
}

const ERROR = '\x1b[31;1m';
const ACCENT = '\x1b[36;1m';
const RESET = '\x1b[0m';
const WARNING = '\x1b[33;1m';

/** What precedes the colon: `Exception` for `throw`, else the command, the category, the exception type. */
export function errorReason(record: ErrorRecord): string {
  if (record.category === 'OperationStopped' && record.exceptionType === 'System.Management.Automation.RuntimeException' && record.errorId !== 'ActionPreferenceStop') {
    return 'Exception';
  }
  if (record.commandName) return record.commandName;
  // A category says it before the exception type: `throw [IOException]::new('disk')` is
  // OperationStopped, `[int]$x = 'a'` MetadataError, and `1/0` (NotSpecified) RuntimeException.
  if (record.category !== 'NotSpecified') return record.category;
  const t = record.exceptionType;
  return t.slice(t.lastIndexOf('.') + 1);
}

function wrap(message: string, prefixWidth: number, width: number): string[] {
  const room = Math.max(20, width - prefixWidth);
  if (message.length <= room) return [message];
  const lines: string[] = [];
  let rest = message;
  while (rest.length > room) {
    // pwsh cuts the first `room` characters at their last blank, so a word ending exactly at the
    // edge still moves to the next line.
    let cut = rest.lastIndexOf(' ', room - 1);
    if (cut <= 0) cut = room;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  if (rest) lines.push(rest);
  return lines;
}

/**
 * pwsh's ConciseView wraps the message under the marker only for an error from a script file or a
 * parse error; a runtime error in `-c` text or at the prompt keeps its message on one line.
 */
function messageLines(record: ErrorRecord, prefixWidth: number, width: number): string[] {
  if (record.position?.file === undefined && record.category !== 'ParserError') return [record.message];
  return wrap(record.message.replace(/\r?\n|\t/g, ' '), prefixWidth, width);
}

export function formatErrorRecord(record: ErrorRecord, options: ErrorViewOptions): string {
  const c = (code: string) => (options.color ? code : '');
  // A native command's stderr line shows as the program wrote it.
  if (record.errorId === 'NativeCommandError') return `${c(ERROR)}${record.message}${c(RESET)}\n`;
  const reason = errorReason(record);
  const pos = record.position;
  const detailed = pos && pos.lineText !== undefined && (record.category === 'ParserError' || pos.file !== undefined || pos.line > 1);
  if (!pos || !detailed) {
    return `${c(ERROR)}${reason}: ${record.message}${c(RESET)}\n`;
  }
  const lineNo = String(pos.line);
  const headerPad = lineNo.length > 4 ? ' '.repeat(lineNo.length - 4) : '';
  const linePad = lineNo.length < 4 ? ' '.repeat(4 - lineNo.length) : '';
  let out = `${c(ERROR)}${reason}: ${c(RESET)}`;
  out += pos.file ? `${pos.file}:${pos.line}\n` : '\n';
  out += `${c(ACCENT)}${headerPad}Line |\n`;
  const text = pos.lineText.replace(/\t/g, ' ');
  const start = Math.min(Math.max(pos.column - 1, 0), text.length);
  const length = Math.max(1, Math.min(pos.length, Math.max(1, text.length - start)));
  const marked = options.color
    ? text.slice(0, start) + ACCENT + text.slice(start, start + length) + RESET + text.slice(start + length)
    : text;
  out += `${c(ACCENT)}${linePad}${lineNo} | ${c(RESET)} ${marked}\n`;
  const prefix = `${c(ACCENT)}${headerPad}     | ${c(ERROR)}`;
  out += `${prefix} ${' '.repeat(start)}${'~'.repeat(length)}\n`;
  for (const line of messageLines(record, headerPad.length + 7, options.width)) out += `${prefix}${line}\n`;
  if (options.color) out = out.replace(/\n$/, `${RESET}\n`);
  return out;
}

export function formatWarning(message: string, color: boolean): string {
  return color ? `${WARNING}WARNING: ${message}${RESET}\n` : `WARNING: ${message}\n`;
}

export function formatVerbose(message: string, color: boolean): string {
  return color ? `${WARNING}VERBOSE: ${message}${RESET}\n` : `VERBOSE: ${message}\n`;
}

export function formatDebug(message: string, color: boolean): string {
  return color ? `${WARNING}DEBUG: ${message}${RESET}\n` : `DEBUG: ${message}\n`;
}
