// Tenant-wide configuration: accepted domains, the organisation config, transport rules and RBAC
// (role groups, their members, and management role assignments).
import { DAY_MS } from '../formats.js';
import { EMPTY } from '../records.js';
import { whenStamps, type SeedContext } from './context.js';
import type { Person } from './people.js';

const frozen = <T>(items: T[]): readonly T[] => Object.freeze(items);

/** Role groups of an Exchange Online tenant and the roles each is assigned. */
const ROLE_GROUPS: ReadonlyArray<readonly [name: string, description: string, roles: readonly string[]]> = [
  ['Organization Management', 'Members of this management role group have permissions to manage Exchange objects and their properties in the Exchange organization.', [
    'Audit Logs', 'Compliance Admin', 'Data Loss Prevention', 'Distribution Groups', 'E-Mail Address Policies', 'Federated Sharing',
    'Information Rights Management', 'Journaling', 'Legal Hold', 'Mail Enabled Public Folders', 'Mail Recipient Creation', 'Mail Recipients',
    'Mail Tips', 'Message Tracking', 'Migration', 'Move Mailboxes', 'Org Custom Apps', 'Org Marketplace Apps', 'Organization Client Access',
    'Organization Configuration', 'Organization Transport Settings', 'Public Folders', 'Recipient Policies', 'Remote and Accepted Domains',
    'Reset Password', 'Retention Management', 'Role Management', 'Security Admin', 'Security Group Creation and Membership', 'Security Reader',
    'Team Mailboxes', 'Transport Hygiene', 'Transport Rules', 'User Options', 'View-Only Audit Logs', 'View-Only Configuration', 'View-Only Recipients',
  ]],
  ['View-Only Organization Management', 'Members of this management role group can view recipient and configuration objects and their properties in the Exchange organization.', ['View-Only Configuration', 'View-Only Recipients']],
  ['Recipient Management', 'Members of this management role group have rights to create, manage, and remove Exchange recipient objects in the Exchange organization.', ['Distribution Groups', 'Mail Recipient Creation', 'Mail Recipients', 'Message Tracking', 'Migration', 'Move Mailboxes', 'Recipient Policies', 'Reset Password', 'Team Mailboxes']],
  ['Help Desk', 'Members of this management role group can view and manage the configuration for individual recipients and view recipients in an Exchange organization.', ['Reset Password', 'User Options', 'View-Only Recipients']],
  ['Compliance Management', 'This role group will allow a specified user, responsible for compliance, to properly configure and manage compliance settings within Exchange in accordance with their policy.', ['Audit Logs', 'Compliance Admin', 'Data Loss Prevention', 'Information Rights Management', 'Journaling', 'Message Tracking', 'Retention Management', 'Transport Rules', 'View-Only Audit Logs', 'View-Only Configuration', 'View-Only Recipients']],
  ['Discovery Management', 'Members of this management role group can perform searches of mailboxes in the Exchange organization for data that meets specific criteria.', ['Legal Hold', 'Mailbox Search']],
  ['Records Management', 'Members of this management role group can configure compliance features such as retention policy tags, message classifications, transport rules, and more.', ['Audit Logs', 'Journaling', 'Message Tracking', 'Retention Management', 'Transport Rules']],
  ['Hygiene Management', 'Members of this management role group can manage Exchange anti-spam features and grant permissions for antivirus products to integrate with Exchange.', ['Transport Hygiene', 'View-Only Configuration', 'View-Only Recipients']],
  ['Security Administrator', 'Membership in this role group is synchronized across services and managed centrally.', ['Security Admin']],
  ['Security Reader', 'Membership in this role group is synchronized across services and managed centrally.', ['Security Reader']],
];

const USER_ROLES = ['MyBaseOptions', 'MyContactInformation', 'MyProfileInformation', 'MyDistributionGroupMembership', 'My ReadWriteMailbox Apps', 'My Custom Apps', 'My Marketplace Apps', 'MyRetentionPolicies', 'MyTextMessaging', 'MyVoiceMail'];

export function seedOrganization(ctx: SeedContext, people: readonly Person[]): void {
  const rng = ctx.rng('organization');
  const t = ctx.tenant;
  const created = ctx.date(ctx.createdMs);
  const configDn = (cn: string, container: string) =>
    `CN=${cn},${container}CN=Configuration,CN=${t.initialDomain},CN=ConfigurationUnits,DC=${ctx.forest},DC=PROD,DC=OUTLOOK,DC=COM`;

  for (const domain of t.domains) {
    const when = domain === t.initialDomain ? created : ctx.date(ctx.createdMs + rng.int(1, 60) * DAY_MS);
    ctx.add('AcceptedDomain', {
      Guid: rng.guid(), Identity: domain, Id: domain, Name: domain, DomainName: domain,
      Default: domain === ctx.vanityDomain, InitialDomain: domain === t.initialDomain,
      DistinguishedName: configDn(domain, 'CN=Accepted Domains,CN=Transport Settings,'), OrganizationId: ctx.organizationId,
      ...whenStamps(when, when),
    });
  }

  ctx.add('OrganizationConfig', {
    Guid: rng.guid(), Identity: t.initialDomain, Id: t.initialDomain, Name: t.initialDomain, DisplayName: t.displayName,
    DistinguishedName: `CN=Configuration,CN=${t.initialDomain},CN=ConfigurationUnits,DC=${ctx.forest},DC=PROD,DC=OUTLOOK,DC=COM`,
    OrganizationalUnitRoot: t.initialDomain, OrganizationId: ctx.organizationId, ServicePlan: 'BPOS_L_Standard',
    RootPublicFolderMailbox: null, ObjectVersion: 16133, AutoExpandingArchiveEnabled: t.key === 'contoso',
    SmtpClientAuthenticationDisabled: t.key !== 'tailspin', FocusedInboxOn: t.key === 'fabrikam' ? false : null,
    WhenCreated: created, WhenCreatedUTC: created,
    WhenChanged: ctx.date(ctx.referenceMs - rng.int(2, 60) * DAY_MS), WhenChangedUTC: ctx.date(ctx.referenceMs - rng.int(2, 60) * DAY_MS),
  });

  const admin = people.find((p) => p.account?.roleGroups.includes('Organization Management'));
  const rules: Array<Record<string, unknown>> = [
    { Name: 'External email warning', FromScope: 'NotInOrganization', PrependSubject: '[EXTERNAL] ', Description: "If the message:\r\n\tIs received from 'Outside the organization'\r\nTake the following actions:\r\n\tprepend the subject with '[EXTERNAL] '\r\n" },
    { Name: 'Block executable attachments', AttachmentExtensionMatchesWords: frozen(['exe', 'js', 'vbs', 'scr']), RejectMessageReasonText: 'Executable attachments are not allowed.', RejectMessageEnhancedStatusCode: '5.7.1', Description: "If the message:\r\n\tIncludes an attachment with extension 'exe' or 'js' or 'vbs' or 'scr'\r\nTake the following actions:\r\n\treject the message and include the explanation 'Executable attachments are not allowed.' with the status code: '5.7.1'\r\n" },
    { Name: 'Legal disclaimer', SentToScope: 'NotInOrganization', ApplyHtmlDisclaimerText: `<p>This message is confidential and intended only for its addressee. ${t.displayName}</p>`, ApplyHtmlDisclaimerLocation: 'Append', ApplyHtmlDisclaimerFallbackAction: 'Wrap', Mode: 'AuditAndNotify', Description: "If the message:\r\n\tIs sent to 'Outside the organization'\r\nTake the following actions:\r\n\tappend the disclaimer\r\n" },
    { Name: 'Bypass spam filtering for partner', SenderDomainIs: frozen([t.key === 'contoso' ? 'fabrikam.com' : 'contoso.com']), SetSCL: -1, Description: 'If the message:\r\n\tIs received from a partner domain\r\nTake the following actions:\r\n\tSet the spam confidence level (SCL) to \'-1\'\r\n' },
    { Name: 'Copy executive mail to compliance', From: frozen(admin ? [admin.name] : []), BlindCopyTo: frozen(admin ? [admin.name] : []), State: 'Disabled', Description: 'Take the following actions:\r\n\tBlind carbon copy (Bcc) the message to the compliance mailbox\r\n' },
  ];
  const ruleCount = t.key === 'tailspin' ? 3 : rules.length;
  rules.slice(0, ruleCount).forEach((r, priority) => {
    const guid = rng.guid();
    const when = ctx.date(ctx.createdMs + rng.int(30, 900) * DAY_MS);
    ctx.add('TransportRule', {
      Guid: guid, Identity: r['Name'], Id: r['Name'], ImmutableId: guid, Priority: priority,
      DistinguishedName: configDn(String(r['Name']), 'CN=TransportVersioned,CN=Rules,CN=Transport Settings,'),
      OrganizationId: ctx.organizationId, WhenChanged: when, WhenChangedUTC: when, CreatedBy: admin?.displayName ?? null,
      LastModifiedBy: admin?.displayName ?? null, ...r,
    });
  });

  // RBAC. Directory accounts sit in the role groups directory.ts gives them; a few generated
  // users fill Recipient Management and Help Desk so those groups are not empty.
  const users = people.filter((p) => p.kind === 'UserMailbox' && !p.account);
  const itStaff = users.filter((p) => p.department === 'IT');
  for (const [groupName, description, roles] of ROLE_GROUPS) {
    const guid = rng.guid();
    const members: Person[] = people.filter((p) => p.account?.roleGroups.includes(groupName as never));
    if (groupName === 'Recipient Management' || groupName === 'Help Desk') members.push(...rng.sample(itStaff.length > 0 ? itStaff : users, Math.min(3, users.length)));
    const assignmentNames: string[] = [];
    const dn = ctx.dn(groupName);
    for (const role of roles) {
      const regular = `${role}-${groupName}`.slice(0, 64);
      assignmentNames.push(regular);
      addAssignment(ctx, rng.guid(), regular, role, groupName, guid, 'Regular', created, configDn);
      if (groupName === 'Organization Management') {
        const delegating = `${role}-${groupName}-Delegating`.slice(0, 64);
        assignmentNames.push(delegating);
        addAssignment(ctx, rng.guid(), delegating, role, groupName, guid, 'DelegatingOrgWide', created, configDn);
      }
    }
    ctx.add('RoleGroup', {
      Guid: guid, Identity: groupName, Id: groupName, Name: groupName, DisplayName: groupName, Description: description,
      DistinguishedName: dn, ExternalDirectoryObjectId: rng.guid(), SamAccountName: `${groupName.replace(/[^A-Za-z]/g, '').slice(0, 12)}${rng.int(100000, 999999)}`,
      Members: frozen(members.map((m) => m.name)), Roles: frozen([...roles]), RoleAssignments: frozen(assignmentNames),
      ManagedBy: EMPTY, OrganizationId: ctx.organizationId, OriginatingServer: ctx.originatingServer,
      ObjectCategory: `${ctx.objectCategoryBase}/Group`, ...whenStamps(created, created),
    });
    for (const m of members) {
      ctx.add('RoleGroupMember', {
        Guid: rng.guid(), OwnerGuid: guid, MemberGuid: m.guid, MemberKind: 'Mailbox', Identity: m.name, Name: m.name,
        DisplayName: m.displayName, Alias: m.alias, PrimarySmtpAddress: m.primarySmtp, ExternalDirectoryObjectId: m.externalId,
        ExternalEmailAddress: null, RecipientType: 'UserMailbox', RecipientTypeDetails: m.kind, UserPrincipalName: m.upn,
        WindowsLiveID: m.upn, SamAccountName: null,
      });
    }
  }
  for (const role of USER_ROLES) {
    addAssignment(ctx, rng.guid(), `${role}-Default Role Assignment Policy`.slice(0, 64), role, 'Default Role Assignment Policy', null, 'Regular', created, configDn, 'RoleAssignmentPolicy');
  }
}

function addAssignment(
  ctx: SeedContext, guid: string, name: string, role: string, assignee: string, ownerGuid: string | null,
  delegation: string, created: string, configDn: (cn: string, container: string) => string, assigneeType = 'RoleGroup',
): void {
  const viewOnly = role.startsWith('View-Only') || role === 'Security Reader';
  const selfScoped = assigneeType === 'RoleAssignmentPolicy';
  ctx.add('ManagementRoleAssignment', {
    Guid: guid, OwnerGuid: ownerGuid, Identity: name, Id: name, Name: name, Role: role, RoleAssignee: assignee,
    RoleAssigneeName: assignee, RoleAssigneeType: assigneeType, RoleAssignmentDelegationType: delegation,
    EffectiveUserName: assigneeType === 'RoleGroup' ? 'All Group Members' : 'All Policy Assignees',
    RecipientReadScope: selfScoped ? 'Self' : 'Organization', RecipientWriteScope: selfScoped ? 'Self' : viewOnly ? 'NotApplicable' : 'Organization',
    ConfigReadScope: 'OrganizationConfig', ConfigWriteScope: viewOnly || selfScoped ? 'None' : 'OrganizationConfig',
    DistinguishedName: configDn(name, 'CN=Role Assignments,CN=RBAC,'), OrganizationId: ctx.organizationId,
    OriginatingServer: ctx.originatingServer, ...whenStamps(created, created),
  });
}
