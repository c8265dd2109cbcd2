// Turns the terminal's raw input into key events. Ink splits stdin into sequences (one escape
// sequence, or a run of plain text) but its useInput flattens away what a line editor needs: Alt and
// Ctrl on arrows, F1, Shift+Tab, Shift+Enter in terminals that report it, and bracketed paste. So
// the editor reads Ink's sequences itself and decodes them all here.

export type KeyName =
  | 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'pageup' | 'pagedown' | 'insert'
  | 'return' | 'tab' | 'backspace' | 'delete' | 'escape' | 'space'
  | 'f1' | 'f2' | 'f3' | 'f4' | 'f5' | 'f6' | 'f7' | 'f8' | 'f9' | 'f10' | 'f11' | 'f12'
  /** A letter or symbol pressed with Ctrl and/or Alt (`ctrl` + 'r', `alt` + 'f', `alt` + '.'). */
  | `char:${string}`;

export type KeyEvent =
  /** Printable text typed (one key, or several typed faster than the terminal reports them). */
  | { kind: 'text'; text: string }
  /** Text pasted: bracketed paste, or a burst of typed text that carries line breaks. */
  | { kind: 'paste'; text: string }
  | { kind: 'key'; name: KeyName; ctrl: boolean; alt: boolean; shift: boolean };

const ESC = '\u001b';
const PASTE_START = `${ESC}[200~`;
const PASTE_END = `${ESC}[201~`;

function key(name: KeyName, mods: { ctrl?: boolean; alt?: boolean; shift?: boolean } = {}): KeyEvent {
  return { kind: 'key', name, ctrl: mods.ctrl ?? false, alt: mods.alt ?? false, shift: mods.shift ?? false };
}

/** xterm's modifier parameter: 1 + (shift 1, alt 2, ctrl 4, meta 8). */
function modifiers(param: string | undefined): { ctrl: boolean; alt: boolean; shift: boolean } {
  const n = param ? Number(param) - 1 : 0;
  if (!Number.isFinite(n) || n < 0) return { ctrl: false, alt: false, shift: false };
  return { shift: (n & 1) !== 0, alt: (n & 2) !== 0 || (n & 8) !== 0, ctrl: (n & 4) !== 0 };
}

const csiLetters: Readonly<Record<string, KeyName>> = {
  A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end', P: 'f1', Q: 'f2', R: 'f3', S: 'f4',
};

const tildeCodes: Readonly<Record<string, KeyName>> = {
  '1': 'home', '2': 'insert', '3': 'delete', '4': 'end', '5': 'pageup', '6': 'pagedown', '7': 'home', '8': 'end',
  '11': 'f1', '12': 'f2', '13': 'f3', '14': 'f4', '15': 'f5', '17': 'f6', '18': 'f7', '19': 'f8',
  '20': 'f9', '21': 'f10', '23': 'f11', '24': 'f12',
};

/** A key given by its code point (CSI u, xterm's modifyOtherKeys). */
function fromCodePoint(code: number, mods: { ctrl: boolean; alt: boolean; shift: boolean }): KeyEvent | undefined {
  if (code === 13) return key('return', mods);
  if (code === 9) return key('tab', mods);
  if (code === 27) return key('escape', mods);
  if (code === 127 || code === 8) return key('backspace', mods);
  if (code === 32) return mods.ctrl || mods.alt ? key('space', mods) : { kind: 'text', text: ' ' };
  if (code < 32) return undefined;
  const ch = String.fromCodePoint(code);
  if (!mods.ctrl && !mods.alt) return { kind: 'text', text: mods.shift ? ch.toUpperCase() : ch };
  return key(`char:${ch.toLowerCase()}`, mods);
}

function decodeCsi(body: string, alt: boolean): KeyEvent | undefined {
  // body is what follows `ESC [`: parameters and a final byte.
  const final = body[body.length - 1]!;
  const params = body.slice(0, -1).replace(/^\[/, '').split(';');
  if (final === '~') {
    if (params[0] === '27' && params.length >= 3) return fromCodePoint(Number(params[2]), modifiers(params[1]));
    const name = tildeCodes[params[0] ?? ''];
    if (!name) return undefined;
    const m = modifiers(params[1]);
    return key(name, { ...m, alt: m.alt || alt });
  }
  if (final === 'u') {
    const m = modifiers(params[1]);
    return fromCodePoint(Number(params[0]), { ...m, alt: m.alt || alt });
  }
  if (final === 'Z') return key('tab', { shift: true, alt });
  // Linux console: ESC [ [ A .. E are F1..F5.
  if (body.startsWith('[') && /^[A-E]$/.test(final)) return key(`f${'ABCDE'.indexOf(final) + 1}` as KeyName);
  const name = csiLetters[final];
  if (!name) return undefined;
  const m = modifiers(params[1]);
  return key(name, { ...m, alt: m.alt || alt });
}

function decodeControl(ch: string, alt: boolean): KeyEvent {
  const code = ch.charCodeAt(0);
  if (ch === '\r' || ch === '\n') return key('return', { alt });
  if (ch === '\t') return key('tab', { alt });
  if (code === 127) return key('backspace', { alt });
  // Most terminals send ^H for Ctrl+Backspace (and ^? for Backspace).
  if (code === 8) return key('backspace', { ctrl: true, alt });
  if (code === 0) return key('space', { ctrl: true, alt });
  if (code === 27) return key('escape', { alt });
  if (code === 0x1f) return key('char:_', { ctrl: true, alt }); // Ctrl+_ / Ctrl+/ (undo)
  if (code >= 1 && code <= 26) return key(`char:${String.fromCharCode(code + 96)}`, { ctrl: true, alt });
  return key(`char:${String.fromCharCode(code + 64).toLowerCase()}`, { ctrl: true, alt });
}

/** Decodes one sequence as Ink delivers it (never a bracketed-paste marker; the decoder handles those). */
export function decodeSequence(seq: string): KeyEvent[] {
  if (seq === '') return [];
  if (seq.startsWith(ESC)) {
    if (seq.length === 1) return [key('escape')];
    let rest = seq.slice(1);
    let alt = false;
    if (rest.startsWith(ESC)) {
      // ESC ESC [ C: Alt+Right in terminals that prefix Alt with an escape.
      alt = true;
      rest = rest.slice(1);
      if (rest === '') return [key('escape', { alt: true })];
    }
    if (rest.startsWith('[') && rest.length >= 2) {
      const k = decodeCsi(rest.slice(1), alt);
      return k ? [k] : [];
    }
    if (rest.startsWith('O') && rest.length === 2) {
      const name = csiLetters[rest[1]!];
      return name ? [key(name, { alt })] : [];
    }
    // ESC followed by one character: Alt+character.
    const ch = rest;
    if (ch.length > 0 && ch.charCodeAt(0) < 32) {
      // Alt+Enter is a binding; any other ESC + control character is Escape and then that key,
      // typed (or sent by tmux) in one burst.
      if (ch[0] === '\r' || ch[0] === '\n') return [decodeControl(ch[0], true)];
      return [key('escape'), decodeControl(ch[0]!, false)];
    }
    if (ch === '\u007f') return [key('backspace', { alt: true })];
    if (ch === ' ') return [key('space', { alt: true })];
    return [key(`char:${ch.toLowerCase()}`, { alt: true, shift: ch !== ch.toLowerCase() })];
  }
  // A run of plain text. Line breaks inside a longer run are a paste from a terminal without
  // bracketed paste: keep it whole so it becomes one input, not one command per line.
  // A trailing line break of such a paste is an Enter, as the terminal sent it.
  const body = seq.replace(/[\r\n]+$/, '');
  if (body.length > 0 && /[\r\n]/.test(body)) {
    const events: KeyEvent[] = [{ kind: 'paste', text: body }];
    if (body.length < seq.length) events.push(key('return'));
    return events;
  }
  const events: KeyEvent[] = [];
  let text = '';
  for (const ch of seq) {
    const code = ch.codePointAt(0)!;
    if (code < 32 || code === 127) {
      if (text) events.push({ kind: 'text', text });
      text = '';
      events.push(decodeControl(ch, false));
    } else {
      text += ch;
    }
  }
  if (text) events.push({ kind: 'text', text });
  return events;
}

/** Stateful: collects bracketed paste (which may span many of Ink's sequences) into one event. */
export class KeyDecoder {
  private paste: string | undefined;

  feed(seq: string): KeyEvent[] {
    if (this.paste !== undefined) {
      const end = seq.indexOf(PASTE_END);
      if (end < 0) {
        this.paste += seq;
        return [];
      }
      const text = this.paste + seq.slice(0, end);
      this.paste = undefined;
      return [{ kind: 'paste', text }, ...this.feed(seq.slice(end + PASTE_END.length))];
    }
    const start = seq.indexOf(PASTE_START);
    if (start >= 0) {
      const before = decodeSequence(seq.slice(0, start));
      this.paste = '';
      return [...before, ...this.feed(seq.slice(start + PASTE_START.length))];
    }
    return decodeSequence(seq);
  }
}

/** `Ctrl+R`, `Alt+Right`, `Shift+Tab`: for docs and messages. */
export function describeKey(k: KeyEvent): string {
  if (k.kind !== 'key') return k.kind;
  const name = k.name.startsWith('char:') ? k.name.slice(5).toUpperCase() : k.name[0]!.toUpperCase() + k.name.slice(1);
  return [k.ctrl ? 'Ctrl' : '', k.alt ? 'Alt' : '', k.shift ? 'Shift' : '', name].filter(Boolean).join('+');
}
