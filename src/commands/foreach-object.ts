// ForEach-Object: script blocks (begin/process/end, positional as PowerShell binds
// -RemainingScripts) and the -MemberName form.
import type { CommandContext, CommandDefinition, CommandInstance, InvokeOptions } from '../runtime/command.js';
import type { ScriptBlockValue } from '../runtime/values.js';
import { getMember, invokeMethod } from '../runtime/member-access.js';
import { enumerate } from '../runtime/conversions.js';
import { inputOf } from './pipeline-input.js';
import { cmdletError } from './cmdlet-errors.js';
import { hasProperty } from './properties.js';
import { notSupportedYet, RuntimeError, withPosition } from '../runtime/errors.js';

const NAME = 'ForEach-Object';

/** Splits the positional blocks the way PowerShell does: first = begin, last = end, rest = process. */
export function assignBlocks(p: Readonly<Record<string, unknown>>, bound: ReadonlySet<string>) {
  const scripts = [...((p.Process as ScriptBlockValue[] | undefined) ?? []), ...((p.RemainingScripts as ScriptBlockValue[] | undefined) ?? [])];
  let begin = p.Begin as ScriptBlockValue | undefined;
  let end = p.End as ScriptBlockValue | undefined;
  let process = scripts;
  if (scripts.length > 1) {
    let start = 0;
    let stop = scripts.length;
    if (!bound.has('Begin')) {
      begin = scripts[0];
      start = 1;
    }
    if (!bound.has('End') && scripts.length > 2) {
      end = scripts[scripts.length - 1];
      stop = scripts.length - 1;
    }
    process = scripts.slice(start, stop);
  }
  return { begin, process, end };
}

function create(ctx: CommandContext): CommandInstance {
  if (ctx.parameterSetName === 'ParallelParameterSet' || ctx.bound.has('Parallel')) {
    return {
      begin() {
        ctx.throwTerminating(notSupportedYet('ForEach-Object -Parallel', NAME));
      },
    };
  }
  if (ctx.bound.has('MemberName')) return memberForm(ctx);
  const { begin, process, end } = assignBlocks(ctx.params, ctx.bound);
  // Each object goes downstream as the block writes it, so a slow block (one calling a service)
  // streams instead of handing everything on at the end; and downstream's backpressure reaches the
  // block. One options object serves every call: the per-object path allocates nothing for it.
  const streaming: InvokeOptions = { output: (v) => ctx.write(v) };
  const run = (block: ScriptBlockValue, item?: unknown): void | Promise<void> => {
    const r = ctx.invoke(block, item, undefined, streaming);
    return Array.isArray(r) ? undefined : r.then(done);
  };
  const single = process.length === 1 ? process[0]! : undefined;
  return {
    begin: begin ? () => run(begin) : undefined,
    process(input: unknown) {
      const item = ctx.expectingInput ? input : ctx.bound.has('InputObject') ? ctx.params.InputObject : undefined;
      // Without input PowerShell still runs the process block once, with $_ unset.
      if (single) return run(single, item);
      return runAll(process, item);
    },
    end: end ? () => run(end) : undefined,
  };

  async function runAll(blocks: ScriptBlockValue[], item: unknown): Promise<void> {
    for (const b of blocks) await run(b, item);
  }
}

function done(): void {}

function memberForm(ctx: CommandContext): CommandInstance {
  const name = String(ctx.params.MemberName);
  const args = (ctx.params.ArgumentList as unknown[] | undefined) ?? [];
  const wantsMethod = ctx.bound.has('ArgumentList');
  return {
    process(input) {
      const item = inputOf(ctx, input);
      if (item === undefined || item === null) return;
      let value: unknown;
      if (!wantsMethod && hasProperty(item, name)) return writeUnrolled(getMember(item, name));
      try {
        value = invokeMethod(item, name, args);
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e;
        if (e.record.errorId !== 'MethodNotFound') {
          ctx.writeError(withPosition(e.record, undefined, NAME));
          return;
        }
        // Outside strict mode PowerShell writes nothing for a name that is neither property nor
        // method; an explicit method call (-ArgumentList) still reports it.
        if (!wantsMethod) return;
        ctx.writeError(
          cmdletError(
            NAME,
            `The input name "${name}" cannot be resolved to a ${wantsMethod ? 'method' : 'member'}.`,
            'MethodOrPropertyNotFound',
            'InvalidArgument',
            item,
          ),
        );
        return;
      }
      if (value !== undefined) return writeUnrolled(value);
    },
  };
  function writeUnrolled(value: unknown) {
    const e = enumerate(value);
    return e ? ctx.writeEnumerated(e) : ctx.write(value);
  }
}

export const foreachObject: CommandDefinition = {
  metadata: {
    name: NAME,
    aliases: ['foreach', '%'],
    module: 'Microsoft.PowerShell.Core',
    commandType: 'Cmdlet',
    defaultParameterSet: 'ScriptBlockSet',
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Begin', type: 'scriptblock', parameterSets: ['ScriptBlockSet'], description: 'Runs once before the first input object.' },
      {
        name: 'Process',
        type: 'scriptblock[]',
        parameterSets: ['ScriptBlockSet'],
        mandatory: true,
        position: 0,
        description: 'Runs once per input object, with the object in $_.',
      },
      { name: 'End', type: 'scriptblock', parameterSets: ['ScriptBlockSet'], description: 'Runs once after the last input object.' },
      { name: 'RemainingScripts', type: 'scriptblock[]', parameterSets: ['ScriptBlockSet'], valueFromRemainingArguments: true },
      {
        name: 'MemberName',
        type: 'string',
        parameterSets: ['PropertyAndMethodSet'],
        mandatory: true,
        position: 0,
        description: 'The property to get or the method to call on each input object.',
      },
      { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], parameterSets: ['PropertyAndMethodSet'] },
      { name: 'Parallel', type: 'scriptblock', parameterSets: ['ParallelParameterSet'], mandatory: true },
      { name: 'ThrottleLimit', type: 'int', parameterSets: ['ParallelParameterSet'] },
      { name: 'TimeoutSeconds', type: 'int', parameterSets: ['ParallelParameterSet'] },
      { name: 'AsJob', type: 'switch', parameterSets: ['ParallelParameterSet'] },
      { name: 'UseNewRunspace', type: 'switch', parameterSets: ['ParallelParameterSet'] },
    ],
    help: {
      synopsis: 'Performs an operation against each item in a collection of input objects.',
      examples: [
        { code: '1..3 | ForEach-Object { $_ * 2 }', remarks: 'Doubles each number.' },
        { code: 'Get-Mailbox | % DisplayName', remarks: 'Member form: gets each object\'s DisplayName.' },
        { code: '1..5 | % -Begin { $t = 0 } -Process { $t += $_ } -End { $t }', remarks: 'Begin, process and end blocks.' },
      ],
    },
  },
  create,
};
