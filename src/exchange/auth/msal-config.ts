// The msal-node configuration every sign-in shares: the authority named by the endpoints (the
// sandbox's base URL or login.microsoftonline.com) listed in knownAuthorities so msal reads its
// discovery document directly instead of asking the public cloud's instance discovery, our network
// client, an in-memory cache only (no cache plugin, so nothing is written to disk), and msal's
// logger silenced: its messages may name accounts and we never print them.
import { LogLevel, type Configuration, type INetworkModule } from '@azure/msal-node';
import type { ServiceEndpoints } from '../contracts.js';

export function authorityUrl(endpoints: ServiceEndpoints, tenant: string): string {
  return `${endpoints.authorityUri.replace(/\/+$/, '')}/${encodeURIComponent(tenant)}`;
}

/** `<resource>/.default`: what the module asks for, delegated and app-only alike. */
export function defaultScope(endpoints: ServiceEndpoints): string {
  return `${endpoints.resource.replace(/\/+$/, '')}/.default`;
}

export function msalConfiguration(endpoints: ServiceEndpoints, tenant: string, networkClient: INetworkModule): Configuration {
  return {
    auth: {
      clientId: '',
      authority: authorityUrl(endpoints, tenant),
      knownAuthorities: [new URL(endpoints.authorityUri).host],
    },
    system: {
      networkClient,
      loggerOptions: { loggerCallback: () => undefined, piiLoggingEnabled: false, logLevel: LogLevel.Error },
    },
  };
}
