// Connect-ExchangeOnline against the sandbox, as an admin types it.
import { describe, expect, it } from 'vitest';
import { exchangeSession, useSandbox } from './harness.js';

const sandbox = useSandbox();

describe('Connect-ExchangeOnline -Sandbox', () => {
  it('connects as the tenant admin; Get-Mailbox -ResultSize 3 then returns three mailboxes', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run('Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false; Get-Mailbox -ResultSize 3 | ForEach-Object { $_.PrimarySmtpAddress }');
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toHaveLength(3);
    for (const a of r.output) expect(String(a)).toMatch(/@contoso\.(com|onmicrosoft\.com)$/);
  });
});
