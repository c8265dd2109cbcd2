// Measure-Object: count, sum, average, min, max, standard deviation over the input or its
// properties (GenericMeasureInfo), or lines/words/characters of text (TextMeasureInfo).
import { double, numberOf, PSNumber } from '../dotnet/numeric-types.js';
import type { CommandContext, CommandDefinition, CommandInstance } from '../runtime/command.js';
import { PSObject } from '../runtime/values.js';
import { toNumber, toStringValue } from '../runtime/conversions.js';
import { getMember } from '../runtime/member-access.js';
import { inputOf } from './pipeline-input.js';
import { parsePropertySpecs, type PropertySpec } from './calculated-property.js';
import { expandNames, hasProperty } from './properties.js';
import { compareForSort } from './sort-object.js';
import { cmdletError } from './cmdlet-errors.js';
import { runLoop } from '../runtime/async.js';

const NAME = 'Measure-Object';

interface Stat {
  property: string | null;
  count: number;
  sum: number;
  sumSquares: number;
  min: unknown;
  max: unknown;
  lines: number;
  words: number;
  chars: number;
}

const newStat = (property: string | null): Stat => ({ property, count: 0, sum: 0, sumSquares: 0, min: undefined, max: undefined, lines: 0, words: 0, chars: 0 });

function create(ctx: CommandContext): CommandInstance {
  const p = ctx.params;
  const all = p.AllStats === true;
  const want = {
    sum: all || p.Sum === true,
    average: all || p.Average === true,
    min: all || p.Minimum === true,
    max: all || p.Maximum === true,
    sd: all || p.StandardDeviation === true,
  };
  const needNumbers = want.sum || want.average || want.sd;
  const text = p.Line === true || p.Word === true || p.Character === true;
  const specs: PropertySpec[] | undefined = p.Property != null ? parsePropertySpecs(ctx, NAME, p.Property as unknown[]) : undefined;
  const stats = new Map<string, Stat>();
  const order: Stat[] = [];
  const statFor = (name: string | null): Stat => {
    const key = name?.toLowerCase() ?? '';
    let s = stats.get(key);
    if (!s) {
      s = newStat(name);
      stats.set(key, s);
      order.push(s);
    }
    return s;
  };
  const whole = specs ? undefined : statFor(null);
  const onlyCount = !needNumbers && !want.min && !want.max && !text;
  const ignoreWs = p.IgnoreWhiteSpace === true;

  function add(s: Stat, value: unknown) {
    if (value === null || value === undefined) return;
    s.count++;
    if (onlyCount) return;
    if (text) {
      const str = toStringValue(value);
      s.lines += str.split(/\r?\n/).filter((l) => l.length > 0).length;
      s.words += str.split(/\s+/).filter((w) => w.length > 0).length;
      s.chars += ignoreWs ? str.replace(/\s/g, '').length : str.length;
      return;
    }
    if (needNumbers) {
      const n = numeric(value);
      if (n === undefined) {
        ctx.writeError(
          cmdletError(NAME, `Input object "${toStringValue(value)}" is not numeric.`, 'NonNumericInputObject', 'InvalidType', value),
        );
        s.count--;
        return;
      }
      s.sum += n;
      s.sumSquares += n * n;
    }
    if (want.min || want.max) {
      const v = typeof value === 'string' && numeric(value) !== undefined ? numeric(value) : value;
      if (want.min && (s.min === undefined || compareForSort(v, s.min, false) < 0)) s.min = v;
      if (want.max && (s.max === undefined || compareForSort(v, s.max, false) > 0)) s.max = v;
    }
  }

  return {
    process(input) {
      const obj = inputOf(ctx, input);
      if (obj === undefined) return;
      if (whole) {
        add(whole, obj);
        return;
      }
      // A calculated property whose block ran asynchronous commands is awaited before the next one.
      let i = 0;
      return runLoop(() => {
        if (i >= specs!.length) return false;
        const spec = specs![i++]!;
        if (spec.kind === 'calculated') {
          const st = statFor(spec.name);
          const v = spec.get(obj);
          if (v instanceof Promise) return v.then((value) => (add(st, value), true));
          add(st, v);
          return true;
        }
        for (const name of expandNames(obj, [spec.pattern])) {
          if (hasProperty(obj, name)) add(statFor(name), getMember(obj, name));
        }
        return true;
      });
    },
    end() {
      // PowerShell 7.3+: a property no object has gives no result at all (an error only under
      // strict mode), so `$null | Measure-Object Pay -Sum` prints nothing.
      return ctx.writeEnumerated(order.map((s) => (text ? textInfo(s, p) : genericInfo(s, want))));
    },
  };
}

/** Measure-Object reports every statistic of numbers as a Double (`(1,2 | measure -Sum).Sum` is 3.0). */
function asDouble(v: unknown): unknown {
  const n = numberOf(v);
  return n === undefined ? (v ?? null) : double(n);
}

function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PSNumber) return v.value;
  try {
    const n = toNumber(v);
    return typeof n === 'number' && !Number.isNaN(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

function genericInfo(s: Stat, want: { sum: boolean; average: boolean; min: boolean; max: boolean; sd: boolean }): PSObject {
  const avg = s.count ? s.sum / s.count : null;
  let sd: number | null = null;
  if (want.sd && s.count > 1) sd = Math.sqrt((s.sumSquares - s.count * (s.sum / s.count) ** 2) / (s.count - 1));
  else if (want.sd && s.count === 1) sd = 0;
  return PSObject.fromEntries(
    [
      ['Count', s.count],
      ['Average', want.average && avg !== null ? double(avg) : null],
      ['Sum', want.sum ? double(s.sum) : null],
      ['Maximum', want.max ? asDouble(s.max) : null],
      ['Minimum', want.min ? asDouble(s.min) : null],
      ['StandardDeviation', sd === null ? null : double(sd)],
      ['Property', s.property],
    ],
    ['Microsoft.PowerShell.Commands.GenericMeasureInfo', 'Microsoft.PowerShell.Commands.MeasureInfo', 'System.Object'],
  );
}

function textInfo(s: Stat, p: Readonly<Record<string, unknown>>): PSObject {
  return PSObject.fromEntries(
    [
      ['Lines', p.Line === true ? s.lines : null],
      ['Words', p.Word === true ? s.words : null],
      ['Characters', p.Character === true ? s.chars : null],
      ['Property', s.property],
    ],
    ['Microsoft.PowerShell.Commands.TextMeasureInfo', 'Microsoft.PowerShell.Commands.MeasureInfo', 'System.Object'],
  );
}

const G = ['GenericMeasure'];
const T = ['TextMeasure'];

export const measureObject: CommandDefinition = {
  metadata: {
    name: NAME,
    aliases: ['measure'],
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'GenericMeasure',
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Property', type: 'object[]', position: 0 },
      { name: 'StandardDeviation', type: 'switch', parameterSets: G },
      { name: 'Sum', type: 'switch', parameterSets: G },
      { name: 'AllStats', type: 'switch', parameterSets: G },
      { name: 'Average', type: 'switch', parameterSets: G },
      { name: 'Maximum', type: 'switch', parameterSets: G },
      { name: 'Minimum', type: 'switch', parameterSets: G },
      { name: 'Line', type: 'switch', parameterSets: T },
      { name: 'Word', type: 'switch', parameterSets: T },
      { name: 'Character', type: 'switch', parameterSets: T },
      { name: 'IgnoreWhiteSpace', type: 'switch', parameterSets: T },
    ],
    help: {
      synopsis: 'Calculates the numeric properties of objects, and the characters, words, and lines in string objects.',
      examples: [
        { code: 'Get-Mailbox | Measure-Object', remarks: 'Counts the mailboxes.' },
        { code: '1..10 | Measure-Object -Sum -Average -Maximum -Minimum', remarks: 'Count 10, Average 5.5, Sum 55, Maximum 10, Minimum 1.' },
        { code: 'Get-Content notes.txt | Measure-Object -Line -Word -Character', remarks: 'Text statistics.' },
      ],
    },
  },
  create,
};
