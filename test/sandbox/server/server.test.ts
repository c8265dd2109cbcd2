// The HTTPS server around the handlers: loopback only, TLS with the sandbox CA, JSON 404s, the
// request log without secrets, no 500 from bad input, and a clean close.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import fc from 'fast-check';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { createSandboxServer, SandboxListenError } from '../../../src/sandbox/server.js';
import { FaultInjector } from '../../../src/sandbox/faults.js';
import { RequestLog } from '../../../src/sandbox/request-log.js';
import { ensureServerTls } from '../../../src/sandbox/tls/index.js';

const DATA = join(tmpdir(), 'exosh-sandbox-test-server');
let sandbox: RunningSandbox;
let agent: Agent;

beforeAll(async () => {
  sandbox = await startSandbox({ dataDir: DATA, exchange: false, quiet: true });
  agent = new Agent({ connect: { ca: sandbox.caCertPem } });
});

afterAll(async () => {
  await agent?.close();
  await sandbox?.close();
});

async function call(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const res = await request(`${sandbox.url}${path}`, { method: method as 'GET', body, headers, dispatcher: agent });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

describe('listening', () => {
  it('refuses a non-loopback address unless allowRemote is set', async () => {
    await expect(startSandbox({ host: '0.0.0.0', exchange: false })).rejects.toThrow(SandboxListenError);
    await expect(startSandbox({ host: '0.0.0.0', exchange: false })).rejects.toThrow(
      "Refusing to listen on '0.0.0.0': the sandbox serves the loopback interface only (127.0.0.1, ::1, localhost). Pass --allow-remote to serve other addresses.",
    );
  });

  it('serves https://127.0.0.1 with a certificate the sandbox CA vouches for, also as localhost', async () => {
    expect(sandbox.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const port = new URL(sandbox.url).port;
    const res = await request(`https://localhost:${port}/common/discovery/keys`, { dispatcher: agent });
    expect(res.statusCode).toBe(200);
    await res.body.text();
  });

  it('is not trusted by a client that does not know the sandbox CA', async () => {
    const stranger = new Agent();
    try {
      await expect(request(`${sandbox.url}/common/discovery/keys`, { dispatcher: stranger })).rejects.toThrow();
    } finally {
      await stranger.close();
    }
  });

  it('keeps key files private (0600) and reuses the CA on the next start', async () => {
    for (const f of ['tls/ca.key', 'tls/server.key', 'identity/token-signing.key', 'apps/contoso-app.key', 'apps/contoso-app.pfx', 'admin.key']) {
      expect(statSync(join(DATA, f)).mode & 0o777).toBe(0o600);
    }
    const again = await ensureServerTls(DATA);
    expect(again.caCertPem).toBe(sandbox.caCertPem);
  });
});

describe('routing', () => {
  it('answers an unknown path with a JSON 404', async () => {
    const r = await call('GET', '/no/such/thing');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toContain('application/json');
    expect(JSON.parse(r.text)).toEqual({ error: { code: 'NotFound', message: 'No sandbox endpoint answers GET /no/such/thing.' } });
  });

  it('without the Exchange service, /adminapi/ is a JSON 404 too', async () => {
    const r = await call('POST', '/adminapi/beta/contoso.com/InvokeCommand', '{}');
    expect(r.status).toBe(404);
  });

  it('never answers 500 to random paths, methods and bodies', async () => {
    const segment = fc.oneof(
      fc.constantFrom('common', 'organizations', 'contoso.com', sandbox.tenants[0]!.id, 'oauth2', 'v2.0', 'token', 'devicecode', 'authorize', 'login', 'msi', 'discovery', 'keys', '_sandbox', 'faults', 'devicelogin', '.well-known', 'openid-configuration', '%', '%E0%A4%A', '..'),
      fc.string({ maxLength: 8 }).map(encodeURIComponent),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
        fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain'),
        async (method, parts, body, contentType) => {
          const r = await call(method, `/${parts.join('/')}`, method === 'GET' ? undefined : (body ?? ''), { 'content-type': contentType });
          expect(r.status).not.toBe(500);
          expect(r.status).toBeGreaterThanOrEqual(200);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('turns an unexpected handler failure into a JSON 500 and keeps serving', async () => {
    const tls = await ensureServerTls(DATA);
    const errors: unknown[] = [];
    const server = createSandboxServer({
      certPem: tls.serverCertPem,
      keyPem: tls.serverKeyPem,
      admin: async () => false,
      identity: async (_req, _res, url) => {
        if (url.pathname === '/boom') throw new Error('bug');
        return false;
      },
      faults: new FaultInjector({ revokeTokens: () => 0 }),
      log: new RequestLog(),
      onError: (e) => errors.push(e),
    });
    await server.listen();
    try {
      const boom = await request(`${server.url}/boom`, { dispatcher: agent });
      expect(boom.statusCode).toBe(500);
      expect(JSON.parse(await boom.body.text())).toEqual({ error: { code: 'InternalServerError', message: 'The sandbox hit an unexpected error while handling this request.' } });
      expect(errors).toHaveLength(1);
      const next = await request(`${server.url}/other`, { dispatcher: agent });
      expect(next.statusCode).toBe(404);
      await next.body.text();
    } finally {
      await server.close();
    }
  });
});

describe('request log', () => {
  it('lists token requests with tenant and caller, never the secret, the token or the query string', async () => {
    const app = sandbox.apps.find((a) => a.tenantKey === 'contoso')!;
    const tokenRes = await call(
      'POST',
      `/${app.tenantId}/oauth2/v2.0/token?x=query-secret`,
      new URLSearchParams({ grant_type: 'client_credentials', client_id: app.appId, client_secret: app.clientSecret!, scope: 'https://outlook.office365.com/.default' }).toString(),
      { 'content-type': 'application/x-www-form-urlencoded' },
    );
    expect(tokenRes.status).toBe(200);
    const accessToken = (JSON.parse(tokenRes.text) as { access_token: string }).access_token;
    const log = await call('GET', '/_sandbox/requests?limit=5', undefined, { 'x-sandbox-admin-key': sandbox.adminKey });
    expect(log.status).toBe(200);
    const entries = (JSON.parse(log.text) as { value: Record<string, unknown>[] }).value;
    expect(entries[0]).toMatchObject({ method: 'POST', path: `/${app.tenantId}/oauth2/v2.0/token`, tenant: 'contoso', caller: app.appId, status: 200 });
    expect(typeof entries[0]!['durationMs']).toBe('number');
    expect(log.text).not.toContain(app.clientSecret!);
    expect(log.text).not.toContain(accessToken.slice(0, 40));
    expect(log.text).not.toContain('query-secret');
  });

  it('needs the admin key', async () => {
    expect((await call('GET', '/_sandbox/requests')).status).toBe(401);
    expect((await call('GET', '/_sandbox/requests', undefined, { 'x-sandbox-admin-key': 'nope' })).status).toBe(403);
  });
});

describe('close', () => {
  it('keeps idle connections open for 65 s (paging clients reuse one socket between slow pages)', async () => {
    const r = await call('GET', '/common/discovery/keys');
    expect(r.status).toBe(200);
    expect(r.headers['keep-alive']).toBe('timeout=65');
  });

  it('closes with a keep-alive connection open, and refuses connections afterwards', async () => {
    const other = await startSandbox({ dataDir: DATA, exchange: false, quiet: true });
    const keepAlive = new Agent({ connect: { ca: other.caCertPem }, keepAliveTimeout: 60_000 });
    try {
      const r = await request(`${other.url}/common/discovery/keys`, { dispatcher: keepAlive });
      await r.body.text();
      await other.close();
      await expect(request(`${other.url}/common/discovery/keys`, { dispatcher: keepAlive })).rejects.toThrow();
    } finally {
      await keepAlive.destroy();
    }
  });
});
