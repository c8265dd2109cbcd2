// Paging over a large tenant: every mailbox exactly once, whatever the page size, and the pages
// stay those of the first request while others write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeStore, TenantStore } from '../../../src/sandbox/contracts.js';
import { openStore } from '../../../src/sandbox/store/index.js';
import { CONTOSO, invoke, startHarness, type Harness } from './harness.js';
import { SnapshotRegistry } from '../../../src/sandbox/exchange/paging.js';

// The real seeded store (about 4 s to generate 20,000 mailboxes), so pages carry full records.
let store: ExchangeStore;
let contoso: TenantStore;
let h: Harness;
beforeAll(async () => {
  store = await openStore({ mailboxes: 20_000 });
  contoso = store.tenants().find((t) => t.tenant.key === 'contoso')!;
  h = await startHarness(store);
}, 60_000);
afterAll(async () => {
  await h?.close();
  await store?.close();
});

// Full Get-Mailbox records once (~6 s for 20,000); the other runs page the same way with
// Get-EXOMailbox's Minimum set, which keeps the file fast.
async function pageAll(pageSize: number, during?: (page: number) => Promise<void>, cmdlet = 'Get-EXOMailbox'): Promise<string[]> {
  const seen: string[] = [];
  let url: string | undefined;
  let page = 0;
  do {
    const r = await invoke(h, 'contoso-admin', cmdlet, { ResultSize: 'Unlimited' }, { url, headers: { Prefer: `odata.maxpagesize=${pageSize}` } });
    expect(r.status).toBe(200);
    const value = r.body.value!;
    url = r.body['@odata.nextLink'] as string | undefined;
    if (url) expect(value).toHaveLength(Math.min(pageSize, 1000));
    for (const m of value) seen.push(m['Guid'] as string);
    await during?.(page++);
  } while (url);
  return seen;
}

describe('paging all of contoso through InvokeCommand', () => {
  it.each([
    [1000, 'Get-Mailbox'],
    [777, 'Get-EXOMailbox'],
    [4999, 'Get-EXOMailbox'],
  ])('returns each of 20,000 mailboxes exactly once (Prefer: odata.maxpagesize=%i, capped at 1000; %s)', async (size, cmdlet) => {
    const seen = await pageAll(size, undefined, cmdlet);
    expect(seen).toHaveLength(contoso.list('Mailbox').length);
    expect(seen.length).toBeGreaterThanOrEqual(20_000);
    expect(new Set(seen).size).toBe(seen.length);
    // 20,000 full Get-Mailbox records take ~6 s on an idle machine and over 30 s on a loaded 2-core one.
  }, 120_000);

  it('keeps the first request\'s result while mailboxes are added and removed', async () => {
    const expected = contoso.list('Mailbox').map((m) => m.Guid);
    const seen = await pageAll(1000, async (page) => {
      if (page === 2) {
        const created = await invoke(h, 'contoso-admin', 'New-Mailbox', { Name: 'Paging Newcomer', Shared: true });
        expect(created.status).toBe(200);
        await contoso.remove('Mailbox', expected[expected.length - 1]!);
        await contoso.update('Mailbox', expected[5]!, { DisplayName: 'renamed' });
      }
    });
    expect(seen).toEqual(expected);
  });

  it('pages through the Get-EXO* entity set with GET and $top', async () => {
    const seen: string[] = [];
    let url: string | undefined = `${h.url}/adminapi/beta/${CONTOSO!.id}/Mailbox?PropertySet=Minimum&$top=1000`;
    while (url) {
      const res = await fetch(url, { headers: { Authorization: 'Bearer contoso-admin' } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { value: Record<string, unknown>[]; '@odata.nextLink'?: string };
      for (const m of body.value) seen.push(m['Guid'] as string);
      url = body['@odata.nextLink'];
    }
    expect(seen.length).toBe(contoso.list('Mailbox').length);
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('snapshot lifetime', () => {
  it('serves a retried last page again (its snapshot lives until the idle timeout, not until served once)', async () => {
    const links: string[] = [];
    let url: string | undefined;
    do {
      const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { ResultSize: 5 }, { url, headers: { Prefer: 'odata.maxpagesize=2' } });
      expect(r.status).toBe(200);
      url = r.body['@odata.nextLink'] as string | undefined;
      if (url) links.push(url);
    } while (url);
    expect(links).toHaveLength(2);
    const lastLink = links[1]!;
    const first = await invoke(h, 'contoso-admin', 'Get-Mailbox', { ResultSize: 5 }, { url: lastLink, headers: { Prefer: 'odata.maxpagesize=2' } });
    const again = await invoke(h, 'contoso-admin', 'Get-Mailbox', { ResultSize: 5 }, { url: lastLink, headers: { Prefer: 'odata.maxpagesize=2' } });
    expect(again.status).toBe(200);
    expect(again.body.value!.map((m) => m['Guid'])).toEqual(first.body.value!.map((m) => m['Guid']));
    expect(again.body.value).toHaveLength(1);
  });

  it('expires idle snapshots and evicts the least recently used', () => {
    let now = 0;
    const reg = new SnapshotRegistry({ ttlMs: 1000, max: 2, now: () => now });
    const mk = () => reg.create({ tenantId: 't', owner: 'o', source: 'Get-Mailbox', items: [], warnings: [] });
    const a = mk();
    const token = (s: { id: string }) => Buffer.from(`${s.id}.0`).toString('base64url');
    expect(reg.resolve(token(a), 'o', 't', 'Get-Mailbox')).toBeDefined();
    expect(reg.resolve(token(a), 'someone-else', 't', 'Get-Mailbox')).toBeUndefined();
    now = 2000;
    expect(reg.resolve(token(a), 'o', 't', 'Get-Mailbox')).toBeUndefined();
    const b = mk();
    mk();
    mk();
    expect(reg.size).toBe(2);
    expect(reg.resolve(token(b), 'o', 't', 'Get-Mailbox')).toBeUndefined();
  });
});
