// CSV.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { run } from './harness.js';
import { obj } from './fixtures.js';
import { useTempDirSession } from './temp-session.js';
import { convertToCsv, convertFromCsv, exportCsv, importCsv } from '../../src/commands/csv.js';
import { PSObject } from '../../src/runtime/values.js';

const tmp = useTempDirSession('exosh-text-', { 'log.txt': 'start\nerror one\nmiddle\nERROR two\nend\n' });

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
    await run(exportCsv, { Path: 'out.csv' }, { input: rows(), session: tmp.session });
    expect(readFileSync(path.join(tmp.dir, 'out.csv'), 'utf8')).toBe('"Name","N"\n"a","1"\n"b,c","2"\n');
    await run(exportCsv, { Path: 'out.csv', Append: true }, { input: [obj({ Name: 'd', N: 3 })], session: tmp.session });
    const back = (await run(importCsv, { Path: ['out.csv'] }, { session: tmp.session })).output as PSObject[];
    expect(back.map((o) => o.get('Name'))).toEqual(['a', 'b,c', 'd']);
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('-Append with a missing column fails without -Force and leaves the file intact', async () => {
    const before = readFileSync(path.join(tmp.dir, 'out.csv'), 'utf8');
    await expect(run(exportCsv, { Path: 'out.csv', Append: true }, { input: [obj({ Other: 1 })], session: tmp.session })).rejects.toThrow(/does not have a property that corresponds to the following column: Name/);
    expect(readFileSync(path.join(tmp.dir, 'out.csv'), 'utf8')).toBe(before);
  });
  it('Import-Csv -Header treats the first line as data', async () => {
    writeFileSync(path.join(tmp.dir, 'h.csv'), '1,2\n3,4\n');
    const r = (await run(importCsv, { Path: ['h.csv'], Header: ['x', 'y'] }, { session: tmp.session })).output as PSObject[];
    expect(r.map((o) => o.get('y'))).toEqual(['2', '4']);
  });
  it('Import-Csv of a missing file is PathNotFound', async () => {
    expect((await run(importCsv, { Path: ['none.csv'] }, { session: tmp.session })).errors[0]!.errorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.ImportCsvCommand');
  });
});
