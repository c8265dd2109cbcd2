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
