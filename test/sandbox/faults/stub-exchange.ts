// A sandbox server whose Exchange side is a stand-in that answers every /adminapi/ request with a
// fixed page of JSON, so each fault's effect on a known response can be checked byte for byte.
import { createSandboxServer, type SandboxServer } from '../../../src/sandbox/server.js';
import { FaultInjector, type FaultInjectorDeps } from '../../../src/sandbox/faults.js';
import { RequestLog } from '../../../src/sandbox/request-log.js';
import { createAdminHandler } from '../../../src/sandbox/admin.js';
import { ensureServerTls } from '../../../src/sandbox/tls/index.js';
import type { SandboxRequestHandler } from '../../../src/sandbox/contracts.js';

export const PAGE = {
  '@odata.context': 'https://sandbox/adminapi/beta/contoso.onmicrosoft.com/$metadata#Collection(Exchange.GenericHashTable)',
  value: Array.from({ length: 20 }, (_, i) => ({ Name: `mailbox${i}`, PrimarySmtpAddress: `mailbox${i}@contoso.com`, Guid: `0000000${i}` })),
};
export const PAGE_TEXT = JSON.stringify(PAGE);

export interface StubSandbox {
  server: SandboxServer;
  faults: FaultInjector;
  log: RequestLog;
  caCertPem: string;
  adminKey: string;
  exchangeCalls: number;
}

export async function startStubSandbox(dataDir: string, deps: Partial<FaultInjectorDeps> = {}): Promise<StubSandbox> {
  const tls = await ensureServerTls(dataDir);
  const log = new RequestLog();
  const faults = new FaultInjector({ revokeTokens: () => 0, ...deps });
  const state = { exchangeCalls: 0 };
  const exchange: SandboxRequestHandler = async (_req, res, _url, notes) => {
    state.exchangeCalls++;
    notes.cmdlet = 'Get-Mailbox';
    notes.tenant = 'contoso';
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(PAGE_TEXT) });
    res.end(PAGE_TEXT);
    return true;
  };
  const adminKey = 'test-admin-key';
  const server = createSandboxServer({
    certPem: tls.serverCertPem,
    keyPem: tls.serverKeyPem,
    admin: createAdminHandler({ adminKey, faults, log, revokeTokens: (t) => faults && (deps.revokeTokens?.(t) ?? 0) }),
    identity: async () => false,
    exchange,
    faults,
    log,
  });
  await server.listen();
  return {
    server,
    faults,
    log,
    caCertPem: tls.caCertPem,
    adminKey,
    get exchangeCalls() {
      return state.exchangeCalls;
    },
  };
}

/** A bearer token's shape is all the throttle needs (it reads the caller without verifying). */
export function unsignedBearer(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `Bearer ${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2ln`;
}
