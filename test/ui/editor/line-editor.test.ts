// The LineEditor component in Ink: keys in through stdin, frames out, as a user sees them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localCommands } from '../../../src/commands/index.js';
// The local cmdlets are given explicitly: the runtime's Session is moving to carry none of its own.
import { Session } from '../../../src/local-session.js';
import type { LineEditorProps } from '../../../src/ui/editor/contract.js';
import { LineEditor } from '../../../src/ui/editor/LineEditor.js';

const strip = (s: string | undefined) => (s ?? '').replace(/\u001b\[[0-9;]*m/g, '');

function mount(over: Partial<LineEditorProps> = {}, historyText?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'exosh-editor-'));
  const historyPath = join(dir, 'history.txt');
  if (historyText !== undefined) writeFileSync(historyPath, historyText);
  const session = new Session({ cwd: dir, commands: localCommands });
  const services = session.servicesFor(session.globalScope);
  const calls = { submit: [] as string[], exit: 0, clear: 0 };
  const props: LineEditorProps = {
    prompt: { location: '~', badges: [{ text: '[contoso]', color: 'cyan' }] },
    context: { services, recentOutput: () => [] },
    width: 80,
    active: true,
    onSubmit: (t) => calls.submit.push(t),
    onExit: () => calls.exit++,
    onClearScreen: () => calls.clear++,
    historyPath,
    ...over,
  };
  const r = render(createElement(LineEditor, props));
  const frame = () => strip(r.lastFrame());
  const type = async (...seqs: string[]) => {
    for (const s of seqs) {
      r.stdin.write(s);
      await new Promise((res) => setTimeout(res, 5));
    }
  };
  return { ...r, frame, type, calls, historyPath, props };
}

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const u of unmounts) u();
  unmounts = [];
});

function track<T extends { unmount: () => void }>(m: T): T {
  unmounts.push(m.unmount);
  return m;
}

describe('LineEditor', () => {
  it('shows the prompt with its badges, and what is typed', async () => {
    const m = track(mount());
    await m.type('Get-Date');
    await vi.waitFor(() => expect(m.frame()).toContain('PS [contoso] ~> Get-Date'));
  });

  it('Enter submits complete input and records it in the history file', async () => {
    const m = track(mount());
    await m.type('Get-Date', '\r');
    await vi.waitFor(() => expect(m.calls.submit).toEqual(['Get-Date']));
    expect(readFileSync(m.historyPath, 'utf8')).toBe('Get-Date\n');
    await vi.waitFor(() => expect(m.frame()).not.toContain('Get-Date'));
  });

  it('an open brace continues on a `>>` line', async () => {
    const m = track(mount());
    await m.type('if ($true) {', '\r', '1');
    await vi.waitFor(() => expect(m.frame()).toContain('>> 1'));
    expect(m.calls.submit).toEqual([]);
    await m.type('\r', '}', '\r');
    await vi.waitFor(() => expect(m.calls.submit).toEqual(['if ($true) {\n1\n}']));
  });

  it('Tab completes a cmdlet name', async () => {
    const m = track(mount());
    await m.type('Get-ChildI', '\t');
    await vi.waitFor(() => expect(m.frame()).toContain('~> Get-ChildItem'));
  });

  it('Ctrl+Space shows a menu of candidates under the line', async () => {
    const m = track(mount());
    await m.type('Get-C', '\u0000');
    await vi.waitFor(() => expect(m.frame()).toMatch(/~> Get-C\s*\n.*Get-ChildItem.*Get-Command/));
    await m.type('\u001b[C', '\r');
    await vi.waitFor(() => expect(m.frame()).toContain('~> Get-ChildItem'));
    expect(m.calls.submit).toEqual([]);
  });

  it('Up recalls the history file; prediction shows the rest in grey', async () => {
    const m = track(mount({}, 'Get-Mailbox -ResultSize 5\n'));
    await m.type('Get-M');
    await vi.waitFor(() => expect(m.frame()).toContain('~> Get-Mailbox -ResultSize 5'));
    await m.type('\u001b[C', '\r');
    await vi.waitFor(() => expect(m.calls.submit).toEqual(['Get-Mailbox -ResultSize 5']));
  });

  it('Ctrl+R shows its search status line', async () => {
    const m = track(mount({}, 'Get-Mailbox\nGet-Date\n'));
    await m.type('\u0012', 'Mail');
    await vi.waitFor(() => expect(m.frame()).toContain('bck-i-search: Mail'));
    expect(m.frame()).toContain('~> Get-Mailbox');
  });

  it('a syntax error turns the prompt red and says what is wrong', async () => {
    const m = track(mount());
    await m.type('1 +* 2');
    await vi.waitFor(() => expect(m.frame()).toContain("You must provide a value expression"));
  });

  it('F1 pages the help of the command; q comes back to the line', async () => {
    const m = track(mount());
    await m.type('Get-Date', '\u001bOP');
    await vi.waitFor(() => expect(m.frame()).toContain('NAME'));
    expect(m.frame()).toContain('q: back to the line');
    await m.type('q');
    await vi.waitFor(() => expect(m.frame()).toContain('~> Get-Date'));
  });

  it('Alt+H shows the parameter help below the line', async () => {
    const m = track(mount());
    await m.type('Get-Date -Format', '\u001bh');
    await vi.waitFor(() => expect(m.frame()).toContain('-Format <string>'));
  });

  it('Ctrl+D on an empty line leaves, Ctrl+L clears', async () => {
    const m = track(mount());
    await m.type('\u000c', '\u0004');
    await vi.waitFor(() => expect(m.calls).toMatchObject({ exit: 1, clear: 1 }));
  });

  it('draws nothing and takes no keys while a command runs', async () => {
    const m = track(mount({ active: false }));
    await m.type('abc', '\r');
    expect(m.frame()).toBe('');
    expect(m.calls.submit).toEqual([]);
  });
});
