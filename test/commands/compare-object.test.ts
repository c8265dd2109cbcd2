// Compare-Object.
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
