// Which cmdlets a connection gets: the service's metadata, else the asset's entries for the names
// the service exports, else the whole asset; -CommandName (with wildcards) narrows any of them.
import { describe, expect, it } from 'vitest';
import { buildCatalog, readCmdletAsset } from '../../../src/exchange/connection/cmdlet-catalog.js';
import type { RemoteCmdletMetadata } from '../../../src/exchange/contracts.js';

const asset = readCmdletAsset();
const served: RemoteCmdletMetadata = { name: 'Get-Mailbox', defaultParameterSet: null, parameterSets: ['Identity'], parameters: [] };

describe('buildCatalog', () => {
  it('takes the metadata the service sends (the sandbox) and its property sets', () => {
    const c = buildCatalog({ value: [{ exportedCmdlets: 'Get-Mailbox', cmdletMetadata: [served], exoPropertySets: { 'Get-EXOMailbox': { Minimum: ['Alias'] } } }] }, asset.cmdlets, asset.propertySets, undefined);
    expect(c.source).toBe('service');
    expect([...c.cmdlets.values()]).toEqual([served]);
    expect(c.propertySets).toEqual({ 'Get-EXOMailbox': { Minimum: ['Alias'] } });
  });

  it('with only exportedCmdlets (the real service), the asset entries of those names', () => {
    const c = buildCatalog({ value: [{ exportedCmdlets: 'Get-Mailbox, set-mailbox,Get-Nothing' }] }, asset.cmdlets, asset.propertySets, undefined);
    expect(c.source).toBe('service list + asset');
    expect([...c.cmdlets.values()].map((m) => m.name)).toEqual(['Get-Mailbox', 'Set-Mailbox']);
    expect(c.propertySets).toBe(asset.propertySets);
  });

  it('without a module file, the whole asset', () => {
    const c = buildCatalog(undefined, asset.cmdlets, asset.propertySets, undefined);
    expect(c.source).toBe('asset');
    expect(c.cmdlets.size).toBe(asset.cmdlets.length);
    expect(c.cmdlets.size).toBeGreaterThan(700);
  });

  it('-CommandName narrows, with wildcards, case-insensitively', () => {
    const c = buildCatalog(undefined, asset.cmdlets, asset.propertySets, ['get-mailbox', 'Get-*Permission']);
    const names = [...c.cmdlets.values()].map((m) => m.name);
    expect(names).toContain('Get-Mailbox');
    expect(names).toContain('Get-MailboxPermission');
    expect(names).not.toContain('Set-Mailbox');
    expect(names.every((n) => n === 'Get-Mailbox' || /^Get-.*Permission$/.test(n))).toBe(true);
  });
});
