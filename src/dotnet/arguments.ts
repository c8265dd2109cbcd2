// How the .NET emulation reads its arguments: PowerShell converts them to the parameter's type.

import { toNumber, toStringValue } from '../runtime/conversions.js';
import { PSChar } from '../runtime/values.js';
import { overloadNotFound } from './method-errors.js';

export function str(v: unknown): string {
  return toStringValue(v);
}

export function num(v: unknown): number {
  return toNumber(v);
}

export function int(v: unknown): number {
  const n = toNumber(v);
  return Math.trunc(n);
}

export function arity(name: string, args: unknown[], ...allowed: number[]): void {
  if (!allowed.includes(args.length)) throw overloadNotFound(name, args.length);
}

/** A char or string argument as a string (Split/Trim accept char arrays too). */
export function charsOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => (x instanceof PSChar ? x.toString() : str(x)));
  if (v instanceof PSChar) return [v.toString()];
  return [str(v)];
}

export function stringComparisonIgnoresCase(v: unknown): boolean {
  const s = str(v).toLowerCase();
  return s.endsWith('ignorecase') || s === 'true';
}
