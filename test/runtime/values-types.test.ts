// Type literal resolution: PowerShell 7's accelerators, the optional System. prefix, generics, arrays.
import { describe, expect, it } from 'vitest';
import { ACCELERATORS, resolveTypeName, requireTypeName, typeDisplayName, typeShortName } from '../../src/runtime/types.js';
import { RuntimeError } from '../../src/runtime/errors.js';

describe('type literals', () => {
  it.each([
    ['int', 'System.Int32'],
    ['Int32', 'System.Int32'],
    ['string[]', 'System.String[]'],
    ['pscustomobject', 'System.Management.Automation.PSObject'],
    ['ordered', 'System.Collections.Specialized.OrderedDictionary'],
    ['ref', 'System.Management.Automation.PSReference'],
    ['ulong', 'System.UInt64'],
    ['mailaddress', 'System.Net.Mail.MailAddress'],
    ['math', 'System.Math'],
    ['System.Math', 'System.Math'],
    ['DateTime', 'System.DateTime'],
    ['IO.Path', 'System.IO.Path'],
    ['System.Collections.Generic.List[string]', 'System.Collections.Generic.List[System.String]'],
    ['Collections.Generic.Dictionary[string,int]', 'System.Collections.Generic.Dictionary[System.String,System.Int32]'],
    ['System.Collections.Generic.List`1[int]', 'System.Collections.Generic.List[System.Int32]'],
  ])('[%s] is %s', (written, full) => {
    expect(resolveTypeName(written)).toBe(full);
  });
  it('PowerShell 7 has 106 accelerators', () => {
    expect(Object.keys(ACCELERATORS)).toHaveLength(106);
  });
  it('unknown types', () => {
    try {
      requireTypeName('Foo.Bar');
      throw new Error('no error');
    } catch (e) {
      expect((e as RuntimeError).record.message).toBe('Unable to find type [Foo.Bar].');
      expect((e as RuntimeError).record.errorId).toBe('TypeNotFound');
    }
  });
  it('names as PowerShell shows them', () => {
    expect(typeShortName('System.Int32')).toBe('Int32');
    expect(typeShortName('System.Object[]')).toBe('Object[]');
    expect(typeShortName('System.Collections.Generic.List[System.String]')).toBe('List`1');
    expect(typeDisplayName('System.Int32')).toBe('int');
    expect(typeDisplayName('System.Math')).toBe('System.Math');
  });
});
