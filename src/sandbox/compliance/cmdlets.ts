// The Security & Compliance cmdlets the sandbox serves (Connect-IPPSSession): their metadata, in
// the same shape as assets/exchange/cmdlets.json (the Exchange asset has none of them: they are
// documented under Security & Compliance), and what each one returns.
import type { SandboxTenant } from '../contracts.js';
import { CmdletCatalog, type CmdletMetadata, type ParameterMetadata } from '../exchange/metadata.js';
import { bindParameters } from '../exchange/parameters.js';
import { directoryServerOf, errors } from '../exchange/service-error.js';
import { complianceRecords, type ComplianceKind, type ComplianceRecord } from './records.js';

const ALL = '__AllParameterSets';

function identity(type: string): ParameterMetadata {
  return { name: 'Identity', type, sets: { [ALL]: { position: 0 } }, pipeline: { byValue: true } };
}
function switchParam(name: string): ParameterMetadata {
  return { name, type: 'SwitchParameter', sets: { [ALL]: {} }, switch: true };
}
function typed(name: string, type: string): ParameterMetadata {
  return { name, type, sets: { [ALL]: {} } };
}
function cmdlet(name: string, synopsis: string, parameters: ParameterMetadata[]): CmdletMetadata {
  return { name, synopsis, defaultParameterSet: ALL, parameterSets: [ALL], parameters };
}

export const COMPLIANCE_CMDLETS: readonly CmdletMetadata[] = [
  cmdlet('Get-DlpCompliancePolicy', 'Use the Get-DlpCompliancePolicy cmdlet to view data loss prevention (DLP) policies in the Microsoft Purview compliance portal.', [
    identity('PolicyIdParameter'),
    typed('DisplayName', 'String'),
    switchParam('DistributionDetail'),
    typed('ForceValidate', 'Boolean'),
    typed('IncludeExtendedProperties', 'Boolean'),
    typed('IncludeRulesMetadata', 'Boolean'),
    switchParam('IsSimulationPolicy'),
    switchParam('Summary'),
  ]),
  cmdlet('Get-Label', 'Use the Get-Label cmdlet to view sensitivity labels in your organization.', [
    identity('ComplianceRuleIdParameter'),
    typed('IncludeDetailedLabelActions', 'Boolean'),
    switchParam('SkipValidations'),
  ]),
  cmdlet('Get-RetentionCompliancePolicy', 'Use the Get-RetentionCompliancePolicy to view existing retention policies in the Microsoft Purview compliance portal.', [
    identity('PolicyIdParameter'),
    switchParam('DistributionDetail'),
    switchParam('ErrorPolicyOnly'),
    switchParam('ExcludeTeamsPolicy'),
    switchParam('IncludeTestModeResults'),
    switchParam('PriorityCleanup'),
    switchParam('RetentionRuleTypes'),
    switchParam('TeamsPolicyOnly'),
  ]),
];

const KIND_OF: Record<string, ComplianceKind> = {
  'get-dlpcompliancepolicy': 'DlpCompliancePolicy',
  'get-label': 'Label',
  'get-retentioncompliancepolicy': 'RetentionCompliancePolicy',
};

export const complianceCatalog = new CmdletCatalog(COMPLIANCE_CMDLETS);

/** Runs a compliance cmdlet; throws the service's errors (unknown cmdlet, bad parameter, not found). */
export function runComplianceCmdlet(tenant: SandboxTenant, name: string, parameters: unknown): { name: string; records: readonly ComplianceRecord[] } {
  const meta = complianceCatalog.get(name);
  const kind = KIND_OF[name.toLowerCase()];
  if (!meta || !kind) throw errors.unknownCmdlet(name);
  const bound = bindParameters(complianceCatalog, meta, parameters);
  let records = complianceRecords(tenant, kind);
  const id = bound.values.get('Identity');
  if (typeof id === 'string' && id.trim() !== '') {
    const wanted = id.trim().toLowerCase();
    records = records.filter((r) => [r.Name, r.Guid, r['ImmutableId'], r['DisplayName']].some((v) => typeof v === 'string' && v.toLowerCase() === wanted));
    if (records.length === 0) throw errors.notFound(id.trim(), directoryServerOf(tenant.key));
  }
  const displayName = bound.values.get('DisplayName');
  if (typeof displayName === 'string') records = records.filter((r) => String(r['DisplayName'] ?? r.Name).toLowerCase() === displayName.toLowerCase());
  const isTeams = (r: ComplianceRecord) => String(r['Workload']).split(', ').includes('Teams');
  if (bound.values.get('TeamsPolicyOnly') === true) records = records.filter(isTeams);
  if (bound.values.get('ExcludeTeamsPolicy') === true) records = records.filter((r) => !isTeams(r));
  return { name: meta.name, records };
}
