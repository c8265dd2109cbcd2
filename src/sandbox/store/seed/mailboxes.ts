// Phase two: the records of each mailbox — Mailbox, User, CASMailbox and MailboxStatistics (with
// the archive's) here; permissions in delegation.ts; auto-replies, inbox rules and devices in
// mailbox-settings.ts — and the User records of people without a mailbox. Each mailbox draws
// from its own random stream, so mailbox i is the same whatever the count.
import { byteSize, DAY_MS, GB, KB, MB, timeSpanDays } from '../formats.js';
import { EMPTY } from '../records.js';
import { EXTERNAL_DOMAINS } from '../names.js';
import type { Random } from '../random.js';
import { whenStamps, type SeedContext } from './context.js';
import { QUOTAS } from './defaults.js';
import { addCalendarPermissions, addPermissions } from './delegation.js';
import { ago, factsOf, LOCAL_FOLDERS, planManagers, type Env, type Facts } from './facts.js';
import type { FolderSeed } from './folders.js';
import { addAutoReply, seedDevice, seedInboxRules } from './mailbox-settings.js';
import { hasMailbox, isMailUser, type Person } from './people.js';

const frozen = <T>(items: T[]): readonly T[] => Object.freeze(items);
export interface MailboxSeedResult {
  folderSeeds: Map<string, FolderSeed>;
}

function addUserWithoutMailbox(env: Env, p: Person): void {
  const { ctx } = env;
  const rng = ctx.rng('user', p.index);
  const created = ctx.date(p.createdMs);
  const changed = ctx.date(Math.max(p.createdMs, ctx.referenceMs - rng.int(1, 700) * DAY_MS));
  const disabled = p.kind === 'DisabledUser';
  const mailUser = isMailUser(p);
  // Mail users are recipients too: they carry the addressing properties Get-Recipient shows.
  const recipient = mailUser
    ? {
        Alias: p.alias,
        PrimarySmtpAddress: p.primarySmtp,
        EmailAddresses: frozen(p.kind === 'GuestMailUser' ? [`SMTP:${p.primarySmtp}`] : [`SMTP:${p.primarySmtp}`, `smtp:${p.alias}@${ctx.tenant.initialDomain}`]),
        ExternalEmailAddress: `SMTP:${p.externalAddress}`,
        HiddenFromAddressListsEnabled: p.kind === 'GuestMailUser',
      }
    : undefined;
  ctx.add('User', {
    Guid: p.guid,
    Identity: p.name,
    Id: p.name,
    Name: p.name,
    DisplayName: p.displayName,
    FirstName: p.firstName,
    LastName: p.lastName,
    DistinguishedName: ctx.dn(p.name),
    ExchangeObjectId: p.guid,
    ExternalDirectoryObjectId: p.externalId,
    UserPrincipalName: p.upn,
    WindowsEmailAddress: mailUser ? p.primarySmtp : '',
    WindowsLiveID: p.upn,
    MicrosoftOnlineServicesID: p.upn,
    SamAccountName: `$${rng.hex(6).toUpperCase()}-${rng.hex(12).toUpperCase()}`,
    Sid: `S-1-5-21-${ctx.sidDomain}-${rng.int(10000, 99999999)}`,
    NetID: rng.hex(16).toUpperCase(),
    RecipientType: mailUser ? 'MailUser' : 'User',
    RecipientTypeDetails: p.kind,
    UserAccountControl: disabled ? 'AccountDisabled, NormalAccount, DoNotExpirePassword' : 'NormalAccount, DoNotExpirePassword',
    AccountDisabled: disabled,
    SKUAssigned: false,
    Department: p.department,
    Title: p.title,
    Company: mailUser ? '' : ctx.tenant.displayName,
    Office: mailUser ? '' : p.city[0],
    City: mailUser ? '' : p.city[0],
    StateOrProvince: mailUser ? '' : p.city[1],
    PostalCode: mailUser ? '' : p.city[2],
    CountryOrRegion: mailUser ? null : p.culture.country,
    c: mailUser ? null : p.culture.c,
    CountryCode: mailUser ? 0 : p.culture.countryCode,
    OrganizationId: ctx.organizationId,
    ObjectCategory: ctx.personCategory,
    OriginatingServer: ctx.originatingServer,
    ...whenStamps(created, changed),
    StsRefreshTokensValidFrom: created,
    ...recipient,
  });
}

/** People handled between two yields: a few milliseconds of work, so a listening sandbox stays responsive. */
const PEOPLE_PER_STEP = 250;

/** Generates the mailboxes and what hangs off them, yielding every few hundred people (see seedTenantSteps). */
export function* seedMailboxes(ctx: SeedContext, people: readonly Person[]): Generator<void, MailboxSeedResult, undefined> {
  const folderSeeds = new Map<string, FolderSeed>();
  const users = people.filter((p) => p.kind === 'UserMailbox');
  const managersByDept = new Map<string, Person[]>();
  for (const p of users) {
    if (!p.isManager) continue;
    const list = managersByDept.get(p.department) ?? [];
    list.push(p);
    managersByDept.set(p.department, list);
  }
  const admin = people.find((p) => p.account?.roleGroups.includes('Organization Management'));
  const { managerOf, reportsOf } = planManagers(ctx, users, managersByDept);
  const env: Env = { ctx, users, managersByDept, admin, adminGrants: 0, managerOf, reportsOf };
  // Small builders rather than one long loop body: V8 optimises them once and keeps them fast.
  let sinceYield = 0;
  for (const p of people) {
    if (++sinceYield === PEOPLE_PER_STEP) {
      sinceYield = 0;
      yield;
    }
    if (!hasMailbox(p)) {
      addUserWithoutMailbox(env, p);
      continue;
    }
    const f = factsOf(env, p);
    addMailbox(env, f);
    addUser(env, f);
    addCasMailbox(env, f);
    addStatistics(env, f);
    folderSeeds.set(p.guid, {
      owner: p,
      totalBytes: f.totalBytes,
      itemCount: f.itemCount,
      deletedBytes: f.deletedBytes,
      deletedItems: f.deletedItems,
      localNames: LOCAL_FOLDERS[f.lang],
    });
    addPermissions(env, f);
    addCalendarPermissions(env, f);
    addAutoReply(env, f);
    if (f.isUser && f.rng.chance(0.12)) seedInboxRules(ctx, f.rng, p, f.manager);
    for (let d = 0; d < f.devices; d++) seedDevice(ctx, f.rng, p, ctx.referenceMs);
  }
  return { folderSeeds };
}

function addMailbox(env: Env, f: Facts): void {
  const { ctx, users, admin } = env;
  const { p, rng, srv, isUser, isShared, isResource } = f;
  const ref = ctx.referenceMs;
  let forwardingSmtp: string | null = null;
  let forwardingAddress: string | null = null;
  if (isUser && !p.account && rng.chance(0.02)) {
    forwardingSmtp = `smtp:${p.alias.replace(/\./g, '')}${rng.int(1, 99)}@${rng.pick(EXTERNAL_DOMAINS.slice(0, 9))}`;
  } else if ((isUser || isShared) && !p.account && rng.chance(0.02) && users.length > 1) {
    forwardingAddress = rng.pick(users).name;
  }
  const forwarding = forwardingSmtp !== null || forwardingAddress !== null;
  const archived = f.archiveGuid !== undefined;
  const large = f.licence === QUOTAS.large;
  ctx.add('Mailbox', {
    Guid: p.guid,
    Identity: p.name,
    Id: p.name,
    Name: p.name,
    Alias: p.alias,
    DisplayName: p.displayName,
    SimpleDisplayName: '',
    DistinguishedName: f.dn,
    ExchangeGuid: p.exchangeGuid,
    ExchangeObjectId: p.guid,
    ExternalDirectoryObjectId: p.externalId,
    PrimarySmtpAddress: p.primarySmtp,
    UserPrincipalName: p.upn,
    WindowsEmailAddress: p.primarySmtp,
    WindowsLiveID: p.upn,
    MicrosoftOnlineServicesID: p.upn,
    EmailAddresses: f.emailAddresses,
    LegacyExchangeDN: f.legacyDn,
    SamAccountName: f.sam,
    NetID: f.netId,
    Database: srv.database,
    DatabaseGuid: srv.databaseGuid,
    ServerName: srv.serverName,
    ServerLegacyDN: srv.serverLegacyDn,
    OriginatingServer: ctx.originatingServer,
    OrganizationId: ctx.organizationId,
    ObjectCategory: ctx.personCategory,
    RecipientTypeDetails: p.kind,
    IsShared: isShared,
    IsResource: isResource,
    ResourceType: p.kind === 'RoomMailbox' ? 'Room' : p.kind === 'EquipmentMailbox' ? 'Equipment' : null,
    ResourceCapacity: p.kind === 'RoomMailbox' ? Number(/\((\d+)\)/.exec(p.displayName)?.[1] ?? 8) : null,
    RoomMailboxAccountEnabled: p.kind === 'RoomMailbox' ? false : null,
    AccountDisabled: !isUser,
    ExchangeUserAccountControl: isUser ? 'None' : 'AccountDisabled',
    Office: isUser ? p.city[0] : '',
    UsageLocation: isUser ? p.culture.country : null,
    Languages: isUser ? languagesOf(p.culture.language) : EMPTY,
    HiddenFromAddressListsEnabled: isShared ? rng.chance(0.1) : isUser ? rng.chance(0.01) : false,
    IsDirSynced: f.dirSynced,
    ImmutableId: f.dirSynced ? Buffer.from(rng.hex(32), 'hex').toString('base64') : null,
    SKUAssigned: isUser ? true : null,
    MailboxPlan: isUser && !large ? ctx.standardPlan : ctx.enterprisePlan,
    PersistedCapabilities: isUser ? (large ? ENTERPRISE_CAPABILITIES : STANDARD_CAPABILITIES) : EMPTY,
    ProhibitSendQuota: f.licence.send,
    ProhibitSendReceiveQuota: f.licence.sendReceive,
    IssueWarningQuota: f.licence.warning,
    RecoverableItemsQuota: f.hold ? HOLD_RECOVERABLE : undefined,
    RecoverableItemsWarningQuota: f.hold ? HOLD_RECOVERABLE_WARNING : undefined,
    ArchiveGuid: f.archiveGuid,
    ArchiveName: archived ? frozen([`In-Place Archive -${p.displayName}`]) : undefined,
    ArchiveStatus: archived ? 'Active' : undefined,
    ArchiveState: archived ? 'Local' : undefined,
    ArchiveDatabase: archived ? ctx.server(rng).database : null,
    ArchiveDatabaseGuid: archived ? rng.guid() : undefined,
    ArchiveQuota: f.autoExpanding ? AUTO_EXPANDING_QUOTA : undefined,
    AutoExpandingArchiveEnabled: f.autoExpanding,
    LitigationHoldEnabled: f.hold,
    LitigationHoldDate: f.hold ? ctx.date(Math.max(p.createdMs, ago(rng, ref, 5, 900))) : null,
    LitigationHoldOwner: f.hold && admin ? admin.upn : null,
    LitigationHoldDuration: f.hold && rng.chance(0.3) ? timeSpanDays(2555) : 'Unlimited',
    ForwardingSmtpAddress: forwardingSmtp,
    ForwardingAddress: forwardingAddress,
    DeliverToMailboxAndForward: forwarding ? rng.chance(0.6) : false,
    GrantSendOnBehalfTo: f.delegate ? frozen([f.delegate.name]) : EMPTY,
    CustomAttribute1: isUser && !p.account && rng.chance(0.6) ? `E${String(rng.int(100000, 999999))}` : '',
    CustomAttribute2: isUser && rng.chance(0.3) ? `CC-${rng.int(1000, 9999)}` : '',
    ...whenStamps(f.created, f.changed),
    WhenMailboxCreated: f.created,
    LastExchangeChangedTime: f.changed,
    StsRefreshTokensValidFrom: f.stsValidFrom,
  });
}

function addUser(env: Env, f: Facts): void {
  const { ctx } = env;
  const { p, rng, isUser } = f;
  ctx.add('User', {
    Guid: p.guid,
    Identity: p.name,
    Id: p.name,
    Name: p.name,
    DisplayName: p.displayName,
    FirstName: p.firstName,
    LastName: p.lastName,
    DistinguishedName: f.dn,
    ExchangeObjectId: p.guid,
    ExternalDirectoryObjectId: p.externalId,
    UserPrincipalName: p.upn,
    WindowsEmailAddress: p.primarySmtp,
    WindowsLiveID: p.upn,
    MicrosoftOnlineServicesID: p.upn,
    SamAccountName: f.sam,
    Sid: `S-1-5-21-${ctx.sidDomain}-${rng.int(10000, 99999999)}`,
    LegacyExchangeDN: f.legacyDn,
    NetID: f.netId,
    RecipientTypeDetails: p.kind,
    UserAccountControl: isUser ? 'NormalAccount, DoNotExpirePassword' : 'AccountDisabled, PasswordNotRequired, NormalAccount',
    AccountDisabled: !isUser,
    Department: p.department,
    Title: p.title,
    Company: isUser ? ctx.tenant.displayName : '',
    Office: isUser ? p.city[0] : '',
    City: isUser ? p.city[0] : '',
    StateOrProvince: isUser ? p.city[1] : '',
    PostalCode: isUser ? p.city[2] : '',
    CountryOrRegion: isUser ? p.culture.country : null,
    c: isUser ? p.culture.c : null,
    CountryCode: isUser ? p.culture.countryCode : 0,
    StreetAddress: isUser ? `${rng.int(1, 400)} ${rng.pick(STREETS)}` : '',
    Phone: isUser ? `${p.culture.phonePrefix}${String(rng.int(0, 9999)).padStart(4, '0')}` : '',
    MobilePhone: isUser && rng.chance(0.6) ? `${p.culture.phonePrefix.split(' ')[0]} ${rng.int(600, 799)} ${String(rng.int(0, 999999)).padStart(6, '0')}` : '',
    Manager: f.manager ? f.manager.name : null,
    DirectReports: env.reportsOf.get(p) ?? EMPTY,
    IsDirSynced: f.dirSynced,
    OrganizationId: ctx.organizationId,
    ObjectCategory: ctx.personCategory,
    OriginatingServer: ctx.originatingServer,
    SKUAssigned: isUser ? true : null,
    ...whenStamps(f.created, f.changed),
    StsRefreshTokensValidFrom: f.stsValidFrom,
  });
}

function addCasMailbox(env: Env, f: Facts): void {
  const { ctx } = env;
  const { p, rng, srv } = f;
  const popImapOff = ctx.tenant.key === 'contoso' ? rng.chance(0.6) : rng.chance(0.1);
  ctx.add('CASMailbox', {
    Guid: p.guid,
    OwnerGuid: p.guid,
    Identity: p.name,
    Id: p.name,
    Name: p.name,
    DisplayName: p.displayName,
    DistinguishedName: f.dn,
    ExternalDirectoryObjectId: p.externalId,
    PrimarySmtpAddress: p.primarySmtp,
    EmailAddresses: f.emailAddresses,
    SamAccountName: f.sam,
    LegacyExchangeDN: f.legacyDn,
    ServerLegacyDN: srv.serverLegacyDn,
    ServerName: srv.serverName,
    OrganizationId: ctx.organizationId,
    ObjectCategory: ctx.personCategory,
    ActiveSyncEnabled: !rng.chance(0.03),
    OWAEnabled: !rng.chance(0.01),
    PopEnabled: !popImapOff,
    ImapEnabled: !popImapOff,
    HasActiveSyncDevicePartnership: f.devices > 0,
    SmtpClientAuthenticationDisabled: rng.chance(0.05) ? false : null,
    ...whenStamps(f.created, f.changed),
  });
}

/** Statistics of the primary mailbox (Guid = MailboxGuid = ExchangeGuid) and of its archive. */
function addStatistics(env: Env, f: Facts): void {
  const { ctx } = env;
  const { p, rng, srv, totalBytes, itemCount } = f;
  const lastLogon = lastLogonMs(rng, p, ctx.referenceMs);
  const storage = totalBytes >= f.licence.sendBytes ? 'ProhibitSend' : totalBytes >= f.licence.warningBytes ? 'IssueWarning' : 'BelowLimit';
  const owner = {
    OwnerGuid: p.guid,
    Identity: p.name,
    ServerName: srv.serverName,
    Database: srv.database,
    DatabaseName: srv.database,
    LegacyDN: f.legacyDn,
    OwnerADGuid: p.guid,
    ExternalDirectoryOrganizationId: ctx.tenant.id,
    DatabaseIssueWarningQuota: f.licence.warning,
    DatabaseProhibitSendQuota: f.licence.send,
    DatabaseProhibitSendReceiveQuota: f.licence.sendReceive,
    MailboxTypeDetail: p.kind,
  };
  ctx.add('MailboxStatistics', {
    Guid: p.exchangeGuid,
    MailboxGuid: p.exchangeGuid,
    DisplayName: p.displayName,
    ItemCount: itemCount,
    TotalItemSize: byteSize(totalBytes),
    DeletedItemCount: f.deletedItems,
    TotalDeletedItemSize: byteSize(f.deletedBytes),
    AssociatedItemCount: rng.int(20, 400),
    SystemMessageCount: rng.int(50, 900),
    SystemMessageSize: byteSize(rng.int(40, 9000) * KB),
    BigFunnelMessageCount: Math.round(itemCount * 0.97),
    BigFunnelIndexedSize: byteSize(totalBytes * 0.12),
    MessageTableTotalSize: byteSize(totalBytes * 0.08),
    MessageTableAvailableSize: byteSize(totalBytes * 0.01),
    OtherTablesTotalSize: byteSize(totalBytes * 0.02),
    OtherTablesAvailableSize: byteSize(totalBytes * 0.004),
    LastLogonTime: lastLogon === null ? null : ctx.date(lastLogon),
    LastLogoffTime: lastLogon === null ? null : ctx.date(lastLogon + rng.int(60, 28_800) * 1000),
    LastUserActionTime: lastLogon === null ? null : ctx.date(lastLogon + rng.int(10, 3600) * 1000),
    LastInteractionTime: lastLogon === null ? null : ctx.date(lastLogon + rng.int(10, 3600) * 1000),
    StorageLimitStatus: storage,
  }, owner);
  if (f.archiveGuid) {
    const archiveBytes = Math.round(Math.min(f.autoExpanding ? 600 * GB : 99 * GB, rng.logNormal(6 * GB, 1.2) * f.ageFactor));
    ctx.add('MailboxStatistics', {
      Guid: f.archiveGuid,
      MailboxGuid: f.archiveGuid,
      DisplayName: `In-Place Archive -${p.displayName}`,
      IsArchiveMailbox: true,
      ItemCount: Math.round(archiveBytes / f.avgItem),
      TotalItemSize: byteSize(archiveBytes),
      DeletedItemCount: rng.int(0, 500),
      TotalDeletedItemSize: byteSize(rng.int(0, 400) * MB),
      StorageLimitStatus: 'BelowLimit',
    }, owner);
  }
}

const LANGUAGES = new Map<string, readonly string[]>();
function languagesOf(language: string): readonly string[] {
  let list = LANGUAGES.get(language);
  if (!list) {
    list = frozen([language]);
    LANGUAGES.set(language, list);
  }
  return list;
}

const STREETS = ['Main Street', 'Market Square', 'Harbour Road', 'Park Avenue', 'Station Road'];
const ENTERPRISE_CAPABILITIES = frozen(['BPOS_S_Enterprise']);
const STANDARD_CAPABILITIES = frozen(['BPOS_S_Standard']);
const HOLD_RECOVERABLE = byteSize(100 * GB);
const HOLD_RECOVERABLE_WARNING = byteSize(90 * GB);
const AUTO_EXPANDING_QUOTA = byteSize(1.5 * 1024 * GB);

function lastLogonMs(rng: Random, p: Person, ref: number): number | null {
  if (p.kind === 'RoomMailbox' || p.kind === 'EquipmentMailbox') return rng.chance(0.3) ? ago(rng, ref, 1, 30) : null;
  const r = rng.next();
  const ms = r < 0.85 ? ref - rng.int(60, 3 * 86_400) * 1000 : r < 0.95 ? ago(rng, ref, 3, 60) : ago(rng, ref, 90, 700);
  if (r >= 0.98 && p.kind === 'UserMailbox') return null;
  return Math.max(p.createdMs + 3_600_000, ms);
}
