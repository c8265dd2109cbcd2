// The Exchange service over the real seeded store (small contoso): behaviour that depends on how
// the seed links records (shared Guids, member joins, localised folders, mail users).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeStore, TenantStore } from '../../../src/sandbox/contracts.js';
import { openStore } from '../../../src/sandbox/store/index.js';
import { invoke, startHarness, type Harness } from './harness.js';

let store: ExchangeStore;
let contoso: TenantStore;
let h: Harness;
beforeAll(async () => {
  store = await openStore({ mailboxes: 300, seed: 3 });
  contoso = store.tenants().find((t) => t.tenant.key === 'contoso')!;
  h = await startHarness(store);
});
afterAll(async () => {
  await h.close();
  await store.close();
});

describe('New-Mailbox and Remove-Mailbox', () => {
  it('gives the new User, CAS and auto-reply records the mailbox\'s Guid, as the seed does, and statistics its ExchangeGuid', async () => {
    const r = await invoke(h, 'contoso-admin', 'New-Mailbox', { Name: 'Ada Lovelace', Alias: 'ada.lovelace', Shared: true });
    expect(r.status).toBe(200);
    const mailbox = r.body.value![0]!;
    const guid = mailbox['Guid'] as string;
    expect(contoso.get('User', guid)?.['UserPrincipalName']).toBe(mailbox['UserPrincipalName']);
    expect(contoso.get('CASMailbox', guid)).toBeDefined();
    expect(contoso.get('MailboxAutoReplyConfiguration', guid)).toBeDefined();
    expect(contoso.get('MailboxStatistics', mailbox['ExchangeGuid'] as string)).toBeDefined();
  });

  it('removes the mailbox\'s User record with it', async () => {
    await invoke(h, 'contoso-admin', 'New-Mailbox', { Name: 'Grace Hopper', Alias: 'grace.hopper', Shared: true });
    const guid = contoso.list('Mailbox').find((m) => m['Alias'] === 'grace.hopper')!.Guid;
    const r = await invoke(h, 'contoso-admin', 'Remove-Mailbox', { Identity: 'grace.hopper', Confirm: false });
    expect(r.status).toBe(200);
    expect(contoso.get('User', guid)).toBeUndefined();
    expect(contoso.list('User').some((u) => u['Name'] === 'Grace Hopper')).toBe(false);
  });
});

describe('Get-User', () => {
  it('prints UserAccountControl with the documented flag names, so -Filter on them finds seeded users', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-User', { Filter: "UserAccountControl -eq 'NormalAccount, DoNotExpirePassword'", ResultSize: 5 });
    expect(r.status).toBe(200);
    expect(r.body.value!.length).toBeGreaterThan(0);
    const flags = new Set(contoso.list('User').flatMap((u) => String(u['UserAccountControl']).split(', ')));
    expect([...flags].sort()).toEqual(expect.arrayContaining(['DoNotExpirePassword', 'NormalAccount']));
    expect(flags.has('DontExpirePassword')).toBe(false);
  });
});

describe('Get-Recipient', () => {
  it('lists mail users (guests and contractors) beside mailboxes and groups, and finds one by identity', async () => {
    const guest = contoso.list('User').find((u) => u['RecipientTypeDetails'] === 'GuestMailUser')!;
    expect(guest).toBeDefined();
    const all = await invoke(h, 'contoso-admin', 'Get-Recipient', { RecipientTypeDetails: ['GuestMailUser', 'MailUser'], ResultSize: 'Unlimited' });
    expect(all.status).toBe(200);
    const expected = contoso.list('User').filter((u) => u['RecipientType'] === 'MailUser').map((u) => u.Guid);
    expect(all.body.value!.map((r) => r['Guid']).sort()).toEqual(expected.sort());
    const one = await invoke(h, 'contoso-admin', 'Get-EXORecipient', { Identity: guest['PrimarySmtpAddress'] });
    expect(one.status).toBe(200);
    expect(one.body.value!.map((r) => r['ExternalDirectoryObjectId'])).toEqual([guest['ExternalDirectoryObjectId']]);
  });

  it('does not list users that have no mail address', async () => {
    const plain = contoso.list('User').find((u) => u['RecipientType'] === 'User')!;
    const r = await invoke(h, 'contoso-admin', 'Get-Recipient', { Identity: plain['UserPrincipalName'] });
    expect(r.status).toBe(404);
  });
});

describe('group members, Microsoft 365 group links and role group members', () => {
  const STORE_ONLY = ['OwnerGuid', 'MemberGuid', 'MemberKind', 'LinkType'];

  it('show a member mailbox as it is now, after Set-Mailbox renamed it', async () => {
    const entry = contoso.list('DistributionGroupMember').find((m) => m['MemberKind'] === 'Mailbox')!;
    const group = contoso.get('DistributionGroup', String(entry['OwnerGuid']))!;
    const set = await invoke(h, 'contoso-admin', 'Set-Mailbox', { Identity: String(entry['MemberGuid']), DisplayName: 'Renamed Member Ω' });
    expect(set.status).toBe(200);
    const r = await invoke(h, 'contoso-admin', 'Get-DistributionGroupMember', { Identity: group['Name'], ResultSize: 'Unlimited' });
    expect(r.status).toBe(200);
    expect(r.body.value!.map((m) => m['DisplayName'])).toContain('Renamed Member Ω');
    for (const m of r.body.value!) for (const k of STORE_ONLY) expect(m).not.toHaveProperty(k);
  });

  it('show a nested group under its new name', async () => {
    const entry = contoso.list('DistributionGroupMember').find((m) => m['MemberKind'] === 'DistributionGroup')!;
    const parent = contoso.get('DistributionGroup', String(entry['OwnerGuid']))!;
    const set = await invoke(h, 'contoso-admin', 'Set-DistributionGroup', { Identity: String(entry['MemberGuid']), DisplayName: 'Nested, renamed' });
    expect(set.status).toBe(200);
    const r = await invoke(h, 'contoso-admin', 'Get-DistributionGroupMember', { Identity: parent['Name'] });
    expect(r.body.value!.map((m) => m['DisplayName'])).toContain('Nested, renamed');
  });

  it('Get-UnifiedGroupLinks and Get-RoleGroupMember join on the member too and print no store fields', async () => {
    const link = contoso.list('UnifiedGroupLink').find((l) => l['LinkType'] === 'Owners')!;
    const group = contoso.get('UnifiedGroup', String(link['OwnerGuid']))!;
    await invoke(h, 'contoso-admin', 'Set-Mailbox', { Identity: String(link['MemberGuid']), DisplayName: 'Owner, renamed' });
    const links = await invoke(h, 'contoso-admin', 'Get-UnifiedGroupLinks', { Identity: group['Name'], LinkType: 'Owners' });
    expect(links.status).toBe(200);
    expect(links.body.value!.map((m) => m['DisplayName'])).toContain('Owner, renamed');
    for (const m of links.body.value!) for (const k of STORE_ONLY) expect(m).not.toHaveProperty(k);

    const member = contoso.list('RoleGroupMember')[0]!;
    const roleGroup = contoso.get('RoleGroup', String(member['OwnerGuid']))!;
    await invoke(h, 'contoso-admin', 'Set-Mailbox', { Identity: String(member['MemberGuid']), DisplayName: 'Admin, renamed' });
    const rg = await invoke(h, 'contoso-admin', 'Get-RoleGroupMember', { Identity: roleGroup['Name'] });
    expect(rg.status).toBe(200);
    expect(rg.body.value!.map((m) => m['DisplayName'])).toContain('Admin, renamed');
    for (const m of rg.body.value!) for (const k of STORE_ONLY) expect(m).not.toHaveProperty(k);
  });

  it('Add-DistributionGroupMember records the member\'s kind, so a nested group is joined as a group', async () => {
    const [a, b] = contoso.list('DistributionGroup');
    const add = await invoke(h, 'contoso-admin', 'Add-DistributionGroupMember', { Identity: a!['Name'], Member: b!['PrimarySmtpAddress'] });
    expect(add.status).toBe(200);
    const stored = contoso.byOwner('DistributionGroupMember', a!.Guid).find((m) => m['MemberGuid'] === b!.Guid)!;
    expect(stored['MemberKind']).toBe('DistributionGroup');
  });
});

describe('folder identities on mailboxes with localised folder names', () => {
  function localisedMailbox(): { alias: string; calendar: string } {
    for (const m of contoso.list('Mailbox')) {
      if (m['RecipientTypeDetails'] !== 'UserMailbox') continue;
      const cal = contoso.byOwner('MailboxFolderStatistics', m.Guid).find((f) => f['FolderType'] === 'Calendar');
      if (cal && cal['Name'] !== 'Calendar') return { alias: String(m['Alias']), calendar: String(cal['Name']) };
    }
    throw new Error('no localised mailbox in the seed');
  }

  it('resolve alias:\\Calendar by folder type (Kalender, 予定表...) for Get/Add/Remove-MailboxFolderPermission', async () => {
    const { alias, calendar } = localisedMailbox();
    const get = await invoke(h, 'contoso-admin', 'Get-MailboxFolderPermission', { Identity: `${alias}:\\Calendar` });
    expect(get.status).toBe(200);
    expect(get.body.value!.map((p) => p['User'])).toEqual(expect.arrayContaining(['Default', 'Anonymous']));
    expect(get.body.value!.every((p) => p['FolderName'] === calendar)).toBe(true);

    const add = await invoke(h, 'contoso-admin', 'Add-MailboxFolderPermission', { Identity: `${alias}:\\Calendar`, User: 'admin', AccessRights: ['Reviewer'] });
    expect(add.status, JSON.stringify(add.body)).toBe(200);
    expect(add.body.value![0]!['FolderName']).toBe(calendar);
    const local = await invoke(h, 'contoso-admin', 'Get-MailboxFolderPermission', { Identity: `${alias}:\\${calendar}` });
    expect(local.body.value!.length).toBe(get.body.value!.length + 1);
    const rm = await invoke(h, 'contoso-admin', 'Remove-MailboxFolderPermission', { Identity: `${alias}:\\Calendar`, User: 'admin', Confirm: false });
    expect(rm.status).toBe(200);
  });
});

describe('filters and ANR over a mailbox\'s User properties', () => {
  it('Get-Recipient -Filter "Department -eq \'Sales\'" finds the mailboxes of Sales users (Get-Mailbox does not document Department)', async () => {
    const sales = new Set(contoso.list('User').filter((u) => u['Department'] === 'Sales').map((u) => u.Guid));
    const mailboxes = contoso.list('Mailbox').filter((m) => sales.has(m.Guid)).map((m) => m.Guid);
    expect(mailboxes.length).toBeGreaterThan(0);
    const r = await invoke(h, 'contoso-admin', 'Get-Recipient', { Filter: "Department -eq 'Sales'", ResultSize: 'Unlimited' });
    expect(r.status).toBe(200);
    expect(r.body.value!.map((x) => x['Guid'] as string)).toEqual(expect.arrayContaining(mailboxes));
    const mbx = await invoke(h, 'contoso-admin', 'Get-Mailbox', { Filter: "Department -eq 'Sales'" });
    expect(mbx.status).toBe(400);
    expect(JSON.stringify(mbx.body)).toContain('is not a recognized filterable property');
  });

  it('-Anr "first last" finds a mailbox by its user\'s first and last name', async () => {
    const m = contoso.list('Mailbox').find((x) => {
      const u = contoso.get('User', x.Guid);
      return u && u['FirstName'] && u['LastName'] && !x['FirstName'];
    });
    const target = m ?? contoso.list('Mailbox').find((x) => contoso.get('User', x.Guid)?.['FirstName'])!;
    const u = contoso.get('User', target.Guid)!;
    const r = await invoke(h, 'contoso-admin', 'Get-Recipient', { Anr: `${u['FirstName']} ${u['LastName']}` });
    expect(r.status).toBe(200);
    expect(r.body.value!.map((x) => x['Guid'])).toContain(target.Guid);
  });

  it('Get-User -Filter works on the User records\' own properties', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-User', { Filter: "Department -eq 'Sales'", ResultSize: 'Unlimited' });
    expect(r.status).toBe(200);
    expect(r.body.value!.length).toBe(contoso.list('User').filter((u) => u['Department'] === 'Sales').length);
  });
});
