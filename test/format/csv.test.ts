// ConvertTo-Csv / ConvertFrom-Csv with PowerShell 7's rules.
import { describe, expect, it } from 'vitest';
import { fromCsv, toCsv } from '../../src/format/csv.js';
import { PSHashtable, PSObject } from '../../src/runtime/values.js';

const o = (e: [string, unknown][]) => PSObject.fromEntries(e);

describe('ConvertTo-Csv', () => {
  it('header from the first object, every field quoted, no #TYPE line', () => {
    expect(toCsv([o([['Name', 'a'], ['Size', 1]]), o([['Name', 'b "q"'], ['Size', null]])])).toEqual(['"Name","Size"', '"a","1"', '"b ""q""",""']);
  });
  it('-UseQuotes AsNeeded / Never, -Delimiter, -IncludeTypeInformation', () => {
    expect(toCsv([o([['A', 'x,y'], ['B', 'z']])], { useQuotes: 'AsNeeded' })).toEqual(['A,B', '"x,y",z']);
    expect(toCsv([o([['A', 'x'], ['B', 'z']])], { useQuotes: 'Never', delimiter: ';' })).toEqual(['A;B', 'x;z']);
    expect(toCsv([o([['A', 1]])], { includeTypeInformation: true })).toEqual(['#TYPE System.Management.Automation.PSCustomObject', '"A"', '"1"']);
  });
  it('properties the first object lacks are left out; arrays show their type', () => {
    expect(toCsv([o([['A', 1]]), o([['A', [1, 2]], ['B', 2]])])).toEqual(['"A"', '"1"', '"System.Object[]"']);
  });
  it('hashtables use their keys as columns', () => {
    const h = new PSHashtable(true);
    h.set('k', 'v');
    expect(toCsv([h])).toEqual(['"k"', '"v"']);
  });
});

describe('ConvertFrom-Csv', () => {
  it('objects with string values; quoted fields may hold delimiters, quotes and newlines', () => {
    const rows = fromCsv('Name,Note\na,"x, ""y"""\nb,"line1\nline2"\n');
    expect(rows.map((r) => [r.get('Name'), r.get('Note')])).toEqual([
      ['a', 'x, "y"'],
      ['b', 'line1\nline2'],
    ]);
  });
  it('missing fields are $null, -Header and -Delimiter', () => {
    expect(fromCsv('A,B\n1\n').map((r) => [r.get('A'), r.get('B')])).toEqual([['1', null]]);
    expect(fromCsv('1;2', { header: ['X', 'Y'], delimiter: ';' }).map((r) => [r.get('X'), r.get('Y')])).toEqual([['1', '2']]);
  });
  it('#TYPE line names the objects', () => {
    expect(fromCsv('#TYPE Foo\n"A"\n"1"')[0]!.typeNames[0]).toBe('CSV:Foo');
  });
  it('a duplicate column name is an error', () => {
    expect(() => fromCsv('A,a\n1,2')).toThrow('The member "a" is already present.');
  });
  it('round trip through ConvertTo-Csv', () => {
    const lines = toCsv([o([['N', 'a,b'], ['M', 'q"']])]);
    const back = fromCsv(lines.join('\n'))[0]!;
    expect([back.get('N'), back.get('M')]).toEqual(['a,b', 'q"']);
  });
});
