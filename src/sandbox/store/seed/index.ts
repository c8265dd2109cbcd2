// Generates one tenant's data from (seed, mailbox count, reference date): a pure function, so the
// same inputs always give the same records in the same order.
import type { RecordKind, SandboxAccount, SandboxTenant, StoredRecord } from '../../contracts.js';
import type { LazySource } from '../tables.js';
import { SeedContext } from './context.js';
import { folderSource } from './folders.js';
import { seedGroups } from './groups.js';
import { seedMailboxes } from './mailboxes.js';
import { seedOrganization } from './organization.js';
import { planPeople } from './people.js';
import { seedTraces } from './traces.js';

export interface TenantSeed {
  tables: Map<RecordKind, StoredRecord[]>;
  lazy: Map<RecordKind, LazySource>;
}

/** Fixed sizes of the smaller tenants; contoso takes --mailboxes. */
const FIXED_MAILBOXES: Readonly<Record<string, number>> = { fabrikam: 250, tailspin: 40 };

export function mailboxCount(tenant: SandboxTenant, contosoMailboxes: number): number {
  return FIXED_MAILBOXES[tenant.key] ?? contosoMailboxes;
}

export function seedTenant(
  tenant: SandboxTenant,
  accounts: readonly SandboxAccount[],
  seed: number,
  mailboxes: number,
  referenceMs: number,
): TenantSeed {
  const ctx = new SeedContext(tenant, seed, referenceMs);
  const people = planPeople(ctx, accounts, Math.max(mailboxes, accounts.length));
  const { folderSeeds } = seedMailboxes(ctx, people);
  const groups = seedGroups(ctx, people);
  seedOrganization(ctx, people);
  seedTraces(ctx, people, groups);
  return { tables: ctx.tables, lazy: new Map([['MailboxFolderStatistics', folderSource(ctx, folderSeeds)]]) };
}
