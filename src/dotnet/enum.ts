// The .NET enums exosh knows: values are their names (strings), which compare and display as
// PowerShell's enums do.

import { ErrorCategory } from '../runtime/errors.js';

export const ERROR_CATEGORIES: ErrorCategory[] = [
  'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData', 'InvalidOperation', 'InvalidResult', 'InvalidType',
  'MetadataError', 'NotImplemented', 'NotInstalled', 'ObjectNotFound', 'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied',
  'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError', 'FromStdErr', 'SecurityError', 'ProtocolError', 'ConnectionError',
  'AuthenticationError', 'LimitsExceeded', 'QuotaExceeded', 'NotEnabled',
] as ErrorCategory[];

export const ENUMS: Record<string, string[]> = {
  'System.DayOfWeek': ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  'System.StringSplitOptions': ['None', 'RemoveEmptyEntries', 'TrimEntries'],
  'System.MidpointRounding': ['ToEven', 'AwayFromZero', 'ToZero', 'ToNegativeInfinity', 'ToPositiveInfinity'],
  'System.DateTimeKind': ['Unspecified', 'Utc', 'Local'],
  'System.Text.RegularExpressions.RegexOptions': ['None', 'IgnoreCase', 'Multiline', 'ExplicitCapture', 'Compiled', 'Singleline', 'IgnorePatternWhitespace', 'RightToLeft', 'ECMAScript', 'CultureInvariant'],
  'System.ConsoleColor': ['Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray', 'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White'],
  'System.Management.Automation.ActionPreference': ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'],
  'System.StringComparison': ['CurrentCulture', 'CurrentCultureIgnoreCase', 'InvariantCulture', 'InvariantCultureIgnoreCase', 'Ordinal', 'OrdinalIgnoreCase'],
  'System.Management.Automation.ErrorCategory': ERROR_CATEGORIES,
};

/** The names of an enum type's values, or undefined if it is not an enum exosh knows. */
export function enumNames(full: string): string[] | undefined {
  return ENUMS[full];
}
