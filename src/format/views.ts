// Default views keyed by type name (PowerShell's *.format.ps1xml, as data): which properties a
// table or list shows, fixed widths and alignments, group headers, and the custom views that
// print one line per object (DateTime, MatchInfo, ErrorRecord).
import { DotNetDictionary } from '../dotnet/dictionary.js';
import { PSDateTime, PSHashtable, PSObject, PSTypeRef, ScriptBlockValue } from '../runtime/values.js';
import { scalarToString, toStringValue, typeNamesOf } from '../runtime/conversions.js';
import { getMember, propertyEntries } from '../runtime/member-access.js';
import { typeShortName } from '../runtime/types.js';
import { formatDate } from '../dotnet/date-time.js';
import type { Alignment } from './records.js';

export interface ViewColumn {
  label: string;
  /** Property to show, or a function of the object. */
  value: string | ((o: unknown) => unknown);
  width?: number;
  alignment?: Alignment;
}

export type View =
  | {
      kind: 'table';
      columns: ViewColumn[];
      groupBy?: (o: unknown) => string;
      rows?: (o: unknown) => unknown[];
      /** Format-List shows these columns too (instead of every property). */
      listToo?: boolean;
    }
  | { kind: 'list'; columns: ViewColumn[] }
  | { kind: 'custom'; render: (o: unknown) => string };

const col = (label: string, value: ViewColumn['value'] = label, width?: number, alignment?: Alignment): ViewColumn => ({ label, value, width, alignment });

/** A hashtable entry as pwsh formats it: a DictionaryEntry, whose Name (an alias of Key) lists first. */
function dictionaryEntry(key: unknown, value: unknown): PSObject {
  const entry = PSObject.fromEntries([['Key', key], ['Value', value]], ['System.Collections.DictionaryEntry']);
  const props = [['name', { kind: 'alias', name: 'Name', target: 'Key' } as const], ...entry.props] as const;
  entry.props.clear();
  for (const [k, p] of props) entry.props.set(k, p);
  return entry;
}

const dictionaryView: View = {
  kind: 'table',
  columns: [col('Name', (o) => getMember(o, 'Key'), 30), col('Value')],
  // A hashtable shows one row per entry.
  rows: (o) => (o instanceof PSHashtable ? o.entries().map(([k, v]) => dictionaryEntry(k, v)) : [o]),
};

const keyValuePairView: View = {
  kind: 'table',
  columns: [col('Key'), col('Value')],
  rows: (o) => (o instanceof PSHashtable ? o.entries().map(([k, v]) => PSObject.fromEntries([['Key', k], ['Value', v]], ['System.Collections.Generic.KeyValuePair'])) : [o]),
};

function lastWriteTime(o: unknown): string {
  const d = getMember(o, 'LastWriteTime');
  if (!(d instanceof PSDateTime)) return toStringValue(d);
  return `${formatDate(d, 'd').padStart(10)}  ${formatDate(d, 't').padStart(8)}`;
}

const fileSystemView: View = {
  kind: 'table',
  columns: [col('Mode', 'Mode', 7), col('LastWriteTime', lastWriteTime, 25, 'Right'), col('Length', (o) => (getMember(o, 'PSIsContainer') === true ? '' : getMember(o, 'Length')), 14, 'Right'), col('Name')],
  groupBy: (o) => {
    // Files know their DirectoryName; a directory's Parent is its parent (a path or a DirectoryInfo).
    const parent = getMember(o, 'Parent');
    const dir = getMember(o, 'DirectoryName') ?? (typeof parent === 'string' ? parent : getMember(parent, 'FullName')) ?? getMember(o, 'PSParentPath');
    return dir === null ? '' : `    Directory: ${toStringValue(dir)}`;
  },
};

const commandView: View = {
  kind: 'table',
  columns: [
    col('CommandType', 'CommandType', 15),
    col('Name', (o) => getMember(o, 'DisplayName') ?? getMember(o, 'Name'), 50),
    col('Version', 'Version', 10),
    col('Source'),
  ],
};

const measureView: View = {
  kind: 'list',
  columns: ['Count', 'Average', 'Sum', 'Maximum', 'Minimum', 'StandardDeviation', 'Property'].map((n) => col(n)),
};

const VIEWS: Record<string, View> = {
  'System.Collections.Hashtable': dictionaryView,
  'System.Collections.Specialized.OrderedDictionary': dictionaryView,
  'System.Collections.DictionaryEntry': { kind: 'table', columns: [col('Name', 'Key', 30), col('Value')], listToo: true },
  'System.IO.FileInfo': fileSystemView,
  'System.IO.DirectoryInfo': fileSystemView,
  'Microsoft.PowerShell.Commands.GroupInfo': { kind: 'table', columns: [col('Count', 'Count', 5, 'Right'), col('Name', 'Name', 25), col('Group')] },
  'Microsoft.PowerShell.Commands.GroupInfoNoElement': { kind: 'table', columns: [col('Count', 'Count', 5, 'Right'), col('Name')] },
  'Microsoft.PowerShell.Commands.MatchInfo': { kind: 'custom', render: (o) => scalarToString(o, false) },
  'Microsoft.PowerShell.Commands.GenericMeasureInfo': measureView,
  'Microsoft.PowerShell.Commands.TextMeasureInfo': { kind: 'table', columns: [col('Lines', 'Lines', 5, 'Right'), col('Words', 'Words', 5, 'Right'), col('Characters', 'Characters', 10, 'Right'), col('Property')] },
  'System.TimeSpan': { kind: 'list', columns: ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds', 'Ticks', 'TotalDays', 'TotalHours', 'TotalMinutes', 'TotalSeconds', 'TotalMilliseconds'].map((n) => col(n)) },
  'System.DateTime': { kind: 'custom', render: (o) => (o instanceof PSDateTime ? formatDate(o, 'F') : toStringValue(o)) },
  'System.Management.Automation.ErrorRecord': { kind: 'custom', render: (o) => scalarToString(o, false) },
  'System.Management.Automation.CmdletInfo': commandView,
  'System.Management.Automation.FunctionInfo': commandView,
  'System.Management.Automation.AliasInfo': commandView,
  'System.Management.Automation.ApplicationInfo': commandView,
  'System.Management.Automation.CommandInfo': commandView,
  'System.Management.Automation.PSVariable': { kind: 'table', columns: [col('Name', 'Name', 30), col('Value')] },
  'Microsoft.PowerShell.Commands.MemberDefinition': {
    kind: 'table',
    columns: [col('Name'), col('MemberType'), col('Definition')],
    groupBy: (o) => `   TypeName: ${toStringValue(getMember(o, 'TypeName'))}`,
  },
  'System.Guid': { kind: 'table', columns: [col('Guid')] },
  // PowerShell prints a SecureString as its type name, never its content.
  'System.Security.SecureString': { kind: 'custom', render: () => 'System.Security.SecureString' },
  'System.Version': { kind: 'table', columns: [col('Major', 'Major', 6), col('Minor', 'Minor', 6), col('Build', 'Build', 6), col('Revision', 'Revision', 8)] },
  'System.RuntimeType': {
    kind: 'table',
    columns: [col('IsPublic', () => 'True', 8), col('IsSerial', () => 'True', 8), col('Name', 'Name', 40), col('BaseType', (o) => {
      const b = getMember(o, 'BaseType');
      return b instanceof PSTypeRef ? b.name : '';
    })],
  },
  'System.Globalization.CultureInfo': { kind: 'table', columns: [col('LCID', 'LCID', 16), col('Name', 'Name', 16), col('DisplayName')] },
  'System.Management.Automation.PSModuleInfo': { kind: 'table', columns: [col('ModuleType', 'ModuleType', 10), col('Version', 'Version', 10), col('PreRelease', 'PreRelease', 10), col('Name', 'Name', 35), col('ExportedCommands')] },
};

/**
 * Table views of types whose default view is another shape: Format-Table picks them (a TimeSpan
 * prints as a list, but `| Format-Table` shows five columns).
 */
const TABLE_VIEWS: Record<string, View> = {
  'System.TimeSpan': { kind: 'table', columns: ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'].map((n) => col(n)) },
};

/** The view Format-Table uses: the type's table view, else its default view. */
export function findTableView(v: unknown): View | undefined {
  for (const t of typeNamesOf(v)) {
    const view = TABLE_VIEWS[t] ?? VIEWS[t];
    if (view) return view;
  }
  return findView(v);
}

/** The default view for a value, by its type names (most specific first). */
export function findView(v: unknown): View | undefined {
  for (const t of typeNamesOf(v)) {
    const view = VIEWS[t];
    if (view) return view;
  }
  // Generic dictionaries (any TKey, TValue) show KeyValuePair rows.
  if (v instanceof DotNetDictionary) return keyValuePairView;
  return undefined;
}

/** Registers or replaces a view (Exchange object views plug in here). */
export function registerView(typeName: string, view: View): void {
  VIEWS[typeName] = view;
}

/**
 * The properties a table/list shows for an object without -Property: its view's columns, else
 * all of its properties (PowerShell's fallback).
 */
export function defaultProperties(v: unknown, forTable = false): (string | { label: string; expression: string | ScriptBlockValue | ((o: unknown) => unknown); width?: number; alignment?: Alignment })[] {
  const view = forTable ? findTableView(v) : findView(v);
  // View columns are left-aligned unless the view says otherwise; only generated tables align numbers right.
  if (view && view.kind !== 'custom') return view.columns.map((c) => ({ label: c.label, expression: c.value, width: c.width, alignment: c.alignment ?? 'Left' }));
  return propertyEntries(v).map(([n]) => n);
}

/** `Name` for the type a value shows in group headers. */
export function shortTypeName(v: unknown): string {
  return typeShortName(typeNamesOf(v)[0] ?? 'System.Object');
}
