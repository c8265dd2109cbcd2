// A stage's evaluated arguments read the way the binder will bind them (names resolved by exact
// name, alias or unique prefix; `-Name value` pairs joined), without binding: the planner runs
// before binding and must never fail, so anything it cannot read makes it leave the stage alone.
import { isCommonParameter } from '../../runtime/binder.js';
import type { BindArgument } from '../../runtime/binder.js';

/** What the planner needs of a parameter: its name, aliases, and whether it is a switch. */
export interface ParameterShape {
  name: string;
  aliases?: readonly string[];
  switch: boolean;
}

export interface ReadArguments {
  /** Canonical parameter name (lower-cased) → value (`true` for a switch given bare). */
  named: Map<string, unknown>;
  positional: unknown[];
}

const COMMON = [
  'Verbose',
  'Debug',
  'ErrorAction',
  'WarningAction',
  'InformationAction',
  'ProgressAction',
  'ErrorVariable',
  'WarningVariable',
  'InformationVariable',
  'OutVariable',
  'OutBuffer',
  'PipelineVariable',
  'WhatIf',
  'Confirm',
];
const COMMON_ALIASES: Record<string, string> = { vb: 'Verbose', db: 'Debug', ea: 'ErrorAction', wa: 'WarningAction', infa: 'InformationAction', proga: 'ProgressAction', ev: 'ErrorVariable', wv: 'WarningVariable', iv: 'InformationVariable', ov: 'OutVariable', ob: 'OutBuffer', pv: 'PipelineVariable', wi: 'WhatIf', cf: 'Confirm' };
const COMMON_SWITCHES = new Set(['verbose', 'debug', 'whatif', 'confirm']);

function resolve(name: string, parameters: readonly ParameterShape[]): { name: string; switch: boolean } | undefined {
  const lower = name.toLowerCase();
  const all: ParameterShape[] = [...parameters, ...COMMON.filter((c) => isCommonParameter(c)).map((c) => ({ name: c, switch: COMMON_SWITCHES.has(c.toLowerCase()) }))];
  const exact = all.find((p) => p.name.toLowerCase() === lower || p.aliases?.some((a) => a.toLowerCase() === lower));
  if (exact) return exact;
  const common = COMMON_ALIASES[lower];
  if (common) return { name: common, switch: COMMON_SWITCHES.has(common.toLowerCase()) };
  const prefixed = all.filter((p) => p.name.toLowerCase().startsWith(lower));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** Undefined when an argument names no parameter, or a parameter lacks its value. */
export function readArguments(args: readonly BindArgument[], parameters: readonly ParameterShape[]): ReadArguments | undefined {
  const named = new Map<string, unknown>();
  const positional: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.kind === 'positional') {
      positional.push(a.value);
      continue;
    }
    const p = resolve(a.name, parameters);
    if (!p) return undefined;
    const key = p.name.toLowerCase();
    if (named.has(key)) return undefined;
    if (a.hasValue) named.set(key, a.value);
    else if (p.switch) named.set(key, true);
    else {
      const next = args[i + 1];
      if (!next || next.kind !== 'positional') return undefined;
      named.set(key, next.value);
      i++;
    }
  }
  return { named, positional };
}
