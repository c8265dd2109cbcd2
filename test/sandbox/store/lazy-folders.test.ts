// Folder statistics are generated per mailbox on first use; changing one mailbox's folders must
// not generate everyone else's, and the result must be what eager storage would give.
import { describe, expect, it } from 'vitest';
import { openStoreAt } from '../../../src/sandbox/store/index.js';

const NOW = new Date('2026-11-24T00:00:00Z');

describe('folder statistics generated on first use', () => {
  it('lists the same records whether or not owners were visited first, in mailbox order', async () => {
    const a = await openStoreAt({ mailboxes: 60 }, NOW);
    const b = await openStoreAt({ mailboxes: 60 }, NOW);
    const ta = a.tenant('tailspin')!;
    const tb = b.tenant('tailspin')!;
    const mailboxes = tb.list('Mailbox');
    for (const m of [...mailboxes].reverse()) tb.byOwner('MailboxFolderStatistics', m.Guid);
    expect(JSON.stringify(tb.list('MailboxFolderStatistics'))).toBe(JSON.stringify(ta.list('MailboxFolderStatistics')));
    const owners = ta.list('MailboxFolderStatistics').map((f) => f['OwnerGuid']);
    expect([...new Set(owners)]).toEqual(mailboxes.map((m) => m.Guid));
  });

  it('removes, updates and inserts folders of one mailbox and keeps the others intact', async () => {
    const store = await openStoreAt({ mailboxes: 60 }, NOW);
    const t = store.tenant('tailspin')!;
    const [m1, m2, m3] = t.list('Mailbox');
    const folders = t.byOwner('MailboxFolderStatistics', m1!.Guid);
    expect(folders.length).toBe(16);
    for (const f of folders) await t.remove('MailboxFolderStatistics', f.Guid);
    expect(t.byOwner('MailboxFolderStatistics', m1!.Guid)).toEqual([]);
    const inbox = t.byOwner('MailboxFolderStatistics', m2!.Guid).find((f) => f['FolderType'] === 'Inbox')!;
    const renamed = await t.update('MailboxFolderStatistics', inbox.Guid, { Name: 'Renamed' });
    expect(t.byOwner('MailboxFolderStatistics', m2!.Guid)).toContain(renamed);
    await t.insert('MailboxFolderStatistics', { Guid: 'dddddddd-0000-4000-8000-000000000001', OwnerGuid: m3!.Guid, Name: 'Projects' });
    const m3Folders = t.byOwner('MailboxFolderStatistics', m3!.Guid);
    expect(m3Folders).toHaveLength(17);
    expect(m3Folders[16]!['Name']).toBe('Projects');
    const all = t.list('MailboxFolderStatistics');
    expect(all).toHaveLength(16 * 40 - 16 + 1);
    expect(all[all.length - 1]!['Name']).toBe('Projects');
    expect(all.filter((f) => f['OwnerGuid'] === m1!.Guid)).toEqual([]);
    expect(t.get('MailboxFolderStatistics', inbox.Guid)).toBe(renamed);
  });

  it('persists changes to generated folders across a reopen', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dataDir = await mkdtemp(join(tmpdir(), 'exosh-folders-'));
    try {
      const first = await openStoreAt({ dataDir, mailboxes: 10 }, NOW);
      const t = first.tenant('tailspin')!;
      const m = t.list('Mailbox')[4]!;
      const drafts = t.byOwner('MailboxFolderStatistics', m.Guid).find((f) => f['FolderType'] === 'Drafts')!;
      await t.remove('MailboxFolderStatistics', drafts.Guid);
      await first.close();
      const second = await openStoreAt({ dataDir }, NOW);
      const types = second.tenant('tailspin')!.byOwner('MailboxFolderStatistics', m.Guid).map((f) => f['FolderType']);
      expect(types).toHaveLength(15);
      expect(types).not.toContain('Drafts');
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
