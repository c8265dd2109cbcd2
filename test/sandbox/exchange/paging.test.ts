// Paging over a large tenant: every mailbox exactly once, whatever the page size, and the pages
// stay those of the first request while others write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMailbox, createFakeStore } from './fake-store.js';
import { CONTOSO, invoke, startHarness, type Harness } from './harness.js';
import { SnapshotRegistry } from '../../../src/sandbox/exchange/paging.js';

const store = createFakeStore({ mailboxes: { contoso: 20_000, fabrikam: 5, tailspin: 5 } });
const contoso = store.byKey('contoso');
let h: Harness;
beforeAll(async () => {
  h = await startHarness(store);
});
afterAll(() => h.close());

async function pageAll(pageSize: number, during?: (page: number) => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  let url: string | undefined;
  let page = 0;
  do {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { ResultSize: 'Unlimited' }, { url, headers: { Prefer: `odata.maxpagesize=${pageSize}` } });
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
  it.each([1000, 777, 4999])('returns each of 20,000 mailboxes exactly once (Prefer: odata.maxpagesize=%i, capped at 1000)', async (size) => {
    const seen = await pageAll(size);
    expect(seen).toHaveLength(20_000);
    expect(new Set(seen).size).toBe(20_000);
  });

  it('keeps the first request\'s result while mailboxes are added and removed', async () => {
    const expected = contoso.list('Mailbox').map((m) => m.Guid);
    let n = 30_000;
    const seen = await pageAll(1000, async (page) => {
      if (page === 2) {
        addMailbox(contoso, n++);
        await contoso.remove('Mailbox', expected[19_999]!);
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
