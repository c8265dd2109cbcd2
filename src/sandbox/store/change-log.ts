// The append-only change log beside the store file: one JSON line per acknowledged mutation, so a
// write costs an append and an fdatasync instead of rewriting every change made so far. The log
// belongs to one generation of the store file (its first line names it); compaction writes a new
// store file of the next generation and starts an empty log, so a crash between the two leaves a
// log that no longer matches and is ignored — its changes are already in the newer store file.
import { constants } from 'node:fs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecordKind, StoredRecord } from '../contracts.js';
import { syncDirectory } from './store-file.js';
import type { Change } from './tenant-store.js';

export const LOG_FILE = 'exchange-store.log';
const LOG_FORMAT = 'exosh-sandbox-exchange-log';

/** One logged mutation. Inserted records are stored compacted (without their kind's defaults). */
export type LogEntry =
  | { t: string; k: RecordKind; op: 'insert'; r: StoredRecord }
  | { t: string; k: RecordKind; op: 'update'; g: string; p: Record<string, unknown>; o?: string }
  | { t: string; k: RecordKind; op: 'remove'; g: string; o?: string };

export function logLine(tenantId: string, kind: RecordKind, change: Change, compact: (r: StoredRecord) => StoredRecord): string {
  let entry: LogEntry;
  switch (change.op) {
    case 'insert':
      entry = { t: tenantId, k: kind, op: 'insert', r: compact(change.record) };
      break;
    case 'update':
      entry = { t: tenantId, k: kind, op: 'update', g: change.guid, p: change.patch, o: change.previousOwner };
      break;
    case 'remove':
      entry = { t: tenantId, k: kind, op: 'remove', g: change.guid, o: change.previousOwner };
      break;
  }
  return `${JSON.stringify(entry)}\n`;
}

export type LogRead =
  | { kind: 'none' }
  /** A log of another generation: left by a compaction that crashed before replacing it. */
  | { kind: 'stale' }
  | { kind: 'entries'; entries: LogEntry[] }
  | { kind: 'damaged'; why: string };

export class ChangeLog {
  readonly path: string;

  constructor(readonly dir: string) {
    this.path = join(dir, LOG_FILE);
  }

  async read(generation: number): Promise<LogRead> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
      throw e;
    }
    const lines = text.split('\n');
    // Every complete line ends in '\n', so the last piece is either empty or the partial line a
    // crash in the middle of an append left: that batch was never acknowledged (its fsync had not
    // returned), so it is dropped.
    lines.pop();
    const header = parseLine(lines[0]);
    if (!header || header['format'] !== LOG_FORMAT) return lines.length === 0 ? { kind: 'none' } : { kind: 'damaged', why: 'its change log has no valid header' };
    if (header['generation'] !== generation) return { kind: 'stale' };
    const entries: LogEntry[] = [];
    for (let i = 1; i < lines.length; i++) {
      const entry = parseLine(lines[i]);
      if (!entry || !isEntry(entry)) return { kind: 'damaged', why: `line ${i + 1} of its change log is malformed` };
      entries.push(entry);
    }
    return { kind: 'entries', entries };
  }

  /** Replaces the log with an empty one of `generation` (atomically: temp file, fsync, rename). */
  async reset(generation: number): Promise<void> {
    const temp = `${this.path}.${process.pid}.tmp`;
    const file = await open(temp, 'w', 0o600);
    try {
      await file.writeFile(`${JSON.stringify({ format: LOG_FORMAT, generation })}\n`, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, this.path);
    // Appends acknowledged into this log must not vanish with an undone rename after a crash.
    await syncDirectory(this.dir);
  }

  /**
   * Appends lines and waits until they are on disk. The file is opened per append, without
   * O_CREAT: when the data directory has gone, the append fails instead of writing into an
   * unlinked file nobody will read.
   */
  async append(text: string): Promise<void> {
    const file = await open(this.path, constants.O_WRONLY | constants.O_APPEND);
    try {
      await file.writeFile(text, 'utf8');
      await file.datasync();
    } finally {
      await file.close();
    }
  }

  async remove(): Promise<void> {
    await rm(this.path, { force: true });
  }
}

function parseLine(line: string | undefined): Record<string, unknown> | undefined {
  if (!line) return undefined;
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function isEntry(v: Record<string, unknown>): v is LogEntry {
  if (typeof v['t'] !== 'string' || typeof v['k'] !== 'string') return false;
  if (v['op'] === 'insert') return typeof v['r'] === 'object' && v['r'] !== null;
  if (v['op'] === 'update') return typeof v['g'] === 'string' && typeof v['p'] === 'object' && v['p'] !== null;
  return v['op'] === 'remove' && typeof v['g'] === 'string';
}
