// X.509 certificates for the sandbox: its own CA, the HTTPS server certificate it signs, and the
// app registrations' client certificates. node-forge builds and signs the certificates; the RSA
// keys come from node:crypto (forge's pure-JS key generation takes seconds, OpenSSL's milliseconds).
import { createHash, generateKeyPair, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export interface KeyPairPem {
  privateKeyPem: string;
  publicKeyPem: string;
}

export interface IssuedCertificate {
  certPem: string;
  keyPem: string;
}

/** Async so several keys are generated at once on the libuv pool (a 2048-bit key takes ~0.2 s). */
export function generateRsaKeyPair(bits = 2048): Promise<KeyPairPem> {
  return new Promise((resolve, reject) =>
    generateKeyPair(
      'rsa',
      { modulusLength: bits, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } },
      (err, publicKey, privateKey) => (err ? reject(err) : resolve({ privateKeyPem: privateKey, publicKeyPem: publicKey })),
    ),
  );
}

function serialNumber(): string {
  // Positive 16-byte serial (top bit clear so DER does not read it as negative).
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f;
  return bytes.toString('hex');
}

function validity(cert: forge.pki.Certificate, years: number): void {
  const now = new Date();
  // Back-dated a day so a client whose clock runs a little behind still accepts it.
  cert.validity.notBefore = new Date(now.getTime() - 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(now.getTime() + years * 365 * 24 * 3600 * 1000);
}

export async function createCertificateAuthority(commonName: string): Promise<IssuedCertificate> {
  const keys = await generateRsaKeyPair();
  const publicKey = forge.pki.publicKeyFromPem(keys.publicKeyPem);
  const privateKey = forge.pki.privateKeyFromPem(keys.privateKeyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = serialNumber();
  validity(cert, 10);
  const subject = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: 'exosh sandbox' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(privateKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.privateKeyPem };
}

export interface ServerNames {
  dnsNames: string[];
  ipAddresses: string[];
}

export async function createServerCertificate(ca: IssuedCertificate, names: ServerNames): Promise<IssuedCertificate> {
  const keys = await generateRsaKeyPair();
  const caCert = forge.pki.certificateFromPem(ca.certPem);
  const caKey = forge.pki.privateKeyFromPem(ca.keyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(keys.publicKeyPem);
  cert.serialNumber = serialNumber();
  // Under 398 days: the longest lifetime browsers accept for a server certificate.
  const now = new Date();
  cert.validity.notBefore = new Date(now.getTime() - 24 * 3600 * 1000);
  cert.validity.notAfter = new Date(now.getTime() + 397 * 24 * 3600 * 1000);
  cert.setSubject([{ name: 'commonName', value: names.dnsNames[0] ?? names.ipAddresses[0] ?? 'localhost' }]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        ...names.dnsNames.map((value) => ({ type: 2, value })),
        ...names.ipAddresses.map((ip) => ({ type: 7, ip })),
      ],
    },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.privateKeyPem };
}

/** A self-signed client-authentication certificate, as `New-SelfSignedCertificate` makes for app-only auth. */
export async function createClientCertificate(commonName: string): Promise<IssuedCertificate> {
  const keys = await generateRsaKeyPair();
  const privateKey = forge.pki.privateKeyFromPem(keys.privateKeyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(keys.publicKeyPem);
  cert.serialNumber = serialNumber();
  validity(cert, 2);
  const subject = [{ name: 'commonName', value: commonName }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', clientAuth: true },
  ]);
  cert.sign(privateKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.privateKeyPem };
}

/** PKCS#12 (.pfx) with the key and certificate, 3DES-protected so Windows and OpenSSL 3 both open it. */
export function toPfx(issued: IssuedCertificate, password: string, friendlyName: string): Uint8Array {
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(issued.keyPem),
    [forge.pki.certificateFromPem(issued.certPem)],
    password,
    { algorithm: '3des', friendlyName },
  );
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

export function certificateDer(certPem: string): Buffer {
  const body = certPem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  return Buffer.from(body, 'base64');
}

export interface Thumbprints {
  /** Upper-case hex, as the Azure portal and `Get-ChildItem Cert:` show it. */
  sha1Hex: string;
  sha256Hex: string;
  /** base64url of the raw digest, as the `x5t` / `x5t#S256` JOSE headers carry it. */
  x5t: string;
  x5tS256: string;
}

export function thumbprints(certPem: string): Thumbprints {
  const der = certificateDer(certPem);
  const sha1 = createHash('sha1').update(der).digest();
  const sha256 = createHash('sha256').update(der).digest();
  return {
    sha1Hex: sha1.toString('hex').toUpperCase(),
    sha256Hex: sha256.toString('hex').toUpperCase(),
    x5t: sha1.toString('base64url'),
    x5tS256: sha256.toString('base64url'),
  };
}

/** Whether the certificate's SAN covers every name, so a stored server certificate can be reused. */
export function certificateCovers(certPem: string, names: ServerNames): boolean {
  const cert = forge.pki.certificateFromPem(certPem);
  if (cert.validity.notAfter.getTime() < Date.now() + 7 * 24 * 3600 * 1000) return false;
  const san = cert.getExtension('subjectAltName') as { altNames?: { type: number; value?: string; ip?: string }[] } | null;
  const alt = san?.altNames ?? [];
  const dns = new Set(alt.filter((a) => a.type === 2).map((a) => a.value?.toLowerCase()));
  const ips = new Set(alt.filter((a) => a.type === 7).map((a) => a.ip));
  return names.dnsNames.every((n) => dns.has(n.toLowerCase())) && names.ipAddresses.every((ip) => ips.has(ip));
}

/** Whether `certPem` was issued by `caPem` (a stored server certificate from an older CA is replaced). */
export function isIssuedBy(certPem: string, caPem: string): boolean {
  try {
    const ca = forge.pki.certificateFromPem(caPem);
    return ca.verify(forge.pki.certificateFromPem(certPem));
  } catch {
    return false;
  }
}
