// Get-Content, Set-Content / Add-Content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run, FakeSession } from './harness.js';
import { getContent, setContent, addContent } from '../../src/commands/content.js';

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
