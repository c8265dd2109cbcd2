// Get-Random.
import { describe, expect, it } from 'vitest';
import { run, FakeSession } from './harness.js';
import { writeOutput, writeHost, writeWarning, writeError, writeProgress, writeVerbose } from '../../src/commands/write.js';
import { getVariable, setVariable, newVariable, removeVariable } from '../../src/commands/variables.js';
import { readHost, getCredential, clearHost, startSleep, secureStringText, convertToSecureString, convertFromSecureString } from '../../src/commands/host.js';
import { newObject } from '../../src/commands/members.js';
import { invokeMethod } from '../../src/runtime/methods.js';
import { formatForOutput } from '../../src/format/out.js';
import { getRandom } from '../../src/commands/random.js';
import { PSObject } from '../../src/runtime/values.js';
import { RuntimeError } from '../../src/runtime/errors.js';
import { toStringValue } from '../../src/runtime/conversions.js';

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
