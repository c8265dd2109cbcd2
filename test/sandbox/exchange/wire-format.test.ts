// Records on the wire: annotations beside arrays, GUIDs, dates and integers, .NET date text,
// internal fields kept off the wire.
import { describe, expect, it } from 'vitest';
import { dotNetDate, toWireItem } from '../../../src/sandbox/exchange/wire-format.js';

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
