// Format-* and Out-*.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { run, sb, FakeSession } from './harness.js';
import { obj } from './fixtures.js';
import { useTempDirSession } from './temp-session.js';
import { formatTable, formatList, outString, outFile, teeObject, outNull } from '../../src/commands/format.js';
import { PSObject, PSHashtable } from '../../src/runtime/values.js';
import { TableFormatRecord, ListFormatRecord } from '../../src/format/records.js';

const tmp = useTempDirSession('exosh-text-', { 'log.txt': 'start\nerror one\nmiddle\nERROR two\nend\n' });

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
    const recs = r.output as TableFormatRecord[];
    expect(recs.map((t) => t.options.groupLabel)).toEqual(['   C: x', '   C: x', '   C: y']);
    // The two x rows continue one table; y starts another.
    expect(recs[0]!.options.streamId).toBe(recs[1]!.options.streamId);
    expect(recs[2]!.options.streamId).not.toBe(recs[0]!.options.streamId);
  });
  it('Format-Table streams: one record per object, all of one table', async () => {
    const r = await run(formatTable, {}, { input: [obj({ A: 1 }), obj({ A: 22 })] });
    const recs = r.output as TableFormatRecord[];
    expect(recs.map((t) => t.rows)).toEqual([[['1']], [['22']]]);
    expect(recs[0]!.options.streamId).toBe(recs[1]!.options.streamId);
  });
  it('Format-Table -AutoSize waits for every object: one record', async () => {
    const r = await run(formatTable, { AutoSize: true }, { input: [obj({ A: 1 }), obj({ A: 22 })] });
    expect((r.output as TableFormatRecord[]).map((t) => t.rows)).toEqual([[['1'], ['22']]]);
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
    const table = (await run(outString, { Stream: true }, { input: [obj({ A: 1 }), obj({ A: 2 })] })).output as string[];
    expect(table.filter((l) => l.trim() === 'A')).toHaveLength(1);
  });
  it('Out-File writes the rendered text; -NoClobber refuses to overwrite', async () => {
    await run(outFile, { FilePath: 'o.txt' }, { input: ['x', 'y'], session: tmp.session });
    expect(readFileSync(path.join(tmp.dir, 'o.txt'), 'utf8')).toBe('x\ny\n');
    await run(outFile, { FilePath: 'o.txt', Append: true }, { input: ['z'], session: tmp.session });
    expect(readFileSync(path.join(tmp.dir, 'o.txt'), 'utf8')).toBe('x\ny\nz\n');
    const r = await run(outFile, { FilePath: 'o.txt', NoClobber: true }, { input: ['q'], session: tmp.session });
    expect(r.errors[0]!.errorId).toBe('NoClobber,Microsoft.PowerShell.Commands.OutFileCommand');
  });
  it('Tee-Object -Variable passes objects on and keeps them', async () => {
    const s = new FakeSession(tmp.dir);
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
