// InvokeCommand as the ExchangeOnlineManagement module drives it (rest-protocol.md §1 and §5):
// the module's headers and CmdletInput envelope in, the service's JSON out, field by field.
import { describe, expect, it } from 'vitest';
import { addMailbox, createFakeStore } from './fake-store.js';
import { CONTOSO, errorParts, invoke, moduleHeaders, useHarness } from './harness.js';

const store = createFakeStore({ mailboxes: { contoso: 1500, fabrikam: 30, tailspin: 10 } });
const contoso = store.byKey('contoso');
// Two mailboxes sharing a display name, for ambiguity.
addMailbox(contoso, 5000, { alias: 'jsmith1', displayName: 'John Smith', first: 'John', last: 'Smith' });
addMailbox(contoso, 5001, { alias: 'jsmith2', displayName: 'John Smith', first: 'John', last: 'Smith' });
addMailbox(contoso, 5002, { alias: 'room.lisbon', name: 'Lisbon Room', type: 'RoomMailbox' });
addMailbox(contoso, 5003, { alias: 'info', name: 'Info Desk', type: 'SharedMailbox', displayName: 'Zoë Info' });

const h = useHarness(store);

describe('a successful Get-Mailbox', () => {
  it('answers 200 with the OData envelope, annotations and the service headers', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { Identity: 'user7@contoso.com' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8');
    expect(r.headers.get('odata-version')).toBe('4.0');
    expect(r.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers.get('x-calculatedbetarget')).toMatch(/\.PROD\.OUTLOOK\.COM$/);
    expect(r.headers.get('rate-limit-limit')).toBe('30000');
    expect(Number(r.headers.get('rate-limit-remaining'))).toBeLessThan(30000);
    expect(Date.parse(r.headers.get('rate-limit-reset')!)).toBeGreaterThan(Date.now());
    expect(r.body['@odata.context']).toBe(`${h.url}/adminapi/beta/${CONTOSO!.id}/$metadata#Collection(Exchange.GenericHashTable)`);
    expect(r.body['adminapi.warnings@odata.type']).toBe('#Collection(String)');
    expect(r.body['@adminapi.warnings']).toEqual([]);
    expect(r.body['@odata.nextLink']).toBeUndefined();
    expect(r.body.value).toHaveLength(1);
    const m = r.body.value![0]!;
    expect(m['Alias']).toBe('user7');
    expect(m['EmailAddresses@odata.type']).toBe('#Collection(String)');
    expect(m['EmailAddresses']).toEqual(['SMTP:user7@contoso.com', 'smtp:user7@contoso.onmicrosoft.com']);
    expect(m['ExchangeGuid@odata.type']).toBe('#Guid');
    expect(m['WhenCreated@data.type']).toBe('System.DateTime');
    expect(m['WhenCreated']).toBe('2024-03-01T10:00:00.0000000+00:00');
    expect(m).not.toHaveProperty('OwnerGuid');
  });

  it('records tenant, caller and cmdlet for the request log', async () => {
    await invoke(h, 'contoso-admin', 'get-mailbox', { Identity: 'user8' });
    expect(h.notes.at(-1)).toEqual({ tenant: 'contoso', caller: 'admin@contoso.onmicrosoft.com', cmdlet: 'Get-Mailbox' });
  });

  it.each([
    ['name', 'user9'],
    ['alias', 'user9'],
    ['SMTP address', 'user9@contoso.com'],
    ['secondary proxy address', 'user9@contoso.onmicrosoft.com'],
    ['UPN', 'USER9@CONTOSO.COM'],
    ['GUID', '00000001-0000-4000-8000-000000000009'],
    ['external directory object id', '00000002-0000-4000-8000-000000000009'],
    ['distinguished name', 'CN=user9,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=X,DC=PROD,DC=OUTLOOK,DC=COM'],
  ])('finds a mailbox by its %s', async (_form, identity) => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { Identity: identity });
    expect(r.status).toBe(200);
    expect(r.body.value!.map((v) => v['Alias'])).toEqual(['user9']);
  });

  it('returns 1000 mailboxes by default with the ResultSize warning', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox');
    expect(r.body.value).toHaveLength(1000);
    expect(r.body['@odata.nextLink']).toBeUndefined();
    expect(r.body['@adminapi.warnings']).toEqual([
      'There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.',
    ]);
  });

  it('pages everything with -ResultSize Unlimited and warns about nothing', async () => {
    const first = await invoke(h, 'contoso-admin', 'Get-Mailbox', { ResultSize: 'Unlimited' });
    expect(first.body.value).toHaveLength(1000);
    expect(first.body['@adminapi.warnings']).toEqual([]);
    const next = first.body['@odata.nextLink'] as string;
    expect(next.startsWith(`${h.url}/adminapi/beta/${CONTOSO!.id}/InvokeCommand?$skiptoken=`)).toBe(true);
    const second = await invoke(h, 'contoso-admin', 'Get-Mailbox', { ResultSize: 'Unlimited' }, { url: next });
    expect(second.body.value).toHaveLength(1504 - 1000);
    expect(second.body['@odata.nextLink']).toBeUndefined();
  });

  it('honours a numeric -ResultSize and warns when more exist', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { ResultSize: 5 });
    expect(r.body.value).toHaveLength(5);
    expect(r.body['@adminapi.warnings']).toHaveLength(1);
    const exact = await invoke(h, 'contoso-admin', 'Get-Mailbox', { ResultSize: '1504' });
    expect(exact.body['@adminapi.warnings']).toEqual([]);
  });

  it('filters with OPATH', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { Filter: "RecipientTypeDetails -eq 'SharedMailbox' -or Alias -like 'room*'" });
    expect(r.body.value!.map((v) => v['Alias']).sort()).toEqual(['info', 'room.lisbon']);
  });

  it('accepts -RecipientTypeDetails as an array and -Anr as a prefix', async () => {
    const byType = await invoke(h, 'contoso-admin', 'Get-Mailbox', { RecipientTypeDetails: ['RoomMailbox', 'SharedMailbox'] });
    expect(byType.body.value!.map((v) => v['Alias']).sort()).toEqual(['info', 'room.lisbon']);
    const anr = await invoke(h, 'contoso-admin', 'Get-Recipient', { Anr: 'zoë inf' });
    expect(anr.body.value!.map((v) => v['Alias'])).toContain('info');
  });

  it('serves $select on the InvokeCommand URL', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { Identity: 'user1' }, { url: `${h.url}/adminapi/beta/contoso.com/InvokeCommand?$select=Alias,PrimarySmtpAddress` });
    expect(r.body.value).toEqual([{ Alias: 'user1', PrimarySmtpAddress: 'user1@contoso.com' }]);
  });

  it('accepts the tenant as any accepted domain', async () => {
    for (const t of ['contoso.onmicrosoft.com', 'mail.contoso.com', 'CONTOSO.CO.UK']) {
      const r = await invoke(h, 'contoso-admin', 'Get-AcceptedDomain', {}, { tenant: t });
      expect(r.status).toBe(200);
      expect(r.body.value!.map((v) => v['DomainName'])).toContain('contoso.com');
    }
  });

  it('reads CAS settings, statistics and auto-reply configuration of one mailbox', async () => {
    const cas = await invoke(h, 'contoso-admin', 'Get-CASMailbox', { Identity: 'user2' });
    expect(cas.body.value![0]!['PopEnabled']).toBe(true);
    const stats = await invoke(h, 'contoso-admin', 'Get-MailboxStatistics', { Identity: 'user2' });
    expect(stats.body.value![0]!['ItemCount']).toBe(6);
    expect(stats.body.value![0]!['ItemCount@data.type']).toBe('System.Int32');
    const auto = await invoke(h, 'contoso-admin', 'Get-MailboxAutoReplyConfiguration', { Identity: 'user2' });
    expect(auto.body.value![0]!['AutoReplyState']).toBe('Disabled');
  });
});

describe('changes', () => {
  it('Set-Mailbox persists, with switches as true or "true" and multi-valued add/remove hashtables', async () => {
    const set = await invoke(h, 'contoso-admin', 'Set-Mailbox', {
      Identity: 'user20',
      DisplayName: 'Łukasz Nowak',
      HiddenFromAddressListsEnabled: true,
      EmailAddresses: { '@odata.type': '#Exchange.GenericHashTable', Add: ['lukasz@contoso.co.uk'], Remove: ['smtp:user20@contoso.onmicrosoft.com'] },
      Force: 'true',
      Confirm: false,
    });
    expect(set.status).toBe(200);
    expect(set.body.value).toEqual([]);
    const after = contoso.list('Mailbox').find((m) => m['Alias'] === 'user20')!;
    expect(after['DisplayName']).toBe('Łukasz Nowak');
    expect(after['HiddenFromAddressListsEnabled']).toBe(true);
    expect(after['EmailAddresses']).toEqual(['SMTP:user20@contoso.com', 'lukasz@contoso.co.uk']);
    const again = await invoke(h, 'contoso-admin', 'Get-Mailbox', { Identity: 'lukasz@contoso.co.uk' });
    expect(again.body.value![0]!['Alias']).toBe('user20');
  });

  it('keeps one primary address: -WindowsEmailAddress and an added "SMTP:" entry both move it', async () => {
    expect((await invoke(h, 'contoso-admin', 'Set-Mailbox', { Identity: 'user23', WindowsEmailAddress: 'pat@contoso.co.uk' })).status).toBe(200);
    let m = contoso.list('Mailbox').find((x) => x['Alias'] === 'user23')!;
    expect(m['PrimarySmtpAddress']).toBe('pat@contoso.co.uk');
    expect(m['EmailAddresses']).toEqual(['SMTP:pat@contoso.co.uk', 'smtp:user23@contoso.com', 'smtp:user23@contoso.onmicrosoft.com']);
    await invoke(h, 'contoso-admin', 'Set-Mailbox', {
      Identity: 'user23',
      EmailAddresses: { '@odata.type': '#Exchange.GenericHashTable', add: ['SMTP:pat@mail.contoso.com'], remove: ['user23@contoso.onmicrosoft.com'] },
    });
    m = contoso.list('Mailbox').find((x) => x['Alias'] === 'user23')!;
    expect(m['PrimarySmtpAddress']).toBe('pat@mail.contoso.com');
    expect(m['EmailAddresses']).toEqual(['SMTP:pat@mail.contoso.com', 'smtp:pat@contoso.co.uk', 'smtp:user23@contoso.com']);
  });

  it('warns when a Set-* changes nothing', async () => {
    const r = await invoke(h, 'contoso-admin', 'Set-Mailbox', { Identity: 'user21', CustomAttribute1: '' });
    expect(r.body['@adminapi.warnings']).toEqual(["The command completed successfully but no settings of 'user21' have been modified."]);
  });

  it('-WhatIf and the -Confirm validation call change nothing and return the confirmation text', async () => {
    const before = contoso.writes;
    const whatIf = await invoke(h, 'contoso-admin', 'Set-Mailbox', { Identity: 'user22', DisplayName: 'Changed', WhatIf: true });
    expect(whatIf.status).toBe(200);
    expect(whatIf.body['@adminapi.confirmationmessage']).toBe('Performing the operation "Set-Mailbox" on target "user22".');
    expect(whatIf.body.value).toEqual([]);
    const confirm = await invoke(h, 'contoso-admin', 'Remove-Mailbox', { Identity: 'user22', Confirm: true });
    expect(confirm.body['@adminapi.confirmationmessage']).toBe('Performing the operation "Remove-Mailbox" on target "user22".');
    expect(contoso.writes).toBe(before);
  });

  it('New-Mailbox -Shared creates the mailbox with its user, CAS settings, statistics and auto-reply config', async () => {
    const r = await invoke(h, 'contoso-admin', 'New-Mailbox', { Name: 'Ærø Support', Alias: 'aero', Shared: true });
    expect(r.status).toBe(200);
    const m = r.body.value![0]!;
    expect(m['RecipientTypeDetails']).toBe('SharedMailbox');
    expect(m['PrimarySmtpAddress']).toBe('aero@contoso.com');
    const guid = m['Guid'] as string;
    expect(contoso.byOwner('CASMailbox', guid)).toHaveLength(1);
    expect(contoso.byOwner('MailboxStatistics', guid)).toHaveLength(1);
    expect(contoso.byOwner('MailboxAutoReplyConfiguration', guid)).toHaveLength(1);
    expect(contoso.list('User').some((u) => u['Name'] === 'Ærø Support')).toBe(true);
    const stats = await invoke(h, 'contoso-admin', 'Get-MailboxStatistics', { Identity: 'aero' });
    expect(stats.body.value![0]!['ItemCount']).toBe(0);
  });

  it('New-Mailbox refuses a name or address already in use', async () => {
    const name = await invoke(h, 'contoso-admin', 'New-Mailbox', { Name: 'user30', Alias: 'brandnew', Shared: true });
    expect(name.status).toBe(400);
    expect(errorParts(name.body).cls).toBe('Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException');
    const proxy = await invoke(h, 'contoso-admin', 'New-Mailbox', { Name: 'Someone New', Alias: 'user31', Shared: true });
    expect(proxy.status).toBe(400);
    expect(errorParts(proxy.body)).toMatchObject({
      cls: 'Microsoft.Exchange.Data.Directory.ProxyAddressExistsException',
      text: 'The proxy address "SMTP:user31@contoso.com" is already being used by the proxy addresses or LegacyExchangeDN. Please choose another proxy address.',
    });
  });

  it('Remove-Mailbox removes the mailbox and what belongs to it', async () => {
    const victim = contoso.list('Mailbox').find((m) => m['Alias'] === 'user40')!;
    const r = await invoke(h, 'contoso-admin', 'Remove-Mailbox', { Identity: 'user40', Confirm: false });
    expect(r.status).toBe(200);
    expect(contoso.get('Mailbox', victim.Guid)).toBeUndefined();
    expect(contoso.byOwner('CASMailbox', victim.Guid)).toHaveLength(0);
    expect(contoso.list('User').some((u) => u['UserPrincipalName'] === 'user40@contoso.com')).toBe(false);
    const gone = await invoke(h, 'contoso-admin', 'Get-Mailbox', { Identity: 'user40' });
    expect(gone.status).toBe(404);
  });

  it('adds, lists and removes a full-access grant', async () => {
    const add = await invoke(h, 'contoso-admin', 'Add-MailboxPermission', { Identity: 'info', User: 'user50', AccessRights: ['FullAccess'], InheritanceType: 'All' });
    expect(add.status).toBe(200);
    expect(add.body.value![0]).toMatchObject({ User: 'user50@contoso.com', AccessRights: ['FullAccess'], IsInherited: false, Deny: false });
    const dup = await invoke(h, 'contoso-admin', 'Add-MailboxPermission', { Identity: 'info', User: 'user50', AccessRights: ['FullAccess'] });
    expect(dup.status).toBe(400);
    const list = await invoke(h, 'contoso-admin', 'Get-MailboxPermission', { Identity: 'info' });
    expect(list.body.value!.map((p) => p['User'])).toContain('user50@contoso.com');
    const rm = await invoke(h, 'contoso-admin', 'Remove-MailboxPermission', { Identity: 'info', User: 'user50@contoso.com', AccessRights: ['FullAccess'], Confirm: false });
    expect(rm.status).toBe(200);
    const after = await invoke(h, 'contoso-admin', 'Get-MailboxPermission', { Identity: 'info' });
    expect(after.body.value!.map((p) => p['User'])).not.toContain('user50@contoso.com');
  });

  it('adds and removes a distribution group member', async () => {
    const add = await invoke(h, 'contoso-admin', 'Add-DistributionGroupMember', { Identity: 'Sales', Member: 'user60' });
    expect(add.status).toBe(200);
    const members = await invoke(h, 'contoso-admin', 'Get-DistributionGroupMember', { Identity: 'sales@contoso.com' });
    expect(members.body.value!.map((m) => m['PrimarySmtpAddress'])).toEqual(['user60@contoso.com']);
    const rm = await invoke(h, 'contoso-admin', 'Remove-DistributionGroupMember', { Identity: 'Sales', Member: 'user60@contoso.com', Confirm: false });
    expect(rm.status).toBe(200);
    const none = await invoke(h, 'contoso-admin', 'Get-DistributionGroupMember', { Identity: 'Sales' });
    expect(none.body.value).toEqual([]);
  });

  it('filters cmdlets without a documented filter table on their records\' own properties', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-TransportRule', { Filter: "State -eq 'Enabled' -and Name -like 'External*'" });
    expect(r.status).toBe(200);
    expect(r.body.value!.map((v) => v['Name'])).toEqual(['External disclaimer']);
    const none = await invoke(h, 'contoso-admin', 'Get-TransportRule', { Filter: "State -eq 'Disabled'" });
    expect(none.body.value).toEqual([]);
    const bad = await invoke(h, 'contoso-admin', 'Get-TransportRule', { Filter: "Colour -eq 'red'" });
    expect(bad.status).toBe(400);
  });

  it('creates, changes and removes a transport rule', async () => {
    const created = await invoke(h, 'contoso-admin', 'New-TransportRule', { Name: 'Block EXE', SenderDomainIs: ['fabrikam.com'] });
    expect(created.status).toBe(200);
    expect((await invoke(h, 'contoso-admin', 'New-TransportRule', { Name: 'block exe' })).status).toBe(400);
    await invoke(h, 'contoso-admin', 'Set-TransportRule', { Identity: 'Block EXE', Comments: 'why' });
    const got = await invoke(h, 'contoso-admin', 'Get-TransportRule', { Identity: 'Block EXE' });
    expect(got.body.value![0]!['Comments']).toBe('why');
    expect((await invoke(h, 'contoso-admin', 'Remove-TransportRule', { Identity: 'Block EXE', Confirm: false })).status).toBe(200);
  });
});

describe('errors as the service gives them', () => {
  it('not found: 404 ManagementObjectNotFoundException with its wording and x-ExceptionType', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { Identity: 'nobody@contoso.com' });
    expect(r.status).toBe(404);
    expect(r.headers.get('x-exceptiontype')).toBe('ManagementObjectNotFoundException');
    const e = r.body['error'] as Record<string, unknown>;
    expect(e['code']).toBe('NotFound');
    expect(e['message']).toBe('Error executing cmdlet');
    const parts = errorParts(r.body);
    expect(parts.code).toBe('Ex6F9304');
    expect(parts.cls).toBe('Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException');
    expect(parts.text).toMatch(/^The operation couldn't be performed because object 'nobody@contoso\.com' couldn't be found on '[A-Z0-9.]+\.PROD\.OUTLOOK\.COM'\.$/);
  });

  it('ambiguous identity on a Set-*', async () => {
    const r = await invoke(h, 'contoso-admin', 'Set-Mailbox', { Identity: 'John Smith', DisplayName: 'x' });
    expect(r.status).toBe(400);
    expect(errorParts(r.body)).toEqual({
      code: expect.stringMatching(/^Ex[0-9A-F]{6}$/),
      cls: 'Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException',
      text: "The operation couldn't be performed because 'John Smith' matches multiple entries.",
    });
  });

  it('invalid OPATH filter, with the position', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { Filter: "Alias -eq 'x' -and" });
    expect(r.status).toBe(400);
    expect(errorParts(r.body).text).toMatch(/position \d+/);
  });

  it('unknown cmdlet', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Nonsense');
    expect(r.status).toBe(400);
    expect(errorParts(r.body)).toMatchObject({
      cls: 'System.Management.Automation.CommandNotFoundException',
      text: expect.stringMatching(/^The term 'Get-Nonsense' is not recognized as a name of a cmdlet/),
    });
  });

  it('a documented cmdlet the sandbox does not implement answers as an unknown one', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-RetentionPolicy');
    expect(r.status).toBe(400);
    expect(errorParts(r.body).cls).toBe('System.Management.Automation.CommandNotFoundException');
  });

  it('unknown parameter', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { Colour: 'blue' });
    expect(r.status).toBe(400);
    expect(errorParts(r.body)).toMatchObject({
      cls: 'System.Management.Automation.ParameterBindingException',
      text: "A parameter cannot be found that matches parameter name 'Colour'.",
    });
  });

  it('wrong type and value outside the set', async () => {
    const bool = await invoke(h, 'contoso-admin', 'Set-Mailbox', { Identity: 'user70', HiddenFromAddressListsEnabled: 'maybe' });
    expect(bool.status).toBe(400);
    expect(errorParts(bool.body).text).toMatch(/^Cannot bind parameter 'HiddenFromAddressListsEnabled'\. Cannot convert value "maybe" to type "System\.Boolean"/);
    const size = await invoke(h, 'contoso-admin', 'Get-Mailbox', { ResultSize: 'lots' });
    expect(size.status).toBe(400);
    const set = await invoke(h, 'contoso-admin', 'Get-Mailbox', { RecipientTypeDetails: 'Spaceship' });
    expect(set.status).toBe(400);
    expect(errorParts(set.body).text).toMatch(/^Cannot validate argument on parameter 'RecipientTypeDetails'\. The argument "Spaceship" does not belong to the set/);
  });

  it('-WhatIf on a cmdlet without ShouldProcess is an unknown parameter', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { WhatIf: true });
    expect(r.status).toBe(400);
    expect(errorParts(r.body).text).toBe("A parameter cannot be found that matches parameter name 'WhatIf'.");
  });

  it('missing mandatory parameter', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-MailboxStatistics');
    expect(r.status).toBe(400);
    expect(errorParts(r.body).text).toBe('Cannot process command because of one or more missing mandatory parameters: Identity.');
  });

  it('a body that is not a CmdletInput', async () => {
    for (const body of ['{', '[]', '{"CmdletInput":5}', '{"CmdletInput":{"CmdletName":""}}', '{"CmdletInput":{"CmdletName":"Get-Mailbox","Parameters":[1]}}']) {
      const res = await fetch(`${h.url}/adminapi/beta/contoso.com/InvokeCommand`, { method: 'POST', headers: moduleHeaders('contoso-admin', 'Get-Mailbox'), body });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BadRequest');
    }
  });

  it('an unknown or foreign paging token', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { ResultSize: 'Unlimited' }, { url: `${h.url}/adminapi/beta/contoso.com/InvokeCommand?$skiptoken=bm9wZQ` });
    expect(r.status).toBe(400);
    const first = await invoke(h, 'contoso-admin', 'Get-Mailbox', { ResultSize: 'Unlimited' });
    const stolen = await invoke(h, 'contoso-helpdesk', 'Get-Mailbox', { ResultSize: 'Unlimited' }, { url: first.body['@odata.nextLink'] as string });
    expect(stolen.status).toBe(400);
    expect(errorParts(stolen.body).text).toMatch(/skip token/);
  });
});
