// The query module over the sandbox's own seeded tenant: every identity form of every seeded
// object finds it, and every filterable property reads the values the store holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/sandbox/store/index.js';
import type { ExchangeStore, RecordKind, StoredRecord, TenantStore } from '../../../src/sandbox/contracts.js';
import {
  compileOpathFilter,
  createIdentityIndex,
  filterSchemaFor,
  resolveIdentity,
  type FilterableProperty,
} from '../../../src/sandbox/query/index.js';

let store: ExchangeStore;
let contoso: TenantStore;

beforeAll(async () => {
  store = await openStore({ mailboxes: 300, seed: 7 });
  contoso = store.tenant('contoso')!;
});

afterAll(async () => {
  await store.close();
});

const UNIQUE_FORMS = ['Guid', 'ExchangeGuid', 'ExternalDirectoryObjectId', 'DistinguishedName', 'UserPrincipalName', 'PrimarySmtpAddress', 'LegacyExchangeDN'];
const ANY_FORMS = ['Name', 'Alias', 'SamAccountName', 'Identity'];

describe.each<RecordKind>(['Mailbox', 'User', 'DistributionGroup', 'UnifiedGroup'])('identities of seeded %s records', (kind) => {
  it('every documented form finds the record; GUIDs, DNs and addresses find only it', () => {
    const records = contoso.list(kind);
    expect(records.length).toBeGreaterThan(0);
    const index = createIdentityIndex(records);
    for (const r of records) {
      for (const form of [...UNIQUE_FORMS, ...ANY_FORMS]) {
        const v = r[form];
        if (typeof v !== 'string' || v === '' || v === '00000000-0000-0000-0000-000000000000') continue;
        const hits = resolveIdentity(index, v);
        expect(hits, `${form} ${v}`).toContain(r);
        if (UNIQUE_FORMS.includes(form)) expect(hits.map((h) => h.Guid), `${form} ${v}`).toEqual([r.Guid]);
      }
      for (const address of (r['EmailAddresses'] as string[] | undefined) ?? []) {
        expect(resolveIdentity(index, address), address).toContain(r);
      }
    }
  });
});

/** The filter text that asks for `value` of a property, as a user would write it. */
function literal(value: unknown): string | undefined {
  if (typeof value === 'boolean') return value ? '$true' : '$false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  return undefined;
}

/** Displayed values the docs say a filter cannot use as such. */
const NOT_ROUND_TRIPPED = new Set(['exchangeversion', 'owaenabled']);

describe.each([
  ['Mailbox', 'Mailbox'],
  ['User', 'User'],
  ['CASMailbox', 'CASMailbox'],
  ['DistributionGroup', 'DistributionGroup'],
  ['UnifiedGroup', 'UnifiedGroup'],
] as [string, RecordKind][])('filtering seeded %s records', (noun, kind) => {
  const properties = (): FilterableProperty[] => [...filterSchemaFor(noun).properties.values()];

  it('-eq $null and -ne $null split the records in two for every filterable property', () => {
    const records = contoso.list(kind);
    for (const p of properties()) {
      const blank = records.filter(compileOpathFilter(`${p.name} -eq $null`, filterSchemaFor(noun))).length;
      const set = records.filter(compileOpathFilter(`${p.name} -ne $null`, filterSchemaFor(noun))).length;
      expect(blank + set, p.name).toBe(records.length);
    }
  });

  it('a stored value, written back into a filter, finds the record it came from', () => {
    const records = contoso.list(kind).slice(0, 40);
    const schema = filterSchemaFor(noun);
    let checked = 0;
    for (const p of properties()) {
      if (NOT_ROUND_TRIPPED.has(p.name.toLowerCase())) continue;
      for (const r of records) {
        const raw = r[p.name];
        const values = Array.isArray(raw) ? raw : [raw];
        const wholeList = p.kind === 'flags' || p.kind === 'orderedFlags';
        for (const v of wholeList ? [Array.isArray(raw) ? raw.join(',') : raw] : values) {
          const text = literal(v);
          if (text === undefined || text === "''") continue;
          const predicate = compileOpathFilter(`${p.name} -eq ${text}`, schema);
          expect(predicate(r as StoredRecord), `${p.name} -eq ${text}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('agrees with a direct check for common admin filters', () => {
    const records = contoso.list(kind);
    const schema = filterSchemaFor(noun);
    const count = (f: string) => records.filter(compileOpathFilter(f, schema)).length;
    if (kind === 'Mailbox') {
      expect(count("RecipientTypeDetails -eq 'SharedMailbox'")).toBe(records.filter((r) => r.RecipientTypeDetails === 'SharedMailbox').length);
      expect(count('LitigationHoldEnabled -eq $true')).toBe(records.filter((r) => r.LitigationHoldEnabled === true).length);
      expect(count("EmailAddresses -like '*@contoso.onmicrosoft.com'")).toBe(
        records.filter((r) => (r.EmailAddresses as string[]).some((a) => a.toLowerCase().endsWith('@contoso.onmicrosoft.com'))).length,
      );
      expect(count("WhenCreated -ge '1/1/2020'")).toBe(records.filter((r) => Date.parse(String(r.WhenCreated)) >= Date.UTC(2020, 0, 1)).length);
    }
  });
});
