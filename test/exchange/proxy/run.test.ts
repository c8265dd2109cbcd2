// Running remote cmdlets: streaming pages, warnings and errors, -WhatIf/-Confirm, stopping early,
// and what a proxy does when its connection is gone.
import { describe, expect, it } from 'vitest';
import { RemoteError, TENANT_CONNECTION_VARIABLE, type RemotePage } from '../../../src/exchange/contracts.js';
import { isIdempotent } from '../../../src/exchange/proxy/run.js';
import type { CommandDefinition } from '../../../src/runtime/command.js';
import { ErrorRecord } from '../../../src/runtime/errors.js';
import { Session } from '../../../src/local-session.js';
import { fakeConnection, invokes, mailbox, page, proxies, proxySession } from './fake-connection.js';

function notFound(identity: string): RemoteError {
  return new RemoteError(
    new ErrorRecord(
      `Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object '${identity}' couldn't be found on 'AM0PR01A001DC01.PROD.OUTLOOK.COM'.`,
      '[Server=AM0PR01MB0001,RequestId=1,TimeStamp=now]',
      'ObjectNotFound',
      identity,
      'Get-MailboxStatistics',
    ),
    false,
    404,
  );
}

describe('output', () => {
  it('writes every item of every page, converted', async () => {
    const conn = fakeConnection({ answer: [page([mailbox(1), mailbox(2)]), page([mailbox(3)])] });
    const r = await proxySession(conn).run('Get-Mailbox -ResultSize Unlimited | ForEach-Object Name');
    expect(r.output).toEqual(['user1', 'user2', 'user3']);
    expect(invokes(conn)[0]).toMatchObject({ resultSize: 'Unlimited', parameters: { ResultSize: 'Unlimited' } });
  });

  it('Select-Object -First 2 stops after the first page and closes the request', async () => {
    const endless = async function* (): AsyncGenerator<RemotePage> {
      for (let n = 0; ; n += 3) yield page([mailbox(n + 1), mailbox(n + 2), mailbox(n + 3)]);
    };
    const conn = fakeConnection({ answer: () => endless() });
    const r = await proxySession(conn).run('Get-Mailbox -ResultSize Unlimited | Select-Object -First 2 | ForEach-Object Name');
    expect(r.output).toEqual(['user1', 'user2']);
    expect(conn.pagesServed).toBe(1);
    expect(conn.closedEarly).toBe(1);
  });

  it('service warnings and per-page errors reach their streams', async () => {
    const pageError = new ErrorRecord('Ex1|Some.Exception|The object is corrupted.', 'AdminApiError', 'InvalidData', null, 'Get-Mailbox');
    const conn = fakeConnection({ answer: [page([mailbox(1)], { warnings: ['There are more results available than are currently displayed.'], errors: [pageError] })] });
    const r = await proxySession(conn).run('Get-Mailbox -ResultSize 1');
    expect(r.warnings).toEqual(['There are more results available than are currently displayed.']);
    expect(r.errors.map((e) => e.message)).toContain('Ex1|Some.Exception|The object is corrupted.');
    expect(r.output).toHaveLength(1);
  });

  it('-WarningAction SilentlyContinue hides the service warnings; -WarningVariable still records them, as in pwsh', async () => {
    const more = 'There are more results available than are currently displayed.';
    for (const action of ['SilentlyContinue', 'Ignore']) {
      const conn = fakeConnection({ answer: [page([mailbox(1)], { warnings: [more] })] });
      const r = await proxySession(conn).run(`Get-Mailbox -ResultSize 1 -WarningAction ${action} -WarningVariable wv | Out-Null; $wv`);
      expect(r.warnings).toEqual([]);
      expect(r.output).toEqual([more]);
      // The action still goes to the service (the WarningAction header, rest-protocol.md §1.3).
      expect(invokes(conn)[0]!.warningAction).toBe(action);
    }
  });

  it('reads are idempotent (retryable), changes are not', () => {
    expect(['Get-Mailbox', 'Test-OAuthConnectivity', 'Search-UnifiedAuditLog', 'Export-QuarantineMessage'].map(isIdempotent)).toEqual([true, true, true, true]);
    expect(['Set-Mailbox', 'New-Mailbox', 'Remove-Mailbox', 'Add-MailboxPermission'].map(isIdempotent)).toEqual([false, false, false, false]);
  });
});

describe('errors', () => {
  it('a not-found for one piped identity is non-terminating: the others still run', async () => {
    const conn = fakeConnection({
      answer: (call) => (call.kind === 'invoke' && call.request.parameters['Identity'] === 'missing' ? notFound('missing') : [page([{ Identity: 'stats', DisplayName: String(call.kind === 'invoke' && call.request.parameters['Identity']) }])]),
    });
    const r = await proxySession(conn).run("'user1','missing','user2' | Get-MailboxStatistics | ForEach-Object DisplayName");
    expect(r.output).toEqual(['user1', 'user2']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toContain("object 'missing' couldn't be found");
    expect(r.errors[0]!.commandName).toBe('Get-MailboxStatistics');
  });

  it('the error carries the name the user typed (a prefixed proxy)', async () => {
    const conn = fakeConnection({ answer: notFound('x'), prefix: 'Fab' });
    const r = await new Session({ commands: proxies(['Get-MailboxStatistics'], conn, 'Fab') }).run('Get-FabMailboxStatistics x');
    expect(r.errors[0]!.commandName).toBe('Get-FabMailboxStatistics');
  });

  it('a terminating failure (transport, sign-in) stops the pipeline; the next statement runs', async () => {
    const down = new RemoteError(new ErrorRecord('The remote server is unreachable.', 'ConnectionError', 'ConnectionError', null, 'Get-MailboxStatistics'), true);
    const conn = fakeConnection({ answer: down });
    const r = await proxySession(conn).run("'user1','user2' | Get-MailboxStatistics; 'next'");
    expect(invokes(conn)).toHaveLength(1);
    expect(r.errors.map((e) => e.message)).toEqual(['The remote server is unreachable.']);
    expect(r.output).toEqual(['next']);
  });

  it('-ErrorAction Stop makes a not-found terminate, catchable with try/catch', async () => {
    const conn = fakeConnection({ answer: notFound('gone') });
    const r = await proxySession(conn).run("try { Get-MailboxStatistics gone -ErrorAction Stop; 'not here' } catch { 'caught: ' + $_.CategoryInfo.Category }");
    expect(r.output).toEqual(['caught: ObjectNotFound']);
  });
});

describe('-WhatIf and -Confirm', () => {
  it('-WhatIf prints what would happen and sends nothing', async () => {
    const conn = fakeConnection();
    const r = await proxySession(conn).run('Set-Mailbox user22 -Office Paris -WhatIf');
    expect(conn.calls).toEqual([]);
    expect(r.host.join('\n')).toContain('What if: Performing the operation "Set-Mailbox" on target "user22".');
  });

  it('-WhatIf with piped objects sends nothing for any of them', async () => {
    const conn = fakeConnection({ answer: [page([mailbox(1), mailbox(2)])] });
    const r = await proxySession(conn).run('Get-Mailbox | Remove-Mailbox -WhatIf');
    expect(invokes(conn).map((c) => c.cmdletName)).toEqual(['Get-Mailbox']);
    expect(r.host.filter((h) => h.startsWith('What if:'))).toHaveLength(2);
  });

  it('Remove-Mailbox asks (ConfirmImpact High); "No" sends nothing, "Yes" sends with Confirm:false', async () => {
    const answers = [2, 0]; // [Y] Yes [A] Yes to All [N] No [L] No to All [S] Suspend
    const asked: string[] = [];
    const conn = fakeConnection();
    const s = proxySession(conn, {
      host: {
        interactive: true,
        promptForChoice: async (_caption, message) => {
          asked.push(message);
          return answers.shift()!;
        },
      },
    });
    await s.run('Remove-Mailbox user1');
    expect(conn.calls).toEqual([]);
    await s.run('Remove-Mailbox user1');
    expect(invokes(conn)).toEqual([expect.objectContaining({ cmdletName: 'Remove-Mailbox', parameters: { Identity: 'user1', Confirm: false }, idempotent: false })]);
    expect(asked[0]).toContain('user1');
  });

  it('Set-Mailbox (ConfirmImpact Medium) does not ask unless -Confirm is given', async () => {
    let asked = 0;
    const conn = fakeConnection();
    const s = proxySession(conn, { host: { interactive: true, promptForChoice: async () => (asked++, 0) } });
    await s.run('Set-Mailbox user1 -Office Paris');
    expect(asked).toBe(0);
    await s.run('Set-Mailbox user1 -Office Oslo -Confirm');
    expect(asked).toBe(1);
    expect(invokes(conn).map((c) => c.parameters)).toEqual([
      { Identity: 'user1', Office: 'Paris', Confirm: false },
      { Identity: 'user1', Office: 'Oslo', Confirm: false },
    ]);
  });
});

describe('connections', () => {
  it('a proxy whose connection was closed says how to reconnect, sends nothing, and the shell goes on', async () => {
    const conn = fakeConnection();
    conn.open = false;
    const r = await proxySession(conn).run("Get-Mailbox; 'after'");
    expect(conn.calls).toEqual([]);
    expect(r.errors[0]!.message).toBe(
      'No connection to Exchange Online (the connection this command came from, contoso, was closed by Disconnect-ExchangeOnline). Run Connect-ExchangeOnline first, then run Get-Mailbox again.',
    );
    expect(r.errors[0]!.category).toBe('ResourceUnavailable');
    expect(r.output).toEqual(['after']);
  });

  it('with no connection at all the advice names the prefix', async () => {
    const s = new Session({ commands: proxies(['Get-Mailbox'], () => undefined, 'Fab') });
    const r = await s.run('Get-FabMailbox');
    expect(r.errors[0]!.message).toBe('No connection to Exchange Online. Run Connect-ExchangeOnline -Prefix Fab first, then run Get-FabMailbox again.');
  });

  it('the connection is resolved on every call (Invoke-Tenant pins one in its variable)', async () => {
    const contoso = fakeConnection({ answer: [page([mailbox('c')])] });
    const fabrikam = fakeConnection({ answer: [page([mailbox('f')])], tenantLabel: 'fabrikam' });
    // Stands in for Invoke-Tenant setting the variable for its block.
    const pin: CommandDefinition = {
      metadata: { name: 'Use-Fabrikam', parameters: [] },
      create: (ctx) => ({ process: () => ctx.session.setVariable(TENANT_CONNECTION_VARIABLE, fabrikam) }),
    };
    const s = new Session({ commands: [pin, ...proxies(['Get-Mailbox'], (ctx) => (ctx.session.getVariable(TENANT_CONNECTION_VARIABLE) as typeof fabrikam | undefined) ?? contoso)] });
    expect((await s.run('(Get-Mailbox).Name')).output).toEqual(['c']);
    expect((await s.run('Use-Fabrikam; (Get-Mailbox).Name')).output).toEqual(['f']);
    expect(invokes(fabrikam)).toHaveLength(1);
  });
});
