// Get-Mailbox -Filter / Get-Recipient -Filter as Exchange Online evaluates them, by example.
import { describe, expect, it } from 'vitest';
import {
  compileOpathFilter,
  filterSchemaFor,
  OpathFilterError,
  MAX_NESTING,
} from '../../../src/sandbox/query/index.js';
import type { StoredRecord } from '../../../src/sandbox/contracts.js';

const mailbox = filterSchemaFor('Mailbox');

const MAILBOXES: StoredRecord[] = [
  {
    Guid: '0f1e2d3c-0000-4000-8000-000000000001',
    Name: 'Zoë Müller',
    Alias: 'zoe',
    DisplayName: 'Zoë Müller',
    RecipientTypeDetails: 'UserMailbox',
    PrimarySmtpAddress: 'zoe@contoso.com',
    EmailAddresses: ['SMTP:zoe@contoso.com', 'smtp:zoe.mueller@contoso.onmicrosoft.com', 'X500:/o=ExchangeLabs/cn=zoe'],
    HiddenFromAddressListsEnabled: false,
    LitigationHoldEnabled: true,
    WhenCreated: '2024-03-15T09:30:00.0000000Z',
    ProhibitSendQuota: '99 GB (106,300,440,576 bytes)',
    CustomAttribute1: 'Finance',
    MaxSafeSenders: 100,
    RetainDeletedItemsFor: '14.00:00:00',
  },
  {
    Guid: '0f1e2d3c-0000-4000-8000-000000000002',
    Name: 'Reception',
    Alias: 'reception',
    DisplayName: 'Reception desk',
    RecipientTypeDetails: 'SharedMailbox',
    PrimarySmtpAddress: 'reception@contoso.com',
    EmailAddresses: ['SMTP:reception@contoso.com', 'smtp:frontdesk@fabrikam.com'],
    HiddenFromAddressListsEnabled: true,
    LitigationHoldEnabled: false,
    WhenCreated: '2023-11-02T14:00:00Z',
    ProhibitSendQuota: 'Unlimited',
    CustomAttribute1: null,
    MaxSafeSenders: 5,
    RetainDeletedItemsFor: '30.00:00:00',
  },
  {
    Guid: '0f1e2d3c-0000-4000-8000-000000000003',
    Name: '山田 太郎',
    Alias: 'taro.yamada',
    DisplayName: '山田 太郎',
    RecipientTypeDetails: 'RoomMailbox',
    PrimarySmtpAddress: 'taro@contoso.com',
    EmailAddresses: ['SMTP:taro@contoso.com'],
    HiddenFromAddressListsEnabled: 'False',
    LitigationHoldEnabled: 'True',
    WhenCreated: '2025-01-01T00:00:00Z',
    ProhibitSendQuota: '49.5 GB (53,150,220,288 bytes)',
    CustomAttribute1: '',
    RetainDeletedItemsFor: '14.00:00:00',
  },
];

function names(filter: string, records: StoredRecord[] = MAILBOXES, noun = 'Mailbox'): string[] {
  const predicate = compileOpathFilter(filter, filterSchemaFor(noun));
  return records.filter(predicate).map((r) => String(r.Alias));
}

function errorOf(filter: string, noun = 'Mailbox'): OpathFilterError {
  try {
    compileOpathFilter(filter, filterSchemaFor(noun));
  } catch (e) {
    if (e instanceof OpathFilterError) return e;
    throw e;
  }
  throw new Error(`expected ${filter} to be refused`);
}

describe('comparison operators', () => {
  it('-eq compares text case-insensitively', () => {
    expect(names("RecipientTypeDetails -eq 'sharedmailbox'")).toEqual(['reception']);
    expect(names("Name -eq 'ZOË MÜLLER'")).toEqual(['zoe']);
  });

  it('-ne is the negation of -eq', () => {
    expect(names("RecipientTypeDetails -ne 'SharedMailbox'")).toEqual(['zoe', 'taro.yamada']);
  });

  it('-like matches * at the end, the start, or both', () => {
    expect(names("Alias -like 'ta*'")).toEqual(['taro.yamada']);
    expect(names("PrimarySmtpAddress -like '*@contoso.com'")).toEqual(['zoe', 'reception', 'taro.yamada']);
    expect(names("DisplayName -like '*desk*'")).toEqual(['reception']);
    expect(names("Alias -like '*'")).toEqual(['zoe', 'reception', 'taro.yamada']);
  });

  it('-like without a wildcard is an exact, case-insensitive match', () => {
    expect(names("Alias -like 'ZOE'")).toEqual(['zoe']);
  });

  it('-notlike is the negation of -like', () => {
    expect(names("Alias -notlike 'ta*'")).toEqual(['zoe', 'reception']);
  });

  it('-gt -ge -lt -le order text case-insensitively', () => {
    expect(names("Alias -gt 'RECEPTION'")).toEqual(['zoe', 'taro.yamada']);
    expect(names("Alias -ge 'reception'")).toEqual(['zoe', 'reception', 'taro.yamada']);
    expect(names("Alias -lt 'taro'")).toEqual(['reception']);
    expect(names("Alias -le 'reception'")).toEqual(['reception']);
  });

  it('operator names are case-insensitive', () => {
    expect(names("Alias -EQ 'zoe' -OR Alias -Like 'rec*'")).toEqual(['zoe', 'reception']);
  });

  it('-eq with a * in the value is literal, not a wildcard', () => {
    expect(names("Alias -eq 'zo*'")).toEqual([]);
  });
});

describe('values', () => {
  it('accepts single-quoted, double-quoted and bare values', () => {
    expect(names("RecipientTypeDetails -eq 'RoomMailbox'")).toEqual(['taro.yamada']);
    expect(names('RecipientTypeDetails -eq "RoomMailbox"')).toEqual(['taro.yamada']);
    expect(names('RecipientTypeDetails -eq RoomMailbox')).toEqual(['taro.yamada']);
  });

  it("doubles a quote inside a quoted value ('O''Brien')", () => {
    const records = [{ Guid: 'x', Alias: 'obrien', Name: "O'Brien" }];
    expect(names("Name -eq 'O''Brien'", records)).toEqual(['obrien']);
    expect(names('Name -eq "O\'Brien"', records)).toEqual(['obrien']);
  });

  it('reads $true/$false and the True/False text the client sends instead', () => {
    expect(names('HiddenFromAddressListsEnabled -eq $true')).toEqual(['reception']);
    expect(names("HiddenFromAddressListsEnabled -eq 'True'")).toEqual(['reception']);
    expect(names('HiddenFromAddressListsEnabled -eq $FALSE')).toEqual(['zoe', 'taro.yamada']);
    expect(names("LitigationHoldEnabled -ne 'false'")).toEqual(['zoe', 'taro.yamada']);
  });

  it('finds blank and non-blank values with $null', () => {
    expect(names('CustomAttribute1 -eq $null')).toEqual(['reception', 'taro.yamada']);
    expect(names('CustomAttribute1 -ne $null')).toEqual(['zoe']);
    expect(names('MaxSafeSenders -eq $null')).toEqual(['taro.yamada']);
  });

  it('compares integers as numbers, quoted or not', () => {
    expect(names('MaxSafeSenders -gt 10')).toEqual(['zoe']);
    expect(names("MaxSafeSenders -le '5'")).toEqual(['reception']);
    expect(names('MaxSafeSenders -lt 50')).toEqual(['reception']);
  });

  it('reads dates the en-US way and compares them as instants', () => {
    expect(names("WhenCreated -gt '1/1/2024'")).toEqual(['zoe', 'taro.yamada']);
    expect(names("WhenCreated -lt '03/15/2024 10:00:00'")).toEqual(['zoe', 'reception']);
    expect(names("WhenCreated -lt '3/15/2024 9:30 AM'")).toEqual(['reception']);
    expect(names("WhenCreated -eq '2025-01-01'")).toEqual(['taro.yamada']);
    expect(names("WhenCreated -ge 'January 1, 2025'")).toEqual(['taro.yamada']);
    expect(names("WhenCreated -le '2023-11-02T15:00:00+01:00'")).toEqual(['reception']);
    expect(names("WhenCreated -lt '2023-11-02T15:00:00+01:00'")).toEqual([]);
  });

  it('looks for Unlimited quotas, and compares sizes in binary units', () => {
    expect(names("ProhibitSendQuota -eq 'Unlimited'")).toEqual(['reception']);
    expect(names("ProhibitSendQuota -ne 'Unlimited'")).toEqual(['zoe', 'taro.yamada']);
    expect(names("ProhibitSendQuota -lt '50GB'")).toEqual(['taro.yamada']);
    expect(names("ProhibitSendQuota -eq '99 GB'")).toEqual(['zoe']);
  });

  it('compares time spans', () => {
    expect(names("RetainDeletedItemsFor -gt '14.00:00:00'")).toEqual(['reception']);
  });

  it('compares GUIDs without braces and case', () => {
    expect(names("Guid -eq '{0F1E2D3C-0000-4000-8000-000000000002}'")).toEqual(['reception']);
    expect(names("Guid -like '{0F1E2D3C-0000-4000-8000-000000000002}'")).toEqual(['reception']);
  });
});

describe('multivalued properties', () => {
  it('EmailAddresses -eq matches any address, without needing the smtp: prefix', () => {
    expect(names("EmailAddresses -eq 'frontdesk@fabrikam.com'")).toEqual(['reception']);
    expect(names("EmailAddresses -eq 'smtp:frontdesk@fabrikam.com'")).toEqual(['reception']);
  });

  it('EmailAddresses -like needs the prefix, as the docs warn', () => {
    expect(names("EmailAddresses -like 'frontdesk*'")).toEqual([]);
    expect(names("EmailAddresses -like 'smtp:frontdesk*'")).toEqual(['reception']);
    expect(names("EmailAddresses -like '*@fabrikam.com'")).toEqual(['reception']);
    expect(names("EmailAddresses -like 'x500:*'")).toEqual(['zoe']);
  });

  it('-ne and -notlike hold only when no value matches', () => {
    expect(names("EmailAddresses -ne 'frontdesk@fabrikam.com'")).toEqual(['zoe', 'taro.yamada']);
    expect(names("EmailAddresses -notlike '*@contoso.onmicrosoft.com'")).toEqual(['reception', 'taro.yamada']);
  });

  it('GroupType compares as a set of flags, in any order', () => {
    const groups = [
      { Guid: 'g1', Alias: 'sec', GroupType: 'Universal, SecurityEnabled' },
      { Guid: 'g2', Alias: 'dist', GroupType: 'Universal' },
    ];
    expect(names("GroupType -eq 'SecurityEnabled,Universal'", groups, 'DistributionGroup')).toEqual(['sec']);
    expect(names("GroupType -eq 'Universal'", groups, 'DistributionGroup')).toEqual(['dist']);
  });
});

describe('logical operators, nesting and precedence', () => {
  it('-and, -or and -not combine comparisons', () => {
    expect(names("Alias -like 'z*' -or Alias -like 't*'")).toEqual(['zoe', 'taro.yamada']);
    expect(names("PrimarySmtpAddress -like '*@contoso.com' -and LitigationHoldEnabled -eq $true")).toEqual([
      'zoe',
      'taro.yamada',
    ]);
    expect(names("-not (RecipientTypeDetails -eq 'UserMailbox')")).toEqual(['reception', 'taro.yamada']);
    expect(names("-not RecipientTypeDetails -eq 'UserMailbox'")).toEqual(['reception', 'taro.yamada']);
    expect(names("!(Alias -eq 'zoe')")).toEqual(['reception', 'taro.yamada']);
  });

  it('-and and -or have equal precedence and apply left to right, as in PowerShell', () => {
    // (zoe -or reception) -and hidden → reception only; with -and binding tighter it would be zoe too.
    expect(names("Alias -eq 'zoe' -or Alias -eq 'reception' -and HiddenFromAddressListsEnabled -eq $true")).toEqual([
      'reception',
    ]);
    expect(names("Alias -eq 'zoe' -or (Alias -eq 'reception' -and HiddenFromAddressListsEnabled -eq $true)")).toEqual(
      ['zoe', 'reception'],
    );
  });

  it('accepts nested parentheses and a filter wrapped in braces or double quotes', () => {
    expect(names("((((Alias -eq 'zoe'))))")).toEqual(['zoe']);
    expect(names("{ Alias -eq 'zoe' }")).toEqual(['zoe']);
    expect(names('"Alias -eq \'zoe\'"')).toEqual(['zoe']);
    expect(names("  (Alias -eq 'zoe') -or ((Alias -eq 'reception'))  ")).toEqual(['zoe', 'reception']);
  });

  it('resolves property names in any casing', () => {
    expect(names("recipienttypedetails -eq 'RoomMailbox'")).toEqual(['taro.yamada']);
  });
});

describe('errors, worded as the service words them', () => {
  const syntaxMessage = (filter: string, position: number) =>
    `Cannot bind parameter 'Filter' to the target. Exception setting "Filter": "Invalid filter syntax. ` +
    `For a description of the filter parameter syntax see the command help.\n"${filter}" at position ${position}."`;

  it.each([
    ["Alias -eq 'zoe' -and", 20],
    ["Alias 'zoe'", 6],
    ["Alias -eq", 9],
    ["Alias -contains 'zoe'", 6],
    ["Alias -eq 'zoe' Alias -eq 'x'", 16],
    ["(Alias -eq 'zoe'", 16],
    ["Alias -eq 'zoe')", 15],
    ["Alias -eq 'zoe", 10],
    ['', 0],
    ["Alias –eq 'zoe'", 6],
    ["Alias -eq $user", 10],
    ["-and Alias -eq 'x'", 0],
    ["Alias -gt $null", 10],
    ["Alias -like 'z*o*e'", 12],
  ])('refuses %j at position %i', (filter, position) => {
    const e = errorOf(filter);
    expect(e.kind).toBe('syntax');
    expect(e.position).toBe(position);
    expect(e.message).toBe(syntaxMessage(filter, position));
    expect(e.fullyQualifiedErrorId).toBe('ParameterBindingFailed');
  });

  it('names the parameter that carried the filter', () => {
    let caught: unknown;
    try {
      compileOpathFilter('Alias -eq', mailbox, { parameterName: 'RecipientFilter' });
    } catch (e) {
      caught = e;
    }
    expect((caught as Error).message).toMatch(/^Cannot bind parameter 'RecipientFilter' to the target\. Exception setting "RecipientFilter": /);
  });

  it('refuses a property that is not filterable, listing the valid ones', () => {
    const e = errorOf("Foo -eq 'bar'");
    expect(e.kind).toBe('property');
    expect(e.position).toBe(0);
    expect(e.message).toMatch(
      /^Cannot bind parameter 'Filter' to the target\. Exception setting "Filter": ""Foo" is not a recognized filterable property\. Valid property names are: AcceptMessagesOnlyFrom, AcceptMessagesOnlyFromDLMembers, /,
    );
    expect(e.message).toContain(', RecipientTypeDetails, ');
  });

  it('refuses a property another cmdlet can filter on but this one cannot', () => {
    expect(errorOf("Title -like 'Manager*'").kind).toBe('property');
    expect(names("Title -like 'Man*'", [{ Guid: 'u', Alias: 'boss', Title: 'Manager' }], 'User')).toEqual(['boss']);
  });

  it('refuses on Get-EXOMailbox the properties filters-v2 lists as unsupported there', () => {
    expect(() => compileOpathFilter("MemberOfGroup -eq 'x'", filterSchemaFor('Mailbox'))).not.toThrow();
    expect(errorOf("MemberOfGroup -eq 'x'", 'EXOMailbox').kind).toBe('property');
  });

  it('reports the bare word of a filter with no operator as an unknown property', () => {
    // `-Filter ($_.X -eq '$False')` evaluates to the text "False" before it is sent.
    const e = errorOf('False');
    expect(e.kind).toBe('property');
    expect(e.reason.startsWith('"False" is not a recognized filterable property.')).toBe(true);
  });

  it.each([
    ["HiddenFromAddressListsEnabled -eq 'yes'", 34, 'yes', 'System.Boolean'],
    ["WhenCreated -gt 'yesterday'", 16, 'yesterday', 'System.DateTime'],
    ["WhenCreated -gt '13/1/2024'", 16, '13/1/2024', 'System.DateTime'],
    ["MaxSafeSenders -eq 'many'", 19, 'many', 'System.Int32'],
    ["ProhibitSendQuota -lt 'lots'", 22, 'lots', 'Microsoft.Exchange.Data.ByteQuantifiedSize'],
  ])('refuses %j: the value does not convert (position %i)', (filter, position, value, type) => {
    const e = errorOf(filter);
    expect(e.kind).toBe('value');
    expect(e.position).toBe(position);
    expect(e.reason).toBe(`The value "${value}" could not be converted to type ${type}.\n"${filter}" at position ${position}.`);
  });

  it('bounds nesting instead of exhausting the stack', () => {
    const deep = '('.repeat(MAX_NESTING + 5) + "Alias -eq 'x'" + ')'.repeat(MAX_NESTING + 5);
    expect(errorOf(deep).kind).toBe('syntax');
    const fine = '('.repeat(50) + "Alias -eq 'zoe'" + ')'.repeat(50);
    expect(names(fine)).toEqual(['zoe']);
  });

  it('keeps long flat chains flat', () => {
    const chain = Array.from({ length: 2000 }, () => "Alias -ne 'nobody'").join(' -and ');
    expect(names(chain)).toEqual(['zoe', 'reception', 'taro.yamada']);
  });
});

describe('links to other objects (distinguished-name properties)', () => {
  const DN = 'CN=Angela Gruber,OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=NAMPR01A001,DC=prod,DC=outlook,DC=com';
  const records: StoredRecord[] = [
    { Guid: '1', Alias: 'by-dn', ForwardingAddress: DN },
    { Guid: '2', Alias: 'by-name', ForwardingAddress: 'Angela Gruber' },
    { Guid: '3', Alias: 'other', ForwardingAddress: 'Basho Kato' },
    { Guid: '4', Alias: 'none', ForwardingAddress: null },
  ];

  it('match by distinguished name, whichever form the store keeps', () => {
    expect(names(`ForwardingAddress -eq '${DN}'`, records)).toEqual(['by-dn', 'by-name']);
  });

  it('match a stored DN by the linked object\'s name, leniently', () => {
    expect(names("ForwardingAddress -eq 'angela gruber'", records)).toEqual(['by-dn', 'by-name']);
  });

  it('match by canonical name, as the docs allow', () => {
    const canonical = 'NAMPR01A001.prod.outlook.com/Microsoft Exchange Hosted Organizations/contoso.onmicrosoft.com/Angela Gruber';
    expect(names(`ForwardingAddress -eq '${canonical}'`, records)).toEqual(['by-dn', 'by-name']);
  });

  it('find forwarding mailboxes with -ne $null', () => {
    expect(names('ForwardingAddress -ne $null', records)).toEqual(['by-dn', 'by-name', 'other']);
  });
});

describe('documented special cases', () => {
  it('PrimarySmtpAddress also searches the SMTP addresses in EmailAddresses', () => {
    const records = [
      { Guid: '1', Alias: 'dario', PrimarySmtpAddress: 'dario@contoso.com', EmailAddresses: ['SMTP:dario@contoso.com', 'smtp:dario2@contoso.com', 'SIP:dario3@contoso.com'] },
    ];
    expect(names("PrimarySmtpAddress -eq 'dario2@contoso.com'", records)).toEqual(['dario']);
    expect(names("PrimarySmtpAddress -eq 'dario3@contoso.com'", records)).toEqual([]);
    expect(names("PrimarySmtpAddress -like 'dario2*'", records)).toEqual(['dario']);
  });

  it('Get-CASMailbox -Filter "OWAEnabled -eq $true" operates backwards, as the docs warn', () => {
    const cas = [
      { Guid: '1', Alias: 'owa-on', OWAEnabled: true },
      { Guid: '2', Alias: 'owa-off', OWAEnabled: false },
    ];
    expect(names('OWAEnabled -eq $true', cas, 'CASMailbox')).toEqual(['owa-off']);
    expect(names('OWAEnabled -eq $false', cas, 'CASMailbox')).toEqual(['owa-on']);
    expect(names('PopEnabled -eq $false', [{ Guid: '3', Alias: 'pop-off', PopEnabled: false }], 'CASMailbox')).toEqual(['pop-off']);
  });

  it('UserAccountControl equals the whole list, in order', () => {
    const users = [
      { Guid: '1', Alias: 'normal', UserAccountControl: 'NormalAccount' },
      { Guid: '2', Alias: 'both', UserAccountControl: 'AccountDisabled, NormalAccount' },
    ];
    expect(names("UserAccountControl -eq 'NormalAccount'", users, 'User')).toEqual(['normal']);
    expect(names("UserAccountControl -eq 'AccountDisabled,NormalAccount'", users, 'User')).toEqual(['both']);
    expect(names("UserAccountControl -eq 'NormalAccount,AccountDisabled'", users, 'User')).toEqual([]);
  });

  it('MailboxMoveFlags equals the whole set, in any order', () => {
    const records = [{ Guid: '1', Alias: 'moving', MailboxMoveFlags: 'IntraOrg, Pull' }];
    expect(names("MailboxMoveFlags -eq 'Pull,IntraOrg'", records, 'Recipient')).toEqual(['moving']);
    expect(names("MailboxMoveFlags -eq 'Pull'", records, 'Recipient')).toEqual([]);
  });

  it('LanguagesRaw contains one language, or equals a comma list in order', () => {
    const records = [{ Guid: '1', Alias: 'bilingual', Languages: ['en-US', 'es-MX'] }];
    expect(names("LanguagesRaw -eq 'es-MX'", records)).toEqual(['bilingual']);
    expect(names("LanguagesRaw -eq 'en-US,es-MX'", records)).toEqual(['bilingual']);
    expect(names("LanguagesRaw -eq 'es-MX,en-US'", records)).toEqual([]);
  });

  it('reads filter names that differ from the displayed property names', () => {
    const records = [
      { Guid: '1', Alias: 'strict', RequireSenderAuthenticationEnabled: true, SCLJunkThreshold: 4 },
      { Guid: '2', Alias: 'open', RequireSenderAuthenticationEnabled: false, SCLJunkThreshold: null },
    ];
    expect(names('RequireAllSendersAreAuthenticated -eq $true', records)).toEqual(['strict']);
    expect(names('SCLJunkThresholdInt -ge -2147483645', records)).toEqual(['strict']);
    expect(names('SCLJunkThresholdInt -eq $null', records)).toEqual(['open']);
  });

  it('compares ExchangeVersion by the raw value the docs give for each displayed version', () => {
    const records = [
      { Guid: '1', Alias: 'e14', ExchangeVersion: '0.10 (14.0.100.0)' },
      { Guid: '2', Alias: 'e15', ExchangeVersion: '0.20 (15.0.0.0)' },
    ];
    expect(names('ExchangeVersion -lt 88218628259840', records, 'Recipient')).toEqual(['e14']);
    expect(names('ExchangeVersion -eq 88218628259840', records, 'Recipient')).toEqual(['e15']);
  });

  it('ObjectClass contains a class', () => {
    const records = [{ Guid: '1', Alias: 'user', ObjectClass: ['top', 'person', 'organizationalPerson', 'user'] }];
    expect(names("ObjectClass -eq 'person'", records, 'Recipient')).toEqual(['user']);
  });
});

describe('filters test the directory object, not one view of it', () => {
  it('reads a property the record lacks from its companion record', () => {
    const mailboxes = [
      { Guid: 'm1', Alias: 'sales-person', RecipientTypeDetails: 'UserMailbox' },
      { Guid: 'm2', Alias: 'engineer', RecipientTypeDetails: 'UserMailbox' },
    ];
    const users: Record<string, StoredRecord> = {
      m1: { Guid: 'm1', Department: 'Sales', City: 'Toulouse' },
      m2: { Guid: 'm2', Department: 'Engineering', City: 'Oslo' },
    };
    const predicate = compileOpathFilter("Department -eq 'Sales' -and RecipientTypeDetails -eq 'UserMailbox'", filterSchemaFor('Recipient'), {
      companion: (r) => users[r.Guid],
    });
    expect(mailboxes.filter(predicate).map((r) => r.Alias)).toEqual(['sales-person']);
    expect(mailboxes.filter(compileOpathFilter("Department -eq 'Sales'", filterSchemaFor('Recipient'))).length).toBe(0);
  });
});
