// $batch as CIPP's bulk client sends it (rest-protocol.md §1.10): several InvokeCommand requests
// in one POST, each answered in place with its own status and body.
import { describe, expect, it } from 'vitest';
import { createFakeStore } from './fake-store.js';
import { CONTOSO, errorParts, useHarness } from './harness.js';

const store = createFakeStore({ mailboxes: { contoso: 30, fabrikam: 5, tailspin: 5 } });
const h = useHarness(store);

function sub(id: string, cmdlet: string, parameters: Record<string, unknown>, url = `${h.url}/adminapi/beta/${CONTOSO!.id}/InvokeCommand`) {
  return {
    id,
    method: 'POST',
    url,
    headers: { 'X-CmdletName': cmdlet, 'X-AnchorMailbox': 'APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@' + CONTOSO!.id, Accept: 'application/json; odata.metadata=minimal' },
    body: { CmdletInput: { CmdletName: cmdlet, Parameters: parameters } },
  };
}

async function batch(requests: unknown[], token = 'contoso-admin') {
  const res = await fetch(`${h.url}/adminapi/beta/${CONTOSO!.id}/$batch`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Prefer: 'odata.maxpagesize=1000;odata.continue-on-error' },
    body: JSON.stringify({ requests }),
  });
  return { status: res.status, body: (await res.json()) as { responses: { id: string; status: number; body: Record<string, unknown> }[] } & Record<string, unknown> };
}

describe('$batch', () => {
  it('runs each request in order and answers each in place', async () => {
    const r = await batch([
      sub('a', 'Set-Mailbox', { Identity: 'user1', CustomAttribute3: 'batched' }),
      sub('b', 'Get-Mailbox', { Identity: 'user1' }),
      sub('c', 'Get-Mailbox', { Identity: 'ghost' }),
    ]);
    expect(r.status).toBe(200);
    expect(r.body.responses.map((x) => [x.id, x.status])).toEqual([['a', 200], ['b', 200], ['c', 404]]);
    expect((r.body.responses[1]!.body['value'] as Record<string, unknown>[])[0]!['CustomAttribute3']).toBe('batched');
    expect(errorParts(r.body.responses[2]!.body).cls).toBe('Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException');
  });

  it('applies the caller\'s role to every request', async () => {
    const r = await batch([sub('a', 'Get-Mailbox', { Identity: 'user2' }), sub('b', 'Set-Mailbox', { Identity: 'user2', CustomAttribute3: 'x' })], 'contoso-helpdesk');
    expect(r.body.responses.map((x) => x.status)).toEqual([200, 403]);
  });

  it('refuses more than ten requests, other tenants and other endpoints', async () => {
    expect((await batch(Array.from({ length: 11 }, (_, i) => sub(String(i), 'Get-AcceptedDomain', {})))).status).toBe(400);
    expect((await batch([])).status).toBe(400);
    const r = await batch([sub('x', 'Get-Mailbox', {}, `${h.url}/adminapi/beta/tailspin.onmicrosoft.com/InvokeCommand`), sub('y', 'Get-Mailbox', {}, `${h.url}/adminapi/beta/${CONTOSO!.id}/Mailbox`)]);
    expect(r.body.responses.map((x) => x.status)).toEqual([400, 400]);
  });
});
