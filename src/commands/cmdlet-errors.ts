// ErrorRecords as PowerShell's cmdlets raise them: FullyQualifiedErrorId is
// `<ErrorId>,Microsoft.PowerShell.Commands.<Verb><Noun>Command`.
import { ErrorRecord, type ErrorCategory } from '../runtime/errors.js';

export function commandClassName(commandName: string): string {
  return `Microsoft.PowerShell.Commands.${commandName.replace('-', '')}Command`;
}

export function cmdletError(
  commandName: string,
  message: string,
  errorId: string,
  category: ErrorCategory,
  target: unknown = null,
  exceptionType?: string,
): ErrorRecord {
  return new ErrorRecord(
    message,
    `${errorId},${commandClassName(commandName)}`,
    category,
    target,
    commandName,
    undefined,
    exceptionType,
  );
}

/** "Cannot find path 'x' because it does not exist." */
export function pathNotFound(commandName: string, path: string): ErrorRecord {
  return cmdletError(
    commandName,
    `Cannot find path '${path}' because it does not exist.`,
    'PathNotFound',
    'ObjectNotFound',
    path,
    'System.Management.Automation.ItemNotFoundException',
  );
}

/** Wraps a Node file-system failure in PowerShell's wording where one exists. */
export function fileSystemError(commandName: string, path: string, err: unknown, verb = 'Access'): ErrorRecord {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' && verb === 'Writing') {
    return cmdletError(
      commandName,
      `Could not find a part of the path '${path}'.`,
      'DirectoryNotFound',
      'ObjectNotFound',
      path,
      'System.IO.DirectoryNotFoundException',
    );
  }
  if (code === 'ENOENT') return pathNotFound(commandName, path);
  // .NET reports writing to a folder as access denied too.
  if (code === 'EACCES' || code === 'EPERM' || code === 'EISDIR') {
    return cmdletError(
      commandName,
      `Access to the path '${path}' is denied.`,
      'UnauthorizedAccessError',
      'PermissionDenied',
      path,
      'System.UnauthorizedAccessException',
    );
  }
  const msg = err instanceof Error ? err.message : String(err);
  return cmdletError(commandName, `${verb} '${path}' failed: ${msg}`, 'FileSystemError', 'WriteError', path, 'System.IO.IOException');
}

/**
 * True for a Node file-system failure (it has an errno code). Anything else, such as the engine's
 * pipeline-stop signal thrown out of ctx.write, must pass through the cmdlet's catch untouched.
 */
export function isFileSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}
