// `npm run pester-language`: runs PowerShell's own language tests (the Pester files under
// ../shared/corpus/scripts/PowerShell__PowerShell/) through exosh and prints how many `It` blocks
// pass, per file and overall, with the most common failure messages grouped.
//
// Each file runs in its own node process with a time limit (a test that loops forever in exosh must
// not stop the count); the child reports each test as one JSON line as soon as it ends.
//
//   npm run pester-language                      all files
//   npm run pester-language -- Trap TryCatch     files whose name contains one of the words
//   npm run pester-language -- --timeout 30 --top 25 --json out.json --failures
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const corpus = resolve(root, '..', 'shared', 'corpus', 'scripts', 'PowerShell__PowerShell');

if (process.argv[2] === '--child') await child(process.argv[3]);
else await main(process.argv.slice(2));

async function child(file) {
  const { Session } = await import(join(root, 'dist', 'local-session.js'));
  const { ErrorRecord, ScriptTerminatingError } = await import(join(root, 'dist', 'runtime', 'errors.js'));
  const { ScriptBlockValue } = await import(join(root, 'dist', 'runtime', 'values.js'));
  const { installPester } = await import(join(here, 'pester.mjs'));
  const testDrive = mkdtempSync(join(tmpdir(), 'exosh-pester-'));
  const session = new Session({ cwd: testDrive, streams: {} });
  session.globalScope.setLocal('TestDrive', testDrive);
  installPester(session, { Session, ErrorRecord, ScriptTerminatingError, ScriptBlockValue }, (r) => {
    process.stdout.write(`${JSON.stringify(r)}\n`);
  });
  const text = readFileSync(file, 'utf8');
  try {
    const result = await session.run(text, { file });
    if (result.errors.length > 0 && !result.success) {
      process.stdout.write(`${JSON.stringify({ fileError: result.errors[result.errors.length - 1].message })}\n`);
    }
  } catch (e) {
    process.stdout.write(`${JSON.stringify({ fileError: e instanceof Error ? `${e.name}: ${e.message}` : String(e) })}\n`);
  } finally {
    rmSync(testDrive, { recursive: true, force: true });
  }
  process.exit(0);
}

/** It statements in the file's text: the denominator for tests the run never reached. */
function staticItCount(text) {
  return (text.match(/^\s*It\s+(["'$]|-Name\b)/gim) ?? []).length;
}

function runFile(file, timeoutMs) {
  return new Promise((done) => {
    const results = [];
    let fileError;
    let timedOut = false;
    const p = spawn(process.execPath, ['--stack-size=4000', fileURLToPath(import.meta.url), '--child', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    p.stdout.on('data', (chunk) => {
      buffer += chunk;
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (!line.startsWith('{')) continue;
        try {
          const r = JSON.parse(line);
          if (r.fileError !== undefined) fileError = r.fileError;
          else results.push(r);
        } catch {
          // not one of ours
        }
      }
    });
    let stderr = '';
    p.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, timeoutMs);
    p.on('close', (code) => {
      clearTimeout(timer);
      if (!fileError && code !== 0 && !timedOut) fileError = `exit ${code}: ${stderr.trim().split('\n').slice(-1)[0] ?? ''}`;
      done({ results, fileError, timedOut });
    });
  });
}

async function main(argv) {
  let timeoutMs = 20_000;
  let top = 20;
  let jsonOut;
  let showFailures = false;
  const words = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--timeout') timeoutMs = Number(argv[++i]) * 1000;
    else if (a === '--top') top = Number(argv[++i]);
    else if (a === '--json') jsonOut = argv[++i];
    else if (a === '--failures') showFailures = true;
    else words.push(a.toLowerCase());
  }
  const files = readdirSync(corpus)
    .filter((f) => /\.tests\.ps1$/i.test(f))
    .filter((f) => words.length === 0 || words.some((w) => f.toLowerCase().includes(w)))
    .sort();
  const totals = { passed: 0, failed: 0, skipped: 0, notReached: 0 };
  const causes = new Map();
  const { failureKey } = await import(join(here, 'pester.mjs'));
  const perFile = [];
  const addCause = (message, test) => {
    const key = failureKey(message);
    const entry = causes.get(key) ?? { count: 0, example: test };
    entry.count++;
    causes.set(key, entry);
  };
  const queue = [...files];
  const outcomes = new Map();
  // Two at a time: the machine has two cores and other work shares them.
  await Promise.all(
    [0, 1].map(async () => {
      for (let f = queue.shift(); f; f = queue.shift()) outcomes.set(f, await runFile(join(corpus, f), timeoutMs));
    }),
  );
  for (const f of files) {
    const { results, fileError, timedOut } = outcomes.get(f);
    const text = readFileSync(join(corpus, f), 'utf8');
    const tests = results.filter((r) => r.name !== undefined && !r.name.startsWith('('));
    const passed = tests.filter((r) => r.outcome === 'passed').length;
    const failed = tests.filter((r) => r.outcome === 'failed').length;
    const skipped = tests.filter((r) => r.outcome === 'skipped').length;
    // Test cases expand one It into several results; a statement that never ran counts once.
    const ranStatements = new Set(tests.map((r) => `${r.path.join('/')}|${r.name.replace(/\s+/g, ' ')}`)).size;
    const notReached = Math.max(0, staticItCount(text) - ranStatements);
    totals.passed += passed;
    totals.failed += failed;
    totals.skipped += skipped;
    totals.notReached += notReached;
    for (const r of tests) if (r.outcome === 'failed') addCause(r.message, `${f}: ${r.name}`);
    const blockErrors = results.filter((r) => r.name?.startsWith('('));
    const reason = timedOut ? `timed out after ${timeoutMs / 1000}s` : fileError ?? blockErrors[0]?.message;
    if (notReached > 0) addCause(`not reached: ${reason ?? 'the Describe body ended early'}`, f);
    perFile.push({ file: f, passed, failed, skipped, notReached, reason, tests });
  }
  const name = (f) => f.replace(/^test__powershell__Language__/, '').replace(/\.tests\.ps1$/i, '');
  const width = Math.max(...perFile.map((p) => name(p.file).length), 10);
  process.stdout.write(`${'file'.padEnd(width)}  passed  failed  skipped  not-reached\n`);
  for (const p of perFile) {
    process.stdout.write(
      `${name(p.file).padEnd(width)}  ${String(p.passed).padStart(6)}  ${String(p.failed).padStart(6)}  ${String(p.skipped).padStart(7)}  ${String(p.notReached).padStart(11)}${p.reason && p.notReached ? `  (${p.reason.split('\n')[0].slice(0, 80)})` : ''}\n`,
    );
    if (showFailures) for (const t of p.tests.filter((t) => t.outcome === 'failed')) process.stdout.write(`    ✗ ${t.path.join(' / ')} / ${t.name}: ${String(t.message).split('\n')[0].slice(0, 200)}\n`);
  }
  const counted = totals.passed + totals.failed + totals.notReached;
  process.stdout.write(
    `\nIt blocks: ${totals.passed} passed, ${totals.failed} failed, ${totals.notReached} not reached, ${totals.skipped} skipped — ${counted ? ((100 * totals.passed) / counted).toFixed(1) : '0'}% of ${counted} passed (${files.length} files)\n`,
  );
  process.stdout.write(`\nTop failure causes:\n`);
  for (const [key, { count, example }] of [...causes].sort((a, b) => b[1].count - a[1].count).slice(0, top)) {
    process.stdout.write(`${String(count).padStart(5)}  ${key}\n         e.g. ${example}\n`);
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ totals, perFile, causes: [...causes] }, null, 2));
}
