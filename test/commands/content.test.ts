// Get-Content, Set-Content / Add-Content.
import { describe, expect, it } from 'vitest';
import { writeFileSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { run } from './harness.js';
import { FILE_SAMPLES, useTempDirSession } from './temp-session.js';
import { getContent, setContent, addContent } from '../../src/commands/content.js';

const tmp = useTempDirSession('exosh-cmd-', FILE_SAMPLES);

describe('Get-Content', () => {
  it('Get-Content three.txt → one line per string (CRLF and LF)', async () => {
    const r = await run(getContent, { Path: ['three.txt'] }, { session: tmp.session });
    expect(r.output).toEqual(['one', 'two', 'three']);
  });
  it('-TotalCount 2, -Tail 1, -Raw', async () => {
    expect((await run(getContent, { Path: ['three.txt'], TotalCount: 2 }, { session: tmp.session })).output).toEqual(['one', 'two']);
    expect((await run(getContent, { Path: ['three.txt'], Tail: 1 }, { session: tmp.session })).output).toEqual(['three']);
    expect((await run(getContent, { Path: ['three.txt'], Raw: true }, { session: tmp.session })).output).toEqual(['one\r\ntwo\nthree\n']);
  });
  it('a UTF-16 file with a BOM is read as UTF-16', async () => {
    writeFileSync(path.join(tmp.dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\r\nb\r\n', 'utf16le')]));
    expect((await run(getContent, { Path: ['u16.txt'] }, { session: tmp.session })).output).toEqual(['a', 'b']);
  });
  it('a UTF-8 BOM is not part of the text', async () => {
    expect((await run(getContent, { Path: ['bom.txt'] }, { session: tmp.session })).output).toEqual(['héllo']);
  });
  it('a missing file: PowerShell\'s PathNotFound error with the full path', async () => {
    const r = await run(getContent, { Path: ['nope.txt'] }, { session: tmp.session });
    const e = r.errors[0]!;
    expect(e.message).toBe(`Cannot find path '${path.join(tmp.dir, 'nope.txt')}' because it does not exist.`);
    expect(e.errorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand');
    expect(e.category).toBe('ObjectNotFound');
  });
  it('wildcards expand: Get-Content sub/*.csv', async () => {
    expect((await run(getContent, { Path: ['sub/*.csv'] }, { session: tmp.session })).output).toEqual(['x']);
  });
});

describe('Set-Content / Add-Content', () => {
  it("Set-Content out.txt 'a','b' then Add-Content out.txt 'c'", async () => {
    await run(setContent, { Path: ['out.txt'], Value: ['a', 'b'] }, { session: tmp.session });
    expect(readFileSync(path.join(tmp.dir, 'out.txt'), 'utf8')).toBe('a\nb\n');
    await run(addContent, { Path: ['out.txt'], Value: ['c'] }, { session: tmp.session });
    expect(readFileSync(path.join(tmp.dir, 'out.txt'), 'utf8')).toBe('a\nb\nc\n');
  });
  it('pipeline input: 1..3 | Set-Content n.txt -NoNewline', async () => {
    await run(setContent, { Path: ['n.txt'], NoNewline: true }, { session: tmp.session, input: [1, 2, 3] });
    expect(readFileSync(path.join(tmp.dir, 'n.txt'), 'utf8')).toBe('123');
  });
  it('leaves no temp files behind', async () => {
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('a missing folder: "Could not find a part of the path"', async () => {
    const r = await run(setContent, { Path: ['no/such/dir/x.txt'], Value: ['a'] }, { session: tmp.session });
    expect(r.errors[0]!.message).toBe(`Could not find a part of the path '${path.join(tmp.dir, 'no/such/dir/x.txt')}'.`);
  });
});
