// Which properties a remote cmdlet's -Filter accepts, and how their values compare: the rows
// tools/gen-filterable.mjs writes to assets/exchange/filterable-properties.json from Microsoft's
// "Filterable properties for the Filter parameter" page (the sandbox reads the same rows from its
// own generated copy; the client never imports the sandbox).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type FilterValueKind =
  | 'string'
  | 'dn'
  | 'guid'
  | 'proxyAddress'
  | 'enum'
  | 'flags'
  | 'orderedFlags'
  | 'orderedList'
  | 'boolean'
  | 'integer'
  | 'datetime'
  | 'size'
  | 'timespan';

export interface FilterableProperty {
  /** The spelling the docs and the service use. */
  readonly name: string;
  readonly kind: FilterValueKind;
  /** 'Unlimited' is one of its values (an integer such as RecipientLimits). */
  readonly unlimited: boolean;
}

interface Asset {
  nounBits: Record<string, number>;
  rows: [string, FilterValueKind, string, number][];
}

/**
 * The Get-EXO* cmdlets filter on their older equivalents' properties except these
 * (filters-v2.md, "Unsupported filterable properties").
 */
const EXO_VARIANTS: Readonly<Record<string, { base: string; unsupported: readonly string[] }>> = {
  'get-exomailbox': {
    base: 'Get-Mailbox',
    unsupported: ['DeletedItemFlags', 'LanguagesRaw', 'MasterAccountSid', 'MemberOfGroup', 'RequireAllSendersAreAuthenticated', 'SCLDeleteThresholdInt', 'SCLJunkThresholdInt', 'SCLQuarantineThresholdInt', 'SCLRejectThresholdInt'],
  },
  'get-exocasmailbox': { base: 'Get-CASMailbox', unsupported: ['MemberOfGroup', 'ExternalDirectoryObjectId'] },
  'get-exorecipient': { base: 'Get-Recipient', unsupported: ['CountryCode', 'ExternalDirectoryObjectId', 'MasterAccountSid', 'MemberOfGroup', 'Members'] },
};

let asset: Asset | undefined;
const schemas = new Map<string, ReadonlyMap<string, FilterableProperty> | null>();

function readAsset(): Asset {
  asset ??= JSON.parse(readFileSync(fileURLToPath(new URL('../../../assets/exchange/filterable-properties.json', import.meta.url)), 'utf8')) as Asset;
  return asset;
}

/**
 * Lower-cased name → property for a cmdlet (unprefixed name, any case), or undefined when the
 * cmdlet has no documented -Filter properties (then nothing is pushed into it).
 */
export function filterablePropertiesOf(cmdletName: string): ReadonlyMap<string, FilterableProperty> | undefined {
  const key = cmdletName.toLowerCase();
  const known = schemas.get(key);
  if (known !== undefined) return known ?? undefined;
  const { nounBits, rows } = readAsset();
  const variant = EXO_VARIANTS[key];
  const base = variant ? variant.base : Object.keys(nounBits).find((n) => n.toLowerCase() === key);
  const bit = base === undefined ? undefined : nounBits[base];
  if (bit === undefined) {
    schemas.set(key, null);
    return undefined;
  }
  const unsupported = new Set((variant?.unsupported ?? []).map((n) => n.toLowerCase()));
  const map = new Map<string, FilterableProperty>();
  for (const [name, kind, flags, bits] of rows) {
    if ((bits & bit) === 0 || unsupported.has(name.toLowerCase())) continue;
    map.set(name.toLowerCase(), { name, kind, unlimited: flags.includes('u') });
  }
  schemas.set(key, map);
  return map;
}
