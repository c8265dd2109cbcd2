// The Pester-style runner behind `npm run pester-language`, run on src: it must count what Pester
// would count, or the before/after figures of the language tests mean nothing.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';
import { ErrorRecord, ScriptTerminatingError } from '../../src/runtime/errors.js';
import { ScriptBlockValue } from '../../src/runtime/values.js';
// @ts-expect-error -- plain ES module shared with the node driver; its JSDoc types are not checked here.
import { installPester, failureKey } from './pester.mjs';

interface TestResult {
  name: string;
  path: string[];
  outcome: 'passed' | 'failed' | 'skipped';
  message?: string;
}

async function runPester(text: string): Promise<TestResult[]> {
  const session = new Session({ streams: {} });
  const results: TestResult[] = [];
  installPester(session, { Session, ErrorRecord, ScriptTerminatingError, ScriptBlockValue }, (r: TestResult) => results.push(r));
  await session.run(text);
  if (process.env.PESTER_DEBUG) console.log(results);
  return results;
}

const outcomes = (rs: TestResult[]) => rs.map((r) => `${r.name}:${r.outcome}`);

describe('Pester runner', () => {
  it('counts passing and failing Its with Should -Be and its negation', async () => {
    const rs = await runPester(`
      Describe 'd' {
        It 'one' { 1 + 1 | Should -Be 2 }
        It 'two' { 'a' | Should -Be 'b' }
        It 'three' { 'A' | Should -Not -BeExactly 'a' }
        It 'four' { @(1, 2) | Should -Be @(1, 2) }
      }`);
    expect(outcomes(rs)).toEqual(['one:passed', 'two:failed', 'three:passed', 'four:passed']);
    expect(rs[1]!.message).toBe("Expected 'b', but got 'a'.");
  });

  it('a failing Should stops the It body, as a thrown error does in Pester', async () => {
    const rs = await runPester(`Describe 'd' { It 'x' { $global:reached = 0; 1 | Should -Be 2; $global:reached = 1 } }; It 'y' { $global:reached | Should -Be 0 }`);
    expect(outcomes(rs)).toEqual(['x:failed', 'y:passed']);
  });

  it('statement-terminating errors inside an It fail it (a try is on the stack)', async () => {
    const rs = await runPester(`Describe 'd' { It 'x' { Get-NoSuchCommand; 'after' } }`);
    expect(rs[0]).toMatchObject({ outcome: 'failed', message: expect.stringContaining("The term 'Get-NoSuchCommand' is not recognized") });
  });

  it('BeforeAll variables and functions are seen by the Its; BeforeEach runs before each', async () => {
    const rs = await runPester(`
      Describe 'd' {
        BeforeAll { $base = 10; function Twice($x) { 2 * $x } }
        BeforeEach { $n = $base + 1 }
        It 'a' { Twice $n | Should -Be 22 }
        Context 'c' { It 'b' { $n | Should -BeExactly 11 } }
      }`);
    expect(outcomes(rs)).toEqual(['a:passed', 'b:passed']);
  });

  it('a failing BeforeAll fails every It of its block without running them', async () => {
    const rs = await runPester(`Describe 'd' { BeforeAll { throw 'setup broke' }; It 'a' { }; It 'b' { } }`);
    expect(rs.map((r) => r.message)).toEqual(['BeforeAll failed: setup broke', 'BeforeAll failed: setup broke']);
  });

  it('expands -TestCases into one test each, binding param() and naming <key>', async () => {
    const rs = await runPester(`
      Describe 'd' {
        It 'adds <a>' -TestCases @(@{ a = 1; r = 2 }, @{ a = 2; r = 5 }) { param($a, $r) $a * 2 | Should -Be $r }
      }`);
    expect(outcomes(rs)).toEqual(['adds 1:passed', 'adds 2:failed']);
  });

  it('Should -Throw checks -ErrorId against the FullyQualifiedErrorId and -ExpectedMessage as a wildcard', async () => {
    const rs = await runPester(`
      Describe 'd' {
        It 'a' { { Get-NoSuchCommand } | Should -Throw -ErrorId 'CommandNotFoundException' }
        It 'b' { { 1 } | Should -Throw }
        It 'c' { { throw 'bad thing' } | Should -Throw 'bad*' }
        It 'd' { { 1 } | Should -Not -Throw }
        It 'e' { { [int]::Parse('x') } | Should -Throw -ErrorId 'Nope' }
      }`);
    expect(outcomes(rs)).toEqual(['a:passed', 'b:failed', 'c:passed', 'd:passed', 'e:failed']);
  });

  it('the other operators: -BeOfType, -Match, -Contain, -HaveCount, -BeNullOrEmpty, -BeTrue, -BeGreaterThan', async () => {
    const rs = await runPester(`
      Describe 'd' {
        It 'a' { 'x' | Should -BeOfType [string] }
        It 'b' { 5 | Should -BeOfType System.String }
        It 'c' { 'hello' | Should -Match '^h' }
        It 'd' { 1, 2, 3 | Should -Contain 2 }
        It 'e' { 1, 2, 3 | Should -HaveCount 3 }
        It 'f' { $null | Should -BeNullOrEmpty }
        It 'g' { '' | Should -Not -BeNullOrEmpty }
        It 'h' { $true | Should -BeTrue }
        It 'i' { 3 | Should -BeGreaterThan 4 }
        It 'j' { 3 | Should -BeLessThan 4 }
      }`);
    expect(outcomes(rs)).toEqual(['a:passed', 'b:failed', 'c:passed', 'd:passed', 'e:passed', 'f:passed', 'g:failed', 'h:passed', 'i:failed', 'j:passed']);
  });

  it('-Skip and -Pending are counted as skipped, not run', async () => {
    const rs = await runPester(`Describe 'd' { It 'a' -Skip { throw 'ran' }; It 'b' -Pending { } }`);
    expect(outcomes(rs)).toEqual(['a:skipped', 'b:skipped']);
  });

  it('groups failure messages by cause, keeping command names', () => {
    expect(failureKey("The term 'Get-Foo' is not recognized as a name")).toBe("The term 'Get-Foo' is not recognized as a name");
    expect(failureKey("Expected 'a b', but got 3.")).toBe("Expected '…', but got N.");
  });
});
