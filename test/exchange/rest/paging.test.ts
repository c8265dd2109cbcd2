// Get-Mailbox and Get-EXOMailbox listings against the sandbox: every object exactly once, -ResultSize
// honoured with the module's warning placement, and a listing that stops when its consumer does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestInvoker } from '../../../src/exchange/rest/index.js';
import { RemoteError, type RemotePage } from '../../../src/exchange/contracts.js';
import { collect, startTestConnection, type TestConnection } from './sandbox-target.js';

const MORE_RESULTS = 'There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.';

let conn: TestConnection;
let total: number;
beforeAll(async () => {
  conn = await startTestConnection(1600);
});
afterAll(async () => {
  await conn?.close();
});

const invoker = createRestInvoker();
const signal = () => new AbortController().signal;

function guids(pages: RemotePage[]): string[] {
  return pages.flatMap((p) => p.items.map((i) => String(i['Guid'])));
}

describe('Get-Mailbox over InvokeCommand', () => {
  it('-ResultSize Unlimited with -PageSize 500 returns every mailbox once, page by page', async () => {
    const target = conn.target({ pageSize: 500 });
    const pages = await collect(invoker.invokeCommand(target, { cmdletName: 'Get-Mailbox', parameters: { ResultSize: 'Unlimited' }, idempotent: true, resultSize: 'Unlimited', signal: signal() }));
    const ids = guids(pages);
    total = ids.length;
    expect(total).toBeGreaterThan(1500);
    expect(new Set(ids).size).toBe(total);
    expect(pages.length).toBe(Math.ceil(total / 500));
    expect(pages.slice(0, -1).every((p) => p.items.length === 500)).toBe(true);
    expect(pages.flatMap((p) => p.warnings)).toEqual([]);
    // One request-log entry per page, all POSTs to InvokeCommand, and progress ending with done.
    expect(target.entries.map((e) => `${e.method} ${e.outcome}`)).toEqual(pages.map(() => 'POST ok'));
    expect(target.entries[1]!.url).toContain('$skiptoken=');
    const last = target.progress.at(-1)!;
    expect(last).toMatchObject({ cmdletName: 'Get-Mailbox', tenant: 'contoso', objects: total, pages: pages.length, done: true });
    expect(target.progress.filter((p) => !p.done).map((p) => p.pages)).toEqual(pages.map((_, i) => i + 1));
  });

  it('-ResultSize 1200 stops at 1200 and shows the "more results" warning with the last page only', async () => {
    const target = conn.target({ pageSize: 500 });
    const pages = await collect(invoker.invokeCommand(target, { cmdletName: 'Get-Mailbox', parameters: { ResultSize: 1200 }, idempotent: true, resultSize: 1200, signal: signal() }));
    expect(pages.map((p) => p.items.length)).toEqual([500, 500, 200]);
    expect(pages.map((p) => p.warnings)).toEqual([[], [], [MORE_RESULTS]]);
    expect(new Set(guids(pages)).size).toBe(1200);
  });

  it('without -ResultSize the client does not cap: the service stops at its default 1000 and warns', async () => {
    const target = conn.target({ pageSize: 400 });
    const pages = await collect(invoker.invokeCommand(target, { cmdletName: 'Get-Mailbox', parameters: {}, idempotent: true, signal: signal() }));
    expect(pages.map((p) => p.items.length)).toEqual([400, 400, 200]);
    expect(pages.at(-1)!.warnings).toEqual([MORE_RESULTS]);
    expect(pages.slice(0, -1).flatMap((p) => p.warnings)).toEqual([]);
  });

  it('$select trims the properties returned', async () => {
    const target = conn.target();
    const [page] = await collect(invoker.invokeCommand(target, { cmdletName: 'Get-Mailbox', parameters: { ResultSize: 3 }, idempotent: true, resultSize: 3, select: ['Alias', 'Guid'], signal: signal() }));
    expect(page!.items).toHaveLength(3);
    const names = Object.keys(page!.items[0]!).filter((k) => !k.includes('@'));
    expect(names.sort()).toEqual(['Alias', 'Guid']);
  });

  it('breaking out of for-await after 5 objects fetches no further page', async () => {
    const target = conn.target({ pageSize: 100 });
    const since = Date.now();
    const seen: unknown[] = [];
    outer: for await (const page of invoker.invokeCommand(target, { cmdletName: 'Get-Mailbox', parameters: { ResultSize: 'Unlimited' }, idempotent: true, resultSize: 'Unlimited', signal: signal() })) {
      for (const item of page.items) {
        seen.push(item);
        if (seen.length === 5) break outer;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
    const requests = (await conn.sandboxRequests(since)).filter((r) => r.path.endsWith('/InvokeCommand'));
    expect(seen).toHaveLength(5);
    expect(requests).toHaveLength(1);
    expect(target.entries).toHaveLength(1);
    expect(target.progress.at(-1)!.done).toBe(true);
  });

  it('return() while a page is in flight aborts that request and ends quietly', async () => {
    conn.sandbox.faults.set(conn.contosoId, { latencyMs: 3000 });
    try {
      const target = conn.target({ pageSize: 100 });
      const iterator = invoker.invokeCommand(target, { cmdletName: 'Get-Mailbox', parameters: { ResultSize: 'Unlimited' }, idempotent: true, resultSize: 'Unlimited', signal: signal() })[Symbol.asyncIterator]();
      const started = Date.now();
      const pending = iterator.next();
      await new Promise((r) => setTimeout(r, 200));
      await iterator.return!();
      expect(await pending).toEqual({ done: true, value: undefined });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(target.entries.map((e) => e.outcome)).toEqual(['aborted']);
    } finally {
      conn.sandbox.faults.clear(conn.contosoId);
    }
  });

  it('an aborted signal mid-listing stops it with a PipelineStopped error and fetches nothing more', async () => {
    const target = conn.target({ pageSize: 200 });
    const controller = new AbortController();
    const since = Date.now();
    let items = 0;
    let caught: unknown;
    try {
      for await (const page of invoker.invokeCommand(target, { cmdletName: 'Get-Mailbox', parameters: { ResultSize: 'Unlimited' }, idempotent: true, resultSize: 'Unlimited', signal: controller.signal })) {
        items += page.items.length;
        if (items >= 400) controller.abort();
      }
    } catch (e) {
      caught = e;
    }
    expect(items).toBe(400);
    expect(caught).toBeInstanceOf(RemoteError);
    expect((caught as RemoteError).record.category).toBe('OperationStopped');
    expect((caught as RemoteError).terminating).toBe(true);
    expect(target.progress.at(-1)).toMatchObject({ objects: 400, pages: 2, done: true });
    await new Promise((r) => setTimeout(r, 100));
    expect((await conn.sandboxRequests(since)).filter((r) => r.path.endsWith('/InvokeCommand'))).toHaveLength(2);
  });
});

describe('Get-EXOMailbox over the Mailbox entity set', () => {
  it('pages with GET and @odata.nextLink through every mailbox once', async () => {
    const target = conn.target({ pageSize: 500 });
    const since = Date.now();
    const pages = await collect(invoker.getEntitySet(target, { path: 'Mailbox', query: { PropertySet: 'Minimum' }, resultSize: 'Unlimited', signal: signal() }));
    const ids = pages.flatMap((p) => p.items.map((i) => String(i['ExternalDirectoryObjectId'])));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(total);
    const requests = await conn.sandboxRequests(since);
    expect(requests.every((r) => r.method === 'GET' && r.path.endsWith('/Mailbox'))).toBe(true);
    expect(requests).toHaveLength(pages.length);
    expect(target.entries[0]!.url).toMatch(/\/Mailbox\?PropertySet=Minimum&\$top=500$/);
  });

  it('stops at -ResultSize 700 after two pages', async () => {
    const target = conn.target({ pageSize: 500 });
    const pages = await collect(invoker.getEntitySet(target, { path: 'Mailbox', query: {}, resultSize: 700, signal: signal() }));
    expect(pages.map((p) => p.items.length)).toEqual([500, 200]);
    expect(target.progress.at(-1)).toMatchObject({ cmdletName: 'Get-EXOMailbox', objects: 700, pages: 2, done: true });
  });

  it('a keyed entity is a page of one object; a query value with spaces and quotes is encoded', async () => {
    const target = conn.target();
    const [page] = await collect(invoker.getEntitySet(target, { path: `Mailbox('${Buffer.from('admin@contoso.onmicrosoft.com').toString('base64')}')`, query: { isEncoded: 'true' }, signal: signal() }));
    expect(page!.items).toHaveLength(1);
    expect(page!.items[0]!['UserPrincipalName']).toBe('admin@contoso.onmicrosoft.com');
    expect(page!.items[0]!['@odata.context']).toBeUndefined();
    const filtered = await collect(invoker.getEntitySet(target, { path: 'Mailbox', query: { $filter: "Alias -eq 'admin'" }, signal: signal() }));
    expect(filtered.flatMap((p) => p.items).map((i) => i['Alias'])).toEqual(['admin']);
    expect(target.entries.at(-1)!.url).toContain("$filter=Alias%20-eq%20'admin'");
  });
});

describe('getJson', () => {
  it('reads EXOModuleFile under /adminapi/v1.0', async () => {
    const target = conn.target();
    const json = (await invoker.getJson(target, `v1.0/${conn.contosoId}/EXOModuleFile?Version=3.7.1`, signal(), { CommandName: 'Get-Mailbox' })) as { value: { exportedCmdlets: string }[] };
    expect(json.value[0]!.exportedCmdlets).toBe('Get-Mailbox');
  });
});
