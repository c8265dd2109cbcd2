// Per-tenant facts every generated record repeats: where the tenant lives in the service's
// directory (forest, DN suffix, OrganizationId), its dates, and the tables being filled.
import type { RecordKind, SandboxTenant, StoredRecord } from '../../contracts.js';
import { makeRecord, type Values } from '../records.js';
import { KIND_DEFAULTS } from './defaults.js';
import { DAY_MS, restDate } from '../formats.js';
import { Random } from '../random.js';

export interface MailboxServer {
  serverName: string;
  database: string;
  databaseGuid: string;
  serverLegacyDn: string;
}

interface TenantProfile {
  forest: string;
  /** Datacenter prefix of server names, e.g. SN6PR05 / AM0PR03. */
  serverPrefix: string;
  createdOn: string;
  /** Vanity domain used for UPNs and primary addresses of generated people. */
  vanityDomain: string;
}

const PROFILES: Readonly<Record<string, TenantProfile>> = {
  contoso: { forest: 'NAMPR05A001', serverPrefix: 'SN6PR05', createdOn: '2015-03-02T16:21:09Z', vanityDomain: 'contoso.com' },
  fabrikam: { forest: 'EURPR03A002', serverPrefix: 'AM0PR03', createdOn: '2018-06-11T09:03:44Z', vanityDomain: 'fabrikam.com' },
  tailspin: { forest: 'EURPR07A118', serverPrefix: 'DB9PR07', createdOn: '2021-09-20T12:40:31Z', vanityDomain: 'tailspintoys.com' },
};

/** The creation and change stamps every directory object carries; the UTC twins read the same here. */
export function whenStamps(created: string, changed: string) {
  return { WhenCreated: created, WhenCreatedUTC: created, WhenChanged: changed, WhenChangedUTC: changed };
}

export class SeedContext {
  readonly tables = new Map<RecordKind, StoredRecord[]>();
  readonly forest: string;
  readonly serverPrefix: string;
  readonly createdMs: number;
  readonly vanityDomain: string;
  readonly dnSuffix: string;
  readonly organizationId: string;
  readonly objectCategoryBase: string;
  readonly originatingServer: string;
  readonly personCategory: string;
  /** The domain part of every user's SID in this tenant. */
  readonly sidDomain: string;
  readonly enterprisePlan: string;
  readonly standardPlan: string;
  /** Start of the reference hour and one day later: what a never-set auto-reply shows. */
  readonly hourStart: string;
  readonly hourEnd: string;
  private readonly servers: readonly MailboxServer[];

  constructor(
    readonly tenant: SandboxTenant,
    readonly seed: number,
    /** Midnight UTC of the day the store was created: "now" for everything generated. */
    readonly referenceMs: number,
  ) {
    const p = PROFILES[tenant.key] ?? {
      forest: 'NAMPR99A999',
      serverPrefix: 'BY5PR99',
      createdOn: '2020-01-01T00:00:00Z',
      vanityDomain: tenant.domains[1] ?? tenant.initialDomain,
    };
    this.forest = p.forest;
    this.serverPrefix = p.serverPrefix;
    this.createdMs = Math.min(Date.parse(p.createdOn), referenceMs - 400 * DAY_MS);
    this.vanityDomain = p.vanityDomain;
    const fqdn = `${p.forest}.PROD.OUTLOOK.COM`;
    this.dnSuffix = `OU=${tenant.initialDomain},OU=Microsoft Exchange Hosted Organizations,DC=${p.forest},DC=PROD,DC=OUTLOOK,DC=COM`;
    this.organizationId = `${fqdn}/Microsoft Exchange Hosted Organizations/${tenant.initialDomain} - ${fqdn}/ConfigurationUnits/${tenant.initialDomain}/Configuration`;
    this.objectCategoryBase = `${fqdn}/Configuration/Schema`;
    this.originatingServer = `${p.serverPrefix}A001DC01.${fqdn}`;
    this.personCategory = `${this.objectCategoryBase}/Person`;
    const sid = this.rng('sid');
    this.sidDomain = `${sid.u32()}-${sid.u32()}-${sid.u32()}`;
    this.enterprisePlan = `ExchangeOnlineEnterprise-${sid.guid()}`;
    this.standardPlan = `ExchangeOnline-${sid.guid()}`;
    this.hourStart = restDate(referenceMs);
    this.hourEnd = restDate(referenceMs + DAY_MS);
    this.servers = this.makeServers();
  }

  /** An independent random stream for one purpose, e.g. rng('mailbox', 17). */
  rng(...parts: Array<string | number>): Random {
    return new Random(this.seed, this.tenant.key, ...parts);
  }

  dn(name: string): string {
    return `CN=${name.replace(/([,\\#+<>;"=])/g, '\\$1')},${this.dnSuffix}`;
  }

  legacyDn(rng: Random, alias: string): string {
    return `/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=${rng.hex(32)}-${alias.slice(0, 10)}`;
  }

  /** A mailbox server and database, as EXO shows them, from the tenant's pool of them. */
  server(rng: Random): MailboxServer {
    return rng.pick(this.servers);
  }

  private makeServers(): MailboxServer[] {
    const rng = this.rng('servers');
    const out: MailboxServer[] = [];
    for (let i = 0; i < 240; i++) {
      const serverName = `${this.serverPrefix.toLowerCase()}mb${rng.int(1000, 9999)}`;
      out.push(Object.freeze({
        serverName,
        database: `${this.forest.slice(0, 7)}DG${String(rng.int(1, 400)).padStart(3, '0')}-db${String(rng.int(1, 120)).padStart(3, '0')}`,
        databaseGuid: rng.guid(),
        serverLegacyDn: `/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=${serverName.toUpperCase()}`,
      }));
    }
    return out;
  }

  date(ms: number): string {
    return restDate(ms);
  }

  /** Adds a record: `own` values, else `shared` ones (values several records repeat), else defaults. */
  add(kind: RecordKind, own: Values, shared?: Values): StoredRecord {
    const record = makeRecord(kind, KIND_DEFAULTS[kind], own, { shared });
    let table = this.tables.get(kind);
    if (!table) {
      table = [];
      this.tables.set(kind, table);
    }
    table.push(record);
    return record;
  }
}
