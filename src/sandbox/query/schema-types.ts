// Types shared by the generated property table and the filter schema.

/**
 * How a property's values are read and compared in a filter.
 * - string: text, case-insensitive.
 * - dn: a distinguished name (or canonical name) of another object, compared as text.
 * - guid: GUID text, compared without braces, case-insensitively.
 * - proxyAddress: `smtp:a@b` style values; -eq ignores the `prefix:` part, wildcards do not
 *   (as the filterable-properties page describes for EmailAddresses).
 * - enum: one named value (RecipientTypeDetails -eq 'SharedMailbox').
 * - flags: a set of named values written comma-separated; equal when the sets are equal.
 * - orderedFlags: like flags, but the order is significant (UserAccountControl).
 * - orderedList: a multivalued list; one value matches when the list contains it, a comma list
 *   when the list equals it in order (LanguagesRaw).
 * - boolean, integer, datetime, size (ByteQuantifiedSize or Unlimited), timespan.
 */
export type FilterValueKind =
  | 'string'
  | 'dn'
  | 'guid'
  | 'proxyAddress'
  | 'enum'
  | 'flags'
  | 'orderedFlags'
  | 'orderedList'
  | 'boolean'
  | 'integer'
  | 'datetime'
  | 'size'
  | 'timespan';

/** A row of the generated table: [name, kind, flags ('w','n','u'), cmdlet bits, enum values?]. */
export type FilterablePropertyRow =
  | readonly [string, FilterValueKind, string, number]
  | readonly [string, FilterValueKind, string, number, readonly string[]];

export interface FilterableProperty {
  /** Canonical spelling, as the property appears on the stored record. */
  readonly name: string;
  readonly kind: FilterValueKind;
  /** The docs say "wildcards accepted". */
  readonly wildcards: boolean;
  /** The docs list `$null` as a value. */
  readonly nullable: boolean;
  /** 'Unlimited' is a value (integers such as RecipientLimits). */
  readonly unlimited: boolean;
  /** Named values of an enum/flags property, when the docs list them. */
  readonly values: readonly string[];
}

export interface FilterSchema {
  /** The noun the schema belongs to, e.g. `Mailbox`, `EXOMailbox`. */
  readonly noun: string;
  /** Lower-cased name → property. */
  readonly properties: ReadonlyMap<string, FilterableProperty>;
}
