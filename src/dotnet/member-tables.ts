// The shapes of the member tables the .NET emulation is written as: instance methods keyed by
// lower-cased name per value kind, static members keyed by full type name. The engine reaches
// script blocks only through MethodHooks, so no type family needs the compiler.

import { ScriptBlockValue } from '../runtime/values.js';

/** What methods that run script blocks (`.ForEach({})`, `.Where({})`, `$sb.Invoke()`) need. */
export interface MethodHooks {
  invoke(block: ScriptBlockValue, dollarUnder: unknown, args?: unknown[]): unknown[];
}

/** An instance method on a value of kind T. */
export type Method<T> = (self: T, args: unknown[], name: string, hooks?: MethodHooks) => unknown;

export type StaticMethod = (args: unknown[], name: string, hooks?: MethodHooks) => unknown;

/** A type's static surface: `[type]::Property` and `[type]::Method(args)`. */
export interface StaticType {
  properties?: Record<string, () => unknown>;
  methods?: Record<string, StaticMethod>;
}
