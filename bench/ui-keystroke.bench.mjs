// Keystroke-to-frame latency of the REPL's line editor (issue 8): the LineEditor rendered by Ink
// (ink-testing-library's streams) with 10,000 history entries; each key is written to stdin and
// timed until Ink has written the frame that shows it. Goal: under 16 ms (one frame at 60 Hz).
// Also times the pure part alone (state update + highlighting + prediction) to show where time goes.
// Both are timed after a warm-up pass, so the figures are a running shell's, not the JIT's first keys.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const quick = process.argv.includes('--quick');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;
const { render } = await import('ink-testing-library');
const { createElement } = await import('react');
const { LineEditor } = await import(dist('ui/editor/LineEditor.js'));
const { Session } = await import(dist('local-session.js'));
const { localCommands } = await import(dist('commands/index.js'));
const { reduce, initialState, predictionFor } = await import(dist('ui/editor/state.js'));
const { decodeSequence } = await import(dist('ui/editor/keys.js'));
const { highlight } = await import(dist('ui/highlight/highlight.js'));
const { History } = await import(dist('ui/history/history.js'));
const { parse } = await import(dist('language/parser.js'));

const work = mkdtempSync(join(tmpdir(), 'exosh-bench-ui-'));
const historyPath = join(work, 'history.txt');
const entries = Array.from({ length: 10_000 }, (_, i) => `Get-Mailbox -Identity user${i}@contoso.com | Set-Mailbox -ProhibitSendQuota ${(i % 50) + 1}GB -WhatIf`);
writeFileSync(historyPath, entries.map((e) => e + '\n').join(''));

const line = "Get-EXOMailbox -ResultSize Unlimited | Where-Object { $_.RecipientTypeDetails -eq 'SharedMailbox' } | Select-Object DisplayName";
const keys = quick ? [...line.slice(0, 60)] : [...line, ...Array(20).fill('\u007f'), ...line.slice(-20)];

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
};

// 0. The machine's own noise: a fixed piece of work timed as often as the keys are. When its p95
// is far above its median, the machine is busy and the p95 figures below measure the scheduler.
{
  const times = [];
  let sink = 0;
  for (let k = 0; k < keys.length; k++) {
    const t0 = performance.now();
    for (let i = 0; i < 200_000; i++) sink += i % 7;
    times.push(performance.now() - t0);
  }
  if (sink < 0) console.log(sink);
  console.log(`baseline (fixed work, machine noise): median ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms`);
}

// 1. The pure path: what one key costs before React and Ink.
{
  const history = new History(entries);
  const deps = {
    history,
    isIncomplete: (t) => parse(t).incomplete,
    complete: () => ({ replaceStart: 0, replaceEnd: 0, candidates: [] }),
    commandHelp: () => undefined,
    parameterHelp: () => undefined,
    width: 120,
    pageHeight: 20,
  };
  // Warm-up (JIT): one pass not timed, as a shell that has been typed in for a second is.
  let warm = initialState;
  for (const k of keys) for (const e of decodeSequence(k)) warm = reduce(warm, e, deps).state;
  highlight(warm.buffer.text);
  let state = initialState;
  const times = [];
  for (const k of keys) {
    const t0 = performance.now();
    for (const e of decodeSequence(k)) state = reduce(state, e, deps).state;
    highlight(state.buffer.text);
    predictionFor(state, history);
    times.push(performance.now() - t0);
  }
  console.log(`pure state + highlight + prediction: median ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms (${keys.length} keys)`);
}

// 2. Through Ink: key written to stdin → next frame written.
{
  const session = new Session({ cwd: work, commands: localCommands });
  const services = session.servicesFor(session.globalScope);
  const r = render(
    createElement(LineEditor, {
      prompt: { location: '~', badges: [{ text: 'contoso', color: 'cyan' }] },
      context: { services, recentOutput: () => [] },
      width: 120,
      active: true,
      onSubmit: () => {},
      onExit: () => {},
      onClearScreen: () => {},
      historyPath,
    }),
  );
  await new Promise((res) => setTimeout(res, 50));
  // Warm-up: a line typed and erased with Ctrl+U, not timed.
  for (const k of [...line.slice(0, 30), '\u0015']) {
    r.stdin.write(k);
    await new Promise((res) => setTimeout(res, 1));
  }
  await new Promise((res) => setTimeout(res, 50));
  const times = [];
  for (const k of keys) {
    const before = r.frames.length;
    const t0 = performance.now();
    r.stdin.write(k);
    while (r.frames.length === before) {
      if (performance.now() - t0 > 2000) throw new Error(`no frame after key ${JSON.stringify(k)}`);
      await new Promise((res) => setImmediate(res));
    }
    times.push(performance.now() - t0);
  }
  r.unmount();
  const median = pct(times, 50);
  const p95 = pct(times, 95);
  console.log(`keystroke to frame (Ink, 10,000 history entries): median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms (${keys.length} keys)`);
  console.log(`ratio to the 16 ms goal: median ${(median / 16).toFixed(2)}, p95 ${(p95 / 16).toFixed(2)}`);
}
rmSync(work, { recursive: true, force: true });
