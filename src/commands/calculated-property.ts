// Property specifications shared by Select-Object, Sort-Object, Group-Object, Format-Table...:
// a name (maybe wildcard) or a hashtable `@{Name/Label=..; Expression=..; ...}`.
import type { CommandContext } from '../runtime/command.js';
import { RuntimeError } from '../runtime/errors.js';
import { PSHashtable, ScriptBlockValue } from '../runtime/values.js';
import { getMember } from '../runtime/member-access.js';
import { toBool, toStringValue } from '../runtime/conversions.js';
import { singleResult } from './pipeline-input.js';
import { cmdletError } from './cmdlet-errors.js';

export interface CalculatedProperty {
  kind: 'calculated';
  name: string;
  /** Value for one object; a promise only when the script block ran asynchronous commands. */
  get(obj: unknown): unknown;
  /** Extra keys a command allows (Ascending/Descending, Width, Alignment, FormatString...). */
  extra: Map<string, unknown>;
}

export interface NamedProperty {
  kind: 'name';
  /** As written, maybe with wildcards. */
  pattern: string;
}

export type PropertySpec = CalculatedProperty | NamedProperty;

/** Key → canonical name; PowerShell accepts any unambiguous prefix (N, L, E) of these. */
function canonicalKey(key: string, allowed: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  const exact = allowed.find((a) => a.toLowerCase() === k);
  if (exact) return exact;
  const hits = allowed.filter((a) => a.toLowerCase().startsWith(k));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Parses -Property values. `extraKeys` are the keys beyond Name/Label/Expression that this
 * command accepts. Bad keys raise PowerShell's terminating error.
 */
export function parsePropertySpecs(
  ctx: CommandContext,
  commandName: string,
  values: readonly unknown[],
  extraKeys: readonly string[] = [],
): PropertySpec[] {
  const allowed = ['Name', 'Label', 'Expression', ...extraKeys];
  return values.map((v): PropertySpec => {
    if (v instanceof ScriptBlockValue) {
      return { kind: 'calculated', name: v.text.trim(), get: evaluator(ctx, v), extra: new Map() };
    }
    if (!(v instanceof PSHashtable)) return { kind: 'name', pattern: toStringValue(v) };
    let name: string | undefined;
    let expression: unknown;
    const extra = new Map<string, unknown>();
    for (const [rawKey, value] of v.entries()) {
      const key = canonicalKey(toStringValue(rawKey), allowed);
      if (!key) {
        throw new RuntimeError(
          cmdletError(commandName, `The ${toStringValue(rawKey)} key is not valid.`, 'DictionaryKeyUnknownKey', 'InvalidArgument', v),
        );
      }
      if (key === 'Name' || key === 'Label') {
        if (name !== undefined) {
          throw new RuntimeError(
            cmdletError(commandName, 'The Name and Label keys cannot both be specified.', 'DictionaryKeyIllegalPair', 'InvalidArgument', v),
          );
        }
        name = toStringValue(value);
      } else if (key === 'Expression') expression = value;
      else extra.set(key, value);
    }
    if (expression === undefined) {
      if (extraKeys.includes('Ascending') && name === undefined && extra.size > 0) {
        // Sort-Object allows @{Descending=$true} without an expression: sorts the objects themselves.
        return { kind: 'calculated', name: '', get: (o) => o, extra };
      }
      throw new RuntimeError(
        cmdletError(commandName, 'The Expression key is missing. Add @{Expression = ...} with a script block or a property name.', 'DictionaryKeyMandatoryEntry', 'InvalidArgument', v),
      );
    }
    if (expression instanceof ScriptBlockValue) {
      return { kind: 'calculated', name: name ?? expression.text.trim(), get: evaluator(ctx, expression), extra };
    }
    const prop = toStringValue(expression);
    return { kind: 'calculated', name: name ?? prop, get: (o) => getMember(o, prop) ?? null, extra };
  });
}

function evaluator(ctx: CommandContext, block: ScriptBlockValue): (obj: unknown) => unknown {
  return (obj) => {
    const r = ctx.invoke(block, obj);
    return Array.isArray(r) ? singleResult(r) : r.then(singleResult);
  };
}

/** Reads a Boolean key such as Descending from a calculated property. */
export function extraBool(spec: PropertySpec, key: string): boolean | undefined {
  if (spec.kind !== 'calculated' || !spec.extra.has(key)) return undefined;
  return toBool(spec.extra.get(key));
}

/** Resolves values that may be promises (script blocks that ran asynchronous commands). */
export function allSettled<T>(values: unknown[], then: (vals: unknown[]) => T | Promise<T>): T | Promise<T> {
  for (const v of values) {
    if (v instanceof Promise) return Promise.all(values).then(then);
  }
  return then(values);
}
