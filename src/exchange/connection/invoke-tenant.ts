// Invoke-Tenant: runs one script block per connection, at most -ThrottleLimit at a time. Inside each
// run, unprefixed Exchange cmdlets go to that run's tenant: the block runs in its own child scope
// where TENANT_CONNECTION_VARIABLE holds the connection, and the proxies read it. Output streams as
// it comes, each object tagged with a Tenant property; every error names its tenant, and a tenant
// that fails becomes an error record for that tenant while the others go on.
import type { CommandContext, CommandDefinition } from '../../runtime/command.js';
import { compileScriptBlock } from '../../runtime/compile.js';
import { toStringValue } from '../../runtime/conversions.js';
import { ErrorRecord, RuntimeError, toRuntimeError } from '../../runtime/errors.js';
import { PSObject, ScriptBlockValue } from '../../runtime/values.js';
import { parse } from '../../language/parser.js';
import { TENANT_CONNECTION_VARIABLE } from '../contracts.js';
import { makeProxies } from './connect-exchange-online.js';
import { connectionRegistry, LiveConnection, type ConnectionRegistry } from './registry.js';
import type { ExchangeConfig } from './services.js';

const NAME = 'Invoke-Tenant';

/**
 * ctx.invoke with `this` gives each run a child scope of its own (so concurrent runs do not share
 * `$_`/`$args`, which an inline invoke saves and restores on the caller's scope). This wrapper, run
 * there, sets the tenant variable in that scope from `$this`, clears `$this`, and calls the user's
 * block with `&` — a further child scope, as Invoke-Command gives — passing -ArgumentList on.
 */
const WRAPPER_TEXT = `$${TENANT_CONNECTION_VARIABLE} = $this; $this = $null; $__ExoshTenantArguments = $args[1]; & $args[0] @__ExoshTenantArguments`;
let wrapper: ScriptBlockValue | undefined;
function tenantWrapper(): ScriptBlockValue {
  if (!wrapper) {
    const parsed = parse(WRAPPER_TEXT);
    wrapper = new ScriptBlockValue(WRAPPER_TEXT, compileScriptBlock(parsed.ast, { text: WRAPPER_TEXT }, WRAPPER_TEXT));
  }
  return wrapper;
}

/** Adds `Tenant` as Add-Member -NotePropertyName would; a plain value is wrapped so it can carry it. */
export function tagWithTenant(value: unknown, tenant: string): unknown {
  if (value === null || value === undefined) return value;
  if (value instanceof PSObject) {
    value.set('Tenant', tenant);
    return value;
  }
  // exosh has no PSObject wrapping a base value, so the value becomes a Value property; "$x" still prints the value.
  const o = PSObject.fromEntries([
    ['Value', value],
    ['Tenant', tenant],
  ]);
  o.toStringHook = () => toStringValue(value);
  return o;
}

/** `Invoke-Tenant { ... }`: a lone script block in -Connection's position is the block, for every connection. */
function blockAndConnections(ctx: CommandContext): { block: ScriptBlockValue; connections: unknown } {
  const given = ctx.params.Connection;
  const lone = Array.isArray(given) && given.length === 1 ? given[0] : given;
  if (ctx.params.ScriptBlock instanceof ScriptBlockValue) return { block: ctx.params.ScriptBlock, connections: given };
  if (lone instanceof ScriptBlockValue) return { block: lone, connections: undefined };
  return ctx.throwTerminating(
    new ErrorRecord('Cannot process command because of one or more missing mandatory parameters: ScriptBlock.', `MissingMandatoryParameter,${NAME}`, 'InvalidArgument', null, NAME, undefined, 'System.Management.Automation.ParameterBindingException'),
  );
}

function chooseConnections(ctx: CommandContext, registry: ConnectionRegistry, keys: unknown): LiveConnection[] {
  if (keys === undefined || keys === null) return registry.list().filter((c) => c.kind === 'ExchangeOnline');
  const chosen: LiveConnection[] = [];
  for (const key of Array.isArray(keys) ? keys : [keys]) {
    const k = key instanceof PSObject && key.has('ConnectionId') ? key.get('ConnectionId') : key;
    const found = registry.find(k);
    if (found.length === 0) {
      const shown = toStringValue(k);
      ctx.writeError(
        new ErrorRecord(
          `No connection matches '${shown}'. Use a connection's Id, ConnectionId, prefix or tenant name, as Get-ConnectionInformation shows them.`,
          `ConnectionNotFound,${NAME}`,
          'ObjectNotFound',
          k,
          NAME,
        ),
      );
    }
    for (const c of found) if (!chosen.includes(c)) chosen.push(c);
  }
  return chosen;
}

/**
 * When no unprefixed connection of a kind exists (every tenant was connected with -Prefix), the
 * block's unprefixed names would not resolve; they are added for the run, routed by the tenant
 * variable, and removed afterwards (only those very definitions, so a connection made meanwhile keeps its names).
 */
async function routeUnprefixedNames(ctx: CommandContext, registry: ConnectionRegistry, config: ExchangeConfig, chosen: readonly LiveConnection[]): Promise<CommandDefinition[]> {
  const added: CommandDefinition[] = [];
  for (const kind of ['ExchangeOnline', 'SecurityCompliance'] as const) {
    if (registry.newestUnprefixed(kind)) continue;
    const first = chosen.find((c) => c.kind === kind);
    if (!first) continue;
    const missing = makeProxies(first, await config.loadServices(), '').filter((d) => ctx.session.resolveCommand(d.metadata.name) === undefined);
    ctx.session.registerCommands(missing);
    added.push(...missing);
  }
  return added;
}

/**
 * An error of one tenant's run, as pwsh marks a remote computer's: the tenant in brackets before the
 * message, and the target carrying a Tenant property (`$Error[0].TargetObject.Tenant`), so
 * `Select-Object Tenant` works on errors as on output. Marked once, however often it is rethrown.
 */
export function tenantError(r: ErrorRecord, tenant: string, commandName?: string): ErrorRecord {
  const prefix = `[${tenant}] `;
  if (r.message.startsWith(prefix)) return r;
  const target = r.targetObject === null || r.targetObject === undefined ? tenant : tagWithTenant(r.targetObject, tenant);
  return new ErrorRecord(prefix + r.message, r.errorId, r.category, target, r.commandName ?? commandName, r.position, r.exceptionType, r.exceptionTypeChain, r.exception);
}

function tenantFailure(e: unknown, tenant: string): ErrorRecord {
  return tenantError(toRuntimeError(e).record, tenant, NAME);
}

export function invokeTenantCommand(config: ExchangeConfig): CommandDefinition {
  return {
    metadata: {
      name: NAME,
      commandType: 'Cmdlet',
      module: 'exosh',
      parameters: [
        { name: 'Connection', type: 'object[]', position: 0, description: 'Connections by Id, ConnectionId, prefix or tenant name (default: every Exchange Online connection).' },
        // Not mandatory to the binder so that `Invoke-Tenant { ... }` (the block in -Connection's
        // position) works; end() requires it, with the binder's wording.
        { name: 'ScriptBlock', type: 'scriptblock', position: 1 },
        { name: 'ThrottleLimit', type: 'int', validateRange: [1, 64] },
        { name: 'ArgumentList', type: 'object[]', aliases: ['Args'] },
      ],
      help: {
        synopsis: 'Runs a script block once per tenant connection, several at a time; unprefixed Exchange cmdlets inside it go to that tenant and every output object carries a Tenant property.',
        examples: [
          {
            code: "Invoke-Tenant -Connection contoso,fabrikam,tailspin { Get-Mailbox -ResultSize 5 } | Select-Object Tenant, DisplayName",
            remarks: 'Five mailboxes of each tenant, fetched in parallel.',
          },
        ],
      },
    },
    create(ctx) {
      return {
        async end() {
          const registry = connectionRegistry(ctx.session);
          if (registry.list().length === 0) {
            ctx.throwTerminating(
              new ErrorRecord(
                'There is no connection to run the block on. Connect first: Connect-ExchangeOnline (or, in the sandbox, Connect-ExchangeOnline -Sandbox contoso -Prefix Con ...).',
                `NoConnection,${NAME}`,
                'ConnectionError',
                null,
                NAME,
              ),
            );
          }
          const { block, connections } = blockAndConnections(ctx);
          const chosen = chooseConnections(ctx, registry, connections);
          if (chosen.length === 0) return;
          const args = (ctx.params.ArgumentList as unknown[] | undefined) ?? [];
          const limit = Number(ctx.params.ThrottleLimit ?? 4);
          const routed = await routeUnprefixedNames(ctx, registry, config, chosen);
          try {
            await runPool(chosen, limit, (c) => runForTenant(ctx, c, block, args));
          } finally {
            ctx.session.unregisterCommands(routed);
          }
        },
      };
    },
  };
}

async function runForTenant(ctx: CommandContext, connection: LiveConnection, block: ScriptBlockValue, args: unknown[]): Promise<void> {
  const tenant = connection.tenantLabel;
  try {
    await ctx.invoke(tenantWrapper(), undefined, [block, args], {
      this: connection,
      output: (v) => ctx.write(tagWithTenant(v, tenant)),
      // Blocks run side by side: each keeps its own `$?`, and its errors name its tenant.
      ownStatus: true,
      decorateError: (r) => tenantError(r, tenant),
    });
  } catch (e) {
    // Ctrl+C or a stopped pipeline ends every tenant's run, as it would a single command.
    if (ctx.signal.aborted) throw e;
    if (!(e instanceof RuntimeError) && !(e instanceof Error)) throw e;
    ctx.writeError(tenantFailure(e, tenant));
  }
}

/** Runs `work` for every item, at most `limit` at once, in order of start. */
async function runPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  const lanes = Array.from({ length: Math.min(limit, items.length) }, lane);
  const results = await Promise.allSettled(lanes);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
