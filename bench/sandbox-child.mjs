// `exosh sandbox serve` in a child process for the Exchange benchmarks: resolves with its URL, CA
// file and a stop function once it prints the line that says how to connect.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export function startSandboxChild(cli, work, mailboxes) {
  const data = join(work, `sandbox-${mailboxes}`);
  const child = spawn(process.execPath, [cli, 'sandbox', 'serve', '--data', data, '--mailboxes', String(mailboxes), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (d) => {
      text += d;
      const m = /exosh --sandbox-url (\S+) --ca-file (\S+)/.exec(text);
      if (m) resolve({ url: m[1], caFile: m[2], stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited (${code}): ${text}`)));
  });
}
