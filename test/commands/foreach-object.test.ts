// ForEach-Object, driven through the harness with parameters as the binder would bind them.
import { describe, expect, it } from 'vitest';
import { run, sb } from './harness.js';
import { foreachObject } from '../../src/commands/foreach-object.js';
import { people } from './fixtures.js';

describe('ForEach-Object', () => {
  it('1..3 | % { $_ * 2 }', async () => {
    expect((await run(foreachObject, { Process: [sb((x) => (x as number) * 2)] }, { input: [1, 2, 3] })).output).toEqual([2, 4, 6]);
  });
  it('three positional blocks are begin, process, end', async () => {
    let total = 0;
    const r = await run(
      foreachObject,
      { Process: [sb(() => (total = 0, undefined))], RemainingScripts: [sb((x) => void (total += x as number)), sb(() => total)] },
      { input: [1, 2, 3] },
    );
    expect(r.output).toEqual([6]);
  });
  it('-MemberName gets a property or calls a method', async () => {
    expect((await run(foreachObject, { MemberName: 'Name' }, { input: people() })).output).toEqual(['ann', 'Bob', 'cy']);
    expect((await run(foreachObject, { MemberName: 'ToUpper' }, { input: ['a', 'b'] })).output).toEqual(['A', 'B']);
    expect((await run(foreachObject, { MemberName: 'Replace', ArgumentList: ['a', 'o'] }, { input: ['banana'] })).output).toEqual(['bonono']);
  });
  it('script block output is unrolled', async () => {
    expect((await run(foreachObject, { Process: [sb(() => [1, 2])] }, { input: ['x'] })).output).toEqual([1, 2]);
  });
});
