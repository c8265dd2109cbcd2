// The one place the service reaches the query helpers (OPATH, identity, ANR). Identity lookups over
// a tenant's records of one kind go through one IdentityIndex per (tenant, kind), brought in step
// with the store's current list by index.sync: the store swaps in a new array on every change, and
// sync re-indexes only what changed (a rebuild costs ~1.2 s at 100,000 mailboxes; a sync, the change).
import type { RecordKind, StoredRecord, TenantStore } from '../contracts.js';
import { createIdentityIndex, resolveIdentity as scan, type IdentityIndex } from '../query/index.js';

export { compileOpathFilter, filterSchemaFor, createAnrMatcher, OpathFilterError } from '../query/index.js';

interface KindIndex {
  index: IdentityIndex;
  /** The list the index is in step with. */
  list: readonly StoredRecord[];
}

const byTenant = new WeakMap<TenantStore, Map<RecordKind, KindIndex>>();
// Small lists (one tenant's accepted domains, one mailbox's permissions) are cheaper to scan.
const INDEX_FROM = 64;

/** The tenant's identity index for one kind, in step with its current records. */
export function identityIndexFor(tenant: TenantStore, kind: RecordKind): IdentityIndex {
  let kinds = byTenant.get(tenant);
  if (!kinds) {
    kinds = new Map();
    byTenant.set(tenant, kinds);
  }
  const list = tenant.list(kind);
  const held = kinds.get(kind);
  if (!held) {
    const index = createIdentityIndex(list);
    kinds.set(kind, { index, list });
    return index;
  }
  if (held.list !== list) {
    held.index.sync(list);
    held.list = list;
  }
  return held.index;
}

/** Every record of this kind in the tenant that `identity` names. */
export function resolveInKind(tenant: TenantStore, kind: RecordKind, identity: string): StoredRecord[] {
  const list = tenant.list(kind);
  if (list.length < INDEX_FROM) return scan(list, identity);
  return identityIndexFor(tenant, kind).lookup(identity);
}

/** Every record of a given list (one owner's entries) that `identity` names, by scanning it. */
export function resolveIdentity(records: readonly StoredRecord[], identity: string): StoredRecord[] {
  return scan(records, identity);
}
