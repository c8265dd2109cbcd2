import { describe, expect, it } from 'vitest';
import type { CommandDefinition } from '../../../src/runtime/command.js';
import { localCommands } from '../../../src/commands/index.js';
// The local cmdlets are given explicitly: the runtime's Session is moving to carry none of its own.
import { Session } from '../../../src/local-session.js';
import { commandHelp, commandUnderCursor, parameterHelp } from '../../../src/ui/help/help.js';

const remote: CommandDefinition = {
  metadata: {
    name: 'Get-FabMailbox',
    help: { synopsis: 'Use the Get-Mailbox cmdlet to view mailbox objects and attributes.' },
    parameters: [
      { name: 'RecipientTypeDetails', type: 'object[]', typeName: 'RecipientTypeDetails[]', validateSet: ['UserMailbox', 'SharedMailbox'], description: 'Filters the results by recipient subtype.' },
      { name: 'Identity', type: 'object', typeName: 'MailboxIdParameter', position: 0, valueFromPipeline: true },
    ],
  },
  create: () => ({}),
};

function services() {
  const s = new Session({ commands: localCommands });
  const services = s.servicesFor(s.globalScope);
  services.registerCommands([remote]);
  return services;
}

describe('which command the cursor is on', () => {
  it('its name, or the command whose arguments hold the cursor', () => {
    expect(commandUnderCursor('Get-Date -Format o', 3)).toBe('Get-Date');
    expect(commandUnderCursor('Get-Date -Format o', 18)).toBe('Get-Date');
    expect(commandUnderCursor('Get-Date | Select-Object -First 1', 30)).toBe('Select-Object');
    expect(commandUnderCursor('$x = 1', 6)).toBeUndefined();
  });
});

describe('F1: the full help', () => {
  it('is the text Get-Help -Full prints, for a remote cmdlet from its metadata', () => {
    const text = commandHelp(services(), 'Get-FabMailbox -Identity bob', 20)!;
    expect(text.split('\n')[0]).toBe('NAME');
    expect(text).toContain('Use the Get-Mailbox cmdlet to view mailbox objects and attributes.');
    expect(text).toContain('-RecipientTypeDetails <RecipientTypeDetails[]>');
    expect(text).toContain('Accepted values: UserMailbox, SharedMailbox');
  });

  it('is nothing off any command', () => {
    expect(commandHelp(services(), '$x = 5', 3)).toBeUndefined();
  });
});

describe('Alt+H: the help of one parameter', () => {
  it('on the parameter name, or in its value', () => {
    const s = services();
    const onName = parameterHelp(s, 'Get-FabMailbox -RecipientTypeDetails Shared', 20)!;
    expect(onName.split('\n')).toEqual([
      '-RecipientTypeDetails <RecipientTypeDetails[]>',
      '    Filters the results by recipient subtype.',
      '    Accepted values: UserMailbox, SharedMailbox',
      '    Required: false, Position: named, Pipeline input: false, Parameter set: (All), Aliases: None',
    ]);
    expect(parameterHelp(s, 'Get-FabMailbox -RecipientTypeDetails Shared', 43)).toBe(onName);
  });

  it('an abbreviated parameter is found as the binder finds it; a common one says so', () => {
    const s = services();
    expect(parameterHelp(s, 'Get-FabMailbox -Ident', 21)!.split('\n')[0]).toBe('-Identity <MailboxIdParameter>');
    expect(parameterHelp(s, 'Get-Date -ErrorAction', 21)).toContain('about_CommonParameters');
  });
});
