// ByteQuantifiedSize and Unlimited as the module prints and compares them.
import { describe, expect, it } from 'vitest';
import { ByteQuantifiedSize, formatByteQuantifiedSize, parseByteQuantifiedSize, parseUnlimitedSize, Unlimited } from '../../../src/exchange/values/sizes.js';
import { invokeMethod, getMember } from '../../../src/runtime/member-access.js';
import { toStringValue, typeNamesOf } from '../../../src/runtime/conversions.js';
import { PSTimeSpan } from '../../../src/runtime/values.js';

const GB = 1024 ** 3;

describe('ByteQuantifiedSize display', () => {
  // Every example of objects.json valueFormats ByteQuantifiedSize, with its byte count.
  it.each([
    ['0 B (0 bytes)', 0],
    ['6.865 KB (7,030 bytes)', 7030],
    ['69.48 KB (71,146 bytes)', 71146],
    ['864 KB (884,736 bytes)', 884736],
    ['7.536 MB (7,901,637 bytes)', 7901637],
    ['984.7 MB (1,032,552,448 bytes)', 1032552448],
    ['1.243 GB (1,334,578,302 bytes)', 1334578302],
    ['49.5 GB (53,150,220,288 bytes)', 53150220288],
    ['99 GB (106,300,440,576 bytes)', 106300440576],
    ['158.2 GB (169,879,047,756 bytes)', 169879047756],
  ])('prints %s', (text, bytes) => {
    expect(formatByteQuantifiedSize(bytes)).toBe(text);
    const size = new ByteQuantifiedSize(bytes);
    expect(toStringValue(size)).toBe(text);
    expect(invokeMethod(size, 'ToString', [])).toBe(text);
  });

  it('prints small sizes in bytes and keeps TB as the largest unit', () => {
    expect(formatByteQuantifiedSize(1023)).toBe('1023 B (1,023 bytes)');
    expect(formatByteQuantifiedSize(1024)).toBe('1 KB (1,024 bytes)');
    expect(formatByteQuantifiedSize(2 * 1024 ** 4)).toBe('2 TB (2,199,023,255,552 bytes)');
  });

  it('is a ByteQuantifiedSize value type', () => {
    expect(typeNamesOf(new ByteQuantifiedSize(1))).toEqual(['Microsoft.Exchange.Data.ByteQuantifiedSize', 'System.ValueType', 'System.Object']);
  });
});

describe('ByteQuantifiedSize methods', () => {
  it('gives its bytes and whole KB/MB/GB/TB, truncated as .NET integer division does', () => {
    const size = new ByteQuantifiedSize(1334578302);
    expect(invokeMethod(size, 'ToBytes', [])).toBe(1334578302);
    expect(invokeMethod(size, 'ToKB', [])).toBe(1303299);
    expect(invokeMethod(size, 'ToMB', [])).toBe(1272);
    expect(invokeMethod(size, 'tomb', [])).toBe(1272);
    expect(invokeMethod(size, 'ToGB', [])).toBe(1);
    expect(invokeMethod(size, 'ToTB', [])).toBe(0);
  });
});

describe('the string idioms of scripts written for deserialized sizes', () => {
  it('Split/Replace on the value itself work on its text', () => {
    const size = new Unlimited(new ByteQuantifiedSize(7901637));
    const inParens = invokeMethod(invokeMethod(size, 'Split', ['(']), 'GetValue', [1]);
    expect(inParens).toBe('7,901,637 bytes)');
    expect(invokeMethod(new ByteQuantifiedSize(7901637), 'Replace', [',', ''])).toBe('7.536 MB (7901637 bytes)');
    expect(invokeMethod(new Unlimited(null), 'ToUpper', [])).toBe('UNLIMITED');
  });
});

describe('comparison keys', () => {
  const quota = new ByteQuantifiedSize(49 * GB);

  it('compares by bytes with numbers, as `-gt 10GB` needs', () => {
    expect(quota.compareKey()).toBe(49 * GB);
    expect(quota.keyOf(10 * GB)).toBe(10 * GB);
    expect(quota.compareKey() > quota.keyOf(10 * GB)!).toBe(true);
  });

  it('reads size texts the way Exchange parameters do', () => {
    expect(quota.keyOf('10GB')).toBe(10 * GB);
    expect(quota.keyOf('10 GB')).toBe(10 * GB);
    expect(quota.keyOf('1.5gb')).toBe(1.5 * GB);
    expect(quota.keyOf('300MB')).toBe(300 * 1024 ** 2);
    expect(quota.keyOf('2048')).toBe(2048);
    expect(quota.keyOf('99 GB (106,300,440,576 bytes)')).toBe(106300440576);
    expect(quota.keyOf('Unlimited')).toBe(Infinity);
    expect(quota.keyOf('ten gigabytes')).toBeUndefined();
    expect(quota.keyOf(true)).toBeUndefined();
  });

  it('compares with other sizes and Unlimited values', () => {
    expect(quota.keyOf(new ByteQuantifiedSize(5))).toBe(5);
    expect(quota.keyOf(new Unlimited(null))).toBe(Infinity);
    expect(quota.keyOf(new Unlimited(new ByteQuantifiedSize(7)))).toBe(7);
  });
});

describe('Unlimited', () => {
  it('prints Unlimited and compares above every size when unlimited', () => {
    const u = new Unlimited(null);
    expect(toStringValue(u)).toBe('Unlimited');
    expect(getMember(u, 'IsUnlimited')).toBe(true);
    expect(getMember(u, 'Value')).toBe(null);
    expect(u.compareKey()).toBe(Infinity);
    expect(u.keyOf(100 * GB)).toBe(100 * GB);
  });

  it('prints and compares as its size otherwise, which .Value.ToBytes() reaches', () => {
    const u = new Unlimited(new ByteQuantifiedSize(106300440576));
    expect(toStringValue(u)).toBe('99 GB (106,300,440,576 bytes)');
    expect(getMember(u, 'IsUnlimited')).toBe(false);
    expect(invokeMethod(getMember(u, 'Value'), 'ToBytes', [])).toBe(106300440576);
    expect(u.compareKey()).toBe(106300440576);
    expect(typeNamesOf(u)[0]).toBe(
      'Microsoft.Exchange.Data.Unlimited`1[[Microsoft.Exchange.Data.ByteQuantifiedSize, Microsoft.Exchange.Data, Version=15.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]',
    );
  });

  it('wraps time spans (LitigationHoldDuration) and prints them d.hh:mm:ss', () => {
    const u = new Unlimited(new PSTimeSpan(365 * 864_000_000_000), 'EnhancedTimeSpan');
    expect(toStringValue(u)).toBe('365.00:00:00');
    expect(u.keyOf('Unlimited')).toBe(Infinity);
    expect(toStringValue(new Unlimited(null, 'EnhancedTimeSpan'))).toBe('Unlimited');
  });
});

describe('parseByteQuantifiedSize', () => {
  it('parses what -ProhibitSendQuota accepts', () => {
    expect(parseByteQuantifiedSize('50GB')?.bytes).toBe(50 * GB);
    expect(parseByteQuantifiedSize(' 50 gb ')?.bytes).toBe(50 * GB);
    expect(parseByteQuantifiedSize('1.5 GB (1,610,612,736 bytes)')?.bytes).toBe(1610612736);
    expect(parseByteQuantifiedSize('128KB')?.bytes).toBe(131072);
    expect(parseByteQuantifiedSize('50B')?.bytes).toBe(50);
    expect(parseByteQuantifiedSize('1000')?.bytes).toBe(1000);
  });

  it('refuses what is no size', () => {
    expect(parseByteQuantifiedSize('Unlimited')).toBeUndefined();
    expect(parseByteQuantifiedSize('')).toBeUndefined();
    expect(parseByteQuantifiedSize('-5GB')).toBeUndefined();
    expect(parseByteQuantifiedSize('5 XB')).toBeUndefined();
    expect(parseByteQuantifiedSize('1.5 GB (1,6x0 bytes)')).toBeUndefined();
  });

  it('parses Unlimited for Unlimited-typed parameters', () => {
    expect(parseUnlimitedSize('unlimited')?.isUnlimited).toBe(true);
    expect(parseUnlimitedSize('2GB')?.compareKey()).toBe(2 * GB);
    expect(parseUnlimitedSize('lots')).toBeUndefined();
  });
});
