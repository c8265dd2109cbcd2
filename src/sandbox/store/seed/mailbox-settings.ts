// What a mailbox's owner set up: automatic replies, inbox rules, and mobile devices with their
// sync statistics.
import { DAY_MS } from '../formats.js';
import { EXTERNAL_DOMAINS } from '../names.js';
import type { Random } from '../random.js';
import type { SeedContext } from './context.js';
import { ago, type Env, type Facts } from './facts.js';
import type { Person } from './people.js';

const frozen = <T>(items: T[]): readonly T[] => Object.freeze(items);

const AUTO_REPLY_TEXT: Readonly<Record<string, string>> = {
  'de-DE': 'Vielen Dank für Ihre Nachricht. Ich bin bis %DATE% nicht im Büro und habe keinen Zugriff auf meine E-Mails.',
  'fr-FR': "Merci pour votre message. Je suis absent(e) jusqu'au %DATE% avec un accès limité à mes e-mails.",
  'es-ES': 'Gracias por su mensaje. Estaré fuera de la oficina hasta el %DATE%.',
  'ja-JP': '%DATE%まで不在にしております。ご不便をおかけしますが、よろしくお願いいたします。',
  'pl-PL': 'Dziękuję za wiadomość. Jestem poza biurem do %DATE%.',
  'da-DK': 'Tak for din mail. Jeg er på ferie indtil %DATE% og læser ikke mails.',
  'ru-RU': 'Спасибо за письмо. Я в отпуске до %DATE%.',
};

/** One automatic-reply configuration per mailbox; a few are switched on. */
export function addAutoReply(env: Env, f: Facts): void {
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

const OOF_STATES = [['Disabled', 94], ['Enabled', 4], ['Scheduled', 2]] as const;

const AUDIENCES = ['All', 'All', 'Known', 'None'];

const DEFAULT_AUTO_REPLY = 'Thank you for your message. I am out of the office until %DATE% with limited access to email.';

const RULE_TEMPLATES = [
  { name: 'Newsletters', make: () => ({ FromAddressContainsWords: frozen(['newsletter', 'noreply']), MoveToFolder: 'Newsletters', MarkAsRead: true }), describe: "If the message:\r\n\tIncludes 'newsletter' or 'noreply' in the sender's address\r\nTake the following actions:\r\n\tMove the message to folder 'Newsletters'\r\n\tand mark the message as read\r\n" },
  { name: 'Invoices', make: () => ({ SubjectContainsWords: frozen(['invoice', 'Rechnung', 'facture']), MoveToFolder: 'Invoices' }), describe: "If the message:\r\n\tIncludes 'invoice' or 'Rechnung' or 'facture' in the subject\r\nTake the following actions:\r\n\tMove the message to folder 'Invoices'\r\n" },
  { name: 'Delete lottery spam', make: () => ({ SubjectOrBodyContainsWords: frozen(['lottery', 'winner']), DeleteMessage: true }), describe: "If the message:\r\n\tIncludes 'lottery' or 'winner' in the subject or body\r\nTake the following actions:\r\n\tDelete the message\r\n" },
] as const;

export function seedInboxRules(ctx: SeedContext, rng: Random, p: Person, manager: Person | undefined): void {
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

export function seedDevice(ctx: SeedContext, rng: Random, p: Person, ref: number): void {
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
