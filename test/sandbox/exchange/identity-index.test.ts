// Identity lookups keep one index per (tenant, kind) and follow the store's writes with
// IdentityIndex.sync instead of building a new index for every new list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeStore, TenantStore } from '../../../src/sandbox/contracts.js';
import { identityIndexFor, resolveInKind } from '../../../src/sandbox/exchange/query.js';
import { openStore } from '../../../src/sandbox/store/index.js';

let store: ExchangeStore;
let contoso: TenantStore;
beforeAll(async () => {
  store = await openStore({ mailboxes: 200, seed: 4 });
  contoso = store.tenants().find((t) => t.tenant.key === 'contoso')!;
});
afterAll(() => store.close());

describe('the tenant\'s identity index', () => {
  it('is the same index after writes, and answers for the records as they are now', async () => {
    const before = identityIndexFor(contoso, 'Mailbox');
    const m = contoso.list('Mailbox')[10]!;
    await contoso.update('Mailbox', m.Guid, { Alias: 'brand.new.alias' });
    expect(resolveInKind(contoso, 'Mailbox', 'brand.new.alias').map((r) => r.Guid)).toEqual([m.Guid]);
    const gone = contoso.list('Mailbox')[11]!;
    await contoso.remove('Mailbox', gone.Guid);
    expect(resolveInKind(contoso, 'Mailbox', gone.Guid)).toEqual([]);
    expect(identityIndexFor(contoso, 'Mailbox')).toBe(before);
    expect(identityIndexFor(contoso, 'Mailbox').size).toBe(contoso.list('Mailbox').length);
  });

  it('is kept per tenant and per kind', () => {
    const fabrikam = store.tenants().find((t) => t.tenant.key === 'fabrikam')!;
    expect(identityIndexFor(fabrikam, 'Mailbox')).not.toBe(identityIndexFor(contoso, 'Mailbox'));
    expect(identityIndexFor(contoso, 'User')).not.toBe(identityIndexFor(contoso, 'Mailbox'));
  });
});
