// The seeded tenants: deterministic, complete (every kind, every directory account), and shaped
// like real tenants (names from many scripts, ASCII aliases, long-tailed mailbox sizes).
import { describe, expect, it } from 'vitest';
import type { RecordKind, StoredRecord, TenantStore } from '../../../src/sandbox/contracts.js';
import { ACCOUNTS, TENANTS } from '../../../src/sandbox/directory.js';
import { bytesOf, openStoreAt } from '../../../src/sandbox/store/index.js';
import { OBJECT_SHAPES } from '../../../src/sandbox/store/object-shapes.js';

const NOW = new Date('2026-11-24T15:30:00Z');
const KINDS = Object.keys(OBJECT_SHAPES) as RecordKind[];

function dump(tenant: TenantStore): string {
  return KINDS.map((k) => JSON.stringify(tenant.list(k))).join('\n');
}

describe('seed generation', async () => {
  const store = await openStoreAt({ seed: 7, mailboxes: 600 }, NOW);
  const contoso = store.tenant('contoso')!;

  it('gives byte-identical data for the same seed and different data for another seed', async () => {
    const again = await openStoreAt({ seed: 7, mailboxes: 600 }, NOW);
    for (const t of store.tenants()) expect(dump(again.tenant(t.tenant.id)!)).toBe(dump(t));
    const other = await openStoreAt({ seed: 8, mailboxes: 600 }, NOW);
    expect(dump(other.tenant('contoso')!)).not.toBe(dump(contoso));
  });

  it('seeds contoso with the requested mailboxes and the fixed smaller tenants', () => {
    expect(contoso.list('Mailbox')).toHaveLength(600);
    expect(store.tenant('fabrikam')!.list('Mailbox')).toHaveLength(250);
    expect(store.tenant('tailspin')!.list('Mailbox')).toHaveLength(40);
  });

  it('finds tenants by id, key or any accepted domain, case-insensitively', () => {
    for (const t of TENANTS) {
      expect(store.tenant(t.id)!.tenant.key).toBe(t.key);
      for (const d of t.domains) expect(store.tenant(d.toUpperCase())!.tenant.key).toBe(t.key);
    }
    expect(store.tenant('northwind.com')).toBeUndefined();
  });

  it('gives every directory account a user mailbox whose UPN and object id match the directory', () => {
    for (const a of ACCOUNTS) {
      const tenant = store.tenant(a.tenantId)!;
      const mailbox = tenant.list('Mailbox').find((m) => m['UserPrincipalName'] === a.upn);
      expect(mailbox, a.upn).toBeDefined();
      expect(mailbox!['RecipientTypeDetails']).toBe('UserMailbox');
      expect(mailbox!['ExternalDirectoryObjectId']).toBe(a.objectId);
      expect(mailbox!['PrimarySmtpAddress']).toBe(a.upn);
      expect(tenant.get('User', mailbox!.Guid)!['UserPrincipalName']).toBe(a.upn);
    }
  });

  it('puts the directory accounts in the role groups the directory gives them', () => {
    for (const a of ACCOUNTS) {
      const tenant = store.tenant(a.tenantId)!;
      for (const groupName of a.roleGroups) {
        const group = tenant.list('RoleGroup').find((g) => g['Name'] === groupName)!;
        const members = tenant.byOwner('RoleGroupMember', group.Guid).map((m) => m['UserPrincipalName']);
        expect(members).toContain(a.upn);
      }
    }
  });

  it('pairs every mailbox with a user of the same Guid, and has some users without a mailbox', () => {
    const users = contoso.list('User');
    for (const m of contoso.list('Mailbox')) expect(contoso.get('User', m.Guid)!['UserPrincipalName']).toBe(m['UserPrincipalName']);
    const withoutMailbox = users.filter((u) => !contoso.get('Mailbox', u.Guid));
    expect(withoutMailbox.length).toBeGreaterThan(5);
    const details = new Set(withoutMailbox.map((u) => u['RecipientTypeDetails']));
    expect([...details].sort()).toEqual(['DisabledUser', 'GuestMailUser', 'MailUser', 'User']);
    for (const u of withoutMailbox) {
      const mailUser = u['RecipientTypeDetails'] === 'GuestMailUser' || u['RecipientTypeDetails'] === 'MailUser';
      expect(u['RecipientType']).toBe(mailUser ? 'MailUser' : 'User');
      if (mailUser) {
        expect(u['ExternalEmailAddress']).toMatch(/^SMTP:[a-z0-9.-]+@[a-z0-9.-]+$/);
        expect((u['EmailAddresses'] as string[])[0]).toBe(`SMTP:${u['PrimarySmtpAddress']}`);
      }
      if (u['RecipientTypeDetails'] === 'GuestMailUser') expect(u['UserPrincipalName']).toMatch(/#EXT#@contoso\.onmicrosoft\.com$/);
    }
  });

  it('links managers and direct reports both ways', () => {
    const users = contoso.list('User');
    const byName = new Map(users.map((u) => [u['Name'], u]));
    const managed = users.filter((u) => u['Manager'] !== null);
    expect(managed.length).toBeGreaterThan(50);
    for (const u of managed) expect(byName.get(u['Manager'])!['DirectReports']).toContain(u['Name']);
  });

  it('has records of every kind in every tenant', () => {
    for (const t of store.tenants()) {
      for (const kind of KINDS) expect(t.list(kind).length, `${t.tenant.key} ${kind}`).toBeGreaterThan(0);
    }
  });

  it('mixes user, shared, room and equipment mailboxes, mostly users', () => {
    const counts = new Map<string, number>();
    for (const m of contoso.list('Mailbox')) counts.set(String(m['RecipientTypeDetails']), (counts.get(String(m['RecipientTypeDetails'])) ?? 0) + 1);
    expect(counts.get('UserMailbox')! / 600).toBeGreaterThan(0.75);
    expect(counts.get('SharedMailbox')).toBeGreaterThan(10);
    expect(counts.get('RoomMailbox')).toBeGreaterThan(5);
    expect(counts.get('EquipmentMailbox')).toBeGreaterThan(0);
  });

  it('uses names from many scripts while aliases and addresses stay ASCII', () => {
    const names = contoso.list('Mailbox').map((m) => String(m['DisplayName']));
    expect(names.some((n) => /[À-ɏ]/.test(n))).toBe(true); // Latin with diacritics (Zoë, Łukasz)
    expect(names.some((n) => /[Ѐ-ӿ]/.test(n))).toBe(true); // Cyrillic
    expect(names.some((n) => /[぀-ヿ一-鿿]/.test(n))).toBe(true); // Japanese / Chinese
    for (const m of contoso.list('Mailbox')) {
      expect(m['Alias']).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
      for (const address of m['EmailAddresses'] as string[]) expect(address).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('folds accented names into aliases the way Exchange maps Latin-1 letters (ö → oe)', async () => {
    const people = contoso.list('User').filter((u) => /[öøåæüä]/i.test(String(u['FirstName']) + String(u['LastName'])));
    expect(people.length).toBeGreaterThan(0);
    for (const u of people.slice(0, 20)) {
      const mailbox = contoso.get('Mailbox', u.Guid)!;
      expect(String(mailbox['Alias'])).toMatch(/oe|aa|ae|ue/);
    }
  });

  it('keeps one primary SMTP address (SMTP:) equal to PrimarySmtpAddress and unique aliases', () => {
    const aliases = new Set<string>();
    for (const m of contoso.list('Mailbox')) {
      const primaries = (m['EmailAddresses'] as string[]).filter((a) => a.startsWith('SMTP:'));
      expect(primaries).toEqual([`SMTP:${m['PrimarySmtpAddress']}`]);
      expect(aliases.has(String(m['Alias']))).toBe(false);
      aliases.add(String(m['Alias']));
      expect(m['DistinguishedName']).toMatch(/^CN=.+,OU=contoso\.onmicrosoft\.com,OU=Microsoft Exchange Hosted Organizations,DC=NAMPR05A001,DC=PROD,DC=OUTLOOK,DC=COM$/);
    }
  });

  it('has long-tailed mailbox sizes: a median of a few GB and a 99th percentile far above it', async () => {
    const big = await openStoreAt({ seed: 3, mailboxes: 3000 }, NOW);
    const stats = big.tenant('contoso')!.list('MailboxStatistics').filter((s) => s['MailboxTypeDetail'] === 'UserMailbox' && s['IsArchiveMailbox'] === false);
    const sizes = stats.map((s) => bytesOf(String(s['TotalItemSize']))!).sort((a, b) => a - b);
    const pct = (p: number) => sizes[Math.floor((sizes.length - 1) * p)]!;
    const GB = 1024 ** 3;
    expect(pct(0.5)).toBeGreaterThan(0.3 * GB);
    expect(pct(0.5)).toBeLessThan(5 * GB);
    expect(pct(0.99) / pct(0.5)).toBeGreaterThan(8);
    expect(pct(0.99) / pct(0.5)).toBeLessThan(200);
    // Item counts follow size.
    const small = stats.filter((s) => bytesOf(String(s['TotalItemSize']))! < pct(0.25));
    const large = stats.filter((s) => bytesOf(String(s['TotalItemSize']))! > pct(0.75));
    const avg = (list: StoredRecord[]) => list.reduce((a, s) => a + Number(s['ItemCount']), 0) / list.length;
    expect(avg(large)).toBeGreaterThan(avg(small) * 4);
  });

  it('writes sizes as Exchange prints them and keeps folder sizes adding up to the mailbox', () => {
    for (const m of contoso.list('Mailbox').slice(0, 50)) {
      const stats = contoso.byOwner('MailboxStatistics', m.Guid).find((s) => s['IsArchiveMailbox'] === false)!;
      expect(stats['TotalItemSize']).toMatch(/^\d+(\.\d+)? (B|KB|MB|GB|TB) \(\d{1,3}(,\d{3})* bytes\)$/);
      const folders = contoso.byOwner('MailboxFolderStatistics', m.Guid);
      const visible = folders.filter((f) => !String(f['FolderType']).startsWith('Recoverable') && f['FolderType'] !== 'Root');
      const sum = visible.reduce((a, f) => a + bytesOf(String(f['FolderSize']))!, 0);
      expect(sum).toBe(bytesOf(String(stats['TotalItemSize'])));
      expect(visible.reduce((a, f) => a + Number(f['ItemsInFolder']), 0)).toBe(stats['ItemCount']);
    }
  });

  it('has message traces only within the ten days before the reference date, newest first', () => {
    const traces = contoso.list('MessageTrace');
    const end = Date.parse('2026-11-24T00:00:00Z');
    let previous = Infinity;
    for (const t of traces) {
      const at = Date.parse(String(t['Received']));
      expect(at).toBeLessThanOrEqual(end);
      expect(at).toBeGreaterThanOrEqual(end - 10 * 86_400_000);
      expect(at).toBeLessThanOrEqual(previous);
      previous = at;
    }
  });

  it('nests distribution groups and links Microsoft 365 groups to owners, members and subscribers', () => {
    const nested = contoso.list('DistributionGroupMember').filter((m) => m['MemberKind'] === 'DistributionGroup');
    expect(nested.length).toBeGreaterThan(0);
    for (const n of nested) expect(contoso.get('DistributionGroup', String(n['MemberGuid']))).toBeDefined();
    const group = contoso.list('UnifiedGroup')[0]!;
    const types = new Set(contoso.byOwner('UnifiedGroupLink', group.Guid).map((l) => l['LinkType']));
    expect([...types].sort()).toEqual(['Members', 'Owners', 'Subscribers'].filter((t) => types.has(t)));
    expect(types.has('Owners') && types.has('Members')).toBe(true);
  });

  it('marks the initial domain and one default among the accepted domains', () => {
    for (const t of store.tenants()) {
      const domains = t.list('AcceptedDomain');
      expect(domains.map((d) => d['DomainName'])).toEqual(t.tenant.domains);
      expect(domains.filter((d) => d['InitialDomain'] === true).map((d) => d['DomainName'])).toEqual([t.tenant.initialDomain]);
      expect(domains.filter((d) => d['Default'] === true)).toHaveLength(1);
      for (const d of domains) expect(d['DomainType']).toBe('Authoritative');
    }
  });
});
