// Writing key material: a crash half-way must never leave a truncated key or certificate behind
// (the next start would reuse it), so every file goes through temp file + fsync + rename.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync, chmodSync } from 'node:fs';
import { dirname } from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PUBLIC_FILE_MODE = 0o644;

export function writeFileAtomic(path: string, data: string | Uint8Array, mode: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temp, 'w', mode);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  // The umask may have narrowed the mode at creation; a key file must end up exactly 0600.
  chmodSync(temp, mode);
  renameSync(temp, path);
}

/** Reads every path as UTF-8, or returns undefined if any is missing (then all are regenerated). */
export function readAllOrNone(paths: readonly string[]): string[] | undefined {
  if (!paths.every((p) => existsSync(p))) return undefined;
  return paths.map((p) => readFileSync(p, 'utf8'));
}
