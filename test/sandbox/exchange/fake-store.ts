// A small in-memory ExchangeStore for the Exchange service's tests: same contract as the real
// store (frozen list() arrays swapped on every change, records replaced never edited), data made
// up here so each test can say exactly what the tenant holds.
import type { ExchangeStore, RecordKind, SandboxTenant, StoredRecord, TenantStore } from '../../../src/sandbox/contracts.js';
import { TENANTS } from '../../../src/sandbox/directory.js';

// A write that takes a moment before it lands, as a durable store's does: reads racing a write
// see the old record, which is what the service's write serialisation has to cope with.
const durableWrite = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

export class FakeTenantStore implements TenantStore {
  private tables = new Map<RecordKind, StoredRecord[]>();
  private frozen = new Map<RecordKind, readonly StoredRecord[]>();
  writes = 0;

  constructor(readonly tenant: SandboxTenant) {}

  list(kind: RecordKind): readonly StoredRecord[] {
    let f = this.frozen.get(kind);
    if (!f) {
      f = Object.freeze([...(this.tables.get(kind) ?? [])]);
      this.frozen.set(kind, f);
    }
    return f;
  }
  get(kind: RecordKind, guid: string): StoredRecord | undefined {
    return (this.tables.get(kind) ?? []).find((r) => r.Guid === guid);
  }
  byOwner(kind: RecordKind, ownerGuid: string): readonly StoredRecord[] {
    return Object.freeze((this.tables.get(kind) ?? []).filter((r) => r['OwnerGuid'] === ownerGuid));
  }
  seed(kind: RecordKind, records: StoredRecord[]): void {
    const t = this.tables.get(kind) ?? [];
    for (const r of records) t.push(Object.freeze({ ...r }) as StoredRecord);
    this.tables.set(kind, t);
    this.frozen.delete(kind);
  }
  async insert(kind: RecordKind, record: StoredRecord): Promise<void> {
    await durableWrite();
    if (this.get(kind, record.Guid)) throw new Error(`duplicate Guid ${record.Guid}`);
    this.seed(kind, [record]);
    this.writes++;
  }
  async update(kind: RecordKind, guid: string, patch: Record<string, unknown>): Promise<StoredRecord> {
    await durableWrite();
    const t = this.tables.get(kind) ?? [];
    const i = t.findIndex((r) => r.Guid === guid);
    if (i < 0) throw new Error(`no record ${guid}`);
    const next = Object.freeze({ ...t[i]!, ...patch, Guid: guid }) as StoredRecord;
    t[i] = next;
    this.frozen.delete(kind);
    this.writes++;
    return next;
  }
  async remove(kind: RecordKind, guid: string): Promise<void> {
    await durableWrite();
    const t = this.tables.get(kind) ?? [];
    const i = t.findIndex((r) => r.Guid === guid);
    if (i < 0) throw new Error(`no record ${guid}`);
    t.splice(i, 1);
    this.frozen.delete(kind);
    this.writes++;
  }
}

function guid(prefix: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

const FIRST = ['Zoë', 'Łukasz', 'Ana', 'Pat', 'Kim', 'Sam', 'Lee', 'Ola'];
const LAST = ['Ærøskøbing', 'Nowak', 'Silva', 'Smith', 'Jones', 'Yamada', 'Berg', 'Okafor'];

/** A mailbox and the records the service expects beside it. */
export function addMailbox(
  store: FakeTenantStore,
  n: number,
  o: { name?: string; alias?: string; type?: string; first?: string; last?: string; displayName?: string } = {},
): StoredRecord {
  const domain = store.tenant.domains[1] ?? store.tenant.initialDomain;
  const first = o.first ?? FIRST[n % FIRST.length]!;
  const last = o.last ?? LAST[Math.floor(n / FIRST.length) % LAST.length]!;
  const alias = o.alias ?? `user${n}`;
  const name = o.name ?? alias;
  const smtp = `${alias}@${domain}`;
  const mbx: StoredRecord = {
    Guid: guid(1, n),
    Name: name,
    Alias: alias,
    DisplayName: o.displayName ?? `${first} ${last} ${n}`,
    FirstName: first,
    LastName: last,
    Identity: name,
    Id: name,
    DistinguishedName: `CN=${name},OU=${store.tenant.initialDomain},OU=Microsoft Exchange Hosted Organizations,DC=X,DC=PROD,DC=OUTLOOK,DC=COM`,
    PrimarySmtpAddress: smtp,
    UserPrincipalName: smtp,
    EmailAddresses: [`SMTP:${smtp}`, `smtp:${alias}@${store.tenant.initialDomain}`],
    ExternalDirectoryObjectId: guid(2, n),
    ExchangeGuid: guid(3, n),
    RecipientType: 'UserMailbox',
    RecipientTypeDetails: o.type ?? 'UserMailbox',
    OrganizationId: store.tenant.initialDomain,
    ExchangeVersion: '0.20 (15.0.0.0)',
    HiddenFromAddressListsEnabled: false,
    LitigationHoldEnabled: n % 10 === 0,
    CustomAttribute1: '',
    WhenCreated: '2024-03-01T10:00:00.000Z',
  };
  store.seed('Mailbox', [mbx]);
  // As seeded: the mailbox's User record shares its Guid (one directory object).
  store.seed('User', [{ Guid: mbx.Guid, Name: name, DisplayName: mbx['DisplayName'], UserPrincipalName: smtp, ExternalDirectoryObjectId: mbx['ExternalDirectoryObjectId'], RecipientTypeDetails: mbx['RecipientTypeDetails'], FirstName: first, LastName: last }]);
  store.seed('CASMailbox', [{ Guid: guid(5, n), OwnerGuid: mbx.Guid, Name: name, DisplayName: mbx['DisplayName'], Identity: name, PrimarySmtpAddress: smtp, EmailAddresses: mbx['EmailAddresses'], OWAEnabled: true, PopEnabled: n % 2 === 0, ImapEnabled: true, ActiveSyncEnabled: true, MAPIEnabled: true, EwsEnabled: true, ECPEnabled: true }]);
  store.seed('MailboxStatistics', [{ Guid: guid(6, n), OwnerGuid: mbx.Guid, DisplayName: mbx['DisplayName'], ItemCount: n * 3, DeletedItemCount: n, TotalItemSize: '1.5 MB (1,572,864 bytes)', TotalDeletedItemSize: '0 B (0 bytes)', MailboxGuid: mbx['ExchangeGuid'] }]);
  store.seed('MailboxAutoReplyConfiguration', [{ Guid: guid(7, n), OwnerGuid: mbx.Guid, Identity: name, MailboxOwnerId: name, AutoReplyState: 'Disabled', ExternalAudience: 'All' }]);
  return mbx;
}

export interface FakeStoreOptions {
  mailboxes?: Partial<Record<string, number>>;
}

export function createFakeStore(o: FakeStoreOptions = {}): ExchangeStore & { byKey(key: string): FakeTenantStore } {
  const stores = TENANTS.map((t) => new FakeTenantStore(t));
  for (const s of stores) {
    const count = o.mailboxes?.[s.tenant.key] ?? 20;
    const records: StoredRecord[] = [];
    for (let n = 0; n < count; n++) records.push(addMailbox(s, n));
    s.seed('AcceptedDomain', s.tenant.domains.map((d, i) => ({ Guid: guid(9, i), Name: d, DomainName: d, DomainType: 'Authoritative', Default: i === (s.tenant.domains.length > 1 ? 1 : 0) })));
    s.seed('OrganizationConfig', [{ Guid: guid(10, 0), Name: s.tenant.initialDomain, DisplayName: s.tenant.displayName, SmtpClientAuthenticationDisabled: true }]);
    s.seed('TransportRule', [{ Guid: guid(11, 0), Name: 'External disclaimer', State: 'Enabled', Priority: 0, Mode: 'Enforce' }]);
    s.seed('DistributionGroup', [{ Guid: guid(12, 0), Name: 'Sales', Alias: 'sales', DisplayName: 'Sales', PrimarySmtpAddress: `sales@${s.tenant.domains[1] ?? s.tenant.initialDomain}`, EmailAddresses: [`SMTP:sales@${s.tenant.domains[1] ?? s.tenant.initialDomain}`], RecipientType: 'MailUniversalDistributionGroup', RecipientTypeDetails: 'MailUniversalDistributionGroup' }]);
    if (records[0]) {
      s.seed('MailboxPermission', [{ Guid: guid(13, 0), OwnerGuid: records[0].Guid, Identity: records[0]['Name'], User: 'NT AUTHORITY\\SELF', AccessRights: ['FullAccess', 'ReadPermission'], IsInherited: false, Deny: false }]);
    }
    s.seed('RoleGroup', [
      { Guid: guid(14, 0), Name: 'Organization Management', DisplayName: 'Organization Management' },
      { Guid: guid(14, 1), Name: 'View-Only Organization Management', DisplayName: 'View-Only Organization Management' },
    ]);
  }
  const find = (idOrDomain: string) => {
    const k = idOrDomain.toLowerCase();
    return stores.find((s) => s.tenant.id === k || s.tenant.key === k || s.tenant.domains.includes(k));
  };
  return {
    tenant: find,
    tenants: () => stores,
    close: async () => {},
    byKey: (key: string) => stores.find((s) => s.tenant.key === key)!,
  };
}
