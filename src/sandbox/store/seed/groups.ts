// Distribution groups (all-staff with nested per-city groups, departments with nested teams,
// projects, security groups, room lists) and Microsoft 365 groups with their links.
import type { StoredRecord } from '../../contracts.js';
import { aliasPart } from '../fold.js';
import { DAY_MS } from '../formats.js';
import type { Random } from '../random.js';
import { EMPTY } from '../records.js';
import { whenStamps, type SeedContext } from './context.js';
import type { Person } from './people.js';

const frozen = <T>(items: T[]): readonly T[] => Object.freeze(items);

const PROJECTS = ['Phoenix', 'Aurora', 'Mercury', 'Falcon', 'Nightingale', 'Kestrel', 'Tundra', 'Zephyr', 'Obsidian', 'Lighthouse', 'Bifröst', 'Sakura', 'Dragón', 'Ørsted', 'Łabędź', 'Halcyon', 'Mistral', 'Quasar'];
const M365_TOPICS = ['Marketing EMEA', 'Product Launch', 'Book Club', 'Ørestad Office', '東京オフィス', 'Équipe Paris', 'Innovation Lab', 'Sales Kick-off', 'Graduate Programme', 'Wellbeing', 'Customer Advisory Board', 'Data Platform', 'Security Champions', 'Sustainability', 'Zürich Office', 'Vendas Brasil', 'Relocation Taskforce'];

export interface GroupRef {
  guid: string;
  name: string;
  displayName: string;
  alias: string;
  primarySmtp: string;
  externalId: string;
  typeDetails: string;
}

export function seedGroups(ctx: SeedContext, people: readonly Person[]): GroupRef[] {
  const rng = ctx.rng('groups');
  const users = people.filter((p) => p.kind === 'UserMailbox');
  const rooms = people.filter((p) => p.kind === 'RoomMailbox');
  const owners = people.filter((p) => p.account?.roleGroups.includes('Organization Management'));
  const target = Math.max(6, Math.round(people.length / 40));
  const usedNames = new Set<string>();
  const groups: GroupRef[] = [];

  const makeGroup = (displayName: string, typeDetails: string, description: string, members: Array<Person | GroupRef>, opts: { join?: string; moderated?: boolean; external?: boolean } = {}): GroupRef | undefined => {
    let name = displayName;
    for (let n = 2; usedNames.has(name.toLowerCase()); n++) name = `${displayName} ${n}`;
    usedNames.add(name.toLowerCase());
    const alias = aliasPart(name.replace(/ /g, '')) || `group${groups.length + 1}`;
    const guid = rng.guid();
    const externalId = rng.guid();
    const primarySmtp = `${alias}@${ctx.vanityDomain}`;
    const createdMs = Math.floor(ctx.createdMs + (ctx.referenceMs - DAY_MS - ctx.createdMs) * rng.next());
    const created = ctx.date(createdMs);
    const changed = ctx.date(Math.min(ctx.referenceMs - 3_600_000, createdMs + rng.int(1, 700) * DAY_MS));
    const managers = owners.length > 0 ? [rng.pick(owners).name] : [];
    if (users.length > 0 && rng.chance(0.5)) managers.push(rng.pick(users).name);
    const security = typeDetails === 'MailUniversalSecurityGroup';
    ctx.add('DistributionGroup', {
      Guid: guid, Identity: name, Id: name, Name: name, Alias: alias, DisplayName: displayName, SimpleDisplayName: '',
      DistinguishedName: ctx.dn(name), PrimarySmtpAddress: primarySmtp, WindowsEmailAddress: primarySmtp,
      EmailAddresses: frozen([`SMTP:${primarySmtp}`, `smtp:${alias}@${ctx.tenant.initialDomain}`]),
      LegacyExchangeDN: ctx.legacyDn(rng, alias), ExternalDirectoryObjectId: externalId, ExchangeObjectId: guid,
      SamAccountName: `${alias.slice(0, 16)}${rng.int(1000, 9999)}`, ManagedBy: frozen([...new Set(managers)]),
      GroupType: security ? 'Universal, SecurityEnabled' : 'Universal',
      RecipientType: security ? 'MailUniversalSecurityGroup' : 'MailUniversalDistributionGroup', RecipientTypeDetails: typeDetails,
      MemberJoinRestriction: opts.join ?? 'Closed', MemberDepartRestriction: opts.join === 'Open' ? 'Open' : 'Closed',
      ModerationEnabled: opts.moderated ?? false, ModeratedBy: opts.moderated && managers[0] ? frozen([managers[0]]) : EMPTY,
      RequireAllSendersAreAuthenticated: !opts.external, Description: frozen([description]),
      OrganizationId: ctx.organizationId, ObjectCategory: `${ctx.objectCategoryBase}/Group`, OriginatingServer: ctx.originatingServer,
      ...whenStamps(created, changed), LastExchangeChangedTime: changed,
    });
    const ref: GroupRef = { guid, name, displayName, alias, primarySmtp, externalId, typeDetails };
    groups.push(ref);
    for (const m of members) addMember(ctx, rng, ref, m);
    return ref;
  };

  // All Staff, nested by city (one nested group per city with people in it).
  const byCity = new Map<string, Person[]>();
  for (const u of users) {
    const list = byCity.get(u.city[0]) ?? [];
    list.push(u);
    byCity.set(u.city[0], list);
  }
  const cityGroups: GroupRef[] = [];
  const cities = [...byCity.keys()].slice(0, Math.max(1, Math.floor(target / 4)));
  for (const city of cities) {
    const g = makeGroup(`All Staff - ${city}`, 'MailUniversalDistributionGroup', `Everyone based in ${city}.`, byCity.get(city)!);
    if (g) cityGroups.push(g);
  }
  makeGroup('All Staff', 'MailUniversalDistributionGroup', 'Everyone in the organisation (nested per city).', cityGroups, { moderated: true });

  // Departments, each with one or two nested teams.
  const byDept = new Map<string, Person[]>();
  for (const u of users) {
    const list = byDept.get(u.department) ?? [];
    list.push(u);
    byDept.set(u.department, list);
  }
  for (const [dept, members] of byDept) {
    if (groups.length >= target) break;
    const teams: GroupRef[] = [];
    for (let t = 0; t < (members.length > 40 ? 2 : 0); t++) {
      const team = makeGroup(`${dept} - ${rng.pick(['EMEA', 'Americas', 'APAC', 'Core', 'Platform', 'Field'])}`, 'MailUniversalDistributionGroup', `${dept} sub-team.`, rng.sample(members, rng.int(5, 40)));
      if (team) teams.push(team);
    }
    makeGroup(`${dept} Team`, 'MailUniversalDistributionGroup', `Everyone in ${dept}.`, [...rng.sample(members, Math.min(members.length, 300)), ...teams]);
  }

  // Room lists.
  const roomsByCity = new Map<string, Person[]>();
  for (const r of rooms) {
    const list = roomsByCity.get(r.city[0]) ?? [];
    list.push(r);
    roomsByCity.set(r.city[0], list);
  }
  for (const [city, list] of roomsByCity) {
    if (groups.length >= target) break;
    makeGroup(`${city} Rooms`, 'RoomList', `Meeting rooms in ${city}.`, list);
  }

  // Projects and security groups fill the rest, with long-tailed sizes.
  let n = 0;
  while (groups.length < target && users.length > 0) {
    const size = Math.max(2, Math.min(users.length, Math.round(rng.logNormal(12, 0.9))));
    if (rng.chance(0.15)) {
      const dept = rng.pick([...byDept.keys()]);
      makeGroup(`SG-${dept.replace(/[^A-Za-z]/g, '')}-Access${n ? ` ${n}` : ''}`, 'MailUniversalSecurityGroup', `Grants access to ${dept} resources.`, rng.sample(users, size));
    } else {
      const name = `Project ${PROJECTS[n % PROJECTS.length]}${n >= PROJECTS.length ? ` ${Math.floor(n / PROJECTS.length) + 1}` : ''}`;
      makeGroup(name, 'MailUniversalDistributionGroup', `Members of project ${PROJECTS[n % PROJECTS.length]}.`, rng.sample(users, size), { join: rng.chance(0.4) ? 'Open' : 'ApprovalRequired', external: rng.chance(0.3) });
    }
    n++;
  }

  seedUnifiedGroups(ctx, users);
  return groups;
}

function addMember(ctx: SeedContext, rng: Random, group: GroupRef, m: Person | GroupRef): void {
  const isPerson = 'kind' in m;
  ctx.add('DistributionGroupMember', {
    Guid: rng.guid(), OwnerGuid: group.guid, MemberGuid: m.guid, MemberKind: isPerson ? 'Mailbox' : 'DistributionGroup',
    Identity: m.name, Name: m.name, DisplayName: m.displayName, Alias: m.alias, PrimarySmtpAddress: m.primarySmtp,
    ExternalDirectoryObjectId: m.externalId, ExternalEmailAddress: null,
    RecipientType: isPerson ? 'UserMailbox' : m.typeDetails === 'MailUniversalSecurityGroup' ? 'MailUniversalSecurityGroup' : 'MailUniversalDistributionGroup',
    RecipientTypeDetails: isPerson ? m.kind : m.typeDetails,
    UserPrincipalName: isPerson ? m.upn : null, WindowsLiveID: isPerson ? m.upn : null,
    SamAccountName: null, OrganizationId: ctx.organizationId,
  });
}

function seedUnifiedGroups(ctx: SeedContext, users: readonly Person[]): void {
  if (users.length === 0) return;
  const rng = ctx.rng('unified');
  const count = Math.max(3, Math.round(users.length / 80));
  for (let i = 0; i < count; i++) {
    const topic = M365_TOPICS[i % M365_TOPICS.length]!;
    const displayName = i < M365_TOPICS.length ? topic : `${topic} ${Math.floor(i / M365_TOPICS.length) + 1}`;
    const alias = (aliasPart(displayName.replace(/ /g, '')) || 'group') + (i >= M365_TOPICS.length ? String(i) : '');
    const guid = rng.guid();
    const externalId = rng.guid();
    const name = `${alias}_${externalId}`;
    const primarySmtp = `${alias}@${ctx.vanityDomain}`;
    const owners = rng.sample(users, rng.int(1, 3));
    const members = [...new Set([...owners, ...rng.sample(users, Math.min(users.length, Math.max(2, Math.round(rng.logNormal(15, 1)))))])];
    const subscribers = members.filter(() => rng.chance(0.5));
    const createdMs = Math.floor(ctx.createdMs + (ctx.referenceMs - DAY_MS - ctx.createdMs) * Math.sqrt(rng.next()));
    const created = ctx.date(createdMs);
    const changed = ctx.date(Math.min(ctx.referenceMs - 3_600_000, createdMs + rng.int(1, 500) * DAY_MS));
    const team = rng.chance(0.6);
    const host = ctx.tenant.key === 'contoso' ? 'contoso' : ctx.tenant.key;
    ctx.add('UnifiedGroup', {
      Guid: guid, Identity: name, Id: name, Name: name, Alias: alias, DisplayName: displayName, DistinguishedName: ctx.dn(name),
      PrimarySmtpAddress: primarySmtp, EmailAddresses: frozen([`SMTP:${primarySmtp}`, `smtp:${alias}@${ctx.tenant.initialDomain}`, `SPO:SPO_${rng.guid()}@SPO_${ctx.tenant.id}`]),
      ExchangeGuid: rng.guid(), ExternalDirectoryObjectId: externalId, LegacyExchangeDN: ctx.legacyDn(rng, alias),
      AccessType: rng.chance(0.6) ? 'Private' : 'Public', ManagedBy: frozen(owners.map((o) => o.name)),
      GroupMemberCount: members.length, GroupExternalMemberCount: rng.chance(0.2) ? rng.int(1, 5) : 0,
      ResourceProvisioningOptions: team ? frozen(['Team']) : EMPTY,
      ResourceBehaviorOptions: team ? frozen(['HideGroupInOutlook', 'SubscribeMembersToCalendarEventsDisabled']) : EMPTY,
      HiddenFromAddressListsEnabled: team, Language: 'en-US', Notes: '',
      SharePointSiteUrl: `https://${host}.sharepoint.com/sites/${alias}`,
      SharePointDocumentsUrl: `https://${host}.sharepoint.com/sites/${alias}/Shared Documents`,
      SharePointNotebookUrl: '', OrganizationId: ctx.organizationId, ObjectCategory: `${ctx.objectCategoryBase}/Group`,
      ...whenStamps(created, changed), LastExchangeChangedTime: changed,
      WhenSoftDeleted: null,
    });
    const link = (type: string, p: Person): StoredRecord =>
      ctx.add('UnifiedGroupLink', {
        Guid: rng.guid(), OwnerGuid: guid, LinkType: type, MemberGuid: p.guid, Identity: p.name, Name: p.name, DisplayName: p.displayName,
        Alias: p.alias, PrimarySmtpAddress: p.primarySmtp, ExternalDirectoryObjectId: p.externalId, RecipientType: 'UserMailbox',
        RecipientTypeDetails: p.kind, UserPrincipalName: p.upn, WindowsLiveID: p.upn,
      });
    for (const o of owners) link('Owners', o);
    for (const m of members) link('Members', m);
    for (const s of subscribers) link('Subscribers', s);
  }
}
