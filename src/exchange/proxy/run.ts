// One call of a remote cmdlet: find the connection, ask ShouldProcess before sending anything,
// send InvokeCommand (or the Get-EXO* entity set), and hand every page's objects on as they come.
import type { CommandContext } from '../../runtime/command.js';
import { ErrorRecord } from '../../runtime/errors.js';
import { RemoteError, type RemoteCmdletMetadata, type RemoteConnection, type RemotePage, type ServiceObjectConverter } from '../contracts.js';
import { encodeParameters, encodeValue, rewriteFilterBooleans } from './encode.js';
import { exoRequest, isExoCmdlet } from './exo-cmdlets.js';

/** Picks the connection a proxy runs on, per call (Invoke-Tenant may point it elsewhere). */
export type ConnectionResolver = (ctx: CommandContext) => RemoteConnection | undefined;

export interface RemoteCall {
  cmdlet: RemoteCmdletMetadata;
  connection: ConnectionResolver;
  convert: ServiceObjectConverter;
  /** `-Prefix` of the connection the proxy came from ('' when none), for the reconnect advice. */
  prefix: string;
  /** What filter-left pushed into this call's request (the pipeline planner decides it). */
  pushdown?: RemotePushdown;
}

/** Filter-left's additions to one request; the client-side stages still run on what comes back. */
export interface RemotePushdown {
  /** OPATH derived from the Where-Object after the cmdlet, joined with the user's -Filter by -and. */
  filter?: string;
  /** `Select-Object -First N` right after the cmdlet: no object (so no page) beyond N is asked for. */
  first?: number;
  /** Get-EXO*: the properties to ask for instead of the user's -Properties/-PropertySets ([] = the Minimum set). */
  properties?: string[];
}

/** Verbs whose calls only read, so the invoker may re-send them after a reset or a 5xx. */
const READ_VERBS = new Set(['get', 'test', 'search', 'export', 'find', 'resolve', 'show', 'read', 'measure', 'compare', 'trace', 'validate']);

export function isIdempotent(cmdletName: string): boolean {
  return READ_VERBS.has(cmdletName.slice(0, cmdletName.indexOf('-')).toLowerCase());
}

/** Runs the cmdlet once with the parameters bound now (once per pipeline object). */
export async function runRemoteCall(ctx: CommandContext, call: RemoteCall): Promise<void> {
  // Objects piped in name what to get (`'bob' | Get-Mailbox`): a filter derived from a later
  // Where-Object is not added to such calls (the planner cannot see an expression source).
  if (ctx.expectingInput && call.pushdown?.filter !== undefined) {
    const { filter: _dropped, ...rest } = call.pushdown;
    call = { ...call, pushdown: rest };
  }
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
    const resultSize = capped(resultSizeOf(parameters['ResultSize']), call.pushdown?.first);
    const send = (p: Record<string, unknown>) =>
      connection.invoker.invokeCommand(connection.target, {
        cmdletName: cmdlet.name,
        parameters: p,
        idempotent: isIdempotent(cmdlet.name),
        resultSize,
        // The module's WarningAction header: -WarningAction when given (rest-protocol.md §1.3).
        warningAction: ctx.commonParameters?.WarningAction,
        signal: ctx.signal,
      });
    const pushed = call.pushdown?.filter;
    if (pushed !== undefined) {
      ctx.writeVerbose(`filtered on the server: ${pushed}`);
      const filtered = { ...parameters, Filter: joinFilters(parameters['Filter'], rewriteFilterBooleans(pushed)) };
      if (await pagesOrRejectedFilter(ctx, call, send(filtered), pushed)) return;
    }
    for await (const page of send(parameters)) await writePage(ctx, call, page);
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
  const pushdown = call.pushdown;
  if (pushdown?.properties !== undefined) {
    delete request.query['PropertySet'];
    delete request.query['$select'];
    if (pushdown.properties.length > 0) request.query['$select'] = pushdown.properties.join(',');
    ctx.writeVerbose(`properties asked of the server: ${pushdown.properties.length > 0 ? pushdown.properties.join(', ') : 'the Minimum property set'}`);
  }
  const resultSize = request.single ? request.resultSize : capped(request.resultSize, pushdown?.first);
  const send = (query: Record<string, string>) => connection.invoker.getEntitySet(connection.target, { path: request.path, query, resultSize, signal: ctx.signal });
  const pushed = pushdown?.filter;
  if (pushed !== undefined && !request.single) {
    ctx.writeVerbose(`filtered on the server: ${pushed}`);
    const query = { ...request.query, $filter: joinFilters(request.query['$filter'], rewriteFilterBooleans(pushed)) as string };
    if (await pagesOrRejectedFilter(ctx, call, send(query), pushed)) return;
  }
  for await (const page of send(request.query)) await writePage(ctx, call, page);
}

/** The smaller of the user's -ResultSize and what the next stage takes (Select-Object -First N). */
function capped(resultSize: number | 'Unlimited' | undefined, first: number | undefined): number | 'Unlimited' | undefined {
  if (first === undefined) return resultSize;
  return typeof resultSize === 'number' ? Math.min(resultSize, first) : first;
}

/** `(user filter) -and (pushed)`; the user's text loses one pair of braces around it (`{ ... }`). */
export function joinFilters(user: unknown, pushed: string): string {
  if (typeof user !== 'string' || user.trim() === '') return pushed;
  const text = user.trim().replace(/^\{([\s\S]*)\}$/, '$1').trim();
  return `(${text}) -and (${pushed})`;
}

/**
 * Hands on the pages of the filtered request. If the service refuses the filter before any object
 * came (a property it will not filter on, a value it reads differently), says so in a warning and
 * returns false: the caller then sends the request without it, as if filter-left were off.
 */
async function pagesOrRejectedFilter(ctx: CommandContext, call: RemoteCall, pages: AsyncIterable<RemotePage>, pushed: string): Promise<boolean> {
  let written = 0;
  try {
    for await (const page of pages) {
      written += page.items.length;
      await writePage(ctx, call, page);
    }
    return true;
  } catch (e) {
    if (!(e instanceof RemoteError) || written > 0 || !isFilterRejection(e)) throw e;
    const reason = e.record.message.split('\n')[0]!.trim();
    ctx.writeWarning(`The server did not accept the filter derived from Where-Object (${pushed}): ${reason} Running ${ctx.invocationName} without it; Where-Object still filters the objects.`);
    return false;
  }
}

function isFilterRejection(e: RemoteError): boolean {
  return e.status === 400 || /filter/i.test(e.record.message) || /ParameterBinding/i.test(e.record.exceptionType ?? '');
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
