// The pipeline engine. Commands are pushed objects one at a time (PowerShell's steppable
// pipeline): stage i's write() calls stage i+1's process(). Everything stays synchronous until a
// command returns a promise. stopUpstream() throws a StopUpstreamSignal through the upstream
// stages; the driver catches it and ends the stages from the stopper on, normally.
import { type MaybePromise, runLoop, sequence, andThen } from './async.js';
import { bindArguments, bindPipelineInput, coerceArgument, scriptBlockArgumentFailed, type BindArgument, type Binding, type BindOptions, type CommonParameters, type SourceSite } from './binder.js';
import type { CommandContext, CommandDefinition, CommandInstance, HostServices, InvokeOptions, ParameterMetadata, PipelineStagePlan, ProgressRecord, SessionServices } from './command.js';
import { CONFIRM_ANSWERS, CONFIRM_CAPTION, CONFIRM_CHOICES, CONTINUE_CHOICES, confirmationRequired, confirmMessage, nonInteractiveError } from './confirm.js';
import { StopUpstreamSignal } from './control.js';
import { runInterruptibleLoop } from './loop-turns.js';
import { enumerate, toStringValue } from './conversions.js';
import { ErrorRecord, type ErrorPosition, RuntimeError, ScriptTerminatingError, withPosition } from './errors.js';
import type { CompiledRedirection } from './compile.js';
import type { Expr, Frame, Sink } from './frame.js';
import { PSHashtable, PSObject, ScriptBlockValue } from './values.js';
import { wildcardMatch } from './operators-wildcard.js';
import { informationRecord, informationalRecord } from './stream-records.js';

export type CompiledArgument =
  | { kind: 'param'; name: string; value?: Expr; hasColon: boolean; text: string; native?: NativeParameterText; at?: SourceSite; valueAt?: SourceSite }
  | { kind: 'value'; value: Expr; native?: NativeLiteral; at?: SourceSite }
  | { kind: 'splat'; value: Expr; at?: SourceSite };

/**
 * What a native command receives for an argument whose source text matters (pwsh passes `1.50`,
 * `0x10` and bare words as written, expands a bare `~`, joins `a,b` with commas).
 */
export type NativeLiteral = { kind: 'text'; text: string; tilde: boolean } | { kind: 'arrayLiteral' };

/** `-name` / `-name:` as written; `joined` when the argument follows the colon with no space (`-o:x`). */
export interface NativeParameterText {
  text: string;
  joined: boolean;
}

export interface CompiledCommand {
  name: Expr;
  staticName: string | undefined;
  args: CompiledArgument[];
  redirections: CompiledRedirection[];
  position: ErrorPosition;
  /** `. cmd`: run in the caller's scope. */
  dot: boolean;
}

export interface PipelineSource {
  items(f: Frame): MaybePromise<Iterable<unknown>>;
  redirections: CompiledRedirection[];
}

/** A command ready to run: what it resolved to and how it is invoked. */
export interface ResolvedCommand {
  definition: CommandDefinition;
  invocationName: string;
  /** Binding options the definition needs (scripts vs cmdlets). */
  bindOptions: Omit<BindOptions, 'expectingInput'>;
  /** A native command: its arguments are evaluated to the argv texts pwsh passes, all positional. */
  nativeArguments?: boolean;
}

function evaluateArguments(f: Frame, args: CompiledArgument[]): MaybePromise<BindArgument[]> {
  return andThen(
    sequence(
      args.map((a) => (): MaybePromise<BindArgument[]> => {
        if (a.kind === 'param') {
          if (!a.value) return [{ kind: 'named', name: a.name, value: undefined, hasValue: false, text: a.text, at: a.at }];
          return andThen(a.value(f), (v) => [{ kind: 'named', name: a.name, value: v, hasValue: true, text: a.text, at: a.at, valueAt: a.valueAt }]);
        }
        if (a.kind === 'value') return andThen(a.value(f), (v) => [{ kind: 'positional', value: v, at: a.at }]);
        return andThen(a.value(f), (v) => splat(v, a.at));
      }),
    ),
    (lists) => lists.flat(),
  );
}

/** A native command's argv from its arguments ($PSNativeCommandArgumentPassing Standard). */
function evaluateNativeArguments(f: Frame, args: CompiledArgument[]): MaybePromise<BindArgument[]> {
  const home = f.session.env.HOME ?? f.session.env.USERPROFILE ?? '';
  const texts = (v: unknown, out: string[]): void => {
    if (v === null || v === undefined) return;
    if (Array.isArray(v)) for (const x of v) texts(x, out);
    else out.push(toStringValue(v));
  };
  return andThen(
    sequence(
      args.map((a) => (): MaybePromise<string[]> => {
        if (a.kind === 'param') {
          const text = a.native?.text ?? a.text;
          if (!a.value) return [text];
          return andThen(a.value(f), (v) => {
            const out: string[] = [];
            texts(v, out);
            if (a.native?.joined) return [text + out.join(',')];
            return [text, ...out];
          });
        }
        if (a.kind === 'value' && a.native?.kind === 'text') {
          const n = a.native;
          return [n.tilde && home ? home + n.text.slice(1) : n.text];
        }
        return andThen(a.value(f), (v) => {
          const out: string[] = [];
          if (a.kind === 'value' && a.native?.kind === 'arrayLiteral') {
            texts(v, out);
            return [out.join(',')];
          }
          if (a.kind === 'splat' && v instanceof PSHashtable) {
            for (const [k, value] of v.entries()) {
              const vs: string[] = [];
              texts(value, vs);
              out.push(value === true ? `-${toStringValue(k)}` : `-${toStringValue(k)}:${vs.join(',')}`);
            }
            return out;
          }
          texts(v, out);
          return out;
        });
      }),
    ),
    (lists) => lists.flat().map((value): BindArgument => ({ kind: 'positional', value })),
  );
}

/** Splatted arguments; pwsh marks `@h` for any of them that fails to bind. */
function splat(v: unknown, at: SourceSite | undefined): BindArgument[] {
  if (v instanceof PSHashtable) return v.entries().map(([k, value]) => ({ kind: 'named', name: toStringValue(k), value, hasValue: true, at, valueAt: at }));
  if (Array.isArray(v)) return v.map((value) => ({ kind: 'positional', value, at }));
  if (v === null || v === undefined) return [];
  return [{ kind: 'positional', value: v, at }];
}

interface Preferences {
  errorAction: string;
  warningAction: string;
  informationAction: string;
  verbose: boolean;
  debug: boolean;
  whatIf: boolean;
  confirm: boolean;
}

/** One running pipeline: which stages have been stopped by a downstream stopUpstream(). */
export class PipelineRun {
  /** Stages before this index (and the expression source, when >= 0) have been stopped. */
  stopAt = -1;
  hadError = false;
  readonly stages: StageContext[] = [];
  readonly signalToken = {};
  readonly stopSignal: StopUpstreamSignal;

  /** Ctrl+C: the session's signal for the running command line. */
  readonly cancelled: AbortSignal | undefined;

  constructor(readonly frame: Frame) {
    this.stopSignal = new StopUpstreamSignal(this.signalToken, 0);
    this.cancelled = frame.session.currentSignal;
  }

  stop(index: number): void {
    if (index <= this.stopAt) return;
    this.stopAt = index;
    for (let i = 0; i < index; i++) this.stages[i]?.abort();
  }

  abortAll(): void {
    for (const s of this.stages) s.abort();
  }
}

/** The CommandContext of one pipeline position. */
export class StageContext implements CommandContext {
  params: Record<string, unknown>;
  bound: Set<string>;
  instance: CommandInstance = {};
  next: Sink = () => undefined;
  began = false;
  pending: unknown[] | undefined;
  private controller: AbortController | undefined;
  private services: SessionServices | undefined;
  readonly prefs: Preferences;
  errorVariable: ErrorRecord[] | undefined;
  warningVariable: string[] | undefined;
  /** `2>&1`, `3>$null`, `*>&1`...: where this command's other streams go, when it redirects them. */
  private readonly routes: StreamRoutes | undefined;
  /** The files those redirections write (`2> err.txt`), each once though `*>` routes several streams to one. */
  readonly streamFiles: readonly FileRoute[];

  constructor(
    readonly run: PipelineRun,
    readonly index: number,
    readonly frame: Frame,
    readonly definition: CommandDefinition,
    readonly invocationName: string,
    readonly binding: Binding,
    readonly bindOptions: BindOptions,
    readonly position: ErrorPosition | undefined,
    readonly expectingInput: boolean,
    redirections: CompiledRedirection[],
  ) {
    this.params = binding.params;
    this.bound = binding.bound;
    this.prefs = preferencesFor(frame, binding.common);
    if (binding.common.ErrorVariable) this.errorVariable = [];
    if (binding.common.WarningVariable) this.warningVariable = [];
    const { routes, files } = streamRoutes(redirections);
    this.routes = routes;
    this.streamFiles = files;
  }

  /**
   * Where `stream` goes: the nearest redirection of this command or of the commands it runs inside,
   * since `& { Write-Error 'e' } 2>&1` redirects what the block writes too; the stage named is the
   * one whose output takes the merged records.
   */
  private routeOf(stream: RedirectedStream): { to: 'output' | 'null' | FileRoute; stage: StageContext } | undefined {
    for (let s: StageContext | undefined = this; s; s = s.frame.command) {
      const to = s.routes?.[stream];
      if (to) return { to, stage: s };
    }
    return undefined;
  }

  /**
   * A statement-terminating error inside the script block this stage runs (`& { 1/0 } 2>$null`):
   * pwsh writes it to the block's error stream, where the redirections apply, and the block goes
   * on. False when no redirection takes it and the caller reports it as usual. (A function's are
   * not redirected: pwsh shows them under `f 2>&1`, and under `f 2>$null` ends the function
   * silently — that second quirk is not reproduced.)
   */
  redirectNestedError(record: ErrorRecord): boolean {
    const route = this.routeOf('error');
    if (!route || this.definition.metadata.name !== '') return false;
    this.frame.session.recordError(record);
    deliver(route, record);
    return true;
  }

  get commonParameters(): Readonly<CommonParameters> {
    return this.binding.common;
  }

  /** Can change with the first pipeline object when several sets were still possible. */
  get parameterSetName(): string {
    return this.binding.parameterSetName;
  }

  get session(): SessionServices {
    return (this.services ??= this.frame.session.servicesFor(this.frame.scope));
  }

  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      const outer = this.frame.session.currentSignal;
      if (outer) {
        if (outer.aborted) this.controller.abort();
        else {
          const onAbort = () => this.controller?.abort();
          outer.addEventListener('abort', onAbort, { once: true });
          this.detachFromOuter = () => outer.removeEventListener('abort', onAbort);
        }
      }
    }
    return this.controller.signal;
  }

  /** Removes this stage's listener on the session's signal (one per stage would pile up over a script). */
  private detachFromOuter: (() => void) | undefined;

  /** The stage is over: it no longer needs to hear about Ctrl+C. */
  release(): void {
    this.detachFromOuter?.();
    this.detachFromOuter = undefined;
  }

  abort(): void {
    if (this.controller) this.controller.abort();
    else {
      this.controller = new AbortController();
      this.controller.abort();
    }
  }

  /** Upstream calls this with each object. */
  receive = (input: unknown): MaybePromise<void> => {
    if (!this.began) {
      (this.pending ??= []).push(input);
      return;
    }
    if (this.binding.delayBound.length > 0) {
      return andThen(this.runDelayBound(input), (ok) => (ok ? this.bindAndProcess(input) : undefined));
    }
    return this.bindAndProcess(input);
  };

  private bindAndProcess(input: unknown): MaybePromise<void> {
    if (this.expectingInput && (this.binding.pipelineParameters.length > 0 || this.bindOptions.commonParameters)) {
      const err = bindPipelineInput(this.definition.metadata, this.binding, input, this.bindOptions);
      if (err) {
        this.writeError(err, true);
        return;
      }
    }
    return this.instance.process?.(input);
  }

  /** Delay-bind script blocks: each runs with `$_` = the object, its result bound; false when one failed (error written). */
  private runDelayBound(input: unknown): MaybePromise<boolean> {
    const meta = this.definition.metadata;
    let i = 0;
    let ok = true;
    const fail = (parameter: ParameterMetadata, e: unknown): boolean => {
      if (!(e instanceof RuntimeError) || e.record.errorId === 'PipelineStopped') throw e;
      this.writeError(scriptBlockArgumentFailed(meta, parameter, e.record.message, input));
      ok = false;
      return false;
    };
    const bind = (parameter: ParameterMetadata, out: unknown[]): boolean => {
      const value = out.length === 0 ? null : out.length === 1 ? out[0] : out;
      try {
        this.binding.params[parameter.name] = coerceArgument(meta, parameter, value, this.bindOptions);
        return true;
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e;
        this.writeError(e.record);
        ok = false;
        return false;
      }
    };
    return andThen(
      runLoop(() => {
        const next = this.binding.delayBound[i++];
        if (!next) return false;
        let r: unknown[] | Promise<unknown[]>;
        try {
          r = this.invoke(next.block, input);
        } catch (e) {
          return fail(next.parameter, e);
        }
        if (Array.isArray(r)) return bind(next.parameter, r);
        return r.then(
          (out) => bind(next.parameter, out),
          (e: unknown) => fail(next.parameter, e),
        );
      }),
      () => ok,
    );
  }

  write(value: unknown): MaybePromise<void> {
    const run = this.run;
    if (run.stopAt > this.index) throw run.stopSignal;
    // After Ctrl+C only a finally block writes: it sets the session's stopped signal aside.
    if (run.cancelled?.aborted && this.frame.session.currentSignal?.aborted) throw pipelineStopped();
    const r = this.next(value);
    if (r instanceof Promise) {
      return r.then(() => {
        if (run.stopAt > this.index) throw run.stopSignal;
      });
    }
    if (run.stopAt > this.index) throw run.stopSignal;
    return r;
  }

  writeEnumerated(values: Iterable<unknown>): MaybePromise<void> {
    const iter = values[Symbol.iterator]();
    // Interruptible: `1..1e9 | % { $i++ }` never awaits, yet Ctrl+C must reach it.
    return runInterruptibleLoop(() => {
      const n = iter.next();
      if (n.done) return false;
      const r = this.write(n.value);
      return r instanceof Promise ? r.then(() => true) : true;
    }, this.run.cancelled, pipelineStopped);
  }

  /** `binding`: a pipeline object that failed to bind, which pwsh reports but keeps out of -ErrorVariable. */
  writeError(error: ErrorRecord, binding = false): void {
    this.run.hadError = true;
    const decorate = this.frame.scope.run.decorateError;
    if (decorate) error = decorate(error);
    const record = this.attributed(error);
    if (!binding) this.errorVariable?.push(record);
    const action = this.prefs.errorAction;
    if (action === 'Ignore') return;
    if (action === 'Stop') {
      // An error escalated by -ErrorAction Stop ends the script unless caught (about_Error_Handling).
      throw new ScriptTerminatingError(record);
    }
    const session = this.frame.session;
    if (action === 'SilentlyContinue') {
      session.recordError(record);
      return;
    }
    const route = this.routeOf('error');
    if (route) {
      session.recordError(record);
      deliver(route, record);
      return;
    }
    session.reportError(record, this.frame.scope);
  }

  /**
   * The record as pwsh attributes it. Write-Error inside a function reports the function's call
   * (`f: ...` marking `f`); inside a script block or script, `Write-Error:` at the block's call
   * (a script run from the command line has no call to mark).
   */
  private attributed(error: ErrorRecord): ErrorRecord {
    const caller = this.frame.command;
    if (this.definition.metadata.name !== 'Write-Error' || !caller || error.commandName !== 'Write-Error') {
      return withPosition(error, this.position, this.definition.metadata.name);
    }
    const callerName = caller.definition.metadata.name;
    const isFunction = callerName !== '' && !/\.ps1$/i.test(callerName);
    const name = isFunction ? callerName : 'Write-Error';
    return new ErrorRecord(error.message, error.errorId, error.category, error.targetObject, name, error.position ?? caller.position, error.exceptionType);
  }

  writeWarning(message: string): void {
    const action = this.prefs.warningAction;
    // pwsh records the warning in -WarningVariable whatever the action, Ignore included.
    this.warningVariable?.push(message);
    if (action === 'Ignore' || action === 'SilentlyContinue') return;
    if (!this.redirected('warning', () => informationalRecord('warning', message))) this.frame.session.streams.warning(message);
    if (action === 'Stop') {
      // pwsh shows the warning, then stops the script (ActionPreferenceStopException).
      throw new ScriptTerminatingError(
        new ErrorRecord(
          `The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: ${message}`,
          'ActionPreferenceStop',
          'OperationStopped',
          null,
          this.definition.metadata.name,
          this.position,
        ),
      );
    }
  }

  writeVerbose(message: string): void {
    if (this.prefs.verbose && !this.redirected('verbose', () => informationalRecord('verbose', message))) this.frame.session.streams.verbose(message);
  }

  writeDebug(message: string): void {
    if (this.prefs.debug && !this.redirected('debug', () => informationalRecord('debug', message))) this.frame.session.streams.debug(message);
  }

  writeInformation(message: unknown, tags?: string[]): void {
    // The record is written whatever the preference (which decides only whether it shows), so
    // `6>&1` catches it under the default SilentlyContinue.
    const action = this.prefs.informationAction;
    if (action === 'Ignore') return;
    if (this.redirected('information', () => informationRecord(message, tags ?? [], this.definition.metadata.name, false))) return;
    if (action === 'Continue') this.frame.session.streams.information(message, tags);
  }

  writeHost(text: string, options?: { foregroundColor?: string; backgroundColor?: string; noNewline?: boolean }): void {
    if (this.prefs.informationAction === 'Ignore' || this.prefs.informationAction === 'SilentlyContinue') {
      if (this.binding.common.InformationAction) return;
    }
    // Write-Host writes to the information stream: `6>$null` hides it, `6>&1` makes it output.
    if (!this.redirected('information', () => informationRecord(text, [], this.definition.metadata.name, true))) this.frame.session.streams.host(text, options);
  }

  /** True when a redirection took the stream's message: discarded, or merged into output as a record. */
  private redirected(stream: RedirectedStream, record: () => unknown): boolean {
    if (this.routes === undefined && this.frame.command === undefined) return false;
    const route = this.routeOf(stream);
    if (!route) return false;
    deliver(route, record());
    return true;
  }

  writeProgress(record: ProgressRecord): void {
    this.frame.session.streams.progress(record);
  }

  throwTerminating(error: ErrorRecord): never {
    this.run.hadError = true;
    throw new RuntimeError(withPosition(error, this.position, this.definition.metadata.name));
  }

  shouldProcess(target: string, action: string): boolean | Promise<boolean> {
    if (this.prefs.whatIf) {
      this.frame.session.streams.host(`What if: Performing the operation "${action}" on target "${target}".`);
      return false;
    }
    if (this.confirmedAll !== undefined) return this.confirmedAll;
    const preference = toStringValue(this.frame.session.preference(this.frame.scope, 'ConfirmPreference'));
    if (!confirmationRequired(this.binding.common.Confirm, this.definition.metadata.confirmImpact, preference)) return true;
    return this.askToConfirm(target, action);
  }

  /** $PSCmdlet.ShouldContinue(query, caption): always asks (Yes / No / Suspend). */
  async shouldContinue(query: string, caption: string): Promise<boolean> {
    const answer = await this.ask(caption, query, CONTINUE_CHOICES);
    if (answer === 2) throw pipelineStopped();
    return answer === 0;
  }

  /** Asks through the host; with no terminal to ask on, a terminating error instead of going ahead. */
  private async ask(caption: string, message: string, choices: readonly { label: string; help: string }[]): Promise<number> {
    const host = this.frame.session.host;
    try {
      if (!host.promptForChoice) throw nonInteractiveError();
      return await host.promptForChoice(caption, message, choices, 0);
    } catch (e) {
      // As pwsh -NonInteractive: stop rather than go ahead unconfirmed.
      const text = e instanceof RuntimeError ? e.record.message : e instanceof Error ? e.message : String(e);
      this.throwTerminating(
        new ErrorRecord(text, `InvalidOperation,${this.definition.metadata.name}`, 'InvalidOperation', null, undefined, undefined, 'System.Management.Automation.PSInvalidOperationException'),
      );
    }
  }

  /** Yes to All / No to All: the answer for the rest of this command's invocation. */
  private confirmedAll: boolean | undefined;

  private async askToConfirm(target: string, action: string): Promise<boolean> {
    const index = await this.ask(CONFIRM_CAPTION, confirmMessage(target, action), CONFIRM_CHOICES);
    switch (CONFIRM_ANSWERS[index] ?? 'no') {
      case 'yes':
        return true;
      case 'yesToAll':
        this.confirmedAll = true;
        return true;
      case 'no':
        return false;
      case 'noToAll':
        this.confirmedAll = false;
        return false;
      case 'suspend':
        // exosh has no nested prompt to suspend into: stop the pipeline instead of going ahead.
        throw pipelineStopped();
    }
  }

  invoke(block: ScriptBlockValue, dollarUnder?: unknown, args: unknown[] = [], options?: InvokeOptions): unknown[] | Promise<unknown[]> {
    return this.frame.session.invokeScriptBlock(this.frame, block, dollarUnder, args, options);
  }

  stopUpstream(): void {
    this.run.stop(this.index);
  }

  /** Sets -ErrorVariable/-WarningVariable/-OutVariable at the end. */
  finish(): void {
    this.release();
    const c = this.binding.common;
    const scope = this.frame.scope;
    const session = this.frame.session;
    if (c.ErrorVariable && this.errorVariable) session.captureVariable(scope, c.ErrorVariable).push(...this.errorVariable);
    if (c.WarningVariable && this.warningVariable) session.captureVariable(scope, c.WarningVariable).push(...this.warningVariable);
  }

  get host(): HostServices {
    return this.frame.session.host;
  }
}

/** What Ctrl+C does to a running pipeline: ends the whole command line. */
export function pipelineStopped(): ScriptTerminatingError {
  return new ScriptTerminatingError(
    new ErrorRecord('The pipeline has been stopped.', 'PipelineStopped', 'OperationStopped', null, undefined, undefined, 'System.Management.Automation.PipelineStoppedException'),
  );
}

function preferencesFor(f: Frame, c: CommonParameters): Preferences {
  const s = f.session;
  const pref = (name: string) => s.preference(f.scope, name);
  return {
    errorAction: c.ErrorAction ?? pref('ErrorActionPreference'),
    warningAction: c.WarningAction ?? pref('WarningPreference'),
    informationAction: c.InformationAction ?? pref('InformationPreference'),
    verbose: c.Verbose ?? pref('VerbosePreference') === 'Continue',
    debug: c.Debug ?? pref('DebugPreference') === 'Continue',
    whatIf: c.WhatIf ?? f.scope.find('whatifpreference')?.value === true,
    confirm: c.Confirm ?? false,
  };
}

/** A stage ready to bind: resolved command, evaluated arguments, where it is in the source. */
export interface PreparedStage {
  resolved: ResolvedCommand;
  args: BindArgument[];
  redirections: CompiledRedirection[];
  position: ErrorPosition | undefined;
}

/** Runs a whole pipeline; output of the last stage goes to `out`. */
export function runPipeline(f: Frame, source: PipelineSource | undefined, commands: CompiledCommand[], out: Sink): MaybePromise<void> {
  return andThen(
    sequence(commands.map((c) => () => prepare(f, c))),
    (prepared) => runPrepared(f, source, f.session.pipelinePlanners.length > 0 ? planStages(f, prepared) : prepared, out),
  );
}

/** Binds and runs prepared stages (also used to invoke one script block or function directly). */
export function runPrepared(f: Frame, source: PipelineSource | undefined, prepared: PreparedStage[], out: Sink): MaybePromise<void> {
  // After Ctrl+C no further command of the command line starts (pwsh stops the whole script).
  if (f.session.currentSignal?.aborted) throw pipelineStopped();
  const run = new PipelineRun(f);
  const session = f.session;
  let sink = out;
  const lastRedirs = prepared.length > 0 ? prepared[prepared.length - 1]!.redirections : source?.redirections ?? [];
  const fileRedirect = lastRedirs.find((r) => (r.from === 'output' || r.from === 'all') && r.to !== 'output');
  let fileItems: unknown[] | undefined;
  if (fileRedirect?.to === 'null') sink = () => undefined;
  else if (fileRedirect?.to === 'file') {
    fileItems = [];
    const items = fileItems;
    sink = (v) => void items.push(v);
  }
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i]!;
    const c = p;
    const expectingInput = i > 0 || source !== undefined;
    const options: BindOptions = { ...p.resolved.bindOptions, expectingInput };
    let binding: Binding;
    try {
      binding = bindArguments(p.resolved.definition.metadata, p.args, options);
      if (options.commonParameters) binding = withDefaultParameterValues(f, p, options, binding);
    } catch (e) {
      if (e instanceof RuntimeError) throw new RuntimeError(withPosition(e.record, c.position));
      throw e;
    }
    const stage = new StageContext(run, i, f, p.resolved.definition, p.resolved.invocationName, binding, options, c.position, expectingInput, c.redirections);
    run.stages.push(stage);
  }
  for (let i = 0; i < run.stages.length; i++) {
    const stage = run.stages[i]!;
    const downstream = run.stages[i + 1];
    let next: Sink = downstream ? downstream.receive : sink;
    const common = stage.binding.common;
    if (common.OutVariable) {
      const collected = session.captureVariable(f.scope, common.OutVariable);
      const inner = next;
      next = (v) => {
        collected.push(v);
        return inner(v);
      };
    }
    if (common.PipelineVariable) {
      const name = common.PipelineVariable;
      const inner = next;
      next = (v) => {
        f.scope.setLocal(name, v);
        return inner(v);
      };
    }
    stage.next = next;
  }
  for (const stage of run.stages) stage.instance = stage.definition.create(stage);
  let driven: MaybePromise<void>;
  try {
    driven = drive(run, source, sink);
  } catch (e) {
    for (const s of run.stages) s.release();
    throw e;
  }
  const done = andThen(driven, () => {
    for (const s of run.stages) s.finish();
    f.scope.run.lastSuccess = !run.hadError;
    return andThen(writeStreamFiles(f, run.stages), () => {
      if (fileRedirect?.to !== 'file' || !fileItems) return undefined;
      // `*> all.txt`: the streams' lines are in the file already; the output follows them.
      const shared = run.stages.some((s) => s.streamFiles.some((r) => r.redirect === fileRedirect));
      return writeRedirectFile(f, shared ? { ...fileRedirect, append: true } : fileRedirect, fileItems);
    });
  });
  if (done instanceof Promise) {
    return done.catch((e: unknown) => {
      run.abortAll();
      for (const s of run.stages) s.finish();
      throw e;
    });
  }
  return done;
}

/**
 * $PSDefaultParameterValues (`'*-EXO*:ResultSize' = 'Unlimited'`): for cmdlets and advanced
 * functions, each 'Command:Parameter' key whose command pattern matches and whose parameter the
 * user did not bind adds that value (a script block's result, given the context in $args[0]) before
 * pipeline input binds. `Disabled = $true` turns them off; two different values for one parameter
 * are ignored with pwsh's warning. Looked up once per pipeline stage, never per object.
 */
function withDefaultParameterValues(f: Frame, p: PreparedStage, options: BindOptions, binding: Binding): Binding {
  const table = f.scope.find('psdefaultparametervalues')?.value;
  if (!(table instanceof PSHashtable) || table.map.size === 0) return binding;
  const entries = table.entries();
  if (entries.some(([k, v]) => toStringValue(k).toLowerCase() === 'disabled' && v === true)) return binding;
  const meta = p.resolved.definition.metadata;
  const commandName = meta.name;
  const byParameter = new Map<string, { name: string; values: unknown[] }>();
  for (const [key, value] of entries) {
    const text = toStringValue(key);
    const colon = text.lastIndexOf(':');
    if (colon <= 0) continue;
    const pattern = text.slice(0, colon).trim();
    const parameterName = text.slice(colon + 1).trim();
    if (!wildcardMatch(commandName, pattern)) continue;
    const canonical = canonicalParameter(meta, parameterName);
    if (!canonical || isBound(binding, canonical)) continue;
    const entry = byParameter.get(canonical.toLowerCase()) ?? { name: canonical, values: [] };
    entry.values.push(value);
    byParameter.set(canonical.toLowerCase(), entry);
  }
  if (byParameter.size === 0) return binding;
  const extra: BindArgument[] = [];
  for (const { name, values } of byParameter.values()) {
    const distinct = values.filter((v, i) => values.findIndex((w) => w === v || (w instanceof ScriptBlockValue && v instanceof ScriptBlockValue && w.text === v.text)) === i);
    if (distinct.length > 1) {
      f.session.streams.warning(
        `Multiple different default values are defined in $PSDefaultParameterValues for the parameter matching the following name or alias: ${name}. These defaults have been ignored.`,
      );
      continue;
    }
    let value = distinct[0];
    if (value instanceof ScriptBlockValue) {
      const context = PSObject.fromEntries([['CommandName', commandName], ['BoundParameters', boundTable(binding)], ['BoundDefaultParameters', new PSHashtable()]]);
      const out = f.session.invokeScriptBlock(f, value, undefined, [context]);
      // A default computed by asynchronous commands cannot wait here; such a default is skipped.
      if (!Array.isArray(out)) continue;
      value = out.length === 1 ? out[0] : out;
    }
    extra.push({ kind: 'named', name, value, hasValue: true, text: `-${name}:` });
  }
  if (extra.length === 0) return binding;
  return bindArguments(meta, [...p.args, ...extra], options);
}

const COMMON_DEFAULTABLE = ['ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'Verbose', 'Debug', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable', 'WhatIf', 'Confirm'];

function canonicalParameter(meta: import('./command.js').CommandMetadata, name: string): string | undefined {
  const lower = name.toLowerCase();
  const own = meta.parameters.find((x) => x.name.toLowerCase() === lower || x.aliases?.some((a) => a.toLowerCase() === lower));
  if (own) return own.name;
  return COMMON_DEFAULTABLE.find((c) => c.toLowerCase() === lower);
}

function isBound(binding: Binding, name: string): boolean {
  if (binding.bound.has(name)) return true;
  return (binding.common as Record<string, unknown>)[name] !== undefined;
}

function boundTable(binding: Binding): PSHashtable {
  const h = new PSHashtable();
  for (const name of binding.bound) h.set(name, binding.params[name]);
  return h;
}

function writeRedirectFile(f: Frame, r: CompiledRedirection, items: unknown[]): Promise<void> {
  return writeRedirectText(f, r, f.session.format(items));
}

/** `> file` / `>> file`: writes or appends `text` at the redirection's target, relative to the session's folder. */
async function writeRedirectText(f: Frame, r: CompiledRedirection, text: string): Promise<void> {
  const target = toStringValue(await r.target!(f));
  const { resolve } = await import('node:path');
  const { appendFile, writeFile } = await import('node:fs/promises');
  const path = resolve(f.session.cwd, target);
  await (r.append ? appendFile(path, text) : writeFile(path, text));
}

/** Lets the session's planners see (and rewrite) the whole pipeline once, before it binds. */
function planStages(f: Frame, prepared: PreparedStage[]): PreparedStage[] {
  const plans: PipelineStagePlan[] = prepared.map((p) => ({ definition: p.resolved.definition, invocationName: p.resolved.invocationName, args: p.args }));
  const services = f.session.servicesFor(f.scope);
  for (const planner of f.session.pipelinePlanners) planner(plans, services);
  return prepared.map((p, i) => {
    const plan = plans[i]!;
    if (plan.definition === p.resolved.definition && plan.args === p.args) return p;
    return { ...p, resolved: { ...p.resolved, definition: plan.definition }, args: plan.args };
  });
}

function prepare(f: Frame, c: CompiledCommand): MaybePromise<PreparedStage> {
  return andThen(c.name(f), (name) =>
    andThen(f.session.resolveForInvocation(f, name, c.dot, c.position), (resolved) =>
      andThen(resolved.nativeArguments ? evaluateNativeArguments(f, c.args) : evaluateArguments(f, c.args), (args) => ({ resolved, args, redirections: c.redirections, position: c.position })),
    ),
  );
}

function isOurStop(run: PipelineRun, e: unknown): boolean {
  return e instanceof StopUpstreamSignal && e.pipelineId === run.signalToken;
}

/** begin → process for each input → end, honouring stopUpstream and the sync fast path. */
function drive(run: PipelineRun, source: PipelineSource | undefined, sink: Sink): MaybePromise<void> {
  const stages = run.stages;
  const guard = (fn: () => MaybePromise<void>): MaybePromise<void> => {
    try {
      const r = fn();
      if (r instanceof Promise) {
        return r.catch((e: unknown) => {
          if (!isOurStop(run, e)) {
            run.abortAll();
            throw e;
          }
        });
      }
      return r;
    } catch (e) {
      if (!isOurStop(run, e)) {
        run.abortAll();
        throw e;
      }
      return undefined;
    }
  };

  // begin, in pipeline order; objects written during begin wait for the next stage's begin.
  let bi = 0;
  const beginAll = runLoop(() => {
    if (bi >= stages.length) return false;
    const stage = stages[bi++]!;
    return andThen(guard(() => andThen(stage.instance.begin?.(), () => drainPending(stage))), () => true);
  });

  const feed = (): MaybePromise<void> => {
    if (stages.length === 0) return undefined;
    const first = stages[0]!;
    if (!source) {
      return guard(() => first.receive(undefined));
    }
    return guard(() =>
      andThen(source.items(run.frame), (items) => {
        const iter = items[Symbol.iterator]();
        return runInterruptibleLoop(() => {
          if (run.stopAt >= 0) return false;
          if (run.cancelled?.aborted) throw pipelineStopped();
          const n = iter.next();
          if (n.done) return false;
          const r = first.receive(n.value);
          return r instanceof Promise ? r.then(() => true) : true;
        }, run.cancelled, pipelineStopped);
      }),
    );
  };

  const feedNoStages = (): MaybePromise<void> => {
    // An expression with redirections only: `1..3 > $null`.
    if (!source) return undefined;
    return andThen(source.items(run.frame), (items) => {
      const iter = items[Symbol.iterator]();
      return runLoop(() => {
        const n = iter.next();
        if (n.done) return false;
        return andThen(sink(n.value), () => true);
      });
    });
  };

  let ei = 0;
  const endAll = (): MaybePromise<void> =>
    runLoop(() => {
      if (ei >= stages.length) return false;
      const i = ei++;
      if (i < run.stopAt) return true;
      const stage = stages[i]!;
      return andThen(guard(() => stage.instance.end?.()), () => true);
    });

  if (stages.length === 0) return feedNoStages();
  return andThen(beginAll, () => andThen(feed(), endAll));
}

function drainPending(stage: StageContext): MaybePromise<void> {
  stage.began = true;
  const pending = stage.pending;
  if (!pending) return undefined;
  stage.pending = undefined;
  let i = 0;
  return runLoop(() => {
    if (i >= pending.length) return false;
    return andThen(stage.receive(pending[i++]), () => true);
  });
}

/** Enumerates a value as pipeline input (exported for the session's streaming API). */
export function pipelineItems(v: unknown): Iterable<unknown> {
  if (Array.isArray(v)) return v;
  if (typeof v === 'object' && v !== null) {
    const it = enumerate(v);
    if (it) return it;
  }
  return v === undefined ? [] : [v];
}

export { ScriptBlockValue };

/** A redirected record: into the redirecting command's output, into its file, or nowhere. */
function deliver(route: { to: 'output' | 'null' | FileRoute; stage: StageContext }, value: unknown): void {
  if (route.to === 'output') void route.stage.next(value);
  else if (route.to !== 'null') route.to.lines.push(fileLine(value));
}

type RedirectedStream = 'error' | 'warning' | 'verbose' | 'debug' | 'information';
/** `2> err.txt`: the stream's lines, written to the file when the command ends. */
interface FileRoute {
  redirect: CompiledRedirection;
  lines: string[];
}
type StreamRoutes = Partial<Record<RedirectedStream, 'output' | 'null' | FileRoute>>;
const REDIRECTED_STREAMS: readonly RedirectedStream[] = ['error', 'warning', 'verbose', 'debug', 'information'];

const NO_ROUTES: { routes: undefined; files: readonly FileRoute[] } = { routes: undefined, files: [] };

/**
 * A command's redirections of its streams other than output (`2>&1`, `3>$null`, `*>&1`, `2> err.txt`):
 * where each stream goes (undefined when none is redirected) and the files they write.
 */
function streamRoutes(redirections: readonly CompiledRedirection[]): { routes: StreamRoutes | undefined; files: readonly FileRoute[] } {
  if (redirections.length === 0) return NO_ROUTES;
  let routes: StreamRoutes | undefined;
  const files: FileRoute[] = [];
  for (const r of redirections) {
    if (r.from === 'output') continue;
    // `*> all.txt` sends the output there too; runPrepared writes it, with these streams' lines first.
    const to: 'output' | 'null' | FileRoute = r.to === 'file' ? { redirect: r, lines: [] } : r.to;
    if (typeof to === 'object') files.push(to);
    for (const stream of r.from === 'all' ? REDIRECTED_STREAMS : [r.from]) (routes ??= {})[stream] = to;
  }
  return { routes, files };
}

/** The line a record sent to a file shows: pwsh writes an error as `Command: message`, the others as their message. */
function fileLine(value: unknown): string {
  if (value instanceof ErrorRecord) return value.commandName ? `${value.commandName}: ${value.message}` : value.message;
  return toStringValue(value);
}

/** Writes the lines the stages' `2> file`-style redirections collected (nothing to do for most pipelines). */
function writeStreamFiles(f: Frame, stages: readonly StageContext[]): MaybePromise<void> {
  if (!stages.some((s) => s.streamFiles.length > 0)) return;
  return (async () => {
    for (const s of stages) for (const { redirect, lines } of s.streamFiles) await writeRedirectText(f, redirect, lines.map((l) => l + '\n').join(''));
  })();
}
