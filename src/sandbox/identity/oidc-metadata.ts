// OpenID Connect discovery documents as Entra serves them (v2.0), built on the origin the client used.
import type { TenantSegment } from './principals.js';

export function openIdConfiguration(origin: string, seg: TenantSegment): Record<string, unknown> {
  // A tenant's endpoints carry its id (even when asked by domain); common/organizations keep their
  // own segment and an issuer template, exactly as Entra's multi-tenant documents do.
  const path = seg.kind === 'tenant' ? seg.tenant.id : seg.segment;
  const issuerTenant = seg.kind === 'tenant' ? seg.tenant.id : '{tenantid}';
  const base = `${origin}/${path}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${origin}/${issuerTenant}/v2.0`,
    request_uri_parameter_supported: false,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
    grant_types_supported: [
      'authorization_code',
      'refresh_token',
      'client_credentials',
      'password',
      'urn:ietf:params:oauth:grant-type:device_code',
    ],
    code_challenge_methods_supported: ['S256', 'plain'],
    tenant_region_scope: 'WW',
    cloud_instance_name: 'sandbox.exosh',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}
