// Delay-bind script blocks: `Import-Csv users.csv | Set-Mailbox -Identity { $_.UPN }` runs the block
// for each pipeline object and binds its result, for pipeline parameters of a type other than
// object or scriptblock (a remote cmdlet's MailboxIdParameter).
import { describe, expect, it } from 'vitest';
import type { CommandContext, CommandDefinition } from '../../src/runtime/command.js';
import { Session } from '../../src/local-session.js';

/** Like a remote Set-Mailbox: -Identity is an [object] underneath but declared as MailboxIdParameter. */
const setBox: CommandDefinition = {
  metadata: {
    name: 'Set-Box',
    parameters: [
      { name: 'Identity', type: 'object', typeName: 'MailboxIdParameter', valueFromPipeline: true, valueFromPipelineByPropertyName: true, sets: { Identity: { mandatory: true, position: 0 } } },
      { name: 'Office', type: 'string', sets: { __AllParameterSets: {} } },
    ],
  },
  create: (ctx: CommandContext) => ({
    process() {
      ctx.write(`${String(ctx.params.Identity)}:${String(ctx.params.Office)}`);
    },
  }),
};

async function run(text: string) {
  return new Session({ commands: [setBox] }).run(text);
}

const rows = '[pscustomobject]@{ UPN = "alice@contoso.com" }, [pscustomobject]@{ UPN = "bob@contoso.com" }';

describe('delay-bind script blocks', () => {
  it('compute the parameter from each pipeline object', async () => {
    const r = await run(`${rows} | Set-Box -Identity { $_.UPN } -Office Remote`);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual(['alice@contoso.com:Remote', 'bob@contoso.com:Remote']);
  });

  it('work in advanced functions with a typed pipeline parameter', async () => {
    const r = await run(
      'function f { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName)][string]$Name) process { "name=$Name" } }; ' +
        '[pscustomobject]@{U="a"},[pscustomobject]@{U="b"} | f -Name { $_.U + "!" }',
    );
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual(['name=a!', 'name=b!']);
  });

  it('an [object] pipeline parameter takes the script block itself', async () => {
    const r = await run('function h { [CmdletBinding()] param([Parameter(ValueFromPipelineByPropertyName)][object]$Name) process { $Name.GetType().Name } }; [pscustomobject]@{Name={1}} | h');
    expect(r.output).toEqual(['ScriptBlock']);
  });

  it('a block that fails skips that object with a non-terminating error', async () => {
    const r = await run('1,2 | Set-Box -Identity { if ($_ -eq 1) { throw "boom" } else { "ok$_" } } -Office X; "after"');
    expect(r.output).toEqual(['ok2:X', 'after']);
    expect(r.errors.map((e) => [e.message, e.errorId])).toEqual([["The input to the script block for parameter 'Identity' failed. boom", 'ScriptBlockArgumentInvocationFailed,Set-Box']]);
  });

  it('without pipeline input it is an error', async () => {
    const r = await run('Set-Box -Identity { "x" }');
    expect(r.errors.map((e) => [e.message, e.errorId, e.category])).toEqual([
      ["Cannot evaluate parameter 'Identity' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input.", 'ScriptBlockArgumentNoInput,Set-Box', 'MetadataError'],
    ]);
  });
});
