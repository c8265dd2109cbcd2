// Select-Object: property projection (wildcards, calculated properties, -ExpandProperty,
// -ExcludeProperty) and positional selection (-First -Last -Skip -SkipLast -Index -Unique).
import type { CommandContext, CommandDefinition, CommandInstance } from '../runtime/command.js';
import { RuntimeError } from '../runtime/errors.js';
import { PSObject } from '../runtime/values.js';
import { enumerate, typeNamesOf } from '../runtime/conversions.js';
import { getMember } from '../runtime/member-access.js';
import { compareValues } from '../runtime/operators.js';
import { inputOf } from './pipeline-input.js';
import { parsePropertySpecs, allSettled, type PropertySpec } from './calculated-property.js';
import { expandNames, hasProperty } from './properties.js';
import { wildcardMatcher, hasWildcard } from './wildcard.js';
import { cmdletError } from './cmdlet-errors.js';

const NAME = 'Select-Object';

function create(ctx: CommandContext): CommandInstance {
  const p = ctx.params;
  const specs = p.Property != null ? parsePropertySpecs(ctx, NAME, p.Property as unknown[]) : undefined;
  const exclude = p.ExcludeProperty as string[] | undefined;
  const excluded = exclude?.length ? wildcardMatcher(exclude) : undefined;
  const expand = p.ExpandProperty as string | undefined;
  const project = makeProjection(ctx, specs, excluded, expand);

  const first = p.First as number | undefined;
  const last = p.Last as number | undefined;
  const skip = (p.Skip as number | undefined) ?? 0;
  const skipLast = p.SkipLast as number | undefined;
  const index = p.Index as number[] | undefined;
  const skipIndex = p.SkipIndex as number[] | undefined;
  const unique = p.Unique === true;
  const caseInsensitive = p.CaseInsensitive === true;
  // -Unique: scalars by a normalised key (fast), objects compared one by one.
  const seenKeys = new Set<string>();
  const seenObjects: unknown[] = [];
  const isNew = (o: unknown): boolean => {
    const key = scalarKey(o, caseInsensitive);
    if (key !== undefined) {
      if (seenKeys.has(key)) return false;
      seenKeys.add(key);
      return true;
    }
    if (seenObjects.some((s) => sameObject(s, o, !caseInsensitive))) return false;
    seenObjects.push(o);
    return true;
  };

  const emit = (obj: unknown): void | Promise<void> => {
    const projected = project(obj);
    if (projected instanceof Promise) return projected.then(emitProjected);
    return emitProjected(projected);
  };
  const emitProjected = (objs: unknown[]): void | Promise<void> => {
    let pending: Promise<void> | undefined;
    for (const o of objs) {
      if (unique && !isNew(o)) continue;
      const r = ctx.write(o);
      if (r) pending = pending ? pending.then(() => r) : r;
    }
    return pending;
  };

  let n = 0;
  if (index || skipIndex) {
    const wanted = new Set(index ?? []);
    const skipped = new Set(skipIndex ?? []);
    const negative = [...wanted].some((i) => i < 0);
    const buffer: unknown[] = [];
    const maxIndex = Math.max(-1, ...wanted);
    return {
      process(input) {
        const obj = inputOf(ctx, input);
        if (obj === undefined || obj === null) return;
        const i = n++;
        if (negative) {
          buffer.push(obj);
          return;
        }
        if (index ? wanted.has(i) : !skipped.has(i)) {
          const r = emit(obj);
          if (index && i >= maxIndex) ctx.stopUpstream();
          return r;
        }
        if (index && i >= maxIndex) ctx.stopUpstream();
      },
      async end() {
        if (!negative) return;
        const picked = [...(index ?? [])].map((i) => (i < 0 ? buffer.length + i : i)).sort((a, b) => a - b);
        for (const i of new Set(picked)) if (i >= 0 && i < buffer.length) await emit(buffer[i]);
      },
    };
  }

  const needsTail = last !== undefined || skipLast !== undefined;
  if (!needsTail) {
    return {
      process(input) {
        const obj = inputOf(ctx, input);
        // Select-Object drops $null input objects, as PowerShell's does.
        if (obj === undefined || obj === null) return;
        const i = n++;
        if (i < skip) return;
        if (first !== undefined) {
          if (i - skip >= first) {
            ctx.stopUpstream();
            return;
          }
          const r = emit(obj);
          if (i - skip + 1 >= first) ctx.stopUpstream();
          return r;
        }
        return emit(obj);
      },
      begin() {
        if (first === 0) ctx.stopUpstream();
      },
    };
  }

  // -Last / -SkipLast need to know where the input ends. With -Last, -Skip counts from the end.
  const buffer: unknown[] = [];
  let firstDone = 0;
  const keep = (last ?? 0) + (last !== undefined ? skip : 0);
  return {
    process(input) {
      const obj = inputOf(ctx, input);
      if (obj === undefined || obj === null) return;
      const i = n++;
      if (last === undefined && i < skip) return;
      if (skipLast !== undefined) {
        buffer.push(obj);
        if (buffer.length > skipLast) return emit(buffer.shift());
        return;
      }
      if (first !== undefined && firstDone < first) {
        firstDone++;
        return emit(obj);
      }
      buffer.push(obj);
      if (buffer.length > keep) buffer.shift();
    },
    async end() {
      if (skipLast !== undefined) return;
      for (const o of buffer.slice(0, Math.max(0, buffer.length - skip))) await emit(o);
    },
  };
}

/** Builds the per-object projection: returns the objects to write for one input. */
function makeProjection(
  ctx: CommandContext,
  specs: PropertySpec[] | undefined,
  excluded: ((n: string) => boolean) | undefined,
  expand: string | undefined,
): (obj: unknown) => unknown[] | Promise<unknown[]> {
  if (!specs && !expand && !excluded) return (o) => [o];
  return (obj) => {
    const names: string[] = [];
    const values: unknown[] = [];
    if (specs || (excluded && !expand)) {
      for (const spec of specs ?? [{ kind: 'name', pattern: '*' } as PropertySpec]) {
        if (spec.kind === 'calculated') {
          names.push(spec.name);
          values.push(spec.get(obj));
          continue;
        }
        const expanded = expandNames(obj, [spec.pattern]);
        for (const name of expanded) {
          if (excluded?.(name)) continue;
          if (hasWildcard(spec.pattern) || hasProperty(obj, name)) {
            names.push(canonicalName(obj, name));
            values.push(getMember(obj, name) ?? null);
          } else {
            names.push(name);
            values.push(null);
          }
        }
      }
    }
    return allSettled(values, (vals) => {
      if (expand === undefined) return [selected(obj, names, vals)];
      if (!hasProperty(obj, expand)) {
        ctx.writeError(
          cmdletError(NAME, `Property "${expand}" cannot be found.`, 'ExpandPropertyNotFound', 'InvalidArgument', obj),
        );
        return [];
      }
      const value = getMember(obj, expand);
      const items = enumerate(value);
      const list = items ? [...items] : [value];
      if (names.length === 0) return list;
      return list.map((item) => {
        if (!(item instanceof PSObject)) return item;
        for (let i = 0; i < names.length; i++) {
          if (item.has(names[i]!)) {
            throw new RuntimeError(
              cmdletError(
                NAME,
                `The property cannot be processed because the property "${names[i]}" already exists.`,
                'AlreadyExistingUserSpecifiedPropertyExpand',
                'InvalidOperation',
                item,
              ),
            );
          }
          item.set(names[i]!, vals[i]);
        }
        return item;
      });
    });
  };
}

function canonicalName(obj: unknown, name: string): string {
  if (obj instanceof PSObject) return obj.props.get(name.toLowerCase())?.name ?? name;
  return name;
}

function selected(obj: unknown, names: string[], values: unknown[]): PSObject {
  const original = typeNamesOf(obj)[0] ?? 'System.Object';
  const out = new PSObject([`Selected.${original}`, 'System.Management.Automation.PSCustomObject', 'System.Object']);
  for (let i = 0; i < names.length; i++) {
    if (!out.has(names[i]!)) out.props.set(names[i]!.toLowerCase(), { kind: 'note', name: names[i]!, value: values[i] });
  }
  return out;
}

function scalarKey(v: unknown, caseInsensitive: boolean): string | undefined {
  if (typeof v === 'string') return 's:' + (caseInsensitive ? v.toLowerCase() : v);
  if (typeof v === 'number') return 'n:' + v;
  if (typeof v === 'boolean') return 'b:' + v;
  if (v === null) return 'null';
  return undefined;
}

/** -Unique equality: scalars compared as values; objects by every property value. */
function sameObject(a: unknown, b: unknown, caseSensitive: boolean): boolean {
  if (a instanceof PSObject && b instanceof PSObject) {
    const an = a.names();
    const bn = b.names();
    if (an.length !== bn.length) return false;
    return an.every((n) => b.has(n) && compareSafe(a.get(n), b.get(n), caseSensitive));
  }
  return compareSafe(a, b, caseSensitive);
}

function compareSafe(a: unknown, b: unknown, caseSensitive: boolean): boolean {
  if (a === b) return true;
  try {
    return compareValues(a, b, caseSensitive) === 0;
  } catch {
    return false;
  }
}

const SETS_PROPERTY = ['DefaultParameter', 'SkipLastParameter'];

export const selectObject: CommandDefinition = {
  metadata: {
    name: NAME,
    aliases: ['select'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'DefaultParameter',
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Property', type: 'object[]', position: 0, parameterSets: SETS_PROPERTY, description: 'Properties to select: names (wildcards allowed) or @{Name=..; Expression=..}.' },
      { name: 'ExcludeProperty', type: 'string[]', parameterSets: SETS_PROPERTY },
      { name: 'ExpandProperty', type: 'string', parameterSets: SETS_PROPERTY, description: 'Writes the values of this property instead of an object.' },
      { name: 'Unique', type: 'switch' },
      { name: 'CaseInsensitive', type: 'switch' },
      { name: 'Last', type: 'int', parameterSets: ['DefaultParameter'], validateRange: [0, 2147483647] },
      { name: 'First', type: 'int', parameterSets: ['DefaultParameter'], validateRange: [0, 2147483647] },
      { name: 'Skip', type: 'int', parameterSets: SETS_PROPERTY, validateRange: [0, 2147483647] },
      { name: 'SkipLast', type: 'int', parameterSets: ['SkipLastParameter'], validateRange: [0, 2147483647] },
      { name: 'Wait', type: 'switch', parameterSets: ['DefaultParameter', 'IndexParameter'] },
      { name: 'Index', type: 'int[]', parameterSets: ['IndexParameter'] },
      { name: 'SkipIndex', type: 'int[]', parameterSets: ['SkipIndexParameter'] },
    ],
    help: {
      synopsis: 'Selects objects or object properties.',
      examples: [
        { code: 'Get-Mailbox | Select-Object DisplayName, PrimarySmtpAddress', remarks: 'New objects with only these two properties.' },
        { code: "Get-Mailbox | Select-Object -First 5", remarks: 'The first five objects; upstream work stops after them.' },
        { code: "Get-Mailbox | Select-Object Name, @{N='SizeGB'; E={ $_.Size / 1GB }}", remarks: 'A calculated property.' },
        { code: 'Get-Mailbox | Select-Object -ExpandProperty EmailAddresses', remarks: 'The values of one property, unrolled.' },
      ],
    },
  },
  create,
};
