// Get-Random.
import { describe, expect, it } from 'vitest';
import { run } from './harness.js';
import { getRandom, newGuid } from '../../src/commands/random.js';
import { PSGuid } from '../../src/runtime/values.js';

describe('Get-Random', () => {
  it('-Minimum 1 -Maximum 3 gives 1 or 2', async () => {
    for (let i = 0; i < 20; i++) expect([1, 2]).toContain((await run(getRandom, { Minimum: 1, Maximum: 3 })).output[0]);
  });
  it('-SetSeed makes the sequence repeat', async () => {
    const a = (await run(getRandom, { SetSeed: 42, Maximum: 1000, Count: 3 })).output;
    const b = (await run(getRandom, { SetSeed: 42, Maximum: 1000, Count: 3 })).output;
    expect(a).toEqual(b);
  });
  it('picks distinct items from input with -Count', async () => {
    const r = await run(getRandom, { Count: 3 }, { input: [1, 2, 3, 4, 5] });
    expect(new Set(r.output).size).toBe(3);
  });
  it('Minimum >= Maximum is an error', async () => {
    await expect(run(getRandom, { Minimum: 5, Maximum: 5 })).rejects.toThrow('The Minimum value (5) cannot be greater than or equal to the Maximum value (5).');
  });
});

describe('New-Guid', () => {
  it('a random GUID; -Empty is all zeros', async () => {
    const g = (await run(newGuid, {})).output[0] as PSGuid;
    expect(g.value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(((await run(newGuid, { Empty: true })).output[0] as PSGuid).value).toBe('00000000-0000-0000-0000-000000000000');
  });
});
