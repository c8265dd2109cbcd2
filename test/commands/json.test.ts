// JSON.
import { describe, expect, it } from 'vitest';
import { run } from './harness.js';
import { obj } from './fixtures.js';
import { convertToJson, convertFromJson } from '../../src/commands/json.js';
import { PSObject, PSHashtable } from '../../src/runtime/values.js';

describe('JSON', () => {
  it('@{a=1; b=@(1,2)} | ConvertTo-Json -Compress', async () => {
    const h = new PSHashtable(true);
    h.set('a', 1);
    h.set('b', [1, 2]);
    expect((await run(convertToJson, { Compress: true }, { input: [h] })).output).toEqual(['{"a":1,"b":[1,2]}']);
  });
  it('several pipeline objects become one array', async () => {
    expect((await run(convertToJson, { Compress: true }, { input: [1, 2] })).output).toEqual(['[1,2]']);
    expect((await run(convertToJson, { Compress: true, AsArray: true }, { input: [1] })).output).toEqual(['[1]']);
  });
  it('exceeding -Depth warns', async () => {
    const deep = obj({ a: obj({ b: obj({ c: 1 }) }) });
    const r = await run(convertToJson, { Depth: 1, Compress: true }, { input: [deep] });
    expect(r.warnings).toEqual(['Resulting JSON is truncated as serialization has exceeded the set depth of 1.']);
  });
  it('ConvertFrom-Json unrolls a top-level array; -AsHashtable; lines of one document', async () => {
    // JSON integers are Int64 in pwsh; compared here by value.
    expect((await run(convertFromJson, {}, { input: ['[1,2,3]'] })).output.map(Number)).toEqual([1, 2, 3]);
    expect((await run(convertFromJson, { NoEnumerate: true }, { input: ['[1,2]'] })).output.map((a) => (a as unknown[]).map(Number))).toEqual([[1, 2]]);
    expect((await run(convertFromJson, { AsHashtable: true }, { input: ['{"a":1}'] })).output[0]).toBeInstanceOf(PSHashtable);
    const lines = await run(convertFromJson, {}, { input: ['{', '"a": 5', '}'] });
    expect(Number((lines.output[0] as PSObject).get('a'))).toBe(5);
  });
});
