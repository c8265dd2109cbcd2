// Values a record of each kind has unless the generator (or an inserting caller) says otherwise:
// the service's own defaults for a cloud tenant. One shared frozen object per kind.
import type { RecordKind } from '../../contracts.js';
import { byteSize, GB, KB, MB, timeSpanDays } from '../formats.js';
import { EMPTY, type Values } from '../records.js';

const frozen = <T>(items: T[]): readonly T[] => Object.freeze(items);

export const EXCHANGE_VERSION = '0.20 (15.0.0.0)';
export const CONFIG_EXCHANGE_VERSION = '0.10 (14.0.100.0)';
export const USER_OBJECT_CLASS = frozen(['top', 'person', 'organizationalPerson', 'user']);
export const GROUP_OBJECT_CLASS = frozen(['top', 'group']);
export const NULL_GUID = '00000000-0000-0000-0000-000000000000';

const AUDIT_ADMIN = frozen(['Update', 'MoveToDeletedItems', 'SoftDelete', 'HardDelete', 'SendAs', 'SendOnBehalf', 'Create', 'UpdateFolderPermissions', 'UpdateInboxRules', 'UpdateCalendarDelegation', 'ApplyRecord', 'MailItemsAccessed', 'Send']);
const AUDIT_DELEGATE = frozen(['Update', 'MoveToDeletedItems', 'SoftDelete', 'HardDelete', 'SendAs', 'SendOnBehalf', 'Create', 'UpdateFolderPermissions', 'UpdateInboxRules', 'ApplyRecord', 'MailItemsAccessed']);
const AUDIT_OWNER = frozen(['Update', 'MoveToDeletedItems', 'SoftDelete', 'HardDelete', 'UpdateFolderPermissions', 'UpdateInboxRules', 'UpdateCalendarDelegation', 'ApplyRecord', 'MailItemsAccessed', 'Send']);

export const QUOTAS = {
  /** Exchange Online Plan 2 / E3 / E5. */
  large: { send: byteSize(99 * GB), sendReceive: byteSize(100 * GB), warning: byteSize(98 * GB), sendBytes: 99 * GB, warningBytes: 98 * GB },
  /** Exchange Online Plan 1 / E1 / Business, and shared mailboxes. */
  standard: { send: byteSize(49 * GB), sendReceive: byteSize(50 * GB), warning: byteSize(49 * GB), sendBytes: 49 * GB, warningBytes: 49 * GB },
};

const MAILBOX: Values = {
  EmailAddresses: EMPTY,
  AcceptMessagesOnlyFrom: EMPTY, AcceptMessagesOnlyFromDLMembers: EMPTY, AcceptMessagesOnlyFromSendersOrMembers: EMPTY,
  AddressListMembership: EMPTY, AdministrativeUnits: EMPTY, AggregatedMailboxGuids: EMPTY,
  AntispamBypassEnabled: false, ArchiveDatabaseGuid: NULL_GUID, ArchiveGuid: NULL_GUID, ArchiveName: EMPTY,
  ArchiveQuota: byteSize(100 * GB), ArchiveWarningQuota: byteSize(90 * GB), ArchiveRelease: '', ArchiveState: 'None', ArchiveStatus: 'None',
  AuditAdmin: AUDIT_ADMIN, AuditDelegate: AUDIT_DELEGATE, AuditOwner: AUDIT_OWNER, AuditEnabled: true,
  AuditLogAgeLimit: timeSpanDays(90), AutoExpandingArchiveEnabled: false, BypassModerationFromSendersOrMembers: EMPTY,
  CalendarLoggingQuota: byteSize(6 * GB), CalendarRepairDisabled: false, ComplianceTagHoldApplied: false,
  DefaultAuditSet: frozen(['Admin', 'Delegate', 'Owner']), DelayHoldApplied: false, DelayReleaseHoldApplied: false,
  DeliverToMailboxAndForward: false, DisabledArchiveGuid: NULL_GUID, DowngradeHighPriorityMessagesEnabled: false,
  EmailAddressPolicyEnabled: false, ExchangeUserAccountControl: 'None', ExchangeVersion: EXCHANGE_VERSION,
  ExtensionCustomAttribute1: EMPTY, ExtensionCustomAttribute2: EMPTY, ExtensionCustomAttribute3: EMPTY,
  ExtensionCustomAttribute4: EMPTY, ExtensionCustomAttribute5: EMPTY, ExternalOofOptions: 'External',
  GeneratedOfflineAddressBooks: EMPTY, GrantSendOnBehalfTo: EMPTY, HiddenFromAddressListsEnabled: false,
  IncludeInGarbageCollection: false, InPlaceHolds: EMPTY, IsDirSynced: false, IsExcludedFromServingHierarchy: false,
  IsHierarchyReady: true, IsHierarchySyncEnabled: true, IsInactiveMailbox: false, IsLinked: false, IsMailboxEnabled: true,
  IsResource: false, IsRootPublicFolderMailbox: false, IsShared: false, IsSoftDeletedByDisable: false, IsSoftDeletedByRemove: false,
  IssueWarningQuota: QUOTAS.large.warning, Languages: EMPTY, LitigationHoldDuration: 'Unlimited', LitigationHoldEnabled: false,
  MailboxMoveFlags: 'None', MailboxMoveStatus: 'None', MailTipTranslations: EMPTY, MaxBlockedSenders: null, MaxReceiveSize: byteSize(36 * MB),
  MaxSafeSenders: null, MaxSendSize: byteSize(35 * MB), MessageCopyForSendOnBehalfEnabled: false, MessageCopyForSentAsEnabled: false,
  MessageRecallProcessingEnabled: true, MessageTrackingReadStatusEnabled: true, ModeratedBy: EMPTY, ModerationEnabled: false,
  ObjectClass: USER_OBJECT_CLASS, PersistedCapabilities: EMPTY, PoliciesExcluded: frozen(['{26491cfc-9e50-4857-861b-0cb8df22b5d7}']),
  PoliciesIncluded: EMPTY, ProhibitSendQuota: QUOTAS.large.send, ProhibitSendReceiveQuota: QUOTAS.large.sendReceive,
  ProtocolSettings: EMPTY, RecipientLimits: 500, RecipientType: 'UserMailbox', RecipientTypeDetails: 'UserMailbox',
  RecoverableItemsQuota: byteSize(30 * GB), RecoverableItemsWarningQuota: byteSize(20 * GB), RejectMessagesFrom: EMPTY,
  RejectMessagesFromDLMembers: EMPTY, RejectMessagesFromSendersOrMembers: EMPTY, RequireAllSendersAreAuthenticated: false,
  ResourceCustom: EMPTY, RetainDeletedItemsFor: timeSpanDays(14), RetainDeletedItemsUntilBackup: false, RetentionHoldEnabled: false,
  RetentionPolicy: 'Default MRM Policy', RoleAssignmentPolicy: 'Default Role Assignment Policy', RoomMailboxAccountEnabled: null,
  RulesQuota: byteSize(256 * KB), SCLDeleteEnabled: null, SCLJunkEnabled: null, SCLQuarantineEnabled: null, SCLRejectEnabled: null,
  SendModerationNotifications: 'Always', SharingPolicy: 'Default Sharing Policy', SingleItemRecoveryEnabled: true, SKUAssigned: true,
  UMDtmfMap: EMPTY, UMEnabled: false, UseDatabaseQuotaDefaults: false, UseDatabaseRetentionDefaults: false,
  IsValid: true, ObjectState: 'Unchanged', AccountDisabled: false,
};

const USER: Values = {
  AdministrativeUnits: EMPTY, AllowUMCallsFromNonUsers: 'SearchEnabled', ArchiveRelease: '', DirectReports: EMPTY,
  ExchangeVersion: EXCHANGE_VERSION, InPlaceHoldsRaw: EMPTY, IsDirSynced: false, IsLinked: false, IsSecurityPrincipal: true,
  IsSoftDeletedByDisable: false, IsSoftDeletedByRemove: false, MemberOfGroup: null, ObjectClass: USER_OBJECT_CLASS, OtherFax: EMPTY,
  OtherHomePhone: EMPTY, OtherTelephone: EMPTY, PostOfficeBox: EMPTY, PreviousRecipientTypeDetails: 'None',
  RecipientType: 'UserMailbox', RecipientTypeDetails: 'UserMailbox', RemotePowerShellEnabled: true, SidHistory: EMPTY,
  SKUAssigned: true, UMCallingLineIds: EMPTY, UMDtmfMap: EMPTY, UpgradeRequest: 'None', UpgradeStatus: 'None',
  UserAccountControl: 'NormalAccount, DoNotExpirePassword', VoiceMailSettings: EMPTY, IsValid: true, ObjectState: 'Unchanged',
  AccountDisabled: false,
};

const CAS: Values = {
  EmailAddresses: EMPTY,
  ActiveSyncAllowedDeviceIDs: EMPTY, ActiveSyncBlockedDeviceIDs: EMPTY, ActiveSyncEnabled: true, ActiveSyncMailboxPolicy: 'Default',
  ActiveSyncMailboxPolicyIsDefaulted: true, ActiveSyncSuppressReadReceipt: false, ActiveSyncDebugLogging: false, ECPEnabled: true,
  EwsAllowMacOutlook: null, EwsAllowOutlook: null, EwsApplicationAccessPolicy: null, EwsEnabled: true, ExchangeVersion: EXCHANGE_VERSION,
  HasActiveSyncDevicePartnership: false, ImapEnabled: true, ImapEnableExactRFC822Size: false, ImapForceICalForCalendarRetrievalOption: false,
  ImapMessagesRetrievalMimeFormat: 'BestBodyFormat', ImapSuppressReadReceipt: false, ImapUseProtocolDefaults: true,
  ExternalImapSettings: EMPTY, ExternalPopSettings: EMPTY, ExternalSmtpSettings: EMPTY, InternalImapSettings: EMPTY,
  InternalPopSettings: EMPTY, InternalSmtpSettings: EMPTY, MAPIBlockOutlookExternalConnectivity: false,
  MAPIBlockOutlookNonCachedMode: false, MAPIBlockOutlookRpcHttp: false, MAPIBlockOutlookVersions: '', MAPIEnabled: true,
  MapiHttpEnabled: null, MemberOfGroup: null, ObjectClass: USER_OBJECT_CLASS, OWAEnabled: true, OWAforDevicesEnabled: true,
  OWAMailboxPolicy: 'OwaMailboxPolicy-Default', PopEnabled: true, PopEnableExactRFC822Size: false,
  PopMessagesRetrievalMimeFormat: 'BestBodyFormat', PopSuppressReadReceipt: false, PopUseProtocolDefaults: true,
  OutlookMobileEnabled: true, MacOutlookEnabled: true, OneWinNativeOutlookEnabled: true, UniversalOutlookEnabled: true,
  SmtpClientAuthenticationDisabled: null, PublicFolderClientAccess: false, ShowGalAsDefaultView: true, IsValid: true, ObjectState: 'Unchanged',
};

const STATS: Values = {
  AssociatedItemCount: 0, AttachmentTableAvailableSize: byteSize(0), AttachmentTableTotalSize: byteSize(0), BigFunnelIsEnabled: true,
  DeletedItemCount: 0, DisconnectDate: null, DisconnectReason: null, DumpsterMessagesPerFolderCountReceiveQuota: 3000000,
  DumpsterMessagesPerFolderCountWarningQuota: 2750000, FastIsEnabled: false, FolderHierarchyChildrenCountReceiveQuota: 10000,
  FolderHierarchyChildrenCountWarningQuota: 9000, FolderHierarchyDepthReceiveQuota: 300, FolderHierarchyDepthWarningQuota: 250,
  FoldersCountReceiveQuota: 1000000, FoldersCountWarningQuota: 900000, IsAbandonedMoveDestination: false, IsArchiveMailbox: false,
  IsDatabaseCopyActive: true, IsHighDensityShard: false, IsMoveDestination: false, IsQuarantined: false, ItemCount: 0,
  MailboxMessagesPerFolderCountReceiveQuota: 1000000, MailboxMessagesPerFolderCountWarningQuota: 900000, MailboxType: 'Mailbox',
  MailboxTypeDetail: 'UserMailbox', NamedPropertiesCountQuota: 16384, NeedsToMove: null, QuarantineClients: null,
  QuarantineDescription: null, QuarantineEnd: null, QuarantineFileVersion: null, QuarantineLastCrash: null,
  ResourceUsageRollingAvgDatabaseReads: 0, ResourceUsageRollingAvgRop: 0, ResourceUsageRollingClientTypes: '',
  StorageLimitStatus: null, SystemMessageSizeShutoffQuota: byteSize(50 * GB), SystemMessageSizeWarningQuota: byteSize(45 * GB),
  TotalDeletedItemSize: byteSize(0), TotalItemSize: byteSize(0), IsValid: true, ObjectState: 'New',
};

const FOLDER_STATS: Values = {
  ArchivePolicy: null, DeletePolicy: null, Movable: false, DeletedItemsInFolder: 0, HiddenItemsInFolder: 0,
  TotalDeletedItemSize: byteSize(0), ManagedFolder: null, IsValid: true, ObjectState: 'New',
};

const MAILBOX_PERMISSION: Values = {
  Deny: false, IsInherited: false, InheritanceType: 'All', IsValid: true, ObjectState: 'Unchanged',
};

const RECIPIENT_PERMISSION: Values = {
  AccessControlType: 'Allow', AccessRights: frozen(['SendAs']), InheritanceType: 'None', IsInherited: false, IsValid: true, ObjectState: 'Unchanged',
};

const FOLDER_PERMISSION: Values = {
  FolderName: 'Calendar', SharingPermissionFlags: null, IsValid: true, ObjectState: 'New',
};

const DISTRIBUTION_GROUP: Values = {
  EmailAddresses: EMPTY, ManagedBy: EMPTY,
  AcceptMessagesOnlyFrom: EMPTY, AcceptMessagesOnlyFromDLMembers: EMPTY, AcceptMessagesOnlyFromSendersOrMembers: EMPTY,
  AddressListMembership: EMPTY, AdministrativeUnits: EMPTY, BypassModerationFromSendersOrMembers: EMPTY,
  BypassNestedModerationEnabled: false, EmailAddressPolicyEnabled: false, ExchangeVersion: EXCHANGE_VERSION, ExpansionServer: '',
  GrantSendOnBehalfTo: EMPTY, GroupType: 'Universal', HiddenFromAddressListsEnabled: false, IsDirSynced: false,
  MailTipTranslations: EMPTY, MaxReceiveSize: 'Unlimited', MaxSendSize: 'Unlimited', MemberDepartRestriction: 'Closed',
  MemberJoinRestriction: 'Closed', MemberOfGroup: null, Members: EMPTY, ModeratedBy: EMPTY, ModerationEnabled: false,
  ObjectClass: GROUP_OBJECT_CLASS, PoliciesExcluded: EMPTY, PoliciesIncluded: EMPTY, RecipientType: 'MailUniversalDistributionGroup',
  RecipientTypeDetails: 'MailUniversalDistributionGroup', RejectMessagesFrom: EMPTY, RejectMessagesFromDLMembers: EMPTY,
  RejectMessagesFromSendersOrMembers: EMPTY, ReportToManagerEnabled: false, ReportToOriginatorEnabled: true,
  RequireAllSendersAreAuthenticated: true, SendModerationNotifications: 'Always', SendOofMessageToOriginatorEnabled: false,
  UMDtmfMap: EMPTY, IsValid: true, ObjectState: 'Unchanged',
};

const MEMBER: Values = { IsValid: true, HiddenFromAddressListsEnabled: false };

const UNIFIED_GROUP: Values = {
  EmailAddresses: EMPTY, ManagedBy: EMPTY,
  AcceptMessagesOnlyFrom: EMPTY, AcceptMessagesOnlyFromDLMembers: EMPTY, AccessType: 'Private', AddressListMembership: EMPTY,
  AdministrativeUnits: EMPTY, AuditLogAgeLimit: timeSpanDays(90), AutoSubscribeNewMembers: false,
  AlwaysSubscribeMembersToCalendarEvents: false, CalendarMemberReadOnly: false, ConnectorsEnabled: true,
  EmailAddressPolicyEnabled: true, ExchangeVersion: EXCHANGE_VERSION, GrantSendOnBehalfTo: EMPTY, GroupExternalMemberCount: 0,
  GroupType: 'Universal', HiddenFromAddressListsEnabled: true, HiddenGroupMembershipEnabled: false, IsDirSynced: false,
  IsMembershipDynamic: false, Language: 'en-US', MailTipTranslations: EMPTY, MaxReceiveSize: byteSize(36 * MB),
  MaxSendSize: byteSize(35 * MB), ModeratedBy: EMPTY, ModerationEnabled: false, ObjectClass: GROUP_OBJECT_CLASS,
  PoliciesExcluded: EMPTY, PoliciesIncluded: EMPTY, RecipientType: 'MailUniversalDistributionGroup',
  RecipientTypeDetails: 'GroupMailbox', RejectMessagesFrom: EMPTY, RejectMessagesFromDLMembers: EMPTY,
  ReportToManagerEnabled: false, ReportToOriginatorEnabled: true, ResourceBehaviorOptions: EMPTY,
  ResourceProvisioningOptions: EMPTY, SendOofMessageToOriginatorEnabled: false, SubscriptionEnabled: true,
  WelcomeMessageEnabled: true, Classification: null, DataEncryptionPolicy: null, SensitivityLabel: NULL_GUID, IsValid: true,
  ObjectState: 'Unchanged',
};

const UNIFIED_LINK: Values = { ExternalEmailAddress: null, IsValid: true };

const MOBILE_DEVICE: Values = {
  DeviceAccessState: 'Allowed', DeviceAccessStateReason: 'Global', DeviceAccessControlRule: null, DeviceEnableOutboundSMS: false,
  DeviceImei: null, DeviceMobileOperator: null, DeviceTelephoneNumber: null, ExchangeVersion: EXCHANGE_VERSION,
  IsManaged: false, IsCompliant: false, IsDisabled: false, IsValid: true, ObjectState: 'Unchanged',
};

const MOBILE_STATS: Values = {
  DeviceAccessState: 'Allowed', DeviceAccessStateReason: 'Global', DeviceAccessControlRule: null, DeviceEnableOutboundSMS: false,
  DevicePolicyApplied: 'Default', DevicePolicyApplicationStatus: 'AppliedInFull', DeviceWipeSentTime: null,
  DeviceWipeRequestTime: null, DeviceWipeAckTime: null, AccountOnlyDeviceWipeSentTime: null, AccountOnlyDeviceWipeRequestTime: null,
  AccountOnlyDeviceWipeAckTime: null, LastDeviceWipeRequestor: null, LastAccountOnlyDeviceWipeRequestor: null,
  IsRemoteWipeSupported: true, Status: 'DeviceOk', StatusNote: null, MailboxLogReport: null, DeviceImei: null,
  DevicePhoneNumber: null, DeviceMobileOperator: null, SyncStateUpgradeTime: null, IsValid: true, ObjectState: 'Unchanged',
};

const ACCEPTED_DOMAIN: Values = {
  DomainType: 'Authoritative', Default: false, InitialDomain: false, MatchSubDomains: false, AddressBookEnabled: true,
  AuthenticationType: 'Managed', SendingFromDomainDisabled: false, IsCoexistenceDomain: false, EnableNego2Authentication: false,
  PendingRemoval: false, PendingCompletion: false, OutboundOnly: false, ExchangeVersion: CONFIG_EXCHANGE_VERSION, IsValid: true,
  ObjectState: 'Unchanged',
};

const ORG_CONFIG: Values = {
  AllowedMailboxRegions: EMPTY, AllowLegacyTLSClients: false, AllowPlusAddressInRecipients: false, AuditDisabled: false,
  AutoExpandingArchiveEnabled: false, BookingsAddressEntryRestricted: false, BookingsAuthEnabled: false,
  BookingsBlockedWordsEnabled: false, BookingsCreationOfCustomQuestionsRestricted: false, BookingsEnabled: true,
  BookingsExposureOfStaffDetailsRestricted: false, BookingsMembershipApprovalRequired: false, BookingsNamingPolicyEnabled: false,
  BookingsNamingPolicyPrefix: '', BookingsNamingPolicyPrefixEnabled: false, BookingsNamingPolicySuffix: '',
  BookingsNamingPolicySuffixEnabled: false, BookingsNotesEntryRestricted: false, BookingsPaymentsEnabled: false,
  BookingsPhoneNumberEntryRestricted: false, BookingsSearchEngineIndexDisabled: false, BookingsSmsMicrosoftEnabled: true,
  BookingsSocialSharingRestricted: false, CustomerLockBoxEnabled: false, DefaultPublicFolderIssueWarningQuota: byteSize(1.7 * GB),
  DefaultPublicFolderProhibitPostQuota: byteSize(2 * GB), DisablePlusAddressInRecipients: false, EnableDownloadDomains: false,
  EwsApplicationAccessPolicy: null, EWSEnabled: null, InPlaceHolds: EMPTY, IsDehydrated: false, IsTenantAccessBlocked: false,
  IsTenantInGracePeriod: false, MailTipsAllTipsEnabled: true, MailTipsExternalRecipientsTipsEnabled: false,
  MailTipsGroupMetricsEnabled: true, MailTipsLargeAudienceThreshold: 25, MapiHttpEnabled: true,
  MessageRecallAlertRecipientsEnabled: true, MessageRecallAlertRecipientsReadMessagesOnlyEnabled: false,
  MessageRecallEnabled: null, MessageRecallMaxRecallableAge: '',
  OAuth2ClientProfileEnabled: true, PostponeRoamingSignaturesUntilLater: false, PublicFolderMailboxesLockedForNewConnections: false,
  RecallReadMessagesEnabled: null, RemotePublicFolderMailboxes: EMPTY, SendFromAliasEnabled: false, SmtpClientAuthenticationDisabled: true,
  ExchangeVersion: CONFIG_EXCHANGE_VERSION, DefaultAuthenticationPolicy: null, FocusedInboxOn: null, ReadTrackingEnabled: false,
  DistributionGroupNamingPolicy: '', IsMixedMode: false, MaxConcurrentMigrations: 'Unlimited', PublicFoldersEnabled: 'Local',
  PublicComputersDetectionEnabled: false, ConnectorsEnabled: true, ActivityBasedAuthenticationTimeoutEnabled: true,
  ActivityBasedAuthenticationTimeoutInterval: '06:00:00', OnlineMeetingsByDefaultEnabled: null, ElcProcessingDisabled: false,
  DirectReportsGroupAutoCreationEnabled: false, AutoEnableArchiveMailbox: true, ExchangeNotificationEnabled: true,
  ExchangeNotificationRecipients: EMPTY, LeanPopoutEnabled: false, SIPEnabled: false, OutlookMobileGCCRestrictionsEnabled: false,
  IsLicensingEnforced: true, AuditLogAgeLimit: timeSpanDays(90), IsValid: true, ObjectState: 'Unchanged',
};

const TRANSPORT_RULE: Values = {
  AddManagerAsRecipientType: null, AddToRecipients: null, BlindCopyTo: null, CopyTo: null, DlpPolicy: '',
  FromAddressContainsWords: null, FromAddressMatchesPatterns: null, ManagerAddresses: null, RedirectMessageTo: null,
  SenderDomainIs: null, SetSCL: null, State: 'Enabled', Mode: 'Enforce', Comments: '', Exceptions: null, RuleVersion: '15.0.5.6',
  RuleErrorAction: 'Ignore', RuleSubType: 'None', SenderAddressLocation: 'Header', FromScope: null, SentToScope: null, From: null,
  SentTo: null, AttachmentSizeOver: null, AttachmentExtensionMatchesWords: null, SubjectOrBodyContainsWords: null,
  MessageContainsDataClassifications: null, ExceptIfSenderDomainIs: null, PrependSubject: null, SetHeaderName: null,
  SetHeaderValue: null, ApplyHtmlDisclaimerText: null, ApplyHtmlDisclaimerLocation: null, ApplyHtmlDisclaimerFallbackAction: null,
  ApplyRightsProtectionTemplate: null, RejectMessageReasonText: null, RejectMessageEnhancedStatusCode: null, DeleteMessage: false,
  Quarantine: false, StopRuleProcessing: false, ActivationDate: null, ExpiryDate: null, HasSenderOverride: false,
  ExchangeVersion: CONFIG_EXCHANGE_VERSION, IsValid: true, ObjectState: 'Unchanged',
};

const AUTO_REPLY: Values = {
  AutoDeclineFutureRequestsWhenOOF: false, AutoReplyState: 'Disabled', CreateOOFEvent: false, DeclineAllEventsForScheduledOOF: false,
  DeclineEventsForScheduledOOF: false, ExternalAudience: 'All', ExternalMessage: '', InternalMessage: '', Recipients: EMPTY,
  EventsToDeleteIDs: EMPTY, OOFEventSubject: null, DeclineMeetingMessage: null, IsValid: true, ObjectState: 'Unchanged',
};

const INBOX_RULE: Values = {
  DeleteMessage: false, Enabled: true, ForwardAsAttachmentTo: null, ForwardTo: null, RedirectTo: null, From: null, SentTo: null,
  SubjectContainsWords: EMPTY, BodyContainsWords: EMPTY, SubjectOrBodyContainsWords: EMPTY, FromAddressContainsWords: EMPTY,
  HasAttachment: false, MyNameInToOrCcBox: false, SentOnlyToMe: false, WithImportance: null, MoveToFolder: null, CopyToFolder: null,
  MarkAsRead: false, MarkImportance: null, ApplyCategory: null, StopProcessingRules: true, SendTextMessageNotificationTo: EMPTY,
  InError: false, ErrorType: 'Unknown', SupportedByTask: true, Legacy: false, IsValid: true, ObjectState: 'Unchanged',
};

const ROLE_GROUP: Values = {
  Members: EMPTY, Roles: EMPTY, RoleAssignments: EMPTY,
  Capabilities: EMPTY, ExchangeVersion: CONFIG_EXCHANGE_VERSION, IsValid: true, LinkedGroup: EMPTY, LinkedPartnerGroupId: null,
  LinkedPartnerOrganizationId: null, ManagedBy: EMPTY, ObjectClass: GROUP_OBJECT_CLASS, ObjectState: 'Unchanged', RoleGroupType: 'Standard',
};

const ROLE_ASSIGNMENT: Values = {
  AssignmentChain: null, AssignmentMethod: 'Direct', ConfigReadScope: 'OrganizationConfig', ConfigWriteScope: 'OrganizationConfig',
  CustomConfigWriteScope: null, CustomRecipientWriteScope: null, CustomResourceScope: null, EffectiveUserName: 'All Group Members',
  Enabled: true, ExchangeVersion: CONFIG_EXCHANGE_VERSION, IsValid: true, ObjectClass: frozen(['top', 'msExchRoleAssignment']),
  ObjectState: 'Unchanged', RecipientReadScope: 'Organization', RecipientWriteScope: 'Organization', RoleAssigneeType: 'RoleGroup',
  RoleAssignmentDelegationType: 'Regular', User: null,
};

const MESSAGE_TRACE: Values = { Status: 'Delivered', ToIP: null, FromIP: null };

export const KIND_DEFAULTS: Readonly<Record<RecordKind, Values>> = {
  Mailbox: MAILBOX,
  User: USER,
  CASMailbox: CAS,
  MailboxStatistics: STATS,
  MailboxFolderStatistics: FOLDER_STATS,
  MailboxPermission: MAILBOX_PERMISSION,
  RecipientPermission: RECIPIENT_PERMISSION,
  MailboxFolderPermission: FOLDER_PERMISSION,
  DistributionGroup: DISTRIBUTION_GROUP,
  DistributionGroupMember: MEMBER,
  UnifiedGroup: UNIFIED_GROUP,
  UnifiedGroupLink: UNIFIED_LINK,
  MobileDevice: MOBILE_DEVICE,
  MobileDeviceStatistics: MOBILE_STATS,
  AcceptedDomain: ACCEPTED_DOMAIN,
  OrganizationConfig: ORG_CONFIG,
  TransportRule: TRANSPORT_RULE,
  MailboxAutoReplyConfiguration: AUTO_REPLY,
  InboxRule: INBOX_RULE,
  RoleGroup: ROLE_GROUP,
  RoleGroupMember: MEMBER,
  ManagementRoleAssignment: ROLE_ASSIGNMENT,
  MessageTrace: MESSAGE_TRACE,
};
