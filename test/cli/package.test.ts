// `npm pack` yields a package that installs into a clean folder and runs: `exosh --version` and
// `exosh --sandbox -c ...` from its bin, with nothing from this checkout (README: "exosh on the PATH").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const built = existsSync(join(root, 'dist', 'cli.js'));
const dir = mkdtempSync(join(tmpdir(), 'exosh-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe.skipIf(!built)('the packed package (needs dist/: npm run build)', () => {
  it('installs from the tarball and runs exosh --version and exosh --sandbox -c', () => {
    const pack = spawnSync(npm, ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const app = join(dir, 'app');
    spawnSync('mkdir', [app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'clean-folder', version: '1.0.0', private: true }));
    // The dependencies come from npm's cache when `npm ci` filled it (as on CI), else the registry.
    const install = spawnSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, tarball!)], { cwd: app, encoding: 'utf8', timeout: 240_000 });
    expect(install.status, install.stderr).toBe(0);
    const exosh = join(app, 'node_modules', '.bin', 'exosh');
    const env = { ...process.env, NO_COLOR: '1', XDG_DATA_HOME: join(dir, 'data'), EXOSH_SANDBOX_MAILBOXES: '40' };

    const version = spawnSync(exosh, ['--version'], { cwd: app, encoding: 'utf8', env, timeout: 30_000 });
    expect(version.stdout).toMatch(/^exosh \d+\.\d+\.\d+\n$/);
    expect(version.status).toBe(0);

    const run = spawnSync(exosh, ['--sandbox', '-c', '(Get-EXOMailbox -ResultSize 3 -WarningAction SilentlyContinue).Count; (Get-ConnectionInformation).TenantId -ne $null'], {
      cwd: app,
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('3\nTrue\n');
    expect(run.status).toBe(0);
  }, 420_000);
});
