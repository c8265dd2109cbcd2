// Session seams the composition root and the Exchange room plug into: pipeline planners see a whole
// pipeline before it binds (filter-left), and a command-not-found hint adds a sentence to pwsh's text.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';
import type { PipelineStagePlan } from '../../src/runtime/command.js';
import { ScriptBlockValue } from '../../src/runtime/values.js';

describe('pipeline planners', () => {
  it('see every stage with evaluated arguments, once per pipeline, and may rewrite them', async () => {
    const session = new Session();
    const seen: string[][] = [];
    session.servicesFor(session.globalScope).registerPipelinePlanner((stages: PipelineStagePlan[], services) => {
      seen.push(stages.map((s) => s.definition.metadata.name));
      const where = stages.find((s) => s.definition.metadata.name === 'Where-Object');
      if (where) {
        const block = where.args[0]?.value;
        expect(block).toBeInstanceOf(ScriptBlockValue);
        expect(String(block)).toBe(' $_ -gt $limit ');
        expect(services.getVariable('limit')).toBe(2);
        // Replace the predicate: what runs is what the planner left.
        where.args = [{ kind: 'positional', value: session.createScriptBlock('$_ -gt 3') }];
      }
    });
    const r = await session.run('$limit = 2; 1..5 | Where-Object { $_ -gt $limit } | ForEach-Object { $_ * 10 }');
    expect(r.output).toEqual([40, 50]);
    expect(seen).toEqual([['Where-Object', 'ForEach-Object']]);
  });

  it('are not called for a session without them', async () => {
    const r = await new Session().run('1..3 | Where-Object { $_ -ne 2 }');
    expect(r.output).toEqual([1, 3]);
  });
});

describe('command-not-found hint', () => {
  it('adds the sentence under pwsh\'s own two lines, and nothing when it has none', async () => {
    const session = new Session({ commandNotFoundHint: (name) => (name === 'Get-Mailbox' ? 'Connect first.' : undefined) });
    const a = await session.run('Get-Mailbox');
    expect(a.errors[0]!.message.split('\n')).toEqual([
      "The term 'Get-Mailbox' is not recognized as a name of a cmdlet, function, script file, or executable program.",
      'Check the spelling of the name, or if a path was included, verify that the path is correct and try again.',
      'Connect first.',
    ]);
    const b = await session.run('Get-Nothing');
    expect(b.errors[0]!.message.split('\n')).toHaveLength(2);
  });
});
