// Phase two: the records of each mailbox (Mailbox, User, CASMailbox, MailboxStatistics, the
// archive's statistics, permissions, calendar permissions, auto-reply, inbox rules, devices).
// Each mailbox draws from its own random stream, so mailbox i is the same whatever the count.
import { byteSize, DAY_MS, GB, KB, MB, timeSpanDays } from '../formats.js';
import { EMPTY } from '../records.js';
import type { Random } from '../random.js';
import { EXTERNAL_DOMAINS } from '../names.js';
import { asciiFold } from '../fold.js';
import type { SeedContext } from './context.js';
import { QUOTAS } from './defaults.js';
import { hasMailbox, isMailUser, type Person } from './people.js';
import type { FolderSeed } from './folders.js';

const frozen = <T>(items: T[]): readonly T[] => Object.freeze(items);
const SELF = 'NT AUTHORITY\\SELF';

export interface MailboxSeedResult {
  folderSeeds: Map<string, FolderSeed>;
}

/** Tenant-wide inputs every mailbox draws on. */
interface Env {
  ctx: SeedContext;
  users: readonly Person[];
  managersByDept: ReadonlyMap<string, Person[]>;
  admin: Person | undefined;
  /** Shared mailboxes the admin account has been granted so far (the first three get it). */
  adminGrants: number;
  managerOf: ReadonlyMap<Person, Person>;
  reportsOf: ReadonlyMap<Person, readonly string[]>;
}

/** Managers are drawn among their department's managers, then DirectReports is the inverse. */
function planManagers(ctx: SeedContext, users: readonly Person[], managersByDept: ReadonlyMap<string, Person[]>) {
  const rng = ctx.rng('managers');
  const managerOf = new Map<Person, Person>();
  const reports = new Map<Person, string[]>();
  for (const p of users) {
    if (p.isManager || p.account) continue;
    const m = pickManager(rng, managersByDept.get(p.department), p);
    if (!m) continue;
    managerOf.set(p, m);
    const list = reports.get(m) ?? [];
    list.push(p.name);
    reports.set(m, list);
  }
  const reportsOf = new Map<Person, readonly string[]>();
  for (const [m, list] of reports) reportsOf.set(m, frozen(list));
  return { managerOf, reportsOf };
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
    UserAccountControl: disabled ? 'AccountDisabled, NormalAccount, DontExpirePassword' : 'NormalAccount, DontExpirePassword',
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
    WhenCreated: created,
    WhenCreatedUTC: created,
    WhenChanged: changed,
    WhenChangedUTC: changed,
    StsRefreshTokensValidFrom: created,
    ...recipient,
  });
}

/** What one mailbox's records share; derived once, then each record builder reads it. */
interface Facts {
  p: Person;
  rng: Random;
  srv: { serverName: string; database: string; serverLegacyDn: string; databaseGuid: string };
  isUser: boolean;
  isShared: boolean;
  isResource: boolean;
  created: string;
  changed: string;
  stsValidFrom: string;
  dn: string;
  legacyDn: string;
  sam: string;
  netId: string;
  dirSynced: boolean;
  licence: (typeof QUOTAS)[keyof typeof QUOTAS];
  emailAddresses: readonly string[];
  ageFactor: number;
  totalBytes: number;
  avgItem: number;
  itemCount: number;
  deletedBytes: number;
  deletedItems: number;
  archiveGuid: string | undefined;
  autoExpanding: boolean;
  hold: boolean;
  delegate: Person | undefined;
  manager: Person | undefined;
  devices: number;
  lang: string;
}

/** Localised names of the two folders scripts most often address by path. */
const LOCAL_FOLDERS: Readonly<Record<string, readonly [calendar: string, inbox: string]>> = {
  'de-DE': ['Kalender', 'Posteingang'],
  'fr-FR': ['Calendrier', 'Boîte de réception'],
  'es-ES': ['Calendario', 'Bandeja de entrada'],
  'ja-JP': ['予定表', '受信トレイ'],
  'pl-PL': ['Kalendarz', 'Skrzynka odbiorcza'],
  'da-DK': ['Kalender', 'Indbakke'],
  'sv-SE': ['Kalender', 'Inkorg'],
  'nl-NL': ['Agenda', 'Postvak IN'],
  'pt-BR': ['Calendário', 'Caixa de Entrada'],
};

const AUTO_REPLY_TEXT: Readonly<Record<string, string>> = {
  'de-DE': 'Vielen Dank für Ihre Nachricht. Ich bin bis %DATE% nicht im Büro und habe keinen Zugriff auf meine E-Mails.',
  'fr-FR': "Merci pour votre message. Je suis absent(e) jusqu'au %DATE% avec un accès limité à mes e-mails.",
  'es-ES': 'Gracias por su mensaje. Estaré fuera de la oficina hasta el %DATE%.',
  'ja-JP': '%DATE%まで不在にしております。ご不便をおかけしますが、よろしくお願いいたします。',
  'pl-PL': 'Dziękuję za wiadomość. Jestem poza biurem do %DATE%.',
  'da-DK': 'Tak for din mail. Jeg er på ferie indtil %DATE% og læser ikke mails.',
  'ru-RU': 'Спасибо за письмо. Я в отпуске до %DATE%.',
};

export function seedMailboxes(ctx: SeedContext, people: readonly Person[]): MailboxSeedResult {
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
  for (const p of people) {
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

function factsOf(env: Env, p: Person): Facts {
  const { ctx, users } = env;
  const ref = ctx.referenceMs;
  const rng = ctx.rng('mailbox', p.index);
  const srv = ctx.server(rng);
  const isUser = p.kind === 'UserMailbox';
  const isShared = p.kind === 'SharedMailbox';
  const isResource = p.kind === 'RoomMailbox' || p.kind === 'EquipmentMailbox';
  const changedMs = Math.max(p.createdMs, Math.min(ref - rng.int(1, 3600) * 1000, p.createdMs + rng.int(1, 900) * DAY_MS));
  const dirSynced = isUser && !p.account && ctx.tenant.key === 'contoso' && rng.chance(0.4);
  const licence = isUser ? (rng.chance(0.8) ? QUOTAS.large : QUOTAS.standard) : QUOTAS.standard;

  // Size: log-normal, older mailboxes fuller, a few pressed against their quota.
  const ageFactor = Math.max(0.03, Math.min(1, (ref - p.createdMs) / (1100 * DAY_MS)) ** 0.7);
  const sendQuotaBytes = licence.sendBytes;
  let totalBytes: number;
  if (isUser) totalBytes = rng.logNormal(2.5 * GB, 1.25) * ageFactor;
  else if (isShared) totalBytes = rng.logNormal(1.2 * GB, 1.4) * ageFactor;
  else totalBytes = rng.logNormal(p.kind === 'RoomMailbox' ? 15 * MB : 5 * MB, 0.8);
  if ((isUser || isShared) && rng.chance(0.004)) totalBytes = sendQuotaBytes * (0.96 + rng.next() * 0.05);
  totalBytes = Math.round(Math.min(totalBytes, sendQuotaBytes * 1.005));
  const avgItem = rng.logNormal(85 * KB, 0.35);
  const itemCount = Math.max(isResource ? 3 : 12, Math.round(totalBytes / avgItem));
  const deletedBytes = Math.round(totalBytes * Math.min(0.5, rng.logNormal(0.03, 0.8)));
  const archived = (isUser && rng.chance(0.22)) || (isShared && rng.chance(0.05));
  const delegate = isUser && (p.department === 'Executive' || p.isManager) && rng.chance(0.3) && users.length > 2 ? rng.pick(users) : undefined;
  return {
    p,
    rng,
    srv,
    isUser,
    isShared,
    isResource,
    created: ctx.date(p.createdMs),
    changed: ctx.date(changedMs),
    stsValidFrom: ctx.date(Math.max(p.createdMs, ago(rng, ref, 1, 400))),
    dn: ctx.dn(p.name),
    legacyDn: ctx.legacyDn(rng, p.alias),
    sam: `$${rng.hex(6).toUpperCase()}-${rng.hex(12).toUpperCase()}`,
    netId: rng.hex(16).toUpperCase(),
    dirSynced,
    licence,
    emailAddresses: addressesOf(env, p, rng, isUser, isShared, dirSynced),
    ageFactor,
    totalBytes,
    avgItem,
    itemCount,
    deletedBytes,
    deletedItems: Math.round(deletedBytes / avgItem),
    archiveGuid: archived ? rng.guid() : undefined,
    autoExpanding: archived && rng.chance(0.15),
    hold: isUser && !p.account && (p.department === 'Legal' || p.department === 'Executive' || rng.chance(0.04)),
    delegate,
    manager: env.managerOf.get(p),
    devices: isUser ? (rng.chance(0.35) ? (rng.chance(0.2) ? 2 : 1) : 0) : 0,
    lang: p.culture.language,
  };
}

function addressesOf(env: Env, p: Person, rng: Random, isUser: boolean, isShared: boolean, dirSynced: boolean): readonly string[] {
  const { ctx } = env;
  const addresses: string[] = [`SMTP:${p.primarySmtp}`];
  if (!p.account) {
    if (p.primarySmtp !== p.upn) addresses.push(`smtp:${p.upn}`);
    addresses.push(`smtp:${p.alias}@${ctx.tenant.initialDomain}`);
    if (isUser && rng.chance(0.2) && p.firstName) {
      const short = asciiFold(`${p.firstName[0] ?? ''}${p.lastName}`).toLowerCase().replace(/[^a-z0-9]/g, '');
      if (short.length > 2) addresses.push(`smtp:${short}${rng.int(1, 99)}@${ctx.vanityDomain}`);
    }
    if (isShared && ctx.tenant.domains.includes('mail.contoso.com')) addresses.push(`smtp:${p.alias}@mail.contoso.com`);
    if (isUser && rng.chance(0.3)) addresses.push(`SIP:${p.upn}`);
    if (dirSynced && rng.chance(0.25)) addresses.push(`X500:/o=Contoso/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=${p.alias}`);
  }
  return frozen(addresses);
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
    WhenCreated: f.created,
    WhenCreatedUTC: f.created,
    WhenChanged: f.changed,
    WhenChangedUTC: f.changed,
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
    UserAccountControl: isUser ? 'NormalAccount, DontExpirePassword' : 'AccountDisabled, PasswordNotRequired, NormalAccount',
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
    WhenCreated: f.created,
    WhenCreatedUTC: f.created,
    WhenChanged: f.changed,
    WhenChangedUTC: f.changed,
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
    WhenCreated: f.created,
    WhenCreatedUTC: f.created,
    WhenChanged: f.changed,
    WhenChangedUTC: f.changed,
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

/** SELF on every mailbox; explicit grants on shared and resource mailboxes and for delegates. */
function addPermissions(env: Env, f: Facts): void {
  const { ctx, users, admin } = env;
  const { p, rng, isShared, isResource, isUser } = f;
  ctx.add('MailboxPermission', { Guid: rng.guid(), OwnerGuid: p.guid, Identity: p.name, User: SELF, AccessRights: SELF_RIGHTS });
  ctx.add('RecipientPermission', { Guid: rng.guid(), OwnerGuid: p.guid, Identity: p.name, Trustee: SELF });
  const grantees: Person[] = [];
  if (isShared && users.length > 0) {
    grantees.push(...rng.sample(users, rng.int(2, 8)));
    if (admin && env.adminGrants++ < 3 && !grantees.includes(admin)) grantees.push(admin);
  } else if (isResource && users.length > 0 && rng.chance(0.3)) grantees.push(rng.pick(users));
  else if (f.delegate) grantees.push(f.delegate);
  else if (isUser && users.length > 1 && rng.chance(0.01)) grantees.push(rng.pick(users));
  for (const g of grantees) {
    if (g === p) continue;
    ctx.add('MailboxPermission', { Guid: rng.guid(), OwnerGuid: p.guid, Identity: p.name, User: g.upn, AccessRights: FULL_ACCESS });
    if (isShared ? rng.chance(0.7) : rng.chance(0.2)) {
      ctx.add('RecipientPermission', { Guid: rng.guid(), OwnerGuid: p.guid, Identity: p.name, Trustee: g.upn });
    }
  }
}

function addCalendarPermissions(env: Env, f: Facts): void {
  const { ctx, users } = env;
  const { p, rng, isResource, isUser, delegate } = f;
  const calendar = LOCAL_FOLDERS[f.lang]?.[0] ?? 'Calendar';
  const path = `${p.alias}:\\${calendar}`;
  const add = (user: string, rights: readonly string[], flags: string | null = null) =>
    ctx.add('MailboxFolderPermission', {
      Guid: rng.guid(), OwnerGuid: p.guid, Identity: user, FolderName: calendar, FolderPath: path, User: user, AccessRights: rights, SharingPermissionFlags: flags,
    });
  add('Default', isResource ? LIMITED_DETAILS : AVAILABILITY_ONLY);
  add('Anonymous', NONE);
  if (delegate && delegate !== p) add(delegate.displayName, EDITOR, rng.chance(0.5) ? 'Delegate' : 'Delegate, CanViewPrivateItems');
  if (isUser && users.length > 1 && rng.chance(0.04)) {
    const colleague = rng.pick(users);
    if (colleague !== p && colleague !== delegate) add(colleague.displayName, frozen([rng.pick(['Reviewer', 'LimitedDetails', 'Editor'])]));
  }
}

/** One automatic-reply configuration per mailbox; a few are switched on. */
function addAutoReply(env: Env, f: Facts): void {
  const { ctx } = env;
  const { p, rng } = f;
  const ref = ctx.referenceMs;
  const state = f.isUser ? rng.weighted(OOF_STATES) : 'Disabled';
  const start = ref - rng.int(0, 10) * DAY_MS + rng.int(7, 18) * 3_600_000;
  const end = start + rng.int(1, 21) * DAY_MS;
  const until = new Date(end).toISOString().slice(0, 10);
  const text = state === 'Disabled' ? '' : `<html><body>${(AUTO_REPLY_TEXT[f.lang] ?? DEFAULT_AUTO_REPLY).replace('%DATE%', until)}</body></html>`;
  ctx.add('MailboxAutoReplyConfiguration', {
    Guid: p.guid,
    OwnerGuid: p.guid,
    Identity: p.name,
    MailboxOwnerId: p.name,
    AutoReplyState: state,
    StartTime: state === 'Disabled' ? ctx.hourStart : ctx.date(start),
    EndTime: state === 'Disabled' ? ctx.hourEnd : ctx.date(end),
    InternalMessage: text,
    ExternalMessage: text,
    ExternalAudience: rng.pick(AUDIENCES),
  });
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
const OOF_STATES = [['Disabled', 94], ['Enabled', 4], ['Scheduled', 2]] as const;
const AUDIENCES = ['All', 'All', 'Known', 'None'];
const DEFAULT_AUTO_REPLY = 'Thank you for your message. I am out of the office until %DATE% with limited access to email.';
const SELF_RIGHTS = frozen(['FullAccess', 'ReadPermission']);
const FULL_ACCESS = frozen(['FullAccess']);
const AVAILABILITY_ONLY = frozen(['AvailabilityOnly']);
const LIMITED_DETAILS = frozen(['LimitedDetails']);
const NONE = frozen(['None']);
const EDITOR = frozen(['Editor']);
const ENTERPRISE_CAPABILITIES = frozen(['BPOS_S_Enterprise']);
const STANDARD_CAPABILITIES = frozen(['BPOS_S_Standard']);
const HOLD_RECOVERABLE = byteSize(100 * GB);
const HOLD_RECOVERABLE_WARNING = byteSize(90 * GB);
const AUTO_EXPANDING_QUOTA = byteSize(1.5 * 1024 * GB);

/** A time between minDays and maxDays before `ref`, at any second of the day. */
function ago(rng: Random, ref: number, minDays: number, maxDays: number): number {
  return ref - rng.int(minDays, maxDays) * DAY_MS - rng.int(0, 86_399) * 1000;
}

function pickManager(rng: Random, managers: Person[] | undefined, p: Person): Person | undefined {
  if (!managers || managers.length === 0) return undefined;
  const m = rng.pick(managers);
  return m === p ? undefined : m;
}

function lastLogonMs(rng: Random, p: Person, ref: number): number | null {
  if (p.kind === 'RoomMailbox' || p.kind === 'EquipmentMailbox') return rng.chance(0.3) ? ago(rng, ref, 1, 30) : null;
  const r = rng.next();
  const ms = r < 0.85 ? ref - rng.int(60, 3 * 86_400) * 1000 : r < 0.95 ? ago(rng, ref, 3, 60) : ago(rng, ref, 90, 700);
  if (r >= 0.98 && p.kind === 'UserMailbox') return null;
  return Math.max(p.createdMs + 3_600_000, ms);
}

const RULE_TEMPLATES = [
  { name: 'Newsletters', make: () => ({ FromAddressContainsWords: frozen(['newsletter', 'noreply']), MoveToFolder: 'Newsletters', MarkAsRead: true }), describe: "If the message:\r\n\tIncludes 'newsletter' or 'noreply' in the sender's address\r\nTake the following actions:\r\n\tMove the message to folder 'Newsletters'\r\n\tand mark the message as read\r\n" },
  { name: 'Invoices', make: () => ({ SubjectContainsWords: frozen(['invoice', 'Rechnung', 'facture']), MoveToFolder: 'Invoices' }), describe: "If the message:\r\n\tIncludes 'invoice' or 'Rechnung' or 'facture' in the subject\r\nTake the following actions:\r\n\tMove the message to folder 'Invoices'\r\n" },
  { name: 'Delete lottery spam', make: () => ({ SubjectOrBodyContainsWords: frozen(['lottery', 'winner']), DeleteMessage: true }), describe: "If the message:\r\n\tIncludes 'lottery' or 'winner' in the subject or body\r\nTake the following actions:\r\n\tDelete the message\r\n" },
] as const;

function seedInboxRules(ctx: SeedContext, rng: Random, p: Person, manager: Person | undefined): void {
  const count = rng.int(1, 3);
  const ruleBase = BigInt(rng.u32()) * 4294967296n + BigInt(rng.u32());
  for (let i = 0; i < count; i++) {
    const ruleId = (ruleBase + BigInt(i)).toString();
    const common = { Guid: rng.guid(), OwnerGuid: p.guid, Identity: `${p.name}\\${ruleId}`, RuleIdentity: ruleId, MailboxOwnerId: p.name, Priority: i + 1 };
    if (i === 0 && rng.chance(0.15)) {
      const target = `${p.alias.replace(/\./g, '')}@${rng.pick(EXTERNAL_DOMAINS.slice(0, 9))}`;
      ctx.add('InboxRule', { ...common, Name: rng.pick(['Forward to personal', 'Fwd', 'Copy to home']), ForwardTo: frozen([`"${target}" [SMTP:${target}]`]), StopProcessingRules: false, Description: `Take the following actions:\r\n\tForward the message to '${target}'\r\n` });
    } else if (manager && rng.chance(0.3)) {
      ctx.add('InboxRule', { ...common, Name: 'From my manager', From: frozen([`"${manager.displayName}" [SMTP:${manager.primarySmtp}]`]), MarkImportance: 'High', StopProcessingRules: false, Description: `If the message:\r\n\tIs received from '${manager.displayName}'\r\nTake the following actions:\r\n\tMark the message with 'High' importance\r\n` });
    } else {
      const t = rng.pick(RULE_TEMPLATES);
      ctx.add('InboxRule', { ...common, Name: t.name, ...t.make(), Enabled: !rng.chance(0.1), Description: t.describe });
    }
  }
}

const DEVICE_TEMPLATES = [
  { w: 35, type: 'Outlook', model: 'Outlook for iOS and Android', os: 'iOS 17.5.1 21F90', agent: 'Outlook-iOS-Android/1.0', client: 'Outlook', version: '4.2419.0', friendly: 'iPhone', apple: false },
  { w: 20, type: 'Outlook', model: 'Outlook for iOS and Android', os: 'Android 14.0.0', agent: 'Outlook-iOS-Android/1.0', client: 'Outlook', version: '4.2418.2', friendly: 'Pixel 8', apple: false },
  { w: 20, type: 'iPhone', model: 'iPhone16C1', os: 'iOS 17.5.1 21F90', agent: 'Apple-iPhone16C1/2106.90', client: 'EAS', version: '16.1', friendly: 'iPhone', apple: true },
  { w: 15, type: 'SAMSUNGSMS918B', model: 'SM-S918B', os: 'Android 14.0.0', agent: 'SAMSUNG-SM-S918B/101.140102', client: 'EAS', version: '16.1', friendly: 'Galaxy S23 Ultra', apple: false },
  { w: 10, type: 'iPad', model: 'iPad13C1', os: 'iOS 17.4 21E219', agent: 'Apple-iPad13C1/2104.219', client: 'EAS', version: '16.1', friendly: 'iPad', apple: true },
] as const;

function seedDevice(ctx: SeedContext, rng: Random, p: Person, ref: number): void {
  const t = rng.weighted(DEVICE_TEMPLATES.map((d) => [d, d.w] as const));
  const deviceId = t.apple ? `Appl${rng.hex(12).toUpperCase()}` : rng.hex(32).toUpperCase();
  const name = `${t.type}§${deviceId}`;
  const identity = `${p.name}\\ExchangeActiveSyncDevices\\${name}`;
  const guid = rng.guid();
  const firstSync = Math.max(p.createdMs + DAY_MS, ago(rng, ref, 10, 1000));
  const access = rng.weighted([['Allowed', 96], ['Quarantined', 3], ['Blocked', 1]] as const);
  const reason = access === 'Allowed' ? 'Global' : access === 'Quarantined' ? 'Policy' : 'Individual';
  const r = rng.next();
  const lastSuccess = Math.max(firstSync, r < 0.8 ? ref - rng.int(60, 2 * 86_400) * 1000 : r < 0.95 ? ago(rng, ref, 2, 30) : ago(rng, ref, 90, 400));
  const created = ctx.date(firstSync);
  ctx.add('MobileDevice', {
    Guid: guid, OwnerGuid: p.guid, Identity: identity, Id: identity, Name: name,
    DistinguishedName: `CN=${name},CN=ExchangeActiveSyncDevices,${ctx.dn(p.name)}`,
    FriendlyName: t.friendly, DeviceId: deviceId, DeviceOS: t.os, DeviceOSLanguage: p.culture.language.split('-')[0]!, DeviceType: t.type,
    DeviceUserAgent: t.agent, DeviceModel: t.model, FirstSyncTime: created,
    UserDisplayName: `${ctx.forest}.PROD.OUTLOOK.COM/Microsoft Exchange Hosted Organizations/${ctx.tenant.initialDomain}/${p.name}`,
    DeviceAccessState: access, DeviceAccessStateReason: reason, ClientVersion: t.version, ClientType: t.client,
    OrganizationId: ctx.organizationId, ExchangeObjectId: guid,
    WhenCreated: created, WhenCreatedUTC: created, WhenChanged: ctx.date(lastSuccess), WhenChangedUTC: ctx.date(lastSuccess),
  });
  ctx.add('MobileDeviceStatistics', {
    Guid: guid, OwnerGuid: p.guid, Identity: identity, FirstSyncTime: created,
    LastPolicyUpdateTime: ctx.date(Math.max(firstSync, lastSuccess - rng.int(0, 30) * DAY_MS)),
    LastSyncAttemptTime: ctx.date(lastSuccess + rng.int(0, 600) * 1000), LastSuccessSync: ctx.date(lastSuccess),
    LastPingHeartbeat: rng.pick([480, 540, 900, 1680]), DeviceType: t.type, DeviceID: deviceId, DeviceModel: t.model,
    DeviceFriendlyName: t.friendly, DeviceOS: t.os, DeviceOSLanguage: p.culture.language.split('-')[0]!, DeviceUserAgent: t.agent,
    DeviceAccessState: access, DeviceAccessStateReason: reason, ClientVersion: t.version, ClientType: t.client,
    NumberOfFoldersSynced: rng.int(3, 40), Status: lastSuccess < ref - 30 * DAY_MS ? 'DeviceDiscovered' : 'DeviceOk',
    DevicePolicyApplicationStatus: access === 'Allowed' ? 'AppliedInFull' : 'Unknown',
  });
}
