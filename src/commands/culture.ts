// Get-Culture / Get-UICulture: exosh formats numbers and dates as en-US, so that is the culture
// they report (with the invariant culture for -Name '').
import type { CommandDefinition } from '../runtime/command.js';
import { cultureInfo } from '../dotnet/culture-info.js';
import { toStringValue } from '../runtime/conversions.js';
import { cmdletError } from './cmdlet-errors.js';

const UTILITY = { module: 'Microsoft.PowerShell.Utility', commandType: 'Cmdlet' as const };

/** Culture names exosh can stand for: en-US (any case), its parent `en`, and the invariant ''. */
function knownCulture(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower === 'en-us') return 'en-US';
  if (lower === '') return '';
  return undefined;
}

export const getCulture: CommandDefinition = {
  metadata: {
    ...UTILITY,
    name: 'Get-Culture',
    defaultParameterSet: 'CurrentCulture',
    parameters: [
      { name: 'Name', type: 'string[]', position: 0, parameterSets: ['Name'], valueFromPipeline: true },
      { name: 'ListAvailable', type: 'switch', parameterSets: ['ListAvailable'] },
      { name: 'NoUserOverrides', type: 'switch', parameterSets: ['CurrentCulture', 'Name', 'ListAvailable'] },
    ],
    help: {
      synopsis: 'Gets the current culture set in the operating system.',
      examples: [
        { code: 'Get-Culture', remarks: 'en-US: the culture exosh formats numbers and dates with.' },
        { code: '(Get-Culture).TextInfo.ToTitleCase("john smith")', remarks: 'John Smith.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      end() {
        if (p.ListAvailable === true) return ctx.writeEnumerated([cultureInfo(''), cultureInfo('en-US')]);
        if (p.Name === undefined || p.Name === null) return ctx.write(cultureInfo());
        const names = (Array.isArray(p.Name) ? p.Name : [p.Name]).map((n) => toStringValue(n));
        const out: unknown[] = [];
        for (const n of names) {
          const known = knownCulture(n);
          if (known === undefined) {
            ctx.writeError(
              cmdletError('Get-Culture', `Culture '${n}' is not available in exosh: it formats numbers and dates as en-US (or invariant, with -Name '').`, 'ItemNotFoundException', 'ObjectNotFound', n, 'System.Globalization.CultureNotFoundException'),
            );
          } else out.push(cultureInfo(known));
        }
        return ctx.writeEnumerated(out);
      },
    };
  },
};

export const getUICulture: CommandDefinition = {
  metadata: {
    ...UTILITY,
    name: 'Get-UICulture',
    parameters: [],
    help: {
      synopsis: 'Gets the current user interface (UI) culture settings in the operating system.',
      examples: [{ code: 'Get-UICulture', remarks: 'en-US.' }],
    },
  },
  create(ctx) {
    return { end: () => ctx.write(cultureInfo()) };
  },
};

export const cultureCommands = [getCulture, getUICulture];
