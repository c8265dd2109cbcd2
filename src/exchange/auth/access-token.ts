// -AccessToken: a token the user obtained elsewhere. Its claims are read, not verified (the service
// verifies it); it cannot be renewed, so once it runs out the user must connect again.
import type { SignInContext, SignInMethod, TokenProvider } from '../contracts.js';
import { createRefreshingProvider, type ProviderOptions } from './refreshing-provider.js';
import { signInError } from './sign-in-errors.js';
import { decodeClaims, heldTokenFrom } from './token-claims.js';

export function providerForAccessToken(
  method: Extract<SignInMethod, { kind: 'accessToken' }>,
  ctx: SignInContext,
  options: ProviderOptions = {},
): TokenProvider {
  const now = options.now ?? Date.now;
  const raw = method.accessToken.replace(/^Bearer\s+/i, '').trim();
  const claims = decodeClaims(raw);
  if (!claims) {
    throw signInError('The value of -AccessToken is not a JSON Web Token. Pass the access token issued for Exchange Online (three base64url parts separated by dots).', {
      category: 'InvalidArgument',
      secrets: [raw],
    });
  }
  if (typeof claims.exp !== 'number') {
    throw signInError('The access token has no expiry (exp claim); it is not a token Exchange Online accepts.', { category: 'InvalidArgument', secrets: [raw] });
  }
  const held = heldTokenFrom(raw, now(), ctx.tenant ? { tenantId: ctx.tenant } : {});
  const expiredText = () =>
    `The access token passed with -AccessToken expired at ${held.token.expiresOn.toISOString()} and cannot be renewed. Run Connect-ExchangeOnline again with a new token.`;
  if (now() >= held.token.expiresOn.getTime()) throw signInError(expiredText());
  return createRefreshingProvider(
    'accessToken',
    held,
    {
      kind: 'fixed',
      expired: expiredText,
      refused: () => 'Exchange Online did not accept the access token passed with -AccessToken, and such a token cannot be renewed. Run Connect-ExchangeOnline again with a new token.',
    },
    options,
  );
}
