// What a hostile or careless client cannot do to the sandbox: name another host (the identity
// provider would mint tokens for it), split a redirect header, present a token that never expires,
// spend or dodge someone's throttling budget with a forged token; and a client that hangs up is
// logged as having gone away, not as served.
import { readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { SignJWT, importPKCS8 } from 'jose';
import { createPrivateKey } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';

let sandbox: RunningSandbox;
const ADMIN = 'admin@contoso.onmicrosoft.com';

beforeAll(async () => {
  sandbox = await startSandbox({
    mailboxes: 3,
    quiet: true,
    faults: { contoso: { throttle: { requests: 2, windowSeconds: 600 } }, fabrikam: { latencyMs: 400 } },
  });
}, 120_000);
afterAll(async () => {
  await sandbox?.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTPS request, so the Host header can say anything. */
function call(path: string, opts: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const url = new URL(sandbox.url);
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: opts.method ?? 'GET',
        ca: sandbox.caCertPem,
        servername: 'localhost',
        headers: { host: opts.host ?? url.host, ...opts.headers },
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

function invoke(token: string, tenant: string, cmdlet: string): Promise<Answer> {
  return call(`/adminapi/beta/${tenant}/InvokeCommand`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: {} } }),
  });
}

describe('Host header', () => {
  it('answers for loopback names with its own port, and builds the issuer from them', async () => {
    const port = new URL(sandbox.url).port;
    const r = await call('/organizations/v2.0/.well-known/openid-configuration', { host: `localhost:${port}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).token_endpoint).toBe(`https://localhost:${port}/organizations/oauth2/v2.0/token`);
  });

  it('refuses another host name with 421 and says which to use, so no token names it as issuer', async () => {
    const r = await call('/organizations/v2.0/.well-known/openid-configuration', { host: 'login.evil.example' });
    expect(r.status).toBe(421);
    expect(JSON.parse(r.body).error.message).toBe(
      `This sandbox does not answer for the host 'login.evil.example'. Use ${sandbox.url} or another name its certificate covers, with port ${new URL(sandbox.url).port}.`,
    );
    const token = await call('/contoso.onmicrosoft.com/oauth2/v2.0/token', {
      method: 'POST',
      host: `evil.example:${new URL(sandbox.url).port}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&client_id=fb78d390-0c51-40cd-8e17-fdbfab77341b&scope=https://outlook.office365.com/.default&username=admin@contoso.onmicrosoft.com&password=Sandbox-Pa55!',
    });
    expect(token.status).toBe(421);
  });

  it('refuses a loopback name with another port', async () => {
    expect((await call('/organizations/v2.0/.well-known/openid-configuration', { host: '127.0.0.1:1' })).status).toBe(421);
  });
});

describe('logout redirect', () => {
  it('answers a CR/LF in post_logout_redirect_uri with 400, not a 500 and a stack trace', async () => {
    const r = await call('/common/oauth2/v2.0/logout?post_logout_redirect_uri=http://localhost/%0d%0aSet-Cookie:%20x=1');
    expect(r.status).toBe(400);
    expect(r.headers['set-cookie']).toBeUndefined();
    expect(r.body).toContain('control characters');
    expect(r.body).not.toMatch(/at .*\.js:\d+/);
    const ok = await call(`/common/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent('http://localhost:5000/done')}`);
    expect(ok.status).toBe(302);
    expect(ok.headers.location).toBe('http://localhost:5000/done');
  });
});

describe('access tokens', () => {
  it('refuses a correctly signed token that has no exp', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: ADMIN });
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as { kid: string };
    delete claims['exp'];
    const pem = readFileSync(join(sandbox.dataDir, 'identity', 'token-signing.key'), 'utf8');
    const key = await importPKCS8(createPrivateKey(pem).export({ type: 'pkcs8', format: 'pem' }).toString(), 'RS256');
    const forever = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: header.kid }).sign(key);
    await expect(sandbox.identity.verifier.verify(`Bearer ${forever}`)).rejects.toThrow('The access token has no expiry (exp) claim.');
    expect((await invoke(forever, 'fabrikam.onmicrosoft.com', 'Get-AcceptedDomain')).status).toBe(401);
  });
});

describe('throttling', () => {
  it('counts requests against the verified caller: forged tokens neither spend nor dodge a budget', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: ADMIN });
    const [head, body] = token.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forge = (upn: string) => `${head}.${Buffer.from(JSON.stringify({ ...claims, upn })).toString('base64url')}.c2lnbmF0dXJl`;
    // Someone else's name on a forged token: refused, and the admin's budget is untouched.
    for (let i = 0; i < 3; i++) expect((await invoke(forge(ADMIN), 'contoso.onmicrosoft.com', 'Get-AcceptedDomain')).status).toBe(401);
    expect((await invoke(token, 'contoso.onmicrosoft.com', 'Get-AcceptedDomain')).status).toBe(200);
    expect((await invoke(token, 'contoso.onmicrosoft.com', 'Get-AcceptedDomain')).status).toBe(200);
    const throttled = await invoke(token, 'contoso.onmicrosoft.com', 'Get-AcceptedDomain');
    expect(throttled.status).toBe(429);
    expect(JSON.parse(throttled.body).error.message).toContain(`The user '${ADMIN}' has exceeded the budget of 2 requests in 600 seconds`);
    // A fresh name on a forged token does not buy a fresh budget either.
    expect((await invoke(forge('nobody@contoso.onmicrosoft.com'), 'contoso.onmicrosoft.com', 'Get-AcceptedDomain')).status).toBe(401);
  });
});

describe('request log', () => {
  it('logs a request whose client hung up as aborted (499), not 200', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: ADMIN });
    const url = new URL(sandbox.url);
    await new Promise<void>((resolve) => {
      const req = httpsRequest({
        host: url.hostname,
        port: url.port,
        path: '/adminapi/beta/fabrikam.onmicrosoft.com/InvokeCommand',
        method: 'POST',
        ca: sandbox.caCertPem,
        servername: 'localhost',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        agent: false,
      });
      req.on('error', () => resolve());
      req.end(JSON.stringify({ CmdletInput: { CmdletName: 'Get-AcceptedDomain', Parameters: {} } }));
      // The fabrikam faults delay every answer by 400 ms: hang up before it comes.
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 100);
    });
    await new Promise((r) => setTimeout(r, 600));
    const log = await call('/_sandbox/requests?tenant=fabrikam', { headers: { 'x-sandbox-admin-key': sandbox.adminKey } });
    const entry = (JSON.parse(log.body).value as Array<Record<string, unknown>>).find((e) => e['path'] === '/adminapi/beta/fabrikam.onmicrosoft.com/InvokeCommand');
    expect(entry).toMatchObject({ status: 499, aborted: true });
  });
});
