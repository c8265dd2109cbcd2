// Out-ConsoleGridView (ocgv): the objects piped in, shown in the REPL's grid; the rows chosen go
// down the pipeline. Columns are the objects' default view (as Format-Table shows them). Without
// the REPL (exosh -c, a script) it is an error that says what to do instead.
import type { CommandDefinition } from '../../../runtime/command.js';
import { ErrorRecord } from '../../../runtime/errors.js';
import { PSObject, ScriptBlockValue } from '../../../runtime/values.js';
import { defaultProperties, displayCell } from '../../../format/index.js';

function cellOf(v: unknown, expression: string | ScriptBlockValue | ((o: unknown) => unknown), invoke: (b: ScriptBlockValue, o: unknown) => unknown): string {
  let value: unknown;
  if (typeof expression === 'function') value = expression(v);
  else if (expression instanceof ScriptBlockValue) value = invoke(expression, v);
  else value = v instanceof PSObject ? v.get(expression) : v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[expression] : undefined;
  return displayCell(value).replace(/\s*\n\s*/g, ' ');
}

export const outConsoleGridView: CommandDefinition = {
  metadata: {
    name: 'Out-ConsoleGridView',
    aliases: ['ocgv'],
    module: 'Microsoft.PowerShell.ConsoleGuiTools',
    commandType: 'Cmdlet',
    parameters: [
      { name: 'InputObject', type: 'psobject', valueFromPipeline: true },
      { name: 'Title', type: 'string' },
      { name: 'OutputMode', type: 'string', validateSet: ['None', 'Single', 'Multiple'] },
    ],
    help: {
      synopsis: 'Sends output to an interactive grid in the terminal; the rows you choose go down the pipeline.',
      description: 'Type to filter, Tab sorts by the next column, Space selects rows, Enter passes them on, Esc cancels. Needs the interactive exosh prompt.',
      examples: [{ code: 'Get-Mailbox | ocgv | Set-Mailbox -HiddenFromAddressListsEnabled $true', remarks: 'Hides the mailboxes you pick from the address lists.' }],
    },
  },
  create(ctx) {
    const objects: unknown[] = [];
    return {
      process() {
        if (ctx.params.InputObject !== undefined) objects.push(ctx.params.InputObject);
      },
      async end() {
        const choose = ctx.session.host.chooseRows;
        if (!choose) {
          return ctx.throwTerminating(
            new ErrorRecord(
              'Out-ConsoleGridView needs the interactive exosh prompt (run exosh in a terminal). In a script, choose the objects with Where-Object or Select-Object instead.',
              'HostNotInteractive,Microsoft.PowerShell.ConsoleGuiTools.OutConsoleGridviewCmdletCommand',
              'InvalidOperation',
              null,
              'Out-ConsoleGridView',
              undefined,
              'System.NotSupportedException',
            ),
          );
        }
        if (objects.length === 0) return;
        const columns = defaultProperties(objects[0]).map((p) => (typeof p === 'string' ? { label: p, expression: p as string | ScriptBlockValue | ((o: unknown) => unknown) } : p));
        const invoke = (b: ScriptBlockValue, o: unknown) => {
          const r = ctx.invoke(b, o);
          return Array.isArray(r) ? r[0] : undefined;
        };
        const rows = objects.map((o) => (columns.length > 0 ? columns.map((c) => cellOf(o, c.expression, invoke)) : [displayCell(o)]));
        const mode = (ctx.params.OutputMode as string | undefined)?.toLowerCase() ?? 'multiple';
        const chosen = await choose({
          title: (ctx.params.Title as string | undefined) ?? 'Out-ConsoleGridView',
          columns: columns.length > 0 ? columns.map((c) => c.label) : ['Value'],
          rows,
          multiple: mode === 'multiple',
        });
        if (mode === 'none') return;
        for (const i of chosen) await ctx.write(objects[i]);
      },
    };
  },
};
