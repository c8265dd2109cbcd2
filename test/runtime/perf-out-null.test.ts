// `$list.Add($x) | Out-Null` skips setting up a pipeline while Out-Null is the cmdlet; these
// examples, checked against pwsh 7.6, pin down that it still behaves as the pipeline does.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';
import { toStringValue } from '../../src/runtime/conversions.js';
import { ps } from '../dotnet/ps.js';

async function run(text: string): Promise<{ output: string[]; errors: string[] }> {
  const r = await new Session().run(text);
  return { output: r.output.map((v) => toStringValue(v)), errors: r.errors.map((e) => e.message) };
}

describe('expression | Out-Null', () => {
  it('drops the output, sets $? and leaves nothing to assign', async () => {
    expect(await ps('$a = [System.Collections.ArrayList]::new(); $a.Add(1) | Out-Null; $?; $a.Count; @(1, 2) | Out-Null; $x = $a.Add(2) | out-null; $null -eq $x; $a.Count')).toEqual([
      'True',
      '1',
      'True',
      '2',
    ]);
  });

  it('an error in the expression is the statement-terminating error it is in any pipeline', async () => {
    expect(await run('try { $null.Foo() | Out-Null } catch { "caught: $($_.Exception.Message)" }; $null.Foo() | Out-Null; "after: $?"; 1/0 | Out-Null; "next"')).toEqual({
      output: ['caught: You cannot call a method on a null-valued expression.', 'after: False', 'next'],
      errors: ['You cannot call a method on a null-valued expression.', 'Attempted to divide by zero.'],
    });
  });

  it('a function named Out-Null runs instead of the cmdlet', async () => {
    expect(await ps('function Out-Null { "fn got $input" }; 5 | Out-Null')).toEqual(['fn got 5']);
  });
});
