#!/usr/bin/env node
// exosh's command line: `-c "<commands>"`, `FILE.ps1 [args]`, a script on stdin, `--check FILE...`,
// `sandbox serve ...`, and the sandbox options (`--sandbox`, `--sandbox-url URL --ca-file FILE`). Heavy modules are imported only by the mode that needs them, so
// `--version` and `--help` start instantly.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import minimist from 'minimist';
import { colourHostText } from './ui/app/host-colours.js';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of stdin, when it is not a terminal. */
  readStdin(): Promise<string>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  columns?: number;
  /** Calls `handler` on each SIGINT until the returned function is called (batch mode's Ctrl+C). */
  onInterrupt?(handler: () => void): () => void;
}

const HELP = `exosh — a PowerShell-like shell for Exchange Online

Usage:
  exosh -c "<commands>"          Run commands and print the results
  exosh FILE.ps1 [args...]       Run a script ($args set; -Name value binds to param())
  exosh                          Read a script from stdin (when stdin is not a terminal)
  exosh --check FILE...          Report syntax errors as FILE:LINE:COL: message (exit 1 if any)
  exosh sandbox serve [options]  Run the local Exchange Online sandbox (see: exosh sandbox serve --help)
  exosh --sandbox [-c ...|FILE]  Start a sandbox in the background, connect to its tenant contoso
                                 (Connect-ExchangeOnline -Sandbox contoso), then run as above or
                                 open the prompt; the sandbox stops when exosh exits

Options:
  -c, --command <text>   Commands to run (also -Command, as pwsh accepts)
  --sandbox              Start the sandbox (its data is kept in the user data folder: on Linux
                         $XDG_DATA_HOME/exosh/sandbox or ~/.local/share/exosh/sandbox) and connect
  --sandbox-url <url>    Use a running sandbox ('exosh sandbox serve' prints this option with
  --ca-file <file>       --ca-file): Connect-ExchangeOnline -Sandbox <tenant> connects to it.
                         --ca-file alone trusts that CA for every connection
  --no-color             No colours (also when NO_COLOR is set)
  --version              Print the version
  -h, --help             Print this help

Exit codes: 0 success; 1 a terminating error or the last statement failed; N from 'exit N';
64 invalid command line.
`;

function packageVersion(): string {
  try {
    const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
    return (JSON.parse(text) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** exosh's own options that take a value: kept with it, so a -Command after them is still seen. */
const VALUE_OPTIONS = new Set(['--sandbox-url', '--ca-file']);

/** What follows `-c`/`-Command`: everything after it is the command, even words starting with `-`. */
interface SplitArgs {
  options: string[];
  /** The command's words; an empty array when `-c` had nothing after it. */
  command?: string[];
}

/**
 * pwsh spells its switches with one dash and any case; map those we honour, drop harmless ones.
 * The command after `-c` is kept out of option parsing, so `exosh -c '-not $null'` runs it.
 */
function normalisePwshFlags(argv: string[]): SplitArgs {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const lower = a.toLowerCase();
    if (lower === '-command' || lower === '-c' || lower === '--command') {
      return { options: out, command: argv.slice(i + 1) };
    }
    if (lower === '-file' || lower === '-f') {
      out.push(...argv.slice(i + 1));
      return { options: out };
    }
    if (lower === '-noprofile' || lower === '-nop') {
      out.push('--no-profile');
      continue;
    }
    if (['-noninteractive', '-nonin', '-nologo'].includes(lower)) continue;
    if (lower === '-executionpolicy' || lower === '-ep') {
      i++;
      continue;
    }
    if (VALUE_OPTIONS.has(lower) && i + 1 < argv.length) {
      out.push(a, argv[++i]!);
      continue;
    }
    if (!a.startsWith('-')) {
      out.push(...argv.slice(i));
      return { options: out };
    }
    out.push(a);
  }
  return { options: out };
}

/** pwsh's words when `-c` has no command after it (it exits 64, as here). */
const MISSING_COMMAND = 'Cannot process the command because of a missing parameter. A command must follow -Command.\n';

export async function main(argv: string[], partialIo: Partial<CliIO> = {}): Promise<number> {
  const io = defaultIo(partialIo);
  if (argv[0] === 'sandbox') return runSandbox(argv.slice(1), io);

  const split = normalisePwshFlags(argv);
  const args = minimist(split.options, {
    string: ['sandbox-url', 'ca-file'],
    boolean: ['version', 'help', 'color', 'check', 'sandbox', 'profile'],
    default: { color: true, profile: true },
    alias: { c: 'command', h: 'help' },
    stopEarly: true,
  });
  const unknown = Object.keys(args).find((k) => !KNOWN_KEYS.has(k));
  if (unknown) {
    io.stderr(`exosh: unknown option '${unknown.length === 1 ? '-' : '--'}${unknown}'. Try 'exosh --help'.\n`);
    return 64;
  }
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.version) {
    io.stdout(`exosh ${packageVersion()}\n`);
    return 0;
  }
  const color = args.color !== false && !io.env.NO_COLOR;
  if (args.check) return runCheck(args._.map(String), io);
  if (split.command?.length === 0) {
    io.stderr(MISSING_COMMAND);
    io.stdout(`\n${HELP}`);
    return 64;
  }
  // pwsh -Command joins its remaining arguments with spaces into one command.
  if (split.command) args.c = split.command.join(' ');

  // The REPL shows its prompt before the sandbox is up: it starts behind the prompt.
  if (args.sandbox && isInteractive(args, io)) {
    const local = await exchangeSetup({ ...args, sandbox: false }, io);
    if (typeof local === 'number') return local;
    local.loadProfile = args.profile !== false;
    return runInteractive(io, color, local, (report) => exchangeSetup(args, { ...io, stderr: report }, { quiet: true }));
  }
  const exchange = await exchangeSetup(args, io);
  if (typeof exchange === 'number') return exchange;
  exchange.loadProfile = args.profile !== false;
  try {
    return await runMode(args, io, color, exchange);
  } finally {
    exchange.sandboxProcess?.stop();
  }
}

function isInteractive(args: minimist.ParsedArgs, io: CliIO): boolean {
  return args.c === undefined && args._.length === 0 && io.stdinIsTTY;
}

async function runMode(args: minimist.ParsedArgs, io: CliIO, color: boolean, exchange: ExchangeSetup): Promise<number> {
  if (args.c !== undefined) {
    const text = String(args.c);
    // pwsh -Command with incomplete input (an open brace, quote or parenthesis at the end) prints
    // nothing and exits 1: it waits for more input that never comes.
    const { parse } = await import('./language/parser.js');
    if (parse(text).incomplete) return 1;
    return runText(text, io, color, {}, exchange);
  }
  if (args._.length > 0) {
    const [file, ...rest] = args._.map(String);
    const { resolve } = await import('node:path');
    const path = resolve(io.cwd, file!);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      if (isStringTooLong(e)) return tooLong(`'${file}'`, io);
      io.stderr(
        `The argument '${file}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n`,
      );
      return 64;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return runText(text, io, color, { file: path, args: rest }, exchange);
  }
  if (!io.stdinIsTTY) {
    let text: string;
    try {
      text = await io.readStdin();
    } catch (e) {
      if (isStringTooLong(e)) return tooLong('the script on standard input', io);
      throw e;
    }
    return runText(text, io, color, {}, exchange);
  }
  return runInteractive(io, color, exchange);
}

/** Node cannot hold text longer than its string limit (about 512 MB); reading such a script fails with this. */
function isStringTooLong(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | undefined)?.code === 'ERR_STRING_TOO_LONG';
}

function tooLong(what: string, io: CliIO): number {
  io.stderr(`exosh: ${what} is longer than the longest text exosh can read (about 512 MB); split it into smaller scripts.\n`);
  return 1;
}

const KNOWN_KEYS = new Set(['_', 'c', 'command', 'version', 'help', 'h', 'color', 'check', 'sandbox', 'sandbox-url', 'ca-file', 'profile']);

/** What the sandbox options amount to: the server -Sandbox uses, a CA to trust, a child to stop at exit. */
interface ExchangeSetup {
  sandbox?: { url: string; caPem: string };
  extraCaPem?: string;
  sandboxProcess?: { stop(): void };
  /** `--sandbox`: connect to contoso before anything else. */
  connectFirst: boolean;
  /** Run the profile scripts first (false with -NoProfile). */
  loadProfile?: boolean;
}

async function exchangeSetup(args: minimist.ParsedArgs, io: CliIO, options: { quiet?: boolean } = {}): Promise<ExchangeSetup | number> {
  const url = args['sandbox-url'] as string | undefined;
  const caFile = args['ca-file'] as string | undefined;
  if (args.sandbox && url !== undefined) {
    io.stderr("exosh: --sandbox starts its own sandbox; leave out --sandbox-url (or --sandbox to use that one). Try 'exosh --help'.\n");
    return 64;
  }
  if (url !== undefined && (url === '' || caFile === undefined || caFile === '')) {
    io.stderr("exosh: --sandbox-url needs --ca-file with the sandbox's CA certificate, as 'exosh sandbox serve' prints them. Try 'exosh --help'.\n");
    return 64;
  }
  let caPem: string | undefined;
  if (caFile !== undefined) {
    const { resolve } = await import('node:path');
    try {
      caPem = readFileSync(resolve(io.cwd, caFile), 'utf8');
    } catch {
      io.stderr(`exosh: cannot read the CA certificate '${caFile}'.\n`);
      return 64;
    }
    if (!caPem.includes('-----BEGIN CERTIFICATE-----')) {
      io.stderr(`exosh: '${caFile}' is not a PEM certificate (it has no BEGIN CERTIFICATE block).\n`);
      return 64;
    }
  }
  if (url !== undefined) {
    try {
      new URL(url);
    } catch {
      io.stderr(`exosh: --sandbox-url '${url}' is not a URL. Try 'exosh --help'.\n`);
      return 64;
    }
    return { sandbox: { url, caPem: caPem! }, connectFirst: false };
  }
  if (!args.sandbox) return caPem ? { extraCaPem: caPem, connectFirst: false } : { connectFirst: false };

  const { startSandboxProcess, userDataFolder, SandboxStartError } = await import('./exchange/connection/sandbox-process.js');
  const { join } = await import('node:path');
  const dataDir = join(userDataFolder(process.platform, io.env), 'sandbox');
  if (io.stderrIsTTY && !options.quiet) io.stderr(`Starting the sandbox (data in ${dataDir}; the first start creates its keys and mailboxes)...\n`);
  const mailboxes = Number(io.env.EXOSH_SANDBOX_MAILBOXES);
  try {
    const child = await startSandboxProcess({
      cliPath: fileURLToPath(new URL('../dist/cli.js', import.meta.url)),
      dataDir,
      ...(Number.isInteger(mailboxes) && mailboxes > 0 ? { mailboxes } : {}),
      env: io.env,
    });
    return { sandbox: { url: child.url, caPem: child.caPem }, sandboxProcess: child, connectFirst: true };
  } catch (e) {
    if (!(e instanceof SandboxStartError)) throw e;
    io.stderr(`${e.message}\n`);
    return 1;
  }
}

function defaultIo(p: Partial<CliIO>): CliIO {
  return {
    stdout: p.stdout ?? ((t) => void process.stdout.write(t)),
    stderr: p.stderr ?? ((t) => void process.stderr.write(t)),
    readStdin:
      p.readStdin ??
      (async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      }),
    stdinIsTTY: p.stdinIsTTY ?? !!process.stdin.isTTY,
    stdoutIsTTY: p.stdoutIsTTY ?? !!process.stdout.isTTY,
    stderrIsTTY: p.stderrIsTTY ?? !!process.stderr.isTTY,
    env: p.env ?? process.env,
    cwd: p.cwd ?? process.cwd(),
    // Read on each use: a resized terminal lays out the next tables to its new width.
    get columns() {
      return p.columns ?? (process.stdout.isTTY ? process.stdout.columns : undefined);
    },
    onInterrupt:
      p.onInterrupt ??
      ((handler) => {
        process.on('SIGINT', handler);
        return () => void process.off('SIGINT', handler);
      }),
  };
}

async function runCheck(files: string[], io: CliIO): Promise<number> {
  if (files.length === 0) {
    io.stderr("exosh: --check needs at least one file. Try 'exosh --help'.\n");
    return 64;
  }
  const { checkSource } = await import('./language/check.js');
  const { resolve } = await import('node:path');
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
      io.stderr(`${file}: ${why}\n`);
      failed = true;
      continue;
    }
    let problems: { line: number; col: number; message: string }[];
    try {
      problems = checkSource(text, file);
    } catch (e) {
      // The parser promises never to throw; if it does, report it as this file's problem, not a crash.
      problems = [{ line: 1, col: 1, message: `internal parser error: ${e instanceof Error ? e.message : String(e)}` }];
    }
    for (const p of problems) io.stdout(`${file}:${p.line}:${p.col}: ${p.message.replace(/\s*\r?\n\s*/g, " ")}\n`);
    if (problems.length > 0) failed = true;
  }
  return failed ? 1 : 0;
}

async function makeSession(io: CliIO, color: boolean, exchange: ExchangeSetup, repl?: import('./ui/index.js').ReplHost, interrupt?: { received: boolean }) {
  const [{ Session }, view, { installExchange, exchangeCommandNotFoundHint }, { outConsoleGridView }, { findNativeCommand }] = await Promise.all([
    import('./local-session.js'),
    import('./runtime/error-view.js'),
    import('./exchange/index.js'),
    // The grid's command has no Ink in it: without the REPL it says it needs one.
    import('./ui/app/grid/out-console-grid-view.js'),
    import('./commands/native-command.js'),
  ]);
  const errColor = color && io.stderrIsTTY;
  const outColor = color && io.stdoutIsTTY;
  // Start-Transcript in batch mode: what goes to stdout and stderr is copied to the transcript too.
  let transcript: ((text: string) => void) | undefined;
  const stdout = (text: string) => {
    io.stdout(text);
    transcript?.(text);
  };
  const stderr = (text: string) => {
    io.stderr(text);
    transcript?.(text);
  };
  const session = new Session({
    // The REPL's host reads the terminal's width live and answers prompts in the UI.
    host: repl?.hostServices() ?? {
      // A terminal that reports no size (a pty made by `script`, some CI and editor shells) says 0 columns.
      get width() {
        return io.columns && io.columns > 0 ? io.columns : 120;
      },
      interactive: io.stdinIsTTY && io.stdoutIsTTY,
      color: outColor,
      clear: () => {
        if (io.stdoutIsTTY) io.stdout('\x1b[2J\x1b[3J\x1b[H');
      },
      setTranscript: (writer) => {
        transcript = writer;
      },
    },
    cwd: io.cwd,
    env: io.env,
    commandNotFoundHint: (name, services) => exchangeCommandNotFoundHint(services, name),
    externalCommand: findNativeCommand,
    commands: [
      ...installExchange({
        env: io.env,
        ...(exchange.sandbox ? { sandbox: exchange.sandbox } : {}),
        ...(exchange.extraCaPem ? { extraCaPem: exchange.extraCaPem } : {}),
      }),
      outConsoleGridView,
    ],
    streams: repl?.streams() ?? {
      output: stdout,
      error: (r) => {
        // The stop Ctrl+C causes is not an error to show (pwsh prints nothing for it).
        if (interrupt?.received && r.errorId === 'PipelineStopped') return;
        stderr(view.formatErrorRecord(r, { color: errColor, width: io.columns ?? 120 }));
      },
      warning: (m) => stderr(view.formatWarning(m, errColor)),
      verbose: (m) => stderr(view.formatVerbose(m, errColor)),
      debug: (m) => stderr(view.formatDebug(m, errColor)),
      information: (m) => stdout(`${typeof m === 'string' ? m : String(m)}\n`),
      host: (text, opts) => stdout(colourHostText(text, opts, outColor) + (opts?.noNewline ? '' : '\n')),
    },
  });
  return session;
}

/** `exosh --sandbox` connects before the user's first command; false when that failed (shown on stderr). */
async function connectFirst(session: { run(text: string): Promise<{ success: boolean }> }, exchange: ExchangeSetup): Promise<boolean> {
  if (!exchange.connectFirst) return true;
  return (await session.run('Connect-ExchangeOnline -Sandbox contoso -ShowBanner:$false')).success;
}

async function closeSession(session: Parameters<typeof import('./exchange/index.js').closeExchangeConnections>[0]): Promise<void> {
  const { closeExchangeConnections } = await import('./exchange/index.js');
  await closeExchangeConnections(session);
}

async function runText(text: string, io: CliIO, color: boolean, options: { file?: string; args?: string[] }, exchange: ExchangeSetup): Promise<number> {
  const interrupt = { received: false };
  const session = await makeSession(io, color, exchange, undefined, interrupt);
  // Ctrl+C as pwsh -c / -File take it: the first stops the script, running its finally blocks
  // (pwsh then exits 0, printing nothing for the stop); a second gives up on them and exits at once.
  const stopListening = io.onInterrupt?.(() => {
    if (interrupt.received) process.exit(130);
    interrupt.received = true;
    session.abort();
  });
  try {
    // As pwsh -c / -File: the profile runs first unless -NoProfile.
    if (exchange.loadProfile) {
      const { loadProfile, profilePaths, psHome } = await import('./commands/profile.js');
      await loadProfile(session, profilePaths(io.env, psHome()));
    }
    if (!(await connectFirst(session, exchange))) return 1;
    const result = await session.run(text, options);
    return interrupt.received ? 0 : result.exitCode;
  } finally {
    stopListening?.();
    await closeSession(session);
  }
}

/**
 * The REPL as `npm run build` bundles it (tools/bundle-repl.mjs): one file instead of Ink's and
 * React's hundreds of modules, most of the prompt's start-up. A build by `tsc` alone has no bundle,
 * or leaves an older one behind (tsc rewrites every output, so its files are then newer); then the
 * same code loads module by module, as tsc just wrote it.
 */
async function loadRepl(): Promise<typeof import('./ui/index.js')> {
  const bundle = new URL('./ui/repl.bundle.js', import.meta.url);
  const modules = new URL('./ui/index.js', import.meta.url);
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(modules).mtimeMs) return import('./ui/repl.bundle.js');
  return import('./ui/index.js');
}

async function runInteractive(io: CliIO, color: boolean, exchange: ExchangeSetup, deferredSandbox?: (report: (text: string) => void) => Promise<ExchangeSetup | number>): Promise<number> {
  // Only the REPL loads Ink and React, in their production builds (the bundle holds only those; a
  // build without it picks them by NODE_ENV, a third less to load). Ink decides once, as it loads,
  // whether it runs under CI (CI or CONTINUOUS_INTEGRATION set) and then draws nothing until it exits; a terminal on stdout is
  // interactive whatever the environment says, so those are hidden while Ink loads. The user's
  // environment is put back as it was for their commands.
  const saved = { NODE_ENV: process.env.NODE_ENV, CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  process.env.NODE_ENV = 'production';
  if (io.stdoutIsTTY) {
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
  }
  const ui = await loadRepl().finally(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  const { connectionSummaries, installExchange } = await import('./exchange/index.js');
  const replHost = ui.createReplHost({ color: color && io.stdoutIsTTY, stdout: process.stdout });
  const session = await makeSession(io, color, exchange, replHost);
  let sandboxProcess: { stop(): void } | undefined;
  // `exosh --sandbox`: the prompt comes at once; the sandbox starts and connects behind it, and a
  // command line typed meanwhile waits with a spinner.
  const startup = deferredSandbox && {
    label: 'Starting the sandbox and connecting to its tenant contoso...',
    done: (async () => {
      const setup = await deferredSandbox((text) => replHost.output.append(text));
      if (typeof setup === 'number') return;
      sandboxProcess = setup.sandboxProcess;
      for (const c of installExchange({ env: io.env, ...(setup.sandbox ? { sandbox: setup.sandbox } : {}) })) session.registerCommand(c);
      if (await connectFirst(session, setup)) replHost.output.append('Connected to the sandbox tenant contoso (Get-ConnectionInformation shows it).\n');
    })(),
  };
  try {
    if (exchange.loadProfile) {
      const { loadProfile, profilePaths, psHome } = await import('./commands/profile.js');
      await loadProfile(session, profilePaths(io.env, psHome()));
    }
    if (!startup && exchange.connectFirst && (await connectFirst(session, exchange))) replHost.output.append('Connected to the sandbox tenant contoso (Get-ConnectionInformation shows it).\n');
    return await ui.startRepl({
      session,
      host: replHost,
      connections: () => connectionSummaries(session),
      ...(startup ? { startup } : {}),
      banner: 'exosh — PowerShell for Exchange Online. Type exit or press Ctrl+D to leave.',
    });
  } finally {
    sandboxProcess?.stop();
    await closeSession(session);
  }
}

async function runSandbox(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] !== 'serve') {
    io.stderr(`exosh sandbox: unknown command '${argv[0] ?? ''}'. Try 'exosh sandbox serve --help'.\n`);
    return 64;
  }
  let mod: { runSandboxServe(argv: string[]): Promise<number> | number };
  try {
    mod = (await import('./sandbox/serve.js')) as typeof mod;
  } catch (e) {
    io.stderr(`exosh sandbox serve is not available in this build (${e instanceof Error ? e.message : String(e)}).\n`);
    return 1;
  }
  const code = await mod.runSandboxServe(argv.slice(1));
  return typeof code === 'number' ? code : 0;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`exosh: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
