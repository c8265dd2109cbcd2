// Which way Connect-ExchangeOnline signs in, from the parameters given, as the module decides it:
// an access token, a managed identity, an app with a certificate, a credential, the device code,
// or the browser. -Sandbox without any of those signs in as the tenant's admin with the documented
// sandbox password (ROPC), so `Connect-ExchangeOnline -Sandbox contoso` needs nothing else.
import type { CommandContext } from '../../runtime/command.js';
import { isCredential, secureStringText } from '../../runtime/credentials.js';
import { toStringValue } from '../../runtime/conversions.js';
import type { ClientCertificate, SignInMethod } from '../contracts.js';
import type { ExchangeConfig } from './services.js';
import { ConnectError } from './connect-error.js';

/** docs/sandbox.md: every sandbox account's password (a documented training password, not a secret). */
export const SANDBOX_ADMIN_PASSWORD = 'Sandbox-Pa55!';

export type CertificateSource =
  | { kind: 'file'; path: string; password?: string }
  | { kind: 'object'; value: unknown }
  | { kind: 'thumbprint'; thumbprint: string };

export interface SignInChoice {
  /** Builds the method; certificate loading may read files, the inline credential asks the user. */
  method(): Promise<SignInMethod>;
  /** Get-ConnectionInformation's CertificateAuthentication. */
  certificate: boolean;
  appOnly: boolean;
}

function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = toStringValue(v);
  return s === '' ? undefined : s;
}

export function chooseSignIn(
  ctx: CommandContext,
  config: ExchangeConfig,
  sandboxTenant: string | undefined,
  loadCertificate: (source: CertificateSource) => Promise<ClientCertificate>,
): SignInChoice {
  const p = ctx.params;
  const upn = text(p.UserPrincipalName);
  const appId = text(p.AppId);
  const organization = text(p.Organization);
  const accessToken = text(p.AccessToken);

  if (accessToken !== undefined) {
    return { certificate: false, appOnly: false, method: async () => ({ kind: 'accessToken', accessToken }) };
  }
  if (p.ManagedIdentity === true) {
    if (!organization) throw new ConnectError('The Organization parameter is required when you connect with -ManagedIdentity (for example -Organization contoso.onmicrosoft.com).', 'InvalidArgument');
    const clientId = text(p.ManagedIdentityAccountId);
    return { certificate: false, appOnly: true, method: async () => ({ kind: 'managedIdentity', ...(clientId ? { clientId } : {}) }) };
  }
  const certificateSource = certificateSourceOf(p);
  if (certificateSource || appId) {
    if (!appId) throw new ConnectError('The AppId parameter is required when you connect with a certificate.', 'InvalidArgument');
    if (!certificateSource) throw new ConnectError('Connecting with -AppId needs a certificate: give -CertificateFilePath, -Certificate or -CertificateThumbprint.', 'InvalidArgument');
    if (!organization) throw new ConnectError('The Organization parameter is required when you connect with a certificate (for example -Organization contoso.onmicrosoft.com).', 'InvalidArgument');
    return {
      certificate: true,
      appOnly: true,
      method: async () => ({ kind: 'certificate', appId, certificate: await loadCertificate(certificateSource) }),
    };
  }
  if (p.Credential !== undefined && p.Credential !== null) {
    const cred = p.Credential;
    if (!isCredential(cred)) throw new ConnectError('The Credential parameter needs a PSCredential (Get-Credential, or [pscredential]::new($user, $securePassword)).', 'InvalidArgument');
    const userName = toStringValue(cred.get('UserName'));
    const password = secureStringText(cred.get('Password')) ?? '';
    return { certificate: false, appOnly: false, method: async () => ({ kind: 'credential', userName, password }) };
  }
  if (p.InlineCredential === true) {
    return {
      certificate: false,
      appOnly: false,
      method: async () => {
        const userName = upn ?? (await ctx.session.host.readLine('User name: '));
        const password = await ctx.session.host.readLine('Password: ', { secret: true });
        return { kind: 'credential', userName, password };
      },
    };
  }
  if (p.Device === true) {
    return {
      certificate: false,
      appOnly: false,
      method: async () => ({ kind: 'deviceCode', ...(upn ? { loginHint: upn } : {}), showMessage: (m) => ctx.writeHost(m, { foregroundColor: 'Yellow' }) }),
    };
  }
  if (sandboxTenant !== undefined && !upn) {
    const userName = `admin@${sandboxTenant}.onmicrosoft.com`;
    return { certificate: false, appOnly: false, method: async () => ({ kind: 'credential', userName, password: SANDBOX_ADMIN_PASSWORD }) };
  }
  return {
    certificate: false,
    appOnly: false,
    method: async () => ({
      kind: 'interactive',
      ...(upn ? { loginHint: upn } : {}),
      // When no browser opens, sign-in fails with advice to use -Device (auth/ words it).
      openBrowser: (url: string) => config.openBrowser(url),
    }),
  };
}

function certificateSourceOf(p: Readonly<Record<string, unknown>>): CertificateSource | undefined {
  const path = text(p.CertificateFilePath);
  if (path !== undefined) {
    const password = p.CertificatePassword === undefined || p.CertificatePassword === null ? undefined : (secureStringText(p.CertificatePassword) ?? toStringValue(p.CertificatePassword));
    return { kind: 'file', path, ...(password !== undefined ? { password } : {}) };
  }
  if (p.Certificate !== undefined && p.Certificate !== null) return { kind: 'object', value: p.Certificate };
  const thumbprint = text(p.CertificateThumbprint);
  if (thumbprint !== undefined) return { kind: 'thumbprint', thumbprint };
  return undefined;
}
