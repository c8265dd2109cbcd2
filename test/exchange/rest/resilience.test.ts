// A bad day at the service: throttling, resets, server errors, revoked tokens, broken JSON and
// per-object errors, each the way the module would come through it. Ends with a scan of every
// message and log line for the bearer tokens handed out.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFileRequestLog, createRestInvoker } from '../../../src/exchange/rest/index.js';
import { RemoteError, type RemotePage, type RequestLog } from '../../../src/exchange/contracts.js';
import type { TenantFaults } from '../../../src/sandbox/faults.js';
import { collect, instantRetries, startTestConnection, type TestConnection } from './sandbox-target.js';

let conn: TestConnection;
let logDir: string;
let fileLog: RequestLog;
const messages: string[] = [];

beforeAll(async () => {
  conn = await startTestConnection(2500);
  logDir = mkdtempSync(join(tmpdir(), 'exosh-rest-log-'));
  fileLog = createFileRequestLog(logDir, 'All');
});
afterEach(() => conn.sandbox.faults.clear());
afterAll(async () => {
  await conn?.close();
  rmSync(logDir, { recursive: true, force: true });
});

const signal = () => new AbortController().signal;
const setFaults = (f: TenantFaults) => conn.sandbox.faults.set(conn.contosoId, f);

/** A target whose log goes to the test's list and to the -LogDirectoryPath file. */
function target(pageSize = 1000) {
  const t = conn.target({ pageSize });
  const own = t.log!;
  t.log = { write: (e) => (own.write(e), fileLog.write(e)) };
  return t;
}

async function failure(run: () => Promise<unknown>): Promise<RemoteError> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(RemoteError);
    messages.push((e as RemoteError).message, String((e as RemoteError).record.errorId));
    return e as RemoteError;
  }
  throw new Error('expected a RemoteError');
}

function listAll(t: ReturnType<typeof target>, retry: object, onPage?: (p: RemotePage, i: number) => void, resultSize: number | 'Unlimited' = 'Unlimited') {
  const invoker = createRestInvoker({ retry });
  return (async () => {
    const pages: RemotePage[] = [];
    for await (const p of invoker.invokeCommand(t, { cmdletName: 'Get-Mailbox', parameters: { ResultSize: resultSize }, idempotent: true, resultSize, signal: signal() })) {
      onPage?.(p, pages.length);
      pages.push(p);
    }
    return pages.flatMap((p) => p.items.map((i) => String(i['Guid'])));
  })();
}

let total = 0;

describe('retries', () => {
  it('a 429 storm completes, each wait being the Retry-After the service sent', async () => {
    const throttle = { requests: 1, windowSeconds: 30 };
    setFaults({ throttle });
    // Waiting stands for the window passing: the budget is renewed instead of sleeping 30 s.
    const { waits, retry } = instantRetries(() => setFaults({ throttle }));
    const t = target(400);
    const ids = await listAll(t, retry, undefined, 1600);
    expect(ids.length).toBe(1600);
    expect(new Set(ids).size).toBe(1600);
    expect(waits).toHaveLength(3);
    expect(waits.every((w) => w >= 1000 && w <= 30_000 && w % 1000 === 0)).toBe(true);
    const retries = t.entries.filter((e) => e.outcome === 'retry');
    expect(retries.length).toBe(waits.length);
    expect(retries.every((e) => e.status === 429)).toBe(true);
  });

  it('a throttle that never lifts ends with "Maximum retry count reached." after 5 retries', async () => {
    setFaults({ throttle: { requests: 1, windowSeconds: 3600 } });
    const { waits, retry } = instantRetries();
    const t = target(100);
    const err = await failure(() => listAll(t, { ...retry, maxTotalMs: 10 * 3600_000 }));
    expect(waits).toHaveLength(5);
    expect(err.terminating).toBe(true);
    expect(err.record.category).toBe('LimitsExceeded');
    expect(err.message).toMatch(/^Maximum retry count reached\. The user '.*' has exceeded the budget of 1 requests in 3600 seconds/);
    expect(err.status).toBe(429);
  });

  it('503 and 500 are retried with exponential back-off (2 s, 4 s...) on a Get', async () => {
    const getDomains = (retry: object) =>
      collect(createRestInvoker({ retry }).invokeCommand(target(), { cmdletName: 'Get-AcceptedDomain', parameters: {}, idempotent: true, signal: signal() }));
    setFaults({ serverError: { next: 1, status: 503 } });
    const first = instantRetries();
    expect((await getDomains({ ...first.retry, baseDelayMs: 2000 }))[0]!.items.length).toBeGreaterThan(0);
    // 503 carries Retry-After: 2 (seconds), honoured as given.
    expect(first.waits).toEqual([2000]);
    setFaults({ serverError: { next: 2, status: 500 } });
    const second = instantRetries();
    expect((await getDomains({ ...second.retry, baseDelayMs: 2000 }))[0]!.items.length).toBeGreaterThan(0);
    // random() is 0.5: each step is 2 s·2ⁿ plus 12.5 % jitter.
    expect(second.waits).toEqual([2250, 4500]);
  });

  it('a connection reset in the middle of a page of a Get is retried and loses or repeats nothing', async () => {
    const { waits, retry } = instantRetries();
    const t = target(400);
    const ids = await listAll(
      t,
      retry,
      (_p, i) => {
        if (i === 1) setFaults({ resetConnection: { next: 1 } });
      },
      1600,
    );
    expect(waits).toHaveLength(1);
    expect(ids.length).toBe(1600);
    expect(new Set(ids).size).toBe(1600);
    expect(t.entries.filter((e) => e.outcome === 'retry').map((e) => e.status)).toEqual([200]);
  });

  it('a listing through random 503s still returns every mailbox exactly once', async () => {
    // Random resets are left out: a reset of the last page loses the sandbox's snapshot (it is
    // dropped once that page is served), so the retried last page answers "skip token expired".
    setFaults({ serverError: { rate: 0.3, status: 503 } });
    const { retry } = instantRetries();
    const t = target(200);
    // More retries than the module's 5: the faults are random and the test must not be.
    const ids = await listAll(t, { ...retry, maxRetries: 12 }, undefined, 1600);
    expect(ids.length).toBe(1600);
    expect(new Set(ids).size).toBe(1600);
    expect(t.entries.filter((e) => e.outcome === 'ok')).toHaveLength(8);
  });

  it('a reset on Set-Mailbox is not sent again: the change may already be made', async () => {
    const invoker = createRestInvoker({ retry: instantRetries().retry });
    const since = Date.now();
    setFaults({ resetConnection: { next: 1 } });
    const t = target();
    const set = { cmdletName: 'Set-Mailbox', parameters: { Identity: 'admin', CustomAttribute7: 'reset-once' }, idempotent: false, signal: signal() };
    const err = await failure(() => collect(invoker.invokeCommand(t, set)));
    expect(err.terminating).toBe(true);
    expect(err.record.category).toBe('ConnectionError');
    expect(err.message).toMatch(/^The connection to 127\.0\.0\.1:\d+ was closed unexpectedly/);
    const sets = (await conn.sandboxRequests(since)).filter((r) => r.cmdlet === 'Set-Mailbox');
    expect(sets).toHaveLength(1);
    // The service did run it before the connection died.
    const [page] = await collect(invoker.invokeCommand(t, { cmdletName: 'Get-Mailbox', parameters: { Identity: 'admin' }, idempotent: true, signal: signal() }));
    expect(page!.items[0]!['CustomAttribute7']).toBe('reset-once');
  });

  it('a 503 on Set-Mailbox is not retried; a refused connection is, since nothing was sent', async () => {
    setFaults({ serverError: { next: 1, status: 503 } });
    const first = instantRetries();
    const t = target();
    const set = { cmdletName: 'Set-Mailbox', parameters: { Identity: 'admin', CustomAttribute8: 'x' }, idempotent: false, signal: signal() };
    const err = await failure(() => collect(createRestInvoker({ retry: first.retry }).invokeCommand(t, set)));
    expect(first.waits).toEqual([]);
    expect(err.record.category).toBe('ResourceUnavailable');
    expect(err.terminating).toBe(true);

    const second = instantRetries();
    const nowhere = conn.target({ endpoints: { connectionUri: 'https://127.0.0.1:9', authorityUri: conn.sandbox.url, resource: 'x' } });
    const refused = await failure(() => collect(createRestInvoker({ retry: second.retry }).invokeCommand(nowhere, set)));
    expect(second.waits).toHaveLength(5);
    expect(refused.message).toBe('Maximum retry count reached. No connection could be made to 127.0.0.1:9: the connection was refused.');
  });
});

describe('tokens', () => {
  it('a token revoked in the middle of a 2,500-mailbox listing is refreshed once and the listing completes', async () => {
    setFaults({ revokeTokensAfterRequests: 3 });
    const t = target(250);
    const ids = await listAll(t, instantRetries().retry);
    total = ids.length;
    expect(total).toBeGreaterThanOrEqual(2500);
    expect(t.tokens.forcedRefreshes).toBe(1);
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(total);
    expect(t.entries.filter((e) => e.outcome === 'retry').map((e) => e.status)).toEqual([401]);
  });

  it('a 401 that a fresh token does not cure is a terminating AuthenticationError', async () => {
    const t = target();
    const revoked = t.tokens;
    // Every token this provider hands out is revoked before it is used.
    const getToken = revoked.getToken.bind(revoked);
    revoked.getToken = async (o) => {
      const token = await getToken(o);
      conn.sandbox.identity.revokeTokens(conn.contosoId);
      return token;
    };
    const err = await failure(() => collect(createRestInvoker().invokeCommand(t, { cmdletName: 'Get-AcceptedDomain', parameters: {}, idempotent: true, signal: signal() })));
    expect(revoked.forcedRefreshes).toBe(1);
    expect(err.terminating).toBe(true);
    expect(err.status).toBe(401);
    expect(err.record.category).toBe('AuthenticationError');
  });
});

describe('service answers', () => {
  it('malformed JSON on page 2 is a terminating error after page 1 was delivered', async () => {
    const invoker = createRestInvoker({ retry: instantRetries().retry });
    for (const fault of ['malformedJson', 'truncatedJson'] as const) {
      let delivered = 0;
      const err = await failure(async () => {
        for await (const p of invoker.invokeCommand(target(300), { cmdletName: 'Get-Mailbox', parameters: { ResultSize: 'Unlimited' }, idempotent: true, resultSize: 'Unlimited', signal: signal() })) {
          delivered += p.items.length;
          setFaults({ [fault]: { next: 1 } });
        }
      });
      expect(delivered).toBe(300);
      expect(err.terminating).toBe(true);
      expect(err.record.category).toBe('InvalidResult');
      expect(err.message).toMatch(/^The server returned a response that is not valid JSON \([\d,]+ bytes of application\/json\)/);
    }
  });

  it('a missing mailbox is a non-terminating ObjectNotFound error with the service text and the module error id', async () => {
    const t = target();
    const err = await failure(() => collect(createRestInvoker().invokeCommand(t, { cmdletName: 'Get-Mailbox', parameters: { Identity: 'nobody-here' }, idempotent: true, signal: signal() })));
    expect(err.terminating).toBe(false);
    expect(err.status).toBe(404);
    expect(err.record.category).toBe('ObjectNotFound');
    expect(err.message).toMatch(/^The operation couldn't be performed because object 'nobody-here' couldn't be found on '.*\.PROD\.OUTLOOK\.COM'\.$/);
    expect(err.record.exceptionType).toBe('Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException');
    expect(err.record.errorId).toMatch(/^\[Server=[A-Z0-9]+,RequestId=[0-9a-f-]{36},TimeStamp=\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d\d:\d\d [AP]M\]$/);
    expect(err.record.targetObject).toBe('nobody-here');
    expect(err.record.commandName).toBe('Get-Mailbox');
    expect(t.entries.map((e) => [e.outcome, e.status])).toEqual([['error', 404]]);
    expect(t.entries[0]!.durationMs).toBeGreaterThan(0);
    expect(t.entries[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('an unknown parameter is a non-terminating InvalidArgument error', async () => {
    const err = await failure(() => collect(createRestInvoker().invokeCommand(target(), { cmdletName: 'Get-Mailbox', parameters: { NoSuchParameter: 1 }, idempotent: true, signal: signal() })));
    expect(err.terminating).toBe(false);
    expect(err.record.category).toBe('InvalidArgument');
    expect(err.message).toBe("A parameter cannot be found that matches parameter name 'NoSuchParameter'.");
  });

  it('-WhatIf comes back as a confirmation message', async () => {
    const [page] = await collect(createRestInvoker().invokeCommand(target(), { cmdletName: 'Set-Mailbox', parameters: { Identity: 'admin', CustomAttribute9: 'y', WhatIf: true }, idempotent: false, signal: signal() }));
    expect(page!.confirmationMessage).toBe('Performing the operation "Set-Mailbox" on target "admin".');
    expect(page!.items).toEqual([]);
  });
});

describe('secrets', () => {
  it('no token appears in any error message, log entry or log file line', () => {
    const tokens = conn.allTokens();
    expect(tokens.length).toBeGreaterThan(5);
    const files = readdirSync(logDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^exosh-\d{4}-\d\d-\d\d\.log$/);
    const lines = readFileSync(join(logDir, files[0]!), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    const outcomes = new Set(lines.map((l) => (JSON.parse(l) as { outcome: string }).outcome));
    expect([...outcomes].sort()).toEqual(['error', 'ok', 'retry']);
    const everything = [...messages, ...lines].join('\n');
    expect(messages.length).toBeGreaterThan(10);
    for (const token of tokens) {
      expect(everything).not.toContain(token);
      // Also any of the token's three parts (a signature alone is enough to worry).
      for (const part of token.split('.')) expect(everything).not.toContain(part);
    }
    expect(everything).not.toMatch(/bearer/i);
  });
});
