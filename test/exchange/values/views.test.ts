// Default views of Exchange objects, as the captures in objects.json print them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { toServiceObject } from '../../../src/exchange/values/service-object.js';
import { exchangeViews } from '../../../src/exchange/values/views.js';
import { registerView, type View } from '../../../src/format/views.js';
import { Session } from '../../../src/local-session.js';
import { PSDateTime, type PSObject } from '../../../src/runtime/values.js';

const views = new Map(exchangeViews().map((v) => [v.typeName, v.view]));
const columnsOf = (typeName: string) => {
  const v = views.get(typeName) as Extract<View, { kind: 'table' | 'list' }> | undefined;
  return v?.columns.map((c) => [c.label, c.value, c.width]);
};

beforeAll(() => {
  for (const { typeName, view } of exchangeViews()) registerView(typeName, view);
});

async function print(value: unknown, command = '$o'): Promise<string[]> {
  const session = new Session({ host: { width: 200 } });
  session.globalScope.setLocal('o', value);
  const r = await session.run(command);
  expect(r.errors).toEqual([]);
  return r.text.split('\n').filter((l) => l !== '');
}

describe('registered views', () => {
  it("Get-Mailbox: the captures' table with their widths", () => {
    expect(views.get('Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox')?.kind).toBe('table');
    expect(columnsOf('Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox')).toEqual([
      ['Name', 'Name', 25],
      ['Alias', 'Alias', 15],
      ['Database', 'Database', 30],
      ['ProhibitSendQuota', 'ProhibitSendQuota', 20],
      ['ExternalDirectoryObjectId', 'ExternalDirectoryObjectId', undefined],
    ]);
  });

  it('Get-ManagementRoleAssignment keeps its fixed widths; labels differ from properties where the captures show it', () => {
    expect(columnsOf('Deserialized.Exosh.Exchange.ManagementRoleAssignment')?.map((c) => c[2])).toEqual([30, 31, 31, 31, 30, undefined]);
    expect(columnsOf('Deserialized.Exosh.Exchange.RecipientPermission')).toContainEqual(['Inherited', 'IsInherited', undefined]);
    expect(columnsOf('Deserialized.Exosh.Exchange.RoleGroup')).toContainEqual(['AssignedRoles', 'Roles', undefined]);
    expect(columnsOf('Deserialized.Exosh.Exchange.MessageTrace')).toContainEqual(['Sender Address', 'SenderAddress', undefined]);
  });

  it('sizes and Unlimited values need none: they print as their text', async () => {
    const o = toServiceObject({ Name: 'x', ProhibitSendQuota: '49 GB (52,613,349,376 bytes)', LitigationHoldDuration: 'Unlimited' }, 'Get-Mailbox') as PSObject;
    expect(await print(o, '$o.ProhibitSendQuota; $o.LitigationHoldDuration')).toEqual(['49 GB (52,613,349,376 bytes)', 'Unlimited']);
    expect([...views.keys()].some((t) => t.startsWith('Microsoft.Exchange.Data.'))).toBe(false);
  });

  it('the Get-EXO* objects have none: PowerShell prints what they carry', () => {
    expect([...views.keys()].some((t) => t.startsWith('Exosh.Exchange.Rest.'))).toBe(false);
  });
});

describe('printing converted objects', () => {
  it('Get-RecipientPermission: Inherited shows IsInherited, AccessRights in braces', async () => {
    const o = toServiceObject(
      { Identity: 'Facilities', Trustee: 'NT AUTHORITY\\SELF', AccessControlType: 'Allow', 'AccessRights@odata.type': '#Collection(String)', AccessRights: ['SendAs'], IsInherited: false, InheritanceType: 'None' },
      'Get-RecipientPermission',
    );
    const lines = await print(o);
    expect(lines[0]!.split(/\s+/)).toEqual(['Identity', 'Trustee', 'AccessControlType', 'AccessRights', 'Inherited']);
    expect(lines[2]!.split(/\s+/)).toEqual(['Facilities', 'NT', 'AUTHORITY\\SELF', 'Allow', '{SendAs}', 'False']);
  });

  it('Get-MessageTraceV2: labelled columns, Received kept in UTC', async () => {
    const o = toServiceObject(
      {
        'Received@data.type': 'System.DateTime',
        Received: '2026-09-26T16:00:39.0000000+00:00',
        SenderAddress: 'jp@gmail.com',
        RecipientAddress: 'dorde@contoso.com',
        Subject: 'Budget',
        Status: 'Delivered',
        'MessageTraceId@odata.type': '#Guid',
        MessageTraceId: 'AF0BC8C5-FCD2-42D3-8144-534D40183AC8',
      },
      'Get-MessageTraceV2',
    ) as PSObject;
    expect((o.get('Received') as PSDateTime).kind).toBe('Utc');
    expect(String(o.get('MessageTraceId'))).toBe('af0bc8c5-fcd2-42d3-8144-534d40183ac8');
    const lines = await print(o);
    expect(lines[0]).toMatch(/^Received\s+Sender Address\s+Recipient Address\s+Subject\s+Status$/);
    expect(lines[2]).toMatch(/^9\/26\/2026 4:00:39\u202fPM\s+jp@gmail.com\s+dorde@contoso.com\s+Budget\s+Delivered$/);
  });

  it('Format-Table with explicit names prints the real property names', async () => {
    const o = toServiceObject({ Identity: 'x', Trustee: 'y', IsInherited: true }, 'Get-RecipientPermission');
    const lines = await print(o, '$o | Format-Table Identity,IsInherited');
    expect(lines[0]!.split(/\s+/)).toEqual(['Identity', 'IsInherited']);
  });
});

describe('the asset', () => {
  const reference = fileURLToPath(new URL('../../../../shared/reference/objects.json', import.meta.url));
  it.skipIf(!existsSync(reference))('is what tools/gen-exchange-views.mjs makes of objects.json (regenerate and commit after changing either)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-views-'));
    try {
      const out = join(dir, 'views.json');
      execFileSync(process.execPath, [fileURLToPath(new URL('../../../tools/gen-exchange-views.mjs', import.meta.url)), reference, out]);
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(fileURLToPath(new URL('../../../assets/exchange/views.json', import.meta.url)), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
