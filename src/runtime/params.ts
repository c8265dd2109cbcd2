// A script block's param() turned into the CommandMetadata the binder reads, so functions bind
// with exactly the rules cmdlets do.
import type * as A from '../language/ast.js';
import type { ParameterMetadata, ParameterType } from './command.js';
import type { Expr, SourceUnit } from './frame.js';
import { resolveTypeName } from './types.js';
import { CONFIRM_IMPACTS, type ConfirmImpact } from './confirm.js';
import { hasValidation, type ValidationRules } from './validation.js';

export interface CompiledParam {
  name: string;
  meta: ParameterMetadata;
  /** Canonical .NET type for `[type]$x`, when not plain object. */
  typeName?: string;
  /** Its Validate* attributes, which keep checking assignments inside the function (`$n = 9`). */
  validation?: ValidationRules;
  defaultValue?: Expr;
}

export interface CompiledParams {
  params: CompiledParam[] | undefined;
  advanced: boolean;
  cmdletBinding: { defaultParameterSet?: string; supportsShouldProcess: boolean; positionalBinding: boolean; confirmImpact?: ConfirmImpact };
}

const PARAMETER_TYPES: Record<string, ParameterType> = {
  'system.object': 'object',
  'system.object[]': 'object[]',
  'system.string': 'string',
  'system.string[]': 'string[]',
  'system.int32': 'int',
  'system.int32[]': 'int[]',
  'system.int64': 'long',
  'system.double': 'double',
  'system.boolean': 'bool',
  'system.management.automation.switchparameter': 'switch',
  'system.management.automation.scriptblock': 'scriptblock',
  'system.management.automation.scriptblock[]': 'scriptblock[]',
  'system.collections.hashtable': 'hashtable',
  'system.collections.hashtable[]': 'hashtable[]',
  'system.datetime': 'datetime',
  'system.timespan': 'timespan',
  'system.management.automation.psobject': 'psobject',
  'system.char': 'char',
  'system.security.securestring': 'securestring',
  'system.management.automation.pscredential': 'pscredential',
};

function typeText(t: A.TypeName): string {
  let s = t.name;
  if (t.genericArguments.length > 0) s += '[' + t.genericArguments.map(typeText).join(',') + ']';
  if (t.arrayRank > 0) s += '[' + ','.repeat(t.arrayRank - 1) + ']';
  return s;
}

/** Attribute arguments are constants in practice: strings, numbers, $true/$false, arrays of those. */
export function staticValue(e: A.Expression | undefined): unknown {
  if (!e) return true;
  switch (e.type) {
    case 'StringConstant':
    case 'Number':
      return e.value;
    case 'Variable': {
      const n = e.name.toLowerCase();
      return n === 'true' ? true : n === 'false' ? false : null;
    }
    case 'ArrayLiteral':
      return e.elements.map(staticValue);
    case 'ArrayExpression':
      return e.body.statements.flatMap((s) => {
        if (s.type === 'Pipeline' && s.elements.length === 1 && s.elements[0]!.type === 'CommandExpression') {
          const v = staticValue(s.elements[0]!.expression);
          return Array.isArray(v) ? v : [v];
        }
        return [];
      });
    case 'Unary':
      if (e.operator === '-') return -(staticValue(e.operand) as number);
      if (e.operator === ',') return [staticValue(e.operand)];
      return undefined;
    case 'Paren':
      if (e.pipeline.type === 'Pipeline' && e.pipeline.elements.length === 1 && e.pipeline.elements[0]!.type === 'CommandExpression') {
        return staticValue(e.pipeline.elements[0]!.expression);
      }
      return undefined;
    case 'ExpandableString':
      return e.parts.map((p) => (typeof p === 'string' ? p : '')).join('');
    default:
      return undefined;
  }
}

function named(a: A.Attribute, name: string): { present: boolean; value: unknown } {
  const arg = a.namedArguments.find((n) => n.name.toLowerCase() === name.toLowerCase());
  if (!arg) return { present: false, value: undefined };
  return { present: true, value: staticValue(arg.value) };
}

function flagOf(a: A.Attribute, name: string): boolean {
  const n = named(a, name);
  return n.present && n.value !== false && n.value !== 0;
}

function stringsOf(args: A.Expression[]): string[] {
  return args.flatMap((x) => {
    const v = staticValue(x);
    return Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)];
  });
}

/** `[ValidateRange(1, 5)]`: the two numbers, when both are constants. */
function numberPair(a: A.Attribute): [number, number] | undefined {
  const [lo, hi] = a.positionalArguments.map(staticValue);
  return typeof lo === 'number' && typeof hi === 'number' ? [lo, hi] : undefined;
}

/**
 * Adds a Validate* attribute to the rules of a parameter or variable (`[ValidateSet('a','b')]$x`);
 * false when the attribute is not one of them.
 */
export function addValidationAttribute(a: A.Attribute, rules: ValidationRules): boolean {
  const n = a.typeName.name.toLowerCase().replace(/^system\.management\.automation\./, '').replace(/attribute$/, '');
  switch (n) {
    case 'validateset':
      rules.validateSet = stringsOf(a.positionalArguments);
      return true;
    case 'validatenotnullorempty':
      rules.validateNotNullOrEmpty = true;
      return true;
    case 'validatenotnull':
      rules.validateNotNull = true;
      return true;
    case 'validatepattern': {
      const pattern = a.positionalArguments.map(staticValue)[0];
      if (typeof pattern === 'string') rules.validatePattern = pattern;
      return true;
    }
    case 'validaterange':
      rules.validateRange = numberPair(a) ?? rules.validateRange;
      return true;
    case 'validatelength':
      rules.validateLength = numberPair(a) ?? rules.validateLength;
      return true;
    case 'validatecount':
      rules.validateCount = numberPair(a) ?? rules.validateCount;
      return true;
    default:
      return false;
  }
}

export function compileParams(
  parameters: A.Parameter[] | undefined,
  blockAttributes: A.AttributeBase[],
  unit: SourceUnit,
  compileDefault?: (e: A.Expression) => Expr,
): CompiledParams {
  const cmdletBinding: CompiledParams['cmdletBinding'] = { supportsShouldProcess: false, positionalBinding: true };
  let advanced = false;
  for (const a of blockAttributes) {
    if (a.type !== 'Attribute') continue;
    const n = a.typeName.name.toLowerCase();
    if (n === 'cmdletbinding' || n === 'system.management.automation.cmdletbindingattribute') {
      advanced = true;
      const d = named(a, 'DefaultParameterSetName');
      if (d.present && typeof d.value === 'string') cmdletBinding.defaultParameterSet = d.value;
      cmdletBinding.supportsShouldProcess = flagOf(a, 'SupportsShouldProcess');
      const ci = named(a, 'ConfirmImpact');
      const impact = ci.present ? CONFIRM_IMPACTS.find((x) => x.toLowerCase() === String(ci.value).toLowerCase()) : undefined;
      if (impact) cmdletBinding.confirmImpact = impact;
      const pb = named(a, 'PositionalBinding');
      if (pb.present && pb.value === false) cmdletBinding.positionalBinding = false;
    }
  }
  if (!parameters) return { params: undefined, advanced, cmdletBinding };
  const params: CompiledParam[] = [];
  let anyExplicitPosition = false;
  for (const p of parameters) {
    const meta: ParameterMetadata = { name: p.name, type: 'object' };
    let typeName: string | undefined;
    const sets: string[] = [];
    for (const a of p.attributes) {
      if (a.type === 'TypeConstraint') {
        const written = typeText(a.typeName);
        const full = resolveTypeName(written) ?? written;
        const mapped = PARAMETER_TYPES[full.toLowerCase()];
        if (mapped) meta.type = mapped;
        else if (full.endsWith('[]')) meta.type = 'object[]';
        if (!mapped || mapped === 'int' || mapped === 'long' || mapped === 'double' || mapped === 'datetime' || mapped === 'timespan' || mapped === 'char' || mapped === 'int[]') {
          typeName = full;
        }
        continue;
      }
      const n = a.typeName.name.toLowerCase().replace(/^system\.management\.automation\./, '').replace(/attribute$/, '');
      switch (n) {
        case 'parameter': {
          advanced = true;
          if (flagOf(a, 'Mandatory')) meta.mandatory = true;
          const pos = named(a, 'Position');
          if (pos.present && typeof pos.value === 'number') {
            meta.position = pos.value;
            anyExplicitPosition = true;
          }
          if (flagOf(a, 'ValueFromPipeline')) meta.valueFromPipeline = true;
          if (flagOf(a, 'ValueFromPipelineByPropertyName')) meta.valueFromPipelineByPropertyName = true;
          if (flagOf(a, 'ValueFromRemainingArguments')) meta.valueFromRemainingArguments = true;
          const set = named(a, 'ParameterSetName');
          if (set.present && typeof set.value === 'string' && set.value !== '__AllParameterSets') sets.push(set.value);
          const help = named(a, 'HelpMessage');
          if (help.present && typeof help.value === 'string') meta.description = help.value;
          break;
        }
        case 'alias':
          meta.aliases = [...(meta.aliases ?? []), ...stringsOf(a.positionalArguments)];
          break;
        case 'allownull':
          meta.allowNull = true;
          break;
        case 'allowemptystring':
          meta.allowEmptyString = true;
          break;
        case 'allowemptycollection':
          meta.allowEmptyCollection = true;
          break;
        default:
          addValidationAttribute(a, meta);
          break;
      }
    }
    if (sets.length > 0) meta.parameterSets = sets;
    params.push({ name: p.name, meta, typeName, validation: hasValidation(meta) ? meta : undefined, defaultValue: p.defaultValue && compileDefault ? compileDefault(p.defaultValue) : undefined });
  }
  // Without any explicit Position, parameters are positional in declaration order (switches excluded).
  if (!anyExplicitPosition && cmdletBinding.positionalBinding) {
    let i = 0;
    for (const p of params) if (p.meta.type !== 'switch') p.meta.position = i++;
  }
  void unit;
  return { params, advanced, cmdletBinding };
}
