// Each tenant's Security & Compliance objects: a few retention policies, sensitivity labels and
// DLP policies, the same on every start (Guids derive from the tenant id and the object's name).
// Property names follow the documented Get-RetentionCompliancePolicy / Get-Label /
// Get-DlpCompliancePolicy output (a subset of what the service returns); values use the REST
// transport's formats (dates with a 7-digit fraction, lower-case GUIDs, multi-valued as arrays).
import { createHash } from 'node:crypto';
import type { SandboxTenant } from '../contracts.js';

export type ComplianceRecord = Readonly<Record<string, unknown>> & { readonly Guid: string; readonly Name: string };

export type ComplianceKind = 'RetentionCompliancePolicy' | 'Label' | 'DlpCompliancePolicy';

function guidOf(tenantId: string, kind: string, name: string): string {
  const h = createHash('sha1').update(`${tenantId}|${kind}|${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function restDate(iso: string): string {
  return `${iso}.0000000+00:00`;
}

function common(tenant: SandboxTenant, kind: string, name: string, created: string): Record<string, unknown> {
  const guid = guidOf(tenant.id, kind, name);
  return {
    Guid: guid,
    Identity: guid,
    Name: name,
    ExchangeObjectId: guid,
    OrganizationId: `${tenant.initialDomain} - No Site`,
    CreatedBy: `admin@${tenant.initialDomain}`,
    LastModifiedBy: `admin@${tenant.initialDomain}`,
    WhenCreated: restDate(created),
    WhenCreatedUTC: restDate(created),
    WhenChanged: restDate(created),
    WhenChangedUTC: restDate(created),
    IsValid: true,
    ObjectState: 'Unchanged',
  };
}

const NO_LOCATIONS = {
  ExchangeLocation: [],
  ExchangeLocationException: [],
  SharePointLocation: [],
  SharePointLocationException: [],
  OneDriveLocation: [],
  OneDriveLocationException: [],
  ModernGroupLocation: [],
  ModernGroupLocationException: [],
  SkypeLocation: [],
  PublicFolderLocation: [],
  TeamsChannelLocation: [],
  TeamsChatLocation: [],
};

function retentionPolicies(t: SandboxTenant): ComplianceRecord[] {
  const policy = (name: string, created: string, p: Record<string, unknown>) =>
    ({
      ...common(t, 'RetentionCompliancePolicy', name, created),
      ...NO_LOCATIONS,
      Workload: 'Exchange, SharePoint, OneDriveForBusiness, Skype, ModernGroup',
      Enabled: true,
      Mode: 'Enforce',
      Type: 'RetentionCompliancePolicy',
      Comment: '',
      DistributionStatus: 'Success',
      DistributionResults: [],
      RestrictiveRetention: false,
      IsAdaptivePolicy: false,
      AdaptiveScopeLocation: [],
      RetentionRuleTypes: [],
      ...p,
    }) as unknown as ComplianceRecord;
  return [
    policy('Default Exchange Retention - 7 years', '2023-03-14T09:12:40', { ExchangeLocation: ['All'], Comment: 'Keep mail for seven years, then delete.' }),
    policy('SharePoint and OneDrive - 5 years', '2023-03-14T09:20:03', { SharePointLocation: ['All'], OneDriveLocation: ['All'] }),
    policy('Teams chats - 1 year', '2024-01-09T15:41:27', {
      Workload: 'Teams',
      TeamsChatLocation: ['All'],
      TeamsChannelLocation: ['All'],
      Comment: 'Teams messages are deleted after a year.',
    }),
    policy('Legal hold - Litigation 2025', '2025-02-03T11:05:58', {
      ExchangeLocation: [`legal@${t.domains.find((d) => !d.endsWith('.onmicrosoft.com')) ?? t.initialDomain}`],
      Enabled: false,
      Mode: 'Test',
      RestrictiveRetention: true,
      Comment: 'Disabled until the matter is opened.',
    }),
  ];
}

function labels(t: SandboxTenant): ComplianceRecord[] {
  const label = (name: string, priority: number, p: Record<string, unknown>) => {
    const base = common(t, 'Label', name, '2023-02-27T16:20:14');
    return {
      ...base,
      DisplayName: name,
      ImmutableId: base['Guid'],
      Priority: priority,
      Tooltip: '',
      Comment: '',
      ContentType: 'File, Email, Site, UnifiedGroup',
      Disabled: false,
      Mode: 'Enforce',
      Workload: 'Exchange',
      ParentId: null,
      ParentLabelDisplayName: null,
      IsLabelGroup: false,
      EncryptionEnabled: false,
      Settings: ['[color, #13A10E]'],
      LocaleSettings: [],
      LabelActions: [],
      Policy: [],
      ...p,
    } as unknown as ComplianceRecord;
  };
  const confidential = label('Confidential', 2, { Tooltip: 'Business data that could harm the company if shared.', IsLabelGroup: true, Settings: ['[color, #F7630C]'] });
  return [
    label('Public', 0, { Tooltip: 'Business data that is meant for public consumption.' }),
    label('General', 1, { Tooltip: 'Business data that is not meant for the public.' }),
    confidential,
    label('Confidential - All Employees', 3, {
      DisplayName: 'All Employees',
      ParentId: confidential.Guid,
      ParentLabelDisplayName: 'Confidential',
      EncryptionEnabled: true,
      Tooltip: 'Confidential data that all employees may open.',
      Settings: ['[color, #F7630C]'],
    }),
    label('Highly Confidential', 4, { Tooltip: 'Very sensitive business data.', EncryptionEnabled: true, Settings: ['[color, #C50F1F]'] }),
  ];
}

function dlpPolicies(t: SandboxTenant): ComplianceRecord[] {
  const policy = (name: string, priority: number, created: string, p: Record<string, unknown>) =>
    ({
      ...common(t, 'DlpCompliancePolicy', name, created),
      ...NO_LOCATIONS,
      EndpointDlpLocation: [],
      Type: 'Dlp',
      Workload: 'Exchange, SharePoint, OneDriveForBusiness',
      Mode: 'Enable',
      Enabled: true,
      Priority: priority,
      Comment: '',
      DistributionStatus: 'Success',
      IsSimulationPolicy: false,
      ...p,
    }) as unknown as ComplianceRecord;
  return [
    policy('U.S. Financial Data', 0, '2023-05-22T10:02:11', { ExchangeLocation: ['All'], SharePointLocation: ['All'], OneDriveLocation: ['All'] }),
    policy('GDPR - EU Personal Data', 1, '2023-06-01T08:45:36', {
      ExchangeLocation: ['All'],
      Mode: 'TestWithNotifications',
      Comment: 'Policy tips only while the rules are tuned.',
    }),
    policy('Credit card numbers in Teams', 2, '2024-09-17T13:30:00', { Workload: 'Teams', TeamsLocation: ['All'], Mode: 'Disable', Enabled: false }),
  ];
}

const cache = new Map<string, ReadonlyMap<ComplianceKind, readonly ComplianceRecord[]>>();

/** The tenant's objects of one kind, in the order Get-* lists them. */
export function complianceRecords(tenant: SandboxTenant, kind: ComplianceKind): readonly ComplianceRecord[] {
  let kinds = cache.get(tenant.id);
  if (!kinds) {
    kinds = new Map([
      ['RetentionCompliancePolicy', Object.freeze(retentionPolicies(tenant))],
      ['Label', Object.freeze(labels(tenant))],
      ['DlpCompliancePolicy', Object.freeze(dlpPolicies(tenant))],
    ]);
    cache.set(tenant.id, kinds);
  }
  return kinds.get(kind)!;
}
