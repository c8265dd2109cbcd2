// Error responses shaped as Entra ID's token service returns them: an OAuth `error`, an
// `error_description` that starts with `AADSTSnnnnn: ` and ends with the Trace ID / Correlation ID /
// Timestamp lines, and the same facts again as separate fields. Clients (msal, scripts) parse both.
import { randomUUID } from 'node:crypto';

export interface EntraError {
  status: number;
  error: string;
  code: number;
  message: string;
}

export class EntraErrorException extends Error {
  constructor(readonly entra: EntraError) {
    super(`AADSTS${entra.code}: ${entra.message}`);
    this.name = 'EntraErrorException';
  }
}

export function fail(err: EntraError): never;
export function fail(status: number, error: string, code: number, message: string): never;
export function fail(a: EntraError | number, error?: string, code?: number, message?: string): never {
  throw new EntraErrorException(typeof a === 'number' ? { status: a, error: error!, code: code!, message: message! } : a);
}

/** Entra writes timestamps as `2024-05-01 12:34:56Z`. */
export function entraTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** msal sends `client-request-id`; Entra echoes it as the correlation id, else makes one up. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && GUID.test(value) ? value.toLowerCase() : randomUUID();
}

export function entraErrorBody(err: EntraError, correlationId: string, nowMs: number, origin: string): Record<string, unknown> {
  const traceId = randomUUID();
  const timestamp = entraTimestamp(nowMs);
  return {
    error: err.error,
    error_description:
      `AADSTS${err.code}: ${err.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
    error_codes: [err.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `${origin}/error?code=${err.code}`,
  };
}

// The messages Entra words for the cases the sandbox produces (from its published error-code
// reference and observed responses; placeholders filled by the callers).
export const E = {
  tenantNotFound: (t: string): EntraError => ({
    status: 400,
    error: 'invalid_request',
    code: 90002,
    message: `Tenant '${t}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  }),
  missingParameter: (name: string): EntraError => ({
    status: 400,
    error: 'invalid_request',
    code: 900144,
    message: `The request body must contain the following parameter: '${name}'.`,
  }),
  unsupportedGrant: (g: string): EntraError => ({
    status: 400,
    error: 'unsupported_grant_type',
    code: 70003,
    message: `The app requested an unsupported grant type '${g}'.`,
  }),
  appNotFound: (appId: string, tenantName: string): EntraError => ({
    status: 400,
    error: 'unauthorized_client',
    code: 700016,
    message: `Application with identifier '${appId}' was not found in the directory '${tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  }),
  credentialRequired: (): EntraError => ({
    status: 401,
    error: 'invalid_client',
    code: 7000218,
    message: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  }),
  badSecret: (appId: string): EntraError => ({
    status: 401,
    error: 'invalid_client',
    code: 7000215,
    message: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appId}'.`,
  }),
  publicClientSecret: (): EntraError => ({
    status: 401,
    error: 'invalid_client',
    code: 700025,
    message: 'Client is public so neither \'client_assertion\' nor \'client_secret\' should be presented.',
  }),
  assertionMalformed: (): EntraError => ({
    status: 401,
    error: 'invalid_client',
    code: 50027,
    message: 'JWT token is invalid or malformed.',
  }),
  assertionKeyNotFound: (thumbprint: string, appId: string): EntraError => ({
    status: 401,
    error: 'invalid_client',
    code: 700027,
    message: `Client assertion contains an invalid signature. [Reason - The key was not found., Thumbprint of key used by client: '${thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${appId}'.]`,
  }),
  assertionBadSignature: (appId: string): EntraError => ({
    status: 401,
    error: 'invalid_client',
    code: 700027,
    message: `Client assertion failed signature validation. [Reason - The provided signature value did not match the expected signature value., Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${appId}'.]`,
  }),
  assertionAudience: (): EntraError => ({
    status: 401,
    error: 'invalid_client',
    code: 700023,
    message: 'Client assertion audience claim does not match Realm issuer. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .',
  }),
  assertionSubject: (): EntraError => ({
    status: 401,
    error: 'invalid_client',
    code: 700021,
    message: "Client assertion application identifier doesn't match 'client_id' parameter. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .",
  }),
  assertionTime: (now: number, nbf: number | undefined, exp: number | undefined): EntraError => ({
    status: 401,
    error: 'invalid_client',
    code: 700024,
    message: `Client assertion is not within its valid time range. Current time: ${new Date(now).toISOString()}, assertion valid from ${nbf ? new Date(nbf * 1000).toISOString() : 'unspecified'}, expiry time of assertion ${exp ? new Date(exp * 1000).toISOString() : 'unspecified'}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`,
  }),
  assertionType: (): EntraError => ({
    status: 400,
    error: 'invalid_request',
    code: 90014,
    message: "The required field 'client_assertion_type' is missing from the credential. Ensure that you have all the necessary parameters for the login request.",
  }),
  invalidScope: (scope: string): EntraError => ({
    status: 400,
    error: 'invalid_scope',
    code: 70011,
    message: `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
  }),
  clientCredentialScope: (scope: string): EntraError => ({
    status: 400,
    error: 'invalid_scope',
    code: 1002012,
    message: `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
  }),
  resourceNotFound: (resource: string, tenantName: string): EntraError => ({
    status: 400,
    error: 'invalid_resource',
    code: 500011,
    message: `The resource principal named ${resource} was not found in the tenant named ${tenantName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
  }),
  badCredentials: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 50126,
    message: 'Error validating credentials due to invalid username or password.',
  }),
  mfaRequired: (resourceName: string): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 50076,
    message: `Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${resourceName}'.`,
  }),
  userNotInTenant: (upn: string, tenantName: string): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 50020,
    message: `User account '${upn}' from identity provider 'https://sts.windows.net/' does not exist in tenant '${tenantName}' and cannot access the application in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Microsoft Entra user account.`,
  }),
  userNotFound: (upn: string, tenantName: string): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 50034,
    message: `The user account ${upn} does not exist in the ${tenantName} directory. To sign into this application, the account must be added to the directory.`,
  }),
  codeInvalid: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 9002313,
    message: 'Invalid request. Request is malformed or invalid.',
  }),
  codeRedeemed: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 54005,
    message: 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
  }),
  codeExpired: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 70008,
    message: 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
  }),
  pkceMismatch: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 501481,
    message: 'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
  }),
  redirectMismatch: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 50148,
    message: "The redirect_uri doesn't match the one used in the authorization request.",
  }),
  clientMismatch: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 70000,
    message: 'Provided grant is invalid or malformed. The grant was issued to a different client.',
  }),
  refreshTokenInvalid: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 9002313,
    message: 'Invalid request. Request is malformed or invalid.',
  }),
  refreshTokenRotated: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 70000,
    message: 'Provided grant is invalid or malformed. The refresh token has already been redeemed and was replaced by a newer one.',
  }),
  grantRevoked: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 50173,
    message: 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.',
  }),
  authorizationPending: (): EntraError => ({
    status: 400,
    error: 'authorization_pending',
    code: 70016,
    message: 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.',
  }),
  slowDown: (): EntraError => ({
    status: 400,
    error: 'slow_down',
    code: 70017,
    message: 'The client polled the token endpoint faster than the interval returned by the device authorization endpoint. Wait the polling interval between requests.',
  }),
  deviceCodeExpired: (): EntraError => ({
    status: 400,
    error: 'expired_token',
    code: 70020,
    message: 'The provided value for the input parameter \'device_code\' is not valid. Device codes expire; start a new device code flow.',
  }),
  deviceCodeDeclined: (): EntraError => ({
    status: 400,
    error: 'authorization_declined',
    code: 70018,
    message: 'The end user declined the authorization request.',
  }),
  deviceCodeInvalid: (): EntraError => ({
    status: 400,
    error: 'invalid_grant',
    code: 70019,
    message: 'The provided value for the input parameter \'device_code\' is not valid.',
  }),
  redirectUriNotRegistered: (uri: string, appId: string): EntraError => ({
    status: 400,
    error: 'invalid_request',
    code: 50011,
    message: `The redirect URI '${uri}' specified in the request does not match the redirect URIs configured for the application '${appId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`,
  }),
  pkceRequired: (): EntraError => ({
    status: 400,
    error: 'invalid_request',
    code: 9002325,
    message: 'Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
  }),
  unsupportedResponseType: (t: string): EntraError => ({
    status: 400,
    error: 'unsupported_response_type',
    code: 900144,
    message: `The response_type '${t}' is not supported; the sandbox issues authorization codes ('code') only.`,
  }),
  invalidRequest: (message: string): EntraError => ({ status: 400, error: 'invalid_request', code: 900144, message }),
} as const;
