// The Session: one running shell's state (scopes, functions, aliases, command table, $Error,
// streams) and the entry point batch mode, tests and the REPL drive: `await session.run(text)`.
import { readFileSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { parse } from '../language/parser.js';
import type { ParseError } from '../language/ast.js';
import { type MaybePromise, andThen } from './async.js';
import type { BindArgument } from './binder.js';
import type { CommandDefinition, GridRequest, HostServices, InvokeOptions, PipelinePlanner, ProgressRecord, SessionServices } from './command.js';
import { type CompiledBlock, compileScriptBlock, invokeInline, positionOf } from './compile.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal, StopUpstreamSignal } from './control.js';
import { convertTo, toStringValue } from './conversions.js';
import { nonInteractiveError, promptForChoiceByLine } from './confirm.js';
import { ErrorRecord, type ErrorPosition, RuntimeError, toRuntimeError, withPosition } from './errors.js';
import { type Frame, type Sink, withScope } from './frame.js';
import { type PreparedStage, type ResolvedCommand, pipelineStopped, runPrepared } from './pipeline.js';
import { Scope } from './scope.js';
import { scriptCommand } from './script-command.js';
import { engineCommands } from './engine-commands.js';
import { PSHashtable, PSObject, ScriptBlockValue } from './values.js';
import { PSList } from '../dotnet/list.js';

export interface RunResult {
  /** Objects written to the success stream, in order. */
  output: unknown[];
  errors: ErrorRecord[];
  /** The output formatted as PowerShell prints it. */
  text: string;
  success: boolean;
  /** What the process should exit with: `exit N`, else 0 on success and 1 on failure. */
  exitCode: number;
  warnings: string[];
  /** Write-Host text, one entry per call. */
  host: string[];
}

/** Where the streams go; every listener is optional. */
export interface StreamListeners {
  /** Formatted success output, as soon as something else needs the terminal (or at the end). */
  output?(text: string): void;
  error?(record: ErrorRecord): void;
  warning?(message: string): void;
  verbose?(message: string): void;
  debug?(message: string): void;
  information?(message: unknown, tags?: string[]): void;
  host?(text: string, options?: { foregroundColor?: string; backgroundColor?: string; noNewline?: boolean }): void;
  progress?(record: ProgressRecord): void;
}

/**
 * Out-Default as a stream for one run: `write` returns the text that can be shown now, `flush`
 * fixes table rows still waiting for their widths, `end` the rest. src/format's OutputFormatter.
 */
export interface StreamFormatter {
  write(value: unknown): string;
  flush(): string;
  end(): string;
  readonly hasPending: boolean;
}

/** How the Session turns objects into text; the composition root plugs in src/format. */
export interface OutputFormatting {
  /** A formatter for one run, laid out for `width` columns; `batchMs` is how long table rows may wait for their widths. */
  stream(width: number, batchMs: number): StreamFormatter;
  /** All of `values` at once (`> file`, Out-String). */
  format(values: unknown[], width: number): string;
}

/** Without a formatter (a runtime-only Session) each object prints as its string value on a line. */
const PLAIN_FORMATTING: OutputFormatting = {
  stream: () => {
    const plain = (v: unknown) => `${toStringValue(v)}\n`;
    return { write: plain, flush: () => '', end: () => '', hasPending: false };
  },
  format: (values) => values.map((v) => `${toStringValue(v)}\n`).join(''),
};

export interface SessionOptions {
  /**
   * The host. `width` may be a getter (the REPL's reads the terminal's columns): each run reads it
   * when it starts, so a resized terminal lays out the next tables to its new width.
   */
  host?: Partial<HostServices>;
  /** The command table beyond the engine's own (the composition root passes src/commands and the Exchange cmdlets). */
  commands?: CommandDefinition[];
  /** Out-Default; the composition root passes src/format's. */
  formatting?: OutputFormatting;
  streams?: StreamListeners;
  /** Working directory for relative paths (default process.cwd()). */
  cwd?: string;
  /** Environment for `$env:` (default process.env). */
  env?: Record<string, string | undefined>;
  /**
   * A sentence added to "The term 'X' is not recognized..." when the composition root knows more
   * (an Exchange cmdlet typed before connecting). Undefined keeps pwsh's text alone.
   */
  commandNotFoundHint?: (name: string, services: SessionServices) => string | undefined;
  /**
   * A program outside the shell for a name no function, alias or cmdlet has (a name on PATH or a
   * path to an executable file), as a command that runs it. The composition roots wire
   * src/commands/native-command.ts; without it such names are not found (a session in tests
   * spawns nothing unless asked to).
   */
  externalCommand?: (name: string, context: { cwd: string; env: Record<string, string | undefined> }) => CommandDefinition | undefined;
}

export interface RunOptions {
  /** Script file the text came from: positions name it, $PSScriptRoot/$PSCommandPath are set. */
  file?: string;
  /** Arguments for a script: bound to its param() block, the rest in $args. */
  args?: string[];
  /** Called with each output object as it is written. */
  onObject?(value: unknown): void;
  /**
   * False for a REPL that shows everything through the stream listeners as it comes: the RunResult
   * then keeps no objects, text, warnings, host lines or errors (a shell that runs for days must not
   * accumulate them); its success and exit code are still set. Default true (batch mode, tests).
   */
  collect?: boolean;
}

const VERSION = '0.1.0';

/** Automatic variables that may be unset without strict mode complaining. */
const OPTIONAL_VARIABLES = new Set(['matches', 'lastexitcode', 'psitem', '_', 'args', 'input', 'myinvocation', 'pscmdlet', 'psboundparameters', 'ofs', 'this']);

function defaultHost(partial?: Partial<HostServices>): HostServices {
  const readLine = partial?.readLine ?? (() => Promise.reject(nonInteractiveError()));
  return {
    // Read through, not copied: the partial's width may be a getter over the terminal's columns.
    get width() {
      return partial?.width ?? 120;
    },
    interactive: partial?.interactive ?? false,
    color: partial?.color ?? false,
    readLine,
    // A host that reads lines can answer a choice as pwsh's console does; one that cannot rejects like readLine.
    promptForChoice:
      partial?.promptForChoice ??
      (partial?.readLine ? (caption, message, choices, defaultIndex) => promptForChoiceByLine(readLine, caption, message, choices, defaultIndex) : () => Promise.reject(nonInteractiveError())),
    clear: partial?.clear ?? (() => undefined),
    ...(partial?.setTranscript ? { setTranscript: partial.setTranscript } : {}),
    ...(partial?.chooseRows ? { chooseRows: partial.chooseRows } : {}),
    ...(partial?.page ? { page: partial.page } : {}),
  };
}

interface ActiveRun {
  result: RunResult;
  /** RunOptions.collect. */
  collect: boolean;
  listeners: StreamListeners;
  /** Out-Default for this run: objects are formatted as they come, tables wait for their widths. */
  formatter: StreamFormatter;
  /** Shows table rows still waiting for their widths once output pauses. */
  pauseTimer: ReturnType<typeof setTimeout> | undefined;
}

/** How long a streaming (REPL) run may keep the event loop before its output sink yields a turn. */
const YIELD_EVERY_MS = 50;

/** PowerShell fixes a table's column widths after ~300 ms without waiting for more rows. */
const TABLE_WAIT_MS = 300;

export class Session {
  readonly globalScope = new Scope(undefined, 'global');
  readonly host: HostServices;
  readonly env: Record<string, string | undefined>;
  cwd: string;
  /** `$?` of the top-level run (a block run with InvokeOptions.ownStatus keeps its own, on its scope). */
  get lastSuccess(): boolean {
    return this.globalScope.run.lastSuccess;
  }
  set lastSuccess(value: boolean) {
    this.globalScope.run.lastSuccess = value;
  }
  /** The running command line's signal (undefined between runs); nested runs share it. */
  currentSignal: AbortSignal | undefined;
  /** One per outermost run: abort() stops that run, the runs nested in it and their requests. */
  private controller: AbortController | undefined;
  private readonly formatting: OutputFormatting;
  private readonly commands = new Map<string, CommandDefinition>();
  private readonly aliases = new Map<string, string>();
  /** $Error: an ArrayList, newest first, as pwsh's ($Error.Clear(), $Error.Count). */
  private readonly errorList = new PSList('ArrayList');
  private readonly scriptCache = new Map<string, { mtimeMs: number; block: CompiledBlock }>();
  /** SessionServices.sessionState: per-family state that lives as long as the Session. */
  private readonly familyState = new Map<symbol, unknown>();
  private listeners: StreamListeners;
  private active: ActiveRun | undefined;
  /** SessionServices.registerPipelinePlanner; empty for most sessions, so pipelines skip planning. */
  readonly pipelinePlanners: PipelinePlanner[] = [];
  private readonly commandNotFoundHint: SessionOptions['commandNotFoundHint'];
  private readonly externalCommand: SessionOptions['externalCommand'];
  readonly streams: Required<Omit<StreamListeners, 'output'>>;

  constructor(options: SessionOptions = {}) {
    const host = defaultHost(options.host);
    // Output still waiting in the formatter shows before a prompt, as in pwsh.
    this.host = {
      get width() {
        return host.width;
      },
      interactive: host.interactive,
      color: host.color,
      clear: host.clear,
      ...(host.setTranscript ? { setTranscript: host.setTranscript } : {}),
      ...(host.chooseRows
        ? {
            chooseRows: (grid: GridRequest) => {
              this.flushOutput();
              return host.chooseRows!(grid);
            },
          }
        : {}),
      ...(host.page
        ? {
            page: (text: string) => {
              this.flushOutput();
              return host.page!(text);
            },
          }
        : {}),
      readLine: (prompt, o) => {
        this.flushOutput();
        return host.readLine(prompt, o);
      },
      promptForChoice: (caption, message, choices, defaultIndex) => {
        this.flushOutput();
        return host.promptForChoice!(caption, message, choices, defaultIndex);
      },
    };
    this.env = options.env ?? process.env;
    this.cwd = options.cwd ?? process.cwd();
    this.listeners = options.streams ?? {};
    this.commandNotFoundHint = options.commandNotFoundHint;
    this.formatting = options.formatting ?? PLAIN_FORMATTING;
    this.externalCommand = options.externalCommand;
    for (const c of [...engineCommands, ...(options.commands ?? [])]) this.registerCommand(c);
    this.streams = {
      error: (r) => this.emitError(r),
      warning: (m) => {
        this.flushOutput();
        if (this.active?.collect) this.active.result.warnings.push(m);
        this.listeners.warning?.(m);
      },
      verbose: (m) => {
        this.flushOutput();
        this.listeners.verbose?.(m);
      },
      debug: (m) => {
        this.flushOutput();
        this.listeners.debug?.(m);
      },
      information: (m, tags) => {
        this.flushOutput();
        this.listeners.information?.(m, tags);
      },
      host: (text, opts) => {
        this.flushOutput();
        if (this.active?.collect) this.active.result.host.push(text);
        this.listeners.host?.(text, opts);
      },
      progress: (r) => this.listeners.progress?.(r),
    };
    this.initialiseVariables();
  }

  // ------------------------------------------------------------ commands

  registerCommand(c: CommandDefinition): void {
    this.commands.set(c.metadata.name.toLowerCase(), c);
    for (const a of c.metadata.aliases ?? []) this.aliases.set(a.toLowerCase(), c.metadata.name);
  }

  /** Removes a command only while its name still maps to this very definition (and its aliases). */
  unregisterCommand(c: CommandDefinition): void {
    const key = c.metadata.name.toLowerCase();
    if (this.commands.get(key) !== c) return;
    this.commands.delete(key);
    for (const a of c.metadata.aliases ?? []) {
      if (this.aliases.get(a.toLowerCase()) === c.metadata.name) this.aliases.delete(a.toLowerCase());
    }
  }

  /** The state object a command family keeps on this Session (created on first use). */
  sessionState<T>(key: symbol, create: () => T): T {
    if (this.familyState.has(key)) return this.familyState.get(key) as T;
    const value = create();
    this.familyState.set(key, value);
    return value;
  }

  setAlias(name: string, definition: string): void {
    this.aliases.set(name.toLowerCase(), definition);
  }

  /** `$alias:name`: what the alias stands for. */
  aliasDefinition(name: string): string | undefined {
    return this.aliases.get(name.toLowerCase());
  }

  /** Remove-Item alias:name. */
  removeAlias(name: string): boolean {
    return this.aliases.delete(name.toLowerCase());
  }

  private findFunctionEntry(scope: Scope, name: string): CompiledBlock | undefined {
    return scope.findFunction(name.toLowerCase())?.block as CompiledBlock | undefined;
  }

  findFunction(scope: Scope, name: string): CompiledBlock | undefined {
    return this.findFunctionEntry(scope, name);
  }

  defineFunction(scope: Scope, name: string, block: CompiledBlock, scopeName?: string): void {
    const target = scopeName === 'global' ? scope.globalScope : scopeName === 'script' ? scope.scriptScope : scope;
    target.defineFunction(name, block);
  }

  /** Command lookup as PowerShell orders it: alias, function, cmdlet. */
  lookupCommand(scope: Scope, name: string, depth = 0): { definition: CommandDefinition; block?: CompiledBlock; name: string } | undefined {
    const lower = name.toLowerCase();
    const alias = this.aliases.get(lower);
    if (alias && depth < 10) return this.lookupCommand(scope, alias, depth + 1);
    const fn = this.findFunctionEntry(scope, name);
    if (fn) {
      const entry = scope.findFunction(lower)!;
      return { definition: scriptCommand(fn, entry.name, { kind: 'function', dot: false }).definition, block: fn, name: entry.name };
    }
    const c = this.commands.get(lower);
    if (c) return { definition: c, name: c.metadata.name };
    return undefined;
  }

  /** What `& x`, `. x` or a bare command name runs. */
  resolveForInvocation(f: Frame, name: unknown, dot: boolean, position: ErrorPosition): MaybePromise<ResolvedCommand> {
    if (name instanceof ScriptBlockValue) {
      return scriptCommand(name.compiled as CompiledBlock, '', { kind: 'scriptblock', dot });
    }
    if (name instanceof PSObject && name.has('Name') && name.has('CommandType')) name = toStringValue(name.get('Name'));
    const text = toStringValue(name);
    const found = this.lookupCommand(f.scope, text);
    if (found) {
      if (found.block) return scriptCommand(found.block, found.name, { kind: 'function', dot });
      return { definition: found.definition, invocationName: text, bindOptions: { commonParameters: true, collectUnbound: false, isScript: false } };
    }
    // Only a .ps1 file is ever read as a script; any other file (`/bin/ls`, `./tool.sh`) is a program.
    if (/\.ps1$/i.test(text)) {
      // pwsh on Linux and macOS accepts `\` as a path separator too: `. $PSScriptRoot\lib.ps1`.
      const file = nodePath.resolve(this.cwd, process.platform === 'win32' ? text : text.replace(/\\/g, '/'));
      const block = this.loadScript(file, position);
      return scriptCommand(block, nodePath.basename(file), { kind: 'script', dot, file });
    }
    const external = text === '' ? undefined : this.externalCommand?.(text, { cwd: this.cwd, env: this.env });
    if (external) {
      return { definition: external, invocationName: text, bindOptions: { commonParameters: false, collectUnbound: true, isScript: false }, nativeArguments: true };
    }
    const hint = this.commandNotFoundHint?.(text, this.servicesFor(f.scope));
    throw new RuntimeError(
      new ErrorRecord(
        `The term '${text}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.${hint ? `\n${hint}` : ''}`,
        'CommandNotFoundException',
        'ObjectNotFound',
        text,
        text,
        position,
        'System.Management.Automation.CommandNotFoundException',
      ),
    );
  }

  private loadScript(file: string, position: ErrorPosition): CompiledBlock {
    let text: string;
    let mtimeMs = 0;
    try {
      text = readFileSync(file, 'utf8');
      const cached = this.scriptCache.get(file);
      mtimeMs = (cachedStat(file) ?? 0);
      if (cached && cached.mtimeMs === mtimeMs) return cached.block;
    } catch {
      throw new RuntimeError(
        new ErrorRecord(
          `The term '${file}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
          'CommandNotFoundException',
          'ObjectNotFound',
          file,
          file,
          position,
          'System.Management.Automation.CommandNotFoundException',
        ),
      );
    }
    const parsed = parse(text);
    if (parsed.errors.length > 0) throw new RuntimeError(parseErrorRecord(parsed.errors[0]!, text, file));
    const block = compileScriptBlock(parsed.ast, { text, file }, text);
    this.scriptCache.set(file, { mtimeMs, block });
    return block;
  }

  // ------------------------------------------------------------ script blocks

  /** `[scriptblock]::Create(text)`: parse errors become a terminating error with PowerShell's wording. */
  createScriptBlock(text: string): ScriptBlockValue {
    const parsed = parse(text);
    if (parsed.errors.length > 0) {
      const e = parsed.errors[0]!;
      throw new RuntimeError(
        new ErrorRecord(
          `Exception calling "Create" with "1" argument(s): "${parseErrorSite(text, e)}\n${e.message}"`,
          'ParseException',
          'NotSpecified',
          null,
          undefined,
          undefined,
          'System.Management.Automation.MethodInvocationException',
        ),
      );
    }
    return new ScriptBlockValue(text, compileScriptBlock(parsed.ast, { text }, text));
  }

  /**
   * ctx.invoke(): `$_` set, in the caller's scope (as ForEach-Object and Where-Object run blocks);
   * with `this`, in a child scope holding `$this` (ScriptProperty / ScriptMethod bodies); with
   * `output`, each object goes there as it is made and the result is empty.
   */
  invokeScriptBlock(f: Frame, block: ScriptBlockValue, dollarUnder: unknown, args: unknown[], options?: InvokeOptions): unknown[] | Promise<unknown[]> {
    const sink = options?.output;
    if (options && ('this' in options || options.ownStatus || options.decorateError)) {
      const scope = new Scope(f.scope, 'block');
      if ('this' in options) scope.setLocal('this', options.this);
      if (options.ownStatus || options.decorateError) {
        const outer = f.scope.run.decorateError;
        const inner = options.decorateError;
        scope.run = {
          lastSuccess: true,
          tryDepth: options.ownStatus ? 0 : f.scope.run.tryDepth,
          decorateError: inner && outer ? (r) => outer(inner(r)) : (inner ?? outer),
        };
      }
      return invokeInline(withScope(f, scope), block.compiled as CompiledBlock, dollarUnder, args, sink);
    }
    return invokeInline(f, block.compiled as CompiledBlock, dollarUnder, args, sink);
  }

  /** Runs a block with param()/named blocks through the binder, as `& $sb args` would. */
  invokeBlockAsCommand(f: Frame, block: CompiledBlock, dollarUnder: unknown, args: unknown[], sink?: Sink): MaybePromise<unknown[]> {
    const resolved = scriptCommand(block, '', { kind: 'scriptblock', dot: false });
    const out: unknown[] = [];
    const stage: PreparedStage = {
      resolved,
      args: args.map((value): BindArgument => ({ kind: 'positional', value })),
      redirections: [],
      position: undefined,
    };
    const source = dollarUnder === undefined ? undefined : { items: () => [dollarUnder], redirections: [] };
    return andThen(runPrepared(f, source, [stage], sink ?? ((v) => void out.push(v))), () => out);
  }

  // ------------------------------------------------------------ variables

  private initialiseVariables(): void {
    const g = this.globalScope;
    const set = (name: string, value: unknown) => g.setLocal(name, value);
    set('Error', this.errorList);
    set('ErrorActionPreference', 'Continue');
    set('WarningPreference', 'Continue');
    set('VerbosePreference', 'SilentlyContinue');
    set('DebugPreference', 'SilentlyContinue');
    set('InformationPreference', 'SilentlyContinue');
    set('ProgressPreference', 'Continue');
    set('ConfirmPreference', 'High');
    set('WhatIfPreference', false);
    set('ErrorView', 'ConciseView');
    set('LASTEXITCODE', null);
    set('Matches', null);
    set('PSEdition', 'Core');
    set('PSCulture', 'en-US');
    set('PSUICulture', 'en-US');
    set('IsWindows', process.platform === 'win32');
    set('IsLinux', process.platform === 'linux');
    set('IsMacOS', process.platform === 'darwin');
    set('IsCoreCLR', true);
    set('PID', process.pid);
    set('HOME', this.env.HOME ?? this.env.USERPROFILE ?? '');
    set('PSNativeCommandArgumentPassing', 'Standard');
    set('PSNativeCommandUseErrorActionPreference', false);
    set('PSDefaultParameterValues', new PSHashtable());
    set('ShellId', 'exosh');
    set('NestedPromptLevel', 0);
    set('MaximumHistoryCount', 4096);
    set('PSScriptRoot', '');
    set('PSCommandPath', '');
    set('args', []);
    const version = new PSHashtable(true);
    version.set('PSVersion', convertOrText('7.4.0', 'System.Version'));
    version.set('PSEdition', 'Core');
    version.set('GitCommitId', '7.4.0');
    version.set('OS', `${process.platform} ${process.arch}`);
    version.set('Platform', process.platform === 'win32' ? 'Win32NT' : 'Unix');
    version.set('PSCompatibleVersions', ['1.0', '2.0', '3.0', '4.0', '5.0', '5.1', '6.0', '7.0'].map((v) => convertOrText(v, 'System.Version')));
    version.set('PSRemotingProtocolVersion', convertOrText('2.3', 'System.Version'));
    version.set('SerializationVersion', convertOrText('1.1.0.1', 'System.Version'));
    version.set('WSManStackVersion', convertOrText('3.0', 'System.Version'));
    version.set('Exosh', VERSION);
    set('PSVersionTable', version);
    set(
      'Host',
      PSObject.fromEntries(
        [
          ['Name', 'exosh'],
          ['Version', convertOrText('7.4.0', 'System.Version')],
          ['InstanceId', '00000000-0000-0000-0000-000000000000'],
          ['CurrentCulture', 'en-US'],
          ['CurrentUICulture', 'en-US'],
        ],
        ['System.Management.Automation.Internal.Host.InternalHost', 'System.Object'],
      ),
    );
  }

  /** Variables computed on read. */
  automaticVariable(lower: string, f: Frame, name: string = lower): unknown {
    switch (lower) {
      case 'pwd':
        return this.pwd();
      case 'input':
        return [];
      default:
        if (f.scope.effectiveStrictMode() >= 1 && !OPTIONAL_VARIABLES.has(lower)) {
          throw new RuntimeError(
            new ErrorRecord(
              `The variable '$${name}' cannot be retrieved because it has not been set.`,
              'VariableIsUndefined',
              'InvalidOperation',
              name,
              undefined,
              undefined,
              'System.Management.Automation.RuntimeException',
            ),
          );
        }
        return null;
    }
  }

  private pwdObject: { path: string; value: PSObject } | undefined;

  /** `$PWD`: a PathInfo (prints a Path table; `"$PWD"` is the path), following Set-Location. */
  pwd(): PSObject {
    if (this.pwdObject?.path !== this.cwd) {
      const value = PSObject.fromEntries([['Path', this.cwd]], ['System.Management.Automation.PathInfo', 'System.Object']);
      const path = this.cwd;
      value.toStringHook = () => path;
      this.pwdObject = { path, value };
    }
    return this.pwdObject.value;
  }

  /** Set-Location: relative paths (and `$PWD`) start from here; process.cwd() is left alone. */
  setLocation(path: string): void {
    this.cwd = nodePath.resolve(this.cwd, path);
  }

  /** A preference variable's value as text (`Continue`, `Stop`...). */
  preference(scope: Scope, name: string): string {
    const v = scope.find(name.toLowerCase());
    return v && v.value !== null && v.value !== undefined ? toStringValue(v.value) : 'Continue';
  }

  assignVariable(target: Scope, name: string, value: unknown, options: { isPrivate?: boolean; typeName?: string; lower?: string }): void {
    const lower = options.lower ?? name.toLowerCase();
    if (lower === 'true' || lower === 'false') {
      throw new RuntimeError(
        new ErrorRecord(`Cannot overwrite variable ${name} because it is read-only or constant.`, 'VariableNotWritable', 'WriteError', name, undefined, undefined, 'System.Management.Automation.SessionStateUnauthorizedAccessException'),
      );
    }
    if (lower === '_' || lower === 'psitem') {
      target.dollarUnder = value;
      return;
    }
    const existing = target.own(lower);
    const typeName = options.typeName ?? existing?.typeName;
    const converted = typeName ? convertTo(value, typeName) : value;
    if (existing) {
      existing.value = converted;
      if (options.typeName) existing.typeName = options.typeName;
      return;
    }
    target.setLocal(name, converted, { isPrivate: options.isPrivate || undefined, typeName: options.typeName });
  }

  /**
   * -ErrorVariable / -OutVariable / -WarningVariable: the ArrayList pwsh gives the variable, returned
   * as the array to push into (pushes show in the variable at once). `+name` appends to what the
   * variable holds.
   */
  captureVariable(scope: Scope, name: string): unknown[] {
    if (!name.startsWith('+')) {
      const list = new PSList('ArrayList');
      scope.setLocal(name, list);
      return list.items;
    }
    const bare = name.slice(1);
    const prev = scope.find(bare.toLowerCase())?.value;
    if (prev instanceof PSList && prev.kind === 'ArrayList') return prev.items;
    const list = new PSList('ArrayList', 'System.Object', Array.isArray(prev) ? [...prev] : prev === null || prev === undefined ? [] : [prev]);
    scope.setLocal(bare, list);
    return list.items;
  }

  servicesFor(scope: Scope): SessionServices {
    const session = this;
    return {
      getVariable: (name) => {
        const lower = name.toLowerCase();
        if (lower === 'true') return true;
        if (lower === 'false') return false;
        if (lower === 'null') return null;
        if (lower === '?') return scope.run.lastSuccess;
        const v = scope.find(lower);
        return v ? v.value : undefined;
      },
      setVariable: (name, value, which) => {
        const target = which === 'global' ? scope.globalScope : which === 'script' ? scope.scriptScope : scope;
        session.assignVariable(target, name, value, {});
      },
      removeVariable: (name) => {
        let s: Scope | undefined = scope;
        while (s) {
          if (s.remove(name.toLowerCase())) return true;
          s = s.parent;
        }
        return false;
      },
      listVariables: (which) => {
        const out: { name: string; value: unknown }[] = [];
        const seen = new Set<string>();
        const add = (s: Scope, local: boolean) => {
          if (s === s.globalScope) {
            for (const [n, v] of [['true', true], ['false', false], ['null', null]] as const) {
              if (seen.has(n)) continue;
              seen.add(n);
              out.push({ name: n, value: v });
            }
          }
          for (const [k, v] of s.vars ?? []) {
            if (seen.has(k) || (v.isPrivate && !local)) continue;
            seen.add(k);
            out.push({ name: v.name, value: v.value });
          }
        };
        if (which !== undefined) {
          const target = scopeNamed(scope, which);
          if (target) add(target, true);
          return out;
        }
        for (let s: Scope | undefined = scope; s; s = s.parent) add(s, s === scope);
        return out;
      },
      setLocation: (path) => session.setLocation(path),
      sessionState: (key, create) => session.sessionState(key, create),
      registerCommands: (definitions) => {
        for (const d of definitions) session.registerCommand(d);
      },
      unregisterCommands: (definitions) => {
        for (const d of definitions) session.unregisterCommand(d);
      },
      registerPipelinePlanner: (planner) => {
        if (!session.pipelinePlanners.includes(planner)) session.pipelinePlanners.push(planner);
      },
      resolveCommand: (name) => session.lookupCommand(scope, name)?.definition,
      listCommands: () => {
        const out = [...session.commands.values()];
        let s: Scope | undefined = scope;
        const seen = new Set<string>();
        while (s) {
          for (const [k, fn] of s.functions ?? []) {
            if (seen.has(k)) continue;
            seen.add(k);
            out.push(scriptCommand(fn.block as CompiledBlock, fn.name, { kind: 'function', dot: false }).definition);
          }
          s = s.parent;
        }
        return out;
      },
      listAliases: () => [...session.aliases.entries()].map(([name, definition]) => ({ name, definition })),
      get cwd() {
        return session.cwd;
      },
      host: session.host,
    };
  }

  // ------------------------------------------------------------ errors and output

  /** Adds to $Error (newest first), without displaying. */
  recordError(record: ErrorRecord): void {
    const items = this.errorList.items;
    if (items[0] === record) return;
    items.unshift(record);
    if (items.length > 256) items.length = 256;
  }

  /** A non-terminating error, or a statement-terminating one the script goes on after. */
  reportError(record: ErrorRecord, scope?: Scope): void {
    void scope;
    this.recordError(record);
    this.emitError(record);
  }

  private emitError(record: ErrorRecord): void {
    this.flushOutput();
    if (this.active?.collect) this.active.result.errors.push(record);
    this.listeners.error?.(record);
  }

  format(values: unknown[]): string {
    return this.formatting.format(values, this.host.width);
  }

  /** Text the formatter can show now goes to the result and the output listener. */
  private showOutput(a: ActiveRun, text: string): void {
    if (text === '') return;
    if (a.collect) a.result.text += text;
    a.listeners.output?.(text);
  }

  /** Before anything else reaches the terminal: pending table rows first, so the order is kept. */
  private flushOutput(): void {
    const a = this.active;
    if (!a) return;
    this.clearPauseTimer(a);
    if (a.formatter.hasPending) this.showOutput(a, a.formatter.flush());
  }

  private clearPauseTimer(a: ActiveRun): void {
    if (a.pauseTimer === undefined) return;
    clearTimeout(a.pauseTimer);
    a.pauseTimer = undefined;
  }

  private writeOutput(a: ActiveRun, v: unknown): void {
    this.clearPauseTimer(a);
    this.showOutput(a, a.formatter.write(v));
    if (!a.formatter.hasPending || !a.listeners.output) return;
    a.pauseTimer = setTimeout(() => {
      a.pauseTimer = undefined;
      if (a.formatter.hasPending) this.showOutput(a, a.formatter.flush());
    }, TABLE_WAIT_MS);
    a.pauseTimer.unref?.();
  }

  private endOutput(a: ActiveRun): void {
    this.clearPauseTimer(a);
    this.showOutput(a, a.formatter.end());
  }

  /**
   * Ctrl+C: stops the running command line — its pipelines, the runs nested in it and their
   * requests. Between runs it does nothing (the next run gets a fresh signal).
   */
  abort(): void {
    this.controller?.abort();
  }

  /** Whether a command line is running (the REPL's Ctrl+C cancels it rather than clearing the prompt). */
  get running(): boolean {
    return this.active !== undefined;
  }

  /** Parses and runs text in the global scope (or as a script file), formatting its output. */
  async run(text: string, options: RunOptions = {}): Promise<RunResult> {
    const result: RunResult = { output: [], errors: [], text: '', success: true, exitCode: 0, warnings: [], host: [] };
    const previous = this.active;
    const active: ActiveRun = {
      result,
      collect: options.collect ?? true,
      listeners: this.listeners,
      formatter: this.formatting.stream(this.host.width, TABLE_WAIT_MS),
      pauseTimer: undefined,
    };
    this.active = active;
    // A nested run (a script a command runs through the Session) shares the outer run's signal, so
    // one Ctrl+C stops both; only the outermost run makes and drops the controller.
    const outermost = previous === undefined;
    if (outermost) {
      this.controller = new AbortController();
      this.currentSignal = this.controller.signal;
    }
    let exitCode: number | undefined;
    let terminated = false;
    try {
      const parsed = parse(text);
      if (parsed.errors.length > 0) {
        for (const e of parsed.errors) {
          const rec = parseErrorRecord(e, text, options.file);
          this.recordError(rec);
          this.emitError(rec);
        }
        this.lastSuccess = false;
        terminated = true;
      } else {
        const unit = { text, file: options.file };
        const block = compileScriptBlock(parsed.ast, unit, text);
        // A REPL run gives the event loop a turn now and then, so a long synchronous pipeline still
        // draws its rows and hears Ctrl+C; batch runs never pay for it.
        let written = 0;
        let lastTurn = Date.now();
        const sink: Sink = (v) => {
          // Ctrl+C: nothing more reaches the screen, even from a statement that does not check the signal.
          // (this.currentSignal, not `signal`: a finally block run after Ctrl+C writes, as pwsh's does.)
          if (this.currentSignal?.aborted) throw pipelineStopped();
          if (active.collect) result.output.push(v);
          options.onObject?.(v);
          this.writeOutput(active, v);
          if (active.collect || (++written & 255) !== 0 || Date.now() - lastTurn < YIELD_EVERY_MS) return;
          lastTurn = Date.now();
          return new Promise<void>((resolve) => setImmediate(resolve));
        };
        this.lastSuccess = true;
        const frame: Frame = { session: this, scope: this.globalScope, out: sink };
        if (options.file || block.params || block.hasNamedBlocks) {
          await this.runAsScript(frame, block, options, sink);
        } else if (block.end) {
          await block.end(frame);
        }
      }
    } catch (e) {
      if (e instanceof ExitSignal) exitCode = e.code;
      else if (e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal || e instanceof StopUpstreamSignal) {
        // break/continue outside a loop and return at top level end the script quietly.
      } else {
        const err = toRuntimeError(e);
        this.recordError(err.record);
        this.emitError(err.record);
        terminated = true;
        this.lastSuccess = false;
      }
    } finally {
      this.endOutput(active);
      this.active = previous;
      if (outermost) {
        this.controller = undefined;
        this.currentSignal = undefined;
      }
    }
    if (exitCode !== undefined) {
      this.globalScope.setLocal('LASTEXITCODE', exitCode);
      result.exitCode = exitCode;
      result.success = exitCode === 0;
    } else {
      result.success = !terminated && this.lastSuccess;
      result.exitCode = result.success ? 0 : 1;
    }
    return result;
  }

  /** Script files and script-level param(): bound like a command, run in a script scope. */
  private runAsScript(frame: Frame, block: CompiledBlock, options: RunOptions, sink: Sink): MaybePromise<void> {
    const file = options.file ? nodePath.resolve(this.cwd, options.file) : undefined;
    const resolved = scriptCommand(block, file ? nodePath.basename(file) : '', { kind: 'script', dot: !file, file, catchExit: false });
    const args = cliArguments(options.args ?? []);
    // Binding errors of the script itself show on one line, as pwsh prints them.
    const stage: PreparedStage = { resolved, args, redirections: [], position: undefined };
    return runPrepared(frame, undefined, [stage], sink);
  }

  /** The output objects as they are produced, for the REPL and streaming batch mode. */
  async *runStreaming(text: string, options: RunOptions = {}): AsyncGenerator<unknown, RunResult> {
    const queue: unknown[] = [];
    let wake: (() => void) | undefined;
    let finished = false;
    const promise = this.run(text, {
      ...options,
      onObject: (v) => {
        options.onObject?.(v);
        queue.push(v);
        wake?.();
      },
    }).finally(() => {
      finished = true;
      wake?.();
    });
    for (;;) {
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (finished) break;
      await new Promise<void>((r) => (wake = r));
      wake = undefined;
    }
    return promise;
  }
}

/** Get-Variable -Scope: 'local', 'script', 'global' or a number of levels up (0 = local). */
function scopeNamed(scope: Scope, which: 'local' | 'script' | 'global' | number): Scope | undefined {
  if (which === 'global') return scope.globalScope;
  if (which === 'script') return scope.scriptScope;
  if (which === 'local') return scope;
  let s: Scope | undefined = scope;
  for (let i = 0; i < which && s; i++) s = s.parent;
  return s;
}

function cachedStat(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function convertOrText(text: string, type: string): unknown {
  try {
    return convertTo(text, type);
  } catch {
    return text;
  }
}

/** `-Name value` on the exosh command line binds by name, as pwsh does for script files. */
function cliArguments(args: string[]): BindArgument[] {
  return args.map((a): BindArgument => {
    const m = /^-([A-Za-z_][\w-]*)(:(.*))?$/.exec(a);
    if (m) {
      if (m[2] !== undefined) return { kind: 'named', name: m[1]!, value: m[3], hasValue: true, text: a };
      return { kind: 'named', name: m[1]!, value: undefined, hasValue: false, text: a };
    }
    return { kind: 'positional', value: a };
  });
}


/** `At line:1 char:5` with the line and a `~` marker under the error, as a ParseException's message shows it. */
function parseErrorSite(text: string, e: ParseError): string {
  const lineText = text.split(/\r?\n/)[e.extent.line - 1] ?? '';
  const width = Math.max(1, Math.min(e.extent.end - e.extent.start, lineText.length - e.extent.column + 1));
  return `At line:${e.extent.line} char:${e.extent.column}\n+ ${lineText}\n+ ${' '.repeat(e.extent.column - 1)}${'~'.repeat(width)}`;
}

/** A parse error as an error record with PowerShell's ParserError category. */
export function parseErrorRecord(e: ParseError, text: string, file?: string): ErrorRecord {
  const pos = positionOf({ text, file }, e.extent);
  return new ErrorRecord(e.message, e.errorId, 'ParserError', null, undefined, pos, 'System.Management.Automation.ParseException');
}

export { withPosition };
