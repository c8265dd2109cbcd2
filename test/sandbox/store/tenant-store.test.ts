// TenantStore semantics: stable creation order, O(1) lookups, indexed owners, and copy-on-write
// so that what a caller already holds (a pager's snapshot) never changes under it.
import { describe, expect, it } from 'vitest';
import { openStoreAt, StoreError } from '../../../src/sandbox/store/index.js';

const NOW = new Date('2026-11-24T00:00:00Z');

describe('tenant store', async () => {
  const store = await openStoreAt({ mailboxes: 100 }, NOW);
  const tailspin = store.tenant('tailspin')!;

  it('keeps a list() snapshot unchanged while records are inserted, updated and removed', async () => {
    const before = tailspin.list('Mailbox');
    const firstBefore = before[0]!;
    const json = JSON.stringify(before);
    await tailspin.update('Mailbox', firstBefore.Guid, { DisplayName: 'Renamed' });
    await tailspin.insert('Mailbox', { Guid: 'aaaaaaaa-0000-4000-8000-000000000001', Name: 'new.box', Alias: 'new.box' });
    await tailspin.remove('Mailbox', before[1]!.Guid);
    expect(JSON.stringify(before)).toBe(json);
    expect(Object.isFrozen(before)).toBe(true);
    const after = tailspin.list('Mailbox');
    expect(after).not.toBe(before);
    expect(after[0]!['DisplayName']).toBe('Renamed');
    expect(after.length).toBe(before.length);
    expect(after[after.length - 1]!['Name']).toBe('new.box');
    expect(after.map((m) => m.Guid)).not.toContain(before[1]!.Guid);
  });

  it('replaces records on update instead of mutating them, and returns the new record', async () => {
    const m = tailspin.list('Mailbox')[3]!;
    const updated = await tailspin.update('Mailbox', m.Guid, { HiddenFromAddressListsEnabled: true, CustomAttribute7: 'x' });
    expect(updated).not.toBe(m);
    expect(m['HiddenFromAddressListsEnabled']).toBe(false);
    expect(updated['HiddenFromAddressListsEnabled']).toBe(true);
    expect(Object.keys(updated)).toEqual(Object.keys(m));
    expect(tailspin.get('Mailbox', m.Guid)).toBe(updated);
    expect(Object.isFrozen(updated)).toBe(true);
    expect(() => {
      (updated as Record<string, unknown>)['Alias'] = 'changed';
    }).toThrow();
  });

  it('fills the properties an inserted record leaves out with the kind\'s defaults', async () => {
    await tailspin.insert('Mailbox', { Guid: 'aaaaaaaa-0000-4000-8000-000000000002', Name: 'partial', RecipientTypeDetails: 'SharedMailbox' });
    const r = tailspin.get('Mailbox', 'aaaaaaaa-0000-4000-8000-000000000002')!;
    expect(r['RecipientTypeDetails']).toBe('SharedMailbox');
    expect(r['ExchangeVersion']).toBe('0.20 (15.0.0.0)');
    expect(r['ForwardingSmtpAddress']).toBeNull();
    expect(r['EmailAddresses']).toEqual([]);
  });

  it('refuses a duplicate Guid, an unknown Guid and a changed Guid with a clear error', async () => {
    const m = tailspin.list('Mailbox')[2]!;
    await expect(tailspin.insert('Mailbox', { Guid: m.Guid })).rejects.toThrow(StoreError);
    await expect(tailspin.update('Mailbox', 'no-such-guid', { Alias: 'x' })).rejects.toThrow(/No Mailbox record with Guid 'no-such-guid'/);
    await expect(tailspin.remove('Mailbox', 'no-such-guid')).rejects.toThrow(StoreError);
    await expect(tailspin.update('Mailbox', m.Guid, { Guid: 'other' })).rejects.toThrow(/cannot change/);
  });

  it('indexes records by owner and keeps the index right across owner changes', async () => {
    const [a, b] = tailspin.list('Mailbox');
    const perm = tailspin.byOwner('MailboxPermission', a!.Guid)[0]!;
    const heldA = tailspin.byOwner('MailboxPermission', a!.Guid);
    await tailspin.update('MailboxPermission', perm.Guid, { OwnerGuid: b!.Guid });
    expect(heldA).toContain(perm);
    expect(tailspin.byOwner('MailboxPermission', a!.Guid).map((p) => p.Guid)).not.toContain(perm.Guid);
    expect(tailspin.byOwner('MailboxPermission', b!.Guid).map((p) => p.Guid)).toContain(perm.Guid);
    expect(tailspin.byOwner('MailboxPermission', 'nobody')).toEqual([]);
  });

  it('finds records by Guid after removals shift positions', async () => {
    const list = tailspin.list('CASMailbox');
    await tailspin.remove('CASMailbox', list[0]!.Guid);
    for (const r of list.slice(1)) expect(tailspin.get('CASMailbox', r.Guid)).toBe(r);
    expect(tailspin.get('CASMailbox', list[0]!.Guid)).toBeUndefined();
  });

  it('stores JSON values only: undefined in a patch becomes null, callers\' objects are copied', async () => {
    const m = tailspin.list('Mailbox')[4]!;
    const addresses = ['SMTP:x@tailspintoys.com'];
    const r = await tailspin.update('Mailbox', m.Guid, { ForwardingAddress: undefined, EmailAddresses: addresses });
    addresses.push('smtp:y@tailspintoys.com');
    expect(r['ForwardingAddress']).toBeNull();
    expect(r['EmailAddresses']).toEqual(['SMTP:x@tailspintoys.com']);
  });
});
