// Runs the Exchange service on a plain node:http server on 127.0.0.1 (TLS belongs to the server
// helper) with a fake TokenVerifier: each test bearer string stands for one caller.
import { afterAll, beforeAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenRejectedError, type Caller, type ExchangeStore, type RequestNotes, type TokenVerifier } from '../../../src/sandbox/contracts.js';
import { ACCOUNTS, APPS, TENANTS } from '../../../src/sandbox/directory.js';
import { createExchangeService } from '../../../src/sandbox/exchange/service.js';

const [CONTOSO, FABRIKAM, TAILSPIN] = TENANTS;
export { CONTOSO, FABRIKAM, TAILSPIN };

function userCaller(upn: string): Caller {
  const a = ACCOUNTS.find((x) => x.upn === upn)!;
  return { kind: 'user', tenantId: a.tenantId, objectId: a.objectId, upn: a.upn, appId: 'fb78d390-0c51-40cd-8e17-fdbfab77341b', scopes: ['Exchange.Manage'], roles: [], expiresAt: 4102444800 };
}

/** Test bearer tokens → callers. */
export const CALLERS: Record<string, Caller> = {
  'contoso-admin': userCaller('admin@contoso.onmicrosoft.com'),
  'contoso-helpdesk': userCaller('helpdesk@contoso.onmicrosoft.com'),
  'fabrikam-admin': userCaller('admin@fabrikam.onmicrosoft.com'),
  'contoso-app': { kind: 'app', tenantId: CONTOSO!.id, objectId: APPS[0]!.objectId, appId: APPS[0]!.appId, scopes: [], roles: ['Exchange.ManageAsApp'], expiresAt: 4102444800 },
  'contoso-app-norole': { kind: 'app', tenantId: CONTOSO!.id, objectId: APPS[0]!.objectId, appId: APPS[0]!.appId, scopes: [], roles: [], expiresAt: 4102444800 },
};

export const fakeVerifier: TokenVerifier = {
  async verify(header) {
    const m = /^Bearer (.+)$/.exec(header ?? '');
    const caller = m ? CALLERS[m[1]!] : undefined;
    if (!caller) throw new TokenRejectedError('The access token is invalid.', 'Bearer realm="", error="invalid_token"');
    return caller;
  },
};

export interface Harness {
  url: string;
  notes: RequestNotes[];
  close(): Promise<void>;
}

export async function startHarness(store: ExchangeStore, verifier: TokenVerifier = fakeVerifier): Promise<Harness> {
  let base = '';
  const service = createExchangeService({ store, verifier, baseUrl: () => base });
  const notes: RequestNotes[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const n: RequestNotes = {};
    service(req, res, url, n)
      .then((handled) => {
        notes.push(n);
        if (!handled) {
          res.writeHead(404);
          res.end();
        }
      })
      .catch(() => {
        res.writeHead(599);
        res.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    notes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A harness over `store` for a whole test file: started before its tests, closed after them. */
export function useHarness(store: ExchangeStore, verifier?: TokenVerifier): Harness {
  const h = {} as Harness; // filled in by beforeAll, before any test reads it
  beforeAll(async () => {
    Object.assign(h, await startHarness(store, verifier));
  });
  afterAll(() => h.close());
  return h;
}

/** The headers the ExchangeOnlineManagement module sends (rest-protocol.md §5). */
export function moduleHeaders(token: string, cmdlet: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'X-CmdletName': cmdlet,
    'client-request-id': '6f0c2d1e-1111-4a4a-9b9b-000000000001',
    'connection-id': '1a9e0000-2222-4b4b-8c8c-000000000002',
    'X-AnchorMailbox': 'UPN:admin@contoso.onmicrosoft.com',
    Prefer: 'odata.maxpagesize=1000',
    'X-ResponseFormat': 'json',
    'X-SerializationLevel': 'Partial',
    WarningAction: '',
    'Accept-Language': 'en-US',
    'X-ClientModuleVersion': '3.7.1',
    'X-ClientApplication': 'ExoManagementModule',
    ...extra,
  };
}

export interface Invoked {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & { value?: Record<string, unknown>[] };
}

export async function invoke(
  h: Harness,
  token: string,
  cmdlet: string,
  parameters: Record<string, unknown> = {},
  o: { tenant?: string; headers?: Record<string, string>; url?: string } = {},
): Promise<Invoked> {
  const url = o.url ?? `${h.url}/adminapi/beta/${o.tenant ?? CONTOSO!.id}/InvokeCommand`;
  const res = await fetch(url, {
    method: 'POST',
    headers: moduleHeaders(token, cmdlet, o.headers),
    body: JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: parameters } }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Invoked['body'] };
}

/** The "Code|Class|Text" triple of a service error. */
export function errorParts(body: Record<string, unknown>): { code: string; cls: string; text: string } {
  const details = ((body['error'] as Record<string, unknown>)['details'] as { message: string }[])[0]!.message;
  const [code, cls, ...text] = details.split('|');
  return { code: code!, cls: cls!, text: text.join('|') };
}
