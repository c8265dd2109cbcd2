// Group-Object: buffers input, sorts by the grouping keys (PowerShell 6.1+ output order) and
// emits GroupInfo objects, or a hashtable with -AsHashTable.
import type { CommandContext, CommandDefinition, CommandInstance } from '../runtime/command.js';
import { PSObject, PSHashtable } from '../runtime/values.js';
import { toStringValue } from '../runtime/conversions.js';
import { getMember } from '../runtime/member-access.js';
import { collectInputInto } from './pipeline-input.js';
import { parsePropertySpecs, allSettled } from './calculated-property.js';
import { expandNames } from './properties.js';
import { compareForSort } from './sort-object.js';

const NAME = 'Group-Object';

export function groupInfo(name: string, values: unknown[], group: unknown[], noElement: boolean): PSObject {
  const type = noElement ? 'Microsoft.PowerShell.Commands.GroupInfoNoElement' : 'Microsoft.PowerShell.Commands.GroupInfo';
  const types = noElement ? [type, 'Microsoft.PowerShell.Commands.GroupInfo', 'System.Object'] : [type, 'System.Object'];
  return PSObject.fromEntries(
    [
      ['Values', values],
      ['Count', group.length],
      ['Group', noElement ? [] : group],
      ['Name', name],
    ],
    types,
  );
}

function create(ctx: CommandContext): CommandInstance {
  const p = ctx.params;
  const caseSensitive = p.CaseSensitive === true;
  const specs = p.Property != null ? parsePropertySpecs(ctx, NAME, p.Property as unknown[]) : undefined;
  const buffer: unknown[] = [];
  return {
    process: collectInputInto(ctx, buffer),
    end() {
      if (buffer.length === 0) {
        if (p.AsHashTable === true) return ctx.write(new PSHashtable());
        return;
      }
      const getters: ((o: unknown) => unknown)[] = [];
      if (!specs) getters.push((o) => o);
      else {
        for (const s of specs) {
          if (s.kind === 'calculated') getters.push(s.get);
          else for (const n of expandNames(buffer[0], [s.pattern])) getters.push((o) => getMember(o, n) ?? null);
        }
      }
      const raw: unknown[] = [];
      for (const o of buffer) for (const g of getters) raw.push(g(o));
      return allSettled(raw, (vals) => {
        const rows = buffer.map((obj, i) => ({ obj, keys: vals.slice(i * getters.length, (i + 1) * getters.length) }));
        const cmp = (a: unknown[], b: unknown[]) => {
          for (let k = 0; k < a.length; k++) {
            const c = compareForSort(a[k], b[k], caseSensitive);
            if (c !== 0) return c;
          }
          return 0;
        };
        rows.sort((a, b) => cmp(a.keys, b.keys));
        const groups: { keys: unknown[]; members: unknown[] }[] = [];
        for (const r of rows) {
          const last = groups[groups.length - 1];
          if (last && cmp(last.keys, r.keys) === 0) last.members.push(r.obj);
          else groups.push({ keys: r.keys, members: [r.obj] });
        }
        if (p.AsHashTable === true) {
          const table = new PSHashtable();
          for (const g of groups) {
            const key = p.AsString === true || g.keys.length > 1 ? nameOf(g.keys) : g.keys[0];
            table.set(key, g.members);
          }
          return ctx.write(table);
        }
        return ctx.writeEnumerated(groups.map((g) => groupInfo(nameOf(g.keys), g.keys, g.members, p.NoElement === true)));
      });
    },
  };
}

function nameOf(keys: unknown[]): string {
  return keys.map((k) => toStringValue(k)).join(', ');
}

export const groupObject: CommandDefinition = {
  metadata: {
    name: NAME,
    aliases: ['group'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [
      { name: 'NoElement', type: 'switch' },
      { name: 'AsHashTable', type: 'switch', aliases: ['AHT'] },
      { name: 'AsString', type: 'switch' },
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Property', type: 'object[]', position: 0 },
      { name: 'Culture', type: 'string' },
      { name: 'CaseSensitive', type: 'switch' },
    ],
    help: {
      synopsis: 'Groups objects that contain the same value for specified properties.',
      examples: [
        { code: 'Get-Mailbox | Group-Object RecipientTypeDetails', remarks: 'One GroupInfo (Count, Name, Group) per type.' },
        { code: 'Get-Mailbox | Group-Object Database -NoElement', remarks: 'Counts only.' },
        { code: '$byType = Get-Mailbox | Group-Object RecipientTypeDetails -AsHashTable', remarks: 'A hashtable keyed by the value.' },
      ],
    },
  },
  create,
};
