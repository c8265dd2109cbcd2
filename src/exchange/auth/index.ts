// Sign-in for Connect-ExchangeOnline: one entry point, one module per family of methods.
import type { SignInContext, SignInMethod, TokenProvider } from '../contracts.js';
import { providerForAccessToken } from './access-token.js';
import { signInWithCertificate } from './app-only.js';
import { signInDelegated, type DelegatedOptions } from './delegated.js';
import { signInWithManagedIdentity } from './managed-identity.js';

export type { DelegatedOptions as SignInOptions } from './delegated.js';
export { REFRESH_AHEAD_MS } from './refreshing-provider.js';
export { redact } from './sign-in-errors.js';
export * from './certificates.js';

/**
 * Signs in once and returns the provider that keeps the token fresh. Rejects with a terminating
 * RemoteError (category AuthenticationError, Entra's AADSTS text where there is one) when it fails.
 * `options` are for tests and the REPL: an injected clock, the browser timeout.
 */
export async function createTokenProvider(method: SignInMethod, ctx: SignInContext, options: DelegatedOptions = {}): Promise<TokenProvider> {
  switch (method.kind) {
    case 'interactive':
    case 'deviceCode':
    case 'credential':
      return signInDelegated(method, ctx, options);
    case 'certificate':
      return signInWithCertificate(method, ctx, options);
    case 'accessToken':
      return providerForAccessToken(method, ctx, options);
    case 'managedIdentity':
      return signInWithManagedIdentity(method, ctx, options);
  }
}
