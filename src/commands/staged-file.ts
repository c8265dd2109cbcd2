// A file written piece by piece into a temp file beside its target and renamed over it at the end:
// a cmdlet can stream 100,000 rows to disk without holding them, and a failure or Ctrl+C still
// never leaves half a file behind.
import { promises as fs, unlinkSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

export class StagedFile {
  private handle: FileHandle | undefined;
  private settled = false;

  private constructor(
    readonly target: string,
    private readonly temp: string,
  ) {}

  /** Opens the temp file; with `append`, it starts as a copy of the target (when there is one). */
  static async open(target: string, append: boolean): Promise<StagedFile> {
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const staged = new StagedFile(target, temp);
    try {
      if (append) {
        try {
          await fs.copyFile(target, temp);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        }
      }
      staged.handle = await fs.open(temp, append ? 'a' : 'w');
    } catch (e) {
      await staged.discard();
      throw e;
    }
    return staged;
  }

  async write(data: Buffer): Promise<void> {
    if (!this.handle) throw new Error(`The file '${this.target}' is no longer open for writing.`);
    await this.handle.write(data);
  }

  /** Closes the temp file and renames it over the target. */
  async commit(): Promise<void> {
    if (this.settled) return;
    try {
      await this.handle?.close();
      this.handle = undefined;
      await fs.rename(this.temp, this.target);
      this.settled = true;
    } catch (e) {
      await this.discard();
      throw e;
    }
  }

  /**
   * Drops the temp file; the target stays as it was. Safe to call at any time, and twice. The file
   * is unlinked at once (an abort listener cannot wait), then the handle closes in the background.
   */
  discard(): Promise<void> {
    if (this.settled) return Promise.resolve();
    this.settled = true;
    const h = this.handle;
    this.handle = undefined;
    try {
      unlinkSync(this.temp);
    } catch {
      // Never created, or already gone.
    }
    return h ? h.close().catch(() => undefined) : Promise.resolve();
  }
}
