// The format room's public surface: Out-Default/Out-String rendering, Format-* records, JSON, CSV,
// and .NET-style number/date formatting.
export { formatForOutput, OutputFormatter, renderRecord, renderTable, renderList, renderWide, type OutputHost } from './out.js';
export {
  buildTableRecord as formatTable,
  buildListRecord as formatList,
  buildWideRecord as formatWide,
  buildTableRecord,
  buildListRecord,
  buildWideRecord,
  propertySpecFrom,
  isFormatRecord,
  TableFormatRecord,
  ListFormatRecord,
  WideFormatRecord,
  type FormatRecord,
  type PropertySpec,
  type Evaluator,
  type TableColumn,
  type Alignment,
} from './records.js';
export { findView, registerView, defaultProperties, type View, type ViewColumn } from './views.js';
export { displayValue, displayCell, enumerationLimitOf } from './display.js';
export { toJson, fromJson, jsonDate, type ToJsonOptions, type FromJsonOptions } from './json.js';
export { toCsv, fromCsv, parseCsvRecords, type ToCsvOptions, type FromCsvOptions } from './csv.js';
export { formatNumber, formatNumberWith } from '../dotnet/number-format.js';
export { formatDate, formatTimeSpan, formatTimeSpanWith, parseDate, parseTimeSpan } from '../dotnet/date-time.js';
