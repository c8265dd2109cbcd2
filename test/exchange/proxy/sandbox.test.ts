// The proxies end to end: the real REST invoker, service-object converter and HTTPS transport
// against a running sandbox, driven by PowerShell text through a Session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteConnection } from '../../../src/exchange/contracts.js';
import { createRemoteCommand, ownConnection } from '../../../src/exchange/proxy/index.js';
import { createRestInvoker } from '../../../src/exchange/rest/index.js';
import { toServiceObject } from '../../../src/exchange/values/service-object.js';
import { Session } from '../../../src/local-session.js';
import { startTestConnection, type TestConnection } from '../rest/sandbox-target.js';
import { cmdletMetadata, MODULE_NAME } from './fake-connection.js';

let test: TestConnection;
let session: Session;

beforeAll(async () => {
  test = await startTestConnection(40);
  const target = test.target();
  const connection: RemoteConnection = {
    connectionId: target.connectionId,
    kind: 'ExchangeOnline',
    prefix: '',
    tenantLabel: 'contoso',
    target,
    invoker: createRestInvoker(),
    cmdlets: new Map(),
    propertySets: {},
    open: true,
  };
  const names = ['Get-Mailbox', 'Set-Mailbox', 'Get-MailboxStatistics', 'Get-EXOMailbox', 'Get-EXOMailboxStatistics'];
  session = new Session({
    commands: names.map((n) => createRemoteCommand(cmdletMetadata(n), { prefix: '', moduleName: MODULE_NAME, connection: ownConnection(connection), convert: toServiceObject })),
  });
}, 60_000);

afterAll(async () => {
  await test?.close();
});

describe('proxies against the sandbox', () => {
  it('Get-Mailbox -ResultSize 3 | Get-MailboxStatistics gives three statistics', async () => {
    const r = await session.run('Get-Mailbox -ResultSize 3 | Get-MailboxStatistics | ForEach-Object { $_.DisplayName }');
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toHaveLength(3);
    expect(r.output.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
  });

  it('Get-EXOMailbox by identity, and piped into Get-EXOMailboxStatistics', async () => {
    const upn = (await session.run('(Get-Mailbox -ResultSize 1).UserPrincipalName')).output[0] as string;
    const one = await session.run(`(Get-EXOMailbox '${upn}').UserPrincipalName`);
    expect(one.errors.map((e) => e.message)).toEqual([]);
    expect(one.output).toEqual([upn]);
    const stats = await session.run('Get-EXOMailbox -ResultSize 2 | Get-EXOMailboxStatistics | Measure-Object | ForEach-Object Count');
    expect(stats.errors.map((e) => e.message)).toEqual([]);
    expect(stats.output).toEqual([2]);
  });

  it('Set-Mailbox changes what Get-Mailbox shows; -WhatIf changes nothing', async () => {
    const alias = (await session.run('(Get-Mailbox -ResultSize 1).Alias')).output[0] as string;
    const r = await session.run(`Set-Mailbox ${alias} -Office 'Lab 7'; Set-Mailbox ${alias} -Office 'Lab 9' -WhatIf; (Get-Mailbox ${alias}).Office`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual(['Lab 7']);
  });

  it('a missing identity in a piped list is one error; the rest still run', async () => {
    const alias = (await session.run('(Get-Mailbox -ResultSize 1).Alias')).output[0] as string;
    const r = await session.run(`'nobody-here-xyz','${alias}' | Get-MailboxStatistics | ForEach-Object { 'ok' }`);
    expect(r.output).toEqual(['ok']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toContain("couldn't be found");
    expect(r.errors[0]!.commandName).toBe('Get-MailboxStatistics');
  });
});
