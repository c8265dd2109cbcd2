// How a cmdlet reads its current input object: from the pipeline when something is piped,
// otherwise from -InputObject (bound as one object, as PowerShell does).
import type { CommandContext } from '../runtime/command.js';
import { toBool } from '../runtime/conversions.js';

/** The object to work on; undefined means "nothing to do" (no pipeline input, no -InputObject). */
export function inputOf(ctx: CommandContext, input: unknown): unknown {
  if (ctx.expectingInput) return input;
  return ctx.bound.has('InputObject') ? ctx.params.InputObject : undefined;
}

/** process() of a cmdlet that works on all its input at the end (sorting, grouping, formatting): keeps each object. */
export function collectInputInto(ctx: CommandContext, into: unknown[]): (input: unknown) => void {
  return (input) => {
    const o = inputOf(ctx, input);
    if (o !== undefined) into.push(o);
  };
}

/** PowerShell's truth of a script block's output: none false, one by its value, several true. */
export function isTrueResult(out: unknown[]): boolean {
  if (out.length === 0) return false;
  if (out.length === 1) return toBool(out[0]);
  return true;
}

/** A script block's output as one value: $null for none, the value for one, an array for several. */
export function singleResult(out: unknown[]): unknown {
  if (out.length === 0) return null;
  if (out.length === 1) return out[0];
  return out;
}
