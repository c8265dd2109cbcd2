// Sort-Object: buffers all input, sorts by one or more keys (names, script blocks, or
// @{Expression=..; Descending=..}) with PowerShell's comparison rules.
import type { CommandContext, CommandDefinition, CommandInstance } from '../runtime/command.js';
import { compareValues } from '../runtime/operators.js';
import { toStringValue, typeNameOf } from '../runtime/conversions.js';
import { getMember } from '../runtime/member-access.js';
import { collectInputInto, inputOf } from './pipeline-input.js';
import { parsePropertySpecs, extraBool, allSettled, type PropertySpec } from './calculated-property.js';
import { expandNames } from './properties.js';

const NAME = 'Sort-Object';

interface Key {
  get(obj: unknown): unknown;
  descending: boolean;
}

/** PowerShell's ordering for sort keys: $null first, then compareValues, falling back to strings. */
export function compareForSort(a: unknown, b: unknown, caseSensitive: boolean): number {
  const an = a === null || a === undefined;
  const bn = b === null || b === undefined;
  if (an || bn) return an && bn ? 0 : an ? -1 : 1;
  try {
    return Math.sign(compareValues(a, b, caseSensitive));
  } catch {
    const sa = toStringValue(a);
    const sb = toStringValue(b);
    return caseSensitive ? (sa < sb ? -1 : sa > sb ? 1 : 0) : Math.sign(sa.localeCompare(sb, 'en-US', { sensitivity: 'accent' }));
  }
}

function keysFor(specs: PropertySpec[] | undefined, sample: unknown, descending: boolean): Key[] {
  if (!specs) return [{ get: (o) => o, descending }];
  const keys: Key[] = [];
  for (const s of specs) {
    if (s.kind === 'calculated') {
      const asc = extraBool(s, 'Ascending');
      const desc = extraBool(s, 'Descending');
      keys.push({ get: s.get, descending: desc ?? (asc !== undefined ? !asc : descending) });
    } else {
      for (const name of expandNames(sample, [s.pattern])) keys.push({ get: (o) => getMember(o, name) ?? null, descending });
    }
  }
  return keys;
}

function create(ctx: CommandContext): CommandInstance {
  const p = ctx.params;
  const specs = p.Property != null ? parsePropertySpecs(ctx, NAME, p.Property as unknown[], ['Ascending', 'Descending']) : undefined;
  const caseSensitive = p.CaseSensitive === true;
  const buffer: unknown[] = [];
  return {
    process: collectInputInto(ctx, buffer),
    end() {
      if (buffer.length === 0) return;
      const keys = keysFor(specs, buffer[0], p.Descending === true);
      const rows: { obj: unknown; vals: unknown[] }[] = [];
      const all: unknown[] = [];
      for (const obj of buffer) {
        const vals = keys.map((k) => k.get(obj));
        rows.push({ obj, vals });
        all.push(...vals);
      }
      return allSettled(all, (settled) => {
        let i = 0;
        for (const r of rows) r.vals = r.vals.map(() => settled[i++]);
        const cmp = (a: { vals: unknown[] }, b: { vals: unknown[] }) => {
          for (let k = 0; k < keys.length; k++) {
            const c = compareForSort(a.vals[k], b.vals[k], caseSensitive);
            if (c !== 0) return keys[k]!.descending ? -c : c;
          }
          return 0;
        };
        rows.sort(cmp);
        let sorted = rows;
        if (p.Unique === true) sorted = rows.filter((r, j) => j === 0 || cmp(rows[j - 1]!, r) !== 0);
        if (p.Top !== undefined) sorted = sorted.slice(0, p.Top as number);
        if (p.Bottom !== undefined) sorted = sorted.slice(Math.max(0, sorted.length - (p.Bottom as number)));
        return ctx.writeEnumerated(sorted.map((r) => r.obj));
      });
    },
  };
}

export const sortObject: CommandDefinition = {
  metadata: {
    name: NAME,
    aliases: ['sort'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Default',
    parameters: [
      { name: 'Stable', type: 'switch', parameterSets: ['Default'] },
      { name: 'Descending', type: 'switch' },
      { name: 'Unique', type: 'switch' },
      { name: 'Top', type: 'int', parameterSets: ['Top'], mandatory: true, validateRange: [1, 2147483647] },
      { name: 'Bottom', type: 'int', parameterSets: ['Bottom'], mandatory: true, validateRange: [1, 2147483647] },
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Property', type: 'object[]', position: 0, description: 'Sort keys: names, script blocks or @{Expression=..; Descending=$true}.' },
      { name: 'Culture', type: 'string' },
      { name: 'CaseSensitive', type: 'switch' },
    ],
    help: {
      synopsis: 'Sorts objects by property values.',
      examples: [
        { code: 'Get-Mailbox | Sort-Object DisplayName', remarks: 'Ascending by one property.' },
        { code: 'Get-Mailbox | Sort-Object @{E="ItemCount"; Descending=$true}, DisplayName', remarks: 'Several keys with their own direction.' },
        { code: '5,3,1,3 | Sort-Object -Unique', remarks: '1, 3, 5.' },
      ],
    },
  },
  create,
};

/** Get-Unique: drops an object equal to the one before it (use after Sort-Object). */
export const getUnique: CommandDefinition = {
  metadata: {
    name: 'Get-Unique',
    aliases: ['gu'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'AsString',
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'AsString', type: 'switch', parameterSets: ['AsString'] },
      { name: 'OnType', type: 'switch', parameterSets: ['UniqueByType'] },
      { name: 'CaseInsensitive', type: 'switch' },
    ],
    help: {
      synopsis: 'Returns unique items from a sorted list.',
      examples: [{ code: "'a','a','b' | Get-Unique", remarks: 'a, b: only repeats next to each other are dropped.' }],
    },
  },
  create(ctx) {
    let prev: unknown;
    let any = false;
    const p = ctx.params;
    return {
      process(input) {
        const obj = inputOf(ctx, input);
        if (obj === undefined) return;
        const key = p.OnType === true ? typeNameOf(obj) : obj;
        const same =
          any &&
          (p.OnType === true
            ? key === prev
            : p.AsString === true || typeof obj === 'string'
              ? compareStrings(toStringValue(prev), toStringValue(obj), p.CaseInsensitive === true)
              : compareForSort(prev, obj, true) === 0);
        any = true;
        prev = key;
        if (!same) return ctx.write(obj);
      },
    };
  },
};

function compareStrings(a: string, b: string, caseInsensitive: boolean): boolean {
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}
