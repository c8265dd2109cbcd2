// [System.Diagnostics.Stopwatch].

import { PSObject, PSTimeSpan } from '../runtime/values.js';
import { TICKS_PER_MS } from './date-time.js';
import { StaticType } from './member-tables.js';

/** A Stopwatch: Elapsed (TimeSpan), ElapsedMilliseconds, IsRunning; Start/Stop/Reset/Restart. */
export function stopwatch(start: boolean): PSObject {
  let elapsedMs = 0;
  let startedAt: number | undefined = start ? performance.now() : undefined;
  const current = () => elapsedMs + (startedAt !== undefined ? performance.now() - startedAt : 0);
  const o = new PSObject(['System.Diagnostics.Stopwatch', 'System.Object']);
  o.props.set('isrunning', { kind: 'script', name: 'IsRunning', getter: () => startedAt !== undefined });
  o.props.set('elapsed', { kind: 'script', name: 'Elapsed', getter: () => new PSTimeSpan(Math.round(current() * TICKS_PER_MS)) });
  o.props.set('elapsedmilliseconds', { kind: 'script', name: 'ElapsedMilliseconds', getter: () => Math.floor(current()) });
  o.props.set('elapsedticks', { kind: 'script', name: 'ElapsedTicks', getter: () => Math.round(current() * TICKS_PER_MS) });
  o.toStringHook = () => 'System.Diagnostics.Stopwatch';
  o.methods = new Map([
    ['start', { name: 'Start', invoke: () => ((startedAt ??= performance.now()), undefined) }],
    [
      'stop',
      {
        name: 'Stop',
        invoke: () => {
          if (startedAt !== undefined) elapsedMs += performance.now() - startedAt;
          startedAt = undefined;
          return undefined;
        },
      },
    ],
    ['reset', { name: 'Reset', invoke: () => ((elapsedMs = 0), (startedAt = undefined), undefined) }],
    ['restart', { name: 'Restart', invoke: () => ((elapsedMs = 0), (startedAt = performance.now()), undefined) }],
  ]);
  return o;
}

export const STOPWATCH: StaticType = {
  properties: { frequency: () => 10_000_000, ishighresolution: () => true },
  methods: {
    startnew: () => stopwatch(true),
    new: () => stopwatch(false),
    gettimestamp: () => Math.round(performance.now() * TICKS_PER_MS),
  },
};
