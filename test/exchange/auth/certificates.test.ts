// Where -CertificateFilePath, -Certificate and -CertificateThumbprint get their certificate from,
// and what the user reads when the file, password or folder is wrong.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CertificateError,
  certificateFolder,
  certificateFromObject,
  findCertificateByThumbprint,
  loadCertificateFile,
  loadPemFile,
  loadPfxFile,
} from '../../../src/exchange/auth/certificates.js';
import { SANDBOX_PFX_PASSWORD, startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';

let sandbox: RunningSandbox;
let app: RunningSandbox['apps'][number];
let cert: RunningSandbox['appCertificates'][number];
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox({ mailboxes: 50, quiet: true, exchange: false });
  app = sandbox.apps[0]!;
  cert = sandbox.appCertificates.find((c) => c.appId === app.appId)!;
  dir = mkdtempSync(join(tmpdir(), 'exosh-cert-test-'));
}, 60_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await sandbox?.close();
});

describe('loading a certificate', () => {
  it('reads a .pfx with its password: PEM text, PKCS#8 key and upper-case thumbprints', () => {
    const c = loadPfxFile(app.pfxPath, SANDBOX_PFX_PASSWORD);
    expect(c.thumbprintSha1).toBe(cert.thumbprints.sha1Hex);
    expect(c.thumbprintSha256).toBe(cert.thumbprints.sha256Hex);
    expect(c.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(c.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('a wrong or missing .pfx password is said plainly', () => {
    expect(() => loadPfxFile(app.pfxPath, 'nope')).toThrow('The certificate data cannot be read with the provided password, the password may be incorrect.');
    expect(() => loadPfxFile(app.pfxPath)).toThrow(/protected by a password; pass it with -CertificatePassword/);
    expect(() => loadPfxFile(join(dir, 'missing.pfx'))).toThrow(/Cannot find path '.*missing\.pfx' because it does not exist\./);
    writeFileSync(join(dir, 'junk.pfx'), 'not a certificate');
    expect(() => loadPfxFile(join(dir, 'junk.pfx'))).toThrow(CertificateError);
  });

  it('reads PEM: certificate and key in one file or two, the file told apart by content', () => {
    writeFileSync(join(dir, 'both.pem'), cert.keyPem + cert.certPem);
    expect(loadPemFile(join(dir, 'both.pem')).thumbprintSha1).toBe(cert.thumbprints.sha1Hex);
    expect(loadPemFile(cert.certPath, cert.keyPath).thumbprintSha256).toBe(cert.thumbprints.sha256Hex);
    expect(loadCertificateFile(join(dir, 'both.pem')).thumbprintSha1).toBe(cert.thumbprints.sha1Hex);
    expect(loadCertificateFile(app.pfxPath, SANDBOX_PFX_PASSWORD).thumbprintSha1).toBe(cert.thumbprints.sha1Hex);
    expect(() => loadPemFile(cert.certPath)).toThrow(/contains no private key/);
    const other = sandbox.appCertificates.find((c) => c.appId !== app.appId)!;
    expect(() => loadPemFile(cert.certPath, other.keyPath)).toThrow(/does not belong to its certificate/);
  });

  it('accepts an object holding the PEM text (any case of the property names), not one without a key', () => {
    expect(certificateFromObject({ CertificatePem: cert.certPem, PrivateKeyPem: readFileSync(cert.keyPath, 'utf8') }).thumbprintSha1).toBe(cert.thumbprints.sha1Hex);
    expect(() => certificateFromObject({ certificatePem: cert.certPem })).toThrow(/needs an object with the certificate and its private key/);
    expect(() => certificateFromObject('text')).toThrow(CertificateError);
  });

  it('a password-protected <THUMBPRINT>.pfx in the folder is named, with what to do instead', () => {
    const folder = mkdtempSync(join(dir, 'store-'));
    writeFileSync(join(folder, `${cert.thumbprints.sha1Hex}.pfx`), readFileSync(app.pfxPath));
    expect(() => findCertificateByThumbprint(cert.thumbprints.sha1Hex, { folder })).toThrow(/is protected by a password\. Store certificates in .* without one, or connect with -CertificateFilePath and -CertificatePassword\./);
  });

  it('a thumbprint that is not hex, or not found, says what is expected and where it looked', () => {
    expect(() => findCertificateByThumbprint('xyz', { folder: dir })).toThrow(/expected 40 hexadecimal digits/);
    try {
      findCertificateByThumbprint('00'.repeat(20), { folder: join(dir, 'absent') });
      expect.unreachable();
    } catch (err) {
      expect((err as CertificateError).record.category).toBe('ObjectNotFound');
      expect((err as CertificateError).message).toContain(join(dir, 'absent'));
    }
  });
});

describe('the per-user certificate folder', () => {
  it('follows each platform\'s convention', () => {
    expect(certificateFolder('linux', { XDG_DATA_HOME: '/data' }, '/home/ann')).toBe('/data/exosh/certificates');
    expect(certificateFolder('linux', {}, '/home/ann')).toBe('/home/ann/.local/share/exosh/certificates');
    expect(certificateFolder('linux', { XDG_DATA_HOME: 'relative' }, '/home/ann')).toBe('/home/ann/.local/share/exosh/certificates');
    expect(certificateFolder('darwin', {}, '/Users/ann')).toBe('/Users/ann/Library/Application Support/exosh/certificates');
    expect(certificateFolder('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann')).toBe('C:\\Users\\ann\\AppData\\Roaming\\exosh\\certificates');
  });
});
