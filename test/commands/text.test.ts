// Select-String, Compare-Object, ConvertTo/From-Json, ConvertTo/From-Csv, Export/Import-Csv,
// Format-* and Out-*.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run, sb, FakeSession } from './harness.js';
import { selectString } from '../../src/commands/select-string.js';
import { compareObject } from '../../src/commands/compare-object.js';
import { convertToJson, convertFromJson } from '../../src/commands/json.js';
import { convertToCsv, convertFromCsv, exportCsv, importCsv } from '../../src/commands/csv.js';
import { formatTable, formatList, outString, outFile, teeObject, outNull } from '../../src/commands/format.js';
import { PSObject, PSHashtable } from '../../src/runtime/values.js';
import { toStringValue } from '../../src/runtime/conversions.js';
import { TableFormatRecord, ListFormatRecord } from '../../src/format/records.js';
import { RuntimeError } from '../../src/runtime/errors.js';

const obj = (e: Record<string, unknown>) => PSObject.fromEntries(Object.entries(e));
let dir: string;
let session: FakeSession;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'exosh-text-'));
  session = new FakeSession(dir);
  writeFileSync(path.join(dir, 'log.txt'), 'start\nerror one\nmiddle\nERROR two\nend\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Select-String', () => {
  it("'one','two three' | Select-String 'o' → MatchInfo whose ToString is the line", async () => {
    const r = await run(selectString, { Pattern: ['e$'] }, { input: ['one', 'two', 'three'] });
    const m = r.output as PSObject[];
    expect(m.map((x) => toStringValue(x))).toEqual(['one', 'three']);
    expect(m[1]!.get('LineNumber')).toBe(3);
    expect(m[0]!.typeNames[0]).toBe('Microsoft.PowerShell.Commands.MatchInfo');
  });
  it('-Path log.txt is case-insensitive; ToString is path:line:text', async () => {
    const r = await run(selectString, { Pattern: ['error'], Path: ['log.txt'] }, { session });
    expect(r.output.map((x) => toStringValue(x))).toEqual(['log.txt:2:error one', 'log.txt:4:ERROR two']);
  });
  it('-CaseSensitive, -NotMatch, -SimpleMatch, -Quiet', async () => {
    expect((await run(selectString, { Pattern: ['error'], Path: ['log.txt'], CaseSensitive: true }, { session })).output).toHaveLength(1);
    expect((await run(selectString, { Pattern: ['error'], Path: ['log.txt'], NotMatch: true }, { session })).output).toHaveLength(3);
    expect((await run(selectString, { Pattern: ['.'], SimpleMatch: true }, { input: ['a.b', 'ab'] })).output).toHaveLength(1);
    expect((await run(selectString, { Pattern: ['zzz'], Quiet: true }, { input: ['a'] })).output).toEqual([false]);
    expect((await run(selectString, { Pattern: ['a'], Quiet: true }, { input: ['a', 'a'] })).output).toEqual([true]);
  });
  it('-AllMatches fills Matches with every match', async () => {
    const m = (await run(selectString, { Pattern: ['\\d'], AllMatches: true }, { input: ['a1b2c3'] })).output[0] as PSObject;
    expect((m.get('Matches') as PSObject[]).map((x) => x.get('Value'))).toEqual(['1', '2', '3']);
  });
  it('-Context 1 marks the match with >', async () => {
    const r = await run(selectString, { Pattern: ['middle'], Path: ['log.txt'], Context: [1] }, { session });
    expect(toStringValue(r.output[0])).toBe('  log.txt:2:error one\n> log.txt:3:middle\n  log.txt:4:ERROR two');
  });
  it('an invalid regex is a terminating error', async () => {
    await expect(run(selectString, { Pattern: ['('] }, { input: ['x'] })).rejects.toThrow(RuntimeError);
  });
});

describe('Compare-Object', () => {
  it('Compare-Object 1,2,3 2,3,4 → 4 =>, 1 <=', async () => {
    const r = await run(compareObject, { ReferenceObject: [1, 2, 3], DifferenceObject: [2, 3, 4] });
    expect((r.output as PSObject[]).map((o) => [o.get('InputObject'), o.get('SideIndicator')])).toEqual([
      [4, '=>'],
      [1, '<='],
    ]);
  });
  it('-IncludeEqual and -ExcludeDifferent', async () => {
    const r = await run(compareObject, { ReferenceObject: ['a', 'b'], DifferenceObject: ['B', 'c'], IncludeEqual: true });
    expect((r.output as PSObject[]).map((o) => o.get('SideIndicator'))).toEqual(['==', '=>', '<=']);
    const x = await run(compareObject, { ReferenceObject: ['a', 'b'], DifferenceObject: ['B', 'c'], ExcludeDifferent: true });
    expect((x.output as PSObject[]).map((o) => o.get('InputObject'))).toEqual(['B']);
  });
  it('-Property compares by a property and outputs it', async () => {
    const r = await run(compareObject, { ReferenceObject: [obj({ Id: 1 }), obj({ Id: 2 })], DifferenceObject: [obj({ Id: 2 })], Property: ['Id'] });
    expect((r.output as PSObject[]).map((o) => o.names())).toEqual([['Id', 'SideIndicator']]);
  });
  it('-PassThru adds SideIndicator to the original objects', async () => {
    const a = obj({ Id: 1 });
    const r = await run(compareObject, { ReferenceObject: [a], DifferenceObject: [], Property: ['Id'], PassThru: true });
    expect(r.output[0]).toBe(a);
    expect(a.get('SideIndicator')).toBe('<=');
  });
});

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
    expect((await run(convertFromJson, {}, { input: ['[1,2,3]'] })).output).toEqual([1, 2, 3]);
    expect((await run(convertFromJson, { NoEnumerate: true }, { input: ['[1,2]'] })).output).toEqual([[1, 2]]);
    expect((await run(convertFromJson, { AsHashtable: true }, { input: ['{"a":1}'] })).output[0]).toBeInstanceOf(PSHashtable);
    const lines = await run(convertFromJson, {}, { input: ['{', '"a": 5', '}'] });
    expect((lines.output[0] as PSObject).get('a')).toBe(5);
  });
});

describe('CSV', () => {
  const rows = () => [obj({ Name: 'a', N: 1 }), obj({ Name: 'b,c', N: 2 })];
  it('ConvertTo-Csv quotes every field (PowerShell 7), no #TYPE line', async () => {
    expect((await run(convertToCsv, {}, { input: rows() })).output).toEqual(['"Name","N"', '"a","1"', '"b,c","2"']);
  });
  it('-UseQuotes AsNeeded -Delimiter ;', async () => {
    expect((await run(convertToCsv, { UseQuotes: 'AsNeeded', Delimiter: ';' }, { input: rows() })).output).toEqual(['Name;N', 'a;1', 'b,c;2']);
  });
  it("'a,b','1,2' | ConvertFrom-Csv", async () => {
    const o = (await run(convertFromCsv, {}, { input: ['a,b', '1,2'] })).output[0] as PSObject;
    expect([o.get('a'), o.get('b')]).toEqual(['1', '2']);
  });
  it('Export-Csv then Import-Csv round-trips; -Append adds rows under the header', async () => {
    await run(exportCsv, { Path: 'out.csv' }, { input: rows(), session });
    expect(readFileSync(path.join(dir, 'out.csv'), 'utf8')).toBe('"Name","N"\n"a","1"\n"b,c","2"\n');
    await run(exportCsv, { Path: 'out.csv', Append: true }, { input: [obj({ Name: 'd', N: 3 })], session });
    const back = (await run(importCsv, { Path: ['out.csv'] }, { session })).output as PSObject[];
    expect(back.map((o) => o.get('Name'))).toEqual(['a', 'b,c', 'd']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('-Append with a missing column fails without -Force and leaves the file intact', async () => {
    const before = readFileSync(path.join(dir, 'out.csv'), 'utf8');
    await expect(run(exportCsv, { Path: 'out.csv', Append: true }, { input: [obj({ Other: 1 })], session })).rejects.toThrow(/does not have a property that corresponds to the following column: Name/);
    expect(readFileSync(path.join(dir, 'out.csv'), 'utf8')).toBe(before);
  });
  it('Import-Csv -Header treats the first line as data', async () => {
    writeFileSync(path.join(dir, 'h.csv'), '1,2\n3,4\n');
    const r = (await run(importCsv, { Path: ['h.csv'], Header: ['x', 'y'] }, { session })).output as PSObject[];
    expect(r.map((o) => o.get('y'))).toEqual(['2', '4']);
  });
  it('Import-Csv of a missing file is PathNotFound', async () => {
    expect((await run(importCsv, { Path: ['none.csv'] }, { session })).errors[0]!.errorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.ImportCsvCommand');
  });
});

describe('Format-* and Out-*', () => {
  it('Format-Table emits one table record with the chosen columns', async () => {
    const r = await run(formatTable, { Property: ['Name', new PSHashtable()].slice(0, 1) }, { input: [obj({ Name: 'a', N: 1 })] });
    const rec = r.output[0] as TableFormatRecord;
    expect(rec).toBeInstanceOf(TableFormatRecord);
    expect(rec.columns.map((c) => c.label)).toEqual(['Name']);
    expect(rec.rows).toEqual([['a']]);
  });
  it('Format-Table -GroupBy makes one table per run of equal values', async () => {
    const input = [obj({ C: 'x', N: 1 }), obj({ C: 'x', N: 2 }), obj({ C: 'y', N: 3 })];
    const r = await run(formatTable, { GroupBy: 'C' }, { input });
    expect((r.output as TableFormatRecord[]).map((t) => t.options.groupLabel)).toEqual(['   C: x', '   C: y']);
  });
  it('Format-List * emits a list record', async () => {
    const r = await run(formatList, { Property: ['*'] }, { input: [obj({ A: 1, B: 2 })] });
    expect((r.output[0] as ListFormatRecord).items[0]!.map((e) => e.label)).toEqual(['A', 'B']);
  });
  it('Out-String renders a table; -Stream gives lines', async () => {
    const text = (await run(outString, {}, { input: [obj({ A: 1, B: 'x' })] })).output[0] as string;
    expect(text).toContain('A B');
    expect(text).toContain('- -');
    const lines = (await run(outString, { Stream: true }, { input: ['a', 'b'] })).output;
    expect(lines).toEqual(['a', 'b']);
  });
  it('Out-File writes the rendered text; -NoClobber refuses to overwrite', async () => {
    await run(outFile, { FilePath: 'o.txt' }, { input: ['x', 'y'], session });
    expect(readFileSync(path.join(dir, 'o.txt'), 'utf8')).toBe('x\ny\n');
    await run(outFile, { FilePath: 'o.txt', Append: true }, { input: ['z'], session });
    expect(readFileSync(path.join(dir, 'o.txt'), 'utf8')).toBe('x\ny\nz\n');
    const r = await run(outFile, { FilePath: 'o.txt', NoClobber: true }, { input: ['q'], session });
    expect(r.errors[0]!.errorId).toBe('NoClobber,Microsoft.PowerShell.Commands.OutFileCommand');
  });
  it('Tee-Object -Variable passes objects on and keeps them', async () => {
    const s = new FakeSession(dir);
    const r = await run(teeObject, { Variable: 'kept' }, { input: [1, 2], session: s });
    expect(r.output).toEqual([1, 2]);
    expect(s.getVariable('kept')).toEqual([1, 2]);
  });
  it('Out-Null writes nothing', async () => {
    expect((await run(outNull, {}, { input: [1, 2] })).output).toEqual([]);
  });
  it('a calculated column runs its script block', async () => {
    const h = new PSHashtable();
    h.set('Label', 'Twice');
    h.set('Expression', sb((o) => (o as PSObject).get('N') as number * 2));
    const r = await run(formatTable, { Property: [h] }, { input: [obj({ N: 4 })] });
    expect((r.output[0] as TableFormatRecord).rows).toEqual([['8']]);
  });
});
