// What one mailbox's records have in common, drawn once per mailbox from its own random stream
// (sizes, licence, archive, hold, delegate, manager, devices), and the tenant-wide inputs
// (users, managers, the admin) the record builders share.
import { asciiFold } from '../fold.js';
import { DAY_MS, GB, KB, MB } from '../formats.js';
import type { Random } from '../random.js';
import type { SeedContext } from './context.js';
import { QUOTAS } from './defaults.js';
import type { Person } from './people.js';

const frozen = <T>(items: T[]): readonly T[] => Object.freeze(items);

/** Tenant-wide inputs every mailbox draws on. */
export interface Env {
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
export function planManagers(ctx: SeedContext, users: readonly Person[], managersByDept: ReadonlyMap<string, Person[]>) {
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

/** What one mailbox's records share; derived once, then each record builder reads it. */
export interface Facts {
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
export const LOCAL_FOLDERS: Readonly<Record<string, readonly [calendar: string, inbox: string]>> = {
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

export function factsOf(env: Env, p: Person): Facts {
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

/** A time between minDays and maxDays before `ref`, at any second of the day. */
export function ago(rng: Random, ref: number, minDays: number, maxDays: number): number {
  return ref - rng.int(minDays, maxDays) * DAY_MS - rng.int(0, 86_399) * 1000;
}

export function pickManager(rng: Random, managers: Person[] | undefined, p: Person): Person | undefined {
  if (!managers || managers.length === 0) return undefined;
  const m = rng.pick(managers);
  return m === p ? undefined : m;
}
