// App-only sign-in with a certificate (-AppId + -Certificate*/-Organization): msal's confidential
// client signs a client assertion (x5t#S256 header, x5c chain) and runs the client-credentials
// grant. Renewal is simply the same grant again.
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { SignInContext, SignInMethod, TokenProvider } from '../contracts.js';
import { defaultScope, msalConfiguration } from './msal-config.js';
import { createMsalNetworkClient, createObservations } from './network-client.js';
import { createRefreshingProvider, type ProviderOptions } from './refreshing-provider.js';
import { signInError, toSignInError } from './sign-in-errors.js';
import { heldTokenFrom, type HeldToken } from './token-claims.js';
import { untilAborted } from './until-aborted.js';

export async function signInWithCertificate(
  method: Extract<SignInMethod, { kind: 'certificate' }>,
  ctx: SignInContext,
  options: ProviderOptions = {},
): Promise<TokenProvider> {
  const now = options.now ?? Date.now;
  if (!ctx.tenant || /^(organizations|common|consumers)$/i.test(ctx.tenant)) {
    throw signInError(
      'An app-only connection needs the organization: pass -Organization with the tenant\'s initial domain (for example contoso.onmicrosoft.com).',
      { category: 'InvalidArgument' },
    );
  }
  const tenant = ctx.tenant;
  const secrets = [method.certificate.privateKeyPem];
  const observations = createObservations();
  const base = msalConfiguration(ctx.endpoints, tenant, createMsalNetworkClient(ctx.transport, observations));
  const cca = new ConfidentialClientApplication({
    ...base,
    auth: {
      ...base.auth,
      clientId: method.appId,
      clientCertificate: {
        thumbprintSha256: method.certificate.thumbprintSha256,
        privateKey: method.certificate.privateKeyPem,
        x5c: method.certificate.certificatePem,
      },
    },
  });
  const scopes = [defaultScope(ctx.endpoints)];

  const acquire = async (): Promise<HeldToken> => {
    observations.reset();
    try {
      const result = await cca.acquireTokenByClientCredential({ scopes, skipCache: true });
      if (!result?.accessToken) throw signInError('The sign-in service returned no access token.');
      return heldTokenFrom(result.accessToken, now(), { ...(result.expiresOn ? { expiresOn: result.expiresOn } : {}), tenantId: result.tenantId, appId: method.appId });
    } catch (err) {
      throw toSignInError(err, secrets, observations);
    }
  };

  const first = await untilAborted(acquire(), ctx.signal);
  return createRefreshingProvider('certificate', first, { kind: 'renewable', renew: acquire }, options);
}
