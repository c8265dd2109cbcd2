// Connect-IPPSSession against the sandbox: Security & Compliance PowerShell under <base>/compliance,
// with its own token audience (https://ps.compliance.protection.outlook.com), its own cmdlets and
// seeded policies and labels. Exchange tokens are refused there, and compliance tokens at Exchange.
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPLIANCE_RESOURCE, EXO_MODULE_CLIENT_ID } from '../../../src/sandbox/contracts.js';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';

let sandbox: RunningSandbox;
let agent: Agent;
const ADMIN = 'admin@contoso.onmicrosoft.com';
const TENANT = 'contoso.onmicrosoft.com';

beforeAll(async () => {
  sandbox = await startSandbox({ mailboxes: 3, quiet: true });
  agent = new Agent({ connect: { ca: sandbox.caCertPem } });
}, 120_000);
afterAll(async () => {
  await agent?.close();
  await sandbox?.close();
});

type Json = Record<string, unknown> & { value: Array<Record<string, unknown>> };

async function invoke(token: string, cmdlet: string, parameters: Record<string, unknown> = {}, service = '/compliance/adminapi') {
  const res = await request(`${sandbox.url}${service}/beta/${TENANT}/InvokeCommand`, {
    method: 'POST',
    dispatcher: agent,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: parameters } }),
  });
  return { status: res.statusCode, headers: res.headers, body: (await res.body.json()) as Json };
}

async function tokenFromEndpoint(form: Record<string, string>): Promise<string> {
  const res = await request(`${sandbox.url}/${TENANT}/oauth2/v2.0/token`, {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  const body = (await res.body.json()) as { access_token?: string };
  expect(res.statusCode, JSON.stringify(body)).toBe(200);
  return body.access_token!;
}

const audienceOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { aud: string }).aud;

describe('Security & Compliance endpoint', () => {
  it('lists the tenant\'s retention policies, labels and DLP policies for a compliance token', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: ADMIN }, { audience: COMPLIANCE_RESOURCE });
    const retention = await invoke(token, 'Get-RetentionCompliancePolicy');
    expect(retention.status).toBe(200);
    expect(retention.body.value.map((p) => p['Name'])).toEqual([
      'Default Exchange Retention - 7 years',
      'SharePoint and OneDrive - 5 years',
      'Teams chats - 1 year',
      'Legal hold - Litigation 2025',
    ]);
    expect(retention.body.value[0]).toMatchObject({ Enabled: true, Mode: 'Enforce', ExchangeLocation: ['All'], DistributionStatus: 'Success' });
    const labels = await invoke(token, 'Get-Label', { Identity: 'highly confidential' });
    expect(labels.body.value).toHaveLength(1);
    expect(labels.body.value[0]).toMatchObject({ Name: 'Highly Confidential', Priority: 4, EncryptionEnabled: true });
    const dlp = await invoke(token, 'Get-DlpCompliancePolicy');
    expect(dlp.body.value.map((p) => [p['Name'], p['Mode']])).toEqual([
      ['U.S. Financial Data', 'Enable'],
      ['GDPR - EU Personal Data', 'TestWithNotifications'],
      ['Credit card numbers in Teams', 'Disable'],
    ]);
    expect((await invoke(token, 'Get-RetentionCompliancePolicy', { TeamsPolicyOnly: true })).body.value.map((p) => p['Name'])).toEqual(['Teams chats - 1 year']);
  });

  it('gives every tenant its own objects, stable across starts', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: 'admin@fabrikam.onmicrosoft.com' }, { audience: COMPLIANCE_RESOURCE });
    const res = await request(`${sandbox.url}/compliance/adminapi/beta/fabrikam.onmicrosoft.com/InvokeCommand`, {
      method: 'POST',
      dispatcher: agent,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-Label', Parameters: { Identity: 'Public' } } }),
    });
    const fabrikamLabel = ((await res.body.json()) as Json).value[0]!;
    const { token: contosoToken } = await sandbox.identity.mintAccessToken({ upn: ADMIN }, { audience: COMPLIANCE_RESOURCE });
    const contosoLabel = (await invoke(contosoToken, 'Get-Label', { Identity: 'Public' })).body.value[0]!;
    expect(fabrikamLabel['Guid']).not.toBe(contosoLabel['Guid']);
    expect(contosoLabel['Guid']).toBe(contosoLabel['ImmutableId']);
    expect(String(contosoLabel['Guid'])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('answers an unknown identity, an unknown parameter and an Exchange cmdlet as the service does', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: ADMIN }, { audience: COMPLIANCE_RESOURCE });
    const missing = await invoke(token, 'Get-DlpCompliancePolicy', { Identity: 'No such policy' });
    expect(missing.status).toBe(404);
    expect(JSON.stringify(missing.body)).toContain("The operation couldn't be performed because object 'No such policy' couldn't be found");
    expect((await invoke(token, 'Get-Label', { Colour: 'red' })).status).toBe(400);
    const mailbox = await invoke(token, 'Get-Mailbox');
    expect(mailbox.status).toBe(400);
  });

  it('refuses Exchange tokens, and Exchange refuses compliance tokens', async () => {
    const { token: exchange } = await sandbox.identity.mintAccessToken({ upn: ADMIN });
    const refused = await invoke(exchange, 'Get-Label');
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.body)).toContain("is not Security & Compliance PowerShell");
    const { token: compliance } = await sandbox.identity.mintAccessToken({ upn: ADMIN }, { audience: COMPLIANCE_RESOURCE });
    const atExchange = await invoke(compliance, 'Get-AcceptedDomain', {}, '/adminapi');
    expect(atExchange.status).toBe(401);
    expect(JSON.stringify(atExchange.body)).toContain('is not Exchange Online');
  });

  it('exports only the compliance cmdlets from its EXOModuleFile, and has a banner', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: ADMIN }, { audience: COMPLIANCE_RESOURCE });
    const res = await request(`${sandbox.url}/compliance/adminapi/v1.0/${TENANT}/EXOModuleFile?Version=3.9.0`, {
      dispatcher: agent,
      headers: { authorization: `Bearer ${token}`, CommandName: '*' },
    });
    const file = ((await res.body.json()) as Json).value[0]!;
    expect(file['exportedCmdlets']).toBe('Get-DlpCompliancePolicy,Get-Label,Get-RetentionCompliancePolicy');
    expect((file['cmdletMetadata'] as Array<{ name: string }>).map((c) => c.name)).toEqual(['Get-DlpCompliancePolicy', 'Get-Label', 'Get-RetentionCompliancePolicy']);
    const banner = await request(`${sandbox.url}/compliance/adminapi/beta/${TENANT}/EXOBanner('AutogenSession')?Version=3.9.0`, {
      dispatcher: agent,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(banner.statusCode).toBe(200);
    expect(((await banner.body.json()) as { value: string }).value).toContain('Security & Compliance');
  });

  it('issues compliance tokens to users, apps and managed identities for the .default scope or resource', async () => {
    const scope = `${COMPLIANCE_RESOURCE}/.default`;
    const user = await tokenFromEndpoint({ grant_type: 'password', client_id: EXO_MODULE_CLIENT_ID, scope, username: ADMIN, password: 'Sandbox-Pa55!' });
    expect(audienceOf(user)).toBe(COMPLIANCE_RESOURCE);
    expect((await invoke(user, 'Get-Label')).status).toBe(200);
    const app = sandbox.apps.find((a) => a.tenantKey === 'contoso' && a.clientSecret)!;
    const appToken = await tokenFromEndpoint({ grant_type: 'client_credentials', client_id: app.appId, client_secret: app.clientSecret!, scope });
    expect(audienceOf(appToken)).toBe(COMPLIANCE_RESOURCE);
    expect((await invoke(appToken, 'Get-RetentionCompliancePolicy')).status).toBe(200);
    const env = sandbox.managedIdentityEnvironment(sandbox.tenants.find((t) => t.key === 'contoso')!.id);
    const mi = await request(`${env.IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=${encodeURIComponent(COMPLIANCE_RESOURCE)}`, {
      dispatcher: agent,
      headers: { 'X-IDENTITY-HEADER': env.IDENTITY_HEADER },
    });
    expect(mi.statusCode).toBe(200);
    const miToken = ((await mi.body.json()) as { access_token: string }).access_token;
    expect(audienceOf(miToken)).toBe(COMPLIANCE_RESOURCE);
    expect((await invoke(miToken, 'Get-DlpCompliancePolicy')).status).toBe(200);
  });

  it('is subject to the tenant\'s faults, throttling the verified compliance caller', async () => {
    const contoso = sandbox.tenants.find((t) => t.key === 'contoso')!;
    const { token } = await sandbox.identity.mintAccessToken({ upn: ADMIN }, { audience: COMPLIANCE_RESOURCE });
    sandbox.faults.set(contoso.id, { throttle: { requests: 1, windowSeconds: 600 } });
    try {
      expect((await invoke(token, 'Get-Label')).status).toBe(200);
      const throttled = await invoke(token, 'Get-Label');
      expect(throttled.status).toBe(429);
      expect(JSON.stringify(throttled.body)).toContain(`The user '${ADMIN}' has exceeded the budget of 1 requests in 600 seconds`);
    } finally {
      sandbox.faults.clear(contoso.id);
    }
  });
});
