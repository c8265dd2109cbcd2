// Get-PipelinePlan { ... }: what filter-left would do to each pipeline of the block, without
// running it. Arguments are read as the planner would see them where that needs no evaluation
// (texts, numbers, constant variables, script blocks); anything else shows as not constant.
import type { Command, CommandElement, Expression, Statement } from '../../language/ast.js';
import { parse } from '../../language/parser.js';
import type { BindArgument } from '../../runtime/binder.js';
import type { CommandContext, CommandDefinition, PipelineStagePlan, SessionServices } from '../../runtime/command.js';
import { ErrorRecord } from '../../runtime/errors.js';
import { PSObject, ScriptBlockValue } from '../../runtime/values.js';
import { constantOf } from './condition.js';
import { planPipeline, type PipelinePlan } from './planner.js';

const TYPE_NAME = 'Exosh.FilterLeft.PipelinePlan';

/** An argument Get-PipelinePlan cannot know without running code (`$(Get-Date)`, `@{...}`). */
class NotEvaluated {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

function argumentValue(e: Expression, source: string, services: SessionServices): unknown {
  if (e.type === 'ScriptBlockExpression') return new ScriptBlockValue(e.text, undefined);
  const c = constantOf(e, (name) => {
    const value = services.getVariable(name);
    return value === undefined ? undefined : { value };
  });
  return c ? c.value : new NotEvaluated(source.slice(e.extent.start, e.extent.end));
}

function argumentsOf(elements: CommandElement[], source: string, services: SessionServices): BindArgument[] {
  return elements.map((el): BindArgument => {
    if (el.type === 'CommandParameter') {
      return el.argument
        ? { kind: 'named', name: el.name, value: argumentValue(el.argument, source, services), hasValue: true }
        : { kind: 'named', name: el.name, value: undefined, hasValue: false };
    }
    return { kind: 'positional', value: argumentValue(el, source, services) };
  });
}

/** The pipelines of a block's top level (an assignment's right-hand side counts). */
function pipelinesOf(statements: Statement[]): { elements: (Command | { type: 'CommandExpression' })[]; text: string; start: number; end: number }[] {
  const out: { elements: (Command | { type: 'CommandExpression' })[]; text: string; start: number; end: number }[] = [];
  for (const s of statements) {
    let st: Statement | undefined = s;
    while (st && st.type === 'Assignment') st = st.right;
    if (st && st.type === 'Pipeline') out.push({ elements: st.elements, text: '', start: st.extent.start, end: st.extent.end });
  }
  return out;
}

function planObject(text: string, plan: PipelinePlan | undefined, note?: string): PSObject {
  return PSObject.fromEntries(
    [
      ['Pipeline', text],
      ['Command', plan?.command ?? null],
      ['FilterLeft', plan ? (plan.enabled ? 'On' : 'Off') : null],
      ['ServerFilter', plan?.pushedFilter ?? null],
      ['RequestFilter', plan?.requestFilter ?? null],
      ['First', plan?.first ?? null],
      ['Properties', plan?.properties ?? null],
      ['ClientOnly', (plan?.clientOnly ?? []).map((c) => `${c.text.trim()}: ${c.reason}`)],
      ['Notes', note ? [note] : (plan?.notes ?? [])],
    ],
    [TYPE_NAME, 'System.Management.Automation.PSCustomObject', 'System.Object'],
  );
}

export function getPipelinePlanCommand(): CommandDefinition {
  return {
    metadata: {
      name: 'Get-PipelinePlan',
      parameters: [{ name: 'ScriptBlock', type: 'scriptblock', mandatory: true, position: 0, description: 'The pipelines to plan (not run).' }],
      commandType: 'Cmdlet',
      module: 'exosh',
      help: {
        synopsis: 'Shows what filter-left would push into the remote requests of each pipeline in a block, without running it.',
      },
    },
    create(ctx: CommandContext) {
      return {
        process() {
          const block = ctx.params['ScriptBlock'];
          if (!(block instanceof ScriptBlockValue)) return;
          const source = block.text;
          const parsed = parse(source);
          if (parsed.errors.length > 0) {
            ctx.throwTerminating(new ErrorRecord(parsed.errors[0]!.message, 'ParseError,Get-PipelinePlan', 'ParserError', null, ctx.invocationName));
          }
          const services = ctx.session;
          for (const p of pipelinesOf(parsed.ast.end?.statements ?? [])) {
            const text = source.slice(p.start, p.end);
            const stages: PipelineStagePlan[] = [];
            let why: string | undefined;
            for (const el of p.elements) {
              if (el.type !== 'Command') {
                why = 'an expression stage';
                break;
              }
              const c = el as Command;
              const name = c.elements[0];
              if (c.invocationOperator || !name || name.type !== 'StringConstant') {
                why = 'a command invoked by & or . or by a computed name';
                break;
              }
              const definition = services.resolveCommand(name.value);
              if (!definition) {
                why = `${name.value} is not a command of this session`;
                break;
              }
              stages.push({ definition, invocationName: name.value, args: argumentsOf(c.elements.slice(1), source, services) });
            }
            const planned = why === undefined && stages.length > 0 ? planPipeline(stages, services) : undefined;
            const note = planned ? undefined : (why ?? 'the pipeline does not start with a remote Get-* cmdlet');
            const written = ctx.write(planObject(text, planned?.plan, note));
            if (written) return written;
          }
          return undefined;
        },
      };
    },
  };
}
