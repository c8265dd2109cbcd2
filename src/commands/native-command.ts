// Native commands: programs outside the shell (`ls -la`, `git status`, `./tool.sh`) run as child
// processes the way pwsh 7.6 runs them. The Session asks `findNativeCommand` for a name no function,
// alias or cmdlet has (the composition roots wire it through SessionOptions.externalCommand).
//
// - Arguments arrive as the texts pwsh would pass ($PSNativeCommandArgumentPassing Standard, worked
//   out by the engine from the source); each is one argv entry, no shell in between (on Windows
//   too: Node quotes each argument for CreateProcess as .NET's ArgumentList does, no cmd.exe).
// - stdout is read as text lines that enter the pipeline as strings as they arrive; objects piped
//   in are formatted as Out-String would and written to stdin line by line.
// - stderr lines go to the error stream as NativeCommandError records (so `2>&1` and `2>$null` work).
// - $LASTEXITCODE is the exit code; $? is false when it is not 0; with
//   $PSNativeCommandUseErrorActionPreference = $true a non-zero exit is a NativeCommandExitException
//   honouring $ErrorActionPreference.
// - Ctrl+C (the pipeline's abort signal) and a downstream `Select-Object -First` end the child.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { CommandContext, CommandDefinition } from '../runtime/command.js';
import { toBool } from '../runtime/conversions.js';
import { ErrorRecord } from '../runtime/errors.js';
import { pipelineStopped, type StageContext } from '../runtime/pipeline.js';
import { OutputFormatter } from '../format/index.js';

export interface NativeLookupContext {
  cwd: string;
  env: Record<string, string | undefined>;
}

const isWindows = process.platform === 'win32';

/** The file `name` runs: a path to an executable file, or the first match on PATH (PATHEXT on Windows). */
export function findExecutable(name: string, context: NativeLookupContext, platformIsWindows = isWindows): string | undefined {
  const exts = platformIsWindows ? (context.env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean) : [''];
  const candidates = (base: string): string[] => {
    if (!platformIsWindows) return [base];
    // A name with one of PATHEXT's extensions is tried as it is first.
    const hasExt = exts.some((e) => base.toLowerCase().endsWith(e.toLowerCase()));
    return [...(hasExt ? [base] : []), ...exts.map((e) => base + e)];
  };
  const usable = (file: string): boolean => {
    try {
      if (!statSync(file).isFile()) return false;
      if (!platformIsWindows) accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (/[\\/]/.test(name)) {
    const unix = platformIsWindows ? name : name.replace(/\\/g, '/');
    const base = nodePath.resolve(context.cwd, unix.startsWith('~/') && context.env.HOME ? nodePath.join(context.env.HOME, unix.slice(2)) : unix);
    return candidates(base).find(usable);
  }
  const dirs = (context.env.PATH ?? context.env.Path ?? '').split(nodePath.delimiter).filter(Boolean);
  for (const dir of dirs) {
    const hit = candidates(nodePath.join(dir, name)).find(usable);
    if (hit) return hit;
  }
  return undefined;
}

/** SessionOptions.externalCommand: a native command for `name`, or undefined when there is no such program. */
export function findNativeCommand(name: string, context: NativeLookupContext): CommandDefinition | undefined {
  const file = findExecutable(name, context);
  return file ? nativeCommand(file, context.env) : undefined;
}

/** `Program "ls" ended with non-zero exit code: 2 (0x02).` */
function exitError(program: string, file: string, code: number): ErrorRecord {
  const hex = (code >>> 0).toString(16).toUpperCase().padStart(2, '0');
  return new ErrorRecord(
    `Program "${program}" ended with non-zero exit code: ${code} (0x${hex}).`,
    'ProgramExitedWithNonZeroCode',
    'NotSpecified',
    file,
    // No command name: the concise view then names the exception, as pwsh shows it.
    '',
    undefined,
    'System.Management.Automation.NativeCommandExitException',
  );
}

function stderrRecord(line: string): ErrorRecord {
  return new ErrorRecord(line, 'NativeCommandError', 'NotSpecified', line, '', undefined, 'System.Management.Automation.RemoteException');
}

/** Splits a byte stream into text lines (UTF-8, `\n` or `\r\n`), calling `line` for each. */
class LineReader {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  constructor(private readonly line: (text: string) => void) {}
  push(chunk: Buffer): void {
    const text = this.rest + this.decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      this.line(text.slice(start, end));
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }
  end(): void {
    const text = this.rest + this.decoder.end();
    this.rest = '';
    if (text !== '') this.line(text.endsWith('\r') ? text.slice(0, -1) : text);
  }
}

export function nativeCommand(file: string, env: Record<string, string | undefined>): CommandDefinition {
  const program = nodePath.basename(file).replace(isWindows ? /\.(exe|com|bat|cmd)$/i : /$^/, '');
  return {
    metadata: { name: nodePath.basename(file), commandType: 'Cmdlet', module: '', parameters: [], help: { synopsis: file } },
    create: (ctx) => createRun(ctx as StageContext, file, program, env),
  };
}

function createRun(stage: StageContext, file: string, program: string, env: Record<string, string | undefined>) {
  const ctx: CommandContext = stage;
  const args = stage.binding.unbound.map((a) => String(a));
  let child: ChildProcess | undefined;
  let failure: { error: unknown } | undefined;
  /** Lines read but not yet written downstream (write() may ask us to wait). */
  const queue: { line: string; err: boolean }[] = [];
  let writing = false;
  let outputEnded = false;
  let exitCode: number | undefined;
  let finished: (() => void) | undefined;
  let formatter: OutputFormatter | undefined;
  const done = new Promise<void>((resolve) => (finished = resolve));

  const settle = () => {
    if (queue.length === 0 && !writing && outputEnded && exitCode !== undefined) finished?.();
  };
  /** Ends the run now: the child is killed and its pipes closed (a grandchild may still hold them). */
  const fail = (error: unknown) => {
    failure ??= { error };
    child?.kill();
    child?.stdout?.destroy();
    child?.stderr?.destroy();
    queue.length = 0;
    finished?.();
  };
  /** Writes queued lines in order; a promise from write() pauses the child's stdout until it settles. */
  const pump = () => {
    if (writing || failure) return;
    while (queue.length > 0) {
      const { line, err } = queue.shift()!;
      let r: void | Promise<void>;
      try {
        if (err) {
          ctx.writeError(stderrRecord(line));
          continue;
        }
        r = ctx.write(line);
      } catch (e) {
        fail(e);
        return;
      }
      if (r instanceof Promise) {
        writing = true;
        child?.stdout?.pause();
        r.then(
          () => {
            writing = false;
            child?.stdout?.resume();
            pump();
          },
          (e: unknown) => {
            writing = false;
            fail(e);
          },
        );
        return;
      }
    }
    settle();
  };

  const start = () => {
    const signal = ctx.signal;
    child = spawn(file, args, {
      cwd: ctx.session.cwd,
      env: env as NodeJS.ProcessEnv,
      stdio: [ctx.expectingInput ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out = new LineReader((line) => queue.push({ line, err: false }));
    const err = new LineReader((line) => queue.push({ line, err: true }));
    let open = 2;
    const closed = () => {
      if (--open === 0) {
        outputEnded = true;
        pump();
        settle();
      }
    };
    child.stdout!.on('data', (c: Buffer) => {
      out.push(c);
      pump();
    });
    child.stdout!.on('end', () => {
      out.end();
      closed();
    });
    child.stderr!.on('data', (c: Buffer) => {
      err.push(c);
      pump();
    });
    child.stderr!.on('end', () => {
      err.end();
      closed();
    });
    child.stdin?.on('error', () => undefined); // the child may exit before reading all its input (`head -1`)
    child.on('error', (e) => fail(e));
    child.on('exit', (code, sig) => {
      exitCode = code ?? (sig ? 128 + 15 : 1);
      settle();
    });
    // Ctrl+C ends the command line; a downstream `Select-Object -First` ends this stage quietly.
    const onAbort = () => fail(stage.run.cancelled?.aborted ? pipelineStopped() : stage.run.stopSignal);
    signal.addEventListener('abort', onAbort, { once: true });
    void done.finally(() => signal.removeEventListener('abort', onAbort));
  };

  const feed = async (input: unknown) => {
    const stdin = child?.stdin;
    if (!stdin || stdin.destroyed) return;
    formatter ??= new OutputFormatter({ width: ctx.session.host.width }, { now: () => 0 });
    const text = typeof input === 'string' ? `${input}\n` : formatter.write(input);
    if (text && !stdin.write(text)) await new Promise<void>((r) => stdin.once('drain', r).once('close', r));
  };

  return {
    begin() {
      start();
    },
    process(input: unknown) {
      if (failure) throw failure.error;
      if (!ctx.expectingInput) return undefined;
      return feed(input);
    },
    async end() {
      const stdin = child?.stdin;
      if (stdin && !stdin.destroyed) {
        const rest = formatter?.end();
        if (rest) stdin.write(rest);
        stdin.end();
      }
      await done;
      if (failure) {
        const e = failure.error;
        if (e instanceof Error && 'code' in e && typeof (e as NodeJS.ErrnoException).code === 'string' && !('record' in e)) {
          ctx.throwTerminating(
            new ErrorRecord(
              `An error occurred trying to start process '${file}' with working directory '${ctx.session.cwd}'. ${e.message}`,
              'NativeCommandFailed',
              'ResourceUnavailable',
              file,
              undefined,
              undefined,
              'System.Management.Automation.ApplicationFailedException',
            ),
          );
        }
        throw e;
      }
      const code = exitCode ?? 0;
      ctx.session.setVariable('LASTEXITCODE', code, 'global');
      if (code !== 0) {
        stage.run.hadError = true;
        if (toBool(ctx.session.getVariable('PSNativeCommandUseErrorActionPreference'))) ctx.writeError(exitError(program, file, code));
      }
    },
  };
}
