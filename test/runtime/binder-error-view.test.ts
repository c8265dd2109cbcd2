// How the concise view shows a binding error: the marker under the element at fault, and the
// message on one line unless the error comes from a script file (pwsh wraps only then, at the
// console width, as its ConciseView does).
import { describe, expect, it } from 'vitest';
import { formatErrorRecord } from '../../src/runtime/error-view.js';
import { run } from './engine-harness.js';

async function firstError(text: string) {
  const r = await run(text);
  return r.errors[0]!;
}

describe('a binding error in the concise view', () => {
  it('on a later line of -c text: the marker under the argument, the message unwrapped', async () => {
    const e = await firstError('$null = 0\nGet-Date -Year x');
    expect(formatErrorRecord(e, { color: false, width: 60 })).toBe(
      [
        'Get-Date: ',
        'Line |',
        '   2 |  Get-Date -Year x',
        '     |                 ~',
        '     | Cannot bind parameter \'Year\'. Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format."',
        '',
      ].join('\n'),
    );
  });

  it('from a script file: the message wrapped at the console width', async () => {
    const e = await firstError('$null = 0\nGet-Date -Year x');
    const fromFile = { ...e, position: { ...e.position!, file: '/tmp/t.ps1' } } as typeof e;
    const lines = formatErrorRecord(fromFile, { color: false, width: 80 }).split('\n');
    expect(lines[0]).toBe('Get-Date: /tmp/t.ps1:2');
    // What pwsh 7.6.10 prints for this line of a script file on an 80-column console.
    expect(lines.slice(4)).toEqual([
      '     | Cannot bind parameter \'Year\'. Cannot convert value "x" to type',
      '     | "System.Int32". Error: "The input string \'x\' was not in a correct',
      '     | format."',
      '',
    ]);
  });

  it('on the first line of -c text: one line, no marker', async () => {
    const e = await firstError('Get-Date -Foo');
    expect(formatErrorRecord(e, { color: false, width: 120 })).toBe("Get-Date: A parameter cannot be found that matches parameter name 'Foo'.\n");
  });
});
