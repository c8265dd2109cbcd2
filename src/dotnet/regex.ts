// [regex]: static Escape/Match/Replace/Split and a regex value's methods, over JS RegExp.

import { toArray } from '../runtime/conversions.js';
import { compileRegex, expandReplacement, matchObject, regexEscape } from '../runtime/operators-regex.js';
import { PSObject, PSRegex, ScriptBlockValue } from '../runtime/values.js';
import { int, str } from './arguments.js';
import { Method, MethodHooks, StaticType } from './member-tables.js';
import { methodError } from './method-errors.js';

function regexOptionsOf(v: unknown): { ignoreCase: boolean; multiline: boolean; singleline: boolean } {
  const s = toArray(v).map(str).join(',').toLowerCase();
  return { ignoreCase: s.includes('ignorecase'), multiline: s.includes('multiline'), singleline: s.includes('singleline') };
}

export const REGEX: StaticType = {
  methods: {
    escape: (a) => regexEscape(str(a[0])),
    unescape: (a) => str(a[0]).replace(/\\(.)/g, '$1'),
    ismatch: (a) => compileRegex(str(a[1]), a.length > 2 ? regexOptionsOf(a[2]) : {}).test(str(a[0])),
    match: (a) => {
      const re = compileRegex(str(a[1]), a.length > 2 ? regexOptionsOf(a[2]) : {});
      const m = re.exec(str(a[0]));
      re.lastIndex = 0;
      return m ? matchObject(m) : failedMatch();
    },
    matches: (a) => {
      const re = compileRegex(str(a[1]), a.length > 2 ? regexOptionsOf(a[2]) : {});
      return [...str(a[0]).matchAll(re)].map((m) => matchObject(m as RegExpExecArray));
    },
    replace: (a, _n, hooks) => regexReplace(compileRegex(str(a[1]), a.length > 3 ? regexOptionsOf(a[3]) : {}), str(a[0]), a[2], hooks),
    split: (a) => str(a[0]).split(new RegExp(compileRegex(str(a[1]), a.length > 2 ? regexOptionsOf(a[2]) : {}).source, a.length > 2 && regexOptionsOf(a[2]).ignoreCase ? 'i' : '')),
    new: (a) => {
      const opts = a.length > 1 ? toArray(a[1]).map(str).join(',').split(/\s*,\s*/).filter(Boolean) : [];
      const r = new PSRegex(str(a[0]), opts.some((o) => o.toLowerCase() === 'ignorecase'), opts);
      compileRegex(r.pattern, regexOptionsOf(opts));
      return r;
    },
  },
};

export const REGEX_METHODS: Record<string, Method<PSRegex>> = {
  ismatch: (r, a) => regexOf(r).test(str(a[0])),
  match: (r, a) => {
    const re = regexOf(r);
    re.lastIndex = a.length > 1 ? int(a[1]) : 0;
    const m = re.exec(str(a[0]));
    re.lastIndex = 0;
    return m ? matchObject(m) : failedMatch();
  },
  matches: (r, a) => {
    const re = regexOf(r);
    const out = [...str(a[0]).matchAll(re)].map((m) => matchObject(m as RegExpExecArray));
    re.lastIndex = 0;
    return out;
  },
  replace: (r, a, _n, hooks) => regexReplace(regexOf(r), str(a[0]), a[1], hooks),
  split: (r, a) => str(a[0]).split(regexOf(r)),
  tostring: (r) => r.pattern,
  getgroupnames: (r) => {
    const names = ['0'];
    let i = 0;
    for (const m of r.pattern.matchAll(/\((?!\?)|\(\?<([A-Za-z_]\w*)>/g)) names.push(m[1] ?? String(++i));
    return names;
  },
};

export function regexOf(r: PSRegex): RegExp {
  return compileRegex(r.pattern, { ignoreCase: r.ignoreCase || r.options.some((o) => o.toLowerCase() === 'ignorecase'), multiline: r.options.some((o) => o.toLowerCase() === 'multiline'), singleline: r.options.some((o) => o.toLowerCase() === 'singleline') });
}

export function failedMatch(): PSObject {
  return PSObject.fromEntries(
    [
      ['Groups', []],
      ['Success', false],
      ['Name', '0'],
      ['Captures', []],
      ['Index', 0],
      ['Length', 0],
      ['Value', ''],
    ],
    ['System.Text.RegularExpressions.Match', 'System.Object'],
  );
}

export function regexReplace(re: RegExp, input: string, replacement: unknown, hooks?: MethodHooks): string {
  const out = input.replace(re, (...args: unknown[]) => {
    const hasGroups = typeof args[args.length - 1] === 'object' && args[args.length - 1] !== null;
    const offsetIndex = hasGroups ? args.length - 3 : args.length - 2;
    const m = args.slice(0, offsetIndex) as unknown as RegExpExecArray;
    m.index = args[offsetIndex] as number;
    m.input = input;
    if (hasGroups) m.groups = args[args.length - 1] as Record<string, string>;
    if (replacement instanceof ScriptBlockValue) {
      if (!hooks) throw methodError('Script block methods need the engine.', 'NotSupported');
      return hooks.invoke(replacement, matchObject(m), [matchObject(m)]).map(str).join('');
    }
    return expandReplacement(str(replacement), m);
  });
  re.lastIndex = 0;
  return out;
}
