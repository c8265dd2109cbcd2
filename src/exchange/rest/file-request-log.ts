// -LogDirectoryPath / -LogLevel: one JSON line per request attempt in `<dir>/exosh-<yyyy-mm-dd>.log`.
// Entries carry method, URL, status, timing, attempt and outcome; never headers or bodies, so
// never a token (RequestLogEntry has no field that could hold one).
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestLog, RequestLogEntry } from '../contracts.js';

/** Connect-ExchangeOnline -LogLevel: Default logs failures and retries, All every request. */
export type RequestLogLevel = 'Default' | 'All';

export function requestLogFileName(date: Date): string {
  return `exosh-${date.toISOString().slice(0, 10)}.log`;
}

export function createFileRequestLog(dir: string, level: RequestLogLevel = 'Default'): RequestLog {
  let dirReady = false;
  let failed = false;
  return {
    write(entry: RequestLogEntry): void {
      if (level !== 'All' && entry.outcome === 'ok') return;
      // A full disk or a removed folder must not fail the cmdlet being logged; the first failure turns logging off.
      if (failed) return;
      try {
        if (!dirReady) {
          mkdirSync(dir, { recursive: true });
          dirReady = true;
        }
        const line = JSON.stringify({ ...entry, time: entry.time.toISOString() });
        appendFileSync(join(dir, requestLogFileName(entry.time)), `${line}\n`, { encoding: 'utf8', mode: 0o600 });
      } catch {
        failed = true;
      }
    },
  };
}
