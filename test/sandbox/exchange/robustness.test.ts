// Whatever arrives, the service answers with a status it means (never a 500) and JSON errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFakeStore } from './fake-store.js';
import { CONTOSO, moduleHeaders, useHarness } from './harness.js';

const store = createFakeStore({ mailboxes: { contoso: 50, fabrikam: 5, tailspin: 5 } });
const h = useHarness(store);

const CMDLETS = ['Get-Mailbox', 'Set-Mailbox', 'New-Mailbox', 'Get-EXOMailbox', 'Add-MailboxPermission', 'Get-MessageTraceV2', 'Set-CASMailbox', 'Get-Nothing'];

async function post(body: string | Uint8Array, cmdlet = 'Get-Mailbox'): Promise<number> {
  const res = await fetch(`${h.url}/adminapi/beta/${CONTOSO!.id}/InvokeCommand`, { method: 'POST', headers: moduleHeaders('contoso-admin', cmdlet), body });
  const text = await res.text();
  if (res.status !== 200) expect(() => JSON.parse(text)).not.toThrow();
  return res.status;
}

describe('no request body makes the service crash or answer 500', () => {
  it('arbitrary JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => {
        expect(await post(JSON.stringify(v))).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary parameters of real cmdlets', async () => {
    const params = fc.dictionary(
      fc.constantFrom('Identity', 'Filter', 'ResultSize', 'Anr', 'RecipientTypeDetails', 'Name', 'Shared', 'EmailAddresses', 'User', 'AccessRights', 'WhatIf', 'Confirm', 'StartDate', 'PopEnabled', 'Bogus'),
      fc.oneof(fc.jsonValue(), fc.string(), fc.record({ '@odata.type': fc.constant('#Exchange.GenericHashTable'), Add: fc.array(fc.string()) })),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CMDLETS), params, async (cmdlet, p) => {
        const status = await post(JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: p } }), cmdlet);
        expect(status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expect(await post(bytes)).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  });

  it('arbitrary entity-set URLs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('Mailbox', 'Recipient', 'CasMailbox', 'Nope', "Mailbox('x')", "Mailbox('dXNlcjE=')"), fc.dictionary(fc.constantFrom('PropertySet', '$select', '$filter', '$top', 'isEncoded', 'Anr', 'x'), fc.string()), async (set, q) => {
        const qs = new URLSearchParams(q).toString();
        const res = await fetch(`${h.url}/adminapi/beta/${CONTOSO!.id}/${set}?${qs}`, { headers: { Authorization: 'Bearer contoso-admin' } });
        await res.text();
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });
});
