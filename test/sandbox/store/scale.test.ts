// At the default size (20,000 contoso mailboxes) a pager walking a list() snapshot sees every
// mailbox exactly once, even while other requests insert, update and remove mailboxes.
import { describe, expect, it } from 'vitest';
import { openStoreAt } from '../../../src/sandbox/store/index.js';

describe('store at 20,000 mailboxes', () => {
  it('pages over a stable snapshot while the tenant changes underneath', async () => {
    const store = await openStoreAt({}, new Date('2026-11-24T00:00:00Z'));
    const contoso = store.tenant('contoso.com')!;
    const snapshot = contoso.list('Mailbox');
    expect(snapshot).toHaveLength(20_000);
    const seen = new Set<string>();
    for (let page = 0; page * 1000 < snapshot.length; page++) {
      for (const m of snapshot.slice(page * 1000, page * 1000 + 1000)) seen.add(m.Guid);
      // Another admin works in the tenant between pages.
      await contoso.remove('Mailbox', snapshot[page * 7]!.Guid);
      await contoso.update('Mailbox', snapshot[page * 11 + 1]!.Guid, { DisplayName: `Renamed ${page}` });
      await contoso.insert('Mailbox', { Guid: `cccccccc-0000-4000-8000-${String(page).padStart(12, '0')}`, Name: `added${page}` });
    }
    expect(seen.size).toBe(20_000);
    expect(contoso.list('Mailbox')).toHaveLength(20_000);
    const users = new Set(contoso.list('User').map((u) => u.Guid));
    for (const m of contoso.list('Mailbox').filter((x) => !String(x['Name']).startsWith('added'))) expect(users.has(m.Guid)).toBe(true);
    await store.close();
    await expect(contoso.update('Mailbox', snapshot[5]!.Guid, { Office: 'x' })).rejects.toThrow(/closed/);
  }, 120_000);
});
