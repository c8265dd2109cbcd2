// The token-signing key. Kept in the data folder (0600) so tokens issued before a restart still
// verify afterwards, exactly as a real tenant's tokens outlive a service restart.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';
import { generateRsaKeyPair } from '../tls/certificates.js';
import { PRIVATE_FILE_MODE, readAllOrNone, writeFileAtomic } from '../tls/files.js';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  kid: string;
  /** Public JWK as published in the JWKS document. */
  jwk: JWK;
}

export async function loadOrCreateSigningKey(dataDir: string | undefined): Promise<SigningKey> {
  const path = dataDir ? join(dataDir, 'identity', 'token-signing.key') : undefined;
  let pem = path ? readAllOrNone([path])?.[0] : undefined;
  if (!pem) {
    pem = (await generateRsaKeyPair()).privateKeyPem;
    if (path) writeFileAtomic(path, pem, PRIVATE_FILE_MODE);
  }
  const privateKey = createPrivateKey(pem);
  const publicKey = createPublicKey(privateKey);
  const exported = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(exported, 'sha256');
  // Entra publishes kid and x5t with the same value; clients may match on either.
  const jwk: JWK = { kty: 'RSA', use: 'sig', kid, x5t: kid, n: exported.n, e: exported.e, alg: 'RS256' };
  return { privateKey, publicKey, kid, jwk };
}
