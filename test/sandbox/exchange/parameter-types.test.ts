// The service's binding of values whose type names are easy to get wrong: Unlimited<T> over a time
// span, and ProxyAddress, whose documented "valid values" are only its prefixes.
import { describe, expect, it } from 'vitest';
import { cmdletCatalog } from '../../../src/sandbox/exchange/metadata.js';
import { bindParameters } from '../../../src/sandbox/exchange/parameters.js';

const catalog = cmdletCatalog();
function bind(cmdlet: string, parameters: Record<string, unknown>) {
  return bindParameters(catalog, catalog.get(cmdlet)!, parameters);
}

describe('Unlimited parameters', () => {
  it('take time-span text, days, Unlimited and sizes', () => {
    expect(bind('Set-Mailbox', { Identity: 'admin', LitigationHoldDuration: '30.00:00:00' }).values.get('LitigationHoldDuration')).toBe('30.00:00:00');
    expect(bind('Set-Mailbox', { Identity: 'admin', LitigationHoldDuration: '2555' }).values.get('LitigationHoldDuration')).toBe(2555);
    expect(bind('Set-Mailbox', { Identity: 'admin', LitigationHoldDuration: 'unlimited' }).values.get('LitigationHoldDuration')).toBe('Unlimited');
    expect(bind('New-MobileDeviceMailboxPolicy', { Name: 'p', MaxInactivityTimeLock: '00:15:00' }).values.get('MaxInactivityTimeLock')).toBe('00:15:00');
    expect(bind('Set-Mailbox', { Identity: 'admin', ProhibitSendQuota: '49 GB' }).values.get('ProhibitSendQuota')).toBe('49 GB');
  });

  it('still refuse what is none of those', () => {
    expect(() => bind('Set-Mailbox', { Identity: 'admin', LitigationHoldDuration: 'a month' })).toThrow(
      'Cannot convert value "a month" to type "Microsoft.Exchange.Data.Unlimited". Error: ""a month" isn\'t a valid value."',
    );
    expect(() => bind('Set-Mailbox', { Identity: 'admin', LitigationHoldDuration: '30:00:00:00' })).toThrow(/isn't a valid value/);
  });
});

describe('ProxyAddress parameters', () => {
  it('take whole addresses, not only the prefixes the docs list as valid values', () => {
    const r = bind('New-SyncMailPublicFolder', { Name: 'pf', Alias: 'pf', EntryId: 'e', EmailAddresses: ['SMTP:pf@contoso.com', 'x500:/o=Contoso/cn=pf'], WindowsEmailAddress: 'pf@contoso.com' });
    expect(r.values.get('EmailAddresses')).toEqual(['SMTP:pf@contoso.com', 'x500:/o=Contoso/cn=pf']);
    expect(bind('Set-Mailbox', { Identity: 'admin', ForwardingSmtpAddress: 'smtp:boss@fabrikam.com' }).values.get('ForwardingSmtpAddress')).toBe('smtp:boss@fabrikam.com');
  });

  it('an enumeration is still one', () => {
    expect(() => bind('Set-Mailbox', { Identity: 'admin', Type: 'Castle' })).toThrow(/does not belong to the set/);
  });
});
