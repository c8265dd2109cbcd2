// The seam between the REPL's app shell (src/ui/app: output, prompts, progress, the running command)
// and its line editor (src/ui/editor, src/ui/history, src/ui/completion, src/ui/highlight). Written
// first so both sides could be built at once; either side may add optional members, neither may
// change what is here without the other.
import type { SessionServices } from '../../runtime/command.js';

/** What the editor may ask of the running shell. The app builds it from its Session. */
export interface EditorContext {
  /**
   * The session as the prompt's (global) scope sees it: commands (every connection's remote proxies
   * with their prefixes included), aliases, variables, the working folder for path completion.
   */
  readonly services: SessionServices;
  /** The objects the last commands wrote (newest last, bounded), for `$_.` / `$x.` property completion. */
  recentOutput(): readonly unknown[];
}

/** One badge of the prompt: a live connection (`[Fab:fabrikam]`). */
export interface PromptBadge {
  /** As shown, brackets included: `[Fab:fabrikam]`. */
  text: string;
  /** Ink colour name or hex; the tenant's own colour, yellow when its token is about to expire, red when refresh failed. */
  color: string;
}

/** The prompt in front of the first line: `PS [contoso] [Fab:fabrikam] ~> `. Continuation lines show `>> `. */
export interface PromptModel {
  /** The folder as pwsh shows it (`~` for home, `/` separators on Unix). */
  location: string;
  badges: readonly PromptBadge[];
}

export interface LineEditorProps {
  prompt: PromptModel;
  context: EditorContext;
  /** Terminal columns, live (the app re-renders on resize). */
  width: number;
  /**
   * False while a command runs: the editor is not drawn and takes no keys (Ctrl+C then belongs to
   * the app, which cancels the pipeline). Keys typed meanwhile are the app's to buffer or drop.
   */
  active: boolean;
  /** Enter on complete input (the parser, not a heuristic, says whether it is complete): the whole text, lines joined by `\n`. */
  onSubmit(text: string): void;
  /** Ctrl+D on an empty line, or Ctrl+C twice on an empty prompt: leave the shell. */
  onExit(): void;
  /** Ctrl+L: clear the screen (the app clears its output area as Clear-Host does). */
  onClearScreen(): void;
  /**
   * The history file (added by the editor). Default: `$EXOSH_HISTORY_FILE`, else history.txt in the
   * user's data folder (XDG_DATA_HOME/exosh on Linux, ~/Library/Application Support/exosh, %APPDATA%\exosh).
   */
  historyPath?: string;
  /**
   * Ctrl+C on a typed line: the line is abandoned (added by the editor). PSReadLine leaves it on
   * screen followed by `^C`; the app may echo it into the output the same way.
   */
  onCancelLine?(text: string): void;
}
