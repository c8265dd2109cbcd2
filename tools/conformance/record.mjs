#!/usr/bin/env node
// npm run conformance:record [-- options]: runs the suite's cases through the real pwsh 7.6 and
// writes test/conformance/golden/<area>.json.
//   --area NAME      only this area (repeatable)
//   --missing        only cases with no golden or a golden of older code (the case was edited)
//   --id AREA/NAME   only this case (repeatable)
//   --jobs N         pwsh processes at a time (default 2)
//   --check          record into a temp folder and fail if any golden differs from the live pwsh
//                    (CI: a golden can never be edited to fit exosh)
//   --verify N       also run N batched cases (spread over the areas) each in its own pwsh
//                    process and fail if the batch driver printed anything different
import { execFileSync } from 'node:child_process';
import { goldenEntry, listAreas, loadCases, loadGolden, writeGolden, fromLines } from './cases.mjs';
import { findPwsh, recordCases, pwshEnv, runStandalone } from './pwsh.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const opt = { areas: [], ids: [], missing: false, jobs: 2, check: false, verify: 0 };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--area') opt.areas.push(argv[++i]);
  else if (a === '--missing') opt.missing = true;
  else if (a === '--id') opt.ids.push(argv[++i]);
  else if (a === '--jobs') opt.jobs = Number(argv[++i]);
  else if (a === '--check') opt.check = true;
  else if (a === '--verify') opt.verify = Number(argv[++i]);
  else {
    console.error(`record: unknown option '${a}'`);
    process.exit(64);
  }
}

const version = execFileSync(findPwsh(), ['-NoProfile', '-NonInteractive', '-c', '$PSVersionTable.PSVersion.ToString()'], { encoding: 'utf8' }).trim();
if (version !== '7.6.10') {
  console.error(`record: the goldens come from pwsh 7.6.10; ${findPwsh()} is ${version}. Install it with: dotnet tool install --global PowerShell --version 7.6.10`);
  process.exit(1);
}

const areas = opt.areas.length > 0 ? opt.areas : listAreas();
let cases = loadCases(areas);
const goldens = Object.fromEntries(areas.map((a) => [a, loadGolden(a)]));
if (opt.missing) cases = cases.filter((c) => goldens[c.area][c.name]?.hash !== c.hash);
if (opt.ids.length > 0) cases = cases.filter((c) => opt.ids.includes(c.id));
const partial = opt.missing || opt.ids.length > 0;

const started = Date.now();
let last = 0;
const results = await recordCases(cases, {
  jobs: opt.jobs,
  onProgress: (done, total) => {
    if (Date.now() - last > 5000 || done === total) {
      last = Date.now();
      process.stderr.write(`record: ${done}/${total} cases (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
  },
});

const matchesGolden = (g, r) => g.exit === r.exit && fromLines(g.stdout) === r.stdout && fromLines(g.stderr) === r.stderr;
// `@{` not preceded by `[ordered]`: a literal whose enumeration order pwsh does not keep.
const hasUnorderedHashtable = (code) => /(?<!\[ordered\]\s*)@\{/i.test(code);
const sortedLines = (text) => text.split('\n').sort().join('\n');
const sameUpToLineOrder = (g, r) =>
  g.exit === r.exit && sortedLines(fromLines(g.stdout)) === sortedLines(r.stdout) && sortedLines(fromLines(g.stderr)) === sortedLines(r.stderr);

let failed = false;
if (opt.check) {
  const differs = [];
  let mismatched = [];
  for (const c of cases) {
    const g = goldens[c.area][c.name];
    if (!g || g.hash !== c.hash) differs.push(`${c.id}: no golden for this code (run npm run conformance:record)`);
    else if (!matchesGolden(g, results.get(c.id))) mismatched.push(c);
  }
  // pwsh enumerates a hashtable in the order of its string hashes, which .NET seeds afresh in every
  // process: `@{a=1; b=2}` prints a before b in one run and b before a in the next. A case that
  // differs is run again in new processes; it passes when one run prints the golden exactly, or
  // when pwsh printed it differently from run to run and the golden has the same lines in another
  // order (its content still cannot be edited to fit exosh).
  const seen = new Map(mismatched.map((c) => [c.id, [results.get(c.id)]]));
  for (let round = 0; round < 4 && mismatched.length > 0; round++) {
    const again = await recordCases(mismatched, { jobs: opt.jobs, onProgress: () => {} });
    mismatched = mismatched.filter((c) => {
      const r = again.get(c.id);
      seen.get(c.id).push(r);
      return !matchesGolden(goldens[c.area][c.name], r);
    });
  }
  let unordered = 0;
  for (const c of mismatched) {
    const runs = seen.get(c.id);
    const varies = new Set(runs.map((r) => `${r.exit}\0${r.stdout}\0${r.stderr}`)).size > 1;
    // Five runs can all happen to draw the same order (CI once drew y-before-x five times for
    // @{x=1;y=2}), so a case whose code builds an unordered hashtable counts as varying too.
    const mayVary = varies || hasUnorderedHashtable(c.code);
    if (mayVary && runs.some((r) => sameUpToLineOrder(goldens[c.area][c.name], r))) unordered++;
    else differs.push(`${c.id}: the golden differs from what pwsh prints now`);
  }
  for (const d of differs) console.error(d);
  const note = unordered > 0 ? ` (${unordered} up to the order of a hashtable's entries, which pwsh varies from run to run)` : '';
  console.error(`record --check: ${cases.length - differs.length}/${cases.length} goldens match the live pwsh ${version}${note}`);
  failed = differs.length > 0;
} else {
  for (const area of areas) {
    const entries = partial ? { ...goldens[area] } : {};
    const names = new Set();
    for (const c of loadCases([area])) {
      names.add(c.name);
      const r = results.get(c.id);
      if (r) entries[c.name] = goldenEntry(c, r);
    }
    for (const name of Object.keys(entries)) if (!names.has(name)) delete entries[name];
    // Case order, so the golden reads in the order of its case file.
    const ordered = {};
    for (const c of loadCases([area])) if (entries[c.name]) ordered[c.name] = entries[c.name];
    writeGolden(area, ordered);
  }
  console.error(`record: ${cases.length} cases recorded from pwsh ${version} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (opt.verify > 0) {
  const { needsOwnProcess } = await import('./cases.mjs');
  const pool = cases.filter((c) => !needsOwnProcess(c.code));
  const step = Math.max(1, Math.floor(pool.length / opt.verify));
  const sample = pool.filter((_, i) => i % step === 0).slice(0, opt.verify);
  const root = mkdtempSync(join(tmpdir(), 'exosh-conformance-verify-'));
  const env = pwshEnv(root);
  let same = 0;
  for (const c of sample) {
    const alone = await runStandalone(c, root, env);
    const batched = results.get(c.id);
    if (alone.exit === batched.exit && alone.stdout === batched.stdout && alone.stderr === batched.stderr) same++;
    else {
      failed = true;
      console.error(`verify: ${c.id} prints differently in a batch:\n--- alone (exit ${alone.exit})\n${alone.stdout}\n${alone.stderr}\n--- batched (exit ${batched.exit})\n${batched.stdout}\n${batched.stderr}`);
    }
  }
  rmSync(root, { recursive: true, force: true });
  console.error(`verify: ${same}/${sample.length} sampled cases print the same batched as alone`);
}
process.exitCode = failed ? 1 : 0;
