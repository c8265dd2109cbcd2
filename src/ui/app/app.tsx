// The REPL's screen: finished output above (written once, never redrawn), then the progress bars, then
// either the line editor, the prompt a running command waits on, or nothing while a command runs
// (keys typed meanwhile are kept for the next prompt; Ctrl+C cancels it and the prompt comes back at once).
import { Box, useApp, useStdin } from 'ink';
import { useLayoutEffect, useRef, useState } from 'react';
import { GridView } from './grid/grid-view.js';
import { HostPromptView } from './host-prompt-view.js';
import { PagerPrompt } from './pager-prompt.js';
import { LineEditor } from './line-editor.js';
import { promptText } from './prompt-model.js';
import { ProgressView, Spinner } from './progress-view.js';
import type { ReplController } from './repl-controller.js';
import { useHostRequest } from './use-host-request.js';
import { useOutput } from './use-output.js';
import { useProgress } from './use-progress.js';
import { useTerminalHeight, useTerminalWidth } from './use-terminal-width.js';
import { useTypeAhead } from './use-type-ahead.js';

export interface AppProps {
  controller: ReplController;
  /** Leaving the shell (exit, Ctrl+D, Ctrl+C twice), with the exit code. */
  onExit(code: number): void;
  /** Ctrl+L in the editor: clear the screen as Clear-Host does. */
  onClearScreen(): void;
  /** Where finished output goes; default Ink's stdout writer (above the live frame). Tests keep a scrollback. */
  writeOutput?(text: string): void;
}

export function App({ controller, onExit, onClearScreen, writeOutput }: AppProps) {
  const host = controller.host;
  const { flushNow } = useOutput(host.output, writeOutput);
  const request = useHostRequest(host, flushNow);
  const { entries, nowMs } = useProgress(host.progress);
  const width = useTerminalWidth();
  const height = useTerminalHeight();
  const { exit } = useApp();
  const [running, setRunning] = useState(false);
  // Set at once on submit, before React draws it: type-ahead stops feeding the editor at a kept Enter.
  const busy = useRef(false);
  const runs = useRef(0);
  const [waitingFor, setWaitingFor] = useState<string | undefined>(undefined);
  // Re-rendered after each command line, so the prompt's folder and badges are current.
  const [, setRuns] = useState(0);

  const leave = (code: number) => {
    onExit(code);
    exit();
  };

  const submit = (text: string) => {
    host.echoCommand(promptText(controller.prompt()), text);
    flushNow();
    if (text.trim() === '') return;
    busy.current = true;
    setRunning(true);
    // A run stopped by Ctrl+C settles later; by then the next one may be running, and stays so.
    const run = ++runs.current;
    const label = controller.startupLabel;
    controller
      .submit(text, (waiting) => setWaitingFor(waiting ? label : undefined))
      .then(
        (outcome) => {
          flushNow();
          if (outcome.kind === 'exit') leave(outcome.code);
        },
        (e: unknown) => {
          host.show(`exosh: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
          flushNow();
        },
      )
      .finally(() => {
        if (run === runs.current) {
          busy.current = false;
          setRunning(false);
        }
        setRuns((n) => n + 1);
      });
  };

  // Raw mode for the REPL's whole life: the editor, the prompts and the running command each turn it
  // on and off, and in the gap between one letting go and the next taking it, Ctrl+C would reach the
  // process as SIGINT and end the shell instead of cancelling the command.
  const { isRawModeSupported, setRawMode } = useStdin();
  useLayoutEffect(() => {
    if (!isRawModeSupported) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [isRawModeSupported, setRawMode]);

  useTypeAhead({
    capturing: running && request === undefined,
    editorActive: !running && request === undefined,
    promptActive: running && request !== undefined,
    busy,
    onInterrupt: () => {
      controller.cancel();
      // The prompt comes back at once; the stopped run settles behind it (the next waits for that).
      busy.current = false;
      setRunning(false);
    },
  });

  return (
    <Box flexDirection="column">
      <ProgressView entries={entries} nowMs={nowMs} width={width} />
      {waitingFor !== undefined ? <Spinner label={waitingFor} /> : null}
      {request?.kind === 'grid' ? <GridView grid={request.grid} width={width} height={height} onDone={(rows) => request.answer(rows)} /> : null}
      {request?.kind === 'page' ? <PagerPrompt request={request} onCancel={() => controller.cancel()} /> : null}
      {request !== undefined && request.kind !== 'grid' && request.kind !== 'page' ? <HostPromptView request={request} onEcho={(t) => { host.show(t + '\n'); flushNow(); }} onCancel={() => controller.cancel()} /> : null}
      <LineEditor
        prompt={controller.prompt()}
        context={controller.context}
        width={width}
        active={!running && request === undefined}
        onSubmit={submit}
        onExit={() => leave(0)}
        onClearScreen={onClearScreen}
        onCancelLine={(text) => {
          host.echoCancelledLine(promptText(controller.prompt()), text);
          flushNow();
        }}
      />
    </Box>
  );
}
