import { describe, expect, it } from 'vitest';
import { highlight, roleColours } from '../../../src/ui/highlight/highlight.js';

/** `text:role` for every coloured span (default spans left out). */
function roles(text: string): string[] {
  return highlight(text)
    .spans.filter((s) => s.role !== 'default')
    .map((s) => `${text.slice(s.start, s.end)}:${s.role}`);
}

describe('colouring from the parser tokens', () => {
  it('a pipeline: commands, parameters, strings, variables, members, operators, numbers, comments', () => {
    expect(roles('Get-ChildItem -Path "a b" | Where-Object { $_.Length -gt 10 } # big')).toEqual([
      'Get-ChildItem:command',
      '-Path:parameter',
      '"a b":string',
      '|:operator',
      'Where-Object:command',
      '$_:variable',
      'Length:member',
      '-gt:operator',
      '10:number',
      '# big:comment',
    ]);
  });

  it('keywords and types', () => {
    expect(roles('if ($x) { [int]$y = 5 }')).toEqual(['if:keyword', '$x:variable', 'int:type', '$y:variable', '=:operator', '5:number']);
  });

  it('spans cover the whole text in order', () => {
    const text = 'Get-Date -Format o; "x"';
    const spans = highlight(text).spans;
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });

  it("uses PSReadLine's default colours", () => {
    expect(roleColours.command).toBe('yellowBright');
    expect(roleColours.string).toBe('cyan');
    expect(roleColours.parameter).toBe('gray');
    expect(roleColours.variable).toBe('greenBright');
  });
});

describe('syntax errors before Enter', () => {
  it('a real error marks its span', () => {
    const h = highlight('1 +* 2');
    expect(h.errors).toHaveLength(1);
    const marked = h.spans.filter((s) => s.error).map((s) => '1 +* 2'.slice(s.start, s.end));
    expect(marked).toEqual(['*']);
  });

  it('unfinished input is not an error while typing', () => {
    expect(highlight('if ($x) {').errors).toEqual([]);
    expect(highlight('Get-Date |').errors).toEqual([]);
    expect(highlight('"abc').errors).toEqual([]);
  });
});
