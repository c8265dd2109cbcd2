// Export-Csv streams its rows to a staged file (a 100,000-mailbox export is never held in memory)
// and still replaces the target only when the pipeline ends well.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from '../../src/local-session.js';

let dir = '';
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'exosh-export-csv-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const staged = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('Export-Csv writes as the objects come', () => {
  it('rows reach the staged file before the pipeline ends (not buffered until end)', async () => {
    // 3,000 rows of ~100 characters pass the 64 KiB flush size; the block looks at the folder at row 2,500.
    const r = await new Session({ cwd: dir }).run(
      "$seen = 0; 1..3000 | ForEach-Object { if ($_ -eq 2500) { $script:seen = (Get-ChildItem -Force -Filter '.big.csv.*.tmp' | Measure-Object -Property Length -Sum).Sum }; [pscustomobject]@{ N = $_; Text = 'x' * 90 } } | Export-Csv big.csv; $seen",
    );
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(Number(r.output[0])).toBeGreaterThan(64 * 1024);
    const lines = readFileSync(join(dir, 'big.csv'), 'utf8').split('\n');
    expect(lines[0]).toBe('"N","Text"');
    expect(lines[3000]).toBe(`"3000","${'x'.repeat(90)}"`);
    expect(lines.length).toBe(3002);
    expect(staged()).toEqual([]);
  });

  it('a terminating error upstream leaves the old file as it was and no temp file', async () => {
    writeFileSync(join(dir, 'keep.csv'), '"A"\n"old"\n');
    const r = await new Session({ cwd: dir }).run("1..5000 | ForEach-Object { if ($_ -eq 4000) { throw 'boom' }; [pscustomobject]@{ A = 'y' * 50 } } | Export-Csv keep.csv");
    expect(r.errors.map((e) => e.message)).toEqual(['boom']);
    expect(readFileSync(join(dir, 'keep.csv'), 'utf8')).toBe('"A"\n"old"\n');
    expect(staged()).toEqual([]);
  });

  it('-Append streams under the existing header, without a second BOM or header', async () => {
    writeFileSync(join(dir, 'bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('"A","B"\n"1","2"')]));
    const r = await new Session({ cwd: dir }).run("[pscustomobject]@{ B = 4; A = 3 }, [pscustomobject]@{ A = 5; B = 6 } | Export-Csv bom.csv -Append -Encoding utf8BOM");
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(readFileSync(join(dir, 'bom.csv')).toString('latin1')).toBe('\xef\xbb\xbf"A","B"\n"1","2"\n"3","4"\n"5","6"\n');
  });

  it('-WhatIf writes nothing, with objects or without', async () => {
    const r = await new Session({ cwd: dir }).run("[pscustomobject]@{ A = 1 } | Export-Csv whatif.csv -WhatIf; @() | Export-Csv whatif2.csv -WhatIf");
    expect(r.errors).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.startsWith('whatif'))).toEqual([]);
    expect(staged()).toEqual([]);
  });

  it('an empty pipeline still writes an empty file, as pwsh does', async () => {
    await new Session({ cwd: dir }).run('@() | Export-Csv empty.csv');
    expect(readFileSync(join(dir, 'empty.csv'), 'utf8')).toBe('');
  });
});
