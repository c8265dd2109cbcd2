// What the app asks of the shell, in one place without React: run a command line (streaming,
// keeping nothing), cancel it, the prompt model, the editor's view of the session. Start-up work
// (`--sandbox`: start it and connect) runs behind the prompt; a command line waits for it.
import type { Session } from '../../runtime/session.js';
import type { EditorContext, PromptModel } from '../editor/contract.js';
import { type PromptConnection, promptModel } from './prompt-model.js';
import type { ReplHost } from './repl-host.js';

export interface ReplControllerOptions {
  session: Session;
  host: ReplHost;
  /** The live connections for the prompt's badges (the Exchange room's connectionSummaries). */
  connections?: () => readonly PromptConnection[];
  /** Start-up work still under way; a command line submitted meanwhile waits for it. */
  startup?: { label: string; done: Promise<void> };
  now?: () => number;
}

/** How many of the last output objects the editor may look at for `$_.` / `$x.` completion. */
const RECENT_OUTPUT = 50;

export type SubmitOutcome = { kind: 'done' } | { kind: 'exit'; code: number };

export class ReplController {
  readonly session: Session;
  readonly host: ReplHost;
  readonly context: EditorContext;
  private readonly recent: unknown[] = [];
  private readonly connections: () => readonly PromptConnection[];
  private readonly now: () => number;
  /** The last command line's run, settling after a Ctrl+C: the next one starts after it. */
  private previous: Promise<unknown> = Promise.resolve();
  private startup: ReplControllerOptions['startup'];

  constructor(options: ReplControllerOptions) {
    this.session = options.session;
    this.host = options.host;
    this.connections = options.connections ?? (() => []);
    this.now = options.now ?? Date.now;
    this.startup = options.startup;
    options.startup?.done.then(
      () => (this.startup = undefined),
      () => (this.startup = undefined),
    );
    const services = this.session.servicesFor(this.session.globalScope);
    this.context = { services, recentOutput: () => this.recent };
  }

  /** What a waiting command line shows beside its spinner, or undefined when start-up is over. */
  get startupLabel(): string | undefined {
    return this.startup?.label;
  }

  prompt(): PromptModel {
    return promptModel(this.session.cwd, this.session.env.HOME ?? this.session.env.USERPROFILE, this.connections(), this.now());
  }

  /** Runs a command line; resolves when it ends (or, after cancel(), when it has settled). */
  async submit(text: string, onStartupWait?: (waiting: boolean) => void): Promise<SubmitOutcome> {
    await this.previous;
    if (this.startup) {
      onStartupWait?.(true);
      await this.startup.done.catch(() => undefined);
      onStartupWait?.(false);
    }
    this.host.beginRun();
    const run = this.session.run(text, {
      collect: false,
      onObject: (v) => {
        this.recent.push(v);
        if (this.recent.length > RECENT_OUTPUT) this.recent.shift();
      },
    });
    this.previous = run.catch(() => undefined);
    try {
      const result = await run;
      // `exit` in the REPL leaves the shell, with its code.
      if (/^\s*exit\b/i.test(text)) return { kind: 'exit', code: result.exitCode };
      return { kind: 'done' };
    } finally {
      this.host.endRun();
    }
  }

  /** Ctrl+C while a command line runs: stops it, its nested runs and requests, and any open prompt. */
  cancel(): void {
    this.host.cancelAll();
    this.session.abort();
  }
}
