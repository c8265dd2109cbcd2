// The short tenant name a connection goes by (`contoso`): Invoke-Tenant's Tenant property, the
// progress line, -Connection's matching. Taken from the most specific name the user gave, else the
// signed-in account's domain, else the tenant id.

function labelOfDomain(domain: string): string {
  const d = domain.toLowerCase();
  const m = /^([^.]+)\.onmicrosoft\.(com|us|de|cn)$/.exec(d) ?? /^([^.]+)\./.exec(d);
  return m ? m[1]! : d;
}

export function tenantLabelOf(names: { delegated: string; organization: string; sandboxTenant: string | undefined; upn: string; tenantId: string }): string {
  if (names.delegated) return labelOfDomain(names.delegated);
  if (names.organization) return labelOfDomain(names.organization);
  if (names.sandboxTenant) return names.sandboxTenant;
  const at = names.upn.lastIndexOf('@');
  if (at >= 0) return labelOfDomain(names.upn.slice(at + 1));
  return names.tenantId;
}
