// openStore: the sandbox's Exchange data. Seeds every tenant in directory.ts deterministically
// from (seed, mailboxes, reference date), replays the stored changes when there is a data
// directory, and persists each later change before its promise resolves: appended to the change
// log (group commit: one fdatasync for every change that arrived during the previous one), which
// is folded into the store file when it grows, and at open and close.
import type { ExchangeStore, StoreOptions, TenantStore } from '../contracts.js';
import { ACCOUNTS, TENANTS } from '../directory.js';
import { ChangeLog, logLine } from './change-log.js';
import { GroupCommit } from './group-commit.js';
import { Overlay, compactRecord, type OverlayJson } from './overlay.js';
import { mailboxCount, seedTenantSteps } from './seed/index.js';
import { STORE_FILE, StoreFile, StoreFileError, type StoredState } from './store-file.js';
import { MemoryTenantStore, StoreError } from './tenant-store.js';

export { StoreError } from './tenant-store.js';
export { StoreFileError, STORE_FILE } from './store-file.js';
export { LOG_FILE } from './change-log.js';
export { byteSize, bytesOf } from './formats.js';

export const DEFAULT_SEED = 1;
export const DEFAULT_MAILBOXES = 20_000;
// About 10 KB of memory per mailbox: 200,000 stays near 2.5 GB, within Node's default heap limit.
const MAX_MAILBOXES = 200_000;
// The log is folded into the store file past this size: replay at open stays quick, and a
// compaction (one store-file write) is rare next to the appends it replaces.
const COMPACT_LOG_AT_BYTES = 8 * 1024 * 1024;
// Seeding gives the event loop a turn this often (milliseconds), so sign-ins are answered meanwhile.
const SLICE_MS = 30;

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
  return (await prepareStoreAt(options, now)).open();
}

/**
 * A store whose file has been read and checked, but whose tenants are not generated yet: the serve
 * banner can be printed and the server can listen (sign-ins need no mailboxes) while open() seeds.
 */
export interface PreparedStore {
  describe(): StoreDescription;
  /** Generates every tenant in slices that yield to the event loop, then replays the stored changes. */
  open(): Promise<SandboxExchangeStore>;
}

export function prepareStore(options: StoreOptions = {}): Promise<PreparedStore> {
  return prepareStoreAt(options, new Date());
}

export async function prepareStoreAt(options: StoreOptions, now: Date): Promise<PreparedStore> {
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
  let log: ChangeLog | undefined;
  let fresh = true;
  if (options.dataDir) {
    file = new StoreFile(options.dataDir);
    log = new ChangeLog(options.dataDir);
    await file.prepare();
    if (options.reset) {
      await file.remove();
      await log.remove();
    }
    const stored = await file.read();
    if (stored) {
      state = stored;
      fresh = false;
    }
  }
  const params = { seed: state.seed, mailboxes: state.mailboxes, referenceDate: state.referenceDate };
  const description: StoreDescription = Object.freeze({
    ...params,
    file: file?.path,
    optionsIgnored: !fresh && ((options.seed !== undefined && options.seed !== state.seed) || (options.mailboxes !== undefined && options.mailboxes !== state.mailboxes)),
  });
  let opened: Promise<SandboxExchangeStore> | undefined;
  return {
    describe: () => description,
    open: () => (opened ??= generate(state, params, description, file, log, fresh)),
  };
}

/** Runs a generator of work slices, giving the event loop a turn every SLICE_MS. */
async function inSlices<T>(steps: Generator<void, T, undefined>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

async function generate(
  state: StoredState,
  params: Omit<StoredState, 'changes' | 'logGeneration'>,
  description: StoreDescription,
  file: StoreFile | undefined,
  log: ChangeLog | undefined,
  fresh: boolean,
): Promise<SandboxExchangeStore> {
  const referenceMs = Date.parse(state.referenceDate);
  const stores = new Map<string, MemoryTenantStore>();
  for (const tenant of TENANTS) {
    const accounts = ACCOUNTS.filter((a) => a.tenantId === tenant.id);
    const seeded = await inSlices(seedTenantSteps(tenant, accounts, state.seed, mailboxCount(tenant, state.mailboxes), referenceMs));
    stores.set(tenant.id, new MemoryTenantStore(tenant, seeded.tables, seeded.lazy, seeded.deferred));
  }

  const overlay = new Overlay();
  try {
    overlay.replay(state.changes, stores);
  } catch (e) {
    throw new StoreFileError(
      `The sandbox store file '${file?.path ?? STORE_FILE}' cannot be read: its change list does not apply (${(e as Error).message}). Nothing was changed; start with --reset to discard it and reseed.`,
    );
  }
  let durable: GroupCommit<OverlayJson> | undefined;
  if (file && log) {
    if (!fresh) await replayLog(file, log, state.logGeneration ?? 0, overlay, stores);
    durable = openGroupCommit(file, log, params, state.logGeneration ?? 0, overlay);
    // Folds what was replayed into a new store file and starts an empty log (a fresh store gets its first file).
    await durable.compactNow();
  }

  for (const [tenantId, store] of stores) {
    store.onChange((kind, change) => {
      if (!durable) return Promise.resolve();
      overlay.record(tenantId, kind, change);
      return durable.commit(logLine(tenantId, kind, change, (r) => compactRecord(kind, r)));
    });
  }

  const list = Object.freeze([...stores.values()]) as readonly TenantStore[];
  return {
    tenant(idOrDomain: string): TenantStore | undefined {
      const k = idOrDomain.trim().toLowerCase();
      return list.find((s) => s.tenant.id === k || s.tenant.key === k || s.tenant.domains.includes(k));
    },
    tenants: () => list,
    describe: () => description,
    async close(): Promise<void> {
      for (const store of stores.values()) store.markClosed();
      // Every acknowledged change is already in the log; folding it in only saves the next open a replay.
      await durable?.compactNow().catch(() => undefined);
    },
  };
}

async function replayLog(file: StoreFile, log: ChangeLog, generation: number, overlay: Overlay, stores: ReadonlyMap<string, MemoryTenantStore>): Promise<void> {
  const read = await log.read(generation);
  if (read.kind === 'damaged') throw file.damaged(read.why);
  if (read.kind !== 'entries') return;
  try {
    for (const entry of read.entries) overlay.replayEntry(entry, stores);
  } catch (e) {
    throw file.damaged(`its change log does not apply (${(e as Error).message})`);
  }
}

function openGroupCommit(
  file: StoreFile,
  log: ChangeLog,
  params: Omit<StoredState, 'changes' | 'logGeneration'>,
  firstGeneration: number,
  overlay: Overlay,
): GroupCommit<OverlayJson> {
  let generation = firstGeneration;
  let logBytes = 0;
  return new GroupCommit<OverlayJson>({
    append: async (text) => {
      await log.append(text);
      logBytes += Buffer.byteLength(text);
    },
    capture: () => overlay.toJSON(),
    writeSnapshot: async (changes) => {
      await file.write({ ...params, changes, logGeneration: generation + 1 });
      await log.reset(generation + 1);
      generation++;
      logBytes = 0;
    },
    wantsCompaction: () => logBytes > COMPACT_LOG_AT_BYTES,
    failure: (cause) =>
      cause instanceof StoreFileError
        ? cause
        : new StoreFileError(
            `Could not save the sandbox store to '${file.path}': ${(cause as Error).message}. The change is kept in memory and will be saved with the next successful write.`,
          ),
  });
}

function midnightUtc(now: Date): string {
  return `${now.toISOString().slice(0, 10)}T00:00:00.000Z`;
}
