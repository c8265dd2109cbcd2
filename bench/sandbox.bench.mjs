// Sandbox Exchange service benchmark: paging all of contoso's mailboxes through InvokeCommand over
// HTTP (Get-Mailbox -ResultSize Unlimited, Prefer: odata.maxpagesize=1000), at 20,000 and 100,000
// mailboxes. Each figure is printed beside the floor of the same work done by JSON.stringify on the
// same objects in the same run:
//   mailboxes/s      floor: mailboxes/s of JSON.stringify over the stored records, page by page
//   first page       floor: time to JSON.stringify the first 1,000 records
//   server RSS       floor: bytes of the stored mailbox records as JSON text
// Runs against dist/ (npm run build first): the real store (openStore) and the real service, on a
// plain node:http server on 127.0.0.1 with a fixed test verifier (TLS and token checks are the
// identity helper's and are measured there).
//
//   npm run build && node bench/sandbox.bench.mjs [--sizes 20000,100000]
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';

const { createExchangeService } = await import('../dist/sandbox/exchange/service.js');
const { ACCOUNTS, TENANTS } = await import('../dist/sandbox/directory.js');

const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : process.argv.includes('--quick') ? [20_000] : [20_000, 100_000];
const CONTOSO = TENANTS.find((t) => t.key === 'contoso');
const admin = ACCOUNTS.find((a) => a.upn === 'admin@contoso.onmicrosoft.com');
const caller = { kind: 'user', tenantId: admin.tenantId, objectId: admin.objectId, upn: admin.upn, appId: 'bench', scopes: [], roles: [], expiresAt: 4102444800 };
const verifier = { verify: async () => caller };

async function openRealStore(mailboxes) {
  const { openStore } = await import('../dist/sandbox/store/index.js');
  return openStore({ mailboxes, seed: 1 });
}

function fmt(n, digits = 0) {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function line(name, value, ratio) {
  console.log(`${name}: ${value} (ratio ${ratio.toFixed(2)}x vs floor)`);
}

function best(times, fn) {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

async function startServer(store) {
  let base = '';
  const service = createExchangeService({ store, verifier, baseUrl: () => base });
  const server = createServer((req, res) => {
    service(req, res, new URL(req.url ?? '/', base), {}).then((handled) => {
      if (!handled) {
        res.writeHead(404);
        res.end();
      }
    });
  });
  // Pages at 100,000 mailboxes can be seconds apart on a loaded machine; keep sockets open so the
  // client never reuses one the server has just closed (ECONNRESET).
  server.keepAliveTimeout = 120_000;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  return { base, close: () => new Promise((r) => server.close(r)) };
}

async function post(url, whole = true) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { Authorization: 'Bearer bench', 'Content-Type': 'application/json', Prefer: 'odata.maxpagesize=1000', 'X-CmdletName': 'Get-Mailbox' },
    body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 'Unlimited' } } }),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${bytes.subarray(0, 500).toString('utf8')}`);
  // The next link closes the body, so the timed runs decode only the tail.
  return whole ? bytes.toString('utf8') : bytes.subarray(Math.max(0, bytes.length - 4096)).toString('utf8');
}

// The timed runs measure the server: the client only finds the next link (at the end of the body)
// instead of decoding and parsing every page; one checked run parses everything and counts.
function nextLinkOf(text) {
  const at = text.lastIndexOf('"@odata.nextLink":"');
  if (at < 0) return undefined;
  const start = at + '"@odata.nextLink":"'.length;
  return JSON.parse(`"${text.slice(start, text.indexOf('"', start))}"`);
}

async function pageAll(base, check = false) {
  let url = `${base}/adminapi/beta/${CONTOSO.id}/InvokeCommand`;
  let count = 0;
  const seen = new Set();
  while (url) {
    const text = await post(url, check);
    if (check) {
      const body = JSON.parse(text);
      for (const m of body.value) seen.add(m.Guid);
      count += body.value.length;
      url = body['@odata.nextLink'];
    } else url = nextLinkOf(text);
  }
  if (check && (seen.size !== count)) throw new Error(`paging repeated mailboxes: ${count} pages items, ${seen.size} distinct`);
  return count;
}

for (const size of SIZES) {
  const t0 = performance.now();
  const store = await openRealStore(size);
  const openMs = performance.now() - t0;
  const tenant = store.tenant('contoso');
  globalThis.gc?.();
  const storeRss = process.memoryUsage().rss;
  const mailboxes = tenant.list('Mailbox');
  const total = mailboxes.length;

  // Floors: the same objects through JSON.stringify, in pages of 1,000.
  const floorAllMs = best(3, () => {
    for (let i = 0; i < total; i += 1000) JSON.stringify({ value: mailboxes.slice(i, i + 1000) });
  });
  // (All at once would exceed V8's longest string at 100,000 mailboxes.)
  let jsonBytes = 0;
  for (let i = 0; i < total; i += 1000) jsonBytes += Buffer.byteLength(JSON.stringify(mailboxes.slice(i, i + 1000)));
  const floorRate = total / (floorAllMs / 1000);
  const floorFirstMs = best(5, () => JSON.stringify({ value: mailboxes.slice(0, 1000) }));

  const server = await startServer(store);
  const checked = await pageAll(server.base, true); // also the warm-up
  if (checked !== total) throw new Error(`paged ${checked} mailboxes, expected ${total}`);
  let pagingMs = Infinity;
  for (let i = 0; i < 3; i++) {
    const t1 = performance.now();
    await pageAll(server.base);
    pagingMs = Math.min(pagingMs, performance.now() - t1);
  }
  const rate = total / (pagingMs / 1000);
  const firsts = [];
  for (let i = 0; i < 7; i++) {
    const t1 = performance.now();
    await post(`${server.base}/adminapi/beta/${CONTOSO.id}/InvokeCommand`, false);
    firsts.push(performance.now() - t1);
  }
  firsts.sort((a, b) => a - b);
  const firstMs = firsts[Math.floor(firsts.length / 2)];
  globalThis.gc?.();
  const rss = process.memoryUsage().rss;
  await server.close();
  await store.close();

  const label = `sandbox exchange ${fmt(size)} mailboxes`;
  console.log(`${label}: store opened in ${fmt(openMs)} ms, ${fmt(total)} contoso mailboxes`);
  line(`${label} paging all (mailboxes/s)`, fmt(rate), floorRate / rate);
  line(`${label} first page latency (ms)`, fmt(firstMs, 1), firstMs / floorFirstMs);
  line(`${label} server RSS after paging (MB; ${fmt(storeRss / 1048576)} MB with the store alone)`, fmt(rss / 1048576), rss / jsonBytes);
}
