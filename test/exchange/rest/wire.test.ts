// What goes on the wire, seen by a scripted HTTP server on 127.0.0.1: the module's headers and
// body, one client-request-id per cmdlet call across pages and retries, POST to the next link,
// and the odd answers a real front end can give (plain-text throttling, a foreign next link).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestInvoker } from '../../../src/exchange/rest/index.js';
import { createHttpTransport } from '../../../src/exchange/transport.js';
import { RemoteError, type RestTarget } from '../../../src/exchange/contracts.js';
import { collect, instantRetries } from './sandbox-target.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
type Answer = { status: number; headers?: Record<string, string>; body: string | Buffer };

let server: Server;
let base = '';
const seen: Seen[] = [];
let script: ((req: Seen, n: number) => Answer)[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s: Seen = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      seen.push(s);
      const answer = (script.shift() ?? (() => ({ status: 500, body: 'unscripted' })))(s, seen.length);
      res.writeHead(answer.status, { 'content-type': 'application/json', 'request-id': '11111111-2222-3333-4444-555555555555', ...answer.headers });
      res.end(answer.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await transport.close();
  await new Promise((r) => server.close(r));
});

const transport = createHttpTransport();
let tokenCalls: { forceRefresh?: boolean }[] = [];

function target(over: Partial<RestTarget> = {}): RestTarget {
  tokenCalls = [];
  return {
    connectionId: 'c0ffee00-0000-4000-8000-000000000001',
    tenantLabel: 'contoso',
    endpoints: { connectionUri: base, authorityUri: base, resource: 'https://outlook.office365.com' },
    tenant: 'contoso.onmicrosoft.com',
    tokens: {
      method: 'accessToken',
      current: undefined,
      status: 'Active',
      async getToken(o) {
        tokenCalls.push(o ?? {});
        return { token: o?.forceRefresh ? 'tok-2' : 'tok-1', expiresOn: new Date(Date.now() + 3600_000), tenantId: 't' };
      },
      dispose() {},
    },
    transport,
    anchorMailbox: 'UPN:admin@contoso.onmicrosoft.com',
    pageSize: 2,
    ...over,
  };
}

function reset(answers: ((req: Seen, n: number) => Answer)[]) {
  seen.length = 0;
  script = answers;
}

const page = (items: unknown[], next?: string, extra: Record<string, unknown> = {}): Answer => ({
  status: 200,
  body: JSON.stringify({ '@adminapi.warnings': [], value: items, ...(next ? { '@odata.nextLink': next } : {}), ...extra }),
});

describe('InvokeCommand on the wire', () => {
  it('sends the module headers and envelope, POSTs the same body to the next link, one client-request-id throughout', async () => {
    reset([() => page([{ A: 1 }, { A: 2 }], `${base}/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?$skiptoken=x`), () => page([{ A: 3 }])]);
    const pages = await collect(
      createRestInvoker().invokeCommand(target(), {
        cmdletName: 'Get-Mailbox',
        parameters: { ResultSize: 'Unlimited', Filter: "Alias -like 'a*'" },
        idempotent: true,
        resultSize: 'Unlimited',
        select: ['Alias', 'Display Name'],
        warningAction: 'Ignore',
        signal: new AbortController().signal,
      }),
    );
    expect(pages.map((p) => p.items.length)).toEqual([2, 1]);
    const [first, second] = seen;
    expect(first!.method).toBe('POST');
    expect(first!.url).toBe('/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?$select=Alias,Display%20Name');
    expect(JSON.parse(first!.body)).toEqual({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 'Unlimited', Filter: "Alias -like 'a*'" } } });
    expect(first!.headers).toMatchObject({
      authorization: 'Bearer tok-1',
      'content-type': 'application/json',
      accept: 'application/json',
      'x-cmdletname': 'Get-Mailbox',
      'connection-id': 'c0ffee00-0000-4000-8000-000000000001',
      'x-anchormailbox': 'UPN:admin@contoso.onmicrosoft.com',
      prefer: 'odata.maxpagesize=2',
      'x-responseformat': 'json',
      'x-serializationlevel': 'Partial',
      warningaction: 'SilentlyContinue',
      'accept-language': 'en-US',
      'x-clientmoduleversion': '3.7.1',
      'x-clientapplication': 'ExoManagementModule',
    });
    expect(first!.headers['user-agent']).toMatch(/^exosh\/\d+\.\d+\.\d+ /);
    expect(first!.headers['client-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(first!.headers['parameter-based-routing']).toBeUndefined();
    expect(second!.method).toBe('POST');
    expect(second!.url).toBe('/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?$skiptoken=x');
    expect(second!.body).toBe(first!.body);
    expect(second!.headers['client-request-id']).toBe(first!.headers['client-request-id']);
  });

  it('keeps the client-request-id across a retry; a plain-text concurrency refusal is retried even for a Set', async () => {
    reset([
      () => ({ status: 503, headers: { 'content-type': 'text/plain' }, body: 'You have reached the maximum number of concurrent requests per tenant. Please wait and try again' }),
      () => page([]),
    ]);
    const { waits, retry } = instantRetries();
    await collect(createRestInvoker({ retry }).invokeCommand(target(), { cmdletName: 'Set-Mailbox', parameters: { Identity: 'a' }, idempotent: false, anchorMailbox: 'SMTP:ann@contoso.com', signal: new AbortController().signal }));
    expect(waits).toHaveLength(1);
    expect(seen).toHaveLength(2);
    expect(seen[0]!.headers).toMatchObject({ 'x-anchormailbox': 'SMTP:ann@contoso.com', 'parameter-based-routing': 'true' });
    expect(seen[1]!.headers['client-request-id']).toBe(seen[0]!.headers['client-request-id']);
    expect(seen[1]!.body).toBe(seen[0]!.body);
  });

  it('-ResultSize 3 with page size 2 asks for 2 then 1 and stops even if the service offers more', async () => {
    const more = `${base}/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?$skiptoken=y`;
    reset([() => page([{ A: 1 }, { A: 2 }], more), () => page([{ A: 3 }, { A: 4 }], more)]);
    const pages = await collect(createRestInvoker().invokeCommand(target(), { cmdletName: 'Get-Recipient', parameters: { ResultSize: 3 }, idempotent: true, resultSize: 3, signal: new AbortController().signal }));
    expect(pages.map((p) => p.items.length)).toEqual([2, 1]);
    expect(seen.map((s) => s.headers.prefer)).toEqual(['odata.maxpagesize=2', 'odata.maxpagesize=1']);
  });

  it('reports @adminapi.errors as non-terminating error records and keeps other warnings on their page', async () => {
    reset([
      () =>
        page([{ A: 1 }], undefined, {
          '@adminapi.warnings': ['The command completed successfully but no settings of \'a\' have been modified.'],
          '@adminapi.errors': ['Ex1A2B3C|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|Object b was not found.'],
        }),
    ]);
    const [p] = await collect(createRestInvoker().invokeCommand(target(), { cmdletName: 'Set-Mailbox', parameters: { Identity: 'a' }, idempotent: false, signal: new AbortController().signal }));
    expect(p!.warnings).toEqual(["The command completed successfully but no settings of 'a' have been modified."]);
    expect(p!.errors.map((e) => [e.message, e.category, e.errorId, e.exceptionType])).toEqual([
      ['Object b was not found.', 'ObjectNotFound', 'AdminApiError', 'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException'],
    ]);
  });

  it('follows an absolute next link verbatim and a relative one from the page it came from', async () => {
    reset([
      () => page([{ A: 1 }, { A: 2 }], `${base}/adminapi/beta/contoso.onmicrosoft.com/Mailbox?$filter=Alias eq 'x'&$skiptoken=a`),
      () => page([{ A: 3 }, { A: 4 }], `Mailbox?$skiptoken=b`),
      () => page([{ A: 5 }]),
    ]);
    const pages = await collect(createRestInvoker().getEntitySet(target(), { path: 'Mailbox', query: {}, signal: new AbortController().signal }));
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /adminapi/beta/contoso.onmicrosoft.com/Mailbox?$top=2',
      'GET /adminapi/beta/contoso.onmicrosoft.com/Mailbox?$filter=Alias%20eq%20%27x%27&$skiptoken=a',
      'GET /adminapi/beta/contoso.onmicrosoft.com/Mailbox?$skiptoken=b',
    ]);
  });

  it('refuses to follow a next link to another host (the token would go with it)', async () => {
    reset([() => page([{ A: 1 }, { A: 2 }], 'https://evil.example/adminapi/beta/x/InvokeCommand?$skiptoken=z')]);
    const pages: unknown[] = [];
    let caught: unknown;
    try {
      for await (const p of createRestInvoker().invokeCommand(target(), { cmdletName: 'Get-Mailbox', parameters: {}, idempotent: true, signal: new AbortController().signal })) pages.push(p);
    } catch (e) {
      caught = e;
    }
    expect(pages).toHaveLength(1);
    expect(caught).toBeInstanceOf(RemoteError);
    expect((caught as RemoteError).record.category).toBe('SecurityError');
    expect(seen).toHaveLength(1);
  });

  it('a plain-text refusal that outlasts the retries is shown as the service wrote it', async () => {
    const busy = { status: 503, headers: { 'content-type': 'text/plain' }, body: 'You have reached the maximum number of concurrent requests per tenant. Please wait and try again' };
    reset(Array.from({ length: 6 }, () => () => busy));
    const { retry } = instantRetries();
    try {
      await collect(createRestInvoker({ retry }).invokeCommand(target(), { cmdletName: 'Get-Mailbox', parameters: {}, idempotent: true, signal: new AbortController().signal }));
      expect.unreachable();
    } catch (e) {
      expect((e as RemoteError).message).toBe('Maximum retry count reached. You have reached the maximum number of concurrent requests per tenant. Please wait and try again');
      expect((e as RemoteError).record.category).toBe('LimitsExceeded');
    }
  });

  it('a 5xx with an HTML body after the retries names the status, not the page', async () => {
    const html = { status: 502, headers: { 'content-type': 'text/html' }, body: '<html>Bad gateway</html>' };
    reset(Array.from({ length: 6 }, () => () => html));
    const { retry } = instantRetries();
    try {
      await collect(createRestInvoker({ retry }).invokeCommand(target(), { cmdletName: 'Get-Mailbox', parameters: {}, idempotent: true, signal: new AbortController().signal }));
      expect.unreachable();
    } catch (e) {
      const err = e as RemoteError;
      expect(err.message).toBe('Maximum retry count reached. The server answered 502 without an error description. A server side error occurred; try again later, and contact support if it persists.');
      expect(err.terminating).toBe(true);
      expect(seen).toHaveLength(6);
    }
  });

  it('getJson sends no Prefer and never lets a caller set Authorization', async () => {
    reset([() => ({ status: 200, body: '{"value":"banner"}' })]);
    const json = await createRestInvoker().getJson(target(), "beta/contoso.onmicrosoft.com/EXOBanner('AutogenSession')?Version=3.7.1", new AbortController().signal, { Authorization: 'Bearer stolen', CommandName: '*' });
    expect(json).toEqual({ value: 'banner' });
    expect(seen[0]!.method).toBe('GET');
    expect(seen[0]!.url).toBe("/adminapi/beta/contoso.onmicrosoft.com/EXOBanner('AutogenSession')?Version=3.7.1");
    expect(seen[0]!.headers.authorization).toBe('Bearer tok-1');
    expect(seen[0]!.headers.commandname).toBe('*');
    expect(seen[0]!.headers.prefer).toBeUndefined();
  });

  it('asks for gzip and reads gzipped pages and gzipped error bodies', async () => {
    const gz = (status: number, body: unknown): Answer => ({ status, headers: { 'content-encoding': 'gzip' }, body: gzipSync(JSON.stringify(body)) });
    reset([
      () => gz(200, { '@adminapi.warnings': [], value: [{ Alias: 'ann' }] }),
      () => gz(404, { error: { code: 'NotFound', message: 'Error executing cmdlet', details: [{ code: 'Client', target: '', message: 'Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|Not here.' }] } }),
    ]);
    const [p] = await collect(createRestInvoker().invokeCommand(target(), { cmdletName: 'Get-Mailbox', parameters: { Identity: 'ann' }, idempotent: true, signal: new AbortController().signal }));
    expect(p!.items).toEqual([{ Alias: 'ann' }]);
    expect(seen[0]!.headers['accept-encoding']).toMatch(/gzip/);
    try {
      await collect(createRestInvoker().invokeCommand(target(), { cmdletName: 'Get-Mailbox', parameters: { Identity: 'bob' }, idempotent: true, signal: new AbortController().signal }));
      expect.unreachable();
    } catch (e) {
      expect((e as RemoteError).message).toBe('Not here.');
      expect((e as RemoteError).record.category).toBe('ObjectNotFound');
      expect((e as RemoteError).record.targetObject).toBe('bob');
    }
  });

  it('a Retry-After wait ends as soon as the call is stopped', async () => {
    reset([() => ({ status: 429, headers: { 'retry-after': '120' }, body: '{}' })]);
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 150);
    try {
      await collect(createRestInvoker().invokeCommand(target(), { cmdletName: 'Get-Mailbox', parameters: {}, idempotent: true, signal: controller.signal }));
      expect.unreachable();
    } catch (e) {
      expect((e as RemoteError).record.category).toBe('OperationStopped');
      expect(Date.now() - started).toBeLessThan(5000);
      expect(seen).toHaveLength(1);
    }
  });

  it('a damaged gzip page is reported as a response that is not JSON', async () => {
    reset([() => ({ status: 200, headers: { 'content-encoding': 'gzip' }, body: gzipSync('{"value":[]}').subarray(0, 12) })]);
    try {
      await collect(createRestInvoker().invokeCommand(target(), { cmdletName: 'Get-Mailbox', parameters: {}, idempotent: true, signal: new AbortController().signal }));
      expect.unreachable();
    } catch (e) {
      expect((e as RemoteError).message).toMatch(/^The server returned a response that is not valid JSON \(\d+ bytes of application\/json\)/);
      expect((e as RemoteError).terminating).toBe(true);
    }
  });

  it('a 204 is an empty page', async () => {
    reset([() => ({ status: 204, body: '' })]);
    const pages = await collect(createRestInvoker().invokeCommand(target(), { cmdletName: 'Remove-Mailbox', parameters: { Identity: 'a' }, idempotent: false, signal: new AbortController().signal }));
    expect(pages).toEqual([{ items: [], warnings: [], errors: [] }]);
  });
});
