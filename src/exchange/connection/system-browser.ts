// Interactive sign-in opens the system browser: xdg-open on Linux and the BSDs, open on macOS,
// `start` on Windows. False when none could be started (a server, a container), so the caller can
// say so and suggest -Device.
import { spawn } from 'node:child_process';

export function openSystemBrowser(url: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  const [command, args] =
    platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]] : ['xdg-open', [url]];
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    } catch {
      resolve(false);
      return;
    }
    child.once('error', () => resolve(false));
    // xdg-open exits non-zero when it found no browser; the others exit once the browser was asked.
    child.once('exit', (code) => resolve(code === 0));
    child.unref();
  });
}
