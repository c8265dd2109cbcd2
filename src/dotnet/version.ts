// [version]: Parse and comparison of System.Version.

import { convertToFull } from '../runtime/conversions.js';
import { PSVersion } from '../runtime/values.js';
import { int } from './arguments.js';
import { StaticType } from './member-tables.js';

export const VERSION: StaticType = {
  methods: {
    parse: (a) => convertToFull(a[0], 'System.Version'),
    new: (a) => {
      if (a.length === 1) return convertToFull(a[0], 'System.Version');
      const n = a.map(int);
      return new PSVersion(n[0]!, n[1]!, n[2] ?? -1, n[3] ?? -1);
    },
  },
};
