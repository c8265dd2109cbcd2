// paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run, FakeSession } from './harness.js';
import { joinPath, splitPath, testPath, getChildItem, newItem, removeItem, getItem, resolvePathCommand, setLocation } from '../../src/commands/paths.js';
import { PSObject } from '../../src/runtime/values.js';
import { invokeMethod } from '../../src/runtime/methods.js';
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
  it('Set-Location sub moves the session when the engine offers setLocation; a file or missing path is an error', async () => {
    const s = Object.assign(new FakeSession(dir), { setLocation(p: string) { s.cwd = p; } });
    await run(setLocation, { Path: 'sub' }, { session: s });
    expect(s.cwd).toBe(path.join(dir, 'sub'));
    expect((await run(setLocation, { Path: 'nope' }, { session: s })).errors[0]!.errorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand');
    expect((await run(setLocation, { Path: 'a.csv' }, { session: s })).errors[0]!.message).toMatch(/not a folder/);
  });
  it('Get-Item three.txt; Get-Item of a missing path', async () => {
    const item = (await run(getItem, { Path: ['three.txt'] }, { session })).output[0] as PSObject;
    expect([item.get('Name'), item.get('Length'), item.get('Extension'), item.get('BaseName')]).toEqual(['three.txt', 15, '.txt', 'three']);
    expect((await run(getItem, { Path: ['nope'] }, { session })).errors[0]!.errorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand');
  });
  it('$file.Delete() removes the file', async () => {
    writeFileSync(path.join(dir, 'gone.txt'), 'x');
    const item = (await run(getItem, { Path: ['gone.txt'] }, { session })).output[0] as PSObject;
    invokeMethod(item, 'Delete', []);
    expect(existsSync(path.join(dir, 'gone.txt'))).toBe(false);
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
