// The nine Get-EXO* cmdlets do not go through InvokeCommand: they read OData entity sets
// (rest-protocol.md §2.2, docs/sandbox-exchange.md "Entity-set query options"):
//   Get-EXOMailbox -Identity x          → Mailbox('<base64url x>')?isEncoded=true   (one entity)
//   Get-EXOMailboxStatistics -Identity x → Mailbox('<base64url x>')/MailboxStatistics?isEncoded=true
//   Get-EXOMailbox -Filter … -PropertySets Quota → Mailbox?$filter=…&PropertySet=Quota&ResultSize=1000
import { isCommonParameter } from '../../runtime/binder.js';
import { toStringValue } from '../../runtime/conversions.js';
import type { RemoteCmdletMetadata } from '../contracts.js';
import type { BoundParameters } from './encode.js';
import { encodeValue, rewriteFilterBooleans } from './encode.js';

/**
 * What keys a mailbox, unique ids first. A piped Get-EXOMailbox object binds several of these by
 * property name, and its Minimum property set has no Identity (its text is only its Name, which
 * need not be unique); a typed command gives just one of them.
 */
const MAILBOX_KEYS = ['ExternalDirectoryObjectId', 'ExchangeGuid', 'UserPrincipalName', 'PrimarySmtpAddress', 'Identity'];

interface ExoRoute {
  /** The entity set listed without a key. */
  set: string;
  /**
   * The parameters whose value keys a Mailbox/Recipient (the first one given wins; the others then
   * say the same thing and are not sent), and what follows the key.
   */
  keyedBy?: { parameters: readonly string[]; root: 'Mailbox' | 'Recipient'; navigation?: string };
}

const ROUTES: Record<string, ExoRoute> = {
  'get-exomailbox': { set: 'Mailbox', keyedBy: { parameters: MAILBOX_KEYS, root: 'Mailbox' } },
  'get-exorecipient': { set: 'Recipient', keyedBy: { parameters: MAILBOX_KEYS, root: 'Recipient' } },
  'get-exocasmailbox': { set: 'CasMailbox', keyedBy: { parameters: MAILBOX_KEYS, root: 'Mailbox', navigation: 'CasMailbox' } },
  'get-exomailboxstatistics': { set: 'MailboxStatistics', keyedBy: { parameters: MAILBOX_KEYS, root: 'Mailbox', navigation: 'MailboxStatistics' } },
  'get-exomailboxpermission': { set: 'MailboxPermission', keyedBy: { parameters: MAILBOX_KEYS, root: 'Mailbox', navigation: 'MailboxPermission' } },
  'get-exorecipientpermission': { set: 'RecipientPermission', keyedBy: { parameters: MAILBOX_KEYS, root: 'Recipient', navigation: 'RecipientPermission' } },
  'get-exomailboxfolderstatistics': { set: 'MailboxFolderStatistics', keyedBy: { parameters: MAILBOX_KEYS, root: 'Mailbox', navigation: 'MailboxFolderStatistics' } },
  // Folder identities (`alice:\Calendar`) are not mailbox keys: they go as the Identity option.
  'get-exomailboxfolderpermission': { set: 'MailboxFolderPermission' },
  'get-exomobiledevicestatistics': { set: 'MobileDeviceStatistics', keyedBy: { parameters: ['Mailbox'], root: 'Mailbox', navigation: 'MobileDeviceStatistics' } },
};

/** Get-EXO* default: at most 1000 objects unless -ResultSize says otherwise (as the module). */
export const EXO_DEFAULT_RESULT_SIZE = 1000;

export function isExoCmdlet(name: string): boolean {
  return Object.hasOwn(ROUTES, name.toLowerCase());
}

/** A Get-EXO* call as the invoker takes it: one keyed entity (`single`) or a listing. */
export interface ExoRequest {
  path: string;
  query: Record<string, string>;
  /** A keyed Mailbox/Recipient: the answer is the entity itself, not a collection. */
  single: boolean;
  resultSize?: number | 'Unlimited';
}

export function exoRequest(cmdlet: RemoteCmdletMetadata, input: BoundParameters): ExoRequest {
  const route = ROUTES[cmdlet.name.toLowerCase()];
  if (!route) throw new Error(`${cmdlet.name} is not a Get-EXO* cmdlet.`);
  const query: Record<string, string> = {};
  let path = route.set;
  let single = false;
  const keyed = route.keyedBy;
  let skip = new Set<string>();
  if (keyed) {
    for (const wanted of keyed.parameters) {
      const bound = [...input.bound].find((b) => b.toLowerCase() === wanted.toLowerCase());
      const value = bound === undefined ? undefined : encodeValue(input.params[bound]);
      if (typeof value !== 'string' || value === '') continue;
      skip = new Set(keyed.parameters.map((k) => k.toLowerCase()));
      path = `${keyed.root}('${Buffer.from(value, 'utf8').toString('base64url')}')${keyed.navigation ? `/${keyed.navigation}` : ''}`;
      single = keyed.navigation === undefined;
      query['isEncoded'] = 'true';
      break;
    }
  }
  const hasResultSize = cmdlet.parameters.some((p) => p.name === 'ResultSize');
  let resultSize: number | 'Unlimited' | undefined = hasResultSize && !single ? EXO_DEFAULT_RESULT_SIZE : undefined;
  for (const name of input.bound) {
    if (skip.has(name.toLowerCase()) || isCommonParameter(name)) continue;
    const value = input.params[name];
    switch (name.toLowerCase()) {
      case 'propertysets':
        query['PropertySet'] = listText(value);
        break;
      case 'properties':
        query['$select'] = listText(value);
        break;
      case 'filter':
        query['$filter'] = rewriteFilterBooleans(listText(value));
        break;
      case 'resultsize':
        resultSize = value === 'Unlimited' ? 'Unlimited' : Number(value);
        break;
      default:
        query[canonicalName(cmdlet, name)] = listText(value === undefined ? true : value);
    }
  }
  if (resultSize !== undefined && !single) query['ResultSize'] = String(resultSize);
  return { path, query, single, resultSize };
}

function canonicalName(cmdlet: RemoteCmdletMetadata, name: string): string {
  return cmdlet.parameters.find((p) => p.name.toLowerCase() === name.toLowerCase())?.name ?? name;
}

/** Query option text: arrays as comma lists (as the service splits them), switches true/false. */
function listText(value: unknown): string {
  const encoded = encodeValue(value);
  if (Array.isArray(encoded)) return encoded.map((v) => toStringValue(v)).join(',');
  if (typeof encoded === 'boolean') return encoded ? 'true' : 'false';
  return toStringValue(encoded);
}
