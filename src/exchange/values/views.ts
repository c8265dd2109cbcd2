// Default views of Exchange objects (the module's format data, as exosh knows it from the reference
// captures): Get-Mailbox's Name/Alias/Database/ProhibitSendQuota/ExternalDirectoryObjectId table,
// Get-Recipient's Name/RecipientType... registered under the type names the converter gives. Sizes
// and Unlimited values need none: format prints comparable values as their text. Types without a
// known view keep PowerShell's rule (format's default), among them the Get-EXO* objects, whose
// Minimum set of 12+ properties makes the list objects.json describes for Get-EXOMailbox and
// Get-EXORecipient, with what -Properties adds.
import type { View, ViewColumn } from '../../format/views.js';
import { objectTypes } from './object-types.js';

export function exchangeViews(): { typeName: string; view: View }[] {
  const out: { typeName: string; view: View }[] = [];
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
