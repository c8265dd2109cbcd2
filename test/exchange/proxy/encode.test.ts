// CmdletInput.Parameters as rest-protocol.md §1.4 describes them, row by row.
import { describe, expect, it } from 'vitest';
import { encodeParameters, encodeValue, rewriteFilterBooleans } from '../../../src/exchange/proxy/encode.js';
import { PSDateTime, PSHashtable, PSTimeSpan } from '../../../src/runtime/values.js';
import { cmdletMetadata, fakeConnection, invokes, mailbox, page, proxySession } from './fake-connection.js';

async function sent(command: string): Promise<Record<string, unknown>> {
  const conn = fakeConnection({ answer: [page([mailbox(1)])] });
  const r = await proxySession(conn).run(command);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  const calls = invokes(conn);
  return calls[calls.length - 1]!.parameters;
}

describe('rest-protocol §1.4 parameter encoding', () => {
  it('only bound parameters go, under their canonical names', async () => {
    expect(await sent('Get-Mailbox')).toEqual({});
    expect(await sent('get-mailbox -identity USER1')).toEqual({ Identity: 'USER1' });
  });

  it('$null is null', async () => {
    expect(await sent('Set-Mailbox user1 -ForwardingSmtpAddress $null -Confirm:$false')).toMatchObject({ ForwardingSmtpAddress: null });
  });

  it('a switch is true when present and false when given $false', async () => {
    expect(await sent('Get-Mailbox -Archive')).toEqual({ Archive: true });
    expect(await sent('Get-Mailbox -Archive:$false')).toEqual({ Archive: false });
  });

  it('booleans and numbers are JSON booleans and numbers', async () => {
    expect(await sent("Set-Mailbox user1 -LitigationHoldEnabled $true -ResourceCapacity '12' -RulesQuota 256KB -Confirm:$false")).toMatchObject({
      LitigationHoldEnabled: true,
      ResourceCapacity: 12,
      RulesQuota: '256 KB (262,144 bytes)',
    });
  });

  it('string arrays are JSON arrays', async () => {
    expect(await sent("Set-Mailbox user1 -EmailAddresses 'SMTP:a@contoso.com','smtp:b@contoso.com' -Confirm:$false")).toMatchObject({
      EmailAddresses: ['SMTP:a@contoso.com', 'smtp:b@contoso.com'],
    });
  });

  it('a hashtable (multi-value add/remove) is an object annotated as GenericHashTable', async () => {
    expect(await sent("Set-Mailbox user1 -EmailAddresses @{Add='x@contoso.com'; Remove='y@contoso.com'} -Confirm:$false")).toMatchObject({
      EmailAddresses: { '@odata.type': '#Exchange.GenericHashTable', Add: 'x@contoso.com', Remove: 'y@contoso.com' },
    });
  });

  it('nested hashtables carry the annotation too', async () => {
    expect(await sent("New-DlpPolicy -Name p -Parameters @{Outer=@{Inner='v'}} -Confirm:$false")).toMatchObject({
      Parameters: { '@odata.type': '#Exchange.GenericHashTable', Outer: { '@odata.type': '#Exchange.GenericHashTable', Inner: 'v' } },
    });
  });

  it('hashtable[] is the array plus a sibling <Param>@odata.type', async () => {
    const p = await sent("Set-TransportRule r1 -MessageContainsDataClassifications @{Name='Credit Card Number'},@{Name='SWIFT Code'; minCount='2'} -Confirm:$false");
    expect(p['MessageContainsDataClassifications@odata.type']).toBe('#Collection(Exchange.GenericHashTable)');
    expect(p['MessageContainsDataClassifications']).toEqual([
      { '@odata.type': '#Exchange.GenericHashTable', Name: 'Credit Card Number' },
      { '@odata.type': '#Exchange.GenericHashTable', Name: 'SWIFT Code', minCount: '2' },
    ]);
  });

  it('dates are ISO-8601 UTC with seven fraction digits', () => {
    expect(encodeValue(new PSDateTime(Date.UTC(2026, 0, 2, 3, 4, 5, 60), 'Utc'))).toBe('2026-01-02T03:04:05.0600000Z');
  });

  it('a date argument binds as a date and goes as UTC text', async () => {
    const p = await sent("Set-Mailbox user1 -LitigationHoldDate '2026-01-02T03:04:05Z' -Confirm:$false");
    expect(p['LitigationHoldDate']).toBe('2026-01-02T03:04:05.0000000Z');
  });

  it('TimeSpan, EnhancedTimeSpan and CultureInfo go as their text', async () => {
    expect(encodeValue(new PSTimeSpan(14 * 864_000_000_000))).toBe('14.00:00:00');
    expect(await sent("Set-Mailbox user1 -RetainDeletedItemsFor '30.00:00:00' -Confirm:$false")).toMatchObject({ RetainDeletedItemsFor: '30.00:00:00' });
    expect(await sent('Set-Mailbox user1 -RetainDeletedItemsFor ([timespan]::FromDays(14)) -Confirm:$false')).toMatchObject({ RetainDeletedItemsFor: '14.00:00:00' });
    expect(await sent('Set-MailboxRegionalConfiguration user1 -Language de-DE -Confirm:$false')).toMatchObject({ Language: 'de-DE' });
  });

  it('-Filter {…} sends the block text, $true/$false rewritten for the service', async () => {
    expect(await sent("Get-Mailbox -Filter {Alias -like 'a*' -and HiddenFromAddressListsEnabled -eq $false}")).toEqual({
      Filter: "Alias -like 'a*' -and HiddenFromAddressListsEnabled -eq 'False'",
    });
    expect(await sent("Get-Mailbox -Filter 'LitigationHoldEnabled -eq $TRUE'")).toEqual({ Filter: "LitigationHoldEnabled -eq 'True'" });
    expect(rewriteFilterBooleans('$trueish -eq $false')).toBe("$trueish -eq 'False'");
  });

  it('a service object passed or piped becomes its Identity', async () => {
    expect(await sent('$m = Get-Mailbox user1; Set-Mailbox -Identity $m -Office Paris -Confirm:$false')).toMatchObject({ Identity: 'user1', Office: 'Paris' });
  });

  it('a SecureString goes as its text and never shows in output or errors', async () => {
    const conn = fakeConnection({ answer: [page([mailbox('shared1')])] });
    const r = await proxySession(conn).run(
      "$p = ConvertTo-SecureString 'Secret-Pa55!' -AsPlainText -Force; New-Mailbox -Name shared1 -MicrosoftOnlineServicesID s@contoso.com -Password $p -Confirm:$false | Format-List | Out-String",
    );
    expect(r.errors).toEqual([]);
    expect(invokes(conn)[0]!.parameters).toMatchObject({ Name: 'shared1', Password: 'Secret-Pa55!' });
    expect(r.text).not.toContain('Secret-Pa55!');
  });

  it('-UseCustomRouting binds but is not sent', async () => {
    const meta = cmdletMetadata('Get-MailboxStatistics');
    const has = meta.parameters.some((p) => p.name === 'UseCustomRouting');
    const params = encodeParameters(meta, { params: { Identity: 'u', UseCustomRouting: true }, bound: new Set(['Identity', 'UseCustomRouting']) });
    expect(params).toEqual({ Identity: 'u' });
    if (has) expect(await sent('Get-MailboxStatistics user1 -UseCustomRouting')).toEqual({ Identity: 'user1' });
  });

  it('-Confirm:$false is sent once confirmed locally; common parameters never are', async () => {
    expect(await sent('Set-Mailbox user1 -Office Paris -ErrorAction Stop -Verbose')).toEqual({ Identity: 'user1', Office: 'Paris', Confirm: false });
  });

  it('hashtable keys keep their case and values are encoded recursively', () => {
    const h = new PSHashtable();
    h.set('Add', [1, new PSDateTime(0, 'Utc')]);
    expect(encodeValue(h)).toEqual({ '@odata.type': '#Exchange.GenericHashTable', Add: [1, '1970-01-01T00:00:00.0000000Z'] });
  });
});
