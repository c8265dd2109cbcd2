// The Get-EXO* cmdlets read OData entity sets instead of InvokeCommand (rest-protocol.md §2.2).
import { describe, expect, it } from 'vitest';
import type { EntitySetRequest } from '../../../src/exchange/contracts.js';
import { fakeConnection, mailbox, page, proxySession, type FakeConnection } from './fake-connection.js';

function entityReads(conn: FakeConnection): Omit<EntitySetRequest, 'signal'>[] {
  return conn.calls.flatMap((c) => (c.kind === 'entitySet' ? [{ path: c.request.path, query: c.request.query, resultSize: c.request.resultSize }] : []));
}

const b64 = (s: string) => Buffer.from(s).toString('base64url');

describe('Get-EXO* entity sets', () => {
  it('Get-EXOMailbox lists the Mailbox set, at most 1000 by default as the module does', async () => {
    const conn = fakeConnection({ answer: [page([mailbox(1), mailbox(2)])] });
    const r = await proxySession(conn).run('Get-EXOMailbox');
    expect(r.output).toHaveLength(2);
    expect(entityReads(conn)).toEqual([{ path: 'Mailbox', query: { ResultSize: '1000' }, resultSize: 1000 }]);
    expect(conn.calls.some((c) => c.kind === 'invoke')).toBe(false);
  });

  it('-Identity reads one entity by its base64url key', async () => {
    const conn = fakeConnection({ answer: [page([mailbox('alice')])] });
    const r = await proxySession(conn).run('Get-EXOMailbox alice@contoso.com');
    expect(r.errors).toEqual([]);
    expect(entityReads(conn)).toEqual([{ path: `Mailbox('${b64('alice@contoso.com')}')`, query: { isEncoded: 'true' }, resultSize: undefined }]);
  });

  it('-PropertySets, -Properties, -Filter and -ResultSize become PropertySet, $select, $filter and ResultSize', async () => {
    const conn = fakeConnection();
    await proxySession(conn).run("Get-EXOMailbox -PropertySets Quota,Delivery -Properties Office,City -Filter \"Alias -like 'a*'\" -ResultSize 5");
    expect(entityReads(conn)).toEqual([
      { path: 'Mailbox', query: { PropertySet: 'Quota,Delivery', $select: 'Office,City', $filter: "Alias -like 'a*'", ResultSize: '5' }, resultSize: 5 },
    ]);
  });

  it('-Filter as a script block goes as its text, $true rewritten', async () => {
    const conn = fakeConnection();
    await proxySession(conn).run('Get-EXOMailbox -Filter { LitigationHoldEnabled -eq $true } -ResultSize Unlimited');
    expect(entityReads(conn)[0]).toMatchObject({ query: { $filter: "LitigationHoldEnabled -eq 'True'", ResultSize: 'Unlimited' }, resultSize: 'Unlimited' });
  });

  it('other parameters go by name, arrays as comma lists', async () => {
    const conn = fakeConnection();
    await proxySession(conn).run('Get-EXOMailbox -Anr ali -RecipientTypeDetails UserMailbox,SharedMailbox');
    expect(entityReads(conn)[0]!.query).toEqual({ Anr: 'ali', RecipientTypeDetails: 'UserMailbox,SharedMailbox', ResultSize: '1000' });
  });

  it('Get-EXOMailboxStatistics -Identity is the mailbox navigation', async () => {
    const conn = fakeConnection();
    await proxySession(conn).run('Get-EXOMailboxStatistics -Identity bob -PropertySets All');
    expect(entityReads(conn)).toEqual([{ path: `Mailbox('${b64('bob')}')/MailboxStatistics`, query: { isEncoded: 'true', PropertySet: 'All' }, resultSize: undefined }]);
  });

  it('Get-EXOMailbox | Get-EXOMailboxStatistics reads each mailbox statistics in turn', async () => {
    const conn = fakeConnection({ answer: (call) => (call.kind === 'entitySet' && call.request.path === 'Mailbox' ? [page([mailbox(1), mailbox(2)])] : [page([{ Identity: 's', DisplayName: 'd' }])]) });
    const r = await proxySession(conn).run('Get-EXOMailbox -ResultSize 2 | Get-EXOMailboxStatistics');
    expect(r.errors.map((e) => e.message)).toEqual([]);
    // Bound by property name from each mailbox: its address keys it rather than its Name.
    expect(entityReads(conn).map((x) => x.path)).toEqual(['Mailbox', `Mailbox('${b64('user1@contoso.com')}')/MailboxStatistics`, `Mailbox('${b64('user2@contoso.com')}')/MailboxStatistics`]);
  });

  it('a piped Get-EXOMailbox object without Identity is keyed by the first identity property it has', async () => {
    const minimum = { Name: 'dave', UserPrincipalName: 'dave@contoso.com', PrimarySmtpAddress: 'dave@contoso.com', ExternalDirectoryObjectId: 'e0e0e0e0-0000-4000-8000-000000000009' };
    const conn = fakeConnection({ answer: (call) => (call.kind === 'entitySet' && call.request.path === 'Mailbox' ? [page([minimum])] : [page([])]) });
    const r = await proxySession(conn).run('Get-EXOMailbox -ResultSize 1 | Get-EXOMailboxStatistics');
    expect(r.errors.map((e) => e.message)).toEqual([]);
    // Get-EXOMailboxStatistics has no -ExternalDirectoryObjectId, so the UPN keys it.
    expect(entityReads(conn)[1]).toEqual({ path: `Mailbox('${b64('dave@contoso.com')}')/MailboxStatistics`, query: { isEncoded: 'true' }, resultSize: undefined });
  });

  it('Get-EXOMobileDeviceStatistics -Mailbox keys the mailbox; folder permissions send the folder identity', async () => {
    const conn = fakeConnection();
    await proxySession(conn).run("Get-EXOMobileDeviceStatistics -Mailbox carol; Get-EXOMailboxFolderPermission 'carol:\\Calendar'");
    expect(entityReads(conn)).toEqual([
      { path: `Mailbox('${b64('carol')}')/MobileDeviceStatistics`, query: { isEncoded: 'true' }, resultSize: undefined },
      { path: 'MailboxFolderPermission', query: { Identity: 'carol:\\Calendar' }, resultSize: undefined },
    ]);
  });
});
