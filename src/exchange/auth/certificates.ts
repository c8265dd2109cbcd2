// Certificates for app-only sign-in: from a .pfx (password optional), from PEM files, from an
// object that already holds the PEM text, or by -CertificateThumbprint from the per-user
// certificate folder (exosh's stand-in for the Windows CurrentUser\My store).
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, win32, posix } from 'node:path';
import forge from 'node-forge';
import { ErrorRecord } from '../../runtime/errors.js';
import type { ClientCertificate } from '../contracts.js';

export class CertificateError extends Error {
  constructor(
    message: string,
    readonly record: ErrorRecord = new ErrorRecord(message, 'CertificateLoadFailed', 'InvalidArgument', null, undefined, undefined, 'System.Security.Cryptography.CryptographicException'),
  ) {
    super(message);
    this.name = 'CertificateError';
  }
}

/**
 * Where -CertificateThumbprint looks: `$XDG_DATA_HOME/exosh/certificates` (or
 * `~/.local/share/exosh/certificates`) on Linux, `~/Library/Application Support/exosh/certificates`
 * on macOS, `%APPDATA%\exosh\certificates` on Windows.
 */
export function certificateFolder(
  platform: NodeJS.Platform = process.platform,
  env: Record<string, string | undefined> = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return win32.join(env['APPDATA'] || win32.join(home, 'AppData', 'Roaming'), 'exosh', 'certificates');
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', 'exosh', 'certificates');
  const dataHome = env['XDG_DATA_HOME'] && posix.isAbsolute(env['XDG_DATA_HOME']) ? env['XDG_DATA_HOME'] : posix.join(home, '.local', 'share');
  return posix.join(dataHome, 'exosh', 'certificates');
}

function thumbprints(cert: X509Certificate): { thumbprintSha1: string; thumbprintSha256: string } {
  return { thumbprintSha1: cert.fingerprint.replace(/:/g, '').toUpperCase(), thumbprintSha256: cert.fingerprint256.replace(/:/g, '').toUpperCase() };
}

/** Pairs a certificate with its key (checked to belong together); the key is kept as PKCS#8 PEM. */
function pair(certificatePem: string, key: KeyObject, source: string): ClientCertificate {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certificatePem);
  } catch {
    throw new CertificateError(`${source} does not contain a readable X.509 certificate.`);
  }
  if (!cert.checkPrivateKey(key)) throw new CertificateError(`The private key in ${source} does not belong to its certificate.`);
  return { certificatePem: cert.toString(), privateKeyPem: key.export({ type: 'pkcs8', format: 'pem' }).toString(), ...thumbprints(cert) };
}

function readFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CertificateError(`Cannot find path '${path}' because it does not exist.`, new ErrorRecord(`Cannot find path '${path}' because it does not exist.`, 'PathNotFound', 'ObjectNotFound', path));
    throw new CertificateError(`Cannot read '${path}': ${code ?? (err as Error).message}.`);
  }
}

const WRONG_PASSWORD = 'The certificate data cannot be read with the provided password, the password may be incorrect.';

/** A PKCS#12 file's certificate and private key. `source` names it in messages. */
export function certificateFromPfx(data: Buffer, password: string | undefined, source = 'the certificate file'): ClientCertificate {
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(forge.util.createBuffer(data.toString('binary')));
  } catch {
    throw new CertificateError(`${source} is not a PKCS#12 (.pfx) file.`);
  }
  // A PFX exported "without password" is protected by either the empty or the absent password.
  const attempts = password !== undefined ? [password] : ['', undefined];
  let p12: forge.pkcs12.Pkcs12Pfx | undefined;
  for (const attempt of attempts) {
    try {
      p12 = attempt === undefined ? forge.pkcs12.pkcs12FromAsn1(asn1) : forge.pkcs12.pkcs12FromAsn1(asn1, attempt);
      break;
    } catch {
      // try the next spelling of "no password"; a wrong one is reported below
    }
  }
  if (!p12) throw new CertificateError(password === undefined ? `${source} is protected by a password; pass it with -CertificatePassword.` : WRONG_PASSWORD);
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? []),
  ];
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
  const forgeKey = keyBags.find((b) => b.key)?.key;
  if (!forgeKey) throw new CertificateError(`${source} has no private key (or one exosh cannot read: only RSA keys are supported in .pfx files).`);
  const key = createPrivateKey(forge.pki.privateKeyToPem(forgeKey));
  const pems = certBags.flatMap((b) => (b.cert ? [forge.pki.certificateToPem(b.cert)] : []));
  // A PFX may carry the chain too: the leaf is the certificate the key belongs to.
  const leaf = pems.find((pem) => new X509Certificate(pem).checkPrivateKey(key));
  if (!leaf) throw new CertificateError(`${source} has no certificate matching its private key.`);
  return pair(leaf, key, source);
}

export function loadPfxFile(path: string, password?: string): ClientCertificate {
  return certificateFromPfx(readFile(path), password, `'${path}'`);
}

const CERT_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const KEY_BLOCK = /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;

function privateKeyFrom(pem: string, password: string | undefined, source: string): KeyObject {
  try {
    return createPrivateKey(password !== undefined ? { key: pem, passphrase: password } : pem);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (/ENCRYPTED/.test(pem) || /PASSPHRASE|BAD_DECRYPT/i.test(code)) {
      throw new CertificateError(password === undefined ? `The private key in ${source} is encrypted; pass its password with -CertificatePassword.` : WRONG_PASSWORD);
    }
    throw new CertificateError(`The private key in ${source} cannot be read.`);
  }
}

/** PEM text holding the certificate (and its chain) and, unless `keyPem` is given, the private key. */
export function certificateFromPem(pem: string, keyPem?: string, password?: string, source = 'the PEM text'): ClientCertificate {
  const certs = pem.match(CERT_BLOCK) ?? [];
  if (certs.length === 0) throw new CertificateError(`${source} contains no certificate (-----BEGIN CERTIFICATE-----).`);
  const keyText = KEY_BLOCK.exec(keyPem ?? pem)?.[0];
  if (!keyText) throw new CertificateError(`${source} contains no private key; app-only sign-in needs the certificate's private key.`);
  const key = privateKeyFrom(keyText, password, source);
  const leaf = certs.find((c) => new X509Certificate(c).checkPrivateKey(key));
  if (!leaf) throw new CertificateError(`The private key in ${source} does not belong to its certificate.`);
  return pair(leaf, key, source);
}

export function loadPemFile(certificatePath: string, keyPath?: string, password?: string): ClientCertificate {
  const pem = readFile(certificatePath).toString('utf8');
  const key = keyPath ? readFile(keyPath).toString('utf8') : undefined;
  return certificateFromPem(pem, key, password, `'${certificatePath}'`);
}

/** A .pfx or .pem file, told apart by its content rather than its name. */
export function loadCertificateFile(path: string, password?: string): ClientCertificate {
  const data = readFile(path);
  const head = data.subarray(0, 64).toString('latin1');
  if (head.includes('-----BEGIN')) return certificateFromPem(data.toString('utf8'), undefined, password, `'${path}'`);
  return certificateFromPfx(data, password, `'${path}'`);
}

/**
 * -Certificate given an object: anything with the certificate's and the key's PEM text
 * (`certificatePem`/`privateKeyPem`, any case; `certPem`/`keyPem` too).
 */
export function certificateFromObject(value: unknown): ClientCertificate {
  if (!value || typeof value !== 'object') throw new CertificateError('-Certificate needs an object with the certificate and its private key (certificatePem and privateKeyPem).');
  const entries = Object.entries(value as Record<string, unknown>);
  const pick = (...names: string[]) => entries.find(([k, v]) => names.includes(k.toLowerCase()) && typeof v === 'string')?.[1] as string | undefined;
  const certificatePem = pick('certificatepem', 'certpem');
  const privateKeyPem = pick('privatekeypem', 'keypem');
  if (!certificatePem || !privateKeyPem) {
    throw new CertificateError('-Certificate needs an object with the certificate and its private key (certificatePem and privateKeyPem).');
  }
  return certificateFromPem(certificatePem, privateKeyPem, undefined, 'the -Certificate object');
}

const HEX_THUMBPRINT = /^(?:[0-9A-F]{40}|[0-9A-F]{64})$/;

/**
 * -CertificateThumbprint: a file named `<THUMBPRINT>.pfx` in the folder, else any .pfx/.pem there
 * whose SHA-1 (or SHA-256) thumbprint matches. Password-protected files other than the named one are
 * skipped (their thumbprint cannot be read without it).
 */
export function findCertificateByThumbprint(thumbprint: string, options: { folder?: string; password?: string } = {}): ClientCertificate {
  const folder = options.folder ?? certificateFolder();
  const wanted = thumbprint.replace(/[\s:]/g, '').toUpperCase();
  if (!HEX_THUMBPRINT.test(wanted)) {
    throw new CertificateError(`'${thumbprint}' is not a certificate thumbprint: expected 40 hexadecimal digits (SHA-1), or 64 (SHA-256).`);
  }
  const matches = (c: ClientCertificate) => c.thumbprintSha1 === wanted || c.thumbprintSha256 === wanted;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    names = [];
  }
  const named = names.find((n) => n.toUpperCase() === `${wanted}.PFX`);
  if (named) {
    const path = join(folder, named);
    let cert: ClientCertificate;
    try {
      cert = loadPfxFile(path, options.password);
    } catch (err) {
      if (err instanceof CertificateError && options.password === undefined && /protected by a password/.test(err.message)) {
        throw new CertificateError(
          `'${path}' is protected by a password. Store certificates in ${folder} without one, or connect with -CertificateFilePath and -CertificatePassword.`,
        );
      }
      throw err;
    }
    if (matches(cert)) return cert;
  }
  for (const name of names.sort()) {
    if (name === named || !/\.(pfx|p12|pem)$/i.test(name)) continue;
    try {
      const cert = loadCertificateFile(join(folder, name), options.password);
      if (matches(cert)) return cert;
    } catch {
      // unreadable, protected or keyless files are not the one we are looking for
    }
  }
  const message = `No certificate with thumbprint ${wanted} was found in ${folder}. Put the certificate with its private key there (a .pfx named ${wanted}.pfx, or a .pem), or use -CertificateFilePath.`;
  throw new CertificateError(message, new ErrorRecord(message, 'CertificateNotFound', 'ObjectNotFound', thumbprint, undefined, undefined, 'System.Security.Cryptography.CryptographicException'));
}
