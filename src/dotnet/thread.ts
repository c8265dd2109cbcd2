// [System.Threading.Thread]::Sleep: blocks the thread, as .NET does.

import { toNumber } from '../runtime/conversions.js';
import { PSTimeSpan } from '../runtime/values.js';
import { TICKS_PER_MS } from './date-time.js';
import { StaticType } from './member-tables.js';

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

export const THREAD: StaticType = {
  methods: {
    // Blocks like .NET does; Start-Sleep is the asynchronous way.
    sleep: (a) => {
      const ms = a[0] instanceof PSTimeSpan ? a[0].ticks / TICKS_PER_MS : toNumber(a[0]);
      if (ms > 0) Atomics.wait(sleepCell, 0, 0, Math.min(ms, 2_147_483_647));
      return undefined;
    },
  },
};
