// Message traces over the ten days before the reference date: internal, inbound and outbound
// mail in working-hours waves, newest first (the order Get-MessageTraceV2 returns).
import { DAY_MS } from '../formats.js';
import { EXTERNAL_DOMAINS, SUBJECTS } from '../names.js';
import type { SeedContext } from './context.js';
import type { GroupRef } from './groups.js';
import type { Person } from './people.js';

interface Row {
  at: number;
  sender: string;
  recipient: string;
  status: string;
  subject: string;
  size: number;
  messageId: string;
  traceId: string;
  fromIp: string | null;
  toIp: string | null;
}

export function seedTraces(ctx: SeedContext, people: readonly Person[], groups: readonly GroupRef[]): void {
  const rng = ctx.rng('traces');
  const users = people.filter((p) => p.kind === 'UserMailbox');
  if (users.length === 0) return;
  const target = Math.min(60_000, Math.max(50, users.length * 3));
  const rows: Row[] = [];
  const server = `${ctx.serverPrefix}MB${rng.int(1000, 9999)}`;
  const msgDomain = `${server}.${ctx.forest.slice(0, 7).toLowerCase()}.prod.outlook.com`;
  const externalUser = () => `${rng.pick(['info', 'billing', 'noreply', 'anna', 'tom', 'k.tanaka', 'jp', 'sales', 'newsletter', 'm.nowak'])}@${rng.pick(EXTERNAL_DOMAINS)}`;
  const ip = (a: number) => `${a}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;

  while (rows.length < target) {
    // Working-hours shape: reject most draws outside 07:00–19:00 UTC and at weekends.
    let at = ctx.referenceMs - rng.next() * 10 * DAY_MS;
    const d = new Date(at);
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
    const hour = d.getUTCHours();
    if ((weekend && rng.chance(0.8)) || ((hour < 7 || hour > 19) && rng.chance(0.7))) continue;
    at = Math.floor(at / 1000) * 1000;
    const traceId = rng.guid();
    const subject = rng.pick(SUBJECTS);
    const size = Math.max(2_000, Math.round(rng.logNormal(40_000, 1.2)));
    const sender = rng.pick(users);
    const direction = rng.weighted([['internal', 55], ['inbound', 25], ['outbound', 20]] as const);
    if (direction === 'inbound') {
      const from = externalUser();
      const status = rng.weighted([['Delivered', 88], ['FilteredAsSpam', 6], ['Quarantined', 3], ['Failed', 2], ['Pending', 1]] as const);
      rows.push({ at, sender: from, recipient: rng.pick(users).primarySmtp, status, subject, size, messageId: `<${rng.hex(24).toUpperCase()}@mail.${from.split('@')[1]}>`, traceId, fromIp: ip(rng.pick([40, 52, 104, 198, 203, 209])), toIp: null });
    } else if (direction === 'outbound') {
      const status = rng.weighted([['Delivered', 95], ['Failed', 3], ['Pending', 2]] as const);
      rows.push({ at, sender: sender.primarySmtp, recipient: externalUser(), status, subject, size, messageId: `<${rng.hex(38).toUpperCase()}@${msgDomain}>`, traceId, fromIp: `2a01:111:e400:${rng.hex(4)}::${rng.int(10, 99)}`, toIp: ip(rng.pick([64, 74, 142, 172, 209])) });
    } else {
      const messageId = `<${rng.hex(38).toUpperCase()}@${msgDomain}>`;
      const fromIp = `2a01:111:e400:${rng.hex(4)}::${rng.int(10, 99)}`;
      if (groups.length > 0 && rng.chance(0.05)) {
        const g = rng.pick(groups);
        rows.push({ at, sender: sender.primarySmtp, recipient: g.primarySmtp, status: 'Expanded', subject, size, messageId, traceId, fromIp, toIp: null });
      }
      const recipients = rng.chance(0.8) ? 1 : rng.int(2, 4);
      for (let r = 0; r < recipients; r++) {
        rows.push({ at, sender: sender.primarySmtp, recipient: rng.pick(users).primarySmtp, status: rng.chance(0.99) ? 'Delivered' : 'Failed', subject, size, messageId, traceId, fromIp, toIp: null });
      }
    }
  }
  rows.sort((a, b) => b.at - a.at);
  for (const r of rows) {
    ctx.add('MessageTrace', {
      Guid: rng.guid(), Organization: ctx.tenant.initialDomain, MessageId: r.messageId, MessageTraceId: r.traceId,
      Received: ctx.date(r.at), SenderAddress: r.sender, RecipientAddress: r.recipient, Subject: r.subject, Status: r.status,
      Size: r.size, FromIP: r.fromIp, ToIP: r.toIp,
    });
  }
}
