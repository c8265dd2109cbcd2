// The parser never throws: on any text it returns a tree plus ParseError objects whose extents lie
// inside the text. Bounded runs over arbitrary strings built from PowerShell's own characters, and
// over corpus snippets with random edits.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkSource } from '../../src/language/check.js';
import { parse } from '../../src/language/parser.js';

function assertWellFormed(text: string): void {
  const result = parse(text);
  expect(result.ast.type).toBe('ScriptBlock');
  for (const e of result.errors) {
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
    expect(typeof e.errorId).toBe('string');
    expect(e.extent.start).toBeGreaterThanOrEqual(0);
    expect(e.extent.end).toBeGreaterThanOrEqual(e.extent.start);
    expect(e.extent.end).toBeLessThanOrEqual(text.length);
    expect(e.extent.line).toBeGreaterThanOrEqual(1);
    expect(e.extent.column).toBeGreaterThanOrEqual(1);
    // An internal failure would show up as this id: it means a parser bug, not bad input.
    expect(e.errorId).not.toBe('UnrecoverableParserError');
  }
  for (const t of result.tokens) {
    expect(t.start).toBeGreaterThanOrEqual(0);
    expect(t.end).toBeLessThanOrEqual(text.length);
  }
  expect(result.incomplete).toBe(result.errors.length > 0 && result.errors.every((e) => e.incompleteInput));
}

const pieces = [
  '$', '@', '(', ')', '{', '}', '[', ']', '"', "'", '`', '|', '&', ';', ',', '.', '..', '::', '-', '--', '+', '++', '=',
  '!', '?', '??', ':', '#', '<#', '#>', '@"\n', '\n"@', "@'\n", "\n'@", '$(', '@(', '@{', '${', '\n', '\r\n', ' ', '\t',
  '-eq', '-not', '-f', '-split', '>', '2>&1', '<', '1', '0x1F', '1.5e3', '10kb', 'if', 'else', 'elseif', 'foreach', 'in',
  'function', 'param', 'class', 'enum', 'switch', 'try', 'catch', 'finally', 'do', 'while', 'until', 'return', 'begin',
  'process', 'Get-Item', 'x', '$x', '$_', '$env:PATH', '[int]', '“', '”', '‘', '’', '–', '--%', ':label', 'default',
];

const psText = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('parse never throws', () => {
  test('on arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (s) => assertWellFormed(s)), { numRuns: 150 });
  });

  test('on strings made of PowerShell tokens', () => {
    fc.assert(fc.property(psText, (s) => assertWellFormed(s)), { numRuns: 1500 });
  });

  test('on deeply nested input: moderate depth parses, extreme depth is a clean error', () => {
    for (const open of ['(', '{', '@(', '$(', '[', '"$(', '@{a=']) assertWellFormed(open.repeat(100));
    for (const open of ['(', '{', '"$(']) {
      const result = parse(open.repeat(20000));
      expect(result.errors.map((e) => e.errorId)).toContain('ScriptTooComplicated');
    }
  });

  test('checkSource strips a BOM and reports 1-based positions', () => {
    expect(checkSource('\uFEFFGet-Date', 'a.ps1')).toEqual([]);
    expect(checkSource('\uFEFF$a $b', 'a.ps1')).toEqual([{ file: 'a.ps1', line: 1, col: 4, message: "Unexpected token '$b' in expression or statement." }]);
    expect(checkSource('Get-Date\r\nif ($x) {', 'b.ps1')).toMatchObject([{ line: 2, col: 9 }]);
  });
});

const seedFile = fileURLToPath(new URL('../../../shared/corpus/seed-commands.ps1', import.meta.url));

describe.skipIf(!existsSync(seedFile))('parse never throws on edited corpus snippets', () => {
  test('random deletions, insertions and truncations of seed entries', () => {
    const entries = readFileSync(seedFile, 'utf8').split(/\r?\n# ---\r?\n/).filter((e) => e.trim() !== '');
    const edit = fc.record({
      entry: fc.integer({ min: 0, max: entries.length - 1 }),
      at: fc.nat(),
      cut: fc.nat({ max: 20 }),
      insert: fc.constantFrom(...pieces),
    });
    fc.assert(
      fc.property(edit, ({ entry, at, cut, insert }) => {
        const text = entries[entry]!;
        const i = text.length === 0 ? 0 : at % text.length;
        assertWellFormed(text.slice(0, i) + insert + text.slice(i + cut));
        assertWellFormed(text.slice(0, i));
      }),
      { numRuns: 800 },
    );
  });
});
