import { it } from 'vitest';
import { Session } from '../../src/runtime/session.js';
import { localCommands } from '../../src/commands/index.js';
it('try', async () => {
  const s = new Session({ commands: localCommands });
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const r = await s.run('1..1000000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object | % Count');
    console.log(r.output, r.errors.map((e) => e.message), performance.now() - t0);
  }
  const t1 = performance.now();
  let c = 0; for (let i = 1; i <= 1e6; i++) if (i % 3 === 0) c++;
  console.log('js', performance.now() - t1, c);
}, 60000);
