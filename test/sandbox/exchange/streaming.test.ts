// Pages go out as they are serialised: a full Get-Mailbox page arrives chunked, byte for byte the
// JSON the page writer produces, and a client that hangs up mid-page stops the serialisation
// instead of leaving the server to build (and hold) the rest.
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonStream } from '../../../src/sandbox/exchange/collection-response.js';
import { newResponseContext, sendJson } from '../../../src/sandbox/exchange/http.js';
import { createFakeStore } from './fake-store.js';
import { useHarness } from './harness.js';

const store = createFakeStore({ mailboxes: { contoso: 1200, fabrikam: 5, tailspin: 5 } });
const h = useHarness(store);

describe('a full page', () => {
  it('is sent chunked, and parses to the same page as before streaming', async () => {
    const res = await fetch(`${h.url}/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand`, {
      method: 'POST',
      headers: { authorization: 'Bearer contoso-admin', 'content-type': 'application/json', prefer: 'odata.maxpagesize=1000' },
      body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 'Unlimited' } } }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const text = await res.text();
    const page = JSON.parse(text) as { value: Array<Record<string, unknown>>; '@odata.nextLink': string };
    expect(page.value).toHaveLength(1000);
    expect(Object.keys(page).slice(0, 3)).toEqual(['@odata.context', 'adminapi.warnings@odata.type', '@adminapi.warnings']);
    expect(page['@odata.nextLink']).toContain('$skiptoken=');
    // No whitespace anywhere between tokens: the same compact JSON the single-string writer made.
    expect(text).toBe(JSON.stringify(page));
  });

  it('keeps Content-Length on answers that are not pages', async () => {
    const res = await fetch(`${h.url}/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand`, {
      method: 'POST',
      headers: { authorization: 'Bearer contoso-admin', 'content-type': 'application/json' },
      body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { Identity: 'no-such-mailbox' } } }),
    });
    expect(res.status).toBe(404);
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(await res.text()));
  });
});

describe('a client that hangs up mid-page', () => {
  let server: Server;
  let produced = 0;
  let finished: Promise<void>;
  beforeAll(async () => {
    let done!: () => void;
    finished = new Promise((r) => (done = r));
    server = createServer((_req, res) => {
      function* pieces() {
        yield '{"value":[';
        for (let i = 0; i < 200_000; i++) {
          produced++;
          yield `${i > 0 ? ',' : ''}{"n":${i},"pad":"${'x'.repeat(200)}"}`;
        }
        yield ']}';
      }
      void sendJson(res, newResponseContext('test'), 200, new JsonStream(pieces())).then(done);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('stops producing records soon after the socket closes', async () => {
    await new Promise<void>((resolve) => {
      const req = get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
    });
    await finished;
    // 200,000 records would be ~40 MB; what was produced before the hang-up was noticed is a few socket buffers' worth.
    expect(produced, `produced ${produced}`).toBeLessThan(50_000);
  });
});
