// OPATH filters, identity resolution and ANR over the sandbox's stored records.
import type { StoredRecord } from '../contracts.js';
import { compileTree, type RecordPredicate } from './evaluate.js';
import { parseOpathFilter } from './parser.js';
import type { Companion } from './record-values.js';
import type { FilterSchema } from './schema.js';

export { OpathFilterError, type OpathErrorKind } from './errors.js';
export {
  filterSchemaFor,
  lookupProperty,
  propertyNames,
  FILTER_SCHEMA_NOUNS,
  type FilterSchema,
  type FilterableProperty,
  type FilterValueKind,
} from './schema.js';
export { parseOpathFilter, MAX_NESTING, type FilterNode, type ComparisonOperator, type Literal } from './parser.js';
export { resolveIdentity, createIdentityIndex, IdentityIndex, canonicalNameFromDn } from './identity.js';
export { matchesAnr, createAnrMatcher, type AnrMatcher, type AnrCompanion } from './anr.js';
export type { RecordPredicate } from './evaluate.js';
export type { Companion } from './record-values.js';

export interface CompileOptions {
  /** The parameter named in error messages: `Filter` (default), `RecipientFilter`... */
  parameterName?: string;
  /**
   * Another record of the same directory object, read for properties the record lacks: e.g. the
   * User record (same Guid) when Get-Recipient filters mailboxes on Department or City.
   */
  companion?: Companion;
}

/**
 * Compiles Exchange OPATH filter text (-Filter, -RecipientFilter) into a predicate over records
 * of the schema's kind. Throws OpathFilterError, worded as the service words it, for bad syntax,
 * a property that is not filterable on the cmdlet, or a value of the wrong type; never anything
 * else, whatever the text.
 */
export function compileOpathFilter(
  text: string,
  schema: FilterSchema,
  options: CompileOptions = {},
): (record: StoredRecord) => boolean {
  const tree = parseOpathFilter(text, schema, options);
  const predicate: RecordPredicate = compileTree(tree, {
    filter: text,
    parameterName: options.parameterName,
    companion: options.companion,
  });
  return predicate;
}
