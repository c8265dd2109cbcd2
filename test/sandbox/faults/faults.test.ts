// Every fault gives the documented response (docs/sandbox.md, "Faults"), switched on from the
// configuration format or at run time through /_sandbox/faults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FaultConfigError, parseFaultsConfig } from '../../../src/sandbox/faults.js';
import { PAGE_TEXT, startStubSandbox, unsignedBearer, type StubSandbox } from './stub-exchange.js';

const CONTOSO = '6f1d3c2a-58a4-4c1e-9b1e-2f0b7c6f0a01';
let sandbox: StubSandbox;
let agent: Agent;
const sleeps: number[] = [];
const revoked: string[] = [];
let nowMs = 1_700_000_000_000;

beforeAll(async () => {
  sandbox = await startStubSandbox(join(tmpdir(), 'exosh-sandbox-test-faults'), {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => nowMs,
    revokeTokens: (t) => {
      revoked.push(t);
      return 1;
    },
  });
  agent = new Agent({ connect: { ca: sandbox.caCertPem } });
});

afterAll(async () => {
  await agent?.close();
  await sandbox?.server.close();
});

beforeEach(() => {
  sandbox.faults.clear();
  sleeps.length = 0;
  revoked.length = 0;
});

const ADMIN = unsignedBearer({ upn: 'admin@contoso.onmicrosoft.com' });
const HELPDESK = unsignedBearer({ upn: 'helpdesk@contoso.onmicrosoft.com' });

async function invoke(tenant = 'contoso.onmicrosoft.com', auth = ADMIN): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  const res = await request(`${sandbox.server.url}/adminapi/beta/${tenant}/InvokeCommand`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: {} } }),
    dispatcher: agent,
  });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

function setFaults(config: unknown): void {
  sandbox.faults.replaceAll(parseFaultsConfig(config));
}

describe('faults', () => {
  it('without faults the page comes through untouched', async () => {
    const r = await invoke();
    expect(r.status).toBe(200);
    expect(r.text).toBe(PAGE_TEXT);
  });

  it('throttle: the per-user budget runs out → 429 with Retry-After and the service error body; other users are unaffected', async () => {
    setFaults({ contoso: { throttle: { requests: 2, windowSeconds: 60 } } });
    expect((await invoke()).status).toBe(200);
    nowMs += 15_000;
    expect((await invoke()).status).toBe(200);
    const r = await invoke();
    expect(r.status).toBe(429);
    expect(r.headers['retry-after']).toBe('45');
    expect(r.headers['rate-limit-remaining']).toBe('0');
    const body = JSON.parse(r.text) as { error: { code: string; details: { message: string }[] } };
    expect(body.error.code).toBe('TooManyRequests');
    expect(body.error.details[0]!.message.split('|')).toEqual([
      'Ex3CB9D5',
      'Microsoft.Exchange.Data.Storage.OverBudgetException',
      "The user 'admin@contoso.onmicrosoft.com' has exceeded the budget of 2 requests in 60 seconds and is being throttled. Please retry after 45 seconds.",
    ]);
    expect((await invoke('contoso.onmicrosoft.com', HELPDESK)).status).toBe(200);
    nowMs += 45_000; // the window is over: a new budget
    expect((await invoke()).status).toBe(200);
  });

  it('latencyMs: every page waits that long before it is answered', async () => {
    setFaults({ contoso: { latencyMs: 250 } });
    await invoke();
    await invoke();
    expect(sleeps).toEqual([250, 250]);
  });

  it('serverError next: the next N requests get 503 with the service body, then normal answers', async () => {
    setFaults({ contoso: { serverError: { status: 503, next: 2 } } });
    const first = await invoke();
    expect(first.status).toBe(503);
    expect(JSON.parse(first.text)).toMatchObject({ error: { code: 'ServiceUnavailable' } });
    expect(first.headers['retry-after']).toBe('2');
    expect((await invoke()).status).toBe(503);
    expect((await invoke()).status).toBe(200);
  });

  it('serverError rate 1 with status 500: every request fails with InternalServerError', async () => {
    setFaults({ contoso: { serverError: { status: 500, rate: 1 } } });
    const r = await invoke();
    expect(r.status).toBe(500);
    expect(JSON.parse(r.text)).toMatchObject({ error: { code: 'InternalServerError' } });
  });

  it('resetConnection: headers and part of the body arrive, then the connection dies', async () => {
    setFaults({ contoso: { resetConnection: { next: 1 } } });
    const res = await request(`${sandbox.server.url}/adminapi/beta/contoso.com/InvokeCommand`, {
      method: 'POST',
      headers: { authorization: ADMIN },
      body: '{}',
      dispatcher: agent,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(PAGE_TEXT)));
    await expect(res.body.text()).rejects.toThrow();
    expect((await invoke()).text).toBe(PAGE_TEXT);
  });

  it('truncatedJson: a complete HTTP response whose JSON is cut in half', async () => {
    setFaults({ contoso: { truncatedJson: { next: 1 } } });
    const r = await invoke();
    expect(r.status).toBe(200);
    expect(r.text).toBe(PAGE_TEXT.slice(0, Math.floor(PAGE_TEXT.length / 2)));
    expect(() => JSON.parse(r.text)).toThrow(SyntaxError);
  });

  it('malformedJson: garbage spliced into the middle of the body', async () => {
    setFaults({ contoso: { malformedJson: { rate: 1 } } });
    const r = await invoke();
    const half = Math.floor(PAGE_TEXT.length / 2);
    expect(r.text).toBe(`${PAGE_TEXT.slice(0, half)}\u0000}{${PAGE_TEXT.slice(half)}`);
    expect(() => JSON.parse(r.text)).toThrow(SyntaxError);
  });

  it('revokeTokensAfterRequests: after N requests every token of the tenant is revoked, once', async () => {
    setFaults({ contoso: { revokeTokensAfterRequests: 2 } });
    await invoke();
    await invoke();
    expect(revoked).toEqual([]);
    await invoke();
    expect(revoked).toEqual([CONTOSO]);
    await invoke();
    expect(revoked).toEqual([CONTOSO]);
  });

  it('faults of one tenant leave the others alone', async () => {
    setFaults({ fabrikam: { serverError: { rate: 1 } } });
    expect((await invoke('contoso.com')).status).toBe(200);
    expect((await invoke('fabrikam.com')).status).toBe(503);
  });

  it('the request log records the injected fault', async () => {
    setFaults({ contoso: { serverError: { next: 1 } } });
    await invoke();
    expect(sandbox.log.list({ limit: 1 })[0]).toMatchObject({ status: 503, fault: 'server-error', path: '/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand' });
  });
});

describe('the faults configuration', () => {
  it('the example in docs/sandbox.md is valid', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../docs/sandbox.md'), 'utf8');
    const block = /<!-- faults-example -->\s*```json\n([\s\S]*?)```/.exec(doc);
    expect(block).not.toBeNull();
    const parsed = parseFaultsConfig(JSON.parse(block![1]!));
    expect([...parsed.keys()]).toContain(CONTOSO);
  });

  it.each([
    [{ nowhere: {} }, "Unknown tenant 'nowhere' in the faults configuration. Tenants: contoso, fabrikam, tailspin."],
    [{ contoso: { flood: true } }, "contoso: unknown fault 'flood'. Known faults: throttle, latencyMs, serverError, resetConnection, truncatedJson, malformedJson, revokeTokensAfterRequests."],
    [{ contoso: { throttle: { requests: 0, windowSeconds: 60 } } }, 'contoso.throttle.requests must be an integer >= 1.'],
    [{ contoso: { serverError: { status: 502, rate: 1 } } }, 'contoso.serverError.status must be 500 or 503.'],
    [{ contoso: { truncatedJson: { rate: 2 } } }, 'contoso.truncatedJson.rate must be a number from 0 to 1.'],
    [{ contoso: { malformedJson: {} } }, 'contoso.malformedJson needs "rate" or "next".'],
    [[], 'The faults configuration must be a JSON object keyed by tenant (key, id or domain).'],
  ])('refuses %j with a clear message', (config, message) => {
    expect(() => parseFaultsConfig(config)).toThrow(new FaultConfigError(message));
  });
});

describe('/_sandbox/faults at run time', () => {
  const admin = async (method: string, path: string, body?: unknown, key: string | null = sandbox.adminKey) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key !== null) headers['x-sandbox-admin-key'] = key;
    const res = await request(`${sandbox.server.url}${path}`, { method: method as 'GET', headers, body: body === undefined ? undefined : JSON.stringify(body), dispatcher: agent });
    return { status: res.statusCode, json: JSON.parse(await res.body.text()) as Record<string, unknown> };
  };

  it('needs the admin key: 401 without, 403 with a wrong one; the bearer form works too', async () => {
    expect((await admin('GET', '/_sandbox/faults', undefined, null)).status).toBe(401);
    expect((await admin('GET', '/_sandbox/faults', undefined, 'wrong')).status).toBe(403);
    const res = await request(`${sandbox.server.url}/_sandbox/faults`, { headers: { authorization: `Bearer ${sandbox.adminKey}` }, dispatcher: agent });
    expect(res.statusCode).toBe(200);
    await res.body.text();
  });

  it('PUT sets a tenant\'s faults, GET shows them in the file format, DELETE clears them', async () => {
    const put = await admin('PUT', '/_sandbox/faults/contoso.com', { serverError: { status: 503, next: 1 } });
    expect(put).toEqual({ status: 200, json: { contoso: { serverError: { status: 503, next: 1 } } } });
    expect((await invoke()).status).toBe(503);
    expect((await admin('GET', '/_sandbox/faults')).json).toEqual({ contoso: { serverError: { status: 503, next: 0 } } });
    expect((await admin('DELETE', '/_sandbox/faults/contoso')).json).toEqual({});
    expect((await invoke()).status).toBe(200);
  });

  it('answers a bad body with 400 and the reason, and an unknown tenant with 404', async () => {
    expect(await admin('PUT', '/_sandbox/faults/contoso', { latencyMs: -1 })).toEqual({ status: 400, json: { error: { code: 'BadRequest', message: 'contoso.latencyMs must be an integer >= 0.' } } });
    expect((await admin('PUT', '/_sandbox/faults/nowhere', {})).status).toBe(404);
  });

  it('POST /_sandbox/tenants/{tenant}/revoke-tokens revokes now', async () => {
    const r = await admin('POST', '/_sandbox/tenants/contoso/revoke-tokens');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ tenant: 'contoso', tenantId: CONTOSO });
    expect(revoked).toEqual([CONTOSO]);
  });
});
