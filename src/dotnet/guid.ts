// [guid]: NewGuid/Parse/Empty and a Guid value's ToString formats.

import { randomUUID } from 'node:crypto';
import { convertToFull, parseGuid } from '../runtime/conversions.js';
import { valuesEqual } from '../runtime/operators.js';
import { PSGuid } from '../runtime/values.js';
import { str } from './arguments.js';
import { Method, StaticType } from './member-tables.js';
import { methodException } from './method-errors.js';
import { setRef } from './number-members.js';

export const GUID: StaticType = {
  properties: { empty: () => new PSGuid('00000000-0000-0000-0000-000000000000') },
  methods: {
    newguid: () => new PSGuid(randomUUID()),
    parse: (a, n) => {
      const g = parseGuid(str(a[0]));
      if (!g) throw methodException(n, a.length, 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).', 'FormatException');
      return g;
    },
    tryparse: (a) => {
      const g = parseGuid(str(a[0]));
      setRef(a[1], g ?? new PSGuid('00000000-0000-0000-0000-000000000000'));
      return g !== undefined;
    },
    new: (a) => convertToFull(a[0], 'System.Guid'),
  },
};

export const GUID_METHODS: Record<string, Method<PSGuid>> = {
  tostring: (g, a) => {
    const f = a.length ? str(a[0]) : 'D';
    switch (f.toUpperCase()) {
      case 'N':
        return g.value.replace(/-/g, '');
      case 'B':
        return `{${g.value}}`;
      case 'P':
        return `(${g.value})`;
      default:
        return g.value;
    }
  },
  equals: (g, a) => valuesEqual(g, a[0]),
};
