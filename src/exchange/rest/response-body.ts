// Pages of 1000 mailboxes are ~10 MB of JSON; the service compresses them when asked (the module
// sends Accept-Encoding: gzip, rest-protocol.md §1.3). undici's request() leaves the body as sent
// (its decompress interceptor is experimental and warns on stderr), so the body is read whole —
// a page is parsed in one piece anyway — and inflated off the main thread.
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';

export const ACCEPT_ENCODING = 'gzip, deflate, br';

const decoders: Record<string, (b: Buffer) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/** The body as text. A body in an encoding not asked for is read as it is. */
export async function readBodyText(body: { arrayBuffer(): Promise<ArrayBuffer> }, contentEncoding: string | undefined): Promise<string> {
  let bytes: Buffer = Buffer.from(await body.arrayBuffer());
  // `Content-Encoding: gzip, br` lists the encodings in the order applied: undo them backwards.
  const encodings = (contentEncoding ?? '').split(',').map((e) => e.trim().toLowerCase()).filter((e) => e && e !== 'identity');
  for (const encoding of encodings.reverse()) {
    const decode = decoders[encoding];
    if (!decode) break;
    try {
      bytes = await decode(bytes);
    } catch {
      // A damaged stream: its bytes as they are, which the JSON check then reports as not JSON.
      break;
    }
  }
  return bytes.toString('utf8');
}
