// Compare-Object: differences between a reference and a difference set (SideIndicator => <= ==),
// optionally by properties.
import type { CommandDefinition } from '../runtime/command.js';
import { PSComparableObject, PSObject } from '../runtime/values.js';
import { enumerate, toStringValue } from '../runtime/conversions.js';
import { valuesEqual } from '../runtime/operators.js';
import { getMember } from '../runtime/member-access.js';
import { parsePropertySpecs, allSettled, type PropertySpec } from './calculated-property.js';
import { expandNames } from './properties.js';

const NAME = 'Compare-Object';

function listOf(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  const e = enumerate(v);
  return e ? [...e] : [v];
}

export const compareObject: CommandDefinition = {
  metadata: {
    name: NAME,
    aliases: ['compare', 'diff'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [
      { name: 'ReferenceObject', type: 'psobject', mandatory: true, position: 0 },
      { name: 'DifferenceObject', type: 'psobject', mandatory: true, position: 1, valueFromPipeline: true },
      { name: 'SyncWindow', type: 'int', validateRange: [0, 2147483647] },
      { name: 'Property', type: 'object[]' },
      { name: 'ExcludeDifferent', type: 'switch' },
      { name: 'IncludeEqual', type: 'switch' },
      { name: 'PassThru', type: 'switch' },
      { name: 'Culture', type: 'string' },
      { name: 'CaseSensitive', type: 'switch' },
    ],
    help: {
      synopsis: 'Compares two sets of objects.',
      examples: [
        { code: 'Compare-Object (Get-Content a.txt) (Get-Content b.txt)', remarks: '=> lines only in b.txt, <= lines only in a.txt.' },
        { code: 'Compare-Object $before $after -Property PrimarySmtpAddress -IncludeEqual', remarks: 'Compares by one property, == for equal ones.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    const cs = p.CaseSensitive === true;
    const includeEqual = p.IncludeEqual === true || p.ExcludeDifferent === true;
    const excludeDifferent = p.ExcludeDifferent === true;
    const difference: unknown[] = [];
    const specs: PropertySpec[] | undefined = p.Property != null ? parsePropertySpecs(ctx, NAME, p.Property as unknown[]) : undefined;
    return {
      process(input) {
        const v = ctx.expectingInput ? input : p.DifferenceObject;
        difference.push(...listOf(v));
      },
      end() {
        const reference = listOf(p.ReferenceObject);
        const sample = reference[0] ?? difference[0];
        const getters: { name: string; get(o: unknown): unknown }[] = [];
        for (const s of specs ?? []) {
          if (s.kind === 'calculated') getters.push({ name: s.name, get: s.get });
          else for (const n of expandNames(sample, [s.pattern])) getters.push({ name: n, get: (o) => getMember(o, n) ?? null });
        }
        const keysOf = (objs: unknown[]) => {
          const raw: unknown[] = [];
          for (const o of objs) {
            if (getters.length) for (const g of getters) raw.push(g.get(o));
            else raw.push(o);
          }
          return raw;
        };
        const width = Math.max(1, getters.length);
        return allSettled([...keysOf(reference), ...keysOf(difference)], (vals) => {
          const refKeys = reference.map((_, i) => vals.slice(i * width, (i + 1) * width));
          const off = reference.length * width;
          const diffKeys = difference.map((_, i) => vals.slice(off + i * width, off + (i + 1) * width));
          const same = (a: unknown[], b: unknown[]) => a.every((x, i) => equal(x, b[i], cs));
          const usedRef = new Array<boolean>(reference.length).fill(false);
          const out: unknown[] = [];
          difference.forEach((d, i) => {
            const j = refKeys.findIndex((k, idx) => !usedRef[idx] && same(k, diffKeys[i]!));
            if (j >= 0) {
              usedRef[j] = true;
              if (includeEqual) out.push(result(d, diffKeys[i]!, '=='));
            } else if (!excludeDifferent) out.push(result(d, diffKeys[i]!, '=>'));
          });
          if (!excludeDifferent) reference.forEach((r, j) => !usedRef[j] && out.push(result(r, refKeys[j]!, '<=')));
          return ctx.writeEnumerated(out);
        });

        function result(obj: unknown, keys: unknown[], side: string): unknown {
          if (p.PassThru === true) {
            if (obj instanceof PSObject) {
              obj.props.set('sideindicator', { kind: 'note', name: 'SideIndicator', value: side });
              return obj;
            }
            return obj;
          }
          if (getters.length) {
            return PSObject.fromEntries([...getters.map((g, i) => [g.name, keys[i]] as [string, unknown]), ['SideIndicator', side]]);
          }
          return PSObject.fromEntries([
            ['InputObject', obj],
            ['SideIndicator', side],
          ]);
        }
      },
    };
  },
};

/** Objects without a .NET equality compare by their string form, as PowerShell's comparer does. */
function equal(a: unknown, b: unknown, cs: boolean): boolean {
  if (a instanceof PSComparableObject || b instanceof PSComparableObject) return valuesEqual(a, b, cs);
  if (a instanceof PSObject || b instanceof PSObject) {
    const sa = toStringValue(a);
    const sb = toStringValue(b);
    return cs ? sa === sb : sa.toLowerCase() === sb.toLowerCase();
  }
  return valuesEqual(a, b, cs);
}
