// Get-Content / Set-Content / Add-Content and the path cmdlets on a temporary folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run, FakeSession } from './harness.js';
import { getContent, setContent, addContent } from '../../src/commands/content.js';
import { joinPath, splitPath, testPath, getChildItem, newItem, removeItem, getItem, resolvePathCommand } from '../../src/commands/paths.js';
import { PSObject } from '../../src/runtime/values.js';
import { toStringValue } from '../../src/runtime/conversions.js';

let dir: string;
let session: FakeSession;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'exosh-cmd-'));
  session = new FakeSession(dir);
  writeFileSync(path.join(dir, 'three.txt'), 'one\r\ntwo\nthree\n');
  writeFileSync(path.join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('héllo\n')]));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'a.csv'), 'x');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Get-Content', () => {
  it('Get-Content three.txt → one line per string (CRLF and LF)', async () => {
    const r = await run(getContent, { Path: ['three.txt'] }, { session });
    expect(r.output).toEqual(['one', 'two', 'three']);
  });
  it('-TotalCount 2, -Tail 1, -Raw', async () => {
    expect((await run(getContent, { Path: ['three.txt'], TotalCount: 2 }, { session })).output).toEqual(['one', 'two']);
    expect((await run(getContent, { Path: ['three.txt'], Tail: 1 }, { session })).output).toEqual(['three']);
    expect((await run(getContent, { Path: ['three.txt'], Raw: true }, { session })).output).toEqual(['one\r\ntwo\nthree\n']);
  });
  it('a UTF-16 file with a BOM is read as UTF-16', async () => {
    writeFileSync(path.join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\r\nb\r\n', 'utf16le')]));
    expect((await run(getContent, { Path: ['u16.txt'] }, { session })).output).toEqual(['a', 'b']);
  });
  it('a UTF-8 BOM is not part of the text', async () => {
    expect((await run(getContent, { Path: ['bom.txt'] }, { session })).output).toEqual(['héllo']);
  });
  it('a missing file: PowerShell\'s PathNotFound error with the full path', async () => {
    const r = await run(getContent, { Path: ['nope.txt'] }, { session });
    const e = r.errors[0]!;
    expect(e.message).toBe(`Cannot find path '${path.join(dir, 'nope.txt')}' because it does not exist.`);
    expect(e.errorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand');
    expect(e.category).toBe('ObjectNotFound');
  });
  it('wildcards expand: Get-Content sub/*.csv', async () => {
    expect((await run(getContent, { Path: ['sub/*.csv'] }, { session })).output).toEqual(['x']);
  });
});

describe('Set-Content / Add-Content', () => {
  it("Set-Content out.txt 'a','b' then Add-Content out.txt 'c'", async () => {
    await run(setContent, { Path: ['out.txt'], Value: ['a', 'b'] }, { session });
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('a\nb\n');
    await run(addContent, { Path: ['out.txt'], Value: ['c'] }, { session });
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('a\nb\nc\n');
  });
  it('pipeline input: 1..3 | Set-Content n.txt -NoNewline', async () => {
    await run(setContent, { Path: ['n.txt'], NoNewline: true }, { session, input: [1, 2, 3] });
    expect(readFileSync(path.join(dir, 'n.txt'), 'utf8')).toBe('123');
  });
  it('leaves no temp files behind', async () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('a missing folder: "Could not find a part of the path"', async () => {
    const r = await run(setContent, { Path: ['no/such/dir/x.txt'], Value: ['a'] }, { session });
    expect(r.errors[0]!.message).toBe(`Could not find a part of the path '${path.join(dir, 'no/such/dir/x.txt')}'.`);
  });
});

describe('paths', () => {
  it("Join-Path a b 'c.txt' → a/b/c.txt", async () => {
    expect((await run(joinPath, { Path: ['a'], ChildPath: 'b', AdditionalChildPath: ['c.txt'] }, { session })).output).toEqual(['a/b/c.txt']);
    expect((await run(joinPath, { Path: ['a/'], ChildPath: '/b' }, { session })).output).toEqual(['a/b']);
  });
  it('Split-Path parent, -Leaf, -LeafBase, -Extension', async () => {
    const p = '/tmp/reports/a.csv';
    expect((await run(splitPath, { Path: [p] }, { session })).output).toEqual(['/tmp/reports']);
    expect((await run(splitPath, { Path: [p], Leaf: true }, { session })).output).toEqual(['a.csv']);
    expect((await run(splitPath, { Path: [p], LeafBase: true }, { session })).output).toEqual(['a']);
    expect((await run(splitPath, { Path: [p], Extension: true }, { session })).output).toEqual(['.csv']);
  });
  it('Test-Path, with -PathType', async () => {
    expect((await run(testPath, { Path: ['three.txt'] }, { session })).output).toEqual([true]);
    expect((await run(testPath, { Path: ['nope'] }, { session })).output).toEqual([false]);
    expect((await run(testPath, { Path: ['sub'], PathType: 'Leaf' }, { session })).output).toEqual([false]);
    expect((await run(testPath, { Path: ['sub'], PathType: 'Container' }, { session })).output).toEqual([true]);
  });
  it('Get-ChildItem lists folders first, then files, as FileInfo objects', async () => {
    const r = await run(getChildItem, {}, { session });
    const items = r.output as PSObject[];
    expect(items[0]!.get('Name')).toBe('sub');
    expect(items[0]!.typeNames[0]).toBe('System.IO.DirectoryInfo');
    expect(items.map((i) => i.get('Name'))).toContain('three.txt');
    expect(toStringValue(items.find((i) => i.get('Name') === 'three.txt'))).toBe(path.join(dir, 'three.txt'));
  });
  it('Get-ChildItem -Recurse -Filter *.csv -Name', async () => {
    expect((await run(getChildItem, { Recurse: true, Filter: '*.csv', Name: true }, { session })).output).toEqual([path.join('sub', 'a.csv')]);
  });
  it('Get-Item three.txt; Get-Item of a missing path', async () => {
    const item = (await run(getItem, { Path: ['three.txt'] }, { session })).output[0] as PSObject;
    expect([item.get('Name'), item.get('Length'), item.get('Extension'), item.get('BaseName')]).toEqual(['three.txt', 15, '.txt', 'three']);
    expect((await run(getItem, { Path: ['nope'] }, { session })).errors[0]!.errorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand');
  });
  it('Resolve-Path expands wildcards to full paths', async () => {
    const r = (await run(resolvePathCommand, { Path: ['sub/*.csv'] }, { session })).output as PSObject[];
    expect(r.map((p) => p.get('Path'))).toEqual([path.join(dir, 'sub', 'a.csv')]);
  });
  it('New-Item file and directory, then Remove-Item', async () => {
    await run(newItem, { Path: ['made'], ItemType: 'Directory' }, { session });
    const r = await run(newItem, { Path: ['made/f.txt'], Value: 'hi' }, { session });
    expect((r.output[0] as PSObject).get('Length')).toBe(2);
    const again = await run(newItem, { Path: ['made/f.txt'] }, { session });
    expect(again.errors[0]!.message).toBe(`The file '${path.join(dir, 'made/f.txt')}' already exists.`);
    const notEmpty = await run(removeItem, { Path: ['made'] }, { session });
    expect(notEmpty.errors[0]!.errorId).toBe('DirectoryNotEmpty,Microsoft.PowerShell.Commands.RemoveItemCommand');
    await run(removeItem, { Path: ['made'], Recurse: true }, { session });
    expect(existsSync(path.join(dir, 'made'))).toBe(false);
    const missing = await run(removeItem, { Path: ['made'] }, { session });
    expect(missing.errors[0]!.errorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand');
  });
});
