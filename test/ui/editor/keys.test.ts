import { describe, expect, it } from 'vitest';
import { KeyDecoder, decodeSequence, describeKey } from '../../../src/ui/editor/keys.js';

const names = (seq: string) => decodeSequence(seq).map(describeKey);

describe('decoding what the terminal sends', () => {
  it('plain typing is text, control characters are Ctrl+letter', () => {
    expect(decodeSequence('Get')).toEqual([{ kind: 'text', text: 'Get' }]);
    expect(names('\u0012')).toEqual(['Ctrl+R']);
    expect(names('\u0017')).toEqual(['Ctrl+W']);
    expect(names('\r')).toEqual(['Return']);
    expect(names('\t')).toEqual(['Tab']);
    expect(names('\u007f')).toEqual(['Backspace']);
    expect(names('\u0008')).toEqual(['Ctrl+Backspace']);
    expect(names('\u0000')).toEqual(['Ctrl+Space']);
    expect(names('\u001f')).toEqual(['Ctrl+_']);
  });

  it('arrows with Ctrl and Alt in xterm encoding, and Alt as an escape prefix', () => {
    expect(names('\u001b[A')).toEqual(['Up']);
    expect(names('\u001b[1;5C')).toEqual(['Ctrl+Right']);
    expect(names('\u001b[1;3D')).toEqual(['Alt+Left']);
    expect(names('\u001b\u001b[C')).toEqual(['Alt+Right']);
    expect(names('\u001bOH')).toEqual(['Home']);
    expect(names('\u001b[4~')).toEqual(['End']);
    expect(names('\u001b[3~')).toEqual(['Delete']);
    expect(names('\u001bb')).toEqual(['Alt+B']);
    expect(names('\u001bd')).toEqual(['Alt+D']);
    expect(names('\u001b\u007f')).toEqual(['Alt+Backspace']);
    expect(names('\u001b\r')).toEqual(['Alt+Return']);
    expect(names('\u001b')).toEqual(['Escape']);
    // Escape then Ctrl+U in one burst is two keys, not an Alt+Ctrl chord.
    expect(names('\u001b\u0015')).toEqual(['Escape', 'Ctrl+U']);
  });

  it('F1 in its several encodings, Shift+Tab, and Shift+Enter where the terminal reports it', () => {
    expect(names('\u001bOP')).toEqual(['F1']);
    expect(names('\u001b[11~')).toEqual(['F1']);
    expect(names('\u001b[[A')).toEqual(['F1']);
    expect(names('\u001b[Z')).toEqual(['Shift+Tab']);
    expect(names('\u001b[13;2u')).toEqual(['Shift+Return']);
    expect(names('\u001b[27;2;13~')).toEqual(['Shift+Return']);
  });

  it('typed text and a control key in one burst come apart in order', () => {
    expect(names('ls\r')).toEqual(['text', 'Return']);
  });

  it('a burst with line breaks inside is a paste; its trailing line break is Enter', () => {
    expect(decodeSequence('a\rb\r')).toEqual([
      { kind: 'paste', text: 'a\rb' },
      { kind: 'key', name: 'return', ctrl: false, alt: false, shift: false },
    ]);
  });

  it('bracketed paste is one event, even across several reads and with escapes inside', () => {
    const d = new KeyDecoder();
    expect(d.feed('\u001b[200~')).toEqual([]);
    expect(d.feed('function f {\r')).toEqual([]);
    expect(d.feed('  1\r}')).toEqual([]);
    expect(d.feed('\u001b[201~')).toEqual([{ kind: 'paste', text: 'function f {\r  1\r}' }]);
    expect(d.feed('x')).toEqual([{ kind: 'text', text: 'x' }]);
    expect(new KeyDecoder().feed('\u001b[200~a\rb\u001b[201~')).toEqual([{ kind: 'paste', text: 'a\rb' }]);
  });
});
