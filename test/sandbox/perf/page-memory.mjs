// Peak memory of the sandbox under 50 concurrent full Get-Mailbox pages (1,000 records, ~10 MB
// each). The sandbox runs in a child process (so the clients' memory is not counted); this
// script reads its peak RSS (VmHWM, Linux) after the pages are in. Run after `npm run build`:
//   node test/sandbox/perf/page-memory.mjs [dist root]     (default: ./dist)
// Prints one line; docs/sandbox-data.md records the figures.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Agent, request } from 'undici';

const CONCURRENT = 50;
const distRoot = resolve(process.argv[2] ?? 'dist');

if (process.argv[2] === '--child') {
  const { startSandbox } = await import(`${process.argv[3]}/sandbox/index.js`);
  const sandbox = await startSandbox({ mailboxes: 20_000, quiet: true });
  const { token } = await sandbox.identity.mintAccessToken({ upn: 'admin@contoso.onmicrosoft.com' });
  globalThis.gc?.();
  // Peak of the JavaScript heap in use, sampled: tells live data from what the collector has not yet reclaimed.
  let heapPeak = 0;
  setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 20).unref();
  process.send({ url: sandbox.url, ca: sandbox.caCertPem, token });
  process.on('message', async () => {
    process.send({ heapPeakMb: heapPeak / 1048576 }, async () => {
      await sandbox.close();
      process.exit(0);
    });
  });
} else {
  const child = fork(new URL(import.meta.url).pathname, ['--child', distRoot], { execArgv: ['--expose-gc'] });
  const ready = await new Promise((ok) => child.once('message', ok));
  const vm = (field) => Number(/(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(field)))[1]) / 1024;
  const before = vm('VmRSS:');
  const agent = new Agent({ connect: { ca: ready.ca, timeout: 300_000 }, connections: CONCURRENT });
  const started = performance.now();
  let bytes = 0;
  const times = await Promise.all(
    Array.from({ length: CONCURRENT }, async () => {
      const t0 = performance.now();
      const res = await request(`${ready.url}/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand`, {
        method: 'POST',
        dispatcher: agent,
        headersTimeout: 300_000,
        bodyTimeout: 300_000,
        headers: { authorization: `Bearer ${ready.token}`, 'content-type': 'application/json', prefer: 'odata.maxpagesize=1000' },
        body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 'Unlimited' } } }),
      });
      // Read and drop the body as a client that parses as it goes would.
      for await (const chunk of res.body) bytes += chunk.length;
      if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}`);
      return performance.now() - t0;
    }),
  );
  const peak = vm('VmHWM:');
  await agent.close();
  const heap = new Promise((ok) => child.once('message', ok));
  child.send('close');
  const { heapPeakMb } = await heap;
  const slowest = Math.max(...times) / 1000;
  console.log(
    `${CONCURRENT} concurrent full Get-Mailbox pages (${(bytes / CONCURRENT / 1048576).toFixed(1)} MB each): sandbox RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB (JS heap in use at most ${heapPeakMb.toFixed(0)} MB); all in ${((performance.now() - started) / 1000).toFixed(1)} s, slowest ${slowest.toFixed(1)} s`,
  );
}
