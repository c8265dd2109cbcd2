// The conformance suite's data: case files (test/conformance/cases/<area>.ps1, cases separated by
// `### name` lines), golden files (test/conformance/golden/<area>.json, recorded from pwsh) and the
// one list of known differences. Shared by the recorder, the report and the vitest test.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CASES_DIR = join(ROOT, 'test', 'conformance', 'cases');
export const GOLDEN_DIR = join(ROOT, 'test', 'conformance', 'golden');
export const KNOWN_FILE = join(ROOT, 'test', 'conformance', 'known-differences.json');

/** The settings both sides run with: what `pwsh -c` and `exosh -c` see. */
export const WIDTH = 120;

/** Parses one case file: text before the first `### ` line is a header; a case runs to the next one. */
export function parseCaseFile(text, area) {
  const cases = [];
  let current;
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  for (const line of lines) {
    const m = /^### (.+)$/.exec(line);
    if (m) {
      current = { area, name: m[1].trim(), lines: [] };
      cases.push(current);
    } else if (current) current.lines.push(line);
  }
  const seen = new Set();
  return cases.map((c) => {
    if (seen.has(c.name)) throw new Error(`${area}.ps1: two cases are named '${c.name}'`);
    seen.add(c.name);
    const code = c.lines.join('\n').replace(/^\n+/, '').replace(/\s+$/, '');
    if (code === '') throw new Error(`${area}.ps1: case '${c.name}' has no code`);
    return { area, name: c.name, id: `${area}/${c.name}`, code, hash: hashCode(code) };
  });
}

export function hashCode(code) {
  return createHash('sha256').update(code).digest('hex').slice(0, 16);
}

export function listAreas() {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.ps1'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function loadCases(areas = listAreas()) {
  return areas.flatMap((area) => parseCaseFile(readFileSync(join(CASES_DIR, `${area}.ps1`), 'utf8'), area));
}

/**
 * A case's `exit` cannot be observed inside the batch driver (the API hides ExitException), so
 * such cases are recorded in a pwsh process of their own.
 */
export function needsOwnProcess(code) {
  return /(^|[\s;{(|&])exit(\s|;|$|\})/im.test(code) || /\bSetShouldExit\b|\[Environment\]::Exit/i.test(code);
}

/**
 * What is compared: the work folder's path (it differs between machines and workers) becomes
 * <work>, blanks at line ends are dropped (invisible, and pwsh pads table cells), line endings are \n.
 */
export function normaliseOutput(text, workDir) {
  let t = text.replace(/\r\n/g, '\n');
  if (workDir) t = t.split(workDir).join('<work>');
  return t
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n');
}

/** Golden files keep output as arrays of lines so that a diff of a golden reads like a diff of output. */
export function toLines(text) {
  return text.split('\n');
}
export function fromLines(lines) {
  return lines.join('\n');
}

export function goldenPath(area) {
  return join(GOLDEN_DIR, `${area}.json`);
}

export function loadGolden(area) {
  const p = goldenPath(area);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : {};
}

export function writeGolden(area, entries, dir = GOLDEN_DIR) {
  const ordered = {};
  for (const name of Object.keys(entries)) ordered[name] = entries[name];
  writeFileSync(join(dir, `${area}.json`), JSON.stringify(ordered, null, 1) + '\n');
}

/** One golden entry from a run's result. */
export function goldenEntry(c, result) {
  return { hash: c.hash, exit: result.exit, stdout: toLines(result.stdout), stderr: toLines(result.stderr) };
}

export function loadKnown() {
  if (!existsSync(KNOWN_FILE)) return {};
  return JSON.parse(readFileSync(KNOWN_FILE, 'utf8'));
}

/** Compares exosh's result with a golden entry; returns the parts that differ. */
export function compare(golden, result) {
  const diffs = [];
  if (golden.exit !== result.exit) diffs.push('exit');
  if (fromLines(golden.stdout) !== result.stdout) diffs.push('stdout');
  if (fromLines(golden.stderr) !== result.stderr) diffs.push('stderr');
  return diffs;
}
