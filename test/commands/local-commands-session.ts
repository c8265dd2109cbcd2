// A FakeSession that knows every local command, for tests of commands that look others up
// (Get-Command, Get-Help, New-Object's type table, the registration table itself).
import { FakeSession } from './harness.js';
import { localCommands } from '../../src/commands/index.js';

export function withCommands(): FakeSession {
  const s = new FakeSession();
  s.commands = localCommands;
  return s;
}
