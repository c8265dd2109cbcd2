// Group commit: writers arriving while a flush is on its way to disk share the next one; a failed
// append is never retried line by line but replaced by a whole new store file; lines a compaction
// already covers are not appended again.
import { describe, expect, it } from 'vitest';
import { GroupCommit, type CommitTarget } from '../../../src/sandbox/store/group-commit.js';

function fakeTarget(opts: { failAppends?: number; compactAfterBytes?: number } = {}) {
  const appends: string[] = [];
  const snapshots: string[][] = [];
  let failures = opts.failAppends ?? 0;
  let logBytes = 0;
  const memory: string[] = [];
  const target: CommitTarget<string[]> = {
    async append(text) {
      await new Promise((r) => setTimeout(r, 5));
      if (failures > 0) {
        failures--;
        throw new Error('disk full');
      }
      appends.push(text);
      logBytes += text.length;
    },
    capture: () => [...memory],
    async writeSnapshot(captured) {
      await new Promise((r) => setTimeout(r, 5));
      snapshots.push(captured);
      logBytes = 0;
    },
    wantsCompaction: () => logBytes > (opts.compactAfterBytes ?? Infinity),
    failure: (cause) => new Error(`Could not save: ${(cause as Error).message}`),
  };
  const commit = (gc: GroupCommit<string[]>, line: string) => {
    memory.push(line);
    return gc.commit(`${line}\n`);
  };
  return { target, appends, snapshots, commit };
}

describe('GroupCommit', () => {
  it('makes 100 concurrent changes durable with two appends, in order', async () => {
    const t = fakeTarget();
    const gc = new GroupCommit(t.target);
    await Promise.all(Array.from({ length: 100 }, (_, i) => t.commit(gc, `c${i}`)));
    expect(t.appends).toHaveLength(2);
    expect(t.appends.join('')).toBe(Array.from({ length: 100 }, (_, i) => `c${i}\n`).join(''));
  });

  it('rejects the changes of a failed append and saves everything with a new store file next', async () => {
    const t = fakeTarget({ failAppends: 1 });
    const gc = new GroupCommit(t.target);
    await expect(t.commit(gc, 'lost?')).rejects.toThrow('Could not save: disk full');
    await t.commit(gc, 'next');
    expect(t.appends).toEqual([]);
    expect(t.snapshots).toEqual([['lost?', 'next']]);
    await t.commit(gc, 'after');
    expect(t.appends).toEqual(['after\n']);
  });

  it('does not append lines a compaction already captured', async () => {
    const t = fakeTarget({ compactAfterBytes: 1 });
    const gc = new GroupCommit(t.target);
    const first = t.commit(gc, 'a');
    const queued = [t.commit(gc, 'b'), t.commit(gc, 'c')];
    await Promise.all([first, ...queued]);
    // 'a' was appended; the log then asked for compaction, which captured 'b' and 'c' while they waited.
    expect(t.appends).toEqual(['a\n']);
    expect(t.snapshots).toEqual([['a', 'b', 'c']]);
  });
});
