// Runs PowerShell text in a fresh session with the local cmdlets; outputs as pwsh would print
// each object on its own line (strings as they are, others by their string conversion).
import { expect } from 'vitest';
import { Session } from '../../src/local-session.js';
import { toStringValue } from '../../src/runtime/conversions.js';

export async function ps(text: string): Promise<string[]> {
  const r = await new Session().run(text);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return r.output.map((v) => toStringValue(v));
}

/** The messages of the errors the text reports (non-terminating or terminating). */
export async function psErrors(text: string): Promise<string[]> {
  const r = await new Session().run(text);
  return r.errors.map((e) => e.message);
}

/** What the session prints for the text, as the console would show it. */
export async function psFormat(text: string): Promise<string> {
  const s = new Session();
  const r = await s.run(text);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return s.format(r.output);
}
