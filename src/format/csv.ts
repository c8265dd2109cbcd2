// ConvertTo-Csv / Export-Csv and ConvertFrom-Csv / Import-Csv with PowerShell 7's rules: no #TYPE
// line unless asked, every field quoted by default (-UseQuotes Always|AsNeeded|Never, -QuoteFields),
// the header from the first object's properties, values by their ToString(); on the way back
// PSObjects with string values, quoted fields with embedded delimiters/newlines/quotes, -Header,
// and $null for missing fields.
import { PSNumber } from '../dotnet/numeric-types.js';
import { ErrorRecord, RuntimeError } from '../runtime/errors.js';
import { PSHashtable, PSObject } from '../runtime/values.js';
import { isCollection, isNull, scalarToString, toStringValue, typeNameOf, typeNamesOf } from '../runtime/conversions.js';
import { propertyEntries } from '../runtime/member-access.js';
import { formatNumber } from '../dotnet/number-format.js';

export interface ToCsvOptions {
  delimiter?: string;
  /** -IncludeTypeInformation: adds `#TYPE <type name>` first. */
  includeTypeInformation?: boolean;
  useQuotes?: 'Always' | 'AsNeeded' | 'Never';
  /** -QuoteFields: only these columns are quoted. */
  quoteFields?: string[];
  /** -NoHeader (PS 7.4) */
  noHeader?: boolean;
  /** For Export-Csv -Append: the existing file's header, which decides the columns. */
  existingHeader?: string[];
}

function propertiesOf(o: unknown): [string, unknown][] {
  if (o instanceof PSHashtable) return o.entries().map(([k, v]) => [toStringValue(k), v]);
  if (o instanceof PSObject) return o.names().map((n) => [n, o.get(n)]);
  return propertyEntries(o);
}

function fieldText(v: unknown): string {
  if (isNull(v)) return '';
  if (isCollection(v)) return typeNameOf(v);
  if (typeof v === 'number') return formatNumber(v);
  if (v instanceof PSNumber) return toStringValue(v);
  return scalarToString(v, false);
}

function quote(text: string, column: string, delimiter: string, opts: ToCsvOptions): string {
  const mode = opts.useQuotes ?? 'Always';
  let needed: boolean;
  if (opts.quoteFields) needed = opts.quoteFields.some((f) => f.toLowerCase() === column.toLowerCase());
  else if (mode === 'Always') needed = true;
  else if (mode === 'Never') needed = false;
  else needed = text.includes(delimiter) || text.includes('"') || /[\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needed ? `"${text.replace(/"/g, '""')}"` : text;
}

/** ConvertTo-Csv: the lines (without line terminators) for these objects. */
export function toCsv(objects: unknown[], opts: ToCsvOptions = {}): string[] {
  const delimiter = opts.delimiter ?? ',';
  const lines: string[] = [];
  const first = objects.find((o) => !isNull(o));
  if (first === undefined) return lines;
  const header = opts.existingHeader ?? propertiesOf(first).map(([n]) => n);
  if (opts.includeTypeInformation && !opts.existingHeader) {
    const t = first instanceof PSHashtable ? typeNameOf(first) : (typeNamesOf(first)[0] ?? 'System.Object');
    lines.push(`#TYPE ${t}`);
  }
  if (!opts.noHeader && !opts.existingHeader) lines.push(header.map((h) => quote(h, h, delimiter, opts)).join(delimiter));
  for (const o of objects) {
    if (isNull(o)) continue;
    const props = new Map(propertiesOf(o).map(([n, v]) => [n.toLowerCase(), v]));
    lines.push(header.map((h) => quote(fieldText(props.get(h.toLowerCase())), h, delimiter, opts)).join(delimiter));
  }
  return lines;
}

export interface FromCsvOptions {
  delimiter?: string;
  /** -Header: column names; then the first line is data. */
  header?: string[];
}

/** Splits CSV text into records of fields, honouring quotes (embedded delimiters, newlines, ""). */
export function parseCsvRecords(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let fieldStarted = false;
  let wasQuoted = false;
  const pushField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
      continue;
    }
    if (c === '"' && !wasQuoted && field.trim() === '') {
      inQuotes = true;
      wasQuoted = true;
      fieldStarted = true;
      field = '';
      continue;
    }
    if (c === delimiter) {
      pushField();
      fieldStarted = true;
      continue;
    }
    if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (fieldStarted || field !== '' || fields.length > 0) pushField();
      if (fields.length > 0) records.push(fields);
      fields = [];
      continue;
    }
    if (wasQuoted) continue; // text after a closing quote is dropped, as PowerShell does
    field += c;
    fieldStarted = true;
  }
  if (fieldStarted || field !== '' || fields.length > 0) pushField();
  if (fields.length > 0) records.push(fields);
  return records;
}

function csvError(message: string, id: string): RuntimeError {
  return new RuntimeError(new ErrorRecord(message, id, 'InvalidData', null, undefined, undefined, 'System.Management.Automation.ExtendedTypeSystemException'));
}

/** ConvertFrom-Csv: PSObjects with string values ($null where a record is short). */
export function fromCsv(text: string, opts: FromCsvOptions = {}): PSObject[] {
  const delimiter = opts.delimiter ?? ',';
  let lines = text;
  let typeName: string | undefined;
  const typeLine = /^#TYPE ([^\r\n]*)\r?\n?/.exec(lines);
  if (typeLine) {
    typeName = typeLine[1]!.trim();
    lines = lines.slice(typeLine[0].length);
  }
  const records = parseCsvRecords(lines, delimiter);
  let header = opts.header;
  let start = 0;
  if (!header) {
    if (records.length === 0) return [];
    header = records[0]!;
    start = 1;
  }
  const seen = new Set<string>();
  header = header.map((h, i) => (h === '' ? `H${i + 1}` : h));
  for (const h of header) {
    const k = h.toLowerCase();
    if (seen.has(k)) throw csvError(`The member "${h}" is already present.`, 'AlreadyPresentPSMemberInfoInternalCollectionAdd,Microsoft.PowerShell.Commands.ConvertFromCsvCommand');
    seen.add(k);
  }
  const typeNames = typeName ? [`CSV:${typeName}`, 'System.Management.Automation.PSCustomObject', 'System.Object'] : undefined;
  const out: PSObject[] = [];
  for (let r = start; r < records.length; r++) {
    const rec = records[r]!;
    out.push(PSObject.fromEntries(header.map((h, i) => [h, i < rec.length ? rec[i]! : null] as const), typeNames ? [...typeNames] : undefined));
  }
  return out;
}
