// Where-Object: the script-block form and the simplified `Where-Object Name -eq x` forms, one
// parameter set per comparison operator as PowerShell declares them.
import type { CommandDefinition, CommandContext, ParameterMetadata } from '../runtime/command.js';
import type { ScriptBlockValue } from '../runtime/values.js';
import { toBool } from '../runtime/conversions.js';
import { binaryOperator } from '../runtime/operators.js';
import { getMember } from '../runtime/member-access.js';
import { inputOf, isTrueResult } from './pipeline-input.js';

/** Switch parameter → [its parameter set, the PowerShell operator, aliases]. */
const OPERATORS: [string, string, string, string[]][] = [
  ['EQ', 'EqualSet', '-eq', ['IEQ']],
  ['CEQ', 'CaseSensitiveEqualSet', '-ceq', []],
  ['NE', 'NotEqualSet', '-ne', ['INE']],
  ['CNE', 'CaseSensitiveNotEqualSet', '-cne', []],
  ['GT', 'GreaterThanSet', '-gt', ['IGT']],
  ['CGT', 'CaseSensitiveGreaterThanSet', '-cgt', []],
  ['LT', 'LessThanSet', '-lt', ['ILT']],
  ['CLT', 'CaseSensitiveLessThanSet', '-clt', []],
  ['GE', 'GreaterOrEqualSet', '-ge', ['IGE']],
  ['CGE', 'CaseSensitiveGreaterOrEqualSet', '-cge', []],
  ['LE', 'LessOrEqualSet', '-le', ['ILE']],
  ['CLE', 'CaseSensitiveLessOrEqualSet', '-cle', []],
  ['Like', 'LikeSet', '-like', ['ILike']],
  ['CLike', 'CaseSensitiveLikeSet', '-clike', []],
  ['NotLike', 'NotLikeSet', '-notlike', ['INotLike']],
  ['CNotLike', 'CaseSensitiveNotLikeSet', '-cnotlike', []],
  ['Match', 'MatchSet', '-match', ['IMatch']],
  ['CMatch', 'CaseSensitiveMatchSet', '-cmatch', []],
  ['NotMatch', 'NotMatchSet', '-notmatch', ['INotMatch']],
  ['CNotMatch', 'CaseSensitiveNotMatchSet', '-cnotmatch', []],
  ['Contains', 'ContainsSet', '-contains', ['IContains']],
  ['CContains', 'CaseSensitiveContainsSet', '-ccontains', []],
  ['NotContains', 'NotContainsSet', '-notcontains', ['INotContains']],
  ['CNotContains', 'CaseSensitiveNotContainsSet', '-cnotcontains', []],
  ['In', 'InSet', '-in', ['IIn']],
  ['CIn', 'CaseSensitiveInSet', '-cin', []],
  ['NotIn', 'NotInSet', '-notin', ['INotIn']],
  ['CNotIn', 'CaseSensitiveNotInSet', '-cnotin', []],
  ['Is', 'IsSet', '-is', []],
  ['IsNot', 'IsNotSet', '-isnot', []],
];

const comparisonSets = [...OPERATORS.map((o) => o[1]), 'Not'];

const parameters: ParameterMetadata[] = [
  { name: 'InputObject', type: 'psobject', valueFromPipeline: true, description: 'The objects to filter.' },
  {
    name: 'FilterScript',
    type: 'scriptblock',
    parameterSets: ['ScriptBlockSet'],
    mandatory: true,
    position: 0,
    description: 'The script block that decides, for each object in $_, whether it passes.',
  },
  {
    name: 'Property',
    type: 'string',
    parameterSets: comparisonSets,
    mandatory: true,
    position: 0,
    description: 'The name of the property to compare.',
  },
  {
    name: 'Value',
    type: 'object',
    parameterSets: OPERATORS.map((o) => o[1]),
    position: 1,
    description: 'The value to compare the property with.',
  },
  ...OPERATORS.map(
    ([name, set, , aliases]): ParameterMetadata => ({
      name,
      type: 'switch',
      parameterSets: [set],
      // -EQ is optional: `Where-Object Name` alone (truthiness) binds to the default EqualSet.
      mandatory: name !== 'EQ',
      aliases: aliases.length ? aliases : undefined,
    }),
  ),
  { name: 'Not', type: 'switch', parameterSets: ['Not'], mandatory: true, description: 'Objects whose property is false or absent pass.' },
];

function create(ctx: CommandContext) {
  const p = ctx.params;
  if (ctx.parameterSetName === 'ScriptBlockSet' || (p.FilterScript !== undefined && p.Property === undefined)) {
    const block = p.FilterScript as ScriptBlockValue;
    const piped = ctx.expectingInput;
    return {
      process(input: unknown) {
        const item = piped ? input : inputOf(ctx, input);
        if (item === undefined) return;
        const r = ctx.invoke(block, item);
        if (Array.isArray(r)) {
          // Hot path: a comparison yields exactly one boolean.
          if (r.length === 1 ? r[0] === true || (r[0] !== false && toBool(r[0])) : r.length > 1) return ctx.write(item);
          return;
        }
        return r.then((out) => (isTrueResult(out) ? ctx.write(item) : undefined));
      },
    };
  }
  const property = String(p.Property);
  const test = comparisonFor(ctx);
  return {
    process(input: unknown) {
      const item = inputOf(ctx, input);
      if (item === undefined) return;
      if (test(getMember(item, property))) return ctx.write(item);
    },
  };
}

function comparisonFor(ctx: CommandContext): (lhs: unknown) => boolean {
  const p = ctx.params;
  if (p.Not === true) return (lhs) => !toBool(lhs);
  const chosen = OPERATORS.find(([name]) => p[name] === true);
  if (!chosen && !ctx.bound.has('Value')) return (lhs) => toBool(lhs);
  const op = binaryOperator(chosen ? chosen[2] : '-eq');
  const value = p.Value ?? null;
  return (lhs) => toBool(op(lhs, value));
}

export const whereObject: CommandDefinition = {
  metadata: {
    name: 'Where-Object',
    aliases: ['where', '?'],
    module: 'Microsoft.PowerShell.Core',
    commandType: 'Cmdlet',
    defaultParameterSet: 'EqualSet',
    parameters,
    help: {
      synopsis: 'Selects objects from a collection based on their property values.',
      description:
        'Passes on the input objects for which the script block returns true, or whose property compares as asked with the simplified syntax.',
      examples: [
        { code: 'Get-Mailbox | Where-Object { $_.ProhibitSendQuota -ne "Unlimited" }', remarks: 'Script block form: $_ is the current object.' },
        { code: "Get-Mailbox | Where-Object RecipientTypeDetails -eq 'SharedMailbox'", remarks: 'Simplified syntax with a comparison operator.' },
        { code: '1..10 | ? { $_ % 2 }', remarks: 'The ? alias; odd numbers pass.' },
      ],
    },
  },
  create,
};
