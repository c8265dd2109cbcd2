// Errors raised by .NET work inside an expression, as pwsh 7.6.10 reports them (each expectation
// was printed by pwsh with the same script).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'exosh-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const exosh = (script: string) => runCli(['-c', script], dir, { columns: 120 });

describe('division by zero', () => {
  it('1/0 is a RuntimeException whose InnerException is the DivideByZeroException', async () => {
    const r = await exosh(
      'try { 1/0 } catch { $_.Exception.GetType().FullName; $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message; $_.FullyQualifiedErrorId; "$($_.CategoryInfo)" }',
    );
    expect(r.stdout).toBe(
      'System.Management.Automation.RuntimeException\nSystem.DivideByZeroException\nAttempted to divide by zero.\nRuntimeException\nNotSpecified: (:) [], RuntimeException\n',
    );
  });

  it('catch matches the inner exception and its bases, for / and % alike', async () => {
    const r = await exosh(
      "try { 1/0 } catch [System.DivideByZeroException] { 'dbz' }; try { 1/0 } catch [ArithmeticException] { 'arith' }; try { 1/0 } catch [System.Management.Automation.RuntimeException] { 'rte' }; try { 5 % 0 } catch [DivideByZeroException] { 'mod' }; try { [long]5 / [long]0 } catch [DivideByZeroException] { 'long' }",
    );
    expect(r.stdout).toBe('dbz\narith\nrte\nmod\nlong\n');
  });

  it('a catch for an unrelated type lets it pass, and trap matches the inner type', async () => {
    const r = await exosh("trap [DivideByZeroException] { 'trapped'; continue }; try { 1/0 } catch [System.IO.IOException] { 'io' }; 'after'");
    expect(r.stdout).toBe('trapped\nafter\n');
  });

  it('shows as RuntimeException in the concise view', async () => {
    const r = await exosh('1/0');
    expect(r.stderr).toBe('RuntimeException: Attempted to divide by zero.\n');
    expect(r.code).toBe(1);
  });
});

describe('typed variables', () => {
  it('a value an [int] variable cannot take is a MetadataError around the cast', async () => {
    const r = await exosh(
      "[int]$x = 1; try { $x = 'abc' } catch { $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId; \"$($_.CategoryInfo)\"; $_.Exception.InnerException.GetType().FullName }; $x",
    );
    expect(r.stdout).toBe(
      'System.Management.Automation.ArgumentTransformationMetadataException\nRuntimeException\nMetadataError: (:) [], ArgumentTransformationMetadataException\nSystem.Management.Automation.PSInvalidCastException\n1\n',
    );
  });

  it('the concise view names it MetadataError, and the script goes on', async () => {
    const r = await exosh("[int]$v = 1; $v = 'x'; 'next'");
    expect(r.stderr).toBe('MetadataError: Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format."\n');
    expect(r.stdout).toBe('next\n');
  });

  it('a thrown exception object shows its category, OperationStopped', async () => {
    const r = await exosh("throw [System.IO.IOException]::new('disk')");
    expect(r.stderr).toBe('OperationStopped: disk\n');
  });
});
