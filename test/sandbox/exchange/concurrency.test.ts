// 100 Set-Mailbox requests at once leave the tenant consistent: every change lands, none is lost
// to a concurrent read-modify-write of the same multi-valued property.
import { describe, expect, it } from 'vitest';
import { createFakeStore } from './fake-store.js';
import { invoke, useHarness } from './harness.js';

const store = createFakeStore({ mailboxes: { contoso: 200, fabrikam: 5, tailspin: 5 } });
const contoso = store.byKey('contoso');
const h = useHarness(store);

describe('100 concurrent Set-Mailbox requests', () => {
  it('all apply: 50 on distinct mailboxes, 50 adding addresses to one mailbox', async () => {
    const requests: Promise<{ status: number }>[] = [];
    for (let i = 0; i < 50; i++) {
      requests.push(invoke(h, 'contoso-admin', 'Set-Mailbox', { Identity: `user${i + 100}`, CustomAttribute1: `batch-${i}` }));
      requests.push(
        invoke(h, 'contoso-admin', 'Set-Mailbox', {
          Identity: 'user1',
          EmailAddresses: { '@odata.type': '#Exchange.GenericHashTable', Add: [`alias${i}@contoso.co.uk`] },
        }),
      );
    }
    const results = await Promise.all(requests);
    expect(results.map((r) => r.status)).toEqual(new Array(100).fill(200));
    for (let i = 0; i < 50; i++) {
      expect(contoso.list('Mailbox').find((m) => m['Alias'] === `user${i + 100}`)!['CustomAttribute1']).toBe(`batch-${i}`);
    }
    const addresses = contoso.list('Mailbox').find((m) => m['Alias'] === 'user1')!['EmailAddresses'] as string[];
    expect(addresses).toHaveLength(2 + 50);
    for (let i = 0; i < 50; i++) expect(addresses).toContain(`alias${i}@contoso.co.uk`);
    expect(contoso.list('Mailbox')).toHaveLength(200);
  });
});
