// The Session with exosh's local room wired in: the local cmdlets (src/commands) and Out-Default
// (src/format). The runtime imports neither (ui → runtime → language); this composition does it
// once for cli.ts, the REPL, tests and benchmarks. Exchange cmdlets are added by cli.ts on top.
import { localCommands } from './commands/index.js';
import { profilePaths, profileVariable, psHome } from './commands/profile.js';
import { executionContext } from './commands/shell-variables.js';
import { formatForOutput, OutputFormatter } from './format/index.js';
import { Session as RuntimeSession, type OutputFormatting, type SessionOptions } from './runtime/session.js';

export * from './runtime/session.js';

/** src/format's Out-Default for the Session. */
export const localFormatting: OutputFormatting = {
  stream: (width, batchMs) => new OutputFormatter({ width }, { now: Date.now, batchMs }),
  format: (values, width) => formatForOutput(values, { width }),
};

/** Options with the local cmdlets ahead of `options.commands` (which may replace them) and src/format's Out-Default. */
export function withLocalRoom(options: SessionOptions = {}): SessionOptions {
  return { ...options, commands: [...localCommands, ...(options.commands ?? [])], formatting: options.formatting ?? localFormatting };
}

/** `new Session()` as tests and scripts expect it: every local cmdlet, formatted output. */
export class Session extends RuntimeSession {
  constructor(options: SessionOptions = {}) {
    super(withLocalRoom(options));
    // Automatic variables whose objects the local room defines ($ExecutionContext's methods, pwsh's paths).
    const g = this.globalScope;
    g.setLocal('ExecutionContext', executionContext({ createScriptBlock: (text) => this.createScriptBlock(text) }));
    g.setLocal('PSHOME', psHome());
    g.setLocal('PROFILE', profileVariable(profilePaths(this.env, psHome())));
  }
}

export function createDefaultSession(options: SessionOptions = {}): Session {
  return new Session(options);
}
