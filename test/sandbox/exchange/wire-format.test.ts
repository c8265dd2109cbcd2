// Records on the wire: annotations beside arrays, GUIDs, dates and integers, .NET date text,
// internal fields kept off the wire.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dotNetDate, toWireItem, wireJson } from '../../../src/sandbox/exchange/wire-format.js';

describe('wire format', () => {
  it('annotates as the service does and hides OwnerGuid', () => {
    const r = {
      Guid: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      OwnerGuid: '3f2504e0-4f89-41d3-9a0c-0305e82c3302',
      EmailAddresses: ['SMTP:a@contoso.com'],
      WhenCreated: '2022-09-21T08:07:47Z',
      ItemCount: 42,
      TotalItemSize: '99 GB (106,300,440,576 bytes)',
      ForwardingAddress: null,
    };
    expect(toWireItem(r)).toEqual({
      'Guid@odata.type': '#Guid',
      Guid: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      'EmailAddresses@odata.type': '#Collection(String)',
      EmailAddresses: ['SMTP:a@contoso.com'],
      'WhenCreated@data.type': 'System.DateTime',
      WhenCreated: '2022-09-21T08:07:47.0000000+00:00',
      'ItemCount@data.type': 'System.Int32',
      ItemCount: 42,
      TotalItemSize: '99 GB (106,300,440,576 bytes)',
      ForwardingAddress: null,
    });
  });

  it('writes .NET round-trip dates', () => {
    expect(dotNetDate('2024-01-02T03:04:05.123Z')).toBe('2024-01-02T03:04:05.1230000+00:00');
    expect(dotNetDate('2024-01-02T03:04:05+02:00')).toBe('2024-01-02T03:04:05.0000000+02:00');
    expect(dotNetDate('not a date')).toBe('not a date');
  });
});

describe('wireJson (the page writer)', () => {
  it('is toWireItem as text, for any record and selection', () => {
    const value = fc.oneof(
      fc.string(),
      fc.uuid(),
      fc.date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2200-01-01') }).map((d) => d.toISOString()),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string()),
    );
    const key = fc.string({ minLength: 1 }).filter((k) => k !== '__proto__');
    fc.assert(
      fc.property(fc.dictionary(key, value), fc.option(fc.array(key)), (rec, sel) => {
        const r = { Guid: 'g', ...rec };
        const select = sel ? new Set(sel) : undefined;
        expect(JSON.parse(wireJson(r, select))).toEqual(toWireItem(r, select));
      }),
      { numRuns: 300 },
    );
  });
});
