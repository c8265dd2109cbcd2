// The sandbox's key material: what the certificates say, and that the files work with standard tools.
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { APPS, TENANTS } from '../../../src/sandbox/directory.js';
import { ensureAppCertificates, ensureServerTls, SANDBOX_PFX_PASSWORD, type AppCertificate, type ServerTls } from '../../../src/sandbox/tls/index.js';

const DATA = join(tmpdir(), 'exosh-sandbox-test-tls');
let tls: ServerTls;
let apps: AppCertificate[];

beforeAll(async () => {
  [tls, apps] = await Promise.all([ensureServerTls(DATA), ensureAppCertificates(DATA, TENANTS, APPS)]);
});

describe('server certificate', () => {
  it('names localhost, 127.0.0.1 and ::1 and is signed by the sandbox CA', () => {
    const ca = new X509Certificate(tls.caCertPem);
    const server = new X509Certificate(tls.serverCertPem);
    expect(server.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(server.checkIssued(ca)).toBe(true);
    expect(server.verify(ca.publicKey)).toBe(true);
    expect(ca.ca).toBe(true);
    expect(server.ca).toBe(false);
    expect(server.checkPrivateKey(createPrivateKey(tls.serverKeyPem))).toBe(true);
  });

  it('is replaced (the CA kept) when it must cover another name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-tls-'));
    // Start from the shared CA so only the server certificates are generated here.
    mkdirSync(join(dir, 'tls'));
    for (const f of ['ca.crt', 'ca.key']) copyFileSync(join(DATA, 'tls', f), join(dir, 'tls', f));
    try {
      const first = await ensureServerTls(dir);
      const wider = await ensureServerTls(dir, { dnsNames: ['trainer.example'], ipAddresses: ['192.0.2.10'] });
      expect(first.caCertPem).toBe(tls.caCertPem);
      expect(wider.caCertPem).toBe(first.caCertPem);
      expect(wider.serverCertPem).not.toBe(first.serverCertPem);
      expect(new X509Certificate(wider.serverCertPem).subjectAltName).toContain('DNS:trainer.example');
      expect((await ensureServerTls(dir, { dnsNames: ['trainer.example'], ipAddresses: ['192.0.2.10'] })).serverCertPem).toBe(wider.serverCertPem);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('app certificates', () => {
  it('one per tenant app, with thumbprints matching the certificate', () => {
    expect(apps.map((a) => a.appId)).toEqual(APPS.map((a) => a.appId));
    for (const app of apps) {
      const cert = new X509Certificate(app.certPem);
      expect(cert.fingerprint.replace(/:/g, '')).toBe(app.thumbprints.sha1Hex);
      expect(cert.fingerprint256.replace(/:/g, '')).toBe(app.thumbprints.sha256Hex);
      expect(Buffer.from(app.thumbprints.x5tS256, 'base64url').toString('hex').toUpperCase()).toBe(app.thumbprints.sha256Hex);
      expect(cert.checkPrivateKey(createPrivateKey(readFileSync(app.keyPath, 'utf8')))).toBe(true);
    }
  });

  it('the PFX opens with the documented password and not with another', () => {
    const pfx = readFileSync(apps[0]!.pfxPath);
    expect(() => createSecureContext({ pfx, passphrase: SANDBOX_PFX_PASSWORD })).not.toThrow();
    expect(() => createSecureContext({ pfx, passphrase: 'wrong' })).toThrow();
  });
});
