// With a data directory, every change survives a restart, --reset restores the seed, concurrent
// writers all land, and a damaged file is reported rather than silently replaced.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOG_FILE, openStoreAt, STORE_FILE, StoreFileError } from '../../../src/sandbox/store/index.js';

const NOW = new Date('2026-11-24T09:00:00Z');
const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'exosh-store-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('persistence', () => {
  it('replays inserts, updates and removals after reopening, in the same order', async () => {
    const dataDir = await freshDir();
    const first = await openStoreAt({ dataDir, mailboxes: 50 }, NOW);
    const t = first.tenant('fabrikam')!;
    const [a, b] = t.list('Mailbox');
    await t.update('Mailbox', a!.Guid, { DisplayName: 'Zoë Ærøskøbing', CustomAttribute1: 'kept' });
    await t.remove('Mailbox', b!.Guid);
    await t.insert('DistributionGroup', { Guid: 'bbbbbbbb-0000-4000-8000-000000000001', Name: 'Nyt Team', DisplayName: 'Nyt Team' });
    await t.update('DistributionGroup', 'bbbbbbbb-0000-4000-8000-000000000001', { Alias: 'nytteam' });
    // Values equal to the defaults are left out of the file and come back from them on replay.
    await t.insert('Mailbox', { Guid: 'bbbbbbbb-0000-4000-8000-000000000002', Name: 'ny', RetentionPolicy: null, AuditEnabled: true, Extra: null });
    const expected = JSON.stringify([t.list('Mailbox'), t.list('DistributionGroup')]);
    await first.close();
    const stored = JSON.parse(await readFile(join(dataDir, STORE_FILE), 'utf8'));
    expect(stored.changes[t.tenant.id].Mailbox.inserted).toEqual([{ Guid: 'bbbbbbbb-0000-4000-8000-000000000002', Name: 'ny', RetentionPolicy: null, Extra: null }]);

    // A later day and other options: the stored seed, size and reference date win.
    const second = await openStoreAt({ dataDir, mailboxes: 80, seed: 99 }, new Date('2027-01-01T00:00:00Z'));
    const t2 = second.tenant('fabrikam')!;
    expect(JSON.stringify([t2.list('Mailbox'), t2.list('DistributionGroup')])).toBe(expected);
    expect(second.describe()).toMatchObject({ seed: 1, mailboxes: 50, referenceDate: '2026-11-24T00:00:00.000Z', optionsIgnored: true });
    expect(second.tenant('contoso')!.list('Mailbox')).toHaveLength(50);
    await second.close();
  });

  it('discards stored changes with reset and seeds again from the options', async () => {
    const dataDir = await freshDir();
    const first = await openStoreAt({ dataDir, mailboxes: 30 }, NOW);
    const m = first.tenant('tailspin')!.list('Mailbox')[0]!;
    await first.tenant('tailspin')!.update('Mailbox', m.Guid, { DisplayName: 'Changed' });
    await first.close();
    const reset = await openStoreAt({ dataDir, mailboxes: 40, reset: true }, NOW);
    expect(reset.tenant('tailspin')!.get('Mailbox', m.Guid)!['DisplayName']).toBe(m['DisplayName']);
    expect(reset.tenant('contoso')!.list('Mailbox')).toHaveLength(40);
    await reset.close();
    const again = await openStoreAt({ dataDir }, NOW);
    expect(again.describe().mailboxes).toBe(40);
    await again.close();
  });

  it('lands all of 100 concurrent updates and leaves a file that replays to the same state', async () => {
    const dataDir = await freshDir();
    const store = await openStoreAt({ dataDir, mailboxes: 120 }, NOW);
    const t = store.tenant('contoso')!;
    const targets = t.list('Mailbox').slice(0, 100);
    await Promise.all(targets.map((m, i) => t.update('Mailbox', m.Guid, { CustomAttribute5: `n${i}` })));
    for (const [i, m] of targets.entries()) expect(t.get('Mailbox', m.Guid)!['CustomAttribute5']).toBe(`n${i}`);
    // While open, the changes are lines of the log (a few group-committed appends, not 100 rewrites)...
    const logged = (await readFile(join(dataDir, LOG_FILE), 'utf8')).trim().split('\n');
    expect(logged).toHaveLength(1 + 100);
    await store.close();
    // ...and closing folds them into the store file.
    const onDisk = JSON.parse(await readFile(join(dataDir, STORE_FILE), 'utf8'));
    expect(Object.keys(onDisk.changes[t.tenant.id].Mailbox.patched)).toHaveLength(100);
    const reopened = await openStoreAt({ dataDir }, NOW);
    for (const [i, m] of targets.entries()) expect(reopened.tenant('contoso')!.get('Mailbox', m.Guid)!['CustomAttribute5']).toBe(`n${i}`);
    await reopened.close();
  });

  it('refuses to open a damaged file and says how to recover, without touching it', async () => {
    const dataDir = await freshDir();
    const store = await openStoreAt({ dataDir, mailboxes: 10 }, NOW);
    await store.close();
    const path = join(dataDir, STORE_FILE);
    const good = await readFile(path, 'utf8');
    await writeFile(path, good.slice(0, Math.floor(good.length / 2)));
    await expect(openStoreAt({ dataDir }, NOW)).rejects.toThrow(StoreFileError);
    await expect(openStoreAt({ dataDir }, NOW)).rejects.toThrow(/cannot be read: it is not valid JSON.*--reset/);
    expect(await readFile(path, 'utf8')).toBe(good.slice(0, Math.floor(good.length / 2)));
    await writeFile(path, JSON.stringify({ hello: 'world' }));
    await expect(openStoreAt({ dataDir }, NOW)).rejects.toThrow(/not an exosh sandbox store/);
    const damaged = JSON.parse(good);
    damaged.changes = { 'c2b8e1f0-7d6a-4b5c-8e9f-0a1b2c3d4e03': { Mailbox: { removed: [], patched: {}, inserted: [{ Name: 'no guid' }] } } };
    await writeFile(path, JSON.stringify(damaged));
    await expect(openStoreAt({ dataDir }, NOW)).rejects.toThrow(/change list does not apply \(A record needs a non-empty string Guid\.\)/);
    const reset = await openStoreAt({ dataDir, reset: true, mailboxes: 10 }, NOW);
    await reset.close();
  });

  it('ignores (and clears) a temp file left by a writer that died before renaming it', async () => {
    const dataDir = await freshDir();
    const store = await openStoreAt({ dataDir, mailboxes: 10 }, NOW);
    const m = store.tenant('tailspin')!.list('Mailbox')[0]!;
    await store.tenant('tailspin')!.update('Mailbox', m.Guid, { Office: 'Ærøskøbing' });
    await store.close();
    await writeFile(join(dataDir, `${STORE_FILE}.4242.7.tmp`), '{"format":"exosh-sandbox-exch');
    const reopened = await openStoreAt({ dataDir }, NOW);
    expect(reopened.tenant('tailspin')!.get('Mailbox', m.Guid)!['Office']).toBe('Ærøskøbing');
    expect((await readdir(dataDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await reopened.close();
  });

  it('reports a failed write, keeps the change, and saves it with the next write', async () => {
    const dataDir = await freshDir();
    const store = await openStoreAt({ dataDir, mailboxes: 10 }, NOW);
    const t = store.tenant('tailspin')!;
    const [a, b] = t.list('Mailbox');
    await rm(dataDir, { recursive: true, force: true });
    await expect(t.update('Mailbox', a!.Guid, { Office: 'Lost?' })).rejects.toThrow(/Could not save the sandbox store to '.*exchange-store\.json': .*kept in memory/);
    expect(t.get('Mailbox', a!.Guid)!['Office']).toBe('Lost?');
    await mkdir(dataDir);
    await t.update('Mailbox', b!.Guid, { Office: 'Saved' });
    await store.close();
    const reopened = await openStoreAt({ dataDir }, NOW);
    expect(reopened.tenant('tailspin')!.get('Mailbox', a!.Guid)!['Office']).toBe('Lost?');
    expect(reopened.tenant('tailspin')!.get('Mailbox', b!.Guid)!['Office']).toBe('Saved');
    await reopened.close();
  });

  it('replays the change log a crashed process left, dropping a torn last line', async () => {
    const dataDir = await freshDir();
    const crashed = await openStoreAt({ dataDir, mailboxes: 10 }, NOW);
    const t = crashed.tenant('tailspin')!;
    const [a, b] = t.list('Mailbox');
    await t.update('Mailbox', a!.Guid, { Office: 'One' });
    await t.update('Mailbox', b!.Guid, { Office: 'Two' });
    // Never closed (as after kill -9): the changes are only in the log, plus half of an unacknowledged line.
    await writeFile(join(dataDir, LOG_FILE), '{"t":"x","k":"Mailbox","op":"upd', { flag: 'a' });
    const reopened = await openStoreAt({ dataDir }, NOW);
    expect(reopened.tenant('tailspin')!.get('Mailbox', a!.Guid)!['Office']).toBe('One');
    expect(reopened.tenant('tailspin')!.get('Mailbox', b!.Guid)!['Office']).toBe('Two');
    await reopened.close();
  });

  it('ignores a log of another generation (a compaction that crashed before replacing it)', async () => {
    const dataDir = await freshDir();
    const crashed = await openStoreAt({ dataDir, mailboxes: 10 }, NOW);
    const m = crashed.tenant('tailspin')!.list('Mailbox')[0]!;
    await crashed.tenant('tailspin')!.update('Mailbox', m.Guid, { Office: 'Logged' });
    const log = await readFile(join(dataDir, LOG_FILE), 'utf8');
    await writeFile(join(dataDir, LOG_FILE), log.replace(/"generation":\d+/, '"generation":99'));
    const reopened = await openStoreAt({ dataDir }, NOW);
    expect(reopened.tenant('tailspin')!.get('Mailbox', m.Guid)!['Office']).toBe(m['Office']);
    await reopened.close();
  });

  it('refuses a log with a malformed line in its middle, without touching it', async () => {
    const dataDir = await freshDir();
    const crashed = await openStoreAt({ dataDir, mailboxes: 10 }, NOW);
    const [a, b] = crashed.tenant('tailspin')!.list('Mailbox');
    await crashed.tenant('tailspin')!.update('Mailbox', a!.Guid, { Office: 'One' });
    await crashed.tenant('tailspin')!.update('Mailbox', b!.Guid, { Office: 'Two' });
    const lines = (await readFile(join(dataDir, LOG_FILE), 'utf8')).split('\n');
    lines.splice(2, 0, 'not json');
    await writeFile(join(dataDir, LOG_FILE), lines.join('\n'));
    await expect(openStoreAt({ dataDir }, NOW)).rejects.toThrow(/cannot be read: line 3 of its change log is malformed\. Nothing was changed; start with --reset/);
    expect(await readFile(join(dataDir, LOG_FILE), 'utf8')).toBe(lines.join('\n'));
  });

  it('rejects seeds and mailbox counts outside their ranges', async () => {
    await expect(openStoreAt({ seed: -1 }, NOW)).rejects.toThrow(/Seed/);
    await expect(openStoreAt({ mailboxes: 2.5 }, NOW)).rejects.toThrow(/Mailboxes/);
    await expect(openStoreAt({ mailboxes: 0 }, NOW)).rejects.toThrow(/Mailboxes/);
    await expect(openStoreAt({ mailboxes: 200_001 }, NOW)).rejects.toThrow(/from 3 to 200000; '200001' is not/);
  });
});
