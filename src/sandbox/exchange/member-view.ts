// Group members, Microsoft 365 group links and role group members are stored as copies of the
// member's recipient view taken when the link was made, plus the store's join (MemberGuid, and
// MemberKind for members that may be nested groups). The service shows the member as it is now,
// so the copy is refreshed from the record MemberGuid points to.
import type { RecordKind, StoredRecord, TenantStore } from '../contracts.js';

const KINDS: Record<string, RecordKind> = { Mailbox: 'Mailbox', DistributionGroup: 'DistributionGroup', UnifiedGroup: 'UnifiedGroup', User: 'User' };
// Links without MemberKind (Microsoft 365 group links, older entries) point at mailboxes, or at
// mail users and groups added later.
const FALLBACK: RecordKind[] = ['Mailbox', 'DistributionGroup', 'UnifiedGroup', 'User'];
// The entry's own identity and the store's joins are not copied from the member.
const KEEP = new Set(['Guid', 'OwnerGuid', 'MemberGuid', 'MemberKind', 'LinkType']);

function memberOf(tenant: TenantStore, entry: StoredRecord): StoredRecord | undefined {
  const guid = entry['MemberGuid'];
  if (typeof guid !== 'string') return undefined;
  const kind = typeof entry['MemberKind'] === 'string' ? KINDS[entry['MemberKind']] : undefined;
  if (kind) return tenant.get(kind, guid);
  for (const k of FALLBACK) {
    const hit = tenant.get(k, guid);
    if (hit) return hit;
  }
  return undefined;
}

/** The entry with the member's current values for every property both have. */
export function currentMemberView(tenant: TenantStore, entry: StoredRecord): StoredRecord {
  const member = memberOf(tenant, entry);
  if (!member) return entry;
  let out: StoredRecord | undefined;
  for (const key in entry) {
    if (KEEP.has(key) || !(key in member)) continue;
    const now = member[key];
    if (now === entry[key]) continue;
    out ??= { ...entry };
    out[key] = now;
  }
  return out ?? entry;
}
