// Items from a real sandbox, converted and used the way scripts use Get-Mailbox output.
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../src/exchange/transport.js';
import type { HttpTransport } from '../../../src/exchange/contracts.js';
import { toServiceObject, UNKNOWN_CMDLET_TYPE_NAMES } from '../../../src/exchange/values/service-object.js';
import { ByteQuantifiedSize, Unlimited } from '../../../src/exchange/values/sizes.js';
import { exchangeViews } from '../../../src/exchange/values/views.js';
import { registerView } from '../../../src/format/views.js';
import { toStringValue } from '../../../src/runtime/conversions.js';
import { Session } from '../../../src/local-session.js';
import { PSDateTime, PSGuid, PSObject, PSTimeSpan } from '../../../src/runtime/values.js';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';

let sandbox: RunningSandbox;
let transport: HttpTransport;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox({ mailboxes: 50, quiet: true });
  transport = createHttpTransport({ extraCaPem: sandbox.caCertPem });
  ({ token } = await sandbox.identity.mintAccessToken({ upn: 'admin@contoso.onmicrosoft.com' }));
  for (const { typeName, view } of exchangeViews()) registerView(typeName, view);
}, 120_000);

afterAll(async () => {
  await transport?.close();
  await sandbox?.close();
});

async function invoke(cmdlet: string, parameters: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const url = `${sandbox.url}/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand`;
  const res = await request(url, {
    method: 'POST',
    dispatcher: transport.dispatcherFor(url),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: parameters } }),
  });
  const body = (await res.body.json()) as { value: Record<string, unknown>[] };
  expect(res.statusCode).toBe(200);
  return body.value;
}

async function sessionWith(name: string, value: unknown): Promise<Session> {
  // Wide enough for the captures' table (94 fixed columns plus a GUID), as their consoles were.
  const session = new Session({ host: { width: 160 } });
  session.globalScope.setLocal(name, value);
  return session;
}

async function run(session: Session, text: string): Promise<string> {
  const r = await session.run(text);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return r.text;
}

describe('a Get-Mailbox item from the sandbox', () => {
  let raw: Record<string, unknown>;
  let mbx: PSObject;

  beforeAll(async () => {
    [raw] = (await invoke('Get-Mailbox', { Identity: 'admin@contoso.onmicrosoft.com' })) as [Record<string, unknown>];
    mbx = toServiceObject(raw, 'Get-Mailbox') as PSObject;
  });

  it('keeps the service order of properties and drops the annotations', () => {
    const expected = Object.keys(raw).filter((k) => !k.includes('@'));
    expect(mbx.names()).toEqual(expected);
    expect(mbx.names().some((n) => n.includes('@'))).toBe(false);
  });

  it('is a deserialized Mailbox whose string form is its Identity', async () => {
    expect(mbx.typeNames).toEqual(['Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox', 'Deserialized.System.Object']);
    expect(toStringValue(mbx)).toBe('admin');
    const s = await sessionWith('m', mbx);
    expect(await run(s, '"$m"')).toBe('admin\n');
    expect(await run(s, '$m.ToString()')).toBe('admin\n');
  });

  it('gives DateTime, Guid, arrays, numbers, sizes and time spans', async () => {
    expect(mbx.get('WhenCreated')).toBeInstanceOf(PSDateTime);
    expect((mbx.get('WhenCreated') as PSDateTime).ms).toBe(Date.parse('2015-03-02T16:21:09Z'));
    expect((mbx.get('WhenCreatedUTC') as PSDateTime).kind).toBe('Utc');
    expect(mbx.get('Guid')).toBeInstanceOf(PSGuid);
    expect(Array.isArray(mbx.get('EmailAddresses'))).toBe(true);
    expect(mbx.get('RecipientLimits')).toBe(500);
    expect(mbx.get('ProhibitSendQuota')).toBeInstanceOf(Unlimited);
    expect(mbx.get('RulesQuota')).toBeInstanceOf(ByteQuantifiedSize);
    expect(mbx.get('LitigationHoldDuration')).toBeInstanceOf(Unlimited);
    expect(mbx.get('RetainDeletedItemsFor')).toBeInstanceOf(PSTimeSpan);
    expect(mbx.get('LitigationHoldDate')).toBe(null);

    const s = await sessionWith('m', mbx);
    expect(await run(s, '$m.WhenCreated -is [datetime]')).toBe('True\n');
    expect(await run(s, '$m.Guid -is [guid]')).toBe('True\n');
    expect(await run(s, '$m.EmailAddresses -is [array]; $m.EmailAddresses.Count')).toBe('True\n1\n');
    expect(await run(s, '$m.EmailAddresses[0]')).toBe('SMTP:admin@contoso.onmicrosoft.com\n');
    expect(await run(s, '"$($m.ProhibitSendQuota)"')).toBe('49 GB (52,613,349,376 bytes)\n');
    expect(await run(s, '$m.ProhibitSendQuota.Value.ToBytes()')).toBe('52613349376\n');
    expect(await run(s, '$m.ProhibitSendQuota.IsUnlimited')).toBe('False\n');
    expect(await run(s, '$m.LitigationHoldDuration')).toBe('Unlimited\n');
    expect(await run(s, '"$($m.LitigationHoldDuration)"')).toBe('Unlimited\n');
    expect(await run(s, '$m.RetainDeletedItemsFor.TotalDays')).toBe('14\n');
    // Microsoft's documented workaround for the bytes still works on the printed form.
    expect(await run(s, '$m.ProhibitSendQuota.ToString().Split("(")[1].Split(" ")[0].Replace(",","")')).toBe('52613349376\n');
  });

  it('prints the Get-Mailbox table of the captures: Name 25, Alias 15, Database 30, ProhibitSendQuota 20', async () => {
    const s = await sessionWith('m', mbx);
    const lines = (await run(s, '$m')).split('\n').filter((l) => l !== '');
    const header = `${'Name'.padEnd(25)} ${'Alias'.padEnd(15)} ${'Database'.padEnd(30)} ${'ProhibitSendQuota'.padEnd(20)} ExternalDirectoryObjectId`;
    expect(lines[0]).toBe(header);
    expect(lines[1]).toBe(`${'----'.padEnd(25)} ${'-----'.padEnd(15)} ${'--------'.padEnd(30)} ${'-----------------'.padEnd(20)} -------------------------`);
    // The quota is cut at 20 characters with PowerShell 7's ellipsis, as in the captures.
    expect(lines[2]).toBe(`${'admin'.padEnd(25)} ${'admin'.padEnd(15)} ${'NAMPR05DG162-db014'.padEnd(30)} 49 GB (52,613,349,3… 6f1d3c2a-58a4-4c1e-9b1e-00000000a001`);
  });

  it('prints Format-List values as text: sizes, dates, arrays in braces', async () => {
    const s = await sessionWith('m', mbx);
    const text = await run(s, '$m | Format-List Name,ProhibitSendQuota,EmailAddresses,LitigationHoldDuration');
    expect(text).toContain('ProhibitSendQuota      : 49 GB (52,613,349,376 bytes)');
    expect(text).toContain('EmailAddresses         : {SMTP:admin@contoso.onmicrosoft.com}');
    expect(text).toContain('LitigationHoldDuration : Unlimited');
  });
});

describe('other cmdlets', () => {
  it('Get-EXOMailbox objects print as a list of what they carry, in the service order', async () => {
    const [raw] = await invoke('Get-Mailbox', { Identity: 'admin@contoso.onmicrosoft.com' });
    const wanted = ['ExternalDirectoryObjectId', 'Alias', 'DisplayName', 'Name', 'PrimarySmtpAddress', 'RecipientTypeDetails', 'ProhibitSendQuota'];
    const item = Object.fromEntries(Object.entries(raw!).filter(([k]) => wanted.includes(k.split('@')[0]!)));
    const o = toServiceObject(item, 'Get-EXOMailbox') as PSObject;
    expect(o.typeNames).toEqual(['Exosh.Exchange.Rest.Mailbox', 'System.Object']);
    const s = await sessionWith('m', o);
    const lines = (await run(s, '$m')).split('\n').filter((l) => l !== '');
    expect(lines.map((l) => l.split(' : ')[0]!.trim())).toEqual(Object.keys(item).filter((k) => !k.includes('@')));
    expect(lines).toContain('ProhibitSendQuota         : 49 GB (52,613,349,376 bytes)');
  });

  it('Get-MailboxStatistics sizes are Unlimited values whose Value has ToBytes()', async () => {
    const [raw] = await invoke('Get-MailboxStatistics', { Identity: 'admin@contoso.onmicrosoft.com' });
    const stats = toServiceObject(raw!, 'Get-MailboxStatistics') as PSObject;
    const s = await sessionWith('st', stats);
    expect(await run(s, '$st.TotalItemSize.Value.ToBytes() -eq [long]($st.TotalItemSize.ToString() -replace ".*\\(| bytes\\)|,","")')).toBe('True\n');
    expect(await run(s, '$st.ItemCount -is [int]')).toBe('True\n');
    // Scripts written for the deserialized strings call string methods on the value itself.
    expect(await run(s, '$st.TotalItemSize.Split("(")[1].Split(" ")[0].Replace(",","") -eq $st.TotalItemSize.Value.ToBytes()')).toBe('True\n');
    // A size the asset does not name is recognised by its display form.
    expect(stats.get('AttachmentTableTotalSize')).toBeInstanceOf(ByteQuantifiedSize);
  });

  it('Get-AcceptedDomain prints its table; a cmdlet the reference does not know gives deserialized custom objects', async () => {
    const domains = (await invoke('Get-AcceptedDomain')).map((d) => toServiceObject(d, 'Get-AcceptedDomain'));
    const s = await sessionWith('d', domains);
    const lines = (await run(s, '$d')).split('\n').filter((l) => l !== '');
    expect(lines[0]!.split(/\s+/)).toEqual(['Name', 'DomainName', 'DomainType', 'Default']);

    const o = toServiceObject({ Name: 'x', 'When@data.type': 'System.DateTime', When: '2026-01-02T03:04:05.0000000+00:00' }, 'Get-SomethingNew') as PSObject;
    expect(o.typeNames).toEqual(UNKNOWN_CMDLET_TYPE_NAMES);
    expect(o.get('When')).toBeInstanceOf(PSDateTime);
    expect(toStringValue(o)).toBe('x');
  });

  it('takes sizes sent as byte counts and keeps what it cannot read as it came', () => {
    const o = toServiceObject({ Identity: 'x', ProhibitSendQuota: 1024, RulesQuota: 'Unlimited', IssueWarningQuota: 'about 5 GB', WhenCreated: 'someday' }, 'Get-Mailbox') as PSObject;
    expect(toStringValue(o.get('ProhibitSendQuota'))).toBe('1 KB (1,024 bytes)');
    expect(toStringValue(o.get('RulesQuota'))).toBe('Unlimited');
    expect(o.get('IssueWarningQuota')).toBe('about 5 GB');
    expect(o.get('WhenCreated')).toBe('someday');
  });

  it('takes an annotation that comes after its property, and nested hashtables', () => {
    const o = toServiceObject(
      { Id: 'late', Stamp: '2026-01-02T03:04:05.0000000+00:00', 'Stamp@data.type': 'System.DateTime', Pairs: [{ '@odata.type': '#Exchange.GenericHashTable', _key: 'a', _value: 1 }] },
      'Get-LateAnnotations',
    ) as PSObject;
    expect(o.get('Stamp')).toBeInstanceOf(PSDateTime);
    expect(o.names()).toEqual(['Id', 'Stamp', 'Pairs']);
    const pair = (o.get('Pairs') as PSObject[])[0]!;
    expect(pair.names()).toEqual(['_key', '_value']);
    // No Identity nor Name: the deserialized object's own @{...} form.
    expect(toStringValue(pair)).toBe('@{_key=a; _value=1}');
  });
});

describe('100,000 mailboxes', () => {
  it('convert at a small, steady cost per item (printed, not asserted)', async () => {
    const page = await invoke('Get-Mailbox', { ResultSize: 50 });
    // Warm the plan, then time: objects that differ only in their values share every decision.
    for (const item of page) toServiceObject(item, 'Get-Mailbox');
    const started = performance.now();
    let last: unknown;
    for (let i = 0; i < 100_000; i++) last = toServiceObject(page[i % page.length]!, 'Get-Mailbox');
    const ms = performance.now() - started;
    console.log(`100,000 Get-Mailbox items (${Object.keys(page[0]!).length} JSON keys each): ${ms.toFixed(0)} ms, ${((ms * 1000) / 100_000).toFixed(1)} µs per item`);
    expect((last as PSObject).get('WhenCreated')).toBeInstanceOf(PSDateTime);
  }, 60_000);
});
