// PSComparableObject: a value standing for a .NET size compares, sorts, groups and tests equality
// by its bytes, from either side of an operator, and prints (and serialises) as its text.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';
import { Bytes } from './bytes-fixture.js';

/** A session with $small (512 B), $mid and $mid2 (1.5 KB, two objects), $big (3 KB), $unlimited and $boxes (objects with a Size). */
function session(): Session {
  const s = new Session();
  const g = s.globalScope;
  g.setLocal('small', new Bytes(512));
  g.setLocal('mid', new Bytes(1536));
  g.setLocal('mid2', new Bytes(1536));
  g.setLocal('big', new Bytes(3072));
  g.setLocal('unlimited', new Bytes(Infinity));
  return s;
}

const BOXES = '$boxes = @([pscustomobject]@{N="b"; Size=$big}, [pscustomobject]@{N="u"; Size=$unlimited}, [pscustomobject]@{N="s"; Size=$small}, [pscustomobject]@{N="m"; Size=$mid}); ';

async function output(text: string): Promise<unknown[]> {
  const r = await session().run(text);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return r.output;
}

describe('operators', () => {
  it.each([
    ['$mid -gt 1KB', true],
    ['$mid -gt 2KB', false],
    ['$mid -ge 1536', true],
    ['$mid -lt $big', true],
    ['$mid -le "1536"', true],
    ['$mid -eq 1536', true],
    ['$mid -ceq 1536', true],
    ['$mid -ine 1536', false],
    ['1536 -eq $mid', true],
    ['2KB -gt $mid', true],
    ['1KB -ge $mid', false],
    ['$mid -eq "1.5 KB (1,536 bytes)"', true],
    ['$mid -eq $big', false],
    ['$mid -eq "lots"', false],
    ['$unlimited -gt 1TB', true],
    ['$unlimited -eq "Unlimited"', true],
    ['@($small, $mid) -contains 1536', true],
    ['@($small, $mid) -notcontains 1536', false],
    ['1536 -in @($small, $mid)', true],
    ['$big -in @(512, 1536)', false],
    ['switch ($mid) { 512 { "small" } 1536 { "mid" } default { "none" } }', 'mid'],
  ])('%s', async (text, expected) => {
    expect(await output(text)).toEqual([expected]);
  });

  it('filters a collection on the left by key', async () => {
    expect((await output('@($small, $mid, $big) -gt 1KB | ForEach-Object { $_.Value }'))).toEqual([1536, 3072]);
  });

  it('a text with no key cannot be ordered against it', async () => {
    const r = await session().run('$mid -gt "lots"');
    expect(r.errors[0]?.message).toMatch(/^Could not compare "1\.5 KB \(1,536 bytes\)" to "lots"\./);
  });
});

describe('cmdlets', () => {
  it('Where-Object compares by bytes', async () => {
    expect(await output(BOXES + '$boxes | Where-Object Size -gt 1KB | ForEach-Object N')).toEqual(['b', 'u', 'm']);
    expect(await output(BOXES + '$boxes | Where-Object { $_.Size -lt 1KB } | ForEach-Object N')).toEqual(['s']);
  });

  it('Sort-Object sorts by bytes, Unlimited last', async () => {
    expect(await output(BOXES + '$boxes | Sort-Object Size | ForEach-Object N')).toEqual(['s', 'm', 'b', 'u']);
    expect(await output(BOXES + '$boxes | Sort-Object Size -Descending | ForEach-Object N')).toEqual(['u', 'b', 'm', 's']);
  });

  it('Measure-Object -Minimum/-Maximum pick by bytes', async () => {
    const [m] = await output(BOXES + '$boxes | Measure-Object Size -Minimum -Maximum | ForEach-Object { "$($_.Minimum) / $($_.Maximum)" }');
    expect(m).toBe('512 B (512 bytes) / Unlimited');
  });

  it('Group-Object groups equal sizes', async () => {
    const out = await output('$mid, $small, $mid2 | Group-Object | ForEach-Object { "$($_.Count) $($_.Name)" }');
    expect(out).toEqual(['1 512 B (512 bytes)', '2 1.5 KB (1,536 bytes)']);
  });

  it('Compare-Object compares by bytes', async () => {
    const out = await output('Compare-Object @($small, $mid) @(1536, 3072) | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }');
    expect(out).toEqual(['3072 =>', '512 B (512 bytes) <=']);
  });
});

describe('output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exosh-comparable-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints as its text alone, in strings, tables and lists', async () => {
    const s = session();
    expect((await s.run('$mid')).text.trim()).toBe('1.5 KB (1,536 bytes)');
    expect((await s.run('"size: $mid"')).output).toEqual(['size: 1.5 KB (1,536 bytes)']);
    expect((await s.run(BOXES + '$boxes[3] | Format-Table')).text).toMatch(/m\s+1\.5 KB \(1,536 bytes\)/);
    expect((await s.run(BOXES + '$boxes[3] | Format-List')).text).toMatch(/Size : 1\.5 KB \(1,536 bytes\)/);
  });

  it('ConvertTo-Json writes its text', async () => {
    expect(await output(BOXES + '$boxes[3] | ConvertTo-Json -Compress')).toEqual(['{"N":"m","Size":"1.5 KB (1,536 bytes)"}']);
  });

  it('ConvertTo-Csv and Export-Csv write its text', async () => {
    expect(await output(BOXES + '$boxes[3] | ConvertTo-Csv')).toEqual(['"N","Size"', '"m","1.5 KB (1,536 bytes)"']);
    const file = join(dir, 'sizes.csv');
    await output(BOXES + `$boxes[3] | Export-Csv -Path '${file}'`);
    expect(readFileSync(file, 'utf8').trim().split(/\r?\n/)).toEqual(['"N","Size"', '"m","1.5 KB (1,536 bytes)"']);
  });
});
