// Phase one of seeding: who exists. Every mailbox gets an identity (names, alias, addresses,
// culture, department, creation time) before any record is built, so records can point at each
// other (managers, delegates, forwarding targets, group members).
import type { SandboxAccount } from '../../contracts.js';
import { CULTURES, CULTURE_MIX, DEPARTMENTS, EQUIPMENT_NAMES, EXTERNAL_DOMAINS, ROOM_NAMES, SHARED_MAILBOX_NAMES, type Culture, type NamePart } from '../names.js';
import { aliasPart } from '../fold.js';
import { DAY_MS } from '../formats.js';
import type { SeedContext } from './context.js';

export type MailboxKind = 'UserMailbox' | 'SharedMailbox' | 'RoomMailbox' | 'EquipmentMailbox';
/** People without a mailbox (unlicensed or disabled accounts): Get-User shows them, Get-Mailbox does not. */
export type PersonKind = MailboxKind | 'User' | 'DisabledUser' | MailUserKind;
/** Mail users: guests invited from other organisations and contractors with mail elsewhere. */
export type MailUserKind = 'GuestMailUser' | 'MailUser';

export interface Person {
  index: number;
  kind: PersonKind;
  guid: string;
  exchangeGuid: string;
  externalId: string;
  alias: string;
  /** Name / Identity / CN: the alias for mailboxes created before mid-2022, the Entra object id after. */
  name: string;
  displayName: string;
  firstName: string;
  lastName: string;
  upn: string;
  primarySmtp: string;
  createdMs: number;
  culture: Culture;
  department: string;
  title: string;
  city: readonly [string, string, string];
  isManager: boolean;
  account?: SandboxAccount;
  /** Where mail for a mail user goes (its ExternalEmailAddress, without the SMTP: prefix). */
  externalAddress?: string;
}

/** Mailboxes created after this keep their Entra object id as Name (the service's 2022 change). */
const GUID_NAMES_SINCE = Date.parse('2022-07-01T00:00:00Z');

const cultureByKey = new Map(CULTURES.map((c) => [c.key, c]));

export function planPeople(ctx: SeedContext, accounts: readonly SandboxAccount[], total: number): Person[] {
  const used = new Set<string>();
  const people: Person[] = [];
  const mix = (CULTURE_MIX[ctx.tenant.key] ?? CULTURE_MIX['contoso']!).map(([k, w]) => [cultureByKey.get(k)!, w] as const);
  const depts = DEPARTMENTS.map((d) => [d, d[2]] as const);
  const span = ctx.referenceMs - DAY_MS - ctx.createdMs;
  const home = cultureByKey.get(ctx.tenant.key === 'tailspin' ? 'da-DK' : 'en-US')!;

  const unique = (base: string): string => {
    let alias = base.replace(/^[.-]+|[.-]+$/g, '') || 'user';
    if (used.has(alias)) {
      let n = 2;
      while (used.has(`${alias}${n}`)) n++;
      alias = `${alias}${n}`;
    }
    used.add(alias);
    return alias;
  };

  accounts.forEach((account, i) => {
    const rng = ctx.rng('account', i);
    const alias = unique(account.upn.split('@')[0]!);
    const [first, ...rest] = account.displayName.split(' ');
    people.push({
      index: people.length,
      kind: 'UserMailbox',
      guid: rng.guid(),
      exchangeGuid: rng.guid(),
      externalId: account.objectId,
      alias,
      name: alias,
      displayName: account.displayName,
      firstName: first ?? '',
      lastName: rest.join(' '),
      upn: account.upn,
      primarySmtp: account.upn,
      createdMs: ctx.createdMs + i * 60_000,
      culture: home,
      department: 'IT',
      title: account.directoryRole,
      city: home.cities[0]!,
      isManager: false,
      account,
    });
  });

  const generated = Math.max(0, total - accounts.length);
  for (let i = 0; i < generated; i++) {
    const rng = ctx.rng('person', i);
    const kind = rng.weighted<MailboxKind>([['UserMailbox', 85], ['SharedMailbox', 9], ['RoomMailbox', 4.5], ['EquipmentMailbox', 1.5]]);
    const culture = rng.weighted(mix);
    const dept = rng.weighted(depts);
    const city = rng.pick(culture.cities);
    // Creation times grow with the index (creation order = list order) and bunch up in later years.
    const createdMs = Math.floor(ctx.createdMs + span * Math.pow((i + rng.next()) / Math.max(1, generated), 0.7));
    const externalId = rng.guid();
    let displayName: string;
    let firstName = '';
    let lastName = '';
    let aliasBase: string;
    if (kind === 'UserMailbox') {
      const given = rng.pick(culture.given);
      const family = rng.pick(culture.family);
      const feminine = given[2] === 'f' && culture.key === 'ru-RU';
      const familyNative = feminine ? `${family[0]}а` : family[0];
      const familyRoman = feminine ? `${romanOf(family)}a` : romanOf(family);
      firstName = given[0];
      lastName = familyNative;
      displayName = culture.familyFirst ? `${familyNative}${culture.joiner}${given[0]}` : `${given[0]}${culture.joiner}${familyNative}`;
      aliasBase = `${romanOf(given)}.${familyRoman}`;
    } else if (kind === 'SharedMailbox') {
      const base = rng.pick(SHARED_MAILBOX_NAMES);
      displayName = rng.chance(0.5) ? base : `${base} - ${city[0]}`;
      aliasBase = aliasPart(displayName.replace(/ - /g, '-').replace(/ /g, '')) || `shared-${i}`;
    } else if (kind === 'RoomMailbox') {
      const room = rng.pick(ROOM_NAMES);
      displayName = `${city[0]} ${room} (${rng.pick([4, 6, 8, 10, 12, 16, 20, 40])})`;
      aliasBase = `room-${aliasPart(romanCity(city[0], culture))}-${aliasPart(room)}`;
    } else {
      const item = rng.pick(EQUIPMENT_NAMES);
      displayName = `${item} ${String(rng.int(1, 40)).padStart(2, '0')} (${city[0]})`;
      aliasBase = `equip-${aliasPart(item)}-${aliasPart(romanCity(city[0], culture))}`;
    }
    const alias = unique(aliasBase.replace(/\.{2,}/g, '.'));
    const domain = kind === 'UserMailbox' && culture.c === 'GB' && ctx.tenant.domains.includes('contoso.co.uk') ? 'contoso.co.uk' : ctx.vanityDomain;
    const [deptName, titles] = dept;
    people.push({
      index: people.length,
      kind,
      guid: rng.guid(),
      exchangeGuid: rng.guid(),
      externalId,
      alias,
      name: createdMs >= GUID_NAMES_SINCE ? externalId : alias,
      displayName,
      firstName,
      lastName,
      upn: `${alias}@${ctx.vanityDomain}`,
      primarySmtp: `${alias}@${domain}`,
      createdMs,
      culture,
      department: kind === 'UserMailbox' ? deptName : '',
      title: kind === 'UserMailbox' ? rng.pick(titles) : '',
      city,
      isManager: kind === 'UserMailbox' && rng.chance(0.08),
    });
  }
  // About 3% more accounts than mailboxes have no mailbox at all (left the company, never licensed).
  const withoutMailbox = Math.round(generated * 0.03);
  for (let i = 0; i < withoutMailbox; i++) {
    const rng = ctx.rng('account-without-mailbox', i);
    const culture = rng.weighted(mix);
    const given = rng.pick(culture.given);
    const family = rng.pick(culture.family);
    const [deptName, titles] = rng.weighted(depts);
    const alias = unique(`${romanOf(given)}.${romanOf(family)}`);
    const createdMs = Math.floor(ctx.createdMs + span * rng.next());
    const externalId = rng.guid();
    people.push({
      index: people.length,
      kind: rng.chance(0.6) ? 'User' : 'DisabledUser',
      guid: rng.guid(),
      exchangeGuid: '',
      externalId,
      alias,
      name: createdMs >= GUID_NAMES_SINCE ? externalId : alias,
      displayName: culture.familyFirst ? `${family[0]}${culture.joiner}${given[0]}` : `${given[0]}${culture.joiner}${family[0]}`,
      firstName: given[0],
      lastName: family[0],
      upn: `${alias}@${ctx.vanityDomain}`,
      primarySmtp: '',
      createdMs,
      culture,
      department: deptName,
      title: rng.pick(titles),
      city: rng.pick(culture.cities),
      isManager: false,
    });
  }
  // Guests (about 1.5%) and mail users (about 0.5%): recipients without a mailbox here.
  const mailUsers = Math.round(generated * 0.02);
  for (let i = 0; i < mailUsers; i++) {
    const rng = ctx.rng('mail-user', i);
    const culture = rng.weighted(mix);
    const given = rng.pick(culture.given);
    const family = rng.pick(culture.family);
    const guest = i % 4 !== 3;
    const local = `${romanOf(given)}.${romanOf(family)}`;
    const externalDomain = rng.pick(EXTERNAL_DOMAINS);
    const externalAddress = `${local}@${externalDomain}`;
    const alias = unique(guest ? `${local}_${externalDomain}#EXT#` : `${local}.ext`);
    const createdMs = Math.floor(ctx.createdMs + span * Math.sqrt(rng.next()));
    const externalId = rng.guid();
    people.push({
      index: people.length,
      kind: guest ? 'GuestMailUser' : 'MailUser',
      guid: rng.guid(),
      exchangeGuid: '',
      externalId,
      alias,
      name: guest || createdMs >= GUID_NAMES_SINCE ? externalId : alias,
      displayName: culture.familyFirst ? `${family[0]}${culture.joiner}${given[0]}` : `${given[0]}${culture.joiner}${family[0]}`,
      firstName: given[0],
      lastName: family[0],
      upn: `${alias}@${guest ? ctx.tenant.initialDomain : ctx.vanityDomain}`,
      primarySmtp: guest ? externalAddress : `${alias}@${ctx.vanityDomain}`,
      createdMs,
      culture,
      department: '',
      title: '',
      city: rng.pick(culture.cities),
      isManager: false,
      externalAddress,
    });
  }
  return people;
}

export function hasMailbox(p: Person): p is Person & { kind: MailboxKind } {
  return p.kind === 'UserMailbox' || p.kind === 'SharedMailbox' || p.kind === 'RoomMailbox' || p.kind === 'EquipmentMailbox';
}

export function isMailUser(p: Person): p is Person & { kind: MailUserKind } {
  return p.kind === 'GuestMailUser' || p.kind === 'MailUser';
}

function romanOf(part: NamePart): string {
  return aliasPart(part[1] ?? part[0]);
}

/** Cities in non-Latin scripts are romanised by their culture's first city pairing, else dropped. */
function romanCity(city: string, culture: Culture): string {
  const folded = aliasPart(city);
  return folded !== '' ? folded : culture.c.toLowerCase();
}
