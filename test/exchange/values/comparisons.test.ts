// Sizes in PowerShell comparisons and sorting, as scripts filter mailboxes by quota and size: the
// operators, Sort-Object and Measure-Object compare a ByteQuantifiedSize/Unlimited by its bytes,
// converting the other operand (a number, a size text) to bytes. The keys themselves are tested in
// sizes.test.ts.
import { describe, expect, it } from 'vitest';
import { toServiceObject } from '../../../src/exchange/values/service-object.js';
import { Session } from '../../../src/local-session.js';

const GB = 1024 ** 3;
const mailbox = (name: string, quota: string) => toServiceObject({ Identity: name, Name: name, ProhibitSendQuota: quota }, 'Get-Mailbox');
const stats = (name: string, size: string) => toServiceObject({ DisplayName: name, TotalItemSize: size }, 'Get-MailboxStatistics');
const bytes = (n: number) => `${n} B (${n.toLocaleString('en-US')} bytes)`;

async function run(text: string): Promise<string> {
  const session = new Session();
  session.globalScope.setLocal('m', mailbox('adele', '49 GB (52,613,349,376 bytes)'));
  session.globalScope.setLocal('u', mailbox('boss', 'Unlimited'));
  session.globalScope.setLocal('all', [mailbox('a', '49 GB (52,613,349,376 bytes)'), mailbox('b', '10 GB (10,737,418,240 bytes)'), mailbox('c', 'Unlimited'), mailbox('d', '100 GB (107,374,182,400 bytes)')]);
  session.globalScope.setLocal('st', [stats('x', '9 MB (9,437,184 bytes)'), stats('y', '10 KB (10,240 bytes)'), stats('z', '1.5 GB (1,610,612,736 bytes)'), stats('w', bytes(512))]);
  const r = await session.run(text);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return r.text;
}

describe('sizes in operators and sorting', () => {
  it('$m.ProhibitSendQuota -gt 10GB is True for a 49 GB quota, -lt 10GB False', async () => {
    expect(await run('$m.ProhibitSendQuota -gt 10GB; $m.ProhibitSendQuota -lt 10GB')).toBe('True\nFalse\n');
    expect(await run(`$m.ProhibitSendQuota -eq ${49 * GB}`)).toBe('True\n');
  });

  it("reads a text operand as a size: -lt '50GB', -ge '49 GB'", async () => {
    expect(await run("$m.ProhibitSendQuota -lt '50GB'; $m.ProhibitSendQuota -ge '49 GB'")).toBe('True\nTrue\n');
  });

  it("an Unlimited quota is -gt any size and -eq 'Unlimited'", async () => {
    expect(await run("$u.ProhibitSendQuota -gt 1000GB; $u.ProhibitSendQuota -eq 'Unlimited'; $m.ProhibitSendQuota -eq 'Unlimited'")).toBe('True\nTrue\nFalse\n');
  });

  it('Sort-Object TotalItemSize orders by bytes, not by the text', async () => {
    expect(await run('$st | Sort-Object TotalItemSize | ForEach-Object DisplayName')).toBe('w\ny\nx\nz\n');
    expect(await run('$st | Sort-Object TotalItemSize -Descending | Select-Object -First 1 -ExpandProperty DisplayName')).toBe('z\n');
  });

  it('Where-Object ProhibitSendQuota -gt 40GB keeps the larger quotas, Unlimited included', async () => {
    expect(await run('$all | Where-Object ProhibitSendQuota -gt 40GB | ForEach-Object Name')).toBe('a\nc\nd\n');
    expect(await run('$all | Where-Object { $_.ProhibitSendQuota -le 10GB } | ForEach-Object Name')).toBe('b\n');
  });
});
