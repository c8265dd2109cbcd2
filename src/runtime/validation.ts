// The Validate* attributes (ValidateSet, ValidateRange, ValidatePattern, ValidateLength,
// ValidateCount, ValidateNotNull, ValidateNotNullOrEmpty), checked the same way for a parameter
// being bound and for a variable being assigned (`[ValidateRange(1,5)][int]$y = 3; $y = 9`). A
// parameter reports pwsh's detailed text; a variable only that it failed.
import { numberOf } from '../dotnet/numeric-types.js';
import { toStringValue } from './conversions.js';
import { ErrorRecord, RuntimeError } from './errors.js';
import { compileRegex } from './operators-regex.js';
import { resolveTypeName } from './types.js';

export interface ValidationRules {
  /** [ValidateSet(...)] (case-insensitive). */
  validateSet?: string[];
  validateNotNull?: boolean;
  validateNotNullOrEmpty?: boolean;
  /** [ValidateRange(min, max)] */
  validateRange?: [number, number];
  /** [ValidatePattern(regex)] (case-insensitive, .NET syntax). */
  validatePattern?: string;
  /** [ValidateLength(min, max)]: characters of each string. */
  validateLength?: [number, number];
  /** [ValidateCount(min, max)]: elements of the collection. */
  validateCount?: [number, number];
}

export function hasValidation(r: ValidationRules): boolean {
  return (
    r.validateSet !== undefined ||
    r.validateNotNull === true ||
    r.validateNotNullOrEmpty === true ||
    r.validateRange !== undefined ||
    r.validatePattern !== undefined ||
    r.validateLength !== undefined ||
    r.validateCount !== undefined
  );
}

const isNull = (v: unknown): boolean => v === null || v === undefined;

/** The first rule a value breaks, in pwsh's words after "Cannot validate argument on parameter 'x'. ", or undefined. */
export function validationFailure(r: ValidationRules, v: unknown): string | undefined {
  const items = Array.isArray(v) ? v : [v];
  if (r.validateNotNull) {
    if (isNull(v)) return 'The argument is null. Provide a valid value for the argument, and then try running the command again.';
    if (Array.isArray(v) && v.some(isNull)) {
      return 'The argument is null or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.';
    }
  }
  if (r.validateNotNullOrEmpty) {
    if (isNull(v) || v === '' || (Array.isArray(v) && v.length === 0)) {
      return 'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.';
    }
    if (Array.isArray(v) && v.some((x) => isNull(x) || x === '')) {
      return 'The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.';
    }
  }
  if (r.validateCount) {
    const [lo, hi] = r.validateCount;
    if (!isNull(v) && !Array.isArray(v)) {
      return 'The ValidateCount attribute cannot be applied to a non-array parameter. Either remove the attribute from the parameter or make the parameter an array parameter.';
    }
    const n = Array.isArray(v) ? v.length : 0;
    if (n < lo || n > hi) return `The parameter requires at least ${lo} value(s) and no more than ${hi} value(s) - ${n} value(s) were provided.`;
  }
  if (isNull(v)) return undefined;
  if (r.validateSet) {
    const allowed = r.validateSet.map((s) => s.toLowerCase());
    for (const item of items) {
      const s = toStringValue(item);
      if (!allowed.includes(s.toLowerCase())) {
        return `The argument "${s}" does not belong to the set "${r.validateSet.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`;
      }
    }
  }
  if (r.validatePattern !== undefined) {
    const re = compileRegex(r.validatePattern, { ignoreCase: true });
    for (const item of items) {
      const s = toStringValue(item);
      re.lastIndex = 0;
      if (!re.test(s)) return `The argument "${s}" does not match the "${r.validatePattern}" pattern. Supply an argument that matches "${r.validatePattern}" and try the command again.`;
    }
  }
  if (r.validateLength) {
    const [lo, hi] = r.validateLength;
    for (const item of items) {
      if (typeof item !== 'string') {
        return 'The ValidateLength attribute cannot be applied to a parameter that is not a string or string[] parameter. Make the parameter a string or string[] parameter.';
      }
      if (item.length < lo) {
        return `The character length (${item.length}) of the argument is too short. Specify an argument with a length that is greater than or equal to "${lo}", and then try the command again.`;
      }
      if (item.length > hi) {
        return `The character length of the ${item.length} argument is too long. Shorten the character length of the argument so it is fewer than or equal to "${hi}" characters, and then try the command again.`;
      }
    }
  }
  if (r.validateRange) {
    const [lo, hi] = r.validateRange;
    for (const item of items) {
      const n = numberOf(item);
      if (n === undefined) {
        if (typeof item !== 'string') continue;
        const limits = Number.isInteger(lo) && Number.isInteger(hi) ? 'Int32' : 'Double';
        return `The argument cannot be validated because its type "String" is not the same type (${limits}) as the maximum and minimum limits of the parameter. Make sure the argument is of type ${limits} and then try the command again.`;
      }
      const text = toStringValue(item);
      if (n < lo) return `The ${text} argument is less than the minimum allowed range of ${lo}. Supply an argument that is greater than or equal to ${lo} and then try the command again.`;
      if (n > hi) return `The ${text} argument is greater than the maximum allowed range of ${hi}. Supply an argument that is less than or equal to ${hi} and then try the command again.`;
    }
  }
  return undefined;
}

const VALIDATION_METADATA_CHAIN = [
  'System.Management.Automation.ValidationMetadataException',
  'System.Management.Automation.MetadataException',
  'System.Management.Automation.RuntimeException',
  'System.SystemException',
  'System.Exception',
] as const;

/** A value as .NET's ToString() shows it in pwsh's variable messages: an array by its type name. */
function shownValue(v: unknown, typeName: string | undefined, nullText: string): string {
  if (v === null || v === undefined) return nullText;
  if (Array.isArray(v)) return typeName?.endsWith('[]') ? (resolveTypeName(typeName) ?? typeName) : 'System.Object[]';
  return toStringValue(v);
}

/**
 * Checks a value about to be stored in a variable that carries Validate* attributes. `declaring`
 * is the assignment that puts the attributes on (`[ValidateRange(1,3)][int]$n = 7`), which pwsh
 * words as the attribute not being addable; later assignments say the value is not valid.
 */
export function checkVariableValue(name: string, v: unknown, rules: ValidationRules, typeName: string | undefined, declaring: boolean): void {
  if (validationFailure(rules, v) === undefined) return;
  const message = declaring
    ? `The attribute cannot be added because variable ${name} with value ${shownValue(v, typeName, '')} would no longer be valid.`
    : `The variable cannot be validated because the value ${shownValue(v, typeName, '$null')} is not a valid value for the ${name} variable.`;
  // pwsh's FullyQualifiedErrorId is ValidateSetFailure whichever attribute refused the value.
  throw new RuntimeError(new ErrorRecord(message, 'ValidateSetFailure', 'MetadataError', null, undefined, undefined, VALIDATION_METADATA_CHAIN[0], VALIDATION_METADATA_CHAIN));
}
