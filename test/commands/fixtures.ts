// Shared example data for the object-cmdlet tests.
import { PSObject, PSHashtable } from '../../src/runtime/values.js';
import { getMember } from '../../src/runtime/member-access.js';

export const obj = (e: Record<string, unknown>) => PSObject.fromEntries(Object.entries(e));
export const ht = (e: Record<string, unknown>) => {
  const h = new PSHashtable();
  for (const [k, v] of Object.entries(e)) h.set(k, v);
  return h;
};
export const people = () => [obj({ Name: 'ann', Age: 31, City: 'Oslo' }), obj({ Name: 'Bob', Age: 25, City: 'Rome' }), obj({ Name: 'cy', Age: 40, City: 'Oslo' })];
export const names = (xs: unknown[]) => xs.map((x) => getMember(x, 'Name'));
