import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: forks keep servers and heavy parser tests isolated without oversubscribing.
    pool: 'forks',
    // The REPL's history goes to a throwaway file, never the user's own.
    env: { EXOSH_HISTORY_FILE: join(tmpdir(), `exosh-test-history-${process.pid}.txt`) },
  },
});
