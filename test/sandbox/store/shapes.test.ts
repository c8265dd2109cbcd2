// Every record carries the properties the real object has, per ../shared/reference/objects.json
// (which the product never reads at run time: object-shapes.ts is its copy).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RecordKind } from '../../../src/sandbox/contracts.js';
import { openStoreAt } from '../../../src/sandbox/store/index.js';
import { OBJECT_SHAPES } from '../../../src/sandbox/store/object-shapes.js';
import { KIND_DEFAULTS } from '../../../src/sandbox/store/seed/defaults.js';

const objectsJson = fileURLToPath(new URL('../../../../shared/reference/objects.json', import.meta.url));
const reference = JSON.parse(readFileSync(objectsJson, 'utf8')) as { types: Array<{ name: string; properties: Array<{ name: string }> }> };
const typeOf: Partial<Record<RecordKind, string>> = {
  Mailbox: 'Mailbox', User: 'User', CASMailbox: 'CASMailbox', MailboxStatistics: 'MailboxStatistics',
  MailboxFolderStatistics: 'MailboxFolderStatistics', MailboxPermission: 'MailboxPermission', RecipientPermission: 'RecipientPermission',
  MailboxFolderPermission: 'MailboxFolderPermission', DistributionGroup: 'DistributionGroup', DistributionGroupMember: 'ReducedRecipient',
  UnifiedGroup: 'UnifiedGroup', UnifiedGroupLink: 'UnifiedGroupLink', MobileDeviceStatistics: 'MobileDeviceStatistics',
  AcceptedDomain: 'AcceptedDomain', OrganizationConfig: 'OrganizationConfig', TransportRule: 'TransportRule',
  MailboxAutoReplyConfiguration: 'MailboxAutoReplyConfiguration', InboxRule: 'InboxRule', RoleGroup: 'RoleGroup',
  RoleGroupMember: 'ReducedRecipient', ManagementRoleAssignment: 'ManagementRoleAssignment', MessageTrace: 'MessageTrace',
};

describe('record shapes', async () => {
  const store = await openStoreAt({ mailboxes: 200 }, new Date('2026-11-24T00:00:00Z'));

  it('lists every objects.json property of the matching type in object-shapes.ts', () => {
    for (const [kind, typeName] of Object.entries(typeOf)) {
      const type = reference.types.find((t) => t.name === typeName)!;
      for (const p of type.properties) expect(OBJECT_SHAPES[kind as RecordKind], `${kind}.${p.name}`).toContain(p.name);
    }
  });

  it('gives every seeded record exactly the properties of its kind, in the same order, with a Guid', () => {
    for (const t of store.tenants()) {
      for (const kind of Object.keys(OBJECT_SHAPES) as RecordKind[]) {
        for (const record of t.list(kind).slice(0, 25)) {
          expect(Object.keys(record)).toEqual(OBJECT_SHAPES[kind]);
          expect(typeof record.Guid).toBe('string');
        }
      }
    }
  });

  it('keeps defaults within each kind\'s shape', () => {
    for (const kind of Object.keys(OBJECT_SHAPES) as RecordKind[]) {
      for (const key of Object.keys(KIND_DEFAULTS[kind])) expect(OBJECT_SHAPES[kind], `${kind}.${key}`).toContain(key);
    }
  });

  it('carries the owner of per-mailbox records in OwnerGuid', () => {
    const contoso = store.tenant('contoso')!;
    const mailbox = contoso.list('Mailbox')[5]!;
    for (const kind of ['CASMailbox', 'MailboxStatistics', 'MailboxFolderStatistics', 'MailboxPermission', 'RecipientPermission', 'MailboxFolderPermission', 'MailboxAutoReplyConfiguration'] as RecordKind[]) {
      const owned = contoso.byOwner(kind, mailbox.Guid);
      expect(owned.length, kind).toBeGreaterThan(0);
      for (const r of owned) expect(r['OwnerGuid']).toBe(mailbox.Guid);
    }
  });

  it('uses the REST value formats: ISO dates with offset, EnhancedTimeSpan, Unlimited, proxy prefixes', () => {
    const m = store.tenant('contoso')!.list('Mailbox')[3]!;
    expect(m['WhenCreatedUTC']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$/);
    expect(m['RetainDeletedItemsFor']).toBe('14.00:00:00');
    expect(m['ProhibitSendReceiveQuota']).toMatch(/^(100|50) GB \((107,374,182,400|53,687,091,200) bytes\)$/);
    expect(m['ExchangeVersion']).toBe('0.20 (15.0.0.0)');
    expect(m['Identity']).toBe(m['Name']);
    expect(m['Guid']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
