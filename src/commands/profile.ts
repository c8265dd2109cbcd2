// $PSHOME and $PROFILE, and loading the profile scripts at start-up, with pwsh's own paths so an
// admin's existing PowerShell profile (`$PSDefaultParameterValues`, aliases, prompt helpers) applies.
import { existsSync } from 'node:fs';
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { PSObject } from '../runtime/values.js';

export interface ProfilePaths {
  AllUsersAllHosts: string;
  AllUsersCurrentHost: string;
  CurrentUserAllHosts: string;
  CurrentUserCurrentHost: string;
}

/** pwsh's console host: its profile is `Microsoft.PowerShell_profile.ps1`. */
const HOST_PROFILE = 'Microsoft.PowerShell_profile.ps1';

/** exosh's installation folder (the package root), as $PSHOME is pwsh's. */
export function psHome(): string {
  return nodePath.resolve(nodePath.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/**
 * The four profile paths as pwsh 7 computes them: per user under Documents\PowerShell on Windows,
 * under $XDG_CONFIG_HOME/powershell (default ~/.config/powershell) elsewhere; for all users in $PSHOME.
 */
export function profilePaths(env: Record<string, string | undefined>, home: string, platform: NodeJS.Platform = process.platform): ProfilePaths {
  const path = platform === 'win32' ? nodePath.win32 : nodePath.posix;
  const homeDir = env.HOME ?? env.USERPROFILE ?? '';
  const userDir =
    platform === 'win32'
      ? path.join(env.USERPROFILE ?? homeDir, 'Documents', 'PowerShell')
      : path.join(env.XDG_CONFIG_HOME || path.join(homeDir, '.config'), 'powershell');
  return {
    AllUsersAllHosts: path.join(home, 'profile.ps1'),
    AllUsersCurrentHost: path.join(home, HOST_PROFILE),
    CurrentUserAllHosts: path.join(userDir, 'profile.ps1'),
    CurrentUserCurrentHost: path.join(userDir, HOST_PROFILE),
  };
}

/**
 * `$PROFILE`: in pwsh a string (CurrentUserCurrentHost) with the four paths as note properties;
 * here an object typed System.String that prints and converts as that text.
 */
export function profileVariable(paths: ProfilePaths): PSObject {
  const o = PSObject.fromEntries(Object.entries(paths), ['System.String', 'System.Object']);
  o.set('Length', paths.CurrentUserCurrentHost.length);
  o.toStringHook = () => paths.CurrentUserCurrentHost;
  return o;
}

/** What loadProfile needs of the Session: running a line in the global scope. */
export interface ProfileHost {
  run(text: string): Promise<unknown>;
}

/**
 * Runs the profile scripts that exist, in pwsh's order (all users then current user, all hosts then
 * this host), each dot-sourced into the global scope, so what they define stays. Errors show as
 * any script's errors do and start-up goes on. `exosh -NoProfile` skips this; the interactive shell
 * calls it before its first prompt, batch mode (`-c`, a script file) before running.
 */
export async function loadProfile(session: ProfileHost, paths: ProfilePaths): Promise<string[]> {
  const loaded: string[] = [];
  for (const file of [paths.AllUsersAllHosts, paths.AllUsersCurrentHost, paths.CurrentUserAllHosts, paths.CurrentUserCurrentHost]) {
    if (!existsSync(file)) continue;
    loaded.push(file);
    await session.run(`. '${file.replace(/'/g, "''")}'`);
  }
  return loaded;
}
