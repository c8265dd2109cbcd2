// Runs exosh's command line in-process, as a non-terminal with no colour, collecting what it prints.
import { main, type CliIO } from '../../src/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], cwd: string, extra: Partial<CliIO> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    readStdin: async () => '',
    env: { NO_COLOR: '1' },
    cwd,
    ...extra,
  });
  return { code, stdout, stderr };
}
