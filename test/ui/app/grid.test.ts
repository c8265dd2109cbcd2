// Out-ConsoleGridView (ocgv): filter as you type, sort by column, Space selects, Enter passes the
// chosen objects down the pipeline; without the REPL a clear error.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { Session } from '../../../src/local-session.js';
import { outConsoleGridView } from '../../../src/ui/app/grid/out-console-grid-view.js';
import { chosenRows, gridReducer, initialGrid, visibleRows } from '../../../src/ui/app/grid/grid-model.js';
import { ENTER, startApp, tick } from './harness.js';

afterEach(() => cleanup());

const DOWN = '\x1b[B';
const ESC = '\x1b';
const TAB = '\t';

const mailboxes = "@(@{N='alice';Q=50}, @{N='bob';Q=10}, @{N='carol';Q=30}, @{N='dave';Q=20}) | ForEach-Object { [pscustomobject]@{ Name = $_.N; QuotaGB = $_.Q } }";

describe('ocgv in the REPL', () => {
  it('Space selects rows and Enter passes those objects down the pipeline', async () => {
    const app = await startApp();
    await app.type(`${mailboxes} | ocgv | ForEach-Object { "chosen $($_.Name)" }`, ENTER);
    const grid = await app.waitFor('Filter:');
    await tick(50);
    expect(grid).toMatch(/Name +QuotaGB/);
    expect(grid).toContain('4 of 4, 0 selected');
    await app.type(' ', DOWN, DOWN, ' ');
    await app.waitFor('2 selected');
    await app.type(ENTER);
    const frame = await app.waitFor(/chosen carol\nPS /);
    expect(frame).toContain('chosen alice\nchosen carol');
    expect(frame).not.toContain('chosen bob');
  });

  it('typing filters the rows; Enter with nothing selected takes the row under the cursor', async () => {
    const app = await startApp();
    await app.type(`${mailboxes} | Out-ConsoleGridView -Title Mailboxes | ForEach-Object Name`, ENTER);
    await app.waitFor('Mailboxes');
    await tick(50);
    await app.type('ro');
    const filtered = await app.waitFor('1 of 4');
    expect(filtered).toContain('carol');
    expect(filtered).not.toMatch(/^\s+alice/m);
    await app.type(ENTER);
    await app.waitFor(/^carol\nPS /m);
  });

  it('Tab sorts by the next column (numbers as numbers); Esc passes nothing on', async () => {
    const app = await startApp();
    await app.type(`${mailboxes} | ocgv | ForEach-Object Name`, ENTER);
    await app.waitFor('Filter:');
    await tick(50);
    await app.type(TAB, TAB);
    const sorted = await app.waitFor('QuotaGB ▲');
    const order = ['bob', 'dave', 'carol', 'alice'].map((n) => sorted.indexOf(` ${n} `));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await app.type(ESC);
    const after = await app.waitFor(/\| ocgv \| ForEach-Object Name\nPS /);
    expect(after).not.toContain('Filter:');
  });
});

describe('ocgv without the REPL', () => {
  it('is a clear error in batch mode', async () => {
    const r = await new Session({ commands: [outConsoleGridView] }).run('1..3 | ocgv');
    expect(r.errors[0]?.message).toMatch(/^Out-ConsoleGridView needs the interactive exosh prompt/);
    expect(r.output).toEqual([]);
  });
});

describe('the grid model', () => {
  const grid = { title: 't', columns: ['Name', 'Size'], rows: [['b', '10'], ['a', '9'], ['c', '100']], multiple: true };
  it('sorts numbers as numbers and text as text, and reverses', () => {
    let s = gridReducer(grid, initialGrid, { kind: 'sort' }, 10);
    expect(visibleRows(grid, s)).toEqual([1, 0, 2]);
    s = gridReducer(grid, s, { kind: 'sort' }, 10);
    expect(visibleRows(grid, s)).toEqual([1, 0, 2]);
    s = gridReducer(grid, s, { kind: 'reverse' }, 10);
    expect(visibleRows(grid, s)).toEqual([2, 0, 1]);
  });

  it('keeps the cursor in the window while scrolling', () => {
    const many = { ...grid, rows: Array.from({ length: 50 }, (_, i) => [`m${i}`, String(i)]) };
    let s = initialGrid;
    for (let i = 0; i < 12; i++) s = gridReducer(many, s, { kind: 'move', by: 1 }, 5);
    expect(s.cursor).toBe(12);
    expect(s.top).toBe(8);
    s = gridReducer(many, s, { kind: 'move', by: -100 }, 5);
    expect(s).toMatchObject({ cursor: 0, top: 0 });
    expect(chosenRows(many, s)).toEqual([0]);
  });
});
