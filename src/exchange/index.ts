// The Exchange room's entry point for the composition root (cli.ts): the local Exchange cmdlets —
// Connect-ExchangeOnline, Connect-IPPSSession, Disconnect-ExchangeOnline, Get-ConnectionInformation,
// Invoke-Tenant — wired to sign-in (auth/), the REST invoker (rest/), the proxies (proxy/) and the
// service objects and views (values/). Those rooms load on the first connect, not here.
import type { CommandDefinition, SessionServices } from '../runtime/command.js';
import { connectionRegistry } from './connection/registry.js';
import { notConnectedHint } from './connection/not-connected-hint.js';
import { connectExchangeOnlineCommand, connectIppsSessionCommand } from './connection/connect-exchange-online.js';
import { disconnectExchangeOnlineCommand } from './connection/disconnect-exchange-online.js';
import { getConnectionInformationCommand } from './connection/get-connection-information.js';
import { invokeTenantCommand } from './connection/invoke-tenant.js';
import type { ExchangeConfig, ExchangeServices, SandboxEndpoint } from './connection/services.js';
import { openSystemBrowser } from './connection/system-browser.js';
import { getPipelinePlanCommand } from './filter-left/get-pipeline-plan.js';

export type { SandboxEndpoint } from './connection/services.js';

export interface InstallExchangeOptions {
  /** `exosh --sandbox` / `--sandbox-url URL --ca-file FILE`: what -Sandbox <tenant> connects to (its CA is trusted). */
  sandbox?: SandboxEndpoint;
  /** A CA to trust without a sandbox (--ca-file alone). */
  extraCaPem?: string;
  /** $env as the Session sees it (-ManagedIdentity reads IDENTITY_ENDPOINT / IDENTITY_HEADER). */
  env: Record<string, string | undefined>;
  /** Replaces the system browser (tests, the REPL). */
  openBrowser?: (url: string) => Promise<boolean>;
  /** Replaces any of the rooms (tests). */
  services?: Partial<ExchangeServices>;
}

/** At shell exit: drops every connection's tokens and closes the HTTPS agents, so the process can end. */
export function closeExchangeConnections(session: Pick<SessionServices, 'sessionState'>): Promise<void> {
  return connectionRegistry(session).closeAll();
}

/**
 * For the engine's command-not-found path: a sentence to add when `name` is an Exchange cmdlet the
 * session cannot run for want of a connection (or because its connections are all prefixed).
 */
export function exchangeCommandNotFoundHint(session: Pick<SessionServices, 'sessionState'>, name: string): string | undefined {
  return notConnectedHint(name, connectionRegistry(session));
}

/** One live connection as the REPL's prompt badge shows it. */
export interface ConnectionSummary {
  /** Short tenant name (`contoso`). */
  tenant: string;
  /** -Prefix, '' when none. */
  prefix: string;
  kind: 'ExchangeOnline' | 'SecurityCompliance';
  tokenStatus: 'Active' | 'Expiring' | 'Expired' | 'RefreshFailed';
  /** When the current token expires (undefined before the first token). */
  expiresOn: Date | undefined;
}

/** The Session's open connections, oldest first (the REPL's prompt badges). */
export function connectionSummaries(session: Pick<SessionServices, 'sessionState'>): ConnectionSummary[] {
  return connectionRegistry(session)
    .list()
    .filter((c) => c.open)
    .map((c) => ({ tenant: c.tenantLabel, prefix: c.prefix, kind: c.kind, tokenStatus: c.target.tokens.status, expiresOn: c.target.tokens.current?.expiresOn }));
}

export { startSandboxProcess, userDataFolder, SandboxStartError } from './connection/sandbox-process.js';

/** The local Exchange cmdlets for a Session. */
export function installExchange(options: InstallExchangeOptions): CommandDefinition[] {
  let services: Promise<ExchangeServices> | undefined;
  const config: ExchangeConfig = {
    loadServices: () =>
      (services ??= import('./connection/default-services.js').then((m) => ({ ...m.defaultExchangeServices, ...options.services }))),
    ...(options.sandbox ? { sandbox: options.sandbox } : {}),
    ...(options.extraCaPem ? { extraCaPem: options.extraCaPem } : {}),
    env: options.env,
    openBrowser: options.openBrowser ?? ((url) => openSystemBrowser(url)),
  };
  return [
    connectExchangeOnlineCommand(config),
    connectIppsSessionCommand(config),
    disconnectExchangeOnlineCommand(),
    getConnectionInformationCommand(),
    invokeTenantCommand(config),
    getPipelinePlanCommand(),
  ];
}
