// Default views of Exchange objects (the module's format data, as exosh knows it from the reference
// captures): Get-Mailbox's Name/Alias/Database/ProhibitSendQuota/ExternalDirectoryObjectId table,
// Get-Recipient's Name/RecipientType... registered under the type names the converter gives. Sizes
// and Unlimited values print as their text. Types without a known view keep PowerShell's rule
// (format's default): the Get-EXO* objects, whose Minimum set of 12+ properties makes the list
// objects.json describes for Get-EXOMailbox and Get-EXORecipient, with what -Properties adds.
import type { View, ViewColumn } from '../../format/views.js';
import { toStringValue } from '../../runtime/conversions.js';
import { objectTypes } from './object-types.js';
import { unlimitedTypeName } from './sizes.js';

/** Printed as ToString(): a size is `1.5 GB (1,610,612,736 bytes)`, an Unlimited `Unlimited`. */
const asText: View = { kind: 'custom', render: (o) => toStringValue(o) };

export function exchangeViews(): { typeName: string; view: View }[] {
  const out: { typeName: string; view: View }[] = [
    { typeName: 'Microsoft.Exchange.Data.ByteQuantifiedSize', view: asText },
    { typeName: unlimitedTypeName('ByteQuantifiedSize'), view: asText },
    { typeName: unlimitedTypeName('EnhancedTimeSpan'), view: asText },
    { typeName: unlimitedTypeName('Int32'), view: asText },
  ];
  const registered = new Set<string>();
  for (const t of objectTypes()) {
    const typeName = t.typeNames[0]!;
    if (!t.view || registered.has(typeName)) continue;
    registered.add(typeName);
    const columns: ViewColumn[] = t.view.columns.map((c) => ({ label: c.label, value: c.property, ...(c.width !== undefined ? { width: c.width } : {}) }));
    out.push({ typeName, view: t.view.kind === 'table' ? { kind: 'table', columns } : { kind: 'list', columns } });
  }
  return out;
}
