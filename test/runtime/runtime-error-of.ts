// What a call refused with: tests assert PowerShell's exact error text and id, so they need the
// ErrorRecord a RuntimeError carries, and a plain failure when nothing was thrown.
import { RuntimeError, type ErrorRecord } from '../../src/runtime/errors.js';

export function errorRecordOf(fn: () => unknown): ErrorRecord {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuntimeError) return e.record;
    throw e;
  }
  throw new Error('expected an error');
}

/** The message of the RuntimeError `fn` throws. */
export function errorOf(fn: () => unknown): string {
  return errorRecordOf(fn).message;
}
