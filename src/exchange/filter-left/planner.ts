// The pipeline planner: a remote Get-* cmdlet at the head of a pipeline, followed by Where-Object
// stages and/or Select-Object / Format-Table, gets a variant that asks the service for less — a
// superset filter (push.ts), a cap on the objects (`Select-Object -First N`), only the properties
// the pipeline reads (Get-EXO*). Every client-side stage still runs unchanged on what comes back.
import { parse } from '../../language/parser.js';
import type { BindArgument } from '../../runtime/binder.js';
import type { CommandDefinition, PipelinePlanner, PipelineStagePlan, SessionServices } from '../../runtime/command.js';
import { toBool } from '../../runtime/conversions.js';
import { PSHashtable, ScriptBlockValue } from '../../runtime/values.js';
import type { Expression, ScriptBlock } from '../../language/ast.js';
import { readCmdletAsset } from '../connection/cmdlet-catalog.js';
import type { RemoteCmdletMetadata } from '../contracts.js';
import { remoteCommandInfo, withPushdown, type RemotePushdown } from '../proxy/index.js';
import { joinFilters } from '../proxy/run.js';
import { isExoCmdlet } from '../proxy/exo-cmdlets.js';
import { readArguments, type ParameterShape, type ReadArguments } from './arguments.js';
import { assignedVariables, comparisonOperator, conditionOfScriptBlock, isConstantValue, type Condition, type ConstantLookup } from './condition.js';
import { filterablePropertiesOf, type FilterableProperty } from './filterable.js';
import { pushCondition } from './push.js';

/** `$ExoshFilterLeft = $false` turns filter-left off for the session (or a scope). */
export const SWITCH_VARIABLE = 'ExoshFilterLeft';

/** What filter-left does to one pipeline: what Get-PipelinePlan shows and -Verbose tells. */
export interface PipelinePlan {
  /** The remote cmdlet as written (`Get-FabEXOMailbox`). */
  command: string;
  /** False when `$ExoshFilterLeft` is off. */
  enabled: boolean;
  /** The filter derived from Where-Object (what `-Verbose` prints). */
  pushedFilter?: string;
  /** The filter the request carries: the user's -Filter and the pushed one joined by -and. */
  requestFilter?: string;
  /** Objects asked for at most (Select-Object -First N right after the cmdlet). */
  first?: number;
  /** Get-EXO*: the properties asked for instead of the user's ([] = the Minimum set). */
  properties?: string[];
  /** Where-Object parts filtered on the client only, and why. */
  clientOnly: { text: string; reason: string }[];
  /** Why a whole optimisation did not apply. */
  notes: string[];
}

/** Filterable on Get-Mailbox but not properties of its objects (they are read under other names, or not at all). */
const NOT_ON_MAILBOXES = /ThresholdInt$|Raw$|^MemberOfGroup$|^Members$/i;
/** What every other classic recipient cmdlet's objects certainly carry. */
const ON_EVERY_RECIPIENT = new Set(['alias', 'displayname', 'name', 'recipienttype', 'recipienttypedetails']);

const shapesOfRemote = (cmdlet: RemoteCmdletMetadata): ParameterShape[] =>
  cmdlet.parameters.map((p) => ({ name: p.name, ...(p.aliases ? { aliases: p.aliases } : {}), switch: p.switch === true || /SwitchParameter$/.test(p.type) }));

const shapesOf = (definition: CommandDefinition): ParameterShape[] =>
  definition.metadata.parameters.map((p) => ({ name: p.name, ...(p.aliases ? { aliases: p.aliases } : {}), switch: p.type === 'switch' }));

const isCommand = (stage: PipelineStagePlan | undefined, name: string): boolean => stage !== undefined && stage.definition.metadata.name.toLowerCase() === name.toLowerCase();

/** The planner registered with the session: applies planPipeline's pushdown to the first stage. */
export const filterLeftPlanner: PipelinePlanner = (stages, services) => {
  const planned = planPipeline(stages, services);
  if (planned?.pushdown) stages[0]!.definition = withPushdown(stages[0]!.definition, planned.pushdown);
};

/** The plan for a pipeline whose first stage is a remote Get-* cmdlet; undefined for any other. */
export function planPipeline(stages: readonly PipelineStagePlan[], services: SessionServices): { plan: PipelinePlan; pushdown?: RemotePushdown } | undefined {
  const head = stages[0];
  const info = head ? remoteCommandInfo(head.definition) : undefined;
  if (!head || !info || !/^get-/i.test(info.cmdlet.name)) return undefined;
  const plan: PipelinePlan = { command: head.invocationName, enabled: true, clientOnly: [], notes: [] };
  const switchValue = services.getVariable(SWITCH_VARIABLE);
  if (switchValue !== undefined && switchValue !== null && !toBool(switchValue)) {
    plan.enabled = false;
    plan.notes.push('filter-left is off ($ExoshFilterLeft is false)');
    return { plan };
  }
  const cmdlet = info.cmdlet;
  const headArgs = readArguments(head.args, shapesOfRemote(cmdlet));
  if (!headArgs) {
    plan.notes.push(`the arguments of ${head.invocationName} could not be read before binding`);
    return { plan };
  }
  if (headArgs.named.has('outvariable') || headArgs.named.has('pipelinevariable')) {
    plan.notes.push('-OutVariable/-PipelineVariable on the cmdlet must see every object');
    return { plan };
  }
  const pushdown: RemotePushdown = {};
  const exo = isExoCmdlet(cmdlet.name);

  // Where-Object stages right after the cmdlet.
  let next = 1;
  const conditions: Condition[] = [];
  const constant = constantsFor(stages, services);
  while (isCommand(stages[next], 'Where-Object')) {
    conditions.push(whereCondition(stages[next]!, constant));
    next++;
  }
  if (conditions.length > 0) {
    const filter = filterFor(cmdlet, headArgs, conditions, plan);
    if (filter !== undefined) {
      pushdown.filter = filter;
      plan.pushedFilter = filter;
      plan.requestFilter = joinFilters(filterText(headArgs.named.get('filter')), filter.replace(/\$(true|false)\b/gi, (_m, b: string) => (b.toLowerCase() === 'true' ? "'True'" : "'False'")));
    }
  }

  // Select-Object -First N directly after the cmdlet.
  if (next === 1 && isCommand(stages[1], 'Select-Object')) {
    const first = firstOf(stages[1]!);
    if (first !== undefined) {
      pushdown.first = first;
      plan.first = first;
    }
  }

  // Get-EXO*: only the properties the rest of the pipeline reads.
  if (exo) {
    const properties = propertiesFor(cmdlet.name, headArgs, stages, next);
    if (properties !== undefined) {
      pushdown.properties = properties;
      plan.properties = properties;
    }
  }
  const any = pushdown.filter !== undefined || pushdown.first !== undefined || pushdown.properties !== undefined;
  return any ? { plan, pushdown } : { plan };
}

function filterText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof ScriptBlockValue) return v.text.trim();
  return undefined;
}

function filterFor(cmdlet: RemoteCmdletMetadata, args: ReadArguments, conditions: Condition[], plan: PipelinePlan): string | undefined {
  const name = cmdlet.name;
  if (!cmdlet.parameters.some((p) => p.name === 'Filter')) {
    plan.notes.push(`${name} has no -Filter`);
    return undefined;
  }
  const properties = filterablePropertiesOf(name);
  if (!properties) {
    plan.notes.push(`the filterable properties of ${name} are not documented`);
    return undefined;
  }
  if (args.positional.length > 0 || args.named.has('identity')) {
    plan.notes.push('-Identity names the objects: nothing to filter on the server');
    return undefined;
  }
  const userFilter = args.named.get('filter');
  if (userFilter !== undefined && filterText(userFilter) === undefined) {
    plan.notes.push('-Filter is not a text');
    return undefined;
  }
  const carried = carriedBy(name, args);
  const condition: Condition = conditions.length === 1 ? conditions[0]! : { t: 'and', items: conditions, text: '' };
  const result = pushCondition(condition, { properties, cmdletName: name, carried });
  plan.clientOnly.push(...result.clientOnly);
  return result.filter;
}

/** Whether the objects that come back carry a property's real value. */
function carriedBy(cmdletName: string, args: ReadArguments): (p: FilterableProperty) => boolean {
  if (/^get-mailbox$/i.test(cmdletName)) return (p) => !NOT_ON_MAILBOXES.test(p.name);
  if (!isExoCmdlet(cmdletName)) return (p) => ON_EVERY_RECIPIENT.has(p.name.toLowerCase());
  const projection = projectionOf(cmdletName, args);
  return (p) => projection === 'all' || projection.has(p.name.toLowerCase());
}

/** Lower-cased names a Get-EXO* call returns: Minimum, plus the sets and properties asked for. */
function projectionOf(cmdletName: string, args: ReadArguments): Set<string> | 'all' {
  const sets = readCmdletAsset().propertySets[cmdletName] ?? {};
  const names = new Set<string>();
  const add = (list: readonly string[] | undefined) => list?.forEach((n) => names.add(n.toLowerCase()));
  add(sets['Minimum']);
  for (const s of listOf(args.named.get('propertysets'))) {
    if (s.toLowerCase() === 'all') return 'all';
    const found = Object.entries(sets).find(([k]) => k.toLowerCase() === s.toLowerCase());
    add(found?.[1]);
  }
  add(listOf(args.named.get('properties')));
  return names;
}

function listOf(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  const items = Array.isArray(v) ? v : [v];
  return items.flatMap((i) => String(i).split(',')).map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * Variables the predicates may read as constants: those no stage of this pipeline can assign
 * (a script block with `$x = ...`, a loop variable, Set-Variable, -OutVariable...).
 */
function constantsFor(stages: readonly PipelineStagePlan[], services: SessionServices): ConstantLookup {
  const assigned = new Set<string>();
  let anything = false;
  const visit = (v: unknown): void => {
    if (v instanceof ScriptBlockValue) {
      const block = parseBlock(v);
      if (!block) {
        anything = true;
        return;
      }
      const a = assignedVariables(block);
      a.names.forEach((n) => assigned.add(n));
      // A script function may set any variable of its caller's scopes ($script:x = ...).
      anything ||= a.anything || a.commands.some((name) => isScriptFunction(services.resolveCommand(name)));
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v instanceof PSHashtable) v.entries().forEach(([, value]) => visit(value));
  };
  for (const stage of stages) {
    if (isScriptFunction(stage.definition)) anything = true;
    for (const a of stage.args) {
      if (a.kind === 'named' && /^(ov|outvariable|pv|pipelinevariable|ev|errorvariable|wv|warningvariable|iv|informationvariable)$/i.test(a.name)) {
        const target = a.hasValue ? a.value : undefined;
        if (typeof target === 'string') assigned.add(target.replace(/^\+/, '').toLowerCase());
        else anything = true;
      }
      visit(a.value);
    }
  }
  return (name) => {
    if (anything || assigned.has(name.toLowerCase())) return undefined;
    const value = services.getVariable(name);
    return value === undefined || !isConstantValue(value) ? undefined : { value };
  };
}

function isScriptFunction(definition: CommandDefinition | undefined): boolean {
  return definition !== undefined && definition.metadata.commandType === 'Function' && remoteCommandInfo(definition) === undefined;
}

function parseBlock(block: ScriptBlockValue): ScriptBlock | undefined {
  const r = parse(block.text);
  return r.errors.length > 0 ? undefined : r.ast;
}

/** A Where-Object stage as a condition: its script block, or its simplified syntax. */
function whereCondition(stage: PipelineStagePlan, constant: ConstantLookup): Condition {
  const opaque = (reason: string): Condition => ({ t: 'opaque', text: describeArgs(stage.args), reason });
  const args = readArguments(stage.args, shapesOf(stage.definition));
  if (!args) return opaque('its arguments could not be read before binding');
  if (args.named.has('inputobject')) return opaque('-InputObject');
  const script = args.named.get('filterscript') ?? (args.positional.length === 1 && args.positional[0] instanceof ScriptBlockValue ? args.positional[0] : undefined);
  if (script instanceof ScriptBlockValue) {
    const block = parseBlock(script);
    const c = block ? conditionOfScriptBlock(block, script.text, constant) : undefined;
    return c ?? { t: 'opaque', text: `{${script.text}}`, reason: 'the script block is not one expression' };
  }
  if (script !== undefined) return opaque('-FilterScript is not a script block');
  const rest = [...args.positional];
  const property = args.named.has('property') ? args.named.get('property') : rest.shift();
  if (typeof property !== 'string') return opaque('the property is not a name');
  const hasValue = args.named.has('value') || rest.length > 0;
  const value = args.named.has('value') ? args.named.get('value') : rest.shift();
  if (rest.length > 0) return opaque('more arguments than a property and a value');
  const text = describeArgs(stage.args);
  if (args.named.get('not') === true) return { t: 'not', item: { t: 'truthy', property, text }, text };
  const switches = [...args.named.entries()].filter(([k, v]) => v === true && !['property', 'value', 'verbose', 'debug'].includes(k));
  if (switches.length > 1) return opaque('several operators');
  if (switches.length === 0 && !hasValue) return { t: 'truthy', property, text };
  const op = comparisonOperator(`-${switches[0]?.[0] ?? 'eq'}`);
  if (!op) return opaque(`the -${switches[0]![0]} operator`);
  const v = value === undefined ? null : value;
  if (!isConstantValue(v)) return opaque('the value is not a text, number, Boolean or date');
  return { t: 'compare', property, op: op.op, caseSensitive: op.caseSensitive, value: v, propertyOnRight: false, text };
}

function describeArgs(args: readonly BindArgument[]): string {
  return args
    .map((a) => (a.kind === 'positional' ? show(a.value) : a.hasValue ? `-${a.name}:${show(a.value)}` : `-${a.name}`))
    .join(' ');
}

function show(v: unknown): string {
  if (v instanceof ScriptBlockValue) return `{${v.text}}`;
  if (typeof v === 'string') return /\s/.test(v) || v === '' ? `'${v}'` : v;
  if (Array.isArray(v)) return v.map(show).join(',');
  return String(v);
}

const SELECT_FIRST_KEYS = new Set(['property', 'expandproperty', 'first', 'skip', 'verbose', 'debug', 'outvariable', 'errorvariable', 'erroraction', 'warningaction', 'informationaction']);

/** `Select-Object -First N [-Skip M] [properties]` → N + M objects at most; undefined otherwise. */
function firstOf(stage: PipelineStagePlan): number | undefined {
  const args = readArguments(stage.args, shapesOf(stage.definition));
  if (!args || ![...args.named.keys()].every((k) => SELECT_FIRST_KEYS.has(k))) return undefined;
  const first = args.named.get('first');
  const skip = args.named.get('skip') ?? 0;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1) return undefined;
  if (typeof skip !== 'number' || !Number.isInteger(skip) || skip < 0) return undefined;
  return first + skip;
}

const SELECT_PROPERTY_KEYS = new Set(['property', 'expandproperty', 'first', 'skip', 'verbose', 'debug']);
const FORMAT_KEYS = new Set(['property', 'autosize', 'wrap', 'hidetableheaders', 'verbose', 'debug']);

/** Plain property names (no wildcard, no calculated property), or undefined. */
function plainNames(v: unknown): string[] | undefined {
  const items = Array.isArray(v) ? v : [v];
  if (items.length === 0) return undefined;
  const names: string[] = [];
  for (const i of items) {
    if (typeof i !== 'string' || i === '' || /[*?[\]`]/.test(i)) return undefined;
    names.push(i);
  }
  return names;
}

/**
 * Get-EXO* with -PropertySets/-Properties, then Where-Object stages reading plain properties of
 * `$_`, then Select-Object / Format-Table / Format-List with plain names: ask for those names only
 * (the Minimum set always comes too). Undefined when any stage may read more, when a name is not
 * a known property of the cmdlet, or when the user's projection would not have carried it (asking
 * for it would then change what the pipeline prints).
 */
function propertiesFor(cmdletName: string, args: ReadArguments, stages: readonly PipelineStagePlan[], next: number): string[] | undefined {
  if (!args.named.has('propertysets') && !args.named.has('properties')) return undefined;
  const needed: string[] = [];
  for (let i = 1; i < next; i++) {
    const reads = propertiesReadBy(stages[i]!);
    if (!reads) return undefined;
    needed.push(...reads);
  }
  const last = stages[next];
  if (!last) return undefined;
  const lastArgs = readArguments(last.args, shapesOf(last.definition));
  if (!lastArgs) return undefined;
  let names: string[] | undefined;
  if (isCommand(last, 'Select-Object')) {
    if (![...lastArgs.named.keys()].every((k) => SELECT_PROPERTY_KEYS.has(k))) return undefined;
    const property = lastArgs.named.get('property') ?? (lastArgs.positional.length === 1 ? lastArgs.positional[0] : undefined);
    const expand = lastArgs.named.get('expandproperty');
    names = [...(property === undefined ? [] : (plainNames(property) ?? ['*'])), ...(expand === undefined ? [] : (plainNames(expand) ?? ['*']))];
    if (names.length === 0 || names.includes('*') || lastArgs.positional.length > (lastArgs.named.has('property') ? 0 : 1)) return undefined;
  } else if (isCommand(last, 'Format-Table') || isCommand(last, 'Format-List')) {
    if (![...lastArgs.named.keys()].every((k) => FORMAT_KEYS.has(k))) return undefined;
    const property = lastArgs.named.get('property') ?? (lastArgs.positional.length === 1 ? lastArgs.positional[0] : undefined);
    names = property === undefined ? undefined : plainNames(property);
    if (!names || lastArgs.positional.length > (lastArgs.named.has('property') ? 0 : 1)) return undefined;
  } else return undefined;
  needed.push(...names);

  const sets = readCmdletAsset().propertySets[cmdletName] ?? {};
  const known = new Map<string, string>();
  for (const list of Object.values(sets)) for (const n of list) known.set(n.toLowerCase(), n);
  const minimum = new Set((sets['Minimum'] ?? []).map((n) => n.toLowerCase()));
  const projection = projectionOf(cmdletName, args);
  const wanted = new Map<string, string>();
  for (const n of needed) {
    const lower = n.toLowerCase();
    const canonical = known.get(lower);
    if (!canonical || (projection !== 'all' && !projection.has(lower))) return undefined;
    if (!minimum.has(lower)) wanted.set(lower, canonical);
  }
  const result = [...wanted.values()];
  // Nothing to save when the user asked for exactly these already.
  const asked = listOf(args.named.get('properties')).map((n) => n.toLowerCase());
  if (!args.named.has('propertysets') && asked.length === result.length && result.every((r) => asked.includes(r.toLowerCase()))) return undefined;
  return result;
}

/** Property names of `$_` a Where-Object stage reads, when it reads nothing else of `$_`. */
function propertiesReadBy(stage: PipelineStagePlan): string[] | undefined {
  const args = readArguments(stage.args, shapesOf(stage.definition));
  if (!args) return undefined;
  const script = args.named.get('filterscript') ?? (args.positional[0] instanceof ScriptBlockValue ? args.positional[0] : undefined);
  if (!(script instanceof ScriptBlockValue)) {
    const property = args.named.get('property') ?? args.positional[0];
    return typeof property === 'string' && !/[*?[\]]/.test(property) ? [property] : undefined;
  }
  const block = parseBlock(script);
  if (!block) return undefined;
  const names: string[] = [];
  let other = false;
  const visit = (node: unknown, parent: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, parent);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string } & Record<string, unknown>;
    if (n.type === 'Variable') {
      const name = String(n['name']).toLowerCase();
      if (name === '_' || name === 'psitem' || name === 'this' || name === 'input') {
        const p = parent as Expression | undefined;
        const member = p && p.type === 'Member' && p.target === node && !p.isStatic && p.member.type === 'StringConstant' ? p.member.value : undefined;
        if (member === undefined) other = true;
        else names.push(member);
      }
    }
    if (n.type === 'Command' || n.type === 'InvokeMember' || n.type === 'ScriptBlockExpression') other = true;
    for (const [key, value] of Object.entries(n)) if (key !== 'extent' && typeof value === 'object') visit(value, node);
  };
  visit(block, undefined);
  return other ? undefined : names;
}
