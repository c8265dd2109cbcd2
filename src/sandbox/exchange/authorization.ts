// Who may do what: every request's bearer token is verified, the target tenant must be the
// caller's own or one it manages as a partner (-DelegatedOrganization), and the caller's Exchange
// role groups decide which cmdlets exist for it (Organization Management: all; View-Only
// Organization Management: Get-* only; app-only tokens also need the Exchange.ManageAsApp role).
import type { IncomingMessage } from 'node:http';
import {
  EXCHANGE_MANAGE_AS_APP_ROLE,
  TokenRejectedError,
  type Caller,
  type ExchangeRoleGroup,
  type ExchangeStore,
  type ProtectedResource,
  type TenantStore,
  type TokenVerifier,
} from '../contracts.js';
import { ACCOUNTS, APPS } from '../directory.js';
import { MANAGED_IDENTITIES } from '../identity/index.js';
import { errors } from './service-error.js';

export type Capability = 'all' | 'read' | 'none';

export interface Authorized {
  caller: Caller;
  tenant: TenantStore;
  /** UPN or app id, for the request log. */
  callerName: string;
  capability: Capability;
  /** App token without Exchange.ManageAsApp: every cmdlet is refused with the service's 401. */
  appWithoutRole: boolean;
}

export async function authenticate(verifier: TokenVerifier, req: IncomingMessage, resource: ProtectedResource = 'exchange'): Promise<Caller> {
  try {
    return await verifier.verify(req.headers.authorization, resource);
  } catch (e) {
    if (e instanceof TokenRejectedError) throw errors.tokenRejected(e.message, e.wwwAuthenticate);
    throw e;
  }
}

export function authorizeTenant(store: ExchangeStore, caller: Caller, tenantSegment: string): Authorized {
  const tenant = store.tenant(tenantSegment);
  if (!tenant) throw errors.unknownTenant(tenantSegment);
  const t = tenant.tenant;
  if (caller.tenantId !== t.id && !t.managedBy.includes(caller.tenantId)) throw errors.tenantNotAllowed(t.initialDomain);
  const roleGroups = roleGroupsOf(caller);
  return {
    caller,
    tenant,
    callerName: caller.kind === 'user' ? (caller.upn ?? caller.objectId) : caller.appId,
    capability: capabilityOf(roleGroups),
    appWithoutRole: caller.kind === 'app' && !caller.roles.includes(EXCHANGE_MANAGE_AS_APP_ROLE),
  };
}

function roleGroupsOf(caller: Caller): readonly ExchangeRoleGroup[] {
  if (caller.kind === 'app') {
    const id = caller.appId.toLowerCase();
    return (
      APPS.find((a) => a.appId === id && a.tenantId === caller.tenantId)?.roleGroups ??
      MANAGED_IDENTITIES.find((m) => m.clientId === id && m.tenantId === caller.tenantId)?.roleGroups ??
      []
    );
  }
  const upn = caller.upn?.toLowerCase();
  const account = ACCOUNTS.find(
    (a) => a.tenantId === caller.tenantId && (a.objectId === caller.objectId || (upn !== undefined && a.upn.toLowerCase() === upn)),
  );
  return account?.roleGroups ?? [];
}

function capabilityOf(groups: readonly ExchangeRoleGroup[]): Capability {
  if (groups.includes('Organization Management')) return 'all';
  if (groups.includes('View-Only Organization Management')) return 'read';
  return 'none';
}

export function isReadOnlyCmdlet(name: string): boolean {
  return /^get-/i.test(name);
}

/** Throws the service's refusal when the caller may not run `cmdlet` in this tenant. */
export function checkCmdlet(auth: Authorized, cmdlet: string): void {
  if (auth.appWithoutRole) throw errors.appNotAllowed(cmdlet);
  if (!mayRun(auth.capability, cmdlet)) throw errors.roleDenied(cmdlet);
}

export function mayRun(capability: Capability, cmdlet: string): boolean {
  return capability === 'all' || (capability === 'read' && isReadOnlyCmdlet(cmdlet));
}
