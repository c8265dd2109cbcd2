// Invoke-Expression (iex): runs text as PowerShell in the caller's own scope, as if the text had been
// typed there. Microsoft's documented way to call a prefixed Exchange cmdlet picked at run time is
// `Invoke-Expression "Get-$($prefix)Mailbox"`.
import { parse } from '../language/parser.js';
import type { CommandDefinition } from '../runtime/command.js';
import { type CompiledBlock, compileScriptBlock, invokeInline } from '../runtime/compile.js';
import { toStringValue } from '../runtime/conversions.js';
import { ErrorRecord, RuntimeError, ScriptTerminatingError } from '../runtime/errors.js';
import type { StageContext } from '../runtime/pipeline.js';

const COMMAND_ID = 'Microsoft.PowerShell.Commands.InvokeExpressionCommand';

/** Compiled texts by their source: a loop calling `iex $sameText` parses it once. */
const cache = new Map<string, CompiledBlock>();
const CACHE_LIMIT = 256;

function compiled(text: string): CompiledBlock | ErrorRecord {
  const hit = cache.get(text);
  if (hit) return hit;
  const parsed = parse(text);
  const first = parsed.errors[0];
  if (first) {
    // pwsh reports the first parse error alone, as a statement-terminating ParseException of the cmdlet.
    return new ErrorRecord(first.message, `${first.errorId},${COMMAND_ID}`, 'ParserError', null, undefined, undefined, 'System.Management.Automation.ParseException');
  }
  const block = compileScriptBlock(parsed.ast, { text }, text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, block);
  return block;
}

/**
 * An error that ends the text and leaves Invoke-Expression becomes the cmdlet's own, as in pwsh:
 * `RuntimeException` → `RuntimeException,Microsoft.PowerShell.Commands.InvokeExpressionCommand`.
 * `throw` and errors that already name their command (`PathNotFound,...GetItemCommand`) keep theirs.
 */
function asInvokeExpressionError(e: unknown): unknown {
  if (!(e instanceof RuntimeError) || e instanceof ScriptTerminatingError || e.record.errorId.includes(',')) return e;
  const r = e.record;
  return new RuntimeError(
    new ErrorRecord(r.message, `${r.errorId},${COMMAND_ID}`, r.category, r.targetObject, r.commandName ?? 'Invoke-Expression', r.position, r.exceptionType, r.exceptionTypeChain, r.exception),
  );
}

/** The binder's wording for a mandatory -Command given nothing to run. */
function refused(what: string, kind: 'EmptyString' | 'Null'): ErrorRecord {
  return new ErrorRecord(
    `Cannot bind argument to parameter 'Command' because it is ${what}.`,
    `ParameterArgumentValidationError${kind}NotAllowed,${COMMAND_ID}`,
    'InvalidData',
    null,
    undefined,
    undefined,
    'System.Management.Automation.ParameterBindingValidationException',
  );
}

export const invokeExpression: CommandDefinition = {
  metadata: {
    name: 'Invoke-Expression',
    aliases: ['iex'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    parameters: [{ name: 'Command', type: 'string', mandatory: true, position: 0, valueFromPipeline: true }],
    help: {
      synopsis: 'Runs commands or expressions on the local computer.',
      description: 'The text runs in the current scope: variables it sets stay set. Output is written as it is produced.',
      examples: [
        { code: 'Invoke-Expression "Get-$($prefix)Mailbox -ResultSize 10"', remarks: 'Calls the cmdlet of the connection made with -Prefix $prefix.' },
        { code: "'$n = 5' | iex; $n", remarks: '5: the variable is set in the caller\'s scope.' },
      ],
    },
  },
  create(ctx) {
    const stage = ctx as StageContext;
    return {
      process() {
        const raw = ctx.params.Command;
        if (raw === null || raw === undefined || raw === '') return ctx.throwTerminating(refused(raw === '' ? 'an empty string' : 'null', raw === '' ? 'EmptyString' : 'Null'));
        const text = toStringValue(raw);
        const block = compiled(text);
        if (block instanceof ErrorRecord) return ctx.throwTerminating(block);
        const frame = stage.frame;
        // $_ of the caller is still $_ inside the text (`1..3 | % { iex '$_ * 2' }`).
        let r: ReturnType<typeof invokeInline>;
        try {
          r = invokeInline(frame, block, frame.scope.dollarUnder, [], (v) => ctx.write(v));
        } catch (e) {
          throw asInvokeExpressionError(e);
        }
        return Array.isArray(r) ? undefined : r.then(() => undefined, (e: unknown) => Promise.reject(asInvokeExpressionError(e)));
      },
    };
  },
};
