// Turns a cmdlet result into the service's JSON answer: the OData collection envelope with
// warnings, one page of annotated records, and @odata.nextLink to the rest of a held snapshot.
import type { StoredRecord } from '../contracts.js';
import { pageToken, type Snapshot } from './paging.js';
import { wireJson, WARNINGS_TYPE } from './wire-format.js';

export interface PageRequest {
  context: string;
  /** Absolute URL of this endpoint without query; the token is appended as $skiptoken. */
  linkBase: string;
  /** Query options to carry into the next link (e.g. $select), already encoded, without '?'. */
  linkQuery?: string;
  pageSize: number;
  /** Adds @odata.id / @odata.editLink for entity-set items. */
  entityLink?: (r: StoredRecord) => string | undefined;
}

/**
 * JSON text produced piece by piece, so a page of thousands of records is written to the socket
 * as it is serialised (with backpressure) instead of being built as one string per response.
 * Iterable once.
 */
export class JsonStream {
  constructor(private readonly pieces: Iterable<string>) {}

  [Symbol.iterator](): Iterator<string> {
    return this.pieces[Symbol.iterator]();
  }

  /** The whole text (a $batch response embeds pages as values). */
  text(): string {
    let out = '';
    for (const piece of this.pieces) out += piece;
    return out;
  }
}

/** One page: the envelope here, each record written by wireJson as it is reached. */
export function pageBody(snapshot: Snapshot, offset: number, page: PageRequest): JsonStream {
  const end = Math.min(offset + page.pageSize, snapshot.items.length);
  const last = end >= snapshot.items.length;
  let next = '';
  // The last page's snapshot stays until its idle timeout like the others: a client that retries
  // the last page (its connection reset mid-body) gets the same page, not "skip token expired".
  if (!last) {
    const q = page.linkQuery ? `${page.linkQuery}&` : '';
    next = `,"@odata.nextLink":${JSON.stringify(`${page.linkBase}?${q}$skiptoken=${pageToken(snapshot, end)}`)}`;
  }
  const head = JSON.stringify({
    '@odata.context': page.context,
    'adminapi.warnings@odata.type': WARNINGS_TYPE,
    '@adminapi.warnings': last ? snapshot.warnings : [],
  });
  return new JsonStream(pagePieces(snapshot, offset, end, page, `${head.slice(0, -1)},"value":[`, `]${next}}`));
}

function* pagePieces(snapshot: Snapshot, offset: number, end: number, page: PageRequest, open: string, close: string): Generator<string> {
  yield open;
  for (let i = offset; i < end; i++) {
    const r = snapshot.items[i]!;
    const json = wireJson(r, selectNames(r, snapshot.select));
    const link = page.entityLink?.(r);
    const comma = i > offset ? ',' : '';
    if (!link) yield comma + json;
    else {
      const links = `"@odata.id":${JSON.stringify(link)},"@odata.editLink":${JSON.stringify(link)}`;
      yield comma + (json === '{}' ? `{${links}}` : `{${links},${json.slice(1)}`);
    }
  }
  yield close;
}

// The selection holds lower-case names; a record may spell a property differently (ExternalDirectoryObjectID).
export function selectNames(r: StoredRecord, select: ReadonlyMap<string, string> | undefined): ReadonlySet<string> | undefined {
  if (!select) return undefined;
  const names = new Set<string>();
  const seen = new Set<string>();
  for (const key in r) {
    const lower = key.toLowerCase();
    if (select.has(lower)) {
      names.add(key);
      seen.add(lower);
    }
  }
  for (const [lower, name] of select) if (!seen.has(lower)) names.add(name);
  return names;
}
