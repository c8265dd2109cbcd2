// The one small interface through which every command plugs into the engine: local cmdlets
// (src/commands), functions with param() (the interpreter) and, later, Exchange remote proxies
// (src/exchange). The parameter binder reads CommandMetadata; the pipeline engine drives
// CommandInstance.
import type { ErrorRecord } from './errors.js';
import type { ScriptBlockValue } from './values.js';

/**
 * Parameter types the binder converts arguments to. PowerShell names, lower-case; a trailing `[]`
 * means an array of that element type (a scalar argument is wrapped).
 */
export type ParameterType =
  | 'object'
  | 'object[]'
  | 'string'
  | 'string[]'
  | 'int'
  | 'int[]'
  | 'long'
  | 'double'
  | 'bool'
  | 'switch'
  | 'scriptblock'
  | 'scriptblock[]'
  | 'hashtable'
  | 'hashtable[]'
  | 'datetime'
  | 'timespan'
  | 'psobject'
  | 'char'
  | 'encoding'
  | 'securestring'
  | 'pscredential';

export interface ParameterMetadata {
  name: string;
  type: ParameterType;
  aliases?: string[];
  /** Parameter sets this parameter is in; absent = all sets. Per-set mandatory/position below. */
  parameterSets?: string[];
  mandatory?: boolean;
  position?: number;
  valueFromPipeline?: boolean;
  valueFromPipelineByPropertyName?: boolean;
  valueFromRemainingArguments?: boolean;
  /** [ValidateSet(...)] (case-insensitive). */
  validateSet?: string[];
  validateNotNullOrEmpty?: boolean;
  /** [ValidateRange(min, max)] */
  validateRange?: [number, number];
  /** [ValidatePattern(regex)] (case-insensitive, .NET syntax). */
  validatePattern?: string;
  /** A provider's dynamic parameter (Get-ChildItem -File): an abbreviation resolves among the static ones first. */
  dynamic?: boolean;
  /** [ValidateNotNull()], [ValidateLength(min, max)], [ValidateCount(min, max)] (see validation.ts). */
  validateNotNull?: boolean;
  validateLength?: [number, number];
  validateCount?: [number, number];
  /** [AllowNull()], [AllowEmptyString()], [AllowEmptyCollection()]: a mandatory parameter takes these. */
  allowNull?: boolean;
  allowEmptyString?: boolean;
  allowEmptyCollection?: boolean;
  /** Shown in Get-Help. */
  description?: string;
  /**
   * Per-parameter-set Mandatory/Position, as [Parameter(ParameterSetName=..., Mandatory, Position)]
   * declares them: where a set is listed here its entry wins over `mandatory`/`position` above, and
   * the parameter is in that set (remote cmdlets: `Identity` is positional in one set, named in
   * another). Keys are set names; `parameterSets` may then be omitted.
   */
  sets?: Readonly<Record<string, { mandatory?: boolean; position?: number }>>;
  /**
   * The .NET type as the command declares it when `type` alone does not say it (remote cmdlets:
   * 'RecipientIdParameter', 'Unlimited[ByteQuantifiedSize]'); shown in binding errors, Get-Help and
   * Get-Command -Syntax instead of the name derived from `type`.
   */
  typeName?: string;
  /**
   * Client-side argument transformation after the binder converted the argument to `type` (remote
   * cmdlets: `Unlimited`, sizes, enumerations with their valid values). Throws an Error whose message
   * completes PowerShell's sentence `Cannot process argument transformation on parameter 'X'. <message>`;
   * the binder turns it into that ParameterBindingException.
   */
  convert?: (value: unknown) => unknown;
}

export interface CommandHelp {
  synopsis: string;
  description?: string;
  examples?: { code: string; remarks: string }[];
}

export interface CommandMetadata {
  /** Verb-Noun as PowerShell shows it. */
  name: string;
  /** Aliases registered with the command (`where`, `?`). */
  aliases?: string[];
  parameters: ParameterMetadata[];
  defaultParameterSet?: string;
  /** Adds -WhatIf and -Confirm. */
  supportsShouldProcess?: boolean;
  /**
   * [CmdletBinding(ConfirmImpact)]: shouldProcess() asks the user when this is at or above
   * `$ConfirmPreference` (default High), or whenever -Confirm is given. Default Medium.
   */
  confirmImpact?: 'None' | 'Low' | 'Medium' | 'High';
  /** 'Cmdlet' | 'Function' | 'Alias' as Get-Command reports it. */
  commandType?: 'Cmdlet' | 'Function';
  /** Module name Get-Command shows, e.g. Microsoft.PowerShell.Utility. */
  module?: string;
  help?: CommandHelp;
}

/** Write-Progress record. */
export interface ProgressRecord {
  activity: string;
  status?: string;
  percentComplete?: number;
  id?: number;
  completed?: boolean;
}

/**
 * What a running command can do. Provided by the engine for each pipeline position.
 * Output methods are synchronous for the per-object fast path; `write` returns a promise only
 * when downstream is busy with asynchronous work — async producers should `await` it
 * (backpressure), synchronous code may ignore it (the engine drains before the next input).
 */
export interface CommandContext {
  /** Bound parameters by canonical name (absent when not bound and without default). */
  readonly params: Readonly<Record<string, unknown>>;
  /** Names of parameters the user actually bound ($PSBoundParameters). */
  readonly bound: ReadonlySet<string>;
  readonly parameterSetName: string;
  /**
   * The common parameters given to this command (-WarningAction, -ErrorAction...), as written: a
   * remote cmdlet sends -WarningAction on to the service. Optional so test doubles need not have it.
   */
  readonly commonParameters?: Readonly<import('./binder.js').CommonParameters>;
  /** True when something is piped into this command (it will get process() calls with input). */
  readonly expectingInput: boolean;

  /** Success stream. Arrays are written as one object; use writeEnumerated to unroll. */
  write(value: unknown): void | Promise<void>;
  /** Writes each element of an enumerable (as WriteObject(x, true)). */
  writeEnumerated(values: Iterable<unknown>): void | Promise<void>;
  /** Non-terminating error (honours -ErrorAction). */
  writeError(error: ErrorRecord): void;
  writeWarning(message: string): void;
  writeVerbose(message: string): void;
  writeDebug(message: string): void;
  writeInformation(message: unknown, tags?: string[]): void;
  /** Write-Host: goes to the host, not the pipeline. */
  writeHost(text: string, options?: { foregroundColor?: string; backgroundColor?: string; noNewline?: boolean }): void;
  writeProgress(record: ProgressRecord): void;

  /** Terminating error: throws. */
  throwTerminating(error: ErrorRecord): never;

  /**
   * -WhatIf / -Confirm: true when the action should go ahead. With -WhatIf it prints
   * `What if: Performing the operation "<action>" on target "<target>".` and returns false.
   */
  shouldProcess(target: string, action: string): boolean | Promise<boolean>;

  /**
   * Runs a script block with `$_`/`$PSItem` set to `dollarUnder` and `$args` to `args`, in a child
   * scope of the caller. Returns the output objects (unrolled). Synchronous when the block is
   * (the common case: `{ $_.Size -gt 10 }`), a promise when it runs asynchronous commands.
   */
  invoke(block: ScriptBlockValue, dollarUnder?: unknown, args?: unknown[], options?: InvokeOptions): unknown[] | Promise<unknown[]>;

  /** Stops upstream commands (Select-Object -First): no more input arrives; upstream work is aborted. */
  stopUpstream(): void;
  /** Aborted when the pipeline is stopped (Ctrl+C, an upstream stop, a terminating error). */
  readonly signal: AbortSignal;

  /** The session this command runs in (variables, host, command table). */
  readonly session: SessionServices;
  /** The name the command was invoked by (for error prefixes): `where`, `Where-Object`. */
  readonly invocationName: string;
}

export interface InvokeOptions {
  /**
   * `$this` for the block (ScriptProperty / ScriptMethod bodies, as Add-Member and Update-TypeData
   * run them). The block then runs in a child scope holding `$this`, so the caller's is untouched.
   */
  this?: unknown;
  /**
   * Receives each output object as the block writes it (ForEach-Object streaming a slow block's
   * output); invoke() then returns an empty array. A returned promise is backpressure: await it.
   */
  output?: (value: unknown) => void | Promise<void>;
  /**
   * The block keeps its own `$?` and try depth (runs going on side by side, as Invoke-Tenant's
   * blocks, must not see each other's). Runs in a child scope, as with `this`.
   */
  ownStatus?: boolean;
  /**
   * Applied to every non-terminating error written inside the block, before -ErrorVariable, `$Error`
   * and the display see it (Invoke-Tenant puts the tenant in front). Implies a child scope.
   */
  decorateError?: (record: import('./errors.js').ErrorRecord) => import('./errors.js').ErrorRecord;
}

/** The parts of the Session that commands may use; the Session implements this. */
export interface SessionServices {
  getVariable(name: string): unknown;
  setVariable(name: string, value: unknown, scope?: 'local' | 'script' | 'global'): void;
  removeVariable(name: string): boolean;
  /**
   * Variables visible from the current scope, innermost first, each name once; with `scope`
   * (Get-Variable -Scope): only that scope's own variables ('local', 'script', 'global', or a
   * number of levels up, 0 = local).
   */
  listVariables(scope?: 'local' | 'script' | 'global' | number): { name: string; value: unknown }[];
  /**
   * Set-Location: the session's working directory for relative paths (process.cwd() is never
   * changed); `$PWD` follows it. `path` is an existing folder (the caller checks). The Session always
   * has it; optional so that test doubles of SessionServices need not.
   */
  setLocation?(path: string): void;
  /**
   * State a command family keeps for the life of the Session (the connection registry, the modules
   * Import-Module loaded): the same object for every pipeline stage of one Session, created on first
   * use by `create`. Keys are the family's own symbol, so families cannot collide.
   */
  sessionState<T>(key: symbol, create: () => T): T;
  /**
   * Adds commands to the Session's command table (Connect-ExchangeOnline's proxies). A command of
   * the same name is replaced; aliases in the metadata are registered too.
   */
  registerCommands(definitions: readonly CommandDefinition[]): void;
  /**
   * Removes commands (Disconnect-ExchangeOnline). Only the very definition given is removed: if its
   * name now belongs to another definition (a later connection took it over), that one stays.
   */
  unregisterCommands(definitions: readonly CommandDefinition[]): void;
  /**
   * Adds a planner that sees every pipeline after its arguments are evaluated and before it binds
   * (filter-left: a remote Get-* followed by Where-Object gets a server-side filter). Planners run
   * in the order added; each may change the stages in place.
   */
  registerPipelinePlanner(planner: PipelinePlanner): void;
  /** Command table lookup (cmdlets, functions, aliases resolved). */
  resolveCommand(name: string): CommandDefinition | undefined;
  listCommands(): CommandDefinition[];
  listAliases(): { name: string; definition: string }[];
  /** Current working directory for relative paths (does not change process.cwd()). */
  readonly cwd: string;
  /** The host: width for formatting, whether a terminal is attached for prompts. */
  readonly host: HostServices;
}

export interface HostServices {
  /** Columns available for tables (terminal width, or 120 when not a terminal). */
  readonly width: number;
  readonly interactive: boolean;
  readonly color: boolean;
  /** Reads a line from the user (Read-Host); rejects when no terminal is attached. */
  readLine(prompt: string, options?: { secret?: boolean }): Promise<string>;
  /**
   * $Host.UI.PromptForChoice: shows caption, message and the choices (`&Yes` marks the hot key),
   * resolves to the index chosen. Rejects like readLine when no terminal is attached (pwsh
   * -NonInteractive: "PowerShell is in NonInteractive mode. Read and Prompt functionality is not
   * available."). -Confirm asks through this, so the REPL can answer it with its own widget.
   */
  promptForChoice?(caption: string, message: string, choices: readonly { label: string; help?: string }[], defaultIndex: number): Promise<number>;
  clear(): void;
  /**
   * Start-Transcript / Stop-Transcript: while a writer is set, the host copies to it what it shows —
   * each command line after its prompt (secrets redacted) and every stream's text. Undefined stops.
   * Hosts that cannot transcribe leave this out.
   */
  setTranscript?(writer: ((text: string) => void) | undefined): void;
  /**
   * Out-ConsoleGridView: shows the rows (display text per column) in an interactive grid and
   * resolves to the indices of the rows the user passed on (empty when cancelled). Only the REPL has it.
   */
  chooseRows?(grid: GridRequest): Promise<number[]>;
  /** Out-Host -Paging: shows the text a screen at a time, asking between screens. Hosts without it print it all. */
  page?(text: string): Promise<void>;
}

export interface GridRequest {
  title: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  /** -OutputMode Multiple (Space selects several) or Single (Enter takes the row under the cursor). */
  multiple: boolean;
}

export interface CommandInstance {
  begin?(): void | Promise<void>;
  /** Called once per pipeline input object; once with `undefined` when nothing is piped. */
  process?(input: unknown): void | Promise<void>;
  end?(): void | Promise<void>;
}

export interface CommandDefinition {
  metadata: CommandMetadata;
  /** A fresh instance per pipeline position (state such as Sort-Object's buffer lives on it). */
  create(ctx: CommandContext): CommandInstance;
}

/**
 * One stage of a pipeline about to run, as a planner sees it. Arguments are evaluated (`$var`
 * already read; a script block is a ScriptBlockValue whose `text` the planner may parse). A planner
 * may replace `definition` (a variant of a command with a pushed-down filter) and edit `args`.
 */
export interface PipelineStagePlan {
  definition: CommandDefinition;
  readonly invocationName: string;
  args: import('./binder.js').BindArgument[];
}

/**
 * Sees a whole pipeline (every stage, in order) before it runs. `services` is the session as the
 * pipeline's scope sees it (variables the script blocks would read). Returns nothing; edits in place.
 * Runs once per pipeline start, never per object.
 */
export type PipelinePlanner = (stages: PipelineStagePlan[], services: SessionServices) => void;
