// One sandbox per test file and Sessions with the Exchange cmdlets installed against it; every
// stream captured so tests can scan them (for secrets, warnings, host text).
import { afterAll, beforeAll } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { installExchange, type InstallExchangeOptions } from '../../../src/exchange/index.js';
import { Session } from '../../../src/local-session.js';
import type { ErrorRecord } from '../../../src/runtime/errors.js';
import type { HostServices, ProgressRecord } from '../../../src/runtime/command.js';

export interface Captured {
  session: Session;
  host: string[];
  warnings: string[];
  errors: ErrorRecord[];
  information: unknown[];
  verbose: string[];
  output: string[];
  progress: ProgressRecord[];
}

export function useSandbox(options: { mailboxes?: number; deviceCodeIntervalSeconds?: number } = {}): () => RunningSandbox {
  let sandbox: RunningSandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({
      mailboxes: options.mailboxes ?? 40,
      quiet: true,
      ...(options.deviceCodeIntervalSeconds ? { identity: { deviceCodeIntervalSeconds: options.deviceCodeIntervalSeconds } } : {}),
    });
  }, 60_000);
  afterAll(async () => {
    await sandbox?.close();
  });
  return () => sandbox!;
}

export function exchangeSession(sandbox: RunningSandbox | undefined, extra: Partial<InstallExchangeOptions> = {}, host: Partial<HostServices> = {}): Captured {
  const captured: Omit<Captured, 'session'> = { host: [], warnings: [], errors: [], information: [], verbose: [], output: [], progress: [] };
  const commands = installExchange({
    ...(sandbox ? { sandbox: { url: sandbox.url, caPem: sandbox.caCertPem } } : {}),
    env: {},
    openBrowser: async () => false,
    ...extra,
  });
  const session = new Session({
    host: { interactive: false, ...host },
    commands,
    env: {},
    streams: {
      output: (t) => void captured.output.push(t),
      host: (t) => void captured.host.push(t),
      warning: (m) => void captured.warnings.push(m),
      error: (r) => void captured.errors.push(r),
      information: (m) => void captured.information.push(m),
      verbose: (m) => void captured.verbose.push(m),
      progress: (p) => void captured.progress.push(p),
    },
  });
  return { session, ...captured };
}
