// `exosh sandbox serve` as a user meets it: the banner, bad options, and stopping with Ctrl+C.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Agent, request } from 'undici';
import { describe, expect, it } from 'vitest';
import { runSandboxServe } from '../../../src/sandbox/serve.js';

const DATA = join(tmpdir(), 'exosh-sandbox-test-serve');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) } };
}

async function waitFor(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!cond()) throw new Error('condition not met');
}

describe('exosh sandbox serve', () => {
  it('prints URL, CA path, admin key, accounts, apps and the connect command; Ctrl+C stops it with exit code 0', async () => {
    const c = capture();
    const faultsFile = join(mkdtempSync(join(tmpdir(), 'exosh-faults-')), 'faults.json');
    writeFileSync(faultsFile, JSON.stringify({ 'contoso.com': { latencyMs: 5, serverError: { status: 500, next: 2 } } }));
    const run = runSandboxServe(['--data', DATA, '--token-lifetime', '90s', '--mailboxes', '100', '--faults', faultsFile], c.io);
    await waitFor(() => c.out.join('').includes('Press Ctrl+C'));
    const banner = c.out.join('');
    const url = /listening on (https:\/\/127\.0\.0\.1:\d+)/.exec(banner)![1]!;
    const caPath = join(DATA, 'tls', 'ca.crt');
    expect(banner).toContain(`CA certificate   ${caPath}`);
    expect(banner).toContain(`exosh --sandbox-url ${url} --ca-file ${caPath}`);
    expect(banner).toContain('Accounts (password for all: Sandbox-Pa55!; MFA one-time code: 123456)');
    expect(banner).toMatch(/secure\.admin@contoso\.onmicrosoft\.com\s+Exchange Administrator\s+Organization Management\s+MFA/);
    expect(banner).toContain(`PFX         ${join(DATA, 'apps', 'contoso-app.pfx')}   (password: sandbox)`);
    expect(banner).toContain('Token lifetime   90s');
    expect(banner).toMatch(/Admin key\s+\S{20,}/);
    // Never keys, hashes or client secrets.
    expect(banner).not.toContain('PRIVATE KEY');
    expect(banner).not.toContain('sandbox-secret-');
    expect(banner).not.toMatch(/scrypt|\$2[aby]\$/);

    // The printed CA and URL are all a client needs (as with curl --cacert).
    const agent = new Agent({ connect: { ca: (await import('node:fs')).readFileSync(caPath, 'utf8') } });
    const res = await request(`${url}/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration`, { dispatcher: agent });
    expect(res.statusCode).toBe(200);
    await res.body.text();
    // The --faults file is in force, shown by the admin API in the same format.
    const adminKey = /Admin key\s+(\S+)/.exec(banner)![1]!;
    const faults = await request(`${url}/_sandbox/faults`, { headers: { 'x-sandbox-admin-key': adminKey }, dispatcher: agent });
    expect(await faults.body.json()).toEqual({ contoso: { latencyMs: 5, serverError: { status: 500, next: 2 } } });
    await agent.close();

    process.emit('SIGINT');
    await expect(run).resolves.toBe(0);
    expect(c.out.join('')).toContain('Stopped.');
  });

  it('refuses unknown options and bad values with the usage line (exit code 2)', async () => {
    for (const argv of [['--nope'], ['--port', 'abc'], ['--token-lifetime', 'soon'], ['--mailboxes', '0'], ['extra']]) {
      const c = capture();
      expect(await runSandboxServe(argv, c.io)).toBe(2);
      expect(c.err.join('')).toContain('Usage: exosh sandbox serve');
    }
    const c = capture();
    await runSandboxServe(['--token-lifetime', 'soon'], c.io);
    expect(c.err.join('')).toContain("--token-lifetime: 'soon' is not a duration. Use seconds or a number with s, m, h or d (e.g. 90s, 60m, 1h).");
  });

  it('refuses a non-loopback host without --allow-remote, and an invalid faults file (exit code 1)', async () => {
    const c = capture();
    expect(await runSandboxServe(['--host', '0.0.0.0'], c.io)).toBe(1);
    expect(c.err.join('')).toContain('Pass --allow-remote');
    const dir = mkdtempSync(join(tmpdir(), 'exosh-faults-'));
    const file = join(dir, 'faults.json');
    writeFileSync(file, '{"contoso": {"flood": 1}}');
    const c2 = capture();
    expect(await runSandboxServe(['--faults', file, '--data', DATA], c2.io)).toBe(1);
    expect(c2.err.join('')).toContain(`${file}: contoso: unknown fault 'flood'.`);
  });

  it('stops when its abort signal fires (in-process use)', async () => {
    const c = capture();
    const controller = new AbortController();
    const run = runSandboxServe(['--data', DATA, '--mailboxes', '100'], { ...c.io, signal: controller.signal });
    await waitFor(() => c.out.join('').includes('Press Ctrl+C'));
    controller.abort();
    await expect(run).resolves.toBe(0);
  });
});

describe('token lifetime option', () => {
  it.each([
    ['60m', 3600],
    ['90s', 90],
    ['1h', 3600],
    ['1.5h', 5400],
    ['2d', 172800],
    ['45', 45],
    [1, 1],
  ] as const)('%s → %d seconds', async (value, seconds) => {
    const { parseDurationSeconds } = await import('../../../src/sandbox/index.js');
    expect(parseDurationSeconds(value)).toBe(seconds);
  });

  it.each(['0s', 'soon', '-5m', '', '10 parsecs'])('refuses %j', async (value) => {
    const { parseDurationSeconds } = await import('../../../src/sandbox/index.js');
    expect(() => parseDurationSeconds(value)).toThrow(RangeError);
  });
});
