// One call of a remote cmdlet: find the connection, ask ShouldProcess before sending anything,
// send InvokeCommand (or the Get-EXO* entity set), and hand every page's objects on as they come.
import type { CommandContext } from '../../runtime/command.js';
import { ErrorRecord } from '../../runtime/errors.js';
import { RemoteError, type RemoteCmdletMetadata, type RemoteConnection, type RemotePage, type ServiceObjectConverter } from '../contracts.js';
import { encodeParameters, encodeValue } from './encode.js';
import { exoRequest, isExoCmdlet } from './exo-cmdlets.js';

/** Picks the connection a proxy runs on, per call (Invoke-Tenant may point it elsewhere). */
export type ConnectionResolver = (ctx: CommandContext) => RemoteConnection | undefined;

export interface RemoteCall {
  cmdlet: RemoteCmdletMetadata;
  connection: ConnectionResolver;
  convert: ServiceObjectConverter;
  /** `-Prefix` of the connection the proxy came from ('' when none), for the reconnect advice. */
  prefix: string;
}

/** Verbs whose calls only read, so the invoker may re-send them after a reset or a 5xx. */
const READ_VERBS = new Set(['get', 'test', 'search', 'export', 'find', 'resolve', 'show', 'read', 'measure', 'compare', 'trace', 'validate']);

export function isIdempotent(cmdletName: string): boolean {
  return READ_VERBS.has(cmdletName.slice(0, cmdletName.indexOf('-')).toLowerCase());
}

/** Runs the cmdlet once with the parameters bound now (once per pipeline object). */
export async function runRemoteCall(ctx: CommandContext, call: RemoteCall): Promise<void> {
  const connection = call.connection(ctx);
  if (!connection || !connection.open) ctx.throwTerminating(noConnectionError(ctx.invocationName, call.prefix, connection));
  const { cmdlet } = call;
  try {
    if (isExoCmdlet(cmdlet.name)) {
      await runEntitySet(ctx, call, connection);
      return;
    }
    const parameters = encodeParameters(cmdlet, ctx);
    if (cmdlet.supportsShouldProcess) {
      const go = await ctx.shouldProcess(shouldProcessTarget(parameters), cmdlet.name);
      if (!go) return;
      // Confirmed here (or nothing to confirm): the service must not ask again.
      if (cmdlet.parameters.some((p) => p.name === 'Confirm')) parameters['Confirm'] = false;
    }
    const pages = connection.invoker.invokeCommand(connection.target, {
      cmdletName: cmdlet.name,
      parameters,
      idempotent: isIdempotent(cmdlet.name),
      resultSize: resultSizeOf(parameters['ResultSize']),
      // The module's WarningAction header: -WarningAction when given (rest-protocol.md §1.3).
      warningAction: ctx.commonParameters?.WarningAction,
      signal: ctx.signal,
    });
    for await (const page of pages) await writePage(ctx, call, page);
  } catch (e) {
    if (!(e instanceof RemoteError)) throw e;
    const record = underCommand(e.record, ctx.invocationName);
    if (e.terminating) ctx.throwTerminating(record);
    ctx.writeError(record);
  }
}

/** Get-EXO*: the entity set, or one keyed entity (the invoker answers that as a page of one item). */
async function runEntitySet(ctx: CommandContext, call: RemoteCall, connection: RemoteConnection): Promise<void> {
  const request = exoRequest(call.cmdlet, ctx);
  const pages = connection.invoker.getEntitySet(connection.target, {
    path: request.path,
    query: request.query,
    resultSize: request.resultSize,
    signal: ctx.signal,
  });
  for await (const page of pages) await writePage(ctx, call, page);
}

async function writePage(ctx: CommandContext, call: RemoteCall, page: RemotePage): Promise<void> {
  for (const item of page.items) {
    const written = ctx.write(call.convert(item, call.cmdlet.name));
    if (written) await written;
  }
  for (const w of page.warnings) ctx.writeWarning(w);
  for (const e of page.errors) ctx.writeError(underCommand(e, ctx.invocationName));
}

/** What `What if:` and the confirmation prompt name: the object the call is about. */
function shouldProcessTarget(parameters: Record<string, unknown>): string {
  for (const name of ['Identity', 'Name', 'Mailbox', 'User']) {
    const v = parameters[name];
    if (v !== undefined && v !== null) return Array.isArray(v) ? v.map(String).join(', ') : String(encodeValue(v));
  }
  return '';
}

function resultSizeOf(value: unknown): number | 'Unlimited' | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^unlimited$/i.test(value)) return 'Unlimited';
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The service's record, shown under the name the user typed (`Get-FabMailbox`, an alias...). */
function underCommand(r: ErrorRecord, commandName: string): ErrorRecord {
  return new ErrorRecord(r.message, r.errorId, r.category, r.targetObject, commandName, r.position, r.exceptionType, r.exceptionTypeChain, r.exception);
}

/**
 * A proxy held after Disconnect-ExchangeOnline, or Invoke-Tenant pointing at a closed connection.
 * (The module itself removes its tmpEXO_ module, so PowerShell only says the term is not
 * recognized; this says what to do.)
 */
export function noConnectionError(commandName: string, prefix: string, connection: RemoteConnection | undefined): ErrorRecord {
  const connect = connection?.kind === 'SecurityCompliance' ? 'Connect-IPPSSession' : 'Connect-ExchangeOnline';
  const service = connection?.kind === 'SecurityCompliance' ? 'Security & Compliance' : 'Exchange Online';
  const run = prefix ? `${connect} -Prefix ${prefix}` : connect;
  const why = connection ? ` (the connection this command came from, ${connection.tenantLabel}, was closed by Disconnect-ExchangeOnline)` : '';
  return new ErrorRecord(
    `No connection to ${service}${why}. Run ${run} first, then run ${commandName} again.`,
    `NoActiveConnection,${commandName}`,
    'ResourceUnavailable',
    null,
    commandName,
    undefined,
    'System.InvalidOperationException',
  );
}
