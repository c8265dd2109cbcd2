// Whatever the script, Session.run resolves with results and error records: it never throws,
// never leaves a JavaScript exception unconverted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorRecord } from '../../src/runtime/errors.js';
import { Session } from '../../src/local-session.js';

// Only side-effect-free commands and no unbounded loops, so any combination is safe to run.
const TOKENS = [
  '1', '2', '3', '0', '-1', '"a"', "'b'", '"x$y"', '$x', '$y', '$_', '$null', '$true', '@()', '@{a=1}', '$h', '$h.a',
  '+', '-', '*', '/', '%', '-eq', '-like', '-match', '-split', '-join', '-f', '..', ',', ';', '|', '(', ')', '{', '}', '[', ']',
  '$x =', '$y +=', '$x++', '.Count', '.Length', '.ToUpper()', '[int]', '[string]', '[datetime]',
  'ForEach-Object', 'Where-Object', '%', '?', 'Select-Object -First 1', 'Sort-Object', 'Measure-Object', 'Write-Output', 'Out-Null',
  'if ($x)', 'else', 'switch ($x)', 'foreach ($i in 1,2)', 'function f', 'f', 'param($p)', 'return', 'break', 'continue',
  'throw', 'try', 'catch', 'finally', '& { $args }', '$(', '@(', '\n', ' ', '-ErrorAction Stop', '2>&1', 'exit 3',
];

describe('Session.run on arbitrary scripts', () => {
  it('always resolves with output and error records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...TOKENS), { maxLength: 25 }), async (tokens) => {
        const session = new Session();
        const r = await session.run(tokens.join(' '));
        expect(Array.isArray(r.output)).toBe(true);
        for (const e of r.errors) expect(e).toBeInstanceOf(ErrorRecord);
        expect(typeof r.text).toBe('string');
        expect(Number.isInteger(r.exitCode)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('runaway recursion ends the script with the call depth error', async () => {
    const r = await new Session().run('function f { f }; f; "after"');
    expect(r.output).toEqual([]);
    expect(r.errors.map((e) => e.message)).toEqual(['The script failed due to call depth overflow.']);
  });
});
