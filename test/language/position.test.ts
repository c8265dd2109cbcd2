// Offsets to lines and columns, counted as PowerShell does: \r\n, \n and a lone \r each end a line.

import { describe, expect, test } from 'vitest';
import { SourceMap } from '../../src/language/position.js';

describe('SourceMap', () => {
  test('\\r\\n, \\n and a lone \\r each end one line', () => {
    const text = 'a\r\nb\nc\rd\r\n\r\ne';
    const map = new SourceMap(text);
    const at = (ch: string) => map.lineAndColumn(text.lastIndexOf(ch));
    expect([at('a'), at('b'), at('c'), at('d'), at('e')]).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 6, column: 1 },
    ]);
  });

  test('a text starting or ending with line breaks, and one with none', () => {
    expect(new SourceMap('\r\r\n\nx').lineAndColumn(4)).toEqual({ line: 4, column: 1 });
    expect(new SourceMap('ab\r').lineAndColumn(3)).toEqual({ line: 2, column: 1 });
    expect(new SourceMap('abc').lineAndColumn(2)).toEqual({ line: 1, column: 3 });
  });
});
