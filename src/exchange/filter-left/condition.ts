// A Where-Object predicate as filter-left reads it: comparisons of one property of `$_` with a
// value known when the pipeline starts, joined by -and / -or / -not. Everything else is `opaque`
// (kept on the client, never pushed). Built from the script block's AST or from the simplified
// syntax (`Where-Object Department -eq Sales`).
import type { Command, Expression, Pipeline, ScriptBlock, Statement } from '../../language/ast.js';
import { PSDateTime } from '../../runtime/values.js';

/** Comparison operators without their i/c prefix. */
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'like' | 'notlike' | 'match' | 'notmatch' | 'contains' | 'notcontains' | 'in' | 'notin';

export type Condition =
  | { t: 'and'; items: Condition[]; text: string }
  | { t: 'or'; items: Condition[]; text: string }
  | { t: 'not'; item: Condition; text: string }
  /** `$_.P <op> value` — `propertyOnRight` when written `value <op> $_.P`. */
  | { t: 'compare'; property: string; op: CompareOp; caseSensitive: boolean; value: unknown; propertyOnRight: boolean; text: string }
  /** `$_.P` alone: the property's truthiness. */
  | { t: 'truthy'; property: string; text: string }
  | { t: 'opaque'; text: string; reason: string };

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin']);

/** `-ceq` → { op: 'eq', caseSensitive: true }; undefined for operators that are not comparisons. */
export function comparisonOperator(operator: string): { op: CompareOp; caseSensitive: boolean } | undefined {
  const bare = operator.toLowerCase().replace(/^-/, '');
  if (COMPARE_OPS.has(bare)) return { op: bare as CompareOp, caseSensitive: false };
  const prefix = bare[0];
  const rest = bare.slice(1);
  if ((prefix === 'i' || prefix === 'c') && COMPARE_OPS.has(rest)) return { op: rest as CompareOp, caseSensitive: prefix === 'c' };
  return undefined;
}

/** What a `$name` reads when the pipeline starts; `undefined` when it is not a usable constant. */
export type ConstantLookup = (name: string) => { value: unknown } | undefined;

/** Values a pushed comparison may use: texts, numbers, booleans, $null, dates, and lists of those. */
export function isConstantValue(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || v instanceof PSDateTime) return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.length <= 100 && v.every((x) => !Array.isArray(x) && isConstantValue(x));
  return false;
}

/**
 * A script block's body as a condition, or undefined when the block is not one expression
 * (statements, named blocks, param(), several pipelines...).
 */
export function conditionOfScriptBlock(block: ScriptBlock, source: string, constant: ConstantLookup): Condition | undefined {
  if (block.paramBlock || block.begin || block.process || block.clean || block.dynamicParam || !block.end) return undefined;
  const statements = block.end.statements;
  if (statements.length !== 1 || block.end.traps.length > 0) return undefined;
  const expr = soleExpression(statements[0]!);
  return expr ? conditionOf(expr, source, constant) : undefined;
}

function soleExpression(statement: Statement): Expression | undefined {
  if (statement.type !== 'Pipeline') return undefined;
  const p = statement as Pipeline;
  if (p.background || p.elements.length !== 1) return undefined;
  const e = p.elements[0]!;
  if (e.type !== 'CommandExpression' || e.redirections.length > 0) return undefined;
  return e.expression;
}

const textOf = (e: Expression, source: string): string => source.slice(e.extent.start, e.extent.end);

/** `$_.Name` / `$PSItem.Name` / `$_?.Name` → `Name`. */
export function itemProperty(e: Expression): string | undefined {
  if (e.type !== 'Member' || e.isStatic) return undefined;
  const target = e.target;
  if (target.type !== 'Variable' || target.scope !== undefined || target.splatted) return undefined;
  const n = target.name.toLowerCase();
  if (n !== '_' && n !== 'psitem') return undefined;
  return e.member.type === 'StringConstant' && e.member.value !== '' ? e.member.value : undefined;
}

export function conditionOf(e: Expression, source: string, constant: ConstantLookup): Condition {
  const text = textOf(e, source);
  switch (e.type) {
    case 'Paren': {
      const inner = soleExpression(e.pipeline);
      return inner ? conditionOf(inner, source, constant) : { t: 'opaque', text, reason: 'a statement, not an expression' };
    }
    case 'Unary':
      if (e.operator === '-not' || e.operator === '!') return { t: 'not', item: conditionOf(e.operand, source, constant), text };
      return { t: 'opaque', text, reason: `the ${e.operator} operator` };
    case 'Member': {
      const property = itemProperty(e);
      return property ? { t: 'truthy', property, text } : { t: 'opaque', text, reason: 'not a property of $_' };
    }
    case 'Binary': {
      const op = e.operator.toLowerCase();
      if (op === '-and' || op === '-or') {
        const kind = op === '-and' ? 'and' : 'or';
        const items: Condition[] = [];
        for (const side of [e.left, e.right]) {
          const c = conditionOf(side, source, constant);
          if (c.t === kind) items.push(...c.items);
          else items.push(c);
        }
        return { t: kind, items, text };
      }
      const cmp = comparisonOperator(op);
      if (!cmp) return { t: 'opaque', text, reason: `the ${e.operator} operator` };
      const left = itemProperty(e.left);
      const right = itemProperty(e.right);
      if ((left === undefined) === (right === undefined)) return { t: 'opaque', text, reason: 'not a comparison of one property of $_ with a value' };
      const other = left !== undefined ? e.right : e.left;
      const value = constantOf(other, constant);
      if (!value) return { t: 'opaque', text, reason: `${textOf(other, source)} is not a constant when the pipeline starts` };
      return { t: 'compare', property: (left ?? right)!, op: cmp.op, caseSensitive: cmp.caseSensitive, value: value.value, propertyOnRight: left === undefined, text };
    }
    default:
      return { t: 'opaque', text, reason: 'not a comparison' };
  }
}

/** The value of an expression that needs no evaluation beyond reading constant variables. */
export function constantOf(e: Expression, constant: ConstantLookup): { value: unknown } | undefined {
  switch (e.type) {
    case 'Number':
      return e.numberType === 'bigint' || e.numberType === 'decimal' ? undefined : { value: e.value };
    case 'StringConstant':
      return { value: e.value };
    case 'ExpandableString':
      return e.parts.every((p) => typeof p === 'string') ? { value: e.parts.join('') } : undefined;
    case 'Variable': {
      if (e.splatted || (e.scope !== undefined && !/^(global|script|local)$/i.test(e.scope))) return undefined;
      const n = e.name.toLowerCase();
      if (n === 'true') return { value: true };
      if (n === 'false') return { value: false };
      if (n === 'null') return { value: null };
      if (n === '_' || n === 'psitem') return undefined;
      const found = constant(e.name);
      return found && isConstantValue(found.value) ? found : undefined;
    }
    case 'Unary':
      if (e.operator === '-' && e.operand.type === 'Number') return { value: -e.operand.value };
      return undefined;
    case 'ArrayLiteral': {
      const values: unknown[] = [];
      for (const el of e.elements) {
        const v = constantOf(el, constant);
        if (!v || Array.isArray(v.value)) return undefined;
        values.push(v.value);
      }
      return { value: values };
    }
    case 'ArrayExpression': {
      if (e.body.statements.length === 0) return { value: [] };
      if (e.body.statements.length !== 1) return undefined;
      const inner = soleExpression(e.body.statements[0]!);
      const v = inner ? constantOf(inner, constant) : undefined;
      if (!v) return undefined;
      return { value: Array.isArray(v.value) ? v.value : [v.value] };
    }
    case 'Paren': {
      const inner = soleExpression(e.pipeline);
      return inner ? constantOf(inner, constant) : undefined;
    }
    default:
      return undefined;
  }
}

/** Every variable a script block assigns (or may assign: loops, ++, -OutVariable...). */
export function assignedVariables(block: ScriptBlock): { names: Set<string>; anything: boolean; commands: string[] } {
  const names = new Set<string>();
  const commands: string[] = [];
  let anything = false;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string } & Record<string, unknown>;
    switch (n.type) {
      case 'Assignment':
        collectTargets(n['left'], names);
        break;
      case 'ForEach':
        collectTargets(n['variable'], names);
        break;
      case 'Unary':
        if (/^(\+\+|--|post\+\+|post--)$/.test(String(n['operator']))) collectTargets(n['operand'], names);
        break;
      case 'Command': {
        const c = n as unknown as Command;
        if (commandMaySetVariables(c)) anything = true;
        else commands.push((c.elements[0] as { value: string }).value);
        break;
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'extent' && typeof value === 'object') visit(value);
  };
  visit(block);
  return { names, anything, commands };
}

const VARIABLE_PARAMETERS = /^(ov|outvariable|pv|pipelinevariable|ev|errorvariable|wv|warningvariable|iv|informationvariable)$/i;

/** Set-Variable and friends, -OutVariable and the like, a dot-sourced command. */
function commandMaySetVariables(c: Command): boolean {
  if (c.invocationOperator === '.') return true;
  const name = c.elements[0];
  if (!name || name.type !== 'StringConstant' || /variable$/i.test(name.value)) return true;
  return c.elements.some((e) => e.type === 'CommandParameter' && VARIABLE_PARAMETERS.test(e.name));
}

function collectTargets(node: unknown, into: Set<string>): void {
  if (node === null || typeof node !== 'object') return;
  const n = node as { type?: string; name?: string } & Record<string, unknown>;
  if (n.type === 'Variable' && typeof n.name === 'string') into.add(n.name.toLowerCase());
  for (const [key, value] of Object.entries(n)) if (key !== 'extent' && typeof value === 'object') collectTargets(value, into);
}
