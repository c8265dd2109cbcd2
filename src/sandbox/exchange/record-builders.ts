// New records as the service creates them: a mailbox with its user, CAS settings, statistics and
// auto-reply configuration; distribution groups; transport rules; permission entries. Defaults are
// the documented defaults of a new object; anything the caller passed wins.
import { randomUUID } from 'node:crypto';
import type { RecordKind, StoredRecord, TenantStore } from '../contracts.js';
import { errors } from './service-error.js';
import type { RunContext } from './verbs.js';
import { param, stringParam } from './verbs.js';
import { listOf, matchAll, principalNameOf, resolveOne, textOf } from './targets.js';

const RECIPIENT_KINDS: RecordKind[] = ['Mailbox', 'DistributionGroup', 'UnifiedGroup'];

export function defaultDomain(tenant: TenantStore): string {
  const d = tenant.list('AcceptedDomain').find((r) => r['Default'] === true);
  return (d && textOf(d, 'DomainName')) || tenant.tenant.initialDomain;
}

function aliasFrom(text: string): string {
  const cleaned = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '');
  return cleaned || `user${randomUUID().slice(0, 8)}`;
}

function dnOf(tenant: TenantStore, name: string): string {
  return `CN=${name},OU=${tenant.tenant.initialDomain},OU=Microsoft Exchange Hosted Organizations,DC=SBXPR01A001,DC=PROD,DC=OUTLOOK,DC=COM`;
}

/** Refuses a name or SMTP address another recipient already has, as the service does. */
export function assertUniqueRecipient(tenant: TenantStore, name: string | undefined, addresses: readonly string[], self?: string): void {
  const all = listOf(tenant, RECIPIENT_KINDS);
  if (name !== undefined) {
    const n = name.toLowerCase();
    if (all.some((r) => r.Guid !== self && textOf(r, 'Name').toLowerCase() === n)) throw errors.nameExists(name);
  }
  for (const address of addresses) {
    const a = address.replace(/^smtp:/i, '').toLowerCase();
    const clash = all.find(
      (r) =>
        r.Guid !== self &&
        (textOf(r, 'PrimarySmtpAddress').toLowerCase() === a ||
          textOf(r, 'UserPrincipalName').toLowerCase() === a ||
          (Array.isArray(r['EmailAddresses']) && (r['EmailAddresses'] as unknown[]).some((e) => String(e).replace(/^smtp:/i, '').toLowerCase() === a))),
    );
    if (clash) throw errors.proxyAddressExists(address.replace(/^smtp:/i, ''));
  }
}

const TYPE_SWITCHES: [string, string][] = [
  ['Shared', 'SharedMailbox'],
  ['Room', 'RoomMailbox'],
  ['Equipment', 'EquipmentMailbox'],
  ['Scheduling', 'SchedulingMailbox'],
];

export function buildMailbox(ctx: RunContext): { record: StoredRecord; related: { kind: RecordKind; record: StoredRecord }[] } {
  const tenant = ctx.tenant;
  const name = stringParam(ctx, 'Name') ?? '';
  const alias = stringParam(ctx, 'Alias') ?? aliasFrom(name);
  const domain = defaultDomain(tenant);
  const primary = stringParam(ctx, 'PrimarySmtpAddress') ?? `${alias}@${domain}`;
  const upn = stringParam(ctx, 'MicrosoftOnlineServicesID') ?? stringParam(ctx, 'UserPrincipalName') ?? primary;
  const typeDetails = TYPE_SWITCHES.find(([p]) => param(ctx, p) === true)?.[1] ?? 'UserMailbox';
  const display = stringParam(ctx, 'DisplayName') ?? name;
  const emailAddresses = [`SMTP:${primary}`, `smtp:${alias}@${tenant.tenant.initialDomain}`].filter(
    (v, i, a) => a.findIndex((x) => x.toLowerCase() === v.toLowerCase()) === i,
  );
  assertUniqueRecipient(tenant, name, [primary, upn, `${alias}@${tenant.tenant.initialDomain}`]);
  const now = ctx.now().toISOString();
  const guid = randomUUID();
  const exchangeGuid = randomUUID();
  const objectId = randomUUID();
  const record: StoredRecord = {
    Guid: guid,
    Name: name,
    Alias: alias,
    DisplayName: display,
    Identity: name,
    Id: name,
    DistinguishedName: dnOf(tenant, name),
    PrimarySmtpAddress: primary,
    UserPrincipalName: upn,
    WindowsEmailAddress: primary,
    EmailAddresses: emailAddresses,
    ExternalDirectoryObjectId: objectId,
    ExchangeGuid: exchangeGuid,
    RecipientType: 'UserMailbox',
    RecipientTypeDetails: typeDetails,
    IsResource: typeDetails === 'RoomMailbox' || typeDetails === 'EquipmentMailbox',
    ResourceType: typeDetails === 'RoomMailbox' ? 'Room' : typeDetails === 'EquipmentMailbox' ? 'Equipment' : null,
    FirstName: stringParam(ctx, 'FirstName') ?? null,
    LastName: stringParam(ctx, 'LastName') ?? null,
    OrganizationId: tenant.tenant.initialDomain,
    ExchangeVersion: '0.20 (15.0.0.0)',
    HiddenFromAddressListsEnabled: false,
    LitigationHoldEnabled: false,
    ArchiveStatus: 'None',
    ArchiveGuid: '00000000-0000-0000-0000-000000000000',
    ForwardingAddress: null,
    ForwardingSmtpAddress: null,
    DeliverToMailboxAndForward: false,
    GrantSendOnBehalfTo: [],
    ProhibitSendQuota: '99 GB (106,300,440,576 bytes)',
    ProhibitSendReceiveQuota: '100 GB (107,374,182,400 bytes)',
    IssueWarningQuota: '98 GB (105,226,698,752 bytes)',
    MaxSendSize: '35 MB (36,700,160 bytes)',
    MaxReceiveSize: '36 MB (37,748,736 bytes)',
    CustomAttribute1: '',
    WhenCreated: now,
    WhenChanged: now,
    WhenMailboxCreated: now,
  };
  // As seeded: CAS and auto-reply settings are views of the mailbox object (its Guid), statistics
  // are keyed by the mailbox database's ExchangeGuid.
  const owned = (extra: Record<string, unknown>, recordGuid = guid): StoredRecord => ({ Guid: recordGuid, OwnerGuid: guid, ...extra });
  const related: { kind: RecordKind; record: StoredRecord }[] = [
    {
      kind: 'User',
      // The seed shares the mailbox's Guid with its User record (one directory object); so does New-Mailbox.
      record: {
        Guid: guid,
        Name: name,
        DisplayName: display,
        Identity: name,
        UserPrincipalName: upn,
        WindowsLiveID: upn,
        FirstName: record['FirstName'],
        LastName: record['LastName'],
        ExternalDirectoryObjectId: objectId,
        RecipientType: 'UserMailbox',
        RecipientTypeDetails: typeDetails,
        DistinguishedName: record['DistinguishedName'],
        WhenCreated: now,
      },
    },
    {
      kind: 'CASMailbox',
      record: owned({
        Name: name, DisplayName: display, Identity: name, PrimarySmtpAddress: primary, EmailAddresses: emailAddresses,
        ActiveSyncEnabled: true, OWAEnabled: true, PopEnabled: true, ImapEnabled: true, MAPIEnabled: true, EwsEnabled: true, ECPEnabled: true,
        SmtpClientAuthenticationDisabled: null, ExchangeVersion: '0.20 (15.0.0.0)', OrganizationId: tenant.tenant.initialDomain,
      }),
    },
    {
      kind: 'MailboxStatistics',
      record: owned({
        DisplayName: display, MailboxGuid: exchangeGuid, ItemCount: 0, DeletedItemCount: 0,
        TotalItemSize: '0 B (0 bytes)', TotalDeletedItemSize: '0 B (0 bytes)', LastLogonTime: null, LastUserActionTime: null,
        MailboxTypeDetail: typeDetails,
      }, exchangeGuid),
    },
    {
      kind: 'MailboxAutoReplyConfiguration',
      record: owned({
        Identity: name, MailboxOwnerId: name, AutoReplyState: 'Disabled', ExternalAudience: 'All', InternalMessage: null,
        ExternalMessage: null, StartTime: null, EndTime: null,
      }),
    },
  ];
  return { record, related };
}

export function buildDistributionGroup(ctx: RunContext): { record: StoredRecord; related: { kind: RecordKind; record: StoredRecord }[] } {
  const tenant = ctx.tenant;
  const name = stringParam(ctx, 'Name') ?? '';
  const alias = stringParam(ctx, 'Alias') ?? aliasFrom(name);
  const primary = stringParam(ctx, 'PrimarySmtpAddress') ?? `${alias}@${defaultDomain(tenant)}`;
  assertUniqueRecipient(tenant, name, [primary]);
  const now = ctx.now().toISOString();
  const guid = randomUUID();
  const security = stringParam(ctx, 'Type')?.toLowerCase() === 'security';
  const record: StoredRecord = {
    Guid: guid,
    Name: name,
    Alias: alias,
    DisplayName: stringParam(ctx, 'DisplayName') ?? name,
    Identity: name,
    Id: name,
    DistinguishedName: dnOf(tenant, name),
    PrimarySmtpAddress: primary,
    EmailAddresses: [`SMTP:${primary}`],
    ExternalDirectoryObjectId: randomUUID(),
    RecipientType: security ? 'MailUniversalSecurityGroup' : 'MailUniversalDistributionGroup',
    RecipientTypeDetails: security ? 'MailUniversalSecurityGroup' : 'MailUniversalDistributionGroup',
    GroupType: security ? 'Universal, SecurityEnabled' : 'Universal',
    ManagedBy: param(ctx, 'ManagedBy') ?? [],
    MemberJoinRestriction: stringParam(ctx, 'MemberJoinRestriction') ?? 'Closed',
    MemberDepartRestriction: stringParam(ctx, 'MemberDepartRestriction') ?? 'Closed',
    RequireSenderAuthenticationEnabled: true,
    HiddenFromAddressListsEnabled: false,
    Notes: stringParam(ctx, 'Notes') ?? null,
    OrganizationId: tenant.tenant.initialDomain,
    WhenCreated: now,
    WhenChanged: now,
  };
  const related: { kind: RecordKind; record: StoredRecord }[] = [];
  const members = param(ctx, 'Members');
  if (Array.isArray(members)) {
    for (const m of members) related.push({ kind: 'DistributionGroupMember', record: memberEntry(ctx, guid, m) });
  }
  return { record, related };
}

/** A member entry (ReducedRecipient shape) of a group, pointing at an existing recipient. */
export function memberEntry(ctx: RunContext, groupGuid: string, member: string): StoredRecord {
  let hit: StoredRecord;
  let kind: RecordKind;
  try {
    ({ record: hit, kind } = resolveOne(ctx.tenant, RECIPIENT_KINDS, member));
  } catch (e) {
    if (e instanceof Error && e.name === 'ServiceError' && (e as { status?: number }).status === 404) throw errors.recipientNotFound(member);
    throw e;
  }
  return {
    Guid: randomUUID(),
    OwnerGuid: groupGuid,
    MemberGuid: hit.Guid,
    MemberKind: kind,
    Name: textOf(hit, 'Name'),
    DisplayName: textOf(hit, 'DisplayName'),
    Identity: textOf(hit, 'Identity') || textOf(hit, 'Name'),
    PrimarySmtpAddress: textOf(hit, 'PrimarySmtpAddress'),
    ExternalDirectoryObjectId: hit['ExternalDirectoryObjectId'] ?? null,
    RecipientType: hit['RecipientType'] ?? null,
    RecipientTypeDetails: hit['RecipientTypeDetails'] ?? null,
  };
}

export function buildTransportRule(ctx: RunContext): { record: StoredRecord; related: { kind: RecordKind; record: StoredRecord }[] } {
  const name = stringParam(ctx, 'Name') ?? '';
  if (ctx.tenant.list('TransportRule').some((r) => textOf(r, 'Name').toLowerCase() === name.toLowerCase())) {
    throw errors.nameExists(name);
  }
  const record: StoredRecord = {
    Guid: randomUUID(),
    Name: name,
    Identity: name,
    State: param(ctx, 'Enabled') === false ? 'Disabled' : 'Enabled',
    Mode: stringParam(ctx, 'Mode') ?? 'Enforce',
    Priority: ctx.tenant.list('TransportRule').length,
    Comments: stringParam(ctx, 'Comments') ?? null,
    WhenChanged: ctx.now().toISOString(),
  };
  for (const [k, v] of ctx.bound.values) {
    if (!['Name', 'Enabled', 'Mode', 'Comments', 'Priority'].includes(k)) record[k] = v;
  }
  if (typeof param(ctx, 'Priority') === 'number') record['Priority'] = param(ctx, 'Priority');
  return { record, related: [] };
}

/** The principal a -User / -Trustee names, as permission entries print it. */
export function principalOf(ctx: RunContext, text: string): string {
  if (/^(default|anonymous)$/i.test(text)) return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
  const hits = matchAll(ctx.tenant, ['Mailbox', 'DistributionGroup', 'UnifiedGroup', 'User'], text);
  if (hits.length === 0) throw errors.recipientNotFound(text);
  return principalNameOf(hits[0]!);
}

export function newEntry(owner: StoredRecord, fields: Record<string, unknown>): StoredRecord {
  return { Guid: randomUUID(), OwnerGuid: owner.Guid, ...fields };
}
