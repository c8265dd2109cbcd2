// Binding remote parameters as the module's proxy functions do: names and abbreviations, positional
// Identity, per-set mandatory parameters, client-side type conversions and pipeline input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeConnection, invokes, mailbox, page, proxies, proxySession, MODULE_NAME } from './fake-connection.js';
import { Session } from '../../../src/local-session.js';
import { toParameterMetadata } from '../../../src/exchange/proxy/parameters.js';

const dir = mkdtempSync(join(tmpdir(), 'exosh-proxy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('names', () => {
  it('Get-Mailbox user1 binds the positional Identity and sends it by its own name', async () => {
    const conn = fakeConnection();
    const r = await proxySession(conn).run('Get-Mailbox user1');
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(invokes(conn)[0]).toMatchObject({ cmdletName: 'Get-Mailbox', parameters: { Identity: 'user1' }, idempotent: true });
  });

  it('abbreviated names bind to the cmdlet parameter, sent with its canonical spelling', async () => {
    const conn = fakeConnection();
    await proxySession(conn).run('Get-Mailbox -ident user1 -resultS 5');
    expect(invokes(conn)[0]!.parameters).toEqual({ Identity: 'user1', ResultSize: 5 });
    expect(invokes(conn)[0]!.resultSize).toBe(5);
  });

  it('an unknown parameter is the binder error and nothing is sent', async () => {
    const conn = fakeConnection();
    const r = await proxySession(conn).run('Get-Mailbox -Bogus 1');
    expect(r.errors[0]!.message).toBe("A parameter cannot be found that matches parameter name 'Bogus'.");
    expect(conn.calls).toEqual([]);
  });

  it('a prefixed proxy is Verb-<Prefix>Noun and sends the real cmdlet name', async () => {
    const conn = fakeConnection({ prefix: 'Fab', answer: [page([mailbox(1)])] });
    const s = new Session({ commands: proxies(['Get-Mailbox'], conn, 'Fab') });
    const r = await s.run('Get-FabMailbox user1; Get-Command Get-Mailbox -ErrorAction SilentlyContinue');
    expect(invokes(conn)[0]!.cmdletName).toBe('Get-Mailbox');
    expect(r.output.length).toBe(1);
  });
});

describe('types', () => {
  it('booleans, sizes and Unlimited arrive as the module sends them: sizes as ByteQuantifiedSize text', async () => {
    const conn = fakeConnection();
    const r = await proxySession(conn).run(
      "Set-Mailbox user1 -HiddenFromAddressListsEnabled $true -ProhibitSendQuota 50GB -IssueWarningQuota '45 GB' -ProhibitSendReceiveQuota unlimited -Confirm:$false",
    );
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(invokes(conn)[0]!.parameters).toMatchObject({
      Identity: 'user1',
      HiddenFromAddressListsEnabled: true,
      ProhibitSendQuota: '50 GB (53,687,091,200 bytes)',
      IssueWarningQuota: '45 GB',
      ProhibitSendReceiveQuota: 'Unlimited',
    });
  });

  it('-ProhibitSendQuota lots is an argument transformation error and nothing is sent', async () => {
    const conn = fakeConnection();
    const r = await proxySession(conn).run("Set-Mailbox user1 -ProhibitSendQuota lots; 'still running'");
    expect(r.errors[0]!.message).toMatch(/^Cannot process argument transformation on parameter 'ProhibitSendQuota'\. Cannot convert value "lots" to type "Microsoft\.Exchange\.Data\.Unlimited`1\[Microsoft\.Exchange\.Data\.ByteQuantifiedSize\]"/);
    expect(r.output).toEqual(['still running']);
    expect(conn.calls).toEqual([]);
  });

  it('Unlimited holds a size, a time span or a count depending on the parameter', async () => {
    const conn = fakeConnection();
    const r = await proxySession(conn, { names: ['Get-Mailbox', 'Set-Mailbox', 'New-MailboxImportRequest'] }).run(
      "Get-Mailbox -ResultSize '25'; Set-Mailbox u -LitigationHoldDuration 2555 -RecipientLimits unlimited -Confirm:$false; New-MailboxImportRequest -Mailbox u -AzureBlobStorageAccountUri https://x/y -AzureSharedAccessSignatureToken t -CompletedRequestAgeLimit '30.00:00:00' -Confirm:$false; Get-Mailbox -ResultSize lots",
    );
    expect(invokes(conn).map((c) => c.parameters)).toEqual([
      { ResultSize: 25 },
      { Identity: 'u', LitigationHoldDuration: 2555, RecipientLimits: 'Unlimited', Confirm: false },
      expect.objectContaining({ CompletedRequestAgeLimit: '30.00:00:00' }),
    ]);
    expect(r.errors.map((e) => e.message)).toEqual([
      `Cannot process argument transformation on parameter 'ResultSize'. Cannot convert value "lots" to type "Microsoft.Exchange.Data.Unlimited\`1[System.Int32]". Error: "The value 'lots' isn't valid. Valid values are 'Unlimited' or a whole number."`,
    ]);
  });

  it('an enumeration takes its valid values, case-insensitively, and refuses others', async () => {
    const conn = fakeConnection();
    const r = await proxySession(conn).run('Get-Mailbox -RecipientTypeDetails sharedmailbox,UserMailbox; Get-Mailbox -RecipientTypeDetails Bogus');
    expect(invokes(conn).map((c) => c.parameters)).toEqual([{ RecipientTypeDetails: ['sharedmailbox', 'UserMailbox'] }]);
    expect(r.errors[0]!.message).toContain('The argument "Bogus" does not belong to the set');
  });

  it('a free-text parameter keeps any value even where the docs list some', () => {
    const p = toParameterMetadata({ name: 'ApprovalStatus', type: 'String', sets: { __AllParameterSets: {} }, validValues: ['Approved'] })!;
    expect(p.validateSet).toBeUndefined();
    expect(p.type).toBe('string');
  });

  it('address types keep any address although the docs list prefixes as their valid values', () => {
    const p = toParameterMetadata({ name: 'EmailAddresses', type: 'ProxyAddress[]', sets: { A: {} }, array: true, validValues: ['SMTP', 'smtp', 'X400'] })!;
    expect(p.validateSet).toBeUndefined();
    expect(p.convert!('SMTP:a@contoso.com')).toEqual(['SMTP:a@contoso.com']);
  });

  it('acceptedValues are enforced whatever the type', () => {
    const p = toParameterMetadata({ name: 'Mode', type: 'String', sets: { A: {} }, acceptedValues: ['On', 'Off'] })!;
    expect(p.validateSet).toEqual(['On', 'Off']);
  });

  it('parameter metadata carries the docs type, sets and pipeline flags', () => {
    const p = toParameterMetadata({
      name: 'Identity',
      type: 'MailboxIdParameter',
      sets: { Identity: { mandatory: true, position: 0 }, Other: {} },
      pipeline: { byValue: false, byPropertyName: true },
    })!;
    expect(p).toMatchObject({ name: 'Identity', typeName: 'MailboxIdParameter', sets: { Identity: { mandatory: true, position: 0 }, Other: {} }, valueFromPipelineByPropertyName: true });
    expect(p.valueFromPipeline).toBeUndefined();
    expect(toParameterMetadata({ name: 'WhatIf', type: 'SwitchParameter', sets: {}, switch: true })).toBeUndefined();
    expect(toParameterMetadata({ name: 'Password', type: 'SecureString', sets: {} })!.type).toBe('securestring');
    expect(toParameterMetadata({ name: 'Credential', type: 'PSCredential', sets: {} })!.type).toBe('pscredential');
    expect(toParameterMetadata({ name: 'Count', type: 'Int32', sets: {} })!.type).toBe('int');
    expect(toParameterMetadata({ name: 'When', type: 'DateTime', sets: {} })!.type).toBe('datetime');
  });

  it('a mandatory parameter of the chosen set must be given', async () => {
    const conn = fakeConnection();
    const r = await proxySession(conn).run('New-Mailbox -Name x -MicrosoftOnlineServicesID x@contoso.com');
    expect(r.errors[0]!.message).toContain('Password');
    expect(conn.calls).toEqual([]);
  });
});

describe('pipeline input', () => {
  it('Get-Mailbox -ResultSize 2 | Get-MailboxStatistics: one call per mailbox, by value', async () => {
    const conn = fakeConnection({
      answer: (call) => (call.kind === 'invoke' && call.request.cmdletName === 'Get-Mailbox' ? [page([mailbox(1), mailbox(2)])] : [page([{ DisplayName: 'stats', Identity: 's' }])]),
    });
    const r = await proxySession(conn).run('Get-Mailbox -ResultSize 2 | Get-MailboxStatistics');
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(invokes(conn).map((c) => [c.cmdletName, c.parameters])).toEqual([
      ['Get-Mailbox', { ResultSize: 2 }],
      ['Get-MailboxStatistics', { Identity: 'user1' }],
      ['Get-MailboxStatistics', { Identity: 'user2' }],
    ]);
    expect(r.output).toHaveLength(2);
  });

  it('Import-Csv users.csv | Set-Mailbox binds Identity by property name, row by row', async () => {
    const file = join(dir, 'users.csv');
    writeFileSync(file, 'Identity,Office\nalice,Paris\nbob,Oslo\n');
    const conn = fakeConnection();
    const r = await proxySession(conn).run(`Import-Csv '${file}' | Set-Mailbox -Office Remote -Confirm:$false`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(invokes(conn).map((c) => c.parameters)).toEqual([
      { Identity: 'alice', Office: 'Remote', Confirm: false },
      { Identity: 'bob', Office: 'Remote', Confirm: false },
    ]);
  });

  it('a delay-bind script block computes Identity from each row', async () => {
    const file = join(dir, 'upn.csv');
    writeFileSync(file, 'UPN\nalice@contoso.com\n');
    const conn = fakeConnection();
    const r = await proxySession(conn).run(`Import-Csv '${file}' | Set-Mailbox -Identity { $_.UPN } -Office X -Confirm:$false`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(invokes(conn)[0]!.parameters).toMatchObject({ Identity: 'alice@contoso.com' });
  });
});

describe('discovery', () => {
  it('proxies are functions of the tmpEXO_ module with the docs synopsis', async () => {
    const conn = fakeConnection();
    const s = proxySession(conn);
    const r = await s.run("(Get-Command -Module tmpEXO_* | Measure-Object).Count; (Get-Command Get-Mailbox).CommandType; (Get-Command -Noun Mailbox).Name -join ','; (Get-Command Set-Mailbox).ModuleName");
    expect(r.output).toEqual([12, 'Function', 'Get-Mailbox,New-Mailbox,Remove-Mailbox,Set-Mailbox', MODULE_NAME]);
    const help = await s.run('Get-Help Get-Mailbox | Out-String');
    expect(help.output.join('')).toContain('Use the Get-Mailbox cmdlet to view mailbox objects');
  });

  it('parameters are built only when the command is used', () => {
    const conn = fakeConnection();
    const [get] = proxies(['Get-Mailbox'], conn);
    const descriptor = Object.getOwnPropertyDescriptor(get!.metadata, 'parameters')!;
    expect(descriptor.get).toBeTypeOf('function');
    expect(get!.metadata.name).toBe('Get-Mailbox');
    expect(get!.metadata.parameters.some((p) => p.name === 'Identity')).toBe(true);
    expect(get!.metadata.parameters).toBe(get!.metadata.parameters);
  });
});
