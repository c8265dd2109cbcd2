// Per-set Mandatory/Position, declared .NET type names and argument transformations, as remote
// cmdlets declare them (Set-Mailbox: -Identity positional in one set, named in another; -ProhibitSendQuota
// an Unlimited[ByteQuantifiedSize] that the client checks before anything goes on the wire).
import { describe, expect, it } from 'vitest';
import type { CommandContext, CommandDefinition, CommandMetadata } from '../../src/runtime/command.js';
import { Session } from '../../src/local-session.js';

function quota(value: unknown): unknown {
  if (typeof value === 'string' && value.toLowerCase() === 'unlimited') return 'Unlimited';
  const n = Number(value);
  if (value === '' || !Number.isFinite(n)) throw new Error(`Cannot convert value "${String(value)}" to a byte quantity.`);
  return `${n} bytes`;
}

const setBoxMetadata: CommandMetadata = {
  name: 'Set-Box',
  defaultParameterSet: 'Identity',
  parameters: [
    { name: 'Identity', type: 'string', typeName: 'Microsoft.Exchange.Configuration.Tasks.MailboxIdParameter', sets: { Identity: { mandatory: true, position: 0 }, ByName: {} } },
    { name: 'Name', type: 'string', sets: { ByName: { mandatory: true, position: 0 } } },
    { name: 'Quota', type: 'string', typeName: 'Unlimited[ByteQuantifiedSize]', sets: { __AllParameterSets: {} }, convert: quota },
    { name: 'Alias', type: 'string[]', sets: { __AllParameterSets: {} }, convert: (v) => String(v).toUpperCase() },
    { name: 'IssueWarningQuota', type: 'int', typeName: 'Unlimited[Int32]', sets: { __AllParameterSets: {} } },
  ],
};

/** Echoes its parameter set and bound parameters, as `$PSCmdlet.ParameterSetName; $PSBoundParameters` would. */
const setBox: CommandDefinition = {
  metadata: setBoxMetadata,
  create: (ctx: CommandContext) => ({
    process() {
      const bound = Object.keys(ctx.params)
        .sort()
        .map((k) => `${k}=${JSON.stringify(ctx.params[k])}`);
      ctx.write(`${ctx.parameterSetName}: ${bound.join(' ')}`);
    },
  }),
};

async function run(text: string) {
  return new Session({ commands: [setBox] }).run(text);
}

describe('per-set Mandatory and Position', () => {
  it.each([
    ['Set-Box alice', 'Identity: Identity="alice"'],
    ['Set-Box -Name bob', 'ByName: Name="bob"'],
    ['Set-Box bob -Identity a', 'ByName: Identity="a" Name="bob"'],
    ['Set-Box -Identity a -Name b', 'ByName: Identity="a" Name="b"'],
    ['Set-Box a -Quota 10', 'Identity: Identity="a" Quota="10 bytes"'],
    ['Set-Box a -Quota unlimited', 'Identity: Identity="a" Quota="Unlimited"'],
    ['Set-Box a -Alias x,y', 'Identity: Alias=["X","Y"] Identity="a"'],
  ])('%s', async (text, expected) => {
    const r = await run(text);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual([expected]);
  });

  it('a second positional argument has nowhere to go once the first chose the Identity set', async () => {
    const r = await run('Set-Box x y');
    expect(r.errors.map((e) => e.message)).toEqual(["A positional parameter cannot be found that accepts argument 'y'."]);
  });

  it('a parameter mandatory only in the default set is reported missing', async () => {
    const r = await run('Set-Box -Quota 5');
    expect(r.errors.map((e) => e.message)).toEqual(['Cannot process command because of one or more missing mandatory parameters: Identity.']);
  });

  it('a missing argument names the declared .NET type', async () => {
    const r = await run('Set-Box a -Quota');
    expect(r.errors.map((e) => e.message)).toEqual(["Missing an argument for parameter 'Quota'. Specify a parameter of type 'Unlimited[ByteQuantifiedSize]' and try again."]);
  });
});

describe('choosing the parameter set', () => {
  /** Like Get-Mailbox: -Identity positional and by pipeline in its set, -Anr in another, -ResultSize in all. */
  const getBox: CommandDefinition = {
    metadata: {
      name: 'Get-Box',
      defaultParameterSet: 'Identity',
      parameters: [
        { name: 'Identity', type: 'string', valueFromPipeline: true, valueFromPipelineByPropertyName: true, sets: { Identity: { position: 0 } } },
        { name: 'Anr', type: 'string', sets: { AnrSet: { mandatory: true } } },
        { name: 'ResultSize', type: 'int', sets: { __AllParameterSets: {} } },
      ],
    },
    create: setBox.create,
  };
  const runGet = (text: string) => new Session({ commands: [getBox, setBox] }).run(text);

  it.each([
    ['Get-Box', 'Identity: '],
    ['Get-Box -ResultSize 5', 'Identity: ResultSize=5'],
    ['Get-Box -Anr sm', 'AnrSet: Anr="sm"'],
    ['"alice" | Get-Box', 'Identity: Identity="alice"'],
    ['[pscustomobject]@{ Identity = "bob" } | Get-Box', 'Identity: Identity="bob"'],
  ])('%s', async (text, expected) => {
    const r = await runGet(text);
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual([expected]);
  });

  it('the default set wins while it is possible, even when another set has all it needs', async () => {
    const meta: CommandMetadata = {
      name: 'Test-Default',
      defaultParameterSet: 'A',
      parameters: [
        { name: 'X', type: 'string', sets: { A: { mandatory: true } } },
        { name: 'Y', type: 'string', sets: { B: {} } },
        { name: 'Common', type: 'int' },
      ],
    };
    const r = await new Session({ commands: [{ metadata: meta, create: setBox.create }] }).run('Test-Default -Common 1');
    expect(r.errors.map((e) => e.message)).toEqual(['Cannot process command because of one or more missing mandatory parameters: X.']);
  });
});

describe('argument transformation', () => {
  it('a conversion error names the declared type', async () => {
    const r = await run('Set-Box a -IssueWarningQuota abc');
    expect(r.errors[0]?.message).toBe(
      `Cannot bind parameter 'IssueWarningQuota'. Cannot convert value "abc" to type "Unlimited[Int32]". Error: "The input string 'abc' was not in a correct format."`,
    );
  });

  it('a failing transformation is ParameterBindingArgumentTransformationException', async () => {
    const r = await run('Set-Box a -Quota lots');
    const e = r.errors[0]!;
    expect(e.message).toBe(`Cannot process argument transformation on parameter 'Quota'. Cannot convert value "lots" to a byte quantity.`);
    expect(e.errorId).toBe('ParameterArgumentTransformationError,Set-Box');
    expect(e.category).toBe('InvalidData');
    expect(e.exceptionType).toBe('System.Management.Automation.ParameterBindingArgumentTransformationException');
    expect(r.output).toEqual([]);
  });

  it('try/catch sees the transformation error by its .NET type', async () => {
    const r = await run(
      'try { Set-Box a -Quota lots } catch [System.Management.Automation.ParameterBindingException] { "caught: " + $_.FullyQualifiedErrorId }',
    );
    expect(r.output).toEqual(['caught: ParameterArgumentTransformationError,Set-Box']);
  });
});

describe('Get-Command -Syntax and Get-Help', () => {
  it('prints one line per set, the default first, with per-set positions and short .NET type names', async () => {
    const r = await run('Get-Command Set-Box -Syntax');
    const lines = r.text.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([
      'Set-Box [-Identity] <MailboxIdParameter> [-Quota <Unlimited[ByteQuantifiedSize]>] [-Alias <string[]>] [-IssueWarningQuota <Unlimited[Int32]>] [<CommonParameters>]',
      'Set-Box [-Name] <string> [-Identity <MailboxIdParameter>] [-Quota <Unlimited[ByteQuantifiedSize]>] [-Alias <string[]>] [-IssueWarningQuota <Unlimited[Int32]>] [<CommonParameters>]',
    ]);
  });

  it('Get-Help -Full shows where a per-set parameter is required and positional', async () => {
    const r = await run('Get-Help Set-Box -Full');
    expect(r.text).toMatch(/-Name <string>\s+Required\?\s+true\s+Position\?\s+0/);
    expect(r.text).toMatch(/Parameter set name\s+Identity, ByName/);
  });
});
