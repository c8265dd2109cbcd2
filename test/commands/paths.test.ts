// paths.
import { describe, expect, it } from 'vitest';
import { writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { run, FakeSession } from './harness.js';
import { FILE_SAMPLES, useTempDirSession } from './temp-session.js';
import { joinPath, splitPath, testPath, getChildItem, newItem, removeItem, getItem, resolvePathCommand, setLocation } from '../../src/commands/paths.js';
import { PSObject } from '../../src/runtime/values.js';
import { invokeMethod } from '../../src/runtime/member-access.js';
import { toStringValue } from '../../src/runtime/conversions.js';

const tmp = useTempDirSession('exosh-cmd-', FILE_SAMPLES);

describe('paths', () => {
  it("Join-Path a b 'c.txt' → a/b/c.txt", async () => {
    expect((await run(joinPath, { Path: ['a'], ChildPath: 'b', AdditionalChildPath: ['c.txt'] }, { session: tmp.session })).output).toEqual(['a/b/c.txt']);
    expect((await run(joinPath, { Path: ['a/'], ChildPath: '/b' }, { session: tmp.session })).output).toEqual(['a/b']);
  });
  it('Split-Path parent, -Leaf, -LeafBase, -Extension', async () => {
    const p = '/tmp/reports/a.csv';
    expect((await run(splitPath, { Path: [p] }, { session: tmp.session })).output).toEqual(['/tmp/reports']);
    expect((await run(splitPath, { Path: [p], Leaf: true }, { session: tmp.session })).output).toEqual(['a.csv']);
    expect((await run(splitPath, { Path: [p], LeafBase: true }, { session: tmp.session })).output).toEqual(['a']);
    expect((await run(splitPath, { Path: [p], Extension: true }, { session: tmp.session })).output).toEqual(['.csv']);
  });
  it('Test-Path, with -PathType', async () => {
    expect((await run(testPath, { Path: ['three.txt'] }, { session: tmp.session })).output).toEqual([true]);
    expect((await run(testPath, { Path: ['nope'] }, { session: tmp.session })).output).toEqual([false]);
    expect((await run(testPath, { Path: ['sub'], PathType: 'Leaf' }, { session: tmp.session })).output).toEqual([false]);
    expect((await run(testPath, { Path: ['sub'], PathType: 'Container' }, { session: tmp.session })).output).toEqual([true]);
  });
  it('Get-ChildItem lists folders first, then files, as FileInfo objects', async () => {
    const r = await run(getChildItem, {}, { session: tmp.session });
    const items = r.output as PSObject[];
    expect(items[0]!.get('Name')).toBe('sub');
    expect(items[0]!.typeNames[0]).toBe('System.IO.DirectoryInfo');
    expect(items.map((i) => i.get('Name'))).toContain('three.txt');
    expect(toStringValue(items.find((i) => i.get('Name') === 'three.txt'))).toBe(path.join(tmp.dir, 'three.txt'));
  });
  it('Get-ChildItem -Recurse -Filter *.csv -Name', async () => {
    expect((await run(getChildItem, { Recurse: true, Filter: '*.csv', Name: true }, { session: tmp.session })).output).toEqual([path.join('sub', 'a.csv')]);
  });
  it('Set-Location sub moves the session; a file or missing path is an error', async () => {
    const s = new FakeSession(tmp.dir);
    await run(setLocation, { Path: 'sub' }, { session: s });
    expect(s.cwd).toBe(path.join(tmp.dir, 'sub'));
    expect((await run(setLocation, { Path: 'nope' }, { session: s })).errors[0]!.errorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand');
    expect((await run(setLocation, { Path: 'a.csv' }, { session: s })).errors[0]!.message).toMatch(/not a folder/);
  });
  it('Get-Item three.txt; Get-Item of a missing path', async () => {
    const item = (await run(getItem, { Path: ['three.txt'] }, { session: tmp.session })).output[0] as PSObject;
    expect([item.get('Name'), item.get('Length'), item.get('Extension'), item.get('BaseName')]).toEqual(['three.txt', 15, '.txt', 'three']);
    expect((await run(getItem, { Path: ['nope'] }, { session: tmp.session })).errors[0]!.errorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand');
  });
  it('$file.Delete() removes the file', async () => {
    writeFileSync(path.join(tmp.dir, 'gone.txt'), 'x');
    const item = (await run(getItem, { Path: ['gone.txt'] }, { session: tmp.session })).output[0] as PSObject;
    invokeMethod(item, 'Delete', []);
    expect(existsSync(path.join(tmp.dir, 'gone.txt'))).toBe(false);
  });
  it('Resolve-Path expands wildcards to full paths', async () => {
    const r = (await run(resolvePathCommand, { Path: ['sub/*.csv'] }, { session: tmp.session })).output as PSObject[];
    expect(r.map((p) => p.get('Path'))).toEqual([path.join(tmp.dir, 'sub', 'a.csv')]);
  });
  it('New-Item file and directory, then Remove-Item', async () => {
    await run(newItem, { Path: ['made'], ItemType: 'Directory' }, { session: tmp.session });
    const r = await run(newItem, { Path: ['made/f.txt'], Value: 'hi' }, { session: tmp.session });
    expect((r.output[0] as PSObject).get('Length')).toBe(2);
    const again = await run(newItem, { Path: ['made/f.txt'] }, { session: tmp.session });
    expect(again.errors[0]!.message).toBe(`The file '${path.join(tmp.dir, 'made/f.txt')}' already exists.`);
    const notEmpty = await run(removeItem, { Path: ['made'] }, { session: tmp.session });
    expect(notEmpty.errors[0]!.errorId).toBe('DirectoryNotEmpty,Microsoft.PowerShell.Commands.RemoveItemCommand');
    await run(removeItem, { Path: ['made'], Recurse: true }, { session: tmp.session });
    expect(existsSync(path.join(tmp.dir, 'made'))).toBe(false);
    const missing = await run(removeItem, { Path: ['made'] }, { session: tmp.session });
    expect(missing.errors[0]!.errorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand');
  });
});
