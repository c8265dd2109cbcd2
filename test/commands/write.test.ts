// Write-*.
import { describe, expect, it } from 'vitest';
import { run } from './harness.js';
import { writeOutput, writeHost, writeWarning, writeError, writeProgress, writeVerbose } from '../../src/commands/write.js';

describe('Write-*', () => {
  it('Write-Output 1,2 unrolls; -NoEnumerate keeps the array', async () => {
    expect((await run(writeOutput, { InputObject: [1, 2] })).output).toEqual([1, 2]);
    expect((await run(writeOutput, { InputObject: [1, 2], NoEnumerate: true })).output).toEqual([[1, 2]]);
  });
  it("Write-Host 'a','b' -Separator ', ' goes to the host, not the pipeline", async () => {
    const r = await run(writeHost, { Object: ['a', 'b'], Separator: ', ' });
    expect(r.output).toEqual([]);
    expect(r.host).toEqual(['a, b\n']);
  });
  it('Write-Warning / Write-Verbose', async () => {
    expect((await run(writeWarning, { Message: 'careful' })).warnings).toEqual(['careful']);
    expect((await run(writeVerbose, { Message: 'detail' })).verbose).toEqual(['detail']);
  });
  it("Write-Error 'boom' -ErrorId X -Category ObjectNotFound -TargetObject t", async () => {
    const r = await run(writeError, { Message: 'boom', ErrorId: 'X', Category: 'objectnotfound', TargetObject: 't' });
    const e = r.errors[0]!;
    expect([e.message, e.errorId, e.category, e.targetObject, e.exceptionType]).toEqual(['boom', 'X', 'ObjectNotFound', 't', 'Microsoft.PowerShell.Commands.WriteErrorException']);
  });
  it('Write-Error without -ErrorId uses WriteErrorException', async () => {
    expect((await run(writeError, { Message: 'x' })).errors[0]!.errorId).toBe('Microsoft.PowerShell.Commands.WriteErrorException');
  });
  it('Write-Progress records', async () => {
    const r = await run(writeProgress, { Activity: 'Copy', Status: 'half', PercentComplete: 50 });
    expect(r.progress).toEqual([{ activity: 'Copy', status: 'half', percentComplete: 50, id: undefined, completed: false }]);
  });
});
