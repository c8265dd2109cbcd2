// Automatic variables of the shell beyond the language's own: $ExecutionContext (ExpandString,
// InvokeScript), set once per Session by its initialisation.
import type { PSMethod } from '../runtime/values.js';
import { PSObject, type ScriptBlockValue } from '../runtime/values.js';
import { toStringValue } from '../runtime/conversions.js';

export interface ShellVariableContext {
  /** `[scriptblock]::Create(text)`: parse errors throw as pwsh's ParseException. */
  createScriptBlock(text: string): ScriptBlockValue;
}

function method(name: string, definition: string, invoke: PSMethod['invoke']): [string, PSMethod] {
  return [name.toLowerCase(), { name, definition, invoke }];
}

/** `$ExecutionContext`: the parts of EngineIntrinsics scripts call. */
export function executionContext(ctx: ShellVariableContext): PSObject {
  const invokeCommand = new PSObject(['System.Management.Automation.CommandInvocationIntrinsics', 'System.Object']);
  invokeCommand.methods = new Map([
    // The text is read as the inside of a double-quoted string; here-string quoting lets `"` through.
    method('ExpandString', 'string ExpandString(string source)', (_self, args, engine) => {
      const source = toStringValue(args[0] ?? '');
      if (!/[$`]/.test(source)) return source;
      const block = ctx.createScriptBlock(`@"\n${source}\n"@`);
      const out = engine ? engine.invoke(block, undefined, []) : [];
      return out.length === 0 ? '' : toStringValue(out[0]);
    }),
    method('InvokeScript', 'System.Collections.ObjectModel.Collection[psobject] InvokeScript(string script)', (_self, args, engine) => {
      const block = ctx.createScriptBlock(toStringValue(args[0] ?? ''));
      return engine ? engine.invoke(block, undefined, []) : [];
    }),
  ]);
  const value = PSObject.fromEntries([['InvokeCommand', invokeCommand]], ['System.Management.Automation.EngineIntrinsics', 'System.Object']);
  return value;
}
