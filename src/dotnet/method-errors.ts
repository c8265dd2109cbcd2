// Errors the .NET emulation raises, in PowerShell's wording. Instance methods attach the
// exception type PowerShell reports; the static-method errors carry none, as before the split.

import { typeNameOf } from '../runtime/conversions.js';
import { ErrorRecord, RuntimeError } from '../runtime/errors.js';
import { isUserTypeName } from '../runtime/types.js';
import { qualifiedFullName } from './type-names.js';

// ------------------------------------------------------------------------------------------------
// Errors in PowerShell's wording

export function methodError(message: string, errorId: string, category: ErrorRecord['category'] = 'InvalidOperation', exceptionType?: string, target: unknown = null): RuntimeError {
  return new RuntimeError(new ErrorRecord(message, errorId, category, target, undefined, undefined, exceptionType));
}

export function methodNotFound(target: unknown, name: string): RuntimeError {
  return methodNotFoundOnType(qualifiedFullName(typeNameOf(target), isUserTypeName), name);
}

export function methodNotFoundOnType(fullName: string, name: string): RuntimeError {
  return methodError(`Method invocation failed because [${fullName}] does not contain a method named '${name}'.`, 'MethodNotFound', 'InvalidOperation', 'System.Management.Automation.RuntimeException');
}

export function overloadNotFound(name: string, count: number): RuntimeError {
  return methodError(`Cannot find an overload for "${name}" and the argument count: "${count}".`, 'MethodCountCouldNotFindBest', 'InvalidOperation', 'System.Management.Automation.MethodException');
}

/** A .NET exception thrown inside a method: `Exception calling "X" with "1" argument(s): "..."`. */
export function methodException(name: string, count: number, inner: string, innerType = 'ArgumentException'): RuntimeError {
  return methodError(`Exception calling "${name}" with "${count}" argument(s): "${inner}"`, innerType, 'NotSpecified', 'System.Management.Automation.MethodInvocationException');
}

export function propertyNotFound(name: string): RuntimeError {
  return methodError(`The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`, 'PropertyNotFound', 'InvalidOperation');
}

export function nullMethod(): RuntimeError {
  return methodError('You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull', 'InvalidOperation');
}

/** A static method's error: no exception type, no target. */
export function staticMethodError(message: string, errorId: string, category: ErrorRecord['category'] = 'InvalidOperation'): RuntimeError {
  return new RuntimeError(new ErrorRecord(message, errorId, category));
}

/** A static method called with an argument count it has no overload for. */
export function staticOverloadNotFound(name: string, count: number): RuntimeError {
  return staticMethodError(`Cannot find an overload for "${name}" and the argument count: "${count}".`, 'MethodCountCouldNotFindBest');
}
