// Where history lives on disk and how it is read and written. One entry per line, oldest first, as
// PSReadLine's ConsoleHost_history.txt: the lines of a multi-line entry but the last end with a
// backtick added for the file. Entries that carry secrets are never written.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultHistoryCap, History } from './history.js';
import { isSensitiveLine } from './sensitive.js';

/** The environment variable that points history at another file (tests, portable installs). */
export const historyFileVariable = 'EXOSH_HISTORY_FILE';

/** The user's data folder for exosh, as each platform names it. */
export function dataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'exosh');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'exosh');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'exosh');
}

export function historyFilePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  return env[historyFileVariable] || join(dataFolder(env, platform, home), 'history.txt');
}

/** An entry as the file holds it. */
export function encodeEntry(entry: string): string {
  return entry.split('\n').join('`\n') + '\n';
}

/** The file's text back to entries. */
export function decodeEntries(text: string): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.endsWith('`')) {
      pending.push(raw.slice(0, -1));
      continue;
    }
    pending.push(raw);
    const entry = pending.join('\n');
    pending = [];
    if (entry.trim() !== '') out.push(entry);
  }
  if (pending.length) out.push(pending.join('\n'));
  return out;
}

/** History backed by a file: loads it, appends each new entry, rewrites it compacted when it has grown too long. */
export class HistoryStore {
  readonly history: History;
  private linesWritten = 0;
  private failed = false;

  constructor(
    readonly path: string,
    private readonly cap = defaultHistoryCap,
  ) {
    let entries: string[] = [];
    try {
      entries = decodeEntries(readFileSync(path, 'utf8'));
    } catch {
      // No file yet, or unreadable: start empty; the first add creates it.
    }
    this.history = new History(entries, cap);
    this.linesWritten = entries.length;
    // A file holding repeats or more than the cap is rewritten once, de-duplicated.
    if (entries.length > this.history.length) this.rewrite();
  }

  /**
   * Records a submitted input. A sensitive entry stays recallable in this session (as PSReadLine
   * keeps it) but is never written to the file.
   */
  add(entry: string): void {
    if (!this.history.push(entry)) return;
    if (this.failed || isSensitiveLine(entry)) return;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      appendFileSync(this.path, encodeEntry(entry), { mode: 0o600 });
      this.linesWritten++;
      // Appends keep the per-command cost small; repeats and the cap are folded in now and then.
      if (this.linesWritten > this.cap * 1.5) this.rewrite();
    } catch {
      // A read-only home must not break the shell: keep history in memory only.
      this.failed = true;
    }
  }

  private rewrite(): void {
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(this.path, this.history.entries().filter((e) => !isSensitiveLine(e)).map(encodeEntry).join(''), { mode: 0o600 });
      this.linesWritten = this.history.length;
    } catch {
      this.failed = true;
    }
  }
}

const openStores = new Map<string, HistoryStore>();

/**
 * The one store of a file for this process: an editor mounted again (after a command ran, in a
 * nested prompt) shares the history already loaded instead of reading 10,000 lines again.
 */
export function historyStoreFor(path: string): HistoryStore {
  let s = openStores.get(path);
  if (!s) {
    s = new HistoryStore(path);
    openStores.set(path, s);
  }
  return s;
}
