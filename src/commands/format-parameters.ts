// The parameters every Format-* cmdlet shares.
import type { ParameterMetadata } from '../runtime/command.js';

export const formatCommon: ParameterMetadata[] = [
  { name: 'GroupBy', type: 'object' },
  { name: 'View', type: 'string' },
  { name: 'ShowError', type: 'switch' },
  { name: 'DisplayError', type: 'switch' },
  { name: 'Force', type: 'switch' },
  { name: 'Expand', type: 'string', validateSet: ['CoreOnly', 'EnumOnly', 'Both'] },
  { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
];
