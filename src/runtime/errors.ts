// PowerShell's ErrorRecord and the exceptions the engine uses to carry one.
import { PSObject } from './values.js';

export type ErrorCategory =
  | 'NotSpecified'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidData'
  | 'InvalidType'
  | 'ObjectNotFound'
  | 'ResourceUnavailable'
  | 'PermissionDenied'
  | 'ParserError'
  | 'ReadError'
  | 'WriteError'
  | 'SyntaxError'
  | 'NotImplemented'
  | 'NotInstalled'
  | 'OperationStopped'
  | 'ConnectionError'
  | 'AuthenticationError'
  | 'LimitsExceeded'
  | 'OperationTimeout'
  | 'InvalidResult'
  | 'ResourceExists'
  | 'SecurityError'
  | 'MetadataError'
  | 'CloseError'
  | 'DeviceError'
  | 'DeadlockDetected'
  | 'FromStdErr'
  | 'ProtocolError'
  | 'QuotaExceeded';

/** Where an error happened, for the `At line:col` part of the message. */
export interface ErrorPosition {
  file?: string;
  line: number;
  column: number;
  /** The source line, for the `~~~~` marker under the offending text. */
  lineText: string;
  /** Length of the offending text on that line. */
  length: number;
}

export class ErrorRecord {
  constructor(
    /** The message users read (Exception.Message). */
    readonly message: string,
    /** FullyQualifiedErrorId, e.g. `NamedParameterNotFound,Get-Thing`. */
    readonly errorId: string,
    readonly category: ErrorCategory = 'NotSpecified',
    /** The object the error is about (TargetObject). */
    readonly targetObject: unknown = null,
    /** The command that failed, for the `Cmdlet: message` prefix (PowerShell 7 concise view). */
    readonly commandName?: string,
    readonly position?: ErrorPosition,
    /** .NET exception type name, for `catch [System.Management.Automation.ItemNotFoundException]`. */
    readonly exceptionType: string = 'System.Management.Automation.RuntimeException',
    /** The exception type and its base types, most derived first, when known (`throw [T]::new()`). */
    readonly exceptionTypeChain?: readonly string[],
    /** The exception object itself when a script threw one, so `$_.Exception` can be that object. */
    readonly exception?: unknown,
  ) {}

  toString(): string {
    return this.message;
  }
}

/** Thrown to carry a terminating error up to the nearest try/catch or the top level. */
export class RuntimeError extends Error {
  constructor(readonly record: ErrorRecord) {
    super(record.message);
    this.name = 'RuntimeError';
  }
}

/** Builds an error record for constructs exosh parses but does not run yet. */
export function notSupportedYet(construct: string, commandName?: string): ErrorRecord {
  return new ErrorRecord(
    `${construct} is not supported by exosh yet.`,
    'NotSupportedByExosh',
    'NotImplemented',
    null,
    commandName,
  );
}

/** A copy of the record with a position (records are immutable). */
export function withPosition(record: ErrorRecord, position: ErrorPosition | undefined, commandName?: string): ErrorRecord {
  return new ErrorRecord(
    record.message,
    record.errorId,
    record.category,
    record.targetObject,
    record.commandName ?? commandName,
    record.position ?? position,
    record.exceptionType,
    record.exceptionTypeChain,
    record.exception,
  );
}

/**
 * `throw` and errors escalated by `$ErrorActionPreference = 'Stop'`: they end the whole script unless
 * caught, where other terminating errors end only the statement.
 */
export class ScriptTerminatingError extends RuntimeError {
  override name = 'ScriptTerminatingError';
}

/** Any JS exception as a RuntimeError, so an engine bug shows as an error record, never a crash. */
export function toRuntimeError(e: unknown): RuntimeError {
  if (e instanceof RuntimeError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new RuntimeError(new ErrorRecord(message, 'System.Exception', 'NotSpecified', null, undefined, undefined, 'System.Exception'));
}

const RUNTIME_EXCEPTION_CHAIN = ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'] as const;

/** A .NET exception as scripts see it (`$_.Exception`): its message, type and base types. */
function exceptionObject(typeChain: readonly string[], message: string, inner: unknown): PSObject {
  const o = PSObject.fromEntries(
    [
      ['Message', message],
      ['InnerException', inner],
      ['Data', null],
      ['Source', null],
      ['HResult', -2146233087],
      ['StackTrace', null],
    ],
    [...typeChain, 'System.Object'],
  );
  o.toStringHook = () => `${typeChain[0]}: ${message}`;
  return o;
}

/**
 * A .NET exception raised while evaluating an expression, as PowerShell reports it: a
 * RuntimeException (FullyQualifiedErrorId RuntimeException, category NotSpecified) whose
 * InnerException is the original (`1/0`: a DivideByZeroException). `catch [T]` also matches the
 * inner exception's type, as pwsh's does.
 */
export function wrappedDotNetError(message: string, innerTypeChain: readonly string[]): RuntimeError {
  const inner = exceptionObject(innerTypeChain, message, null);
  const outer = exceptionObject(RUNTIME_EXCEPTION_CHAIN, message, inner);
  return new RuntimeError(
    new ErrorRecord(message, 'RuntimeException', 'NotSpecified', null, undefined, undefined, RUNTIME_EXCEPTION_CHAIN[0], RUNTIME_EXCEPTION_CHAIN, outer),
  );
}

const TRANSFORMATION_CHAIN = [
  'System.Management.Automation.ArgumentTransformationMetadataException',
  'System.Management.Automation.MetadataException',
  ...RUNTIME_EXCEPTION_CHAIN,
] as const;

/**
 * `[int]$x = 1; $x = 'abc'`: a value a typed variable cannot take is a MetadataError
 * (ArgumentTransformationMetadataException around the cast's exception), as pwsh reports it.
 */
export function variableTransformationError(cast: ErrorRecord): RuntimeError {
  const inner = exceptionObject(cast.exceptionTypeChain ?? [cast.exceptionType, 'System.Exception'], cast.message, null);
  const outer = exceptionObject(TRANSFORMATION_CHAIN, cast.message, inner);
  return new RuntimeError(
    new ErrorRecord(cast.message, 'RuntimeException', 'MetadataError', null, undefined, undefined, TRANSFORMATION_CHAIN[0], TRANSFORMATION_CHAIN, outer),
  );
}

/** The type and base types of the exception a record wraps (`$_.Exception.InnerException`), if any. */
export function innerExceptionTypes(record: ErrorRecord): readonly string[] {
  if (!(record.exception instanceof PSObject)) return [];
  const inner = record.exception.get('InnerException');
  if (!(inner instanceof PSObject)) return [];
  const end = inner.typeNames.indexOf('System.Exception');
  return end < 0 ? [] : inner.typeNames.slice(0, end + 1);
}
