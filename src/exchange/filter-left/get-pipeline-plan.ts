// Get-PipelinePlan { ... }: what filter-left would do to each pipeline of the block, without
// running it. Arguments are read as the planner would see them where that needs no evaluation
// (texts, numbers, constant variables, script blocks); anything else shows as not constant.
import type { Command, CommandElement, Expression, Pipeline, ScriptBlock, Statement } from '../../language/ast.js';
import { parse } from '../../language/parser.js';
import type { BindArgument } from '../../runtime/binder.js';
import type { CommandContext, CommandDefinition, PipelineStagePlan, SessionServices } from '../../runtime/command.js';
import { ErrorRecord } from '../../runtime/errors.js';
import { PSObject, ScriptBlockValue } from '../../runtime/values.js';
import { connectionRegistry } from '../connection/registry.js';
import { remoteCommandInfo } from '../proxy/index.js';
import { assignedVariables, constantOf } from './condition.js';
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

/** A pipeline to plan, and whether it is inside an Invoke-Tenant block. */
interface FoundPipeline {
  pipeline: Pipeline;
  inTenantBlock: boolean;
}

const isInvokeTenant = (node: { type?: string } & Record<string, unknown>): boolean => {
  if (node.type !== 'Command') return false;
  const name = (node as unknown as Command).elements[0];
  return name !== undefined && name.type === 'StringConstant' && name.value.toLowerCase() === 'invoke-tenant';
};

/**
 * Every pipeline of the block in source order: each statement of its top level (an assignment's
 * right-hand side counts), and each pipeline nested anywhere below (script blocks such as
 * Invoke-Tenant's or ForEach-Object's, loop and if bodies, `$( )`) that starts with a command. A
 * nested expression pipeline (the `$_.Office -eq 'x'` inside a Where-Object block) is a
 * predicate, not a pipeline to plan.
 */
function pipelinesOf(block: ScriptBlock): FoundPipeline[] {
  const top = new Set<Pipeline>();
  for (const s of block.end?.statements ?? []) {
    let st: Statement | undefined = s;
    while (st && st.type === 'Assignment') st = st.right;
    if (st && st.type === 'Pipeline') top.add(st);
  }
  const found: FoundPipeline[] = [];
  const visit = (node: unknown, inTenantBlock: boolean): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, inTenantBlock);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string } & Record<string, unknown>;
    if (n.type === 'Pipeline') {
      const p = node as Pipeline;
      if (top.has(p) || p.elements[0]?.type === 'Command') found.push({ pipeline: p, inTenantBlock });
    }
    const inner = inTenantBlock || isInvokeTenant(n);
    for (const [key, value] of Object.entries(n)) if (key !== 'extent' && typeof value === 'object') visit(value, inner);
  };
  visit(block, false);
  return found.sort((a, b) => a.pipeline.extent.start - b.pipeline.extent.start);
}

/**
 * An unprefixed remote cmdlet name inside an Invoke-Tenant block when every connection has a
 * prefix: Invoke-Tenant adds those names only while it runs, so the plan takes a connection's
 * prefixed proxy of that cmdlet (the plan depends on the cmdlet, not on the tenant).
 */
function tenantBlockCommand(services: SessionServices, name: string): CommandDefinition | undefined {
  const lower = name.toLowerCase();
  for (const c of connectionRegistry(services).list()) {
    const proxy = c.proxies.find((d) => remoteCommandInfo(d)?.cmdlet.name.toLowerCase() === lower);
    if (proxy) return proxy;
  }
  return undefined;
}

/**
 * The session as the plan must see it: a variable the block itself assigns (a loop variable, an
 * assignment before the pipeline) has its value only when the block runs, so it is not read now.
 */
function servicesForPlan(services: SessionServices, assigned: ReadonlySet<string>): SessionServices {
  if (assigned.size === 0) return services;
  return { ...services, getVariable: (name) => (assigned.has(name.toLowerCase()) ? undefined : services.getVariable(name)) };
}

/** The variables of `assigned` a pipeline reads, as written (`$m`), in order of first use. */
function blockVariablesReadBy(pipeline: Pipeline, assigned: ReadonlySet<string>): string[] {
  const names = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; name?: unknown } & Record<string, unknown>;
    if (n.type === 'Variable' && typeof n.name === 'string' && assigned.has(n.name.toLowerCase()) && !names.has(n.name.toLowerCase())) names.set(n.name.toLowerCase(), `$${n.name}`);
    for (const [key, value] of Object.entries(n)) if (key !== 'extent' && typeof value === 'object') visit(value);
  };
  visit(pipeline);
  return [...names.values()];
}

function planObject(text: string, plan: PipelinePlan | undefined, note: string | undefined, extraNotes: string[]): PSObject {
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
      ['Notes', [...(note ? [note] : (plan?.notes ?? [])), ...extraNotes]],
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
          const assigned = assignedVariables(parsed.ast).names;
          const services = servicesForPlan(ctx.session, assigned);
          for (const { pipeline: p, inTenantBlock } of pipelinesOf(parsed.ast)) {
            const text = source.slice(p.extent.start, p.extent.end);
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
              const definition = services.resolveCommand(name.value) ?? (inTenantBlock ? tenantBlockCommand(services, name.value) : undefined);
              if (!definition) {
                why = `${name.value} is not a command of this session`;
                break;
              }
              stages.push({ definition, invocationName: name.value, args: argumentsOf(c.elements.slice(1), source, services) });
            }
            const planned = why === undefined && stages.length > 0 ? planPipeline(stages, services) : undefined;
            const note = planned ? undefined : (why ?? 'the pipeline does not start with a remote Get-* cmdlet');
            // Only where filter-left applies: elsewhere the variables change nothing in the plan.
            const unknown = planned?.plan.enabled ? blockVariablesReadBy(p, assigned) : [];
            const later = unknown.map((v) => `${v} is set by the block: the plan cannot know its value, the run reads it when the pipeline starts`);
            const written = ctx.write(planObject(text, planned?.plan, note, later));
            if (written) return written;
          }
          return undefined;
        },
      };
    },
  };
}
