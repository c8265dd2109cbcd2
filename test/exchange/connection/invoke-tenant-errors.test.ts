// Invoke-Tenant's blocks run side by side: each one's errors name its tenant, and each one's `$?`
// is its own, not whichever block last finished a command.
import { describe, expect, it } from 'vitest';
import type { CommandDefinition } from '../../../src/runtime/command.js';
import { PSObject } from '../../../src/runtime/values.js';
import { exchangeSession, useSandbox } from './harness.js';

const sandbox = useSandbox();

const CONNECT = `
Connect-ExchangeOnline -Sandbox contoso -Prefix Con -ShowBanner:$false
Connect-ExchangeOnline -Sandbox fabrikam -Prefix Fab -ShowBanner:$false
`;
// The block learns which tenant it runs on from its first mailbox.
const ON_FABRIKAM = `"$((Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue).PrimarySmtpAddress)" -like '*@fabrikam.*'`;

describe('Invoke-Tenant errors and $?', () => {
  it('a non-terminating error inside a block names its tenant, in the display, $Error and -ErrorVariable', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`${CONNECT}
      Invoke-Tenant Con,Fab { if (${ON_FABRIKAM}) { Get-Mailbox -Identity nobody-here -ErrorVariable +ev; "after" } else { "fine" } } | ForEach-Object { "$($_.Tenant)=$($_.Value)" } | Sort-Object
      $Error[0].TargetObject.Tenant
      "$($Error[0].TargetObject)"`);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(/^\[fabrikam\] The operation couldn't be performed because object 'nobody-here' couldn't be found/);
    expect(r.errors[0]!.commandName).toBe('Get-Mailbox');
    // Non-terminating: the block went on after it.
    expect(r.output).toEqual(['contoso=fine', 'fabrikam=after', 'fabrikam', 'nobody-here']);
  });

  it('a block ending in an error is named once, not twice, when -ErrorAction Stop ends it', async () => {
    const s = exchangeSession(sandbox());
    const r = await s.session.run(`${CONNECT}
      Invoke-Tenant Con,Fab { if (${ON_FABRIKAM}) { Get-Mailbox -Identity nobody-here -ErrorAction Stop; "not reached" } }`);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^\[fabrikam\] The operation couldn't be performed/)]);
    expect(r.output).toEqual([]);
  });

  it("each block's $? is its own while the blocks run side by side", async () => {
    const s = exchangeSession(sandbox());
    await s.session.run(CONNECT);
    // Read-StatusAtGate: waits until both blocks have reached it, then reports the $? its block sees.
    let arrived = 0;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const readStatus: CommandDefinition = {
      metadata: { name: 'Read-StatusAtGate', commandType: 'Cmdlet', parameters: [] },
      create: (ctx) => ({
        async end() {
          if (++arrived === 2) open();
          await gate;
          ctx.write(ctx.session.getVariable('?'));
        },
      }),
    };
    s.session.servicesFor(s.session.globalScope).registerCommands([readStatus]);
    const r = await s.session.run(`
      Invoke-Tenant Con,Fab {
        if (${ON_FABRIKAM}) { Get-Mailbox -Identity nobody-here -ErrorAction SilentlyContinue } else { Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue | Out-Null }
        Read-StatusAtGate
      } | ForEach-Object { "$($_.Tenant)=$($_.Value)" } | Sort-Object`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['contoso=True', 'fabrikam=False']);
  });

  it('the tenant goes on a target object that already is one, as a property', async () => {
    const { tenantError } = await import('../../../src/exchange/connection/invoke-tenant.js');
    const { ErrorRecord } = await import('../../../src/runtime/errors.js');
    const target = PSObject.fromEntries([['Name', 'x']]);
    const once = tenantError(new ErrorRecord('bad', 'Id', 'InvalidData', target), 'tailspin');
    expect(once.message).toBe('[tailspin] bad');
    expect((once.targetObject as PSObject).get('Tenant')).toBe('tailspin');
    expect(tenantError(once, 'tailspin')).toBe(once);
  });
});
