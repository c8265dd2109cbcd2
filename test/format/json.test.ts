// ConvertTo-Json / ConvertFrom-Json as PowerShell 7.4 does them.
import { PSNumber } from '../../src/dotnet/numeric-types.js';
import { describe, expect, it } from 'vitest';
import { fromJson, toJson } from '../../src/format/json.js';
import { RuntimeError } from '../../src/runtime/errors.js';
import { PSDateTime, PSHashtable, PSObject } from '../../src/runtime/values.js';
import { makeDate, dateParts } from '../../src/dotnet/date-time.js';

const o = (e: [string, unknown][]) => PSObject.fromEntries(e);
function ht(entries: [string, unknown][]): PSHashtable {
  const h = new PSHashtable(true);
  for (const [k, v] of entries) h.set(k, v);
  return h;
}

describe('ConvertTo-Json', () => {
  it('objects with two-space indentation and "key": value', () => {
    expect(toJson(o([['Name', 'a'], ['Size', 1], ['On', true], ['None', null]]))).toBe('{\n  "Name": "a",\n  "Size": 1,\n  "On": true,\n  "None": null\n}');
  });
  it('arrays, nested, empty', () => {
    expect(toJson([1, 2])).toBe('[\n  1,\n  2\n]');
    expect(toJson(o([['List', [1, 'a']], ['Empty', []], ['Obj', o([])]]))).toBe('{\n  "List": [\n    1,\n    "a"\n  ],\n  "Empty": [],\n  "Obj": {}\n}');
  });
  it('-Compress', () => {
    expect(toJson(ht([['a', 1], ['b', [1, 2]]]), { compress: true })).toBe('{"a":1,"b":[1,2]}');
  });
  it('-AsArray wraps a single object', () => {
    expect(toJson(1, { asArray: true, compress: true })).toBe('[1]');
  });
  it('scalars and string escaping', () => {
    expect(toJson('say "hi"\n\\ <b>')).toBe('"say \\"hi\\"\\n\\\\ <b>"');
    expect(toJson(1.5)).toBe('1.5');
    expect(toJson(null)).toBe('null');
    expect(toJson('\u0001')).toBe('"\\u0001"');
  });
  it('dates as ISO 8601', () => {
    expect(toJson(makeDate(2024, 1, 2, 3, 4, 5))).toBe('"2024-01-02T03:04:05"');
    expect(toJson(makeDate(2024, 1, 2, 3, 4, 5, 120))).toBe('"2024-01-02T03:04:05.12"');
    expect(toJson(new PSDateTime(Date.UTC(2024, 0, 2, 3, 4, 5), 'Utc'))).toBe('"2024-01-02T03:04:05Z"');
  });
  it('beyond -Depth (default 2) objects become their string form, with a warning', () => {
    const warnings: string[] = [];
    const deep = ht([['a', ht([['b', ht([['c', ht([['d', 1]])]])]])]]);
    expect(toJson(deep, { onWarning: (w) => warnings.push(w) })).toBe('{\n  "a": {\n    "b": {\n      "c": "System.Collections.Specialized.OrderedDictionary"\n    }\n  }\n}');
    expect(warnings).toEqual(['Resulting JSON is truncated as serialization has exceeded the set depth of 2.']);
    expect(toJson(o([['a', o([['b', 1]])]]), { depth: 0, compress: true })).toBe('{"a":"@{b=1}"}');
  });
});

describe('ConvertFrom-Json', () => {
  it('objects become PSObjects with properties in order', () => {
    const v = fromJson('{"b": 1, "a": "x", "2": true, "n": null, "list": [1, 2.5]}') as PSObject;
    expect(v).toBeInstanceOf(PSObject);
    expect(v.names()).toEqual(['b', 'a', '2', 'n', 'list']);
    // pwsh reads JSON integers as Int64: ('[1, 2.5]' | ConvertFrom-Json)[0].GetType().Name is Int64.
    expect(v.get('list')).toEqual([new PSNumber('Int64', 1), 2.5]);
    expect(v.get('n')).toBeNull();
  });
  it('-AsHashtable', () => {
    const h = fromJson('{"a": {"b": 2}}', { asHashtable: true }) as PSHashtable;
    expect((h.get('a') as PSHashtable).get('B')).toEqual(new PSNumber('Int64', 2));
  });
  it('ISO date strings become DateTime', () => {
    const v = fromJson('{"when": "2024-01-02T03:04:05"}') as PSObject;
    expect(v.get('when')).toBeInstanceOf(PSDateTime);
    expect(dateParts(v.get('when') as PSDateTime)).toMatchObject({ year: 2024, hour: 3, second: 5 });
    expect((fromJson('{"t": "2024-01-02"}') as PSObject).get('t')).toBe('2024-01-02');
  });
  it('keys differing only by case need -AsHashtable', () => {
    try {
      fromJson('{"a": 1, "A": 2}');
      throw new Error('no error');
    } catch (e) {
      expect((e as RuntimeError).record.message).toBe(
        "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key 'a' was 'A'.",
      );
    }
  });
  it('bad JSON gives PowerShell\'s message', () => {
    try {
      fromJson('{"a": }');
      throw new Error('no error');
    } catch (e) {
      expect((e as RuntimeError).record.message).toMatch(/^Conversion from JSON failed with error: Unexpected character encountered while parsing value: }\. Path 'a', line 1, position 6\.$/);
    }
  });
  it('round trip', () => {
    const text = toJson(o([['Name', 'a'], ['Tags', ['x', 'y']]]));
    expect(toJson(fromJson(text))).toBe(text);
  });
  it('empty input gives nothing', () => {
    expect(fromJson('  ')).toBeUndefined();
  });
});

describe('ConvertFrom-Json date kinds', () => {
  it("'Z' reads as UTC", () => {
    const d = (fromJson('{"t": "2024-01-02T03:04:05Z"}') as PSObject).get('t') as PSDateTime;
    expect(d.kind).toBe('Utc');
    expect(dateParts(d)).toMatchObject({ hour: 3 });
    expect(toJson(d)).toBe('"2024-01-02T03:04:05Z"');
  });
});
