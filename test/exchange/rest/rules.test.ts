// The rules behind the invoker, one by one: how service errors read, when to retry and how long
// to wait, how URLs are encoded, and what the -LogDirectoryPath file keeps at each -LogLevel.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryOf, moduleErrorId, moduleTimeStamp, parseDetailMessage, parseServiceError, serviceError } from '../../../src/exchange/rest/error-mapping.js';
import { defaultRetryPolicy, isRetryable, networkFailure, parseRetryAfter, retryDelayMs } from '../../../src/exchange/rest/retry-policy.js';
import { entitySetUrl, invokeCommandUrl } from '../../../src/exchange/rest/request-building.js';
import { entitySetCmdlet } from '../../../src/exchange/rest/paging.js';
import { createFileRequestLog } from '../../../src/exchange/rest/index.js';
import type { RequestLogEntry, RestTarget } from '../../../src/exchange/contracts.js';

describe('service error bodies', () => {
  it('splits Code|Class|Text at the first two bars only', () => {
    expect(parseDetailMessage('Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|Object a|b was not found.')).toEqual({
      code: 'Ex6F9304',
      exceptionClass: 'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException',
      text: 'Object a|b was not found.',
    });
  });

  it('reads the JSON variant and plain text', () => {
    expect(parseDetailMessage('{"localizedString":{"stringId":"ErrNotFound"},"ClassName":"X.Y.NotFoundException","Message":"Gone."}')).toEqual({
      code: 'ErrNotFound',
      exceptionClass: 'X.Y.NotFoundException',
      text: 'Gone.',
    });
    expect(parseDetailMessage('Something broke.')).toEqual({ text: 'Something broke.' });
  });

  it('falls back to innererror.internalexception, then error.message', () => {
    expect(parseServiceError({ error: { message: 'outer', innererror: { internalexception: { message: 'inner text', type: 'A.B.InnerException' } } } })).toMatchObject({
      text: 'inner text',
      exceptionClass: 'A.B.InnerException',
    });
    expect(parseServiceError({ error: { code: 'BadRequest', message: 'Invalid filter clause' } })).toMatchObject({ text: 'Invalid filter clause' });
    expect(parseServiceError({ nope: 1 })).toBeUndefined();
  });

  it('takes a numeric details[0].code as the ErrorCategory and details[0].target as the target', () => {
    const err = serviceError({ status: 400 }, { error: { details: [{ code: 28, target: 'user7', message: '|X.SomeException|No.' }] } }, { cmdletName: 'Set-User', identity: 'ignored' });
    expect(err.record.category).toBe('AuthenticationError');
    expect(err.record.targetObject).toBe('user7');
    expect(err.terminating).toBe(false);
  });

  it('maps classes and statuses to categories', () => {
    expect(categoryOf(400, 'Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException')).toBe('InvalidArgument');
    expect(categoryOf(400, 'System.Management.Automation.ParameterBindingException')).toBe('InvalidArgument');
    expect(categoryOf(403, 'System.Management.Automation.CommandNotFoundException')).toBe('ObjectNotFound');
    expect(categoryOf(429, undefined)).toBe('LimitsExceeded');
    expect(categoryOf(401, undefined)).toBe('AuthenticationError');
    expect(categoryOf(403, undefined)).toBe('PermissionDenied');
  });

  it('builds the module error id from the backend, request id and Date header', () => {
    expect(moduleTimeStamp(new Date('2023-08-18T14:00:52Z'))).toBe('8/18/2023 2:00:52 PM');
    expect(moduleTimeStamp(new Date('2023-01-05T00:07:09Z'))).toBe('1/5/2023 12:07:09 AM');
    expect(moduleErrorId({ status: 404, backend: 'YQXPR01MB5357.CANPRD01.PROD.OUTLOOK.COM', requestId: 'a9d8a5ae-6d51-d081-580b-00491acad8ba', date: 'Fri, 18 Aug 2023 14:00:52 GMT' })).toBe(
      '[Server=YQXPR01MB5357,RequestId=a9d8a5ae-6d51-d081-580b-00491acad8ba,TimeStamp=8/18/2023 2:00:52 PM]',
    );
  });

  it('a 403 or a body without a description ends the call', () => {
    expect(serviceError({ status: 403 }, { error: { details: [{ message: '|A.CmdletAccessDeniedException|No roles.' }] } }, {}).terminating).toBe(true);
    expect(serviceError({ status: 400 }, undefined, {}).terminating).toBe(true);
  });
});

describe('retrying', () => {
  const status = (s: number, text?: string) => ({ kind: 'status' as const, status: s, text });
  it('retries throttling, timeouts and server failures on a Get', () => {
    for (const s of [408, 429, 500, 502, 503, 504]) expect(isRetryable(status(s), true)).toBe(true);
    for (const s of [400, 403, 404, 413]) expect(isRetryable(status(s), true)).toBe(false);
    expect(isRetryable({ kind: 'status', status: 500, exceptionClass: 'Microsoft.Exchange.Data.Directory.DCOverloadedException' }, true)).toBe(true);
  });

  it('re-sends a Set only when the service refused it unprocessed or nothing was sent', () => {
    expect(isRetryable(status(429), false)).toBe(true);
    expect(isRetryable(status(503), false)).toBe(false);
    expect(isRetryable(status(500, 'You have reached the maximum number of concurrent requests per tenant. Please wait and try again'), false)).toBe(true);
    expect(isRetryable(networkFailure(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), false), false)).toBe(true);
    expect(isRetryable(networkFailure(Object.assign(new Error('x'), { code: 'ECONNRESET' }), false), false)).toBe(false);
    expect(isRetryable(networkFailure(Object.assign(new Error('x'), { code: 'ECONNRESET' }), false), true)).toBe(true);
  });

  it('never retries a certificate failure', () => {
    const f = networkFailure(Object.assign(new Error('x'), { code: 'UND_ERR_SOCKET', cause: { code: 'SELF_SIGNED_CERT_IN_CHAIN' } }), false);
    expect(f).toEqual({ kind: 'network', phase: 'connect', tls: true, code: 'SELF_SIGNED_CERT_IN_CHAIN' });
    expect(isRetryable(f, true)).toBe(false);
  });

  it('waits Retry-After, else 2 s·2ⁿ with up to 25 % jitter', () => {
    const policy = defaultRetryPolicy({ random: () => 1 });
    expect(retryDelayMs(policy, { kind: 'status', status: 429, retryAfterMs: 7000 }, 3)).toBe(7000);
    expect([0, 1, 2, 3, 4].map((n) => retryDelayMs(policy, status(503), n))).toEqual([2500, 5000, 10000, 20000, 40000]);
    expect(parseRetryAfter('7.5', 0)).toBe(7500);
    expect(parseRetryAfter(new Date(61_000).toUTCString(), 1_000)).toBe(60_000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });
});

describe('URLs', () => {
  const target = { endpoints: { connectionUri: 'https://outlook.office365.com/' }, tenant: 'contoso.onmicrosoft.com' } as RestTarget;
  it('encodes entity-set paths and query values for OData', () => {
    expect(entitySetUrl(target, "Mailbox('Ann Lee')/MailboxStatistics", { PropertySet: 'Minimum,Delivery', $filter: "Alias -like 'a+b*'", $top: '10' })).toBe(
      "https://outlook.office365.com/adminapi/beta/contoso.onmicrosoft.com/Mailbox('Ann%20Lee')/MailboxStatistics?PropertySet=Minimum,Delivery&$filter=Alias%20-like%20'a%2Bb*'&$top=10",
    );
    expect(entitySetUrl(target, "Mailbox('what?#')", {})).toBe("https://outlook.office365.com/adminapi/beta/contoso.onmicrosoft.com/Mailbox('what%3F%23')");
    expect(entitySetCmdlet("Mailbox('a2V5')/MailboxFolderStatistics")).toBe('Get-EXOMailboxFolderStatistics');
    expect(entitySetCmdlet('CasMailbox')).toBe('Get-EXOCasMailbox');
    expect(invokeCommandUrl(target)).toBe('https://outlook.office365.com/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand');
  });
});

describe('the -LogDirectoryPath file', () => {
  const entry = (outcome: RequestLogEntry['outcome']): RequestLogEntry => ({
    time: new Date('2026-12-02T10:00:00Z'),
    connectionId: 'c',
    method: 'POST',
    url: 'https://h/adminapi/beta/t/InvokeCommand',
    status: outcome === 'ok' ? 200 : 503,
    durationMs: 12,
    attempt: 1,
    outcome,
  });

  it('keeps failures and retries at Default, every request at All', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-log-'));
    try {
      const byDefault = createFileRequestLog(join(dir, 'default'), 'Default');
      const all = createFileRequestLog(join(dir, 'all'), 'All');
      for (const o of ['ok', 'retry', 'ok', 'error'] as const) {
        byDefault.write(entry(o));
        all.write(entry(o));
      }
      expect(readdirSync(join(dir, 'default'))).toEqual(['exosh-2026-12-02.log']);
      const lines = (sub: string) => readFileSync(join(dir, sub, 'exosh-2026-12-02.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { outcome: string; time: string });
      expect(lines('default').map((l) => l.outcome)).toEqual(['retry', 'error']);
      expect(lines('all').map((l) => l.outcome)).toEqual(['ok', 'retry', 'ok', 'error']);
      expect(lines('all')[0]!.time).toBe('2026-12-02T10:00:00.000Z');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
