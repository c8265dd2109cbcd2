// openStore: the sandbox's Exchange data. Seeds every tenant in directory.ts deterministically
// from (seed, mailboxes, reference date), replays the stored changes when there is a data
// directory, and persists each later change atomically before its promise resolves.
import type { ExchangeStore, StoreOptions, TenantStore } from '../contracts.js';
import { ACCOUNTS, TENANTS } from '../directory.js';
import { Overlay } from './overlay.js';
import { mailboxCount, seedTenant } from './seed/index.js';
import { STORE_FILE, StoreFile, StoreFileError, WriteQueue, type StoredState } from './store-file.js';
import { MemoryTenantStore, StoreError } from './tenant-store.js';

export { StoreError } from './tenant-store.js';
export { StoreFileError, STORE_FILE } from './store-file.js';
export { byteSize, bytesOf } from './formats.js';

export const DEFAULT_SEED = 1;
export const DEFAULT_MAILBOXES = 20_000;
// About 10 KB of memory per mailbox: 200,000 stays near 2.5 GB, within Node's default heap limit.
const MAX_MAILBOXES = 200_000;

/** What the store was generated from (the serve banner prints it). */
export interface StoreDescription {
  seed: number;
  mailboxes: number;
  referenceDate: string;
  /** The file changes are kept in, when persistent. */
  file?: string;
  /** True when the data directory held a store whose seed/mailboxes differ from the options given. */
  optionsIgnored: boolean;
}

export interface SandboxExchangeStore extends ExchangeStore {
  describe(): StoreDescription;
}

export function openStore(options: StoreOptions = {}): Promise<SandboxExchangeStore> {
  return openStoreAt(options, new Date());
}

/** openStore with an explicit "now" (tests; the reference date is midnight UTC of that day). */
export async function openStoreAt(options: StoreOptions, now: Date): Promise<SandboxExchangeStore> {
  const seed = options.seed ?? DEFAULT_SEED;
  const mailboxes = options.mailboxes ?? DEFAULT_MAILBOXES;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new StoreError(`Cannot validate argument on parameter 'Seed'. The seed must be a whole number from 0 to 4294967295; '${seed}' is not.`);
  }
  if (!Number.isInteger(mailboxes) || mailboxes < 3 || mailboxes > MAX_MAILBOXES) {
    throw new StoreError(`Cannot validate argument on parameter 'Mailboxes'. The count must be a whole number from 3 to ${MAX_MAILBOXES}; '${mailboxes}' is not.`);
  }
  let state: StoredState = { seed, mailboxes, referenceDate: midnightUtc(now), changes: {} };
  let file: StoreFile | undefined;
  let fresh = true;
  if (options.dataDir) {
    file = new StoreFile(options.dataDir);
    await file.prepare();
    if (options.reset) await file.remove();
    const stored = await file.read();
    if (stored) {
      state = stored;
      fresh = false;
    }
  }

  const referenceMs = Date.parse(state.referenceDate);
  const stores = new Map<string, MemoryTenantStore>();
  for (const tenant of TENANTS) {
    const accounts = ACCOUNTS.filter((a) => a.tenantId === tenant.id);
    const seeded = seedTenant(tenant, accounts, state.seed, mailboxCount(tenant, state.mailboxes), referenceMs);
    stores.set(tenant.id, new MemoryTenantStore(tenant, seeded.tables, seeded.lazy));
  }

  const overlay = new Overlay();
  try {
    overlay.replay(state.changes, stores);
  } catch (e) {
    throw new StoreFileError(
      `The sandbox store file '${file?.path ?? STORE_FILE}' cannot be read: its change list does not apply (${(e as Error).message}). Nothing was changed; start with --reset to discard it and reseed.`,
    );
  }
  const params = { seed: state.seed, mailboxes: state.mailboxes, referenceDate: state.referenceDate };
  const queue = file ? new WriteQueue(() => file.write({ ...params, changes: overlay.toJSON() })) : undefined;
  if (file && fresh) await file.write({ ...params, changes: {} });

  for (const [tenantId, store] of stores) {
    store.onChange((kind, change) => {
      if (!queue) return Promise.resolve();
      overlay.record(tenantId, kind, change);
      return queue.commit();
    });
  }

  const list = Object.freeze([...stores.values()]) as readonly TenantStore[];
  const description: StoreDescription = Object.freeze({
    ...params,
    file: file?.path,
    optionsIgnored: !fresh && ((options.seed !== undefined && options.seed !== state.seed) || (options.mailboxes !== undefined && options.mailboxes !== state.mailboxes)),
  });
  return {
    tenant(idOrDomain: string): TenantStore | undefined {
      const k = idOrDomain.trim().toLowerCase();
      return list.find((s) => s.tenant.id === k || s.tenant.key === k || s.tenant.domains.includes(k));
    },
    tenants: () => list,
    describe: () => description,
    async close(): Promise<void> {
      for (const store of stores.values()) store.markClosed();
      await queue?.drain();
    },
  };
}

function midnightUtc(now: Date): string {
  return `${now.toISOString().slice(0, 10)}T00:00:00.000Z`;
}
