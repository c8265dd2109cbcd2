// Sort-Object, driven through the harness with parameters as the binder would bind them.
import { describe, expect, it } from 'vitest';
import { run, sb } from './harness.js';
import { sortObject, getUnique } from '../../src/commands/sort-object.js';
import { ht, people, names } from './fixtures.js';
import { getMember } from '../../src/runtime/member-access.js';

describe('Sort-Object', () => {
  it('3,1,2 | Sort-Object → 1 2 3; -Descending → 3 2 1', async () => {
    expect((await run(sortObject, {}, { input: [3, 1, 2] })).output).toEqual([1, 2, 3]);
    expect((await run(sortObject, { Descending: true }, { input: [3, 1, 2] })).output).toEqual([3, 2, 1]);
  });
  it('strings sort case-insensitively; -Unique drops equal ones', async () => {
    expect((await run(sortObject, {}, { input: ['b', 'A', 'c'] })).output).toEqual(['A', 'b', 'c']);
    expect((await run(sortObject, { Unique: true }, { input: [5, 3, 1, 3] })).output).toEqual([1, 3, 5]);
  });
  it('Sort-Object City, @{E="Age"; Descending=$true}', async () => {
    const r = await run(sortObject, { Property: ['City', ht({ E: 'Age', Descending: true })] }, { input: people() });
    expect(names(r.output)).toEqual(['cy', 'ann', 'Bob']);
  });
  it('Sort-Object { $_.Name.Length } with a script block key', async () => {
    const r = await run(sortObject, { Property: [sb((o) => String(getMember(o, 'Name')).length)] }, { input: people() });
    expect(names(r.output)).toEqual(['cy', 'ann', 'Bob']);
  });
  it('-Top 2 / -Bottom 1', async () => {
    expect((await run(sortObject, { Top: 2 }, { input: [5, 3, 9, 1] })).output).toEqual([1, 3]);
    expect((await run(sortObject, { Bottom: 1 }, { input: [5, 3, 9, 1] })).output).toEqual([9]);
  });
});

describe('Get-Unique', () => {
  it("'a','a','b','a' | Get-Unique drops only neighbours; case-sensitive unless -CaseInsensitive", async () => {
    expect((await run(getUnique, {}, { input: ['a', 'a', 'b', 'a'] })).output).toEqual(['a', 'b', 'a']);
    expect((await run(getUnique, {}, { input: ['a', 'A'] })).output).toEqual(['a', 'A']);
    expect((await run(getUnique, { CaseInsensitive: true }, { input: ['a', 'A'] })).output).toEqual(['a']);
    expect((await run(getUnique, {}, { input: [1, 1, 2] })).output).toEqual([1, 2]);
  });
});
