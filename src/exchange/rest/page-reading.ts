// One response body as a RemotePage (rest-protocol.md §1.5, §1.7): `value` items, the service's
// warnings and in-band errors, and a confirmation request; plus the link to the next page.
import type { RemotePage } from '../contracts.js';
import { adminApiError, type ErrorContext } from './error-mapping.js';

/** The service's ResultSize warning, held back until the last page fetched (§1.6 step 7). */
export const RESULT_SIZE_WARNING_PREFIX = 'There are more results available than are currently displayed.';

export function isResultSizeWarning(text: string): boolean {
  return text.startsWith(RESULT_SIZE_WARNING_PREFIX);
}

export interface ReadPage {
  page: RemotePage;
  nextLink?: string;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A collection answer, or a single entity (`Mailbox('…')`), which becomes a page of one item
 * without its `@odata.context`. An empty (204) answer is an empty page.
 */
export function readPage(json: unknown, ctx: ErrorContext): ReadPage {
  if (!isObject(json)) return { page: { items: [], warnings: [], errors: [] } };
  const value = json['value'];
  let items: Record<string, unknown>[];
  if (Array.isArray(value)) items = value.filter(isObject);
  else if (value === undefined && Object.keys(json).some((k) => !k.startsWith('@') && !k.includes('@'))) {
    const { ['@odata.context']: _context, ...entity } = json;
    items = [entity];
  } else items = [];
  const warningsRaw = json['@adminapi.warnings'];
  const warnings = Array.isArray(warningsRaw) ? warningsRaw.filter((w): w is string => typeof w === 'string') : [];
  const errorsRaw = json['@adminapi.errors'];
  const errors = Array.isArray(errorsRaw) ? errorsRaw.map((e) => adminApiError(e, ctx)) : [];
  const page: RemotePage = { items, warnings, errors };
  const confirmation = json['@adminapi.confirmationmessage'];
  if (typeof confirmation === 'string' && confirmation) page.confirmationMessage = confirmation;
  const next = json['@odata.nextLink'];
  return { page, nextLink: typeof next === 'string' && next ? next : undefined };
}
