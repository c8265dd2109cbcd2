// Where each -ExchangeEnvironmentName points, for Exchange Online and for Security & Compliance.
// The hosts follow ../shared/reference/rest-protocol.md §1.1 and §4.5. Where the record disagrees
// (DoD, 21Vianet) we take the official Admin API base-URL table's REST host, because the v3 module
// speaks REST and that table is the only documented REST host per cloud; the RPS hosts it replaced
// (webmail.apps.mil, partner.outlook.cn) served the retired WinRM endpoint.
import type { ConnectionKind, ExchangeEnvironmentName, ServiceEndpoints } from '../contracts.js';

export const EXCHANGE_ENVIRONMENT_NAMES: readonly ExchangeEnvironmentName[] = ['O365Default', 'O365USGovGCCHigh', 'O365USGovDoD', 'O365China', 'O365GermanyCloud'];

interface Cloud {
  authority: string;
  exchangeHost: string;
  complianceHost: string;
}

const CLOUDS: Record<ExchangeEnvironmentName, Cloud> = {
  O365Default: {
    authority: 'https://login.microsoftonline.com',
    exchangeHost: 'https://outlook.office365.com',
    complianceHost: 'https://ps.compliance.protection.outlook.com',
  },
  O365USGovGCCHigh: {
    authority: 'https://login.microsoftonline.us',
    exchangeHost: 'https://outlook.office365.us',
    complianceHost: 'https://ps.compliance.protection.office365.us',
  },
  O365USGovDoD: {
    authority: 'https://login.microsoftonline.us',
    exchangeHost: 'https://outlook-dod.office365.us',
    complianceHost: 'https://l5.ps.compliance.protection.office365.us',
  },
  O365China: {
    authority: 'https://login.chinacloudapi.cn',
    exchangeHost: 'https://outlook.office365.cn',
    complianceHost: 'https://ps.compliance.protection.partner.outlook.cn',
  },
  // Office 365 Germany is retired; the module still accepts the value, so we keep its documented hosts.
  O365GermanyCloud: {
    authority: 'https://login.microsoftonline.de',
    exchangeHost: 'https://outlook.office.de',
    complianceHost: 'https://ps.compliance.protection.outlook.de',
  },
};

/** The token audience of each service family; sovereign clouds use their own Exchange host as audience. */
function resourceFor(kind: ConnectionKind, env: ExchangeEnvironmentName): string {
  const cloud = CLOUDS[env];
  if (kind === 'SecurityCompliance') return env === 'O365Default' ? 'https://ps.compliance.protection.outlook.com' : cloud.complianceHost;
  return cloud.exchangeHost;
}

export function environmentEndpoints(kind: ConnectionKind, env: ExchangeEnvironmentName): ServiceEndpoints {
  const cloud = CLOUDS[env];
  return {
    connectionUri: kind === 'SecurityCompliance' ? cloud.complianceHost : cloud.exchangeHost,
    authorityUri: cloud.authority,
    resource: resourceFor(kind, env),
  };
}

/**
 * The sandbox: one base URL serves Entra (authority), Exchange (`/adminapi/...`) and Security &
 * Compliance (`/compliance/adminapi/...`); audiences stay the real ones, as the sandbox checks them.
 */
export function sandboxEndpoints(kind: ConnectionKind, baseUrl: string): ServiceEndpoints {
  const base = baseUrl.replace(/\/+$/, '');
  return kind === 'SecurityCompliance'
    ? { connectionUri: `${base}/compliance`, authorityUri: base, resource: 'https://ps.compliance.protection.outlook.com' }
    : { connectionUri: base, authorityUri: base, resource: 'https://outlook.office365.com' };
}

/**
 * -ConnectionUri / -AzureADAuthorizationEndpointUri as users pass them: the RPS-era forms
 * (`https://outlook.office365.com/powershell-liveid/`, `https://login.microsoftonline.com/organizations`)
 * reduce to the roots the REST client needs. Returns the tenant segment of an authority when one is given.
 */
export function restRootOf(connectionUri: string): string {
  const u = new URL(connectionUri);
  const path = u.pathname.replace(/\/(powershell-liveid|powershell)\/?$/i, '').replace(/\/+$/, '');
  return `${u.origin}${path}`;
}

export function authorityRootOf(authorityUri: string): { root: string; tenant: string | undefined } {
  const u = new URL(authorityUri);
  const segments = u.pathname.split('/').filter(Boolean);
  const tenant = segments.pop();
  return { root: `${u.origin}${segments.length ? '/' + segments.join('/') : ''}`, tenant };
}
