import { describe, expect, it } from 'vitest';
import { inputIsIncomplete } from '../../../src/ui/editor/continuation.js';
import { History } from '../../../src/ui/history/history.js';
import type { CompletionResult } from '../../../src/ui/completion/candidate.js';
import { decodeSequence, type KeyEvent } from '../../../src/ui/editor/keys.js';
import { initialState, predictionFor, reduce, type EditorDeps, type EditorEffect, type EditorState } from '../../../src/ui/editor/state.js';

function deps(history: string[] = [], over: Partial<EditorDeps> = {}): EditorDeps {
  return {
    history: new History(history),
    isIncomplete: inputIsIncomplete,
    complete: (): CompletionResult => ({ replaceStart: 0, replaceEnd: 0, candidates: [] }),
    commandHelp: () => undefined,
    parameterHelp: () => undefined,
    width: 80,
    pageHeight: 10,
    ...over,
  };
}

const K = {
  enter: '\r', up: '\u001b[A', down: '\u001b[B', left: '\u001b[D', right: '\u001b[C', home: '\u001b[H', end: '\u001b[F',
  ctrlLeft: '\u001b[1;5D', ctrlRight: '\u001b[1;5C', altRight: '\u001b[1;3C', bs: '\u007f', del: '\u001b[3~',
  ctrlA: '\u0001', ctrlC: '\u0003', ctrlD: '\u0004', ctrlE: '\u0005', ctrlK: '\u000b', ctrlL: '\u000c', ctrlR: '\u0012',
  ctrlU: '\u0015', ctrlW: '\u0017', ctrlY: '\u0019', ctrlZ: '\u001a', altD: '\u001bd', esc: '\u001b', tab: '\t',
  shiftTab: '\u001b[Z', ctrlSpace: '\u0000', shiftEnter: '\u001b[13;2u', f1: '\u001bOP', altH: '\u001bh',
};

/** Types a script of sequences; plain strings are typed character by character. */
function run(keys: string[], d = deps(), start: EditorState = initialState) {
  let state = start;
  const effects: EditorEffect[] = [];
  for (const seq of keys) {
    const events: KeyEvent[] = seq.startsWith('\u001b') || seq.length === 1 ? decodeSequence(seq) : [...seq].map((c) => decodeSequence(c)[0]!);
    for (const e of events) {
      const t = reduce(state, e, d);
      state = t.state;
      if (t.effect) effects.push(t.effect);
    }
  }
  return { state, effects, shown: state.buffer.text.slice(0, state.buffer.cursor) + '|' + state.buffer.text.slice(state.buffer.cursor) };
}

describe('Enter asks the parser', () => {
  it('complete input is submitted whole', () => {
    expect(run(['Get-Date', K.enter]).effects).toEqual([{ type: 'submit', text: 'Get-Date' }]);
  });

  it('an open brace continues on a new line, and the closing brace submits all lines', () => {
    const r = run(['function f {', K.enter, '1', K.enter, '}', K.enter]);
    expect(r.effects).toEqual([{ type: 'submit', text: 'function f {\n1\n}' }]);
  });

  it('a trailing pipe and an open quote continue too; a syntax error is submitted (pwsh reports it)', () => {
    expect(run(['Get-Date |', K.enter]).effects).toEqual([]);
    expect(run(['@"', K.enter, 'text', K.enter]).effects).toEqual([]);
  });

  it('a final backtick continues the line, blanks after it or not; one inside a string or comment does not', () => {
    expect(run(['Get-Date `', K.enter]).shown).toBe('Get-Date `\n|');
    expect(run(['Get-Date -Year 2024 `  ', K.enter]).shown).toBe('Get-Date -Year 2024 `\n|');
    expect(run(['Get-Date `', K.enter, '  -Month 2', K.enter]).effects).toEqual([{ type: 'submit', text: 'Get-Date `\n  -Month 2' }]);
    expect(run(["'a`'", K.enter]).effects).toEqual([{ type: 'submit', text: "'a`'" }]);
    expect(run(['Get-Date # note `', K.enter]).effects).toEqual([{ type: 'submit', text: 'Get-Date # note `' }]);
    expect(run(['Write-Output ``', K.enter]).effects).toEqual([{ type: 'submit', text: 'Write-Output ``' }]);
    expect(run(['"abc', K.enter]).shown).toBe('"abc\n|');
    expect(run(['1 +* 2', K.enter]).effects).toEqual([{ type: 'submit', text: '1 +* 2' }]);
  });

  it('Shift+Enter always adds a line', () => {
    const r = run(['Get-Date', K.shiftEnter]);
    expect(r.effects).toEqual([]);
    expect(r.shown).toBe('Get-Date\n|');
  });

  it('a pasted multi-line script is one input, run by one Enter', () => {
    let state = initialState;
    const d = deps();
    state = reduce(state, { kind: 'paste', text: '$a = 1\r\n$b = 2\r\n' }, d).state;
    expect(state.buffer.text).toBe('$a = 1\n$b = 2');
    expect(reduce(state, decodeSequence('\r')[0]!, d).effect).toEqual({ type: 'submit', text: '$a = 1\n$b = 2' });
  });
});

describe('editing keys', () => {
  it('Ctrl+A and Ctrl+E, Home and End', () => {
    expect(run(['Get-Date', K.ctrlA]).shown).toBe('|Get-Date');
    expect(run(['Get-Date', K.home, K.ctrlE]).shown).toBe('Get-Date|');
  });

  it('Ctrl+W, Ctrl+U, Ctrl+K, Alt+D, and Ctrl+Y puts the last deletion back', () => {
    expect(run(['Get-Mailbox -Identity bob', K.ctrlW]).shown).toBe('Get-Mailbox -Identity |');
    expect(run(['Get-Mailbox -Identity bob', K.ctrlU]).shown).toBe('|');
    expect(run(['Get-Mailbox -Identity bob', K.home, K.ctrlK]).shown).toBe('|');
    expect(run(['Get-Mailbox -Identity bob', K.home, K.altD]).shown).toBe('|-Mailbox -Identity bob');
    expect(run(['Get-Mailbox bob', K.ctrlW, K.home, K.ctrlY]).shown).toBe('bob|Get-Mailbox ');
  });

  it('Ctrl+Z undoes a word typed as one step, then each deletion', () => {
    const r = run(['Get-Date', ' ', '-Format', K.bs, K.bs]);
    expect(r.shown).toBe('Get-Date -Form|');
    const u1 = run([K.ctrlZ], deps(), r.state);
    expect(u1.shown).toBe('Get-Date -Forma|');
    const u2 = run([K.ctrlZ, K.ctrlZ], deps(), u1.state);
    expect(u2.shown).toBe('|');
  });

  it('Ctrl+Left and Ctrl+Right move by word', () => {
    expect(run(['Get-Mailbox -Identity', K.ctrlLeft]).shown).toBe('Get-Mailbox -|Identity');
    expect(run(['Get-Mailbox -Identity', K.ctrlLeft, K.ctrlLeft]).shown).toBe('Get-|Mailbox -Identity');
    expect(run(['Get-Mailbox', K.home, K.ctrlRight]).shown).toBe('Get-|Mailbox');
  });

  it('Escape clears the line, Ctrl+L asks for a clear screen', () => {
    expect(run(['Get-Date', K.esc]).shown).toBe('|');
    expect(run([K.ctrlL]).effects).toEqual([{ type: 'clearScreen' }]);
  });
});

describe("Emacs mode's other editing keys, as pwsh 7.6's PSReadLine does them", () => {
  const ctrlT = '\u0014';
  const altU = '\u001bu';
  const altL = '\u001bl';
  const altC = '\u001bc';
  const altR = '\u001br';

  it('Ctrl+T swaps the two characters before the cursor at the end of the line, else the one before with the one under it', () => {
    expect(run(['abc', ctrlT]).shown).toBe('acb|');
    expect(run(['abc', K.home, K.right, ctrlT]).shown).toBe('ba|c');
    expect(run(['abc', K.home, ctrlT]).shown).toBe('|abc');
    expect(run(['Get-Mailbxo', ctrlT, ctrlT]).shown).toBe('Get-Mailbxo|');
  });

  it('Alt+U, Alt+L and Alt+C change the case from the cursor to the end of the word, the cursor moving there', () => {
    expect(run(['get-mailbox foo', K.home, altU]).shown).toBe('GET|-mailbox foo');
    expect(run(['GET-mailbox foo', K.home, altL]).shown).toBe('get|-mailbox foo');
    expect(run(['get-mAILBOX foo', K.home, altC, altC]).shown).toBe('Get-Mailbox| foo');
    expect(run(['get mailbox', K.home, '\u001bf', altU]).shown).toBe('get MAILBOX|');
  });

  it('each is one step for Ctrl+Z', () => {
    expect(run(['get-mailbox', K.home, altU, K.ctrlZ]).shown).toBe('|get-mailbox');
    expect(run(['abc', ctrlT, K.ctrlZ]).shown).toBe('abc|');
  });

  it('Alt+< recalls the oldest history entry, Alt+> brings back the line being typed', () => {
    const d = deps(['Get-Date', 'Get-Mailbox', 'Get-User']);
    expect(run(['Get-Re', '\u001b<'], d).shown).toBe('Get-Date|');
    expect(run(['Get-Re', '\u001b<', '\u001b>'], d).shown).toBe('Get-Re|');
    // Down after Alt+< walks on from the oldest entry.
    expect(run(['\u001b<', K.down], d).shown).toBe('Get-Mailbox|');
    expect(run(['Get-Re', '\u001b>'], d).shown).toBe('Get-Re|');
  });

  it('Alt+R reverts the line to empty, a recalled one too', () => {
    expect(run(['Get-Date', K.bs, 'X', altR]).shown).toBe('|');
    expect(run([K.up, K.bs, altR], deps(['Get-Date'])).shown).toBe('|');
  });
});

describe('leaving', () => {
  it('Ctrl+D on an empty line leaves; on text it deletes the character under the cursor', () => {
    expect(run([K.ctrlD]).effects).toEqual([{ type: 'exit' }]);
    expect(run(['ab', K.home, K.ctrlD]).shown).toBe('|b');
  });

  it('Ctrl+C clears a line; twice on an empty line leaves, with a hint after the first', () => {
    expect(run(['Get-Date', K.ctrlC]).shown).toBe('|');
    expect(run(['Get-Date', K.ctrlC]).effects).toEqual([{ type: 'cancel', text: 'Get-Date' }]);
    const once = run([K.ctrlC]);
    expect(once.effects).toEqual([]);
    expect(once.state.tip).toBe('Press Ctrl+C again to exit.');
    expect(run([K.ctrlC, K.ctrlC]).effects).toEqual([{ type: 'exit' }]);
    expect(run([K.ctrlC, 'x', K.bs, K.ctrlC]).effects).toEqual([]);
  });
});

describe('history', () => {
  const h = () => deps(['Get-Mailbox', 'Get-Date', 'function f {\n  1\n}', 'Get-Mailbox -ResultSize 5']);

  it('Up recalls newest first, Down comes back to the line being typed', () => {
    expect(run([K.up], h()).shown).toBe('Get-Mailbox -ResultSize 5|');
    expect(run([K.up, K.up], h()).shown).toBe('function f {\n  1\n}|');
    expect(run(['Get-', K.up, K.up, K.down, K.down], h()).shown).toBe('Get-|');
  });

  it('Up with text typed first recalls only entries that start with it', () => {
    expect(run(['get-m', K.up], h()).shown).toBe('Get-Mailbox -ResultSize 5|');
    expect(run(['get-m', K.up, K.up], h()).shown).toBe('Get-Mailbox|');
    expect(run(['get-m', K.up, K.up, K.up], h()).shown).toBe('Get-Mailbox|');
  });

  it('Up moves between the lines of a recalled multi-line entry before going further back', () => {
    const r = run([K.up, K.up, K.up], h());
    expect(r.shown).toBe('function f {\n | 1\n}');
  });

  it('Ctrl+R searches backwards as you type; Ctrl+R again finds older; Enter runs the match', () => {
    const r = run([K.ctrlR, 'Mail'], h());
    expect(r.state.search?.query).toBe('Mail');
    expect(r.state.buffer.text).toBe('Get-Mailbox -ResultSize 5');
    const older = run([K.ctrlR], h(), r.state);
    expect(older.state.buffer.text).toBe('Get-Mailbox');
    expect(run([K.enter], h(), older.state).effects).toEqual([{ type: 'submit', text: 'Get-Mailbox' }]);
  });

  it('a search that finds nothing says so; Escape restores the line', () => {
    const r = run(['x', K.ctrlR, 'zzz'], h());
    expect(r.state.search?.failed).toBe(true);
    expect(run([K.esc], h(), r.state).shown).toBe('x|');
  });

  it('another key takes the match into the line for editing', () => {
    const r = run([K.ctrlR, 'Date', K.end, ' -Format o'], h());
    expect(r.state.search).toBeUndefined();
    expect(r.shown).toBe('Get-Date -Format o|');
  });
});

describe('Alt+. (the last argument of a previous command)', () => {
  it('puts in the last argument of the previous command; again, of the one before', () => {
    const d = deps(["Get-Content './my file.txt'", 'Get-Mailbox -Identity bob@contoso.com']);
    const once = run(['Set-Mailbox ', '\u001b.'], d);
    expect(once.shown).toBe('Set-Mailbox bob@contoso.com|');
    expect(run(['\u001b.'], d, once.state).shown).toBe("Set-Mailbox './my file.txt'|");
  });
});

describe('inline prediction', () => {
  const h = () => deps(['Get-Mailbox -ResultSize 5 | Format-List', 'Get-Date']);

  it('offers the rest of the newest matching entry; Right accepts it', () => {
    const r = run(['Get-M'], h());
    expect(predictionFor(r.state, h().history)).toBe('ailbox -ResultSize 5 | Format-List');
    expect(run([K.right], h(), r.state).shown).toBe('Get-Mailbox -ResultSize 5 | Format-List|');
  });

  it('Alt+Right and Ctrl+Right at the end accept one word', () => {
    const r = run(['Get-M', K.altRight], h());
    expect(r.shown).toBe('Get-Mailbox |');
    expect(run([K.ctrlRight], h(), r.state).shown).toBe('Get-Mailbox -ResultSize |');
  });

  it('nothing is predicted with the cursor inside the line', () => {
    expect(predictionFor(run(['Get-M', K.left], h()).state, h().history)).toBeUndefined();
  });
});

describe('completion keys', () => {
  const candidates = ['Get-ChildItem', 'Get-Command', 'Get-Content'].map((t) => ({ completionText: t, listItemText: t, kind: 'command' as const }));
  const d = () => deps([], { complete: (text) => (text.startsWith('Get-C') ? { replaceStart: 0, replaceEnd: 5, candidates: candidates.filter((c) => c.completionText.toLowerCase().startsWith(text.slice(0, 6).toLowerCase())) } : { replaceStart: 0, replaceEnd: 0, candidates: [] }) });

  it('Tab puts in the first candidate and cycles; Shift+Tab goes back', () => {
    expect(run(['Get-C', K.tab], d()).shown).toBe('Get-ChildItem|');
    expect(run(['Get-C', K.tab, K.tab], d()).shown).toBe('Get-Command|');
    expect(run(['Get-C', K.tab, K.tab, K.tab, K.tab], d()).shown).toBe('Get-ChildItem|');
    expect(run(['Get-C', K.shiftTab], d()).shown).toBe('Get-Content|');
  });

  it('typing after a completion keeps it and goes on', () => {
    expect(run(['Get-C', K.tab, ' -Path'], d()).shown).toBe('Get-ChildItem -Path|');
  });

  it('Ctrl+Space opens a menu; arrows choose, Enter takes it without running', () => {
    const open = run(['Get-C', K.ctrlSpace], d());
    expect(open.state.completion?.menu).toBe(true);
    const r = run([K.right, K.right, K.enter], d(), open.state);
    expect(r.effects).toEqual([]);
    expect(r.shown).toBe('Get-Command|');
    expect(r.state.completion).toBeUndefined();
  });

  it('typing in the menu narrows it; Escape restores the line', () => {
    const r = run(['Get-C', K.ctrlSpace, 'o'], d());
    expect(r.state.completion?.candidates.map((c) => c.completionText)).toEqual(['Get-Command', 'Get-Content']);
    expect(run([K.esc], d(), r.state).shown).toBe('Get-Co|');
  });
});

describe('help keys', () => {
  it('F1 opens the pager with the command help; q leaves it', () => {
    const d = deps([], { commandHelp: () => Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n') });
    const r = run(['Get-Date', K.f1], d);
    expect(r.state.pager?.lines.length).toBe(30);
    const scrolled = run([' '], d, r.state);
    expect(scrolled.state.pager?.top).toBe(10);
    expect(run(['q'], d, scrolled.state).state.pager).toBeUndefined();
    expect(run(['q'], d, scrolled.state).shown).toBe('Get-Date|');
  });

  it('Alt+H shows the parameter help under the line until the next key', () => {
    const d = deps([], { parameterHelp: () => '-Format <string>' });
    const r = run(['Get-Date -Format', K.altH], d);
    expect(r.state.tip).toBe('-Format <string>');
    expect(run(['x'], d, r.state).state.tip).toBeUndefined();
  });
});
