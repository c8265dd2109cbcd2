// Select-String.
import { describe, expect, it } from 'vitest';
import { run } from './harness.js';
import { useTempDirSession } from './temp-session.js';
import { selectString } from '../../src/commands/select-string.js';
import { PSObject } from '../../src/runtime/values.js';
import { toStringValue } from '../../src/runtime/conversions.js';
import { RuntimeError } from '../../src/runtime/errors.js';

const tmp = useTempDirSession('exosh-text-', { 'log.txt': 'start\nerror one\nmiddle\nERROR two\nend\n' });

describe('Select-String', () => {
  it("'one','two three' | Select-String 'o' → MatchInfo whose ToString is the line", async () => {
    const r = await run(selectString, { Pattern: ['e$'] }, { input: ['one', 'two', 'three'] });
    const m = r.output as PSObject[];
    expect(m.map((x) => toStringValue(x))).toEqual(['one', 'three']);
    expect(m[1]!.get('LineNumber')).toBe(3);
    expect(m[0]!.typeNames[0]).toBe('Microsoft.PowerShell.Commands.MatchInfo');
  });
  it('-Path log.txt is case-insensitive; ToString is path:line:text', async () => {
    const r = await run(selectString, { Pattern: ['error'], Path: ['log.txt'] }, { session: tmp.session });
    expect(r.output.map((x) => toStringValue(x))).toEqual(['log.txt:2:error one', 'log.txt:4:ERROR two']);
  });
  it('-CaseSensitive, -NotMatch, -SimpleMatch, -Quiet', async () => {
    expect((await run(selectString, { Pattern: ['error'], Path: ['log.txt'], CaseSensitive: true }, { session: tmp.session })).output).toHaveLength(1);
    expect((await run(selectString, { Pattern: ['error'], Path: ['log.txt'], NotMatch: true }, { session: tmp.session })).output).toHaveLength(3);
    expect((await run(selectString, { Pattern: ['.'], SimpleMatch: true }, { input: ['a.b', 'ab'] })).output).toHaveLength(1);
    expect((await run(selectString, { Pattern: ['zzz'], Quiet: true }, { input: ['a'] })).output).toEqual([false]);
    expect((await run(selectString, { Pattern: ['a'], Quiet: true }, { input: ['a', 'a'] })).output).toEqual([true]);
  });
  it('-AllMatches fills Matches with every match', async () => {
    const m = (await run(selectString, { Pattern: ['\\d'], AllMatches: true }, { input: ['a1b2c3'] })).output[0] as PSObject;
    expect((m.get('Matches') as PSObject[]).map((x) => x.get('Value'))).toEqual(['1', '2', '3']);
  });
  it('-Context 1 marks the match with >', async () => {
    const r = await run(selectString, { Pattern: ['middle'], Path: ['log.txt'], Context: [1] }, { session: tmp.session });
    expect(toStringValue(r.output[0])).toBe('  log.txt:2:error one\n> log.txt:3:middle\n  log.txt:4:ERROR two');
  });
  it('an invalid regex is a terminating error', async () => {
    await expect(run(selectString, { Pattern: ['('] }, { input: ['x'] })).rejects.toThrow(RuntimeError);
  });
});
