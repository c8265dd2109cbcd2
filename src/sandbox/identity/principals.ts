// Who can sign in: the fixed directory (tenants, accounts, app registrations) plus the managed
// identities the sandbox adds per tenant, and how a `{tenant}` path segment resolves to a tenant.
import {
  EXCHANGE_MANAGE_AS_APP_ROLE,
  EXO_MODULE_CLIENT_ID,
  type ExchangeRoleGroup,
  type SandboxAccount,
  type SandboxApp,
  type SandboxTenant,
} from '../contracts.js';
import { ACCOUNTS, APPS, TENANTS } from '../directory.js';
import { E, fail } from './entra-errors.js';

/** `organizations` and `common` are what msal-node uses when no tenant is configured. */
export type TenantSegment =
  | { kind: 'tenant'; tenant: SandboxTenant; segment: string }
  | { kind: 'multi'; segment: 'common' | 'organizations' };

export function resolveTenantSegment(segment: string): TenantSegment {
  const s = segment.toLowerCase();
  if (s === 'common' || s === 'organizations') return { kind: 'multi', segment: s };
  const tenant = TENANTS.find((t) => t.id === s || t.domains.includes(s));
  if (!tenant) fail(E.tenantNotFound(segment));
  return { kind: 'tenant', tenant, segment };
}

export function tenantById(id: string): SandboxTenant | undefined {
  return TENANTS.find((t) => t.id === id);
}

export function tenantLabel(seg: TenantSegment): string {
  return seg.kind === 'tenant' ? seg.tenant.displayName : seg.segment;
}

export function findAccountByUpn(upn: string): SandboxAccount | undefined {
  const k = upn.trim().toLowerCase();
  return ACCOUNTS.find((a) => a.upn.toLowerCase() === k);
}

export function findAccountByOid(oid: string): SandboxAccount | undefined {
  return ACCOUNTS.find((a) => a.objectId === oid);
}

/** The public client the ExchangeOnlineManagement module (and exosh) signs in with. */
export const PUBLIC_CLIENTS: ReadonlyMap<string, string> = new Map([[EXO_MODULE_CLIENT_ID, 'Microsoft Exchange REST API Based Powershell']]);

export type ClientApp =
  | { kind: 'public'; appId: string; displayName: string }
  | { kind: 'confidential'; app: SandboxApp };

/**
 * A client id as seen from a tenant. The public client is multi-tenant (registered everywhere);
 * an app registration exists only in its own tenant (single-tenant apps).
 */
export function findClient(clientId: string, tenant: SandboxTenant | undefined): ClientApp | undefined {
  const id = clientId.toLowerCase();
  const publicName = PUBLIC_CLIENTS.get(id);
  if (publicName) return { kind: 'public', appId: id, displayName: publicName };
  const app = APPS.find((a) => a.appId === id && (!tenant || a.tenantId === tenant.id));
  return app ? { kind: 'confidential', app } : undefined;
}

export interface ManagedIdentity {
  tenantId: string;
  kind: 'system' | 'user';
  /** Client (application) id: what `ManagedIdentityApplication({ managedIdentityIdParams: { userAssignedClientId } })` names. */
  clientId: string;
  /** Object (principal) id: the `oid` of its tokens. */
  objectId: string;
  /** ARM resource id (`mi_res_id`). */
  resourceId: string;
  displayName: string;
  roles: string[];
  /** Exchange role groups assigned to its service principal (as `New-ServicePrincipal` + `Add-RoleGroupMember` do). */
  roleGroups: ExchangeRoleGroup[];
}

function managedIdentitiesOf(t: SandboxTenant, n: number): ManagedIdentity[] {
  const tail = t.id.slice(-12);
  const rg = `/subscriptions/${t.id}/resourcegroups/sandbox`;
  return [
    {
      tenantId: t.id,
      kind: 'system',
      clientId: `${(0x3c000000 + n).toString(16)}-5a5a-4d1e-9f00-${tail}`,
      objectId: `${(0x3d000000 + n).toString(16)}-5a5a-4d1e-9f00-${tail}`,
      resourceId: `${rg}/providers/Microsoft.Web/sites/${t.key}-automation`,
      displayName: `${t.key}-automation`,
      roles: [EXCHANGE_MANAGE_AS_APP_ROLE],
      roleGroups: ['Organization Management'],
    },
    {
      tenantId: t.id,
      kind: 'user',
      clientId: `${(0x3e000000 + n).toString(16)}-5a5a-4d1e-9f00-${tail}`,
      objectId: `${(0x3f000000 + n).toString(16)}-5a5a-4d1e-9f00-${tail}`,
      resourceId: `${rg}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${t.key}-exchange-runbooks`,
      displayName: `${t.key}-exchange-runbooks`,
      roles: [EXCHANGE_MANAGE_AS_APP_ROLE],
      roleGroups: ['Organization Management'],
    },
  ];
}

export const MANAGED_IDENTITIES: readonly ManagedIdentity[] = TENANTS.flatMap((t, n) => managedIdentitiesOf(t, n));
