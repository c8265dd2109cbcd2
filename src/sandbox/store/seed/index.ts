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
  /** Whole tables generated on first use (message traces). */
  deferred: Map<RecordKind, () => StoredRecord[]>;
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
  const steps = seedTenantSteps(tenant, accounts, seed, mailboxes, referenceMs);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * seedTenant in slices: it yields every few milliseconds of work, so a sandbox that already
 * listens can answer sign-ins between slices while 20,000 mailboxes are generated. The records
 * are the same as seedTenant's. Message traces (their own random stream, read by few requests)
 * are generated on first use.
 */
export function* seedTenantSteps(
  tenant: SandboxTenant,
  accounts: readonly SandboxAccount[],
  seed: number,
  mailboxes: number,
  referenceMs: number,
): Generator<void, TenantSeed, undefined> {
  const ctx = new SeedContext(tenant, seed, referenceMs);
  const people = planPeople(ctx, accounts, Math.max(mailboxes, accounts.length));
  yield;
  const { folderSeeds } = yield* seedMailboxes(ctx, people);
  yield;
  const groups = seedGroups(ctx, people);
  seedOrganization(ctx, people);
  yield;
  const tables = new Map(ctx.tables);
  const deferred = new Map<RecordKind, () => StoredRecord[]>([
    [
      'MessageTrace',
      () => {
        // The context's tables hold what the generators added; traces go into a fresh list of their own.
        ctx.tables.delete('MessageTrace');
        seedTraces(ctx, people, groups);
        return ctx.tables.get('MessageTrace') ?? [];
      },
    ],
  ]);
  return { tables, lazy: new Map([['MailboxFolderStatistics', folderSource(ctx, folderSeeds)]]), deferred };
}
