// The script blocks of Format-Table/-List/-Wide calculated properties (and -GroupBy), run for an
// object before its record is built. The record builders in src/format read cells synchronously;
// a block that runs an asynchronous command (a remote cmdlet) is awaited here and its result handed
// to them, instead of leaving a blank cell.
import type { CommandContext } from '../runtime/command.js';
import { type MaybePromise, runLoop } from '../runtime/async.js';
import { ErrorRecord, RuntimeError } from '../runtime/errors.js';
import { ScriptBlockValue } from '../runtime/values.js';
import type { Evaluator, PropertySpec } from '../format/records.js';

/** The script blocks among property specs (names, views' functions and literal values need no running). */
export function scriptBlocksOf(specs: readonly (PropertySpec | undefined)[]): ScriptBlockValue[] {
  const blocks: ScriptBlockValue[] = [];
  for (const s of specs) if (s && typeof s !== 'string' && s.expression instanceof ScriptBlockValue) blocks.push(s.expression);
  return blocks;
}

export class PreparedBlocks {
  private readonly results = new Map<ScriptBlockValue, Map<unknown, unknown[]>>();

  constructor(
    private readonly ctx: CommandContext,
    private readonly blocks: readonly ScriptBlockValue[],
  ) {}

  /** Runs every block for `o`; a promise only when one of them ran asynchronous commands. */
  prepare(o: unknown): MaybePromise<void> {
    if (this.blocks.length === 0) return undefined;
    let i = 0;
    return runLoop(() => {
      if (i >= this.blocks.length) return false;
      const block = this.blocks[i++]!;
      const r = this.ctx.invoke(block, o);
      if (Array.isArray(r)) {
        this.store(block, o, r);
        return true;
      }
      return r.then((out) => {
        this.store(block, o, out);
        return true;
      });
    });
  }

  prepareAll(objects: readonly unknown[]): MaybePromise<void> {
    if (this.blocks.length === 0) return undefined;
    let i = 0;
    return runLoop(() => {
      if (i >= objects.length) return false;
      const r = this.prepare(objects[i++]);
      return r instanceof Promise ? r.then(() => true) : true;
    });
  }

  /** Drops an object's results once its record is built (the same object may come again). */
  forget(o: unknown): void {
    for (const m of this.results.values()) m.delete(o);
  }

  /** What the record builders call: the prepared result, else the block run now (it must be synchronous). */
  readonly evaluate: Evaluator = (block, o) => {
    const prepared = this.results.get(block)?.get(o);
    if (prepared) return prepared;
    const r = this.ctx.invoke(block, o);
    if (Array.isArray(r)) return r;
    r.catch(() => undefined);
    throw new RuntimeError(
      new ErrorRecord(
        'A script block that runs asynchronous commands (such as a remote cmdlet) was evaluated where exosh cannot wait for it.',
        'ScriptBlockAsynchronous',
        'NotImplemented',
        o,
      ),
    );
  };

  private store(block: ScriptBlockValue, o: unknown, out: unknown[]): void {
    let m = this.results.get(block);
    if (!m) this.results.set(block, (m = new Map()));
    m.set(o, out);
  }
}
