// Parser throughput (issue 9: long string literals once parsed at about 1 s per MB). Each shape is
// parsed in this process and set beside JSON.parse of the same number of characters, timed in the
// same run, so the ratio says how far the parser is from the fastest text reader Node has,
// whatever the machine. Literal shapes are timed at 1 MB and 5 MB: a linear scanner takes five
// times as long for five times the text. The corpus line parses every script under
// ../shared/corpus/scripts (skipped when the folder is missing).
// `--quick`: 1 MB shapes only, one timed run each instead of the median of five.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const quick = process.argv.includes('--quick');
const runs = quick ? 1 : 5;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { parse } = await import(pathToFileURL(join(root, 'dist', 'language', 'parser.js')).href);
const MB = 1 << 20;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median milliseconds of `f` after one untimed warm-up call. */
function time(f) {
  f();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    f();
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(ms);
}

/** JSON text of about `chars` characters whose parse does comparable work: one long string. */
function jsonOfLength(chars) {
  return JSON.stringify('a'.repeat(Math.max(0, chars - 2)));
}

/** Scripts of about `size` characters, one per literal shape. */
const shapes = {
  "single-quoted '...'": (size) => `$s = '${'a'.repeat(size)}'`,
  'double-quoted "..."': (size) => `$s = "${'a'.repeat(size)}"`,
  "here-string @'...'@": (size) => `$s = @'\n${'a'.repeat(size)}\n'@`,
  'expandable here-string @"..."@': (size) => `$s = @"\n${'a'.repeat(size)}\n"@`,
  'expandable "... $x ..." (one $x per 9 chars)': (size) => `$s = "${'ab $x cd '.repeat(Math.floor(size / 9))}"`,
  'bareword argument': (size) => `Write-Output ${'a'.repeat(size)}`,
};

function checkedParse(text) {
  const r = parse(text);
  if (r.errors.length > 0) throw new Error(`unexpected parse error: ${r.errors[0].message}`);
  return r;
}

const rows = [];
function row(name, chars, parseMs, jsonMs, extra = '') {
  const mbps = chars / MB / (parseMs / 1000);
  rows.push([name, `${(chars / MB).toFixed(2)} MB`, `${parseMs.toFixed(1)} ms`, `${mbps.toFixed(0)} MB/s`, `${(parseMs / jsonMs).toFixed(1)}x`, extra]);
}

const sizes = quick ? [1 * MB] : [1 * MB, 5 * MB];
for (const [name, make] of Object.entries(shapes)) {
  const times = [];
  for (const size of sizes) {
    const text = make(size);
    const parseMs = time(() => checkedParse(text));
    const json = jsonOfLength(text.length);
    const jsonMs = time(() => JSON.parse(json));
    times.push(parseMs);
    const growth = times.length === 2 ? `5 MB / 1 MB time: ${(times[1] / times[0]).toFixed(1)}x` : '';
    row(name, text.length, parseMs, jsonMs, growth);
  }
}

const corpusDir = join(root, '..', 'shared', 'corpus', 'scripts');
if (existsSync(corpusDir)) {
  const files = [];
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ps[dm]?1$/i.test(f)) files.push(p);
    }
  };
  walk(corpusDir);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const parseMs = time(() => texts.forEach((t) => parse(t)));
  // The same characters as JSON: an array of the scripts as strings.
  const json = JSON.stringify(texts);
  const jsonMs = time(() => JSON.parse(json));
  row(`corpus scripts (${texts.length} files)`, chars, parseMs, jsonMs);
} else {
  console.log(`(no corpus at ${corpusDir}: corpus line skipped)`);
}

console.log(`parse() throughput; ratio = parse time / JSON.parse time of as many characters (median of ${runs} run${runs > 1 ? 's' : ''})`);
const header = ['shape', 'size', 'parse', 'speed', 'vs JSON', ''];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
for (const r of [header, ...rows]) {
  console.log(r.map((c, i) => (i === 0 || i === 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd());
}
