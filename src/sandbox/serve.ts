// `exosh sandbox serve`: runs the sandbox in the foreground, prints what a trainer needs to hand out
// (URL, CA path, accounts, apps, the connect command) and stops cleanly on Ctrl+C / SIGTERM.
import minimist from 'minimist';
import { SANDBOX_MFA_CODE, SANDBOX_PASSWORD } from './directory.js';
import { FaultConfigError } from './faults.js';
import { parseDurationSeconds, startSandbox, type RunningSandbox, type StartSandboxOptions } from './index.js';
import { SandboxListenError } from './server.js';

export interface ServeIo {
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Stops the server when aborted (tests); SIGINT/SIGTERM always do. */
  signal?: AbortSignal;
}

const USAGE = `Usage: exosh sandbox serve [--port 0] [--data DIR] [--reset] [--seed N] [--mailboxes N]
                           [--token-lifetime 60m] [--faults FILE] [--host 127.0.0.1] [--allow-remote]`;

const KNOWN = new Set(['port', 'data', 'reset', 'seed', 'mailboxes', 'token-lifetime', 'faults', 'host', 'allow-remote', 'help', 'h', '_']);

class UsageError extends Error {}

function intOption(value: unknown, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (typeof value === 'boolean' || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got '${String(value)}').`);
  }
  return n;
}

function stringOption(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} needs a value.`);
  return value;
}

export function parseServeArgs(argv: string[]): StartSandboxOptions | 'help' {
  const args = minimist(argv, {
    string: ['data', 'token-lifetime', 'faults', 'host'],
    boolean: ['reset', 'allow-remote', 'help'],
    alias: { h: 'help' },
    unknown: (arg) => {
      if (arg.startsWith('-') && !KNOWN.has(arg.replace(/^--?/, '').split('=')[0]!)) throw new UsageError(`Unknown option '${arg}'.`);
      return true;
    },
  });
  if (args['help']) return 'help';
  if (args._.length > 0) throw new UsageError(`Unexpected argument '${String(args._[0])}'.`);
  const tokenLifetime = stringOption(args['token-lifetime'], 'token-lifetime');
  if (tokenLifetime !== undefined) {
    try {
      parseDurationSeconds(tokenLifetime);
    } catch (err) {
      throw new UsageError(`--token-lifetime: ${(err as Error).message}`);
    }
  }
  return {
    port: intOption(args['port'], 'port', 0, 65535),
    dataDir: stringOption(args['data'], 'data'),
    reset: Boolean(args['reset']),
    seed: intOption(args['seed'], 'seed', 0),
    mailboxes: intOption(args['mailboxes'], 'mailboxes', 1, 1_000_000),
    tokenLifetime,
    faults: stringOption(args['faults'], 'faults'),
    host: stringOption(args['host'], 'host'),
    allowRemote: Boolean(args['allow-remote']),
  };
}

/** What `serve` prints: everything needed to connect, never a hash or a private key. */
export function formatBanner(s: RunningSandbox, opts: { persistent: boolean; tokenLifetime: string; exchange: boolean }): string {
  const lines: string[] = [];
  const pad = (t: string, n: number) => t.padEnd(n);
  lines.push(`exosh sandbox listening on ${s.url}`);
  if (s.remoteUrls.length > 0) lines.push(`  also reachable (--allow-remote) at ${s.remoteUrls.join(', ')}`);
  lines.push('');
  lines.push(`  CA certificate   ${s.caCertPath}`);
  lines.push(`  Admin key        ${s.adminKey}   (X-Sandbox-Admin-Key header for ${s.url}/_sandbox/)`);
  lines.push(`  Data folder      ${s.dataDir}${opts.persistent ? '' : '   (temporary: deleted on exit)'}`);
  lines.push(`  Token lifetime   ${opts.tokenLifetime}`);
  if (!opts.exchange) lines.push('  Exchange         off (identity provider only)');
  if (s.store) {
    lines.push(`  Tenant data      seed ${s.store.seed}, ${s.store.mailboxes.toLocaleString('en-US')} contoso mailboxes${s.store.file ? `, kept in ${s.store.file}` : ', in memory'}`);
    if (s.store.optionsIgnored) lines.push('                   (the data folder already holds a store made with other --seed/--mailboxes; use --reset to regenerate)');
  }
  lines.push('', `Accounts (password for all: ${SANDBOX_PASSWORD}; MFA one-time code: ${SANDBOX_MFA_CODE})`);
  for (const t of s.tenants) {
    const managed = t.managedBy.map((id) => s.tenants.find((x) => x.id === id)?.displayName ?? id);
    lines.push('', `  ${t.displayName}   ${t.initialDomain}   tenant id ${t.id}${managed.length ? `   (managed by ${managed.join(', ')})` : ''}`);
    lines.push(`    domains: ${t.domains.join(', ')}`);
    for (const a of s.accounts.filter((x) => x.tenantId === t.id)) {
      lines.push(`    ${pad(a.upn, 44)} ${pad(a.directoryRole, 24)} ${pad(a.roleGroups.join(', '), 36)}${a.mfa ? ' MFA' : ''}`);
    }
    for (const app of s.apps.filter((x) => x.tenantId === t.id)) {
      lines.push(`    app "${app.displayName}"   app id ${app.appId}   roles ${app.appRoles.join(', ')}`);
      lines.push(`      certificate ${app.certificatePath}`);
      lines.push(`      thumbprint  SHA-1 ${app.thumbprintSha1}`);
      lines.push(`                  SHA-256 ${app.thumbprintSha256}`);
      lines.push(`      PFX         ${app.pfxPath}   (password: ${app.pfxPassword})`);
    }
    const mis = s.managedIdentities.filter((m) => m.tenantId === t.id);
    const env = s.managedIdentityEnvironment(t.id);
    for (const mi of mis) lines.push(`    managed identity ${pad(mi.displayName, 28)} ${mi.kind === 'system' ? 'system-assigned' : 'user-assigned  '}   client id ${mi.clientId}`);
    lines.push(`      IDENTITY_ENDPOINT=${env.IDENTITY_ENDPOINT}`);
  }
  const anyTenant = s.tenants[0];
  if (anyTenant) lines.push('', `IDENTITY_HEADER=${s.managedIdentityEnvironment(anyTenant.id).IDENTITY_HEADER}   (same for every tenant)`);
  lines.push('', 'Connect with:', `  exosh --sandbox-url ${s.url} --ca-file ${s.caCertPath}`, '', 'Press Ctrl+C to stop.', '');
  return lines.map((l) => l.trimEnd()).join('\n');
}

export async function runSandboxServe(argv: string[], io: ServeIo = {}): Promise<number> {
  const out = io.stdout ?? ((t: string) => void process.stdout.write(t));
  const err = io.stderr ?? ((t: string) => void process.stderr.write(t));
  let options: StartSandboxOptions | 'help';
  try {
    options = parseServeArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`exosh sandbox serve: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    out(`${USAGE}\n\nRuns a local Exchange Online + Entra ID sandbox over HTTPS. See docs/sandbox.md.\n`);
    return 0;
  }

  // Listen for Ctrl+C from the start: a signal during start-up (seeding can take seconds) stops the
  // sandbox as soon as it is up instead of killing the process half-way.
  let stopRequested!: () => void;
  const stopped = new Promise<void>((resolve) => (stopRequested = resolve));
  const stop = () => stopRequested();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (io.signal?.aborted) stop();
  else io.signal?.addEventListener('abort', stop);
  const detach = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    io.signal?.removeEventListener('abort', stop);
  };

  let sandbox: RunningSandbox;
  try {
    // Listening while the mailboxes are generated: `exosh --sandbox` signs in meanwhile.
    sandbox = await startSandbox({ ...options, listenBeforeStore: true });
  } catch (e) {
    detach();
    if (e instanceof SandboxListenError || e instanceof FaultConfigError || e instanceof RangeError) {
      err(`exosh sandbox serve: ${e.message}\n`);
      return 1;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      err(`exosh sandbox serve: cannot listen on ${options.host ?? '127.0.0.1'}:${options.port ?? 0} (${code}).\n`);
      return 1;
    }
    throw e;
  }

  out(formatBanner(sandbox, { persistent: options.dataDir !== undefined, tokenLifetime: String(options.tokenLifetime ?? '60m'), exchange: sandbox.exchangeAvailable }));
  const storeFailed = sandbox.storeReady.then(
    () => new Promise<never>(() => undefined),
    (e: unknown) => e,
  );
  const failure = await Promise.race([stopped.then(() => undefined), storeFailed]);
  detach();
  if (failure !== undefined) {
    err(`exosh sandbox serve: ${failure instanceof Error ? failure.message : String(failure)}\n`);
    await sandbox.close();
    return 1;
  }
  out('Stopping the sandbox...\n');
  await sandbox.close();
  out('Stopped.\n');
  return 0;
}
