// A FakeSession whose current folder is a fresh temporary folder holding the given files,
// for command tests that read and write real files. Made before the file's tests, removed after.
import { afterAll, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { FakeSession } from './harness.js';

export interface TempDirSession {
  /** The temporary folder (the session's current location). */
  dir: string;
  session: FakeSession;
}

/** What the path and content tests read: mixed line endings, a UTF-8 BOM, a file in a subfolder. */
export const FILE_SAMPLES: Readonly<Record<string, string | Buffer>> = {
  'three.txt': 'one\r\ntwo\nthree\n',
  'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('héllo\n')]),
  'sub/a.csv': 'x',
};

/** Files are relative paths → contents; parent folders are created as needed. */
export function useTempDirSession(prefix: string, files: Readonly<Record<string, string | Buffer>>): TempDirSession {
  const tmp = {} as TempDirSession; // filled in by beforeAll, before any test reads it
  beforeAll(() => {
    tmp.dir = mkdtempSync(path.join(tmpdir(), prefix));
    tmp.session = new FakeSession(tmp.dir);
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(tmp.dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  });
  afterAll(() => rmSync(tmp.dir, { recursive: true, force: true }));
  return tmp;
}
