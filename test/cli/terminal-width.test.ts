// A terminal that reports 0 columns (a pty made by `script`, some CI and editor shells) must not
// squeeze tables into one-character columns: exosh then formats for 120, as without a terminal.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

async function run(columns: number | undefined): Promise<string> {
  let stdout = '';
  await main(['-c', "[pscustomobject]@{ Name = 'admin'; Alias = 'administrator' }"], {
    stdout: (t) => void (stdout += t),
    stderr: () => undefined,
    stdinIsTTY: false,
    stdoutIsTTY: true,
    stderrIsTTY: false,
    readStdin: async () => '',
    env: { NO_COLOR: '1' },
    columns,
  });
  return stdout;
}

describe('terminal width', () => {
  it('0 columns formats as 120', async () => {
    const out = await run(0);
    expect(out).toContain('Name  Alias');
    expect(out).toContain('admin administrator');
    expect(out).toBe(await run(undefined));
  });
});
