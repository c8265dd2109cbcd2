// The .NET exception types scripts construct and throw, and how a thrown value reads as one.

import { PSObject } from '../runtime/values.js';
import { str } from './arguments.js';
import { StaticMethod } from './member-tables.js';

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
