// The Session with exosh's local room wired in: the local cmdlets (src/commands) and Out-Default
// (src/format). The runtime imports neither (ui → runtime → language); this composition does it
// once for cli.ts, the REPL, tests and benchmarks. Exchange cmdlets are added by cli.ts on top.
import { localCommands } from './commands/index.js';
import { profilePaths, profileVariable, psHome } from './commands/profile.js';
import { executionContext } from './commands/shell-variables.js';
import { enumerationLimitOf, formatForOutput, OutputFormatter } from './format/index.js';
import { Session as RuntimeSession, type OutputFormatting, type SessionOptions } from './runtime/session.js';

export * from './runtime/session.js';

/** src/format's Out-Default for the Session; `globalValue` reads a global variable ($FormatEnumerationLimit). */
export function localFormattingOf(globalValue: (name: string) => unknown = () => undefined): OutputFormatting {
  const enumerationLimit = () => enumerationLimitOf(globalValue('formatenumerationlimit'));
  return {
    stream: (width, batchMs) => new OutputFormatter({ width, enumerationLimit }, { now: Date.now, batchMs }),
    format: (values, width) => formatForOutput(values, { width, enumerationLimit }),
  };
}

export const localFormatting: OutputFormatting = localFormattingOf();

/** Options with the local cmdlets ahead of `options.commands` (which may replace them) and src/format's Out-Default. */
export function withLocalRoom(options: SessionOptions = {}, formatting: OutputFormatting = localFormatting): SessionOptions {
  return { ...options, commands: [...localCommands, ...(options.commands ?? [])], formatting: options.formatting ?? formatting };
}

/** `new Session()` as tests and scripts expect it: every local cmdlet, formatted output. */
export class Session extends RuntimeSession {
  constructor(options: SessionOptions = {}) {
    // The formatter reads the session's globals, which exist once super() has run.
    const globals: { scope?: RuntimeSession['globalScope'] } = {};
    super(withLocalRoom(options, localFormattingOf((name) => globals.scope?.find(name)?.value)));
    // Automatic variables whose objects the local room defines ($ExecutionContext's methods, pwsh's paths).
    const g = this.globalScope;
    globals.scope = g;
    g.setLocal('FormatEnumerationLimit', 4);
    g.setLocal('ExecutionContext', executionContext({ createScriptBlock: (text) => this.createScriptBlock(text) }));
    g.setLocal('PSHOME', psHome());
    g.setLocal('PROFILE', profileVariable(profilePaths(this.env, psHome())));
  }
}

export function createDefaultSession(options: SessionOptions = {}): Session {
  return new Session(options);
}
