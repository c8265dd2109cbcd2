// The OData entity sets behind the Get-EXO* cmdlets (rest-protocol.md §2.2):
//   GET …/adminapi/beta/{tenant}/Mailbox?PropertySet=Minimum,Delivery&$select=…&$filter=<OPATH>&$top=N
//   GET …/Mailbox('{identity}')            (a single entity; isEncoded=true: the key is base64)
//   GET …/Mailbox('{identity}')/MailboxPermission    (and the other navigation properties below)
//   GET …/Recipient('{identity}')?$expand=RecipientPermission
// Each URL is translated into the equivalent Get-EXO* cmdlet call and run through the same binder
// and handlers as InvokeCommand; later pages follow @odata.nextLink with GET.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestNotes, StoredRecord } from '../contracts.js';
import type { Authorized } from './authorization.js';
import { runCmdlet } from './cmdlet-runner.js';
import { pageBody, selectNames, type PageRequest } from './collection-response.js';
import { decodeSegment, sendJson, type ResponseContext } from './http.js';
import { cmdletCatalog } from './metadata.js';
import { maxPageSize } from './paging.js';
import { errors, ServiceError } from './service-error.js';
import type { ServiceState } from './state.js';
import { toWireItem } from './wire-format.js';

interface EntitySet {
  name: string;
  cmdlet: string;
  /** Parameter the key in ('…') binds to. */
  keyParam: string;
  /** Entities get @odata.id links (the sets that are addressable by key). */
  addressable: boolean;
}

const SETS: EntitySet[] = [
  { name: 'Mailbox', cmdlet: 'Get-EXOMailbox', keyParam: 'Identity', addressable: true },
  { name: 'Recipient', cmdlet: 'Get-EXORecipient', keyParam: 'Identity', addressable: true },
  { name: 'CasMailbox', cmdlet: 'Get-EXOCasMailbox', keyParam: 'Identity', addressable: true },
  { name: 'MailboxStatistics', cmdlet: 'Get-EXOMailboxStatistics', keyParam: 'Identity', addressable: false },
  { name: 'MailboxPermission', cmdlet: 'Get-EXOMailboxPermission', keyParam: 'Identity', addressable: false },
  { name: 'RecipientPermission', cmdlet: 'Get-EXORecipientPermission', keyParam: 'Identity', addressable: false },
  { name: 'MailboxFolderStatistics', cmdlet: 'Get-EXOMailboxFolderStatistics', keyParam: 'Identity', addressable: false },
  { name: 'MailboxFolderPermission', cmdlet: 'Get-EXOMailboxFolderPermission', keyParam: 'Identity', addressable: false },
  { name: 'MobileDeviceStatistics', cmdlet: 'Get-EXOMobileDeviceStatistics', keyParam: 'Mailbox', addressable: false },
];

/** Navigation from a keyed Mailbox/Recipient to its owned records: set → parameter the key binds to. */
const NAVIGATION: Record<string, Record<string, string>> = {
  mailbox: {
    mailboxpermission: 'Identity',
    mailboxstatistics: 'Identity',
    mailboxfolderstatistics: 'Identity',
    mailboxfolderpermission: 'Identity',
    mobiledevicestatistics: 'Mailbox',
    casmailbox: 'Identity',
    recipientpermission: 'Identity',
  },
  recipient: { recipientpermission: 'Identity' },
};

/** Query options → cmdlet parameters. Anything else that is not a known cmdlet parameter is refused. */
const OPTION_PARAMS: Record<string, string> = {
  propertyset: 'PropertySets',
  propertysets: 'PropertySets',
  $select: 'Properties',
  $filter: 'Filter',
};
const IGNORED_OPTIONS = new Set(['isencoded', 'version', '$skiptoken', '$top', '$expand', '$count', '$format']);
const LIST_PARAMS = new Set(['PropertySets', 'Properties', 'RecipientTypeDetails', 'AccessRights']);

export function entitySetNames(): string[] {
  return SETS.map((s) => s.name);
}

function findSet(name: string): EntitySet | undefined {
  return SETS.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function decodeKey(raw: string, encoded: boolean): string {
  // `raw` is already percent-decoded with its path segment; OData doubles quotes inside keys.
  const key = raw.replace(/''/g, "'");
  if (!encoded) return key;
  const text = Buffer.from(key.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  if (!text || text.includes('\uFFFD')) throw errors.badRequest(`The key '${key}' is not valid base64 although isEncoded=true.`);
  return text;
}

export async function handleEntitySet(
  state: ServiceState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  auth: Authorized,
  tenantSegment: string,
  segments: string[],
  ctx: ResponseContext,
  notes: RequestNotes,
): Promise<void> {
  const first = /^([A-Za-z]+)(?:\('(.*)'\))?$/.exec(decodeSegment(segments[0] ?? ''));
  const root = first ? findSet(first[1]!) : undefined;
  if (!first || !root || segments.length > 2) throw errors.badRequest(`Resource not found for the segment '${segments.join('/')}'.`);
  const encoded = /^true$/i.test(url.searchParams.get('isEncoded') ?? '');
  const key = first[2] !== undefined ? decodeKey(first[2], encoded) : undefined;

  let set = root;
  const parameters: Record<string, unknown> = {};
  const expand = url.searchParams.get('$expand') ?? undefined;
  const navName = segments[1];
  if (navName !== undefined) {
    const keyParam = NAVIGATION[root.name.toLowerCase()]?.[navName.toLowerCase()];
    const target = findSet(navName);
    if (!keyParam || !target || key === undefined) throw errors.badRequest(`Resource not found for the segment '${navName}'.`);
    set = target;
    parameters[keyParam] = key;
  } else if (key !== undefined) {
    parameters[root.keyParam] = key;
  }
  notes.cmdlet = set.cmdlet;

  for (const [name, value] of url.searchParams) {
    const lower = name.toLowerCase();
    if (IGNORED_OPTIONS.has(lower)) continue;
    const param = OPTION_PARAMS[lower] ?? name;
    parameters[param] = LIST_PARAMS.has(param) ? value.split(',').map((v) => v.trim()).filter(Boolean) : value;
  }
  // The Get-EXO* cmdlets enforce their own -ResultSize; over REST the whole set pages unless capped.
  const meta = cmdletCatalog().get(set.cmdlet);
  if (!('ResultSize' in parameters) && meta && cmdletCatalog().parameter(meta, 'ResultSize')) parameters['ResultSize'] = 'Unlimited';

  const top = url.searchParams.get('$top');
  let pageSize = maxPageSize(req.headers['prefer']);
  if (top !== null) {
    const n = Number(top);
    if (!Number.isInteger(n) || n < 1) throw errors.badRequest(`The value '${top}' of the query option $top is not a positive integer.`);
    pageSize = Math.min(pageSize, n);
  }
  const base = `${state.deps.baseUrl()}/adminapi/beta/${encodeURIComponent(tenantSegment)}`;
  const owner = `${auth.caller.tenantId}|${auth.caller.objectId}`;
  const entityLink = root.addressable && set === root ? (r: StoredRecord) => `${base}/${set.name}('${String(r['ExternalDirectoryObjectId'] ?? r.Guid)}')` : undefined;
  const linkQuery = [...url.searchParams]
    .filter(([k]) => k !== '$skiptoken')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  const page: PageRequest = {
    context: `${base}/$metadata#${set.name}`,
    linkBase: `${base}/${segments.map((s) => s).join('/')}`,
    linkQuery: linkQuery || undefined,
    pageSize,
    entityLink,
  };

  const token = url.searchParams.get('$skiptoken');
  if (token !== null) {
    const held = state.snapshots.resolve(token, owner, auth.tenant.tenant.id, set.cmdlet);
    if (!held) throw errors.invalidPageToken();
    await sendJson(res, ctx, 200, pageBody(held.snapshot, held.offset, page));
    return;
  }

  const { result } = await runCmdlet({ auth, cmdlet: set.cmdlet, parameters, mutate: state.mutate, now: state.now }).catch((e: unknown) => {
    // InvokeCommand words a bad -Filter as a parameter binding failure; $filter over REST is OData's.
    if (e instanceof ServiceError && e.target === 'Filter' && url.searchParams.has('$filter')) throw errors.invalidFilterClause(e.message);
    throw e;
  });
  if (key !== undefined && navName === undefined && root.addressable) {
    // A keyed entity: one object, not a collection; $expand embeds a navigation's records in it.
    const r = result.records[0];
    if (!r) throw errors.notFound(key, 'unknown');
    const item: Record<string, unknown> = toWireItem(r, selectNames(r, result.select));
    const link = entityLink?.(r);
    if (expand) {
      for (const nav of expand.split(',').map((x) => x.trim()).filter(Boolean)) {
        const keyParam = NAVIGATION[root.name.toLowerCase()]?.[nav.toLowerCase()];
        const target = findSet(nav);
        if (!keyParam || !target) throw errors.badRequest(`Resource not found for the segment '${nav}' in $expand.`);
        const expanded = await runCmdlet({ auth, cmdlet: target.cmdlet, parameters: { [keyParam]: key }, mutate: state.mutate, now: state.now });
        item[target.name] = expanded.result.records.map((x) => toWireItem(x, selectNames(x, expanded.result.select)));
      }
    }
    await sendJson(res, ctx, 200, { '@odata.context': `${base}/$metadata#${set.name}/$entity`, ...(link ? { '@odata.id': link, '@odata.editLink': link } : {}), ...item });
    return;
  }
  const items = result.records.length > pageSize ? result.records.slice() : result.records;
  const snapshot = state.snapshots.create({ tenantId: auth.tenant.tenant.id, owner, source: set.cmdlet, items, select: result.select, warnings: result.warnings });
  await sendJson(res, ctx, 200, pageBody(snapshot, 0, page));
}
