// Functions, script blocks and script files as commands: their param() becomes CommandMetadata
// for the binder, their begin/process/end blocks a CommandInstance.
import * as nodePath from 'node:path';
import { type MaybePromise, sequence, andThen } from './async.js';
import type { BindOptions } from './binder.js';
import type { CommandDefinition, CommandInstance, CommandMetadata } from './command.js';
import type { CompiledBlock } from './compile.js';
import { ExitSignal, ReturnSignal } from './control.js';
import { convertTo } from './conversions.js';
import type { Frame, Stmt } from './frame.js';
import type { ResolvedCommand, StageContext } from './pipeline.js';
import { NOT_SET, Scope } from './scope.js';
import { PSHashtable, PSObject } from './values.js';

export type ScriptKind = 'function' | 'script' | 'scriptblock';

export interface ScriptCommandOptions {
  kind: ScriptKind;
  dot: boolean;
  /** Script files: full path, for $PSScriptRoot / $PSCommandPath. */
  file?: string;
  /** A called script's `exit` ends only that script (default); the top-level file's reaches run(). */
  catchExit?: boolean;
}

/** $PSCmdlet objects and the stage they stand for (methods are resolved by the engine). */
export const cmdletHandles = new WeakMap<PSObject, StageContext>();

const metadataCache = new WeakMap<CompiledBlock, Map<string, CommandMetadata>>();

export function metadataFor(block: CompiledBlock, name: string): CommandMetadata {
  let byName = metadataCache.get(block);
  if (!byName) metadataCache.set(block, (byName = new Map()));
  let meta = byName.get(name);
  if (!meta) {
    meta = {
      name,
      parameters: (block.params ?? []).map((p) => p.meta),
      defaultParameterSet: block.cmdletBinding.defaultParameterSet,
      supportsShouldProcess: block.cmdletBinding.supportsShouldProcess,
      confirmImpact: block.cmdletBinding.confirmImpact,
      commandType: 'Function',
    };
    byName.set(name, meta);
  }
  return meta;
}

export function bindOptionsFor(block: CompiledBlock): Omit<BindOptions, 'expectingInput'> {
  const typeNames = new Map<string, string>();
  for (const p of block.params ?? []) if (p.typeName) typeNames.set(p.name, p.typeName);
  return { commonParameters: block.advanced, collectUnbound: !block.advanced, isScript: true, typeNames };
}

function defaultFor(typeName: string | undefined, type: string): unknown {
  if (type === 'switch' || type === 'bool') return false;
  if (type === 'string') return '';
  if (typeName) {
    try {
      return convertTo(null, typeName);
    } catch {
      return null;
    }
  }
  return null;
}

function runBlock(body: Stmt | undefined, frame: Frame): MaybePromise<void> {
  if (!body) return undefined;
  const handle = (e: unknown) => {
    if (e instanceof ReturnSignal) return undefined;
    throw e;
  };
  try {
    const r = body(frame);
    return r instanceof Promise ? r.catch(handle) : r;
  } catch (e) {
    return handle(e);
  }
}

export function scriptCommand(block: CompiledBlock, name: string, options: ScriptCommandOptions): ResolvedCommand {
  const metadata = metadataFor(block, name);
  const definition: CommandDefinition = {
    metadata,
    create: (ctx) => createInstance(block, ctx as StageContext, options),
  };
  return { definition, invocationName: name, bindOptions: bindOptionsFor(block) };
}

function createInstance(block: CompiledBlock, stage: StageContext, options: ScriptCommandOptions): CommandInstance {
  const caller = stage.frame;
  const session = caller.session;
  const scope = options.dot ? caller.scope : new Scope(caller.scope, options.kind === 'script' ? 'script' : 'function');
  const frame: Frame = { session, scope, out: (v) => stage.write(v), command: stage };
  let inputs: unknown[] | undefined;
  const boundTable = new PSHashtable();
  const defaults = new Map<string, unknown>();
  let lastPipelineBound: string[] = [];

  const setParam = (name: string, value: unknown) => {
    const p = block.params?.find((x) => x.name === name);
    scope.setLocal(name, value, p?.typeName || p?.validation ? { typeName: p.typeName, validation: p.validation } : undefined);
  };

  // A dot-sourced block shares the caller's scope but its $args, $input, $PSBoundParameters and
  // $MyInvocation are its own while it runs: pwsh gives the caller's back afterwards.
  const saved = options.dot ? DOT_LOCALS.map((n) => [n, scope.own(n.toLowerCase())] as const).map(([n, v]) => ({ name: n, had: v !== undefined, value: v?.value })) : undefined;
  const restore = (): void => {
    if (!saved) return;
    for (const v of saved) {
      if (v.had) scope.setLocal(v.name, v.value);
      else scope.remove(v.name.toLowerCase());
    }
  };
  const restoring = <T,>(fn: () => MaybePromise<T>, always: boolean): MaybePromise<T> => {
    if (!saved) return fn();
    let r: MaybePromise<T>;
    try {
      r = fn();
    } catch (e) {
      restore();
      throw e;
    }
    if (r instanceof Promise) {
      return r.then(
        (v) => {
          if (always) restore();
          return v;
        },
        (e: unknown) => {
          restore();
          throw e;
        },
      );
    }
    if (always) restore();
    return r;
  };

  const init = (): MaybePromise<void> => {
    for (const name of stage.bound) {
      if (name in stage.params) {
        boundTable.set(name, stage.params[name]);
        setParam(name, stage.params[name]);
      }
    }
    scope.setLocal('PSBoundParameters', boundTable);
    scope.setLocal('args', stage.binding.unbound);
    if (options.file) {
      const { dirname } = pathModule();
      scope.setLocal('PSScriptRoot', dirname(options.file));
      scope.setLocal('PSCommandPath', options.file);
    }
    scope.setLocal(
      'MyInvocation',
      PSObject.fromEntries([
        [
          'MyCommand',
          PSObject.fromEntries(
            [
              ['Name', options.file ? nodePath.basename(options.file) : stage.definition.metadata.name],
              ['CommandType', options.kind === 'script' ? 'ExternalScript' : options.kind === 'function' ? 'Function' : 'Script'],
              ['Path', options.file ?? ''],
              ['Definition', options.file ?? block.text],
            ],
            [options.kind === 'script' ? 'System.Management.Automation.ExternalScriptInfo' : 'System.Management.Automation.FunctionInfo', 'System.Object'],
          ),
        ],
        ['InvocationName', stage.invocationName],
        ['ScriptName', options.file ?? caller.scope.scriptScope.find('pscommandpath')?.value ?? ''],
        ['PSScriptRoot', options.file ? pathModule().dirname(options.file) : ''],
        ['BoundParameters', boundTable],
        ['UnboundArguments', stage.binding.unbound],
      ]),
    );
    if (block.advanced) {
      const handle = PSObject.fromEntries([['ParameterSetName', stage.parameterSetName]], ['System.Management.Automation.PSScriptCmdlet', 'System.Object']);
      cmdletHandles.set(handle, stage);
      scope.setLocal('PSCmdlet', handle);
      const c = stage.binding.common;
      if (c.ErrorAction) scope.setLocal('ErrorActionPreference', c.ErrorAction);
      if (c.WarningAction) scope.setLocal('WarningPreference', c.WarningAction);
      if (c.InformationAction) scope.setLocal('InformationPreference', c.InformationAction);
      if (c.Verbose !== undefined) scope.setLocal('VerbosePreference', c.Verbose ? 'Continue' : 'SilentlyContinue');
      if (c.Debug !== undefined) scope.setLocal('DebugPreference', c.Debug ? 'Continue' : 'SilentlyContinue');
      if (c.WhatIf !== undefined) scope.setLocal('WhatIfPreference', c.WhatIf);
      // -Confirm reaches the commands the function runs, as pwsh's $ConfirmPreference Low / None.
      if (c.Confirm !== undefined) scope.setLocal('ConfirmPreference', c.Confirm ? 'Low' : 'None');
    }
    const defaultSteps = (block.params ?? [])
      .filter((p) => !stage.bound.has(p.name))
      .map((p) => () =>
        andThen(p.defaultValue ? p.defaultValue(frame) : defaultFor(p.typeName, p.meta.type), (v) => {
          let value = v;
          if (p.defaultValue && p.typeName) value = convertTo(v, p.typeName);
          defaults.set(p.name, value);
          setParam(p.name, value);
        }),
      );
    return andThen(sequence(defaultSteps), () => undefined);
  };

  const catchExit = <T,>(r: MaybePromise<T>): MaybePromise<T | undefined> => {
    if (options.kind !== 'script' || options.catchExit === false) return r;
    const handle = (e: unknown) => {
      if (e instanceof ExitSignal) {
        scope.globalScope.setLocal('LASTEXITCODE', e.code);
        stopped = true;
        return undefined;
      }
      throw e;
    };
    return r instanceof Promise ? r.catch(handle) : r;
  };
  let stopped = false;
  const guarded = (fn: () => MaybePromise<void>): MaybePromise<void> => {
    if (stopped) return undefined;
    if (options.kind !== 'script' || options.catchExit === false) return fn();
    try {
      return catchExit(fn()) as MaybePromise<void>;
    } catch (e) {
      return catchExit(Promise.reject(e)) as MaybePromise<void>;
    }
  };

  return {
    begin: () => restoring(() => guarded(() => andThen(init(), () => runBlock(block.begin, frame))), false),
    process: (input) =>
      restoring(() => guarded(() => {
        if (block.process) {
          if (stage.expectingInput) {
            scope.dollarUnder = input;
            // As PowerShell does, parameters bound from the previous object get their defaults back.
            for (const name of lastPipelineBound) {
              if (stage.binding.pipelineBound.includes(name)) continue;
              boundTable.delete(name);
              setParam(name, defaults.has(name) ? defaults.get(name) : null);
            }
            lastPipelineBound = [...stage.binding.pipelineBound];
            for (const name of stage.binding.pipelineBound) {
              boundTable.set(name, stage.params[name]);
              setParam(name, stage.params[name]);
            }
            // Delay-bind script blocks computed these from this object.
            for (const { parameter } of stage.binding.delayBound) {
              boundTable.set(parameter.name, stage.params[parameter.name]);
              setParam(parameter.name, stage.params[parameter.name]);
            }
          }
          return runBlock(block.process, frame);
        }
        if (stage.expectingInput) (inputs ??= []).push(input);
        return undefined;
      }), false),
    end: () =>
      restoring(() => guarded(() => {
        if (!block.end) return undefined;
        if (!block.process) {
          scope.setLocal('input', inputs ?? []);
          if (inputs && inputs.length > 0 && scope.dollarUnder === NOT_SET) scope.dollarUnder = NOT_SET;
        }
        return runBlock(block.end, frame);
      }), true),
  };
}

const DOT_LOCALS = ['args', 'input', 'PSBoundParameters', 'MyInvocation'];

function pathModule(): typeof nodePath {
  return nodePath;
}
