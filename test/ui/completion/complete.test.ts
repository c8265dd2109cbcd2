import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandDefinition } from '../../../src/runtime/command.js';
import { localCommands } from '../../../src/commands/index.js';
// The local cmdlets are given explicitly: the runtime's Session is moving to carry none of its own.
import { Session } from '../../../src/local-session.js';
import { PSObject } from '../../../src/runtime/values.js';
import { complete } from '../../../src/ui/completion/complete.js';
import type { EditorContext } from '../../../src/ui/editor/contract.js';

/** A remote cmdlet as a connection with prefix Fab registers it. */
const getFabMailbox: CommandDefinition = {
  metadata: {
    name: 'Get-FabMailbox',
    commandType: 'Function',
    parameters: [
      { name: 'Identity', type: 'object', typeName: 'MailboxIdParameter', position: 0 },
      { name: 'RecipientTypeDetails', type: 'object[]', typeName: 'RecipientTypeDetails[]', validateSet: ['UserMailbox', 'SharedMailbox', 'RoomMailbox'] },
      { name: 'ResultSize', type: 'object', typeName: 'Unlimited[UInt32]' },
      { name: 'Archive', type: 'switch' },
      { name: 'IncludeInactiveMailbox', type: 'bool' },
    ],
  },
  create: () => ({}),
};

function setup(recent: unknown[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'exosh-complete-'));
  mkdirSync(join(dir, 'my dir'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'README.md'), '');
  writeFileSync(join(dir, 'my file.txt'), '');
  writeFileSync(join(dir, 'src', 'a.ts'), '');
  writeFileSync(join(dir, '.hidden'), '');
  const session = new Session({ cwd: dir, commands: localCommands });
  const services = session.servicesFor(session.globalScope);
  services.registerCommands([getFabMailbox]);
  const context: EditorContext = { services, recentOutput: () => recent };
  return { session, services, context };
}

/** The completion texts Tab offers at the end of `input`, and the text the first one makes. */
function tab(context: EditorContext, input: string, cursor = input.length) {
  const r = complete(context, input, cursor);
  const texts = r.candidates.map((c) => c.completionText);
  const first = texts[0] === undefined ? input : input.slice(0, r.replaceStart) + texts[0] + input.slice(r.replaceEnd);
  return { texts, first };
}

describe('command names', () => {
  it('typing `Get-ChildI` Tab gives `Get-ChildItem`', () => {
    const { context } = setup();
    expect(tab(context, 'Get-ChildI').first).toBe('Get-ChildItem');
  });

  it('remote cmdlets with their prefix, in alphabetical order with local ones', () => {
    const { context } = setup();
    expect(tab(context, 'Get-Fab').texts).toEqual(['Get-FabMailbox']);
    const texts = tab(context, 'Get-C').texts;
    expect(texts).toContain('Get-ChildItem');
    expect([...texts].sort((a, b) => a.localeCompare(b, 'en-US', { sensitivity: 'base' }))).toEqual(texts);
  });

  it('aliases and functions are offered too, and wildcards work as in TabExpansion2', () => {
    const { context, session } = setup();
    return session.run('function Get-MyThing { param($Name) }').then(() => {
      expect(tab(context, 'gc').texts[0]).toBe('gc');
      expect(tab(context, 'Get-MyT').texts).toEqual(['Get-MyThing']);
      expect(tab(context, '*-ChildIt').texts).toContain('Get-ChildItem');
    });
  });

  it('after a pipe, in a script block and after `=` a command goes', () => {
    const { context } = setup();
    expect(tab(context, 'Get-Date | Select-O').first).toBe('Get-Date | Select-Object');
    expect(tab(context, '1..3 | ForEach-Object { Write-Ou').first).toBe('1..3 | ForEach-Object { Write-Output');
    expect(tab(context, '$d = Get-Dat').first).toBe('$d = Get-Date');
  });
});

describe('parameter names', () => {
  it('of the command under the cursor, in declared order, then the common parameters', () => {
    const { context } = setup();
    expect(tab(context, 'Get-Date -F').texts).toEqual(['-Format']);
    const all = tab(context, 'Get-FabMailbox -').texts;
    expect(all.slice(0, 5)).toEqual(['-Identity', '-RecipientTypeDetails', '-ResultSize', '-Archive', '-IncludeInactiveMailbox']);
    expect(all).toContain('-ErrorAction');
    expect(tab(context, 'Get-FabMailbox -Verb').texts).toEqual(['-Verbose']);
  });

  it('in the middle of a pipeline, of the element the cursor is in', () => {
    const { context } = setup();
    expect(tab(context, 'Get-Date | Select-Object -Prop').first).toBe('Get-Date | Select-Object -Property');
  });

  it('parameters already given are not offered again', () => {
    const { context } = setup();
    expect(tab(context, 'Get-FabMailbox -Archive -A').texts).toEqual([]);
  });

  it('each candidate carries its type as a tooltip', () => {
    const { context } = setup();
    const r = complete(context, 'Get-FabMailbox -Ident', 21);
    expect(r.candidates[0]?.toolTip).toBe('[MailboxIdParameter] Identity');
  });
});

describe('parameter values', () => {
  it('enumerations from the metadata, filtered by what was typed', () => {
    const { context } = setup();
    expect(tab(context, 'Get-FabMailbox -RecipientTypeDetails ').texts).toEqual(['UserMailbox', 'SharedMailbox', 'RoomMailbox']);
    expect(tab(context, 'Get-FabMailbox -RecipientTypeDetails sh').first).toBe('Get-FabMailbox -RecipientTypeDetails SharedMailbox');
  });

  it('$true and $false for a bool, and after a switch with a colon', () => {
    const { context } = setup();
    expect(tab(context, 'Get-FabMailbox -IncludeInactiveMailbox ').texts).toEqual(['$true', '$false']);
    expect(tab(context, 'Get-FabMailbox -Archive:').texts).toEqual(['$true', '$false']);
  });

  it('-ErrorAction values on any cmdlet', () => {
    const { context } = setup();
    expect(tab(context, 'Get-Date -ErrorAction Si').first).toBe('Get-Date -ErrorAction SilentlyContinue');
  });

  it("-ExchangeEnvironmentName's values where Connect-ExchangeOnline declares them", () => {
    const { context, services } = setup();
    services.registerCommands([
      { metadata: { name: 'Connect-ExchangeOnline', parameters: [{ name: 'ExchangeEnvironmentName', type: 'string', validateSet: ['O365Default', 'O365USGovGCCHigh', 'O365USGovDoD', 'O365China', 'O365GermanyCloud'] }] }, create: () => ({}) },
    ]);
    expect(tab(context, 'Connect-ExchangeOnline -ExchangeEnvironmentName O365US').texts).toEqual(['O365USGovGCCHigh', 'O365USGovDoD']);
  });
});

describe('variables and properties', () => {
  it('`$ho` Tab gives `$HOME`; user variables too', async () => {
    const { context, session } = setup();
    await session.run('$mailboxCount = 5');
    expect(tab(context, '$mailboxC').first).toBe('$mailboxCount');
  });

  it("properties of a variable's value, sorted, like pwsh's `$x.Da` → Date, DateTime, Day...", async () => {
    const { context, session } = setup();
    await session.run('$x = [pscustomobject]@{ DisplayName = "Bob"; Department = "IT"; Size = 5 }');
    expect(tab(context, '$x.D').texts).toEqual(['Department', 'DisplayName']);
    expect(tab(context, 'Write-Output $x.Si').first).toBe('Write-Output $x.Size');
  });

  it('properties after `$_.` come from the objects last written', () => {
    const recent = [PSObject.fromEntries([['PrimarySmtpAddress', 'a@contoso.com'], ['RecipientTypeDetails', 'UserMailbox']])];
    const { context } = setup(recent);
    expect(tab(context, 'Get-Mailbox | Where-Object { $_.Pri').first).toBe('Get-Mailbox | Where-Object { $_.PrimarySmtpAddress');
  });

  it('nested properties follow the path', async () => {
    const { context, session } = setup();
    await session.run('$x = [pscustomobject]@{ Owner = [pscustomobject]@{ Name = "a"; Mail = "b" } }');
    expect(tab(context, '$x.Owner.').texts).toEqual(['Mail', 'Name']);
  });
});

describe('file paths', () => {
  it('relative to the shell folder, with ./ in front as pwsh on Unix', () => {
    const { context } = setup();
    expect(tab(context, 'Get-Content R').first).toBe('Get-Content ./README.md');
    expect(tab(context, 'Get-Content src/').first).toBe('Get-Content src/a.ts');
  });

  it("names with spaces are quoted: `m` → './my dir', './my file.txt'", () => {
    const { context } = setup();
    expect(tab(context, 'Get-Content m').texts).toEqual(["'./my dir'", "'./my file.txt'"]);
  });

  it('hidden files only when a dot is typed; a parameter without known values completes paths', () => {
    const { context } = setup();
    expect(tab(context, 'Get-Content -Path ').texts).toEqual(["'./my dir'", "'./my file.txt'", './README.md', './src']);
    expect(tab(context, 'Get-Content .h').texts).toEqual(['./.hidden']);
  });

  it('a quote already typed is kept open to the completion', () => {
    const { context } = setup();
    expect(tab(context, "Get-Content 'my f").first).toBe("Get-Content './my file.txt'");
  });
});
