// The sandbox's key material on disk. Layout under the data folder (keys 0600, certificates 0644):
//   tls/ca.crt  tls/ca.key               the sandbox CA (clients trust ca.crt explicitly)
//   tls/server.crt  tls/server.key       HTTPS certificate for 127.0.0.1, ::1, localhost (+ extra names)
//   apps/<tenant>-app.crt .key .pfx      each tenant's app registration certificate (client assertion)
// Everything is created at first start and reused afterwards, so clients keep trusting the same CA
// across restarts (even with --reset, which only restores the tenant data).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SandboxApp, SandboxTenant } from '../contracts.js';
import {
  certificateCovers,
  createCertificateAuthority,
  createClientCertificate,
  createServerCertificate,
  isIssuedBy,
  thumbprints,
  toPfx,
  type IssuedCertificate,
  type ServerNames,
  type Thumbprints,
} from './certificates.js';
import { PRIVATE_FILE_MODE, PUBLIC_FILE_MODE, readAllOrNone, writeFileAtomic } from './files.js';

export { thumbprints, type Thumbprints } from './certificates.js';

/** Password of every generated .pfx file (documented: a sandbox has no secrets worth keeping). */
export const SANDBOX_PFX_PASSWORD = 'sandbox';

export const LOOPBACK_NAMES: ServerNames = { dnsNames: ['localhost'], ipAddresses: ['127.0.0.1', '::1'] };

export interface ServerTls {
  caCertPem: string;
  caCertPath: string;
  serverCertPem: string;
  serverKeyPem: string;
}

async function loadOrCreate(
  certPath: string,
  keyPath: string,
  create: () => Promise<IssuedCertificate>,
  reuse: (c: IssuedCertificate) => boolean,
  onCreated: (c: IssuedCertificate) => void = () => {},
): Promise<IssuedCertificate> {
  const stored = readAllOrNone([certPath, keyPath]);
  if (stored) {
    const issued = { certPem: stored[0]!, keyPem: stored[1]! };
    if (reuse(issued)) return issued;
  }
  const issued = await create();
  // Key first: a crash between the two leaves a certificate-less key, which is regenerated next time.
  writeFileAtomic(keyPath, issued.keyPem, PRIVATE_FILE_MODE);
  writeFileAtomic(certPath, issued.certPem, PUBLIC_FILE_MODE);
  onCreated(issued);
  return issued;
}

export async function ensureServerTls(dataDir: string, extraNames: ServerNames = { dnsNames: [], ipAddresses: [] }): Promise<ServerTls> {
  const dir = join(dataDir, 'tls');
  const caCertPath = join(dir, 'ca.crt');
  const ca = await loadOrCreate(caCertPath, join(dir, 'ca.key'), () => createCertificateAuthority('exosh sandbox CA'), (c) => c.certPem.includes('BEGIN CERTIFICATE'));
  const names: ServerNames = {
    dnsNames: [...new Set([...LOOPBACK_NAMES.dnsNames, ...extraNames.dnsNames])],
    ipAddresses: [...new Set([...LOOPBACK_NAMES.ipAddresses, ...extraNames.ipAddresses])],
  };
  const server = await loadOrCreate(
    join(dir, 'server.crt'),
    join(dir, 'server.key'),
    () => createServerCertificate(ca, names),
    (c) => isIssuedBy(c.certPem, ca.certPem) && certificateCovers(c.certPem, names),
  );
  return { caCertPem: ca.certPem, caCertPath, serverCertPem: server.certPem, serverKeyPem: server.keyPem };
}

export interface AppCertificate {
  tenantId: string;
  appId: string;
  certPem: string;
  /** Private key (PKCS#8 PEM). Never printed; tests and clients read it from keyPath. */
  keyPem: string;
  certPath: string;
  keyPath: string;
  pfxPath: string;
  thumbprints: Thumbprints;
}

export async function ensureAppCertificates(dataDir: string, tenants: readonly SandboxTenant[], apps: readonly SandboxApp[]): Promise<AppCertificate[]> {
  const dir = join(dataDir, 'apps');
  return Promise.all(apps.map(async (app) => {
    const tenant = tenants.find((t) => t.id === app.tenantId);
    const stem = join(dir, `${tenant?.key ?? app.tenantId}-app`);
    const certPath = `${stem}.crt`;
    const keyPath = `${stem}.key`;
    const pfxPath = `${stem}.pfx`;
    const writePfx = (c: IssuedCertificate) => writeFileAtomic(pfxPath, toPfx(c, SANDBOX_PFX_PASSWORD, app.displayName), PRIVATE_FILE_MODE);
    const issued = await loadOrCreate(certPath, keyPath, () => createClientCertificate(app.displayName), (c) => c.certPem.includes('BEGIN CERTIFICATE'), writePfx);
    if (!existsSync(pfxPath)) writePfx(issued);
    return {
      tenantId: app.tenantId,
      appId: app.appId,
      certPem: issued.certPem,
      keyPem: issued.keyPem,
      certPath,
      keyPath,
      pfxPath,
      thumbprints: thumbprints(issued.certPem),
    };
  }));
}
