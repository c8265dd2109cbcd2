// Finished output waiting to be drawn above the prompt. Text arrives in pieces (a table row, an
// error, `Write-Host -NoNewline`); only whole lines leave, in batches, so the screen gets one
// update per frame however fast the pipeline writes, and nothing is kept once drawn.

export class OutputLog {
  private pending: string[] = [];
  private partial = '';
  private listener: (() => void) | undefined;
  /** How many finished lines have left through take() (tests, the transcript's counters). */
  linesTaken = 0;

  /** Called when there is something to take (once per batch, not per append). */
  onReady(listener: (() => void) | undefined): void {
    this.listener = listener;
  }

  append(text: string): void {
    if (text === '') return;
    const all = this.partial + text;
    const cut = all.lastIndexOf('\n');
    if (cut < 0) {
      this.partial = all;
      return;
    }
    this.partial = all.slice(cut + 1);
    const wasEmpty = this.pending.length === 0;
    this.pending.push(all.slice(0, cut));
    if (wasEmpty) this.listener?.();
  }

  /** The end of a command line: a line left open (`Write-Host -NoNewline`) is finished too. */
  endLine(): void {
    if (this.partial === '') return;
    const text = this.partial;
    this.partial = '';
    this.append(text + '\n');
  }

  /** The whole lines so far, as one block without its final newline; undefined when there are none. */
  take(): string | undefined {
    if (this.pending.length === 0) return undefined;
    const text = this.pending.join('\n');
    this.pending = [];
    this.linesTaken += text.split('\n').length;
    return text;
  }

  /** Clear-Host: what was waiting is dropped with the screen. */
  clear(): void {
    this.pending = [];
    this.partial = '';
  }
}
