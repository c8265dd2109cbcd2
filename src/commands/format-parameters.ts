// What every Format-* cmdlet shares: its common parameters and how it reads -Property.
import type { CommandContext, ParameterMetadata } from '../runtime/command.js';
import { propertySpecFrom, PropertyKeyError, type PropertySpec } from '../format/records.js';
import { enumerationLimitOf } from '../format/display.js';
import { cmdletError } from './cmdlet-errors.js';

export const formatCommon: ParameterMetadata[] = [
  { name: 'GroupBy', type: 'object' },
  { name: 'View', type: 'string' },
  { name: 'ShowError', type: 'switch' },
  { name: 'DisplayError', type: 'switch' },
  { name: 'Force', type: 'switch' },
  { name: 'Expand', type: 'string', validateSet: ['CoreOnly', 'EnumOnly', 'Both'] },
  { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
];

/** -Property as specs; a bad calculated-property key stops the statement, as in pwsh. */
export function specsOf(ctx: CommandContext, command: string, v: unknown): PropertySpec[] | undefined {
  if (v === undefined || v === null) return undefined;
  const list = Array.isArray(v) ? v : [v];
  try {
    return list.map((x) => propertySpecFrom(x));
  } catch (e) {
    if (e instanceof PropertyKeyError) ctx.throwTerminating(cmdletError(command, e.message, e.errorId, 'InvalidArgument', null, e.exceptionType));
    throw e;
  }
}

/** The global $FormatEnumerationLimit (pwsh reads the global one only). */
export function enumerationLimit(ctx: CommandContext): number {
  return enumerationLimitOf(ctx.session.listVariables('global').find((v) => v.name.toLowerCase() === 'formatenumerationlimit')?.value);
}
