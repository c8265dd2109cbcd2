// Sign-in secrets as the sandbox keeps them: passwords only as scrypt hashes (salted, compared in
// constant time), client secrets as SHA-256 digests. The plain values live only in the static
// directory (documented sandbox credentials) and are dropped from memory here.
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { SandboxAccount, SandboxApp } from '../contracts.js';

const SCRYPT_KEY_LENGTH = 32;
// N = 2^12: a real memory-hard hash, cheap enough that nine accounts hash in well under a second
// at every start (the passwords themselves are documented; the hash is hygiene, not secrecy).
const SCRYPT_COST = 4096;

function scryptAsync(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, SCRYPT_KEY_LENGTH, { N: SCRYPT_COST, r: 8, p: 1 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

interface PasswordHash {
  salt: Buffer;
  hash: Buffer;
}

export class CredentialStore {
  private constructor(
    private readonly passwords: Map<string, PasswordHash>,
    private readonly secrets: Map<string, Buffer>,
  ) {}

  static async create(accounts: readonly SandboxAccount[], apps: readonly SandboxApp[]): Promise<CredentialStore> {
    const passwords = new Map<string, PasswordHash>();
    await Promise.all(
      accounts.map(async (a) => {
        const salt = randomBytes(16);
        passwords.set(a.objectId, { salt, hash: await scryptAsync(a.password, salt) });
      }),
    );
    const secrets = new Map<string, Buffer>();
    for (const app of apps) if (app.clientSecret) secrets.set(app.appId, sha256(app.clientSecret));
    return new CredentialStore(passwords, secrets);
  }

  async passwordMatches(objectId: string, password: string): Promise<boolean> {
    const stored = this.passwords.get(objectId);
    if (!stored) return false;
    const candidate = await scryptAsync(password, stored.salt);
    return timingSafeEqual(candidate, stored.hash);
  }

  hasSecret(appId: string): boolean {
    return this.secrets.has(appId);
  }

  secretMatches(appId: string, secret: string): boolean {
    const stored = this.secrets.get(appId);
    return stored !== undefined && timingSafeEqual(sha256(secret), stored);
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
