// The error an invalid OPATH filter raises, worded as Exchange Online words it.
//
// The service reports a bad filter as a PowerShell parameter-binding failure:
//   Cannot bind parameter 'Filter' to the target. Exception setting "Filter": "<reason>"
// with, as reasons seen in real output:
//   Invalid filter syntax. For a description of the filter parameter syntax see the command help.
//   "<filter>" at position <n>.
// and
//   "<Name>" is not a recognized filterable property. Valid property names are: A, B, C.
// The wording of value-conversion failures is not on record; ours follows the same shape
// ("The value "x" could not be converted to type System.Boolean." plus the position line).

export type OpathErrorKind = 'syntax' | 'property' | 'value';

export class OpathFilterError extends Error {
  /** PowerShell's error category for a parameter-binding failure. */
  readonly errorCategory = 'InvalidArgument';
  readonly fullyQualifiedErrorId = 'ParameterBindingFailed';

  constructor(
    /** The inner text (what follows `Exception setting "Filter": `, without the quotes). */
    readonly reason: string,
    /** 0-based index into the filter text where the problem starts. */
    readonly position: number,
    /** The filter text as given. */
    readonly filter: string,
    readonly kind: OpathErrorKind,
    /** The parameter that carried the filter: Filter, RecipientFilter... */
    readonly parameterName: string = 'Filter',
  ) {
    super(`Cannot bind parameter '${parameterName}' to the target. Exception setting "${parameterName}": "${reason}"`);
    this.name = 'OpathFilterError';
  }
}

function positionLine(filter: string, position: number): string {
  return `"${filter}" at position ${position}.`;
}

export function syntaxError(filter: string, position: number, parameterName?: string): OpathFilterError {
  const reason =
    'Invalid filter syntax. For a description of the filter parameter syntax see the command help.\n' +
    positionLine(filter, position);
  return new OpathFilterError(reason, position, filter, 'syntax', parameterName);
}

export function unknownPropertyError(
  filter: string,
  position: number,
  name: string,
  validNames: readonly string[],
  parameterName?: string,
): OpathFilterError {
  const reason = `"${name}" is not a recognized filterable property. Valid property names are: ${validNames.join(', ')}.`;
  return new OpathFilterError(reason, position, filter, 'property', parameterName);
}

export function valueError(
  filter: string,
  position: number,
  value: string,
  typeName: string,
  parameterName?: string,
): OpathFilterError {
  const reason = `The value "${value}" could not be converted to type ${typeName}.\n${positionLine(filter, position)}`;
  return new OpathFilterError(reason, position, filter, 'value', parameterName);
}
