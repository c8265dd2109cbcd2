// Every cmdlet the sandbox runs, as data: which records it reads or writes and which generic
// behaviour (verbs.ts) applies. A cmdlet missing here answers as the service answers a cmdlet that
// does not exist. Parameter names and types are checked against the metadata asset before a spec
// runs, so specs only deal with bound, normalised values.
import type { RecordKind, StoredRecord } from '../contracts.js';
import type { BoundValue } from './parameters.js';
import {
  assertUniqueRecipient,
  buildDistributionGroup,
  buildMailbox,
  buildTransportRule,
  memberEntry,
  newEntry,
  principalOf,
} from './record-builders.js';
import { currentMemberView } from './member-view.js';
import { principalNameOf, resolveOne, textOf } from './targets.js';
import type { CmdletSpec, FieldFilter, RunContext, Source } from './verbs.js';
import { param, stringParam } from './verbs.js';

const MAILBOX: RecordKind[] = ['Mailbox'];
const RECIPIENTS: RecordKind[] = ['Mailbox', 'DistributionGroup', 'UnifiedGroup'];
// Get-Recipient also lists mail users (guests, contractors), which the store keeps as User records.
const RECIPIENT_SOURCE: Source = {
  from: 'kinds',
  kinds: [...RECIPIENTS, 'User'],
  where: { User: (r) => r['RecipientType'] === 'MailUser' },
};
const MAILBOX_OWNED: RecordKind[] = [
  'CASMailbox', 'MailboxStatistics', 'MailboxFolderStatistics', 'MailboxPermission', 'RecipientPermission',
  'MailboxFolderPermission', 'MobileDevice', 'MobileDeviceStatistics', 'MailboxAutoReplyConfiguration', 'InboxRule',
];

function like(pattern: string, text: string): boolean {
  if (!pattern.includes('*')) return pattern.toLowerCase() === text.toLowerCase();
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
  return re.test(text);
}

/** Property equals the parameter (wildcards allowed; any element of an array parameter). */
const eq = (prop: string): FieldFilter => (r, v) => {
  const actual = r[prop];
  const wanted = Array.isArray(v) ? v : [String(v)];
  const values = Array.isArray(actual) ? actual.map(String) : [actual === null || actual === undefined ? '' : String(actual)];
  return wanted.some((w) => values.some((a) => like(w, a)));
};
// -FolderScope All (or nothing) means every folder; otherwise the folder type, e.g. Inbox, Calendar.
const folderScope: FieldFilter = (r, v) => String(v).toLowerCase() === 'all' || textOf(r, 'FolderType').toLowerCase() === String(v).toLowerCase();
const since = (prop: string): FieldFilter => (r, v) => textOf(r, prop) >= String(v);
const until = (prop: string): FieldFilter => (r, v) => textOf(r, prop) <= String(v);
const includes = (prop: string): FieldFilter => (r, v) => {
  const actual = r[prop];
  const list = Array.isArray(actual) ? actual.map(String) : [String(actual ?? '')];
  const wanted = Array.isArray(v) ? v : [String(v)];
  return wanted.every((w) => list.some((a) => a.toLowerCase() === w.toLowerCase()));
};

function userMatches(ctx: RunContext, entry: StoredRecord, prop: string, paramName: string): boolean {
  const wanted = stringParam(ctx, paramName);
  if (wanted === undefined) return true;
  const value = textOf(entry, prop).toLowerCase();
  if (value === wanted.toLowerCase()) return true;
  try {
    return value === principalOf(ctx, wanted).toLowerCase();
  } catch {
    return false;
  }
}

function rightsOf(v: BoundValue | undefined): string[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [String(v)];
}

function sameRights(entry: StoredRecord, rights: string[]): boolean {
  if (rights.length === 0) return true;
  const have = rightsOf(entry['AccessRights'] as BoundValue).map((r) => r.toLowerCase());
  return rights.every((r) => have.includes(r.toLowerCase()));
}

// The Get-EXO* twins of these cmdlets read the same entries the same way.
const mailboxPermissionGet: CmdletSpec = {
  verb: 'get',
  source: { from: 'owned', kind: 'MailboxPermission', owners: MAILBOX, ownerParam: 'Identity' },
  fieldFilters: { User: eq('User') },
};
const recipientPermissionGet: CmdletSpec = {
  verb: 'get',
  source: { from: 'owned', kind: 'RecipientPermission', owners: RECIPIENTS, ownerParam: 'Identity' },
  fieldFilters: { Trustee: eq('Trustee'), AccessRights: includes('AccessRights') },
};
const folderPermissionGet: CmdletSpec = {
  verb: 'get',
  source: { from: 'owned', kind: 'MailboxFolderPermission', owners: MAILBOX, ownerParam: 'Identity', folderIdentity: true },
  fieldFilters: { User: eq('User') },
};
const mobileDeviceStatisticsGet: CmdletSpec = {
  verb: 'get',
  source: { from: 'owned', kind: 'MobileDeviceStatistics', owners: MAILBOX, ownerParam: 'Mailbox', identityWithin: true },
};

/** Remove-MailboxPermission / Remove-RecipientPermission: the ACE for `principal` with exactly these rights, or the service's refusal. */
function aceRemoval(kind: RecordKind, owners: RecordKind[], principal: 'User' | 'Trustee'): CmdletSpec {
  return {
    verb: 'remove-entry',
    kind,
    owners,
    ownerParam: 'Identity',
    matches: (ctx, e) => userMatches(ctx, e, principal, principal) && sameRights(e, rightsOf(param(ctx, 'AccessRights'))),
    describe: (ctx) => `Can't remove the access control entry on the object "${stringParam(ctx, 'Identity')}" for account "${stringParam(ctx, principal)}" because the ACE doesn't exist on the object.`,
  };
}

const mailboxPermissionAdd: CmdletSpec = {
  verb: 'add-entry',
  kind: 'MailboxPermission',
  owners: MAILBOX,
  ownerParam: 'Identity',
  build: (ctx, owner) =>
    newEntry(owner, {
      Identity: textOf(owner, 'Identity') || textOf(owner, 'Name'),
      User: principalOf(ctx, stringParam(ctx, 'User') ?? ''),
      AccessRights: rightsOf(param(ctx, 'AccessRights')),
      IsInherited: false,
      Deny: param(ctx, 'Deny') === true,
      InheritanceType: stringParam(ctx, 'InheritanceType') ?? 'All',
    }),
  existing: (_ctx, entries, c) =>
    entries.find((e) => textOf(e, 'User').toLowerCase() === textOf(c, 'User').toLowerCase() && sameRights(e, rightsOf(c['AccessRights'] as BoundValue)) && e['Deny'] === c['Deny']),
};

const recipientPermissionAdd: CmdletSpec = {
  verb: 'add-entry',
  kind: 'RecipientPermission',
  owners: RECIPIENTS,
  ownerParam: 'Identity',
  build: (ctx, owner) =>
    newEntry(owner, {
      Identity: textOf(owner, 'Identity') || textOf(owner, 'Name'),
      Trustee: principalOf(ctx, stringParam(ctx, 'Trustee') ?? ''),
      AccessControlType: 'Allow',
      AccessRights: rightsOf(param(ctx, 'AccessRights')),
      IsInherited: false,
      InheritanceType: 'None',
    }),
  existing: (_ctx, entries, c) =>
    entries.find((e) => textOf(e, 'Trustee').toLowerCase() === textOf(c, 'Trustee').toLowerCase() && sameRights(e, rightsOf(c['AccessRights'] as BoundValue))),
};

function folderPermissionEntry(replace: boolean): CmdletSpec {
  return {
    verb: 'add-entry',
    kind: 'MailboxFolderPermission',
    owners: MAILBOX,
    ownerParam: 'Identity',
    folderIdentity: true,
    replace,
    build: (ctx, owner, folder) => {
      const user = stringParam(ctx, 'User') ?? '';
      const f = folder ?? 'Top of Information Store';
      return newEntry(owner, {
        Identity: `${textOf(owner, 'Alias') || textOf(owner, 'Name')}:\\${f}`,
        FolderName: f.split('\\').pop(),
        User: /^(default|anonymous)$/i.test(user) ? principalOf(ctx, user) : textOf(resolveOne(ctx.tenant, ['Mailbox', 'User'], user).record, 'DisplayName') || user,
        AccessRights: rightsOf(param(ctx, 'AccessRights')),
        SharingPermissionFlags: stringParam(ctx, 'SharingPermissionFlags') ?? null,
        IsValid: true,
      });
    },
    existing: (_ctx, entries, c) =>
      entries.find((e) => textOf(e, 'FolderName').toLowerCase() === textOf(c, 'FolderName').toLowerCase() && textOf(e, 'User').toLowerCase() === textOf(c, 'User').toLowerCase()),
  };
}

/**
 * One primary address: -WindowsEmailAddress (Exchange Online's way to change it; -PrimarySmtpAddress
 * is on-premises only) puts it first as "SMTP:" in EmailAddresses, and an "SMTP:" entry added to
 * EmailAddresses becomes PrimarySmtpAddress; the old primary stays as a secondary "smtp:" address.
 */
function syncPrimaryAddress(target: StoredRecord, patch: Record<string, unknown>): void {
  const current = Array.isArray(patch['EmailAddresses']) ? (patch['EmailAddresses'] as string[]) : Array.isArray(target['EmailAddresses']) ? (target['EmailAddresses'] as string[]) : [];
  const given = patch['PrimarySmtpAddress'] ?? patch['WindowsEmailAddress'];
  let primary = typeof given === 'string' && given.toLowerCase() !== textOf(target, 'PrimarySmtpAddress').toLowerCase() ? given : undefined;
  if (primary === undefined) {
    const oldPrimary = textOf(target, 'PrimarySmtpAddress').toLowerCase();
    const promoted = current.filter((a) => a.startsWith('SMTP:')).find((a) => a.slice(5).toLowerCase() !== oldPrimary);
    if (!promoted) return;
    primary = promoted.slice(5);
  }
  const p = primary.toLowerCase();
  const rest = current.filter((a) => a.replace(/^smtp:/i, '').toLowerCase() !== p).map((a) => (a.startsWith('SMTP:') ? `smtp:${a.slice(5)}` : a));
  patch['EmailAddresses'] = [`SMTP:${primary}`, ...rest];
  patch['PrimarySmtpAddress'] = primary;
  patch['WindowsEmailAddress'] = primary;
}

function isSmtp(s: string): boolean {
  return /^(smtp:)?[^@\s]+@[^@\s]+$/i.test(s);
}

export const CMDLETS: Record<string, CmdletSpec> = {
  // Mailboxes
  'Get-Mailbox': { verb: 'get', source: { from: 'kinds', kinds: MAILBOX }, filterNoun: 'Mailbox' },
  'Get-EXOMailbox': {
    verb: 'get',
    source: { from: 'kinds', kinds: MAILBOX },
    filterNoun: 'EXOMailbox',
    propertySets: 'Get-EXOMailbox',
    fieldFilters: { PrimarySmtpAddress: eq('PrimarySmtpAddress'), UserPrincipalName: eq('UserPrincipalName'), ExternalDirectoryObjectId: eq('ExternalDirectoryObjectId') },
  },
  'Set-Mailbox': {
    verb: 'set',
    source: { from: 'kinds', kinds: MAILBOX },
    rename: { Type: null, EmailAddresses: 'EmailAddresses' },
    derive: (ctx) => {
      const type = stringParam(ctx, 'Type');
      if (!type) return {};
      const map: Record<string, string> = { regular: 'UserMailbox', shared: 'SharedMailbox', room: 'RoomMailbox', equipment: 'EquipmentMailbox', workspace: 'RoomMailbox' };
      return { RecipientTypeDetails: map[type.toLowerCase()] ?? type };
    },
    validate: (ctx, target, patch) => {
      syncPrimaryAddress(target, patch);
      const addresses: string[] = [];
      if (typeof patch['PrimarySmtpAddress'] === 'string') addresses.push(patch['PrimarySmtpAddress']);
      if (Array.isArray(patch['EmailAddresses'])) {
        const before = new Set((Array.isArray(target['EmailAddresses']) ? (target['EmailAddresses'] as string[]) : []).map((a) => a.toLowerCase()));
        for (const a of patch['EmailAddresses'] as string[]) if (!before.has(a.toLowerCase()) && isSmtp(a)) addresses.push(a);
      }
      const name = typeof patch['Name'] === 'string' && patch['Name'] !== target['Name'] ? patch['Name'] : undefined;
      assertUniqueRecipient(ctx.tenant, name, addresses, target.Guid);
    },
  },
  'New-Mailbox': { verb: 'new', kind: 'Mailbox', build: buildMailbox },
  'Remove-Mailbox': {
    verb: 'remove',
    source: { from: 'kinds', kinds: MAILBOX },
    cascade: MAILBOX_OWNED,
    // The mailbox's User record shares its Guid (seed and New-Mailbox alike).
    companions: (ctx, target) => {
      const user = ctx.tenant.get('User', target.Guid);
      return user ? [{ kind: 'User' as const, record: user }] : [];
    },
  },

  // Recipients and users
  'Get-Recipient': { verb: 'get', source: RECIPIENT_SOURCE, filterNoun: 'Recipient', fieldFilters: { RecipientType: eq('RecipientType') } },
  'Get-EXORecipient': {
    verb: 'get',
    source: RECIPIENT_SOURCE,
    filterNoun: 'EXORecipient',
    propertySets: 'Get-EXORecipient',
    fieldFilters: { RecipientType: eq('RecipientType'), PrimarySmtpAddress: eq('PrimarySmtpAddress'), UserPrincipalName: eq('UserPrincipalName'), ExternalDirectoryObjectId: eq('ExternalDirectoryObjectId') },
  },
  'Get-User': { verb: 'get', source: { from: 'kinds', kinds: ['User'] }, filterNoun: 'User' },

  // Client access
  'Get-CASMailbox': { verb: 'get', source: { from: 'owned', kind: 'CASMailbox', owners: MAILBOX, ownerParam: 'Identity' }, filterNoun: 'CASMailbox' },
  'Get-EXOCasMailbox': {
    verb: 'get',
    source: { from: 'owned', kind: 'CASMailbox', owners: MAILBOX, ownerParam: 'Identity' },
    filterNoun: 'EXOCasMailbox',
    propertySets: 'Get-EXOCasMailbox',
  },
  'Set-CASMailbox': { verb: 'set', source: { from: 'owned', kind: 'CASMailbox', owners: MAILBOX, ownerParam: 'Identity' } },

  // Statistics
  'Get-MailboxStatistics': { verb: 'get', source: { from: 'owned', kind: 'MailboxStatistics', owners: MAILBOX, ownerParam: 'Identity' } },
  'Get-EXOMailboxStatistics': {
    verb: 'get',
    source: { from: 'owned', kind: 'MailboxStatistics', owners: MAILBOX, ownerParam: 'Identity' },
    propertySets: 'Get-EXOMailboxStatistics',
  },
  'Get-MailboxFolderStatistics': {
    verb: 'get',
    source: { from: 'owned', kind: 'MailboxFolderStatistics', owners: MAILBOX, ownerParam: 'Identity' },
    fieldFilters: { FolderScope: folderScope },
  },
  'Get-EXOMailboxFolderStatistics': {
    verb: 'get',
    source: { from: 'owned', kind: 'MailboxFolderStatistics', owners: MAILBOX, ownerParam: 'Identity' },
    fieldFilters: { FolderScope: folderScope },
  },

  // Mailbox permissions
  'Get-MailboxPermission': mailboxPermissionGet,
  'Get-EXOMailboxPermission': mailboxPermissionGet,
  'Add-MailboxPermission': mailboxPermissionAdd,
  'Remove-MailboxPermission': aceRemoval('MailboxPermission', MAILBOX, 'User'),

  // Recipient permissions (SendAs)
  'Get-RecipientPermission': recipientPermissionGet,
  'Get-EXORecipientPermission': recipientPermissionGet,
  'Add-RecipientPermission': recipientPermissionAdd,
  'Remove-RecipientPermission': aceRemoval('RecipientPermission', RECIPIENTS, 'Trustee'),

  // Folder permissions
  'Get-MailboxFolderPermission': folderPermissionGet,
  'Get-EXOMailboxFolderPermission': folderPermissionGet,
  'Add-MailboxFolderPermission': folderPermissionEntry(false),
  'Set-MailboxFolderPermission': folderPermissionEntry(true),
  'Remove-MailboxFolderPermission': {
    verb: 'remove-entry',
    kind: 'MailboxFolderPermission',
    owners: MAILBOX,
    ownerParam: 'Identity',
    folderIdentity: true,
    matches: (ctx, e, folder) =>
      (folder === undefined || textOf(e, 'FolderName').toLowerCase() === folder.split('\\').pop()!.toLowerCase()) &&
      (textOf(e, 'User').toLowerCase() === (stringParam(ctx, 'User') ?? '').toLowerCase() || userMatchesDisplay(ctx, e)),
    describe: (ctx) => `There is no existing permission entry found for user: ${stringParam(ctx, 'User')}.`,
  },

  // Distribution groups
  'Get-DistributionGroup': { verb: 'get', source: { from: 'kinds', kinds: ['DistributionGroup'] }, filterNoun: 'DistributionGroup' },
  'New-DistributionGroup': { verb: 'new', kind: 'DistributionGroup', build: buildDistributionGroup },
  'Set-DistributionGroup': {
    verb: 'set',
    source: { from: 'kinds', kinds: ['DistributionGroup'] },
    rename: { BypassSecurityGroupManagerCheck: null },
    validate: (ctx, target, patch) => {
      const name = typeof patch['Name'] === 'string' && patch['Name'] !== target['Name'] ? patch['Name'] : undefined;
      const addresses = typeof patch['PrimarySmtpAddress'] === 'string' ? [patch['PrimarySmtpAddress']] : [];
      assertUniqueRecipient(ctx.tenant, name, addresses, target.Guid);
    },
  },
  'Remove-DistributionGroup': { verb: 'remove', source: { from: 'kinds', kinds: ['DistributionGroup'] }, cascade: ['DistributionGroupMember', 'RecipientPermission'] },
  'Get-DistributionGroupMember': {
    verb: 'get',
    source: { from: 'owned', kind: 'DistributionGroupMember', owners: ['DistributionGroup'], ownerParam: 'Identity' },
    view: memberView,
  },
  'Add-DistributionGroupMember': {
    verb: 'add-entry',
    kind: 'DistributionGroupMember',
    owners: ['DistributionGroup'],
    ownerParam: 'Identity',
    build: (ctx, owner) => memberEntry(ctx, owner.Guid, stringParam(ctx, 'Member') ?? ''),
    existing: (_ctx, entries, c) =>
      entries.find((e) => (e['MemberGuid'] !== undefined && e['MemberGuid'] === c['MemberGuid']) || (textOf(e, 'PrimarySmtpAddress') !== '' && textOf(e, 'PrimarySmtpAddress').toLowerCase() === textOf(c, 'PrimarySmtpAddress').toLowerCase())),
  },
  'Remove-DistributionGroupMember': {
    verb: 'remove-entry',
    kind: 'DistributionGroupMember',
    owners: ['DistributionGroup'],
    ownerParam: 'Identity',
    matches: (ctx, e) => {
      const m = stringParam(ctx, 'Member') ?? '';
      const fields = [textOf(e, 'Name'), textOf(e, 'PrimarySmtpAddress'), textOf(e, 'DisplayName'), textOf(e, 'Identity'), textOf(e, 'MemberGuid')];
      if (fields.some((f) => f !== '' && f.toLowerCase() === m.toLowerCase())) return true;
      try {
        const hit = resolveOne(ctx.tenant, RECIPIENTS, m).record;
        return e['MemberGuid'] === hit.Guid || textOf(e, 'PrimarySmtpAddress').toLowerCase() === textOf(hit, 'PrimarySmtpAddress').toLowerCase();
      } catch {
        return false;
      }
    },
    describe: (ctx) => `The recipient "${stringParam(ctx, 'Member')}" isn't a member of the group "${stringParam(ctx, 'Identity')}".`,
  },

  // Microsoft 365 groups
  'Get-UnifiedGroup': { verb: 'get', source: { from: 'kinds', kinds: ['UnifiedGroup'] }, filterNoun: 'UnifiedGroup' },
  'Get-UnifiedGroupLinks': {
    verb: 'get',
    source: { from: 'owned', kind: 'UnifiedGroupLink', owners: ['UnifiedGroup'], ownerParam: 'Identity' },
    fieldFilters: { LinkType: eq('LinkType') },
    view: memberView,
  },

  // Mobile devices
  'Get-MobileDevice': {
    verb: 'get',
    source: { from: 'owned', kind: 'MobileDevice', owners: MAILBOX, ownerParam: 'Mailbox', identityWithin: true },
  },
  'Get-MobileDeviceStatistics': mobileDeviceStatisticsGet,
  'Get-EXOMobileDeviceStatistics': mobileDeviceStatisticsGet,

  // Organisation
  'Get-AcceptedDomain': { verb: 'get', source: { from: 'kinds', kinds: ['AcceptedDomain'] } },
  'Get-OrganizationConfig': { verb: 'get', source: { from: 'kinds', kinds: ['OrganizationConfig'] } },
  'Get-TransportRule': { verb: 'get', source: { from: 'kinds', kinds: ['TransportRule'] }, fieldFilters: { State: eq('State') } },
  'New-TransportRule': { verb: 'new', kind: 'TransportRule', build: buildTransportRule },
  'Set-TransportRule': { verb: 'set', source: { from: 'kinds', kinds: ['TransportRule'] } },
  'Remove-TransportRule': { verb: 'remove', source: { from: 'kinds', kinds: ['TransportRule'] } },

  // Auto-replies and inbox rules
  'Get-MailboxAutoReplyConfiguration': {
    verb: 'get',
    source: { from: 'owned', kind: 'MailboxAutoReplyConfiguration', owners: MAILBOX, ownerParam: 'Identity' },
  },
  'Set-MailboxAutoReplyConfiguration': {
    verb: 'set',
    source: { from: 'owned', kind: 'MailboxAutoReplyConfiguration', owners: MAILBOX, ownerParam: 'Identity' },
  },
  'Get-InboxRule': {
    verb: 'get',
    source: { from: 'owned', kind: 'InboxRule', owners: MAILBOX, ownerParam: 'Mailbox', identityWithin: true },
  },

  // RBAC
  'Get-RoleGroup': { verb: 'get', source: { from: 'kinds', kinds: ['RoleGroup'] } },
  'Get-RoleGroupMember': {
    verb: 'get',
    source: { from: 'owned', kind: 'RoleGroupMember', owners: ['RoleGroup'], ownerParam: 'Identity' },
    view: memberView,
  },
  'Get-ManagementRoleAssignment': {
    verb: 'get',
    source: { from: 'kinds', kinds: ['ManagementRoleAssignment'] },
    fieldFilters: { Role: eq('Role'), RoleAssignee: eq('RoleAssigneeName'), Enabled: eq('Enabled') },
  },

  // Message trace
  'Get-MessageTraceV2': {
    verb: 'get',
    source: { from: 'kinds', kinds: ['MessageTrace'] },
    fieldFilters: {
      SenderAddress: eq('SenderAddress'),
      RecipientAddress: eq('RecipientAddress'),
      Status: eq('Status'),
      MessageId: eq('MessageId'),
      MessageTraceId: eq('MessageTraceId'),
      Subject: (r, v) => textOf(r, 'Subject').toLowerCase().includes(String(v).toLowerCase()),
      FromIP: eq('FromIP'),
      ToIP: eq('ToIP'),
      StartDate: since('Received'),
      EndDate: until('Received'),
    },
    // Without -StartDate/-EndDate the cmdlet looks at the last 48 hours.
    defaults: (ctx) => {
      if (param(ctx, 'StartDate') !== undefined || param(ctx, 'EndDate') !== undefined) return undefined;
      const from = new Date(ctx.now().getTime() - 48 * 3600_000).toISOString();
      return (r) => textOf(r, 'Received') >= from;
    },
  },
};

function memberView(ctx: RunContext, entry: StoredRecord): StoredRecord {
  return currentMemberView(ctx.tenant, entry);
}

function userMatchesDisplay(ctx: RunContext, e: StoredRecord): boolean {
  const wanted = stringParam(ctx, 'User');
  if (!wanted) return false;
  try {
    const hit = resolveOne(ctx.tenant, ['Mailbox'], wanted).record;
    return [textOf(hit, 'DisplayName'), principalNameOf(hit)].some((v) => v !== '' && v.toLowerCase() === textOf(e, 'User').toLowerCase());
  } catch {
    return false;
  }
}

const byLowerName = new Map(Object.entries(CMDLETS).map(([k, v]) => [k.toLowerCase(), { name: k, spec: v }]));

export function cmdletSpec(name: string): { name: string; spec: CmdletSpec } | undefined {
  return byLowerName.get(name.toLowerCase());
}

export function implementedCmdlets(): string[] {
  return Object.keys(CMDLETS);
}
