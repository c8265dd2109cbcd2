// A forked worker of tools/conformance/exosh.mjs: runs cases through dist/cli.js's main() exactly as
// `exosh -c <code>` would (120 columns, no colour, nothing a terminal), in a fresh work folder each.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, WIDTH, normaliseOutput } from './cases.mjs';

const { main } = await import(pathToFileURL(join(ROOT, 'dist', 'cli.js')).href);

process.on('message', async (msg) => {
  const work = join(msg.root, 'work');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  let stdout = '';
  let stderr = '';
  let exit;
  try {
    exit = await main(['-c', msg.code], {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      readStdin: async () => '',
      stdinIsTTY: false,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: { ...process.env },
      cwd: work,
      columns: WIDTH,
    });
  } catch (e) {
    stderr += `exosh: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`;
    exit = 1;
  }
  process.send({ id: msg.id, result: { stdout: normaliseOutput(stdout, work), stderr: normaliseOutput(stderr, work), exit } });
});
process.send({ ready: true });
