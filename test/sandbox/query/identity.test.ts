// Get-Mailbox -Identity <x>: every form the service documents names the same mailbox.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  canonicalNameFromDn,
  createIdentityIndex,
  resolveIdentity,
} from '../../../src/sandbox/query/index.js';
import type { StoredRecord } from '../../../src/sandbox/contracts.js';

const DN_BASE = 'OU=contoso.onmicrosoft.com,OU=Microsoft Exchange Hosted Organizations,DC=NAMPR01A001,DC=prod,DC=outlook,DC=com';

const RECORDS: StoredRecord[] = [
  {
    Guid: '6f0a6b55-31f2-4c59-9a37-2b7a5a0c0001',
    ExchangeGuid: 'a1b2c3d4-0000-4000-8000-00000000aaaa',
    ExternalDirectoryObjectId: 'e9f1e7b0-1111-4000-8000-00000000bbbb',
    Name: 'Łukasz Nowak',
    Alias: 'lukasz',
    DisplayName: 'Łukasz Nowak (Sales)',
    DistinguishedName: `CN=Łukasz Nowak,${DN_BASE}`,
    UserPrincipalName: 'lukasz@contoso.com',
    PrimarySmtpAddress: 'lukasz.nowak@contoso.com',
    EmailAddresses: ['SMTP:lukasz.nowak@contoso.com', 'smtp:lukasz@contoso.onmicrosoft.com', 'X500:/o=ExchangeLabs/ou=Old/cn=Recipients/cn=lnowak'],
    LegacyExchangeDN: '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=abc123-lukasz',
    SamAccountName: '$ABC123-LUKASZ',
  },
  {
    Guid: '6f0a6b55-31f2-4c59-9a37-2b7a5a0c0002',
    Name: 'Sales',
    Alias: 'sales',
    DisplayName: 'Sales Team',
    DistinguishedName: `CN=Sales,${DN_BASE}`,
    PrimarySmtpAddress: 'sales@contoso.com',
    EmailAddresses: ['SMTP:sales@contoso.com'],
  },
  {
    Guid: '6f0a6b55-31f2-4c59-9a37-2b7a5a0c0003',
    Name: 'sales-archive',
    Alias: 'Sales',
    DisplayName: 'Sales archive',
    DistinguishedName: `CN=sales-archive,${DN_BASE}`,
    PrimarySmtpAddress: 'sales-archive@contoso.com',
  },
  {
    Guid: '6f0a6b55-31f2-4c59-9a37-2b7a5a0c0004',
    Name: 'Smith\\, John',
    Alias: 'jsmith',
    DisplayName: 'Smith, John',
    DistinguishedName: `CN=Smith\\, John,${DN_BASE}`,
    PrimarySmtpAddress: 'john.smith@contoso.com',
  },
];

const aliases = (records: StoredRecord[]) => records.map((r) => r.Alias);

describe.each([
  ['a plain array', (identity: string) => resolveIdentity(RECORDS, identity)],
  ['an identity index', (identity: string) => resolveIdentity(createIdentityIndex(RECORDS), identity)],
])('resolveIdentity over %s', (_label, resolve) => {
  it.each([
    ['name', 'Łukasz Nowak'],
    ['name in other casing', 'łUKASZ nOWAK'],
    ['alias', 'LUKASZ'],
    ['display name', 'Łukasz Nowak (Sales)'],
    ['distinguished name', `CN=Łukasz Nowak,${DN_BASE}`],
    ['canonical name', 'NAMPR01A001.prod.outlook.com/Microsoft Exchange Hosted Organizations/contoso.onmicrosoft.com/Łukasz Nowak'],
    ['GUID', '6F0A6B55-31F2-4C59-9A37-2B7A5A0C0001'],
    ['GUID in braces', '{6f0a6b55-31f2-4c59-9a37-2b7a5a0c0001}'],
    ['ExchangeGuid', 'a1b2c3d4-0000-4000-8000-00000000aaaa'],
    ['ExternalDirectoryObjectId', 'e9f1e7b0-1111-4000-8000-00000000bbbb'],
    ['user principal name', 'Lukasz@Contoso.com'],
    ['primary SMTP address', 'lukasz.nowak@contoso.com'],
    ['secondary proxy address', 'lukasz@contoso.onmicrosoft.com'],
    ['proxy address with its prefix', 'smtp:lukasz@contoso.onmicrosoft.com'],
    ['X500 address', 'X500:/o=ExchangeLabs/ou=Old/cn=Recipients/cn=lnowak'],
    ['LegacyExchangeDN', '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=abc123-lukasz'],
    ['SamAccountName', '$abc123-lukasz'],
    ['Domain\\SamAccountName', 'NAMPR01A001\\$ABC123-LUKASZ'],
    ['surrounding spaces', '  lukasz  '],
  ])('finds a mailbox by its %s', (_form, identity) => {
    expect(aliases(resolve(identity))).toEqual(['lukasz']);
  });

  it('returns every match so the caller can report ambiguity', () => {
    expect(aliases(resolve('sales'))).toEqual(['sales', 'Sales']);
  });

  it('consults display names only when no other form matches', () => {
    // 'Sales Team' is only a display name; 'sales' is an alias AND the start of display names.
    expect(aliases(resolve('Sales Team'))).toEqual(['sales']);
    const twins = [
      { Guid: 'a', Name: 'rj1', Alias: 'rj1', DisplayName: 'Robert Jackson' },
      { Guid: 'b', Name: 'rj2', Alias: 'rj2', DisplayName: 'Robert Jackson' },
      { Guid: 'c', Name: 'Robert Jackson', Alias: 'robert', DisplayName: 'Bob' },
    ];
    expect(aliases(resolveIdentity(twins, 'robert jackson'))).toEqual(['robert']);
    expect(aliases(resolveIdentity(createIdentityIndex(twins), 'robert jackson'))).toEqual(['robert']);
    const onlyTwins = twins.slice(0, 2);
    expect(aliases(resolveIdentity(onlyTwins, 'Robert Jackson'))).toEqual(['rj1', 'rj2']);
    expect(aliases(resolveIdentity(createIdentityIndex(onlyTwins), 'Robert Jackson'))).toEqual(['rj1', 'rj2']);
  });

  it('returns nothing for an unknown or empty identity', () => {
    expect(resolve('nobody@contoso.com')).toEqual([]);
    expect(resolve('   ')).toEqual([]);
  });

  it('handles escaped commas in a distinguished name', () => {
    expect(aliases(resolve(`CN=Smith\\, John,${DN_BASE}`))).toEqual(['jsmith']);
    expect(aliases(resolve('Smith, John'))).toEqual(['jsmith']);
  });

  it('expands * wildcards over names, aliases and addresses', () => {
    expect(aliases(resolve('sales*'))).toEqual(['sales', 'Sales']);
    expect(aliases(resolve('*@contoso.com'))).toHaveLength(4);
  });
});

describe('IdentityIndex', () => {
  it('follows adds, updates and removals', () => {
    const index = createIdentityIndex(RECORDS.slice(0, 2));
    expect(aliases(resolveIdentity(index, 'sales'))).toEqual(['sales']);

    const renamed = { ...RECORDS[1]!, Alias: 'team-sales', Name: 'Team Sales' };
    index.remove(RECORDS[1]!);
    index.add(renamed);
    expect(resolveIdentity(index, 'Sales')).toEqual([]);
    expect(aliases(resolveIdentity(index, 'team-sales'))).toEqual(['team-sales']);

    index.add(RECORDS[2]!);
    expect(aliases(resolveIdentity(index, 'sales'))).toEqual(['Sales']);
    index.remove(RECORDS[2]!);
    expect(resolveIdentity(index, 'sales')).toEqual([]);
    expect(index.size).toBe(2);
  });

  it('re-adding a record by the same Guid replaces its keys', () => {
    const index = createIdentityIndex([RECORDS[1]!]);
    index.add({ ...RECORDS[1]!, Alias: 'renamed', Name: 'Renamed', DisplayName: 'Renamed', PrimarySmtpAddress: 'r@contoso.com', EmailAddresses: [] });
    expect(resolveIdentity(index, 'sales')).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('uses the index passed as a third argument', () => {
    const index = createIdentityIndex(RECORDS);
    expect(aliases(resolveIdentity([], 'jsmith', index))).toEqual(['jsmith']);
  });
});

describe('canonicalNameFromDn', () => {
  it('turns a DN into domain/OU/name', () => {
    expect(canonicalNameFromDn('CN=Ann,OU=Users,DC=contoso,DC=com')).toBe('contoso.com/Users/Ann');
    expect(canonicalNameFromDn('not a dn')).toBeUndefined();
  });
});

describe('IdentityIndex.sync', () => {
  it('follows a store that swaps in a new array per change', () => {
    const v1 = RECORDS.slice(0, 3);
    const index = createIdentityIndex(v1);
    const renamed = { ...RECORDS[1]!, Alias: 'team-sales', Name: 'Team Sales' };
    const v2 = [v1[0]!, renamed, RECORDS[3]!];
    index.sync(v2);
    expect(index.size).toBe(3);
    expect(aliases(resolveIdentity(index, 'sales'))).toEqual([]);
    expect(aliases(resolveIdentity(index, 'team-sales'))).toEqual(['team-sales']);
    expect(aliases(resolveIdentity(index, 'jsmith'))).toEqual(['jsmith']);
    expect(resolveIdentity(index, 'sales-archive')).toEqual([]);
    // Same answers as an index built from scratch, for every key of every record.
    const fresh = createIdentityIndex(v2);
    for (const r of [...RECORDS, renamed] as StoredRecord[]) {
      for (const v of [r['Name'], r['Alias'], r['PrimarySmtpAddress'], r.Guid, r['DisplayName']]) {
        if (typeof v === 'string') expect(resolveIdentity(index, v)).toEqual(resolveIdentity(fresh, v));
      }
    }
  });
});

describe('IdentityIndex.sync, property', () => {
  const NAMES = ['ann', 'bob', 'Ann', 'cy', 'dee'];
  type Edit = { op: 'insert' | 'update' | 'remove'; at: number; name: string; alias: string };
  const editArb: fc.Arbitrary<Edit> = fc.record({
    op: fc.constantFrom('insert', 'update', 'remove') as fc.Arbitrary<Edit['op']>,
    at: fc.nat(20),
    name: fc.constantFrom(...NAMES),
    alias: fc.constantFrom(...NAMES),
  });

  it('answers like a fresh index after any sequence of edits, in list order', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 30 }), (edits) => {
        let list: StoredRecord[] = [];
        let next = 0;
        const index = createIdentityIndex(list);
        for (const e of edits) {
          const copy = [...list];
          if (e.op === 'insert' || copy.length === 0) {
            copy.splice(e.at % (copy.length + 1), 0, { Guid: `g${next++}`, Name: e.name, Alias: e.alias, DisplayName: `${e.name} ${e.alias}` });
          } else if (e.op === 'update') {
            const i = e.at % copy.length;
            copy[i] = { ...copy[i]!, Alias: e.alias, DisplayName: e.name };
          } else {
            copy.splice(e.at % copy.length, 1);
          }
          list = copy;
          index.sync(list);
          const fresh = createIdentityIndex(list);
          for (const key of [...NAMES, '*', 'a*', ...list.map((r) => String(r.DisplayName)), ...list.map((r) => r.Guid)]) {
            expect(resolveIdentity(index, key).map((r) => r.Guid)).toEqual(resolveIdentity(fresh, key).map((r) => r.Guid));
          }
          expect(index.size).toBe(list.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('no identity text makes resolution throw', () => {
  const pieces = fc.constantFrom('\\', '/', '=', ',', '*', '{', '}', 'smtp:', 'x500:', '@', ' ', 'CN=', 'DC=', '.', 'é', '(', '[', '$', 'sales', 'lukasz');
  it('holds for odd identities, indexed or not', () => {
    const index = createIdentityIndex(RECORDS);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.array(pieces, { maxLength: 12 }).map((a) => a.join(''))), (identity) => {
        const scanned = resolveIdentity(RECORDS, identity);
        const indexed = resolveIdentity(index, identity);
        expect(indexed.map((r) => r.Guid)).toEqual(scanned.map((r) => r.Guid));
      }),
      { numRuns: 1000 },
    );
  });
});
