// $PROFILE, $PSHOME and the profile scripts run at start-up, with pwsh 7's paths on each platform.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Session } from '../../src/local-session.js';
import { loadProfile, profilePaths } from '../../src/commands/profile.js';

describe('$PROFILE paths', () => {
  it('Linux and macOS: ~/.config/powershell (or $XDG_CONFIG_HOME/powershell) and $PSHOME', () => {
    expect(profilePaths({ HOME: '/home/ann' }, '/opt/exosh', 'linux')).toEqual({
      AllUsersAllHosts: '/opt/exosh/profile.ps1',
      AllUsersCurrentHost: '/opt/exosh/Microsoft.PowerShell_profile.ps1',
      CurrentUserAllHosts: '/home/ann/.config/powershell/profile.ps1',
      CurrentUserCurrentHost: '/home/ann/.config/powershell/Microsoft.PowerShell_profile.ps1',
    });
    expect(profilePaths({ HOME: '/home/ann', XDG_CONFIG_HOME: '/xdg' }, '/opt/exosh', 'darwin').CurrentUserAllHosts).toBe('/xdg/powershell/profile.ps1');
  });

  it('Windows: Documents\\PowerShell under the user profile', () => {
    expect(profilePaths({ USERPROFILE: 'C:\\Users\\ann' }, 'C:\\exosh', 'win32').CurrentUserCurrentHost).toBe('C:\\Users\\ann\\Documents\\PowerShell\\Microsoft.PowerShell_profile.ps1');
  });

  it('$PROFILE prints as CurrentUserCurrentHost and carries the four paths; $PSHOME is set', async () => {
    const s = new Session({ env: { HOME: '/home/ann' } });
    const r = await s.run('$PROFILE; "$PROFILE".EndsWith("Microsoft.PowerShell_profile.ps1"); $PROFILE.CurrentUserAllHosts; Split-Path $PROFILE; [bool]$PSHOME');
    expect(r.text.split('\n')[0]).toBe('/home/ann/.config/powershell/Microsoft.PowerShell_profile.ps1');
    expect(r.output.slice(1)).toEqual([true, '/home/ann/.config/powershell/profile.ps1', '/home/ann/.config/powershell', true]);
  });
});

describe('loadProfile', () => {
  let home = '';
  beforeAll(() => {
    home = mkdtempSync(path.join(tmpdir(), 'exosh-profile-'));
    mkdirSync(path.join(home, '.config', 'powershell'), { recursive: true });
    writeFileSync(path.join(home, '.config', 'powershell', 'profile.ps1'), "$order = @('all hosts')\n");
    writeFileSync(
      path.join(home, '.config', 'powershell', 'Microsoft.PowerShell_profile.ps1'),
      "$order += 'this host'\n$PSDefaultParameterValues['*-EXO*:ResultSize'] = 'Unlimited'\nfunction Get-EXOThing { [CmdletBinding()] param($ResultSize) \"ResultSize=$ResultSize\" }\n",
    );
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('dot-sources the scripts that exist into the global scope, all hosts before this host', async () => {
    const s = new Session({ env: { HOME: home } });
    const loaded = await loadProfile(s, profilePaths({ HOME: home }, path.join(home, 'no-pshome')));
    expect(loaded.map((f) => path.basename(f))).toEqual(['profile.ps1', 'Microsoft.PowerShell_profile.ps1']);
    const r = await s.run('$order; Get-EXOThing');
    expect(r.output).toEqual(['all hosts', 'this host', 'ResultSize=Unlimited']);
  });
});
