// A tiny stand-in for the engine: implements CommandContext and drives one command's
// create/begin/process/end with already-bound parameters. Script blocks are JS functions.
import type {
  CommandContext,
  CommandDefinition,
  HostServices,
  ProgressRecord,
  SessionServices,
} from '../../src/runtime/command.js';
import { ErrorRecord, RuntimeError } from '../../src/runtime/errors.js';
import { ScriptBlockValue } from '../../src/runtime/values.js';

/** `self` is `$this` (ScriptProperty / ScriptMethod bodies run with invoke's `this` option). */
export type BlockFn = (dollarUnder: unknown, args: unknown[], self?: unknown) => unknown;

/** A script block whose body is a JS function; `text` is what ToString() would show. */
export function sb(fn: BlockFn, text = '<js>'): ScriptBlockValue {
  return new ScriptBlockValue(text, fn);
}

export interface RunResult {
  output: unknown[];
  errors: ErrorRecord[];
  warnings: string[];
  verbose: string[];
  host: string[];
  information: unknown[];
  progress: ProgressRecord[];
  stoppedUpstream: boolean;
  /** Inputs actually delivered (fewer than given after stopUpstream). */
  consumed: number;
}

export class FakeSession implements SessionServices {
  vars = new Map<string, { name: string; value: unknown }>();
  cleared = 0;
  answers: string[] = [];
  commands: CommandDefinition[] = [];
  constructor(
    public cwd = process.cwd(),
    interactive = false,
  ) {
    const self = this;
    this.host = {
      width: 120,
      interactive,
      color: false,
      async readLine(prompt: string) {
        if (!interactive) throw new Error('no terminal');
        return self.answers.shift() ?? '';
      },
      clear() {
        self.cleared++;
      },
    };
  }
  host: HostServices;
  getVariable(name: string): unknown {
    return this.vars.get(name.toLowerCase())?.value;
  }
  setVariable(name: string, value: unknown): void {
    this.vars.set(name.toLowerCase(), { name, value });
  }
  setLocation(path: string): void {
    this.cwd = path;
  }
  removeVariable(name: string): boolean {
    return this.vars.delete(name.toLowerCase());
  }
  listVariables() {
    return [...this.vars.values()];
  }
  resolveCommand(name: string) {
    const n = name.toLowerCase();
    return this.commands.find(
      (c) => c.metadata.name.toLowerCase() === n || c.metadata.aliases?.some((a) => a.toLowerCase() === n),
    );
  }
  listCommands() {
    return this.commands;
  }
  listAliases() {
    return this.commands.flatMap((c) => (c.metadata.aliases ?? []).map((a) => ({ name: a, definition: c.metadata.name })));
  }
  private readonly state = new Map<symbol, unknown>();
  sessionState<T>(key: symbol, create: () => T): T {
    if (!this.state.has(key)) this.state.set(key, create());
    return this.state.get(key) as T;
  }
  registerCommands(definitions: readonly CommandDefinition[]): void {
    const names = new Set(definitions.map((d) => d.metadata.name.toLowerCase()));
    this.commands = [...this.commands.filter((c) => !names.has(c.metadata.name.toLowerCase())), ...definitions];
  }
  unregisterCommands(definitions: readonly CommandDefinition[]): void {
    this.commands = this.commands.filter((c) => !definitions.includes(c));
  }
}

export interface RunOptions {
  /** Pipeline input; when absent, process() is called once with undefined. */
  input?: unknown[];
  session?: FakeSession;
  parameterSetName?: string;
}

/** Runs `def` with `params` (as the binder would have bound them) over `input`. */
export async function run(
  def: CommandDefinition,
  params: Record<string, unknown> = {},
  opts: RunOptions = {},
): Promise<RunResult> {
  const res: RunResult = {
    output: [],
    errors: [],
    warnings: [],
    verbose: [],
    host: [],
    information: [],
    progress: [],
    stoppedUpstream: false,
    consumed: 0,
  };
  const session = opts.session ?? new FakeSession();
  const abort = new AbortController();
  const bound = new Set(Object.keys(params));
  // Pipeline input binds to the first ValueFromPipeline parameter the user did not bind, per object
  // (a simplified binder: no by-property-name, no parameter-set choice).
  const pipelineParam = opts.input
    ? def.metadata.parameters.find((p) => p.valueFromPipeline && !(p.name in params))
    : undefined;
  const bindInput = (item: unknown) => {
    if (!pipelineParam) return;
    bound.add(pipelineParam.name);
    params[pipelineParam.name] = pipelineParam.type.endsWith('[]') && !Array.isArray(item) ? [item] : item;
  };
  const ctx: CommandContext = {
    params,
    bound,
    parameterSetName: opts.parameterSetName ?? def.metadata.defaultParameterSet ?? '__AllParameterSets',
    expectingInput: opts.input !== undefined,
    write(v) {
      res.output.push(v);
    },
    writeEnumerated(vs) {
      for (const v of vs) res.output.push(v);
    },
    writeError(e) {
      res.errors.push(e);
    },
    writeWarning(m) {
      res.warnings.push(m);
    },
    writeVerbose(m) {
      res.verbose.push(m);
    },
    writeDebug() {},
    writeInformation(m) {
      res.information.push(m);
    },
    writeHost(t, o) {
      res.host.push(t + (o?.noNewline ? '' : '\n'));
    },
    writeProgress(r) {
      res.progress.push(r);
    },
    throwTerminating(e): never {
      throw new RuntimeError(e);
    },
    shouldProcess() {
      return true;
    },
    invoke(block, dollarUnder, args, options) {
      const out = (block.compiled as BlockFn)(dollarUnder, args ?? [], options?.this);
      const deliver = (values: unknown[]): unknown[] | Promise<unknown[]> => {
        const sink = options?.output;
        if (!sink) return values;
        return (async () => {
          for (const v of values) await sink(v);
          return [];
        })();
      };
      if (out instanceof Promise) return out.then((v) => deliver(flat(v)));
      return deliver(flat(out));
    },
    stopUpstream() {
      res.stoppedUpstream = true;
      abort.abort();
    },
    signal: abort.signal,
    session,
    invocationName: def.metadata.name,
  };
  const inst = def.create(ctx);
  await inst.begin?.();
  if (opts.input === undefined) {
    await inst.process?.(undefined);
  } else {
    for (const item of opts.input) {
      if (res.stoppedUpstream) break;
      res.consumed++;
      bindInput(item);
      await inst.process?.(item);
    }
  }
  await inst.end?.();
  return res;
}

function flat(v: unknown): unknown[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

export { ErrorRecord };
