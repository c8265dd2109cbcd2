// `exosh --sandbox`: the sandbox starts in a child process with its data in the user's data folder,
// the shell connects to contoso first, and the child is gone when exosh exits.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { parseConnectLine, userDataFolder } from '../../src/exchange/connection/sandbox-process.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const dataHome = mkdtempSync(join(tmpdir(), 'exosh-xdg-'));
afterAll(() => rmSync(dataHome, { recursive: true, force: true }));

function refused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('exosh --sandbox', () => {
  it('runs -c connected to contoso, keeps the data in $XDG_DATA_HOME/exosh/sandbox, and stops the sandbox at exit', async () => {
    expect(existsSync(cli), 'dist/cli.js is built by npm test (npm run build)').toBe(true);
    const run = () =>
      spawnSync(process.execPath, [cli, '--sandbox', '-c', "(Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue).PrimarySmtpAddress; (Get-ConnectionInformation).ConnectionUri"], {
        env: { PATH: process.env.PATH, HOME: dataHome, XDG_DATA_HOME: dataHome, EXOSH_SANDBOX_MAILBOXES: '30', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    const [address, url] = first.stdout.trim().split('\n');
    expect(address).toBe('admin@contoso.onmicrosoft.com');
    expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(existsSync(join(dataHome, 'exosh', 'sandbox', 'tls', 'ca.crt'))).toBe(true);
    expect(await refused(url!)).toBe(true);

    // A second start reuses the CA and the store.
    const second = run();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout.split('\n')[0]).toBe('admin@contoso.onmicrosoft.com');
  }, 90_000);

  it('--sandbox-url without --ca-file is a command-line error (64)', async () => {
    let stderr = '';
    const code = await main(['--sandbox-url', 'https://127.0.0.1:1'], { stderr: (t) => void (stderr += t), stdout: () => undefined, env: {} });
    expect(code).toBe(64);
    expect(stderr).toContain('--sandbox-url needs --ca-file');
  });

  it('-Sandbox without a sandbox says how to get one', async () => {
    let stderr = '';
    const code = await main(['-c', 'Connect-ExchangeOnline -Sandbox contoso'], { stderr: (t) => void (stderr += t), stdout: () => undefined, env: { NO_COLOR: '1' }, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false });
    expect(code).toBe(1);
    expect(stderr).toContain('-Sandbox needs a running sandbox: start exosh with --sandbox');
  });
});

describe('the pieces', () => {
  it('the user data folder per platform', () => {
    expect(userDataFolder('linux', { XDG_DATA_HOME: '/x/data' }, '/home/u')).toBe('/x/data/exosh');
    expect(userDataFolder('linux', {}, '/home/u')).toBe('/home/u/.local/share/exosh');
    expect(userDataFolder('darwin', {}, '/Users/u')).toBe('/Users/u/Library/Application Support/exosh');
    expect(userDataFolder('win32', { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'C:\\Users\\u')).toBe('C:\\Users\\u\\AppData\\Local\\exosh');
  });

  it('reads the connect line serve prints, paths with spaces included', () => {
    expect(parseConnectLine('Connect with:\n  exosh --sandbox-url https://127.0.0.1:5123 --ca-file /tmp/my data/tls/ca.crt\n\nPress Ctrl+C')).toEqual({
      url: 'https://127.0.0.1:5123',
      caFile: '/tmp/my data/tls/ca.crt',
    });
    expect(parseConnectLine('exosh sandbox listening on https://127.0.0.1:5123')).toBeUndefined();
  });
});
