// Finding the records a cmdlet acts on: Identity in any of its forms (through the query helpers'
// resolveIdentity), owners of owned records (statistics, permissions, devices...), folder
// identities "mailbox:\folder", and the service's not-found / ambiguous refusals.
import type { RecordKind, StoredRecord, TenantStore } from '../contracts.js';
import { directoryServerOf, errors } from './service-error.js';
import { resolveInKind } from './query.js';

export function listOf(tenant: TenantStore, kinds: readonly RecordKind[]): readonly StoredRecord[] {
  if (kinds.length === 1) return tenant.list(kinds[0]!);
  return kinds.flatMap((k) => tenant.list(k));
}

/** Every record of these kinds that `identity` names (each kind through its cached index). */
export function matchAll(tenant: TenantStore, kinds: readonly RecordKind[], identity: string): StoredRecord[] {
  if (kinds.length === 1) return resolveInKind(tenant, kinds[0]!, identity);
  return kinds.flatMap((k) => resolveInKind(tenant, k, identity));
}

/** Exactly one record or the service's not-found / ambiguous error. */
export function resolveOne(tenant: TenantStore, kinds: readonly RecordKind[], identity: string): { record: StoredRecord; kind: RecordKind } {
  for (const kind of kinds) {
    const hits = resolveInKind(tenant, kind, identity);
    if (hits.length > 1) throw errors.ambiguous(identity);
    if (hits.length === 1) {
      // A match in an earlier kind wins only if no later kind matches another object too (a
      // mailbox and its User record share one Guid: the same directory object).
      const others = kinds
        .filter((k) => k !== kind)
        .flatMap((k) => resolveInKind(tenant, k, identity))
        .filter((r) => r.Guid !== hits[0]!.Guid);
      if (others.length > 0) throw errors.ambiguous(identity);
      return { record: hits[0]!, kind };
    }
  }
  throw notFound(tenant, identity);
}

export function notFound(tenant: TenantStore, identity: string) {
  return errors.notFound(identity, directoryServerOf(tenant.tenant.key));
}

/** "alias:\Calendar" → owner "alias", folder "Calendar"; a bare mailbox names its top folder. */
export function splitFolderIdentity(identity: string): { owner: string; folder: string | undefined } {
  const i = identity.indexOf(':\\');
  if (i < 0) return { owner: identity, folder: undefined };
  return { owner: identity.slice(0, i), folder: identity.slice(i + 2) };
}

/** The address a recipient is known by in permission entries (UPN for users, SMTP otherwise). */
export function principalNameOf(r: StoredRecord): string {
  for (const p of ['UserPrincipalName', 'PrimarySmtpAddress', 'Name']) {
    const v = r[p];
    if (typeof v === 'string' && v) return v;
  }
  return r.Guid;
}

export function textOf(r: StoredRecord, prop: string): string {
  const v = r[prop];
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

/**
 * A folder named by its well-known type ("Calendar", "Inbox") as the mailbox names it: mailboxes
 * in other languages call their calendar "Kalender" or "予定表", and the service resolves
 * `alias:\Calendar` by folder type. A folder actually named so wins; other names pass unchanged.
 */
export function localFolderPath(tenant: TenantStore, ownerGuid: string, folder: string): string {
  const parts = folder.replace(/^\\/, '').split('\\');
  const first = parts[0]!.toLowerCase();
  const folders = tenant.byOwner('MailboxFolderStatistics', ownerGuid);
  if (folders.some((f) => textOf(f, 'Name').toLowerCase() === first)) return folder;
  const typed = folders.find((f) => textOf(f, 'FolderType').toLowerCase() === first && textOf(f, 'Name') !== '');
  if (!typed) return folder;
  parts[0] = textOf(typed, 'Name');
  return parts.join('\\');
}
