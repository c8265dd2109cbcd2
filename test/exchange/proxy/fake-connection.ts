// A RemoteConnection whose invoker records every request and answers with canned pages, so the
// proxies can be tested without HTTP, tokens or the sandbox.
import { readFileSync } from 'node:fs';
import type {
  EntitySetRequest,
  InvokeCommandRequest,
  RemoteCmdletMetadata,
  RemoteConnection,
  RemotePage,
  RestInvoker,
  RestTarget,
  ServiceObjectConverter,
} from '../../../src/exchange/contracts.js';
import { createRemoteCommand, ownConnection, type ConnectionResolver } from '../../../src/exchange/proxy/index.js';
import type { CommandDefinition } from '../../../src/runtime/command.js';
import { PSObject } from '../../../src/runtime/values.js';
import { Session, type SessionOptions } from '../../../src/local-session.js';

export type Answer = RemotePage[] | Error | ((call: RecordedCall) => AsyncIterable<RemotePage> | RemotePage[] | Error);

export type RecordedCall =
  | { kind: 'invoke'; request: InvokeCommandRequest }
  | { kind: 'entitySet'; request: EntitySetRequest }
  | { kind: 'json'; path: string };

export interface FakeConnection extends RemoteConnection {
  calls: RecordedCall[];
  /** How many page iterators were closed early (return() before the last page). */
  closedEarly: number;
  pagesServed: number;
  answer: Answer;
  /** Answers getJson (the single-entity Get-EXO* reads). */
  entity: (path: string) => unknown;
  open: boolean;
}

export function mailbox(n: number | string): Record<string, unknown> {
  const name = typeof n === 'number' ? `user${n}` : n;
  return {
    '@odata.type': '#Exchange.GenericHashTable',
    Identity: name,
    Name: name,
    Alias: name,
    PrimarySmtpAddress: `${name}@contoso.com`,
    'EmailAddresses@odata.type': '#Collection(String)',
    EmailAddresses: [`SMTP:${name}@contoso.com`],
  };
}

export function page(items: Record<string, unknown>[], extra: Partial<RemotePage> = {}): RemotePage {
  return { items, warnings: [], errors: [], ...extra };
}

export function fakeConnection(options: { answer?: Answer; prefix?: string; tenantLabel?: string } = {}): FakeConnection {
  const target: RestTarget = {
    connectionId: 'c0ffee00-0000-4000-8000-000000000001',
    tenantLabel: options.tenantLabel ?? 'contoso',
    endpoints: { connectionUri: 'https://outlook.office365.com', authorityUri: 'https://login.microsoftonline.com', resource: 'https://outlook.office365.com' },
    tenant: 'contoso.onmicrosoft.com',
    tokens: undefined as never, // the fake invoker never asks for a token
    transport: undefined as never,
    anchorMailbox: 'UPN:admin@contoso.com',
    pageSize: 1000,
  };
  const conn: FakeConnection = {
    connectionId: target.connectionId,
    kind: 'ExchangeOnline',
    prefix: options.prefix ?? '',
    tenantLabel: target.tenantLabel,
    target,
    cmdlets: new Map(),
    propertySets: {},
    open: true,
    calls: [],
    closedEarly: 0,
    pagesServed: 0,
    answer: options.answer ?? [page([])],
    entity: (path) => mailbox(decodeURIComponent(path)),
    invoker: undefined as unknown as RestInvoker,
  };
  const serve = (call: RecordedCall): AsyncIterable<RemotePage> => {
    conn.calls.push(call);
    const answer = typeof conn.answer === 'function' ? conn.answer(call) : conn.answer;
    return (async function* () {
      if (answer instanceof Error) throw answer;
      let finished = false;
      try {
        for await (const p of answer) {
          conn.pagesServed++;
          yield p;
        }
        finished = true;
      } finally {
        if (!finished) conn.closedEarly++;
      }
    })();
  };
  (conn as { invoker: RestInvoker }).invoker = {
    invokeCommand: (_t, request) => serve({ kind: 'invoke', request }),
    getEntitySet: (_t, request) => serve({ kind: 'entitySet', request }),
    getJson: async (_t, path) => {
      conn.calls.push({ kind: 'json', path });
      const answer = typeof conn.answer === 'function' ? conn.answer({ kind: 'json', path }) : conn.answer;
      if (answer instanceof Error) throw answer;
      return conn.entity(path);
    },
  };
  return conn;
}

/** Drops annotations and prints as its Identity, roughly what the values/ converter does. */
export const convertForTest: ServiceObjectConverter = (item, cmdletName) => {
  const o = PSObject.fromEntries(
    Object.entries(item).filter(([k]) => !k.includes('@')),
    [`Deserialized.Exchange.${cmdletName.slice(cmdletName.indexOf('-') + 1)}`, 'Deserialized.System.Object'],
  );
  o.toStringHook = (self) => String(self.get('Identity') ?? '');
  return o;
};

let catalog: Map<string, RemoteCmdletMetadata> | undefined;

export function cmdletMetadata(name: string): RemoteCmdletMetadata {
  catalog ??= new Map(
    (JSON.parse(readFileSync(new URL('../../../assets/exchange/cmdlets.json', import.meta.url), 'utf8')) as { cmdlets: RemoteCmdletMetadata[] }).cmdlets.map((c) => [c.name.toLowerCase(), c]),
  );
  const m = catalog.get(name.toLowerCase());
  if (!m) throw new Error(`no metadata for ${name}`);
  return m;
}

export const MODULE_NAME = 'tmpEXO_a54z135k.qgv';

export function proxies(names: string[], connection: ConnectionResolver | FakeConnection, prefix = ''): CommandDefinition[] {
  const resolver: ConnectionResolver = typeof connection === 'function' ? connection : ownConnection(connection);
  return names.map((n) => createRemoteCommand(cmdletMetadata(n), { prefix, moduleName: MODULE_NAME, connection: resolver, convert: convertForTest }));
}

export const EXCHANGE_CMDLETS = [
  'Get-Mailbox',
  'Set-Mailbox',
  'New-Mailbox',
  'Remove-Mailbox',
  'Get-MailboxStatistics',
  'Set-TransportRule',
  'New-DlpPolicy',
  'Set-MailboxRegionalConfiguration',
  'Get-EXOMailbox',
  'Get-EXOMailboxStatistics',
  'Get-EXOMailboxFolderPermission',
  'Get-EXOMobileDeviceStatistics',
];

export function proxySession(connection: FakeConnection, options: SessionOptions & { names?: string[] } = {}): Session {
  return new Session({ ...options, commands: [...(options.commands ?? []), ...proxies(options.names ?? EXCHANGE_CMDLETS, connection)] });
}

export function invokes(conn: FakeConnection): InvokeCommandRequest[] {
  return conn.calls.flatMap((c) => (c.kind === 'invoke' ? [c.request] : []));
}
