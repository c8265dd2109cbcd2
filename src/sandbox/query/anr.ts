// Ambiguous name resolution (-Anr), as the Get-Mailbox / Get-Recipient / Get-User docs define it:
// the text is matched as a prefix, case-insensitively, against the default ANR attributes
//   CommonName (CN, the Name property), DisplayName, FirstName, LastName, Alias.
// As in Active Directory's ANR (MS-ADTS 3.1.1.3.1.3.4), text containing a space is also tried
// as "first last" and "last first" (FirstName prefix + LastName prefix, both ways round), and
// text starting with '=' asks for an exact match instead of a prefix.
// The attributes belong to the directory object, not to one cmdlet's view of it: Get-Mailbox
// output has no FirstName/LastName, yet "-Anr 'Chris A'" finds Chris Ashton's mailbox. Callers
// whose records lack an attribute can pass `companion` (e.g. the User record with the same Guid).
import type { StoredRecord } from '../contracts.js';
import { fold, foldedStartsWith } from './values.js';

const ANR_ATTRIBUTES = ['Name', 'DisplayName', 'FirstName', 'LastName', 'Alias'] as const;

export type AnrMatcher = (record: StoredRecord) => boolean;

/** Another record of the same object that may hold attributes this one lacks. */
export type AnrCompanion = (record: StoredRecord) => StoredRecord | undefined;

function own(record: StoredRecord, name: string): string | undefined {
  const v = record[name];
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** A predicate for one ANR text; build it once and apply it to many records. */
export function createAnrMatcher(text: string, companion?: AnrCompanion): AnrMatcher {
  let wanted = fold(text.trim());
  const exact = wanted.startsWith('=');
  if (exact) wanted = wanted.slice(1).trim();
  if (wanted.length === 0) return () => false;
  const test = (v: string | undefined, p: string): boolean =>
    v !== undefined && (exact ? fold(v) === p : foldedStartsWith(v, p));

  const space = wanted.search(/\s/u);
  const first = space > 0 ? wanted.slice(0, space) : '';
  const rest = space > 0 ? wanted.slice(space).trim() : '';
  const split = first.length > 0 && rest.length > 0;

  return (record) => {
    let other: StoredRecord | undefined | null = null;
    const attribute = (r: StoredRecord, name: string): string | undefined => {
      const v = own(r, name);
      if (v !== undefined || !companion) return v;
      if (other === null) other = companion(r);
      return other ? own(other, name) : undefined;
    };
    for (const name of ANR_ATTRIBUTES) {
      if (test(attribute(record, name), wanted)) return true;
    }
    if (!split) return false;
    const given = attribute(record, 'FirstName');
    const sn = attribute(record, 'LastName');
    return (test(given, first) && test(sn, rest)) || (test(given, rest) && test(sn, first));
  };
}

let lastText: string | undefined;
let lastMatcher: AnrMatcher = () => false;

/** Whether the record answers an ANR search for `text`. */
export function matchesAnr(record: StoredRecord, text: string): boolean {
  if (text !== lastText) {
    lastMatcher = createAnrMatcher(text);
    lastText = text;
  }
  return lastMatcher(record);
}
