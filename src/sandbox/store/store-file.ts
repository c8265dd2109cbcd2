// The store's file in the data directory, written so that a crash at any instant leaves either
// the previous or the next complete version: write a temp file, fsync it, rename it over the
// old one, fsync the directory. It is rewritten only when the change log is compacted
// (change-log.ts, group-commit.ts); single mutations go to the log.
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { OverlayJson } from './overlay.js';

export const STORE_FILE = 'exchange-store.json';
const FORMAT = 'exosh-sandbox-exchange-store';
const VERSION = 1;

export interface StoredState {
  seed: number;
  mailboxes: number;
  /** ISO date (midnight UTC) the data was generated relative to. */
  referenceDate: string;
  changes: OverlayJson;
  /** The change log that continues this file is the one of this generation (0 when absent). */
  logGeneration?: number;
}

export class StoreFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreFileError';
  }
}

export class StoreFile {
  readonly path: string;
  private tempCounter = 0;

  constructor(readonly dir: string) {
    this.path = join(dir, STORE_FILE);
  }

  /** Creates the directory and removes temp files a crashed writer left behind. */
  async prepare(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    for (const name of await readdir(this.dir)) {
      // The store file's and the change log's temp files (exchange-store.json.*.tmp, exchange-store.log.*.tmp).
      if (name.startsWith('exchange-store.') && name.endsWith('.tmp')) await rm(join(this.dir, name), { force: true });
    }
  }

  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }

  /** The stored state, undefined when there is none; throws StoreFileError when it is damaged. */
  async read(): Promise<StoredState | undefined> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw this.damaged(`it is not valid JSON (${(e as Error).message})`);
    }
    return this.validate(parsed);
  }

  async write(state: StoredState): Promise<void> {
    const text = JSON.stringify({ format: FORMAT, version: VERSION, ...state });
    const temp = join(this.dir, `${STORE_FILE}.${process.pid}.${++this.tempCounter}.tmp`);
    try {
      const file = await open(temp, 'w', 0o600);
      try {
        await file.writeFile(text, 'utf8');
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temp, this.path);
    } catch (e) {
      await rm(temp, { force: true }).catch(() => undefined);
      throw new StoreFileError(
        `Could not save the sandbox store to '${this.path}': ${(e as Error).message}. The change is kept in memory and will be saved with the next successful write.`,
      );
    }
    await syncDirectory(this.dir);
  }

  private validate(parsed: unknown): StoredState {
    if (!isObject(parsed) || parsed['format'] !== FORMAT) throw this.damaged('it is not an exosh sandbox store');
    if (parsed['version'] !== VERSION) throw this.damaged(`its version ${String(parsed['version'])} is not ${VERSION}`);
    const { seed, mailboxes, referenceDate, changes, logGeneration } = parsed;
    if (typeof seed !== 'number' || !Number.isInteger(seed)) throw this.damaged('its seed is missing');
    if (typeof mailboxes !== 'number' || !Number.isInteger(mailboxes) || mailboxes < 1) throw this.damaged('its mailbox count is missing');
    if (typeof referenceDate !== 'string' || Number.isNaN(Date.parse(referenceDate))) throw this.damaged('its reference date is missing');
    if (!isObject(changes)) throw this.damaged('its change list is missing');
    if (logGeneration !== undefined && (typeof logGeneration !== 'number' || !Number.isInteger(logGeneration) || logGeneration < 0)) {
      throw this.damaged('its log generation is not a whole number');
    }
    for (const kinds of Object.values(changes)) {
      if (!isObject(kinds)) throw this.damaged('its change list is malformed');
      for (const o of Object.values(kinds)) {
        if (!isObject(o) || !Array.isArray(o['removed']) || !isObject(o['patched']) || !Array.isArray(o['inserted'])) {
          throw this.damaged('its change list is malformed');
        }
      }
    }
    return { seed, mailboxes, referenceDate, changes: changes as OverlayJson, logGeneration: logGeneration ?? 0 };
  }

  damaged(why: string): StoreFileError {
    return new StoreFileError(
      `The sandbox store file '${this.path}' cannot be read: ${why}. Nothing was changed; start with --reset to discard it and reseed.`,
    );
  }
}

export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
