// A Connect-ExchangeOnline failure found before or after sign-in (bad parameters, no sandbox, a
// module file that cannot be formed): the cmdlet turns it into a terminating error record.
import type { ErrorCategory } from '../../runtime/errors.js';

export class ConnectError extends Error {
  constructor(
    message: string,
    readonly category: ErrorCategory = 'InvalidOperation',
    readonly exceptionType = 'System.Exception',
  ) {
    super(message);
    this.name = 'ConnectError';
  }
}
