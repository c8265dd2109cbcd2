// The host the Session talks to while the REPL runs it: the streams become text for the output
// area (in pwsh's colours), Write-Progress feeds the progress board, and Read-Host, Get-Credential
// and -Confirm become requests the app answers with its own prompt. Made before the Session (whose
// options need it) and handed to the app, which subscribes.
import type { GridRequest, HostServices } from '../../runtime/command.js';
import { formatDebug, formatErrorRecord, formatVerbose, formatWarning } from '../../runtime/error-view.js';
import type { StreamListeners } from '../../runtime/session.js';
import { pipelineStopped } from '../../runtime/pipeline.js';
import { colourHostText } from './host-colours.js';
import { OutputLog } from './output-log.js';
import { ProgressBoard } from './progress-board.js';
import { redactSecrets } from './secret-redaction.js';

export type HostRequest =
  | { kind: 'line'; prompt: string; secret: boolean; answer(text: string): void; cancel(): void }
  | {
      kind: 'choice';
      caption: string;
      message: string;
      choices: readonly { label: string; help?: string }[];
      defaultIndex: number;
      answer(index: number): void;
      cancel(): void;
    }
  | { kind: 'grid'; grid: GridRequest; answer(rows: number[]): void; cancel(): void }
  | { kind: 'page'; answer(step: PageStep): void; cancel(): void };

/** Out-Host -Paging's answers between screens: Space, Enter, Q. */
export type PageStep = 'page' | 'line' | 'quit';

export interface ReplHostOptions {
  color: boolean;
  /** The terminal's columns, read on each use. */
  width(): number;
  /** The terminal's rows, read on each use (Out-Host -Paging's screenful). */
  height?(): number;
  /** Clear-Host; the app sets it once it owns the screen. */
  clearScreen?(): void;
}

export class ReplHost {
  readonly output = new OutputLog();
  readonly progress = new ProgressBoard();
  private readonly queue: HostRequest[] = [];
  private requestListener: (() => void) | undefined;
  /** Ctrl+C while a prompt is open: the errors of the stopped command line are not worth showing. */
  private stopping = false;
  clearScreen: () => void;
  /** Start-Transcript's writer while a transcript runs. */
  private transcript: ((text: string) => void) | undefined;

  constructor(private readonly options: ReplHostOptions) {
    this.clearScreen = options.clearScreen ?? (() => undefined);
  }

  /** The host part of the Session's options. */
  hostServices(): Partial<HostServices> {
    const self = this;
    return {
      get width() {
        return self.options.width();
      },
      interactive: true,
      color: this.options.color,
      readLine: (prompt, o) => new Promise<string>((resolve, reject) => this.request({ kind: 'line', prompt, secret: o?.secret === true, answer: resolve, cancel: () => reject(pipelineStopped()) })),
      promptForChoice: (caption, message, choices, defaultIndex) =>
        new Promise<number>((resolve, reject) => this.request({ kind: 'choice', caption, message, choices, defaultIndex, answer: resolve, cancel: () => reject(pipelineStopped()) })),
      clear: () => {
        this.output.clear();
        this.clearScreen();
      },
      chooseRows: (grid) => new Promise<number[]>((resolve, reject) => this.request({ kind: 'grid', grid, answer: resolve, cancel: () => reject(pipelineStopped()) })),
      page: (text) => this.page(text),
      setTranscript: (writer) => {
        this.transcript = writer;
      },
    };
  }

  /** Out-Host -Paging: a screenful, then pwsh's question; Space shows the next screen, Enter one line, Q stops. */
  private async page(text: string): Promise<void> {
    const lines = text.replace(/\n$/, '').split('\n');
    const screen = Math.max(1, (this.options.height?.() ?? 24) - 1);
    let at = 0;
    let step = screen;
    while (at < lines.length) {
      const chunk = lines.slice(at, at + step);
      this.show(chunk.join('\n') + '\n');
      at += chunk.length;
      if (at >= lines.length) break;
      const answer = await new Promise<PageStep>((resolve, reject) => this.request({ kind: 'page', answer: resolve, cancel: () => reject(pipelineStopped()) }));
      if (answer === 'quit') break;
      step = answer === 'line' ? 1 : screen;
    }
  }

  /** Text for the output area, copied to the transcript when one runs. */
  show(text: string): void {
    this.output.append(text);
    this.transcript?.(text);
  }

  /** A submitted command line after its prompt: on screen as typed, in the transcript with secrets redacted. */
  echoCommand(prompt: string, text: string): void {
    const shown = echoed(prompt, text) + '\n';
    this.output.append(shown);
    this.transcript?.(redactSecrets(shown));
  }

  /** A line abandoned with Ctrl+C stays on screen followed by `^C`, as PSReadLine leaves it; it ran nothing, so no transcript. */
  echoCancelledLine(prompt: string, text: string): void {
    this.output.append(echoed(prompt, text) + '^C\n');
  }

  /** The Session's stream listeners. */
  streams(): StreamListeners {
    const color = this.options.color;
    const out = { append: (text: string) => this.show(text) };
    return {
      output: (text) => out.append(text),
      error: (r) => {
        if (this.stopping && r.errorId === 'PipelineStopped') return;
        out.append(formatErrorRecord(r, { color, width: this.options.width() }));
      },
      warning: (m) => out.append(formatWarning(m, color)),
      verbose: (m) => out.append(formatVerbose(m, color)),
      debug: (m) => out.append(formatDebug(m, color)),
      information: (m) => out.append(`${typeof m === 'string' ? m : String(m)}\n`),
      host: (text, opts) => out.append(colourHostText(text, opts, color) + (opts?.noNewline ? '' : '\n')),
      progress: (r) => this.progress.update(r),
    };
  }

  onRequest(listener: (() => void) | undefined): void {
    this.requestListener = listener;
  }

  /** The prompt the app should show now, if any. */
  get currentRequest(): HostRequest | undefined {
    return this.queue[0];
  }

  private request(r: HostRequest): void {
    // The output so far shows before the question, as pwsh's console does.
    this.output.endLine();
    const settle = <T,>(f: (v: T) => void) => (v: T) => {
      const i = this.queue.indexOf(wrapped);
      if (i >= 0) this.queue.splice(i, 1);
      f(v);
      this.requestListener?.();
    };
    const wrapped = { ...r, answer: settle(r.answer as (v: unknown) => void), cancel: settle(r.cancel as (v: unknown) => void) } as HostRequest;
    this.queue.push(wrapped);
    this.requestListener?.();
  }

  /** Ctrl+C: every open prompt is cancelled (its command line stops). */
  cancelAll(): void {
    this.stopping = true;
    for (const r of [...this.queue]) r.cancel();
  }

  /** A new command line starts. */
  beginRun(): void {
    this.stopping = false;
  }

  /** The command line ended: an open line is finished, the progress bars go. */
  endRun(): void {
    this.output.endLine();
    this.progress.clear();
  }
}

/** A command line as the screen showed it: the prompt, then `>> ` before each continuation line. */
function echoed(prompt: string, text: string): string {
  const lines = text.split('\n');
  return prompt + lines[0] + lines.slice(1).map((l) => `\n>> ${l}`).join('');
}
