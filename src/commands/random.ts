// Get-Random: numbers in a range, or items picked from the input (-Count, -Shuffle, -SetSeed).
import type { CommandDefinition } from '../runtime/command.js';
import { enumerate, toNumber } from '../runtime/conversions.js';
import { isIntegral } from '../dotnet/number-format.js';
import { cmdletError } from './cmdlet-errors.js';
import { randomUUID } from 'node:crypto';
import { PSGuid } from '../runtime/values.js';

/** A seeded generator (mulberry32): the same seed gives the same sequence within exosh. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let shared: () => number = Math.random;

export const getRandom: CommandDefinition = {
  metadata: {
    name: 'Get-Random',
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'RandomNumberParameterSet',
    parameters: [
      { name: 'SetSeed', type: 'int' },
      { name: 'Maximum', type: 'object', position: 0, parameterSets: ['RandomNumberParameterSet'] },
      { name: 'Minimum', type: 'object', parameterSets: ['RandomNumberParameterSet'] },
      { name: 'InputObject', type: 'object[]', position: 0, mandatory: true, valueFromPipeline: true, parameterSets: ['RandomListItemParameterSet', 'ShuffleParameterSet'] },
      { name: 'Count', type: 'int', parameterSets: ['RandomNumberParameterSet', 'RandomListItemParameterSet'], validateRange: [1, 2147483647] },
      { name: 'Shuffle', type: 'switch', mandatory: true, parameterSets: ['ShuffleParameterSet'] },
    ],
    help: {
      synopsis: 'Gets a random number, or selects objects randomly from a collection.',
      examples: [
        { code: 'Get-Random -Minimum 1 -Maximum 7', remarks: 'A number from 1 to 6.' },
        { code: 'Get-Mailbox | Get-Random -Count 3', remarks: 'Three mailboxes picked at random.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    if (p.SetSeed !== undefined) shared = seeded(Number(p.SetSeed));
    const rnd = () => shared();
    const items: unknown[] = [];
    const listMode = ctx.bound.has('InputObject') || ctx.expectingInput || p.Shuffle === true;
    return {
      process(input) {
        if (!listMode) return;
        const v = ctx.expectingInput ? input : p.InputObject;
        const e = enumerate(v);
        if (e) for (const x of e) items.push(x);
        else if (v !== undefined) items.push(v);
      },
      end() {
        if (listMode) {
          const count = p.Shuffle === true ? items.length : Math.min(items.length, (p.Count as number | undefined) ?? 1);
          const pool = [...items];
          const picked: unknown[] = [];
          for (let i = 0; i < count; i++) {
            const j = i + Math.floor(rnd() * (pool.length - i));
            [pool[i], pool[j]] = [pool[j], pool[i]];
            picked.push(pool[i]);
          }
          return ctx.writeEnumerated(picked);
        }
        const minRaw = p.Minimum;
        const maxRaw = p.Maximum;
        const min = minRaw === undefined ? 0 : toNumber(minRaw, 'System.Double');
        const max = maxRaw === undefined ? 2147483647 : toNumber(maxRaw, 'System.Double');
        if (min >= max) {
          ctx.throwTerminating(
            cmdletError(
              'Get-Random',
              `The Minimum value (${min}) cannot be greater than or equal to the Maximum value (${max}).`,
              'MinGreaterThanOrEqualMax',
              'InvalidArgument',
              null,
              'System.ArgumentException',
            ),
          );
        }
        const integers = isIntegral(min) && isIntegral(max) && !isDoubleText(minRaw) && !isDoubleText(maxRaw);
        const count = (p.Count as number | undefined) ?? 1;
        const out: number[] = [];
        for (let i = 0; i < count; i++) {
          const r = min + rnd() * (max - min);
          out.push(integers ? Math.floor(r) : r);
        }
        return ctx.writeEnumerated(out);
      },
    };
  },
};

function isDoubleText(v: unknown): boolean {
  return typeof v === 'string' && /[.eE]/.test(v);
}

export const newGuid: CommandDefinition = {
  metadata: {
    name: 'New-Guid',
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [{ name: 'Empty', type: 'switch' }],
    help: {
      synopsis: 'Creates a GUID.',
      examples: [{ code: 'New-Guid', remarks: 'A new random GUID.' }],
    },
  },
  create(ctx) {
    return {
      process() {
        if (ctx.params.Empty === true) return ctx.write(new PSGuid('00000000-0000-0000-0000-000000000000'));
        return ctx.write(new PSGuid(randomUUID()));
      },
    };
  },
};

export const randomCommands = [getRandom, newGuid];
