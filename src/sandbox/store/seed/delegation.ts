// Who else may use a mailbox: SELF entries, FullAccess/SendAs grants (MailboxPermission,
// RecipientPermission) and the Calendar's folder permissions.
import type { Env, Facts } from './facts.js';
import { LOCAL_FOLDERS } from './facts.js';
import type { Person } from './people.js';

const frozen = <T>(items: T[]): readonly T[] => Object.freeze(items);

/** SELF on every mailbox; explicit grants on shared and resource mailboxes and for delegates. */
export function addPermissions(env: Env, f: Facts): void {
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

export function addCalendarPermissions(env: Env, f: Facts): void {
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

const SELF_RIGHTS = frozen(['FullAccess', 'ReadPermission']);

const FULL_ACCESS = frozen(['FullAccess']);

const AVAILABILITY_ONLY = frozen(['AvailabilityOnly']);

const LIMITED_DETAILS = frozen(['LimitedDetails']);

const NONE = frozen(['None']);

const EDITOR = frozen(['Editor']);

const SELF = 'NT AUTHORITY\\SELF';
