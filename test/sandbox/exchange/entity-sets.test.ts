// The Get-EXO* REST endpoints (rest-protocol.md §2.2): entity sets, keys (plain or base64 with
// isEncoded=true), navigation to owned records, property sets and $select.
import { describe, expect, it } from 'vitest';
import { createFakeStore } from './fake-store.js';
import { CONTOSO, useHarness } from './harness.js';

const store = createFakeStore({ mailboxes: { contoso: 40, fabrikam: 5, tailspin: 5 } });
const h = useHarness(store);

async function get(path: string, token = 'contoso-admin') {
  const res = await fetch(`${h.url}/adminapi/beta/${CONTOSO!.id}/${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { value?: Record<string, unknown>[] } };
}

const MINIMUM = ['Alias', 'DisplayName', 'DistinguishedName', 'EmailAddresses', 'ExchangeVersion', 'ExternalDirectoryObjectId', 'Guid', 'Id', 'Name', 'OrganizationId', 'PrimarySmtpAddress', 'RecipientType', 'RecipientTypeDetails', 'UserPrincipalName'];

function propertiesOf(item: Record<string, unknown>): string[] {
  return Object.keys(item).filter((k) => !k.includes('@')).sort();
}

describe('GET …/Mailbox', () => {
  it('returns the Minimum property set by default, with @odata.id links', async () => {
    const r = await get('Mailbox?$top=3');
    expect(r.status).toBe(200);
    expect(r.body['@odata.context']).toBe(`${h.url}/adminapi/beta/${CONTOSO!.id}/$metadata#Mailbox`);
    expect(r.body.value).toHaveLength(3);
    const first = r.body.value![0]!;
    expect(propertiesOf(first)).toEqual([...MINIMUM].sort());
    expect(first['@odata.id']).toBe(`${h.url}/adminapi/beta/${CONTOSO!.id}/Mailbox('${first['ExternalDirectoryObjectId']}')`);
    expect(r.body['@odata.nextLink']).toMatch(/\$skiptoken=/);
  });

  it('adds the requested property sets and $select properties to Minimum', async () => {
    const r = await get('Mailbox?PropertySet=Minimum,Hold&$select=CustomAttribute1&$top=1');
    const props = propertiesOf(r.body.value![0]!);
    expect(props).toContain('LitigationHoldEnabled');
    expect(props).toContain('CustomAttribute1');
    expect(props).toContain('UserPrincipalName');
  });

  it('refuses an unknown property set', async () => {
    const r = await get('Mailbox?PropertySet=Everything');
    expect(r.status).toBe(400);
  });

  it('filters with OPATH in $filter and searches with Anr', async () => {
    const r = await get(`Mailbox?$filter=${encodeURIComponent("Alias -like 'user1*'")}`);
    expect(r.body.value!.map((m) => m['Alias']).sort()).toEqual(['user1', ...Array.from({ length: 10 }, (_, i) => `user1${i}`)].sort());
  });

  it('answers a bad $filter with OData\'s 400 "Invalid filter clause", keeping the OPATH detail', async () => {
    for (const [filter, detail] of [["Alias -like 'user1*", "Alias -like 'user1*"], ['NoSuchProperty -eq 1', 'NoSuchProperty']]) {
      const r = await get(`Mailbox?$filter=${encodeURIComponent(filter)}`);
      expect(r.status).toBe(400);
      const error = r.body['error'] as { code: string; message: string; details: { target: string; message: string }[] };
      expect(error.code).toBe('BadRequest');
      expect(error.message).toBe('Invalid filter clause');
      expect(error.details[0]!.target).toBe('$filter');
      expect(error.details[0]!.message).toContain(detail);
    }
  });

  it('reads one mailbox by a plain or base64 key', async () => {
    const plain = await get("Mailbox('user3@contoso.com')");
    expect(plain.status).toBe(200);
    expect(plain.body['@odata.context']).toBe(`${h.url}/adminapi/beta/${CONTOSO!.id}/$metadata#Mailbox/$entity`);
    expect(plain.body['Alias']).toBe('user3');
    const encoded = Buffer.from('user4@contoso.com').toString('base64');
    const b64 = await get(`Mailbox('${encoded}')?isEncoded=true`);
    expect(b64.body['Alias']).toBe('user4');
    expect((await get("Mailbox('ghost@contoso.com')")).status).toBe(404);
  });

  it('navigates to a mailbox\'s permissions and statistics', async () => {
    const key = Buffer.from('user0@contoso.com').toString('base64');
    const perms = await get(`Mailbox('${key}')/MailboxPermission?isEncoded=true`);
    expect(perms.status).toBe(200);
    expect(perms.body.value!.map((p) => p['User'])).toEqual(['NT AUTHORITY\\SELF']);
    const stats = await get("Mailbox('user5')/MailboxStatistics");
    expect(propertiesOf(stats.body.value![0]!)).toEqual(['DeletedItemCount', 'DisplayName', 'ItemCount', 'MailboxGuid', 'TotalDeletedItemSize', 'TotalItemSize']);
  });

  it('embeds a recipient\'s permissions with $expand (the ORADAZ request)', async () => {
    const key = Buffer.from('user0@contoso.com').toString('base64');
    const r = await get(`Recipient('${key}')?$expand=RecipientPermission&isEncoded=true`);
    expect(r.status).toBe(200);
    expect(r.body['@odata.context']).toBe(`${h.url}/adminapi/beta/${CONTOSO!.id}/$metadata#Recipient/$entity`);
    expect(r.body['Name']).toBe('user0');
    expect(r.body['RecipientPermission']).toEqual([]);
  });

  it('answers a malformed percent-escape with 400', async () => {
    expect((await get("Mailbox('%E0%A4%A')")).status).toBe(400);
    const res = await fetch(`${h.url}/adminapi/beta/%E0%A4%A/InvokeCommand`, { method: 'POST', headers: { Authorization: 'Bearer contoso-admin' }, body: '{}' });
    expect(res.status).toBe(400);
  });

  it('serves the EXO CAS and recipient sets', async () => {
    const cas = await get("CasMailbox('user6')");
    expect(cas.body['PopEnabled']).toBe(true);
    const rec = await get('Recipient?$top=1000');
    expect(rec.body.value!.length).toBe(41);
  });

  it('lists the entity sets in the service document', async () => {
    const r = await get('');
    expect((r.body.value as { name: string }[]).map((v) => v.name)).toContain('Mailbox');
  });

  it('refuses unknown sets and unknown query options', async () => {
    expect((await get('Spaceship')).status).toBe(400);
    expect((await get('Mailbox?Colour=blue')).status).toBe(400);
  });
});
