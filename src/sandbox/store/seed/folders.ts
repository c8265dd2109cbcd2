// Folder statistics are generated per mailbox on first use: at 100,000 mailboxes the standard
// folder set is 1.6 million records, which nobody lists all at once. The numbers come from the
// mailbox's own statistics (sizes and item counts add up to TotalItemSize / ItemCount) and a
// random stream of its own, so the same mailbox always shows the same folders.
import type { StoredRecord } from '../../contracts.js';
import { byteSize, DAY_MS } from '../formats.js';
import { makeRecord } from '../records.js';
import type { LazySource } from '../tables.js';
import type { SeedContext } from './context.js';
import { KIND_DEFAULTS } from './defaults.js';
import type { Person } from './people.js';

export interface FolderSeed {
  owner: Person;
  totalBytes: number;
  itemCount: number;
  deletedBytes: number;
  deletedItems: number;
  localNames: readonly [calendar: string, inbox: string] | undefined;
}

interface FolderDef {
  name: string;
  type: string;
  containerClass: string | null;
  /** Share of the mailbox's visible size (IPM folders) or of its deleted size (Recoverable Items). */
  share: number;
  dumpster?: boolean;
  movable?: boolean;
}

const FOLDERS: readonly FolderDef[] = [
  { name: 'Top of Information Store', type: 'Root', containerClass: null, share: 0 },
  { name: 'Inbox', type: 'Inbox', containerClass: 'IPF.Note', share: 0.42 },
  { name: 'Sent Items', type: 'SentItems', containerClass: 'IPF.Note', share: 0.2 },
  { name: 'Deleted Items', type: 'DeletedItems', containerClass: 'IPF.Note', share: 0.06 },
  { name: 'Drafts', type: 'Drafts', containerClass: 'IPF.Note', share: 0.006 },
  { name: 'Junk Email', type: 'JunkEmail', containerClass: 'IPF.Note', share: 0.012 },
  { name: 'Outbox', type: 'Outbox', containerClass: 'IPF.Note', share: 0 },
  { name: 'Archive', type: 'Archive', containerClass: 'IPF.Note', share: 0.12 },
  { name: 'Calendar', type: 'Calendar', containerClass: 'IPF.Appointment', share: 0.09 },
  { name: 'Contacts', type: 'Contacts', containerClass: 'IPF.Contact', share: 0.012 },
  { name: 'Conversation History', type: 'ConversationHistory', containerClass: 'IPF.Note', share: 0.006 },
  { name: 'Notes', type: 'Notes', containerClass: 'IPF.StickyNote', share: 0.001 },
  { name: 'Tasks', type: 'Tasks', containerClass: 'IPF.Task', share: 0.003 },
  { name: 'Recoverable Items', type: 'RecoverableItemsRoot', containerClass: null, share: 0, dumpster: true },
  { name: 'Deletions', type: 'RecoverableItemsDeletions', containerClass: null, share: 0.75, dumpster: true },
  { name: 'Purges', type: 'RecoverableItemsPurges', containerClass: null, share: 0.25, dumpster: true },
];

export function folderSource(ctx: SeedContext, seeds: ReadonlyMap<string, FolderSeed>): LazySource {
  const owners = Object.freeze([...seeds.keys()]);
  return {
    owners: () => owners,
    owns: (owner) => seeds.has(owner),
    generate: (owner) => {
      const seed = seeds.get(owner);
      return seed ? folderRecords(ctx, seed) : [];
    },
  };
}

function folderRecords(ctx: SeedContext, s: FolderSeed): StoredRecord[] {
  const rng = ctx.rng('folders', s.owner.index);
  const p = s.owner;
  const out: StoredRecord[] = [];
  const ipm = FOLDERS.filter((f) => !f.dumpster && f.share > 0);
  // Jitter the shares, then scale so the visible folders add up exactly to the mailbox's totals.
  const weights = ipm.map((f) => f.share * (0.5 + rng.next()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = new Map<string, [number, number]>();
  let bytesLeft = s.totalBytes;
  let itemsLeft = s.itemCount;
  ipm.forEach((f, i) => {
    const last = i === ipm.length - 1;
    const bytes = last ? bytesLeft : Math.floor((s.totalBytes * weights[i]!) / sum);
    const items = last ? itemsLeft : Math.floor((s.itemCount * weights[i]!) / sum);
    bytesLeft -= bytes;
    itemsLeft -= items;
    sizes.set(f.name, [bytes, items]);
  });
  const dumpsterTotal = s.deletedBytes;
  const created = ctx.date(p.createdMs);
  for (const f of FOLDERS) {
    let bytes = 0;
    let items = 0;
    let subBytes = 0;
    let subItems = 0;
    if (f.type === 'Root') {
      subBytes = s.totalBytes;
      subItems = s.itemCount;
    } else if (f.type === 'RecoverableItemsRoot') {
      subBytes = dumpsterTotal;
      subItems = s.deletedItems;
    } else if (f.dumpster) {
      bytes = Math.floor(dumpsterTotal * f.share);
      items = Math.floor(s.deletedItems * f.share);
      subBytes = bytes;
      subItems = items;
    } else {
      [bytes, items] = sizes.get(f.name) ?? [0, 0];
      subBytes = bytes;
      subItems = items;
    }
    const display = f.type === 'Calendar' ? s.localNames?.[0] ?? f.name : f.type === 'Inbox' ? s.localNames?.[1] ?? f.name : f.name;
    const path = f.type === 'Root' ? '/' : f.dumpster && f.type !== 'RecoverableItemsRoot' ? `/Recoverable Items/${f.name}` : `/${display}`;
    const folderId = `LgAAAAD${rng.hex(40).toUpperCase()}AQ`;
    const newest = items > 0 ? ctx.date(ctx.referenceMs - rng.int(0, 5 * 86_400) * 1000) : null;
    const oldest = items > 0 ? ctx.date(p.createdMs + rng.int(0, 30) * DAY_MS) : null;
    out.push(
      makeRecord('MailboxFolderStatistics', KIND_DEFAULTS.MailboxFolderStatistics, {
        Guid: rng.guid(),
        OwnerGuid: p.guid,
        Identity: `${p.name}\\${path === '/' ? 'Top of Information Store' : path.slice(1).replace(/\//g, '\\')}`,
        Name: display,
        FolderPath: path,
        FolderId: folderId,
        FolderType: f.type,
        ContainerClass: f.containerClass,
        ItemsInFolder: items,
        VisibleItemsInFolder: items,
        ItemsInFolderAndSubfolders: subItems,
        FolderSize: byteSize(bytes),
        FolderAndSubfolderSize: byteSize(subBytes),
        Movable: f.type === 'Archive' || f.type === 'Notes',
        Date: created,
        CreationTime: created,
        LastModifiedTime: newest ?? created,
        NewestItemReceivedDate: newest,
        OldestItemReceivedDate: oldest,
        NewestItemLastModifiedDate: newest,
        OldestItemLastModifiedDate: oldest,
        StorePath: path,
      }),
    );
  }
  return out;
}
