import { describe, expect, it } from 'vitest';
import * as B from '../../../src/ui/editor/buffer.js';

const at = (text: string) => {
  // `|` marks the cursor.
  const cursor = text.indexOf('|');
  return B.bufferOf(text.replace('|', ''), cursor);
};
const show = (b: B.Buffer) => b.text.slice(0, b.cursor) + '|' + b.text.slice(b.cursor);

describe('moving', () => {
  it('by word: Ctrl+Left to the start of the word, Ctrl+Right to the start of the next', () => {
    expect(show(B.wordLeft(at('Get-Mailbox -Identity bob|')))).toBe('Get-Mailbox -Identity |bob');
    expect(show(B.wordLeft(at('Get-Mailbox -|Identity')))).toBe('Get-|Mailbox -Identity');
    expect(show(B.wordRight(at('|Get-Mailbox -Identity')))).toBe('Get-|Mailbox -Identity');
    expect(show(B.wordEnd(at('|Get-Mailbox')))).toBe('Get|-Mailbox');
  });

  it('Home and End stay on the cursor line of multi-line input', () => {
    expect(show(B.home(at('if ($x) {\n  Get-D|ate\n}')))).toBe('if ($x) {\n|  Get-Date\n}');
    expect(show(B.end(at('if ($x) {\n  Get-D|ate\n}')))).toBe('if ($x) {\n  Get-Date|\n}');
  });

  it('Up and Down keep the column between lines, and report the edges', () => {
    expect(show(B.verticalMove(at('abcdef\nab|c'), -1)!)).toBe('ab|cdef\nabc');
    expect(show(B.verticalMove(at('abcd|ef\nabc'), 1)!)).toBe('abcdef\nabc|');
    expect(B.verticalMove(at('ab|c'), -1)).toBeUndefined();
    expect(B.verticalMove(at('ab|c'), 1)).toBeUndefined();
  });

  it('never splits a surrogate pair', () => {
    expect(show(B.left(at('a😀|')))).toBe('a|😀');
    expect(show(B.deleteBackward(at('a😀|')).buffer)).toBe('a|');
  });
});

describe('deleting', () => {
  it('Ctrl+W deletes back to whitespace; Ctrl+Backspace back to a word start', () => {
    expect(show(B.deleteWhitespaceWordBackward(at('Get-Mailbox -Identity|')).buffer)).toBe('Get-Mailbox |');
    expect(show(B.deleteWordBackward(at('Get-Mailbox -Identity|')).buffer)).toBe('Get-Mailbox -|');
  });

  it('Alt+D deletes to the end of the word, and says what it removed', () => {
    const c = B.deleteWordForward(at('Get-|Mailbox -Identity'));
    expect(show(c.buffer)).toBe('Get-| -Identity');
    expect(c.removed).toBe('Mailbox');
  });

  it('Ctrl+U and Ctrl+K delete to the start and end of the line', () => {
    expect(show(B.deleteToLineStart(at('Get-Date -Format |o')).buffer)).toBe('|o');
    expect(show(B.deleteToLineEnd(at('Get-Date| -Format o')).buffer)).toBe('Get-Date|');
    expect(show(B.deleteToLineEnd(at('a {|\nb')).buffer)).toBe('a {|b');
    expect(show(B.deleteToLineStart(at('a {\n|b')).buffer)).toBe('a {|b');
  });

  it('pasted Windows line ends become plain line breaks', () => {
    expect(B.normalisePaste('a\r\nb\rc')).toBe('a\nb\nc');
  });
});
