// Measure-Object, driven through the harness with parameters as the binder would bind them.
import { describe, expect, it } from 'vitest';
import { run } from './harness.js';
import { measureObject } from '../../src/commands/measure-object.js';
import { people, names } from './fixtures.js';
import { PSObject } from '../../src/runtime/values.js';

describe('Measure-Object', () => {
  it('1..10 | Measure-Object -Sum -Average -Maximum -Minimum', async () => {
    const r = await run(measureObject, { Sum: true, Average: true, Maximum: true, Minimum: true }, { input: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    const m = r.output[0] as PSObject;
    expect(m.names()).toEqual(['Count', 'Average', 'Sum', 'Maximum', 'Minimum', 'StandardDeviation', 'Property']);
    // Every statistic but Count is a Double in pwsh (55, not an Int32 55); compared here by value.
    expect([m.get('Count'), m.get('Average'), m.get('Sum'), m.get('Maximum'), m.get('Minimum')].map(Number)).toEqual([10, 5.5, 55, 10, 1]);
    expect(m.get('StandardDeviation')).toBeNull();
  });
  it('Measure-Object alone counts; unrequested stats are $null', async () => {
    const m = (await run(measureObject, {}, { input: ['a', 'b'] })).output[0] as PSObject;
    expect(m.get('Count')).toBe(2);
    expect(m.get('Sum')).toBeNull();
  });
  it('Measure-Object Age -Sum', async () => {
    const m = (await run(measureObject, { Property: ['Age'], Sum: true }, { input: people() })).output[0] as PSObject;
    expect([Number(m.get('Sum')), m.get('Property')]).toEqual([96, 'Age']);
  });
  it('a property no object has gives no result and no error (pwsh 7.6: `$p | Measure-Object Nope -Sum` prints nothing)', async () => {
    const r = await run(measureObject, { Property: ['Nope'], Sum: true }, { input: people() });
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([]);
  });
  it('only the properties some object has are measured', async () => {
    const r = await run(measureObject, { Property: ['Nope', 'Age'], Sum: true }, { input: people() });
    expect(r.output.map((o) => (o as PSObject).get('Property'))).toEqual(['Age']);
  });
  it('-Line -Word -Character', async () => {
    const m = (await run(measureObject, { Line: true, Word: true, Character: true }, { input: ['hello world', 'x'] })).output[0] as PSObject;
    expect([m.get('Lines'), m.get('Words'), m.get('Characters')]).toEqual([2, 3, 12]);
  });
});
