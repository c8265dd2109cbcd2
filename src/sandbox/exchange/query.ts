// The one place the service reaches the query helpers (OPATH, identity, ANR). Identity lookups go
// through an IdentityIndex cached per list() array: the store swaps in a new array on every change,
// so a cached index is never stale and a read-mostly tenant resolves identities by hash probe.
import type { StoredRecord } from '../contracts.js';
import { createIdentityIndex, resolveIdentity as scan, type IdentityIndex } from '../query/index.js';

export { compileOpathFilter, filterSchemaFor, createAnrMatcher, OpathFilterError } from '../query/index.js';

const indexes = new WeakMap<readonly StoredRecord[], IdentityIndex>();
// Small lists (one mailbox's permissions) are cheaper to scan than to index.
const INDEX_FROM = 64;

export function resolveIdentity(records: readonly StoredRecord[], identity: string): StoredRecord[] {
  if (records.length < INDEX_FROM || !Object.isFrozen(records)) return scan(records, identity);
  let index = indexes.get(records);
  if (!index) {
    index = createIdentityIndex(records);
    indexes.set(records, index);
  }
  return index.lookup(identity);
}
