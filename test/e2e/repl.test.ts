// The REPL in a real terminal (tmux): the built binary, real keys, what the screen shows.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CLI, TMUX, TmuxTerminal } from './tmux.js';

const missing = !TMUX ? 'tmux is not installed (.ci/run installs it from Debian\'s packages)' : !existsSync(CLI) ? 'dist/ is not built (npm run build)' : undefined;
if (missing) console.warn(`test/e2e skipped: ${missing}`);

const data = mkdtempSync(join(tmpdir(), 'exosh-e2e-'));
// The sandbox child may still be writing its store as it stops.
afterAll(() => rmSync(data, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }));
// CI=true as CI machines set it: a terminal is still a terminal, and Ink must draw in it.
const env = { CI: 'true', NO_COLOR: '1', HOME: data, XDG_DATA_HOME: join(data, 'share'), EXOSH_SANDBOX_MAILBOXES: '60', TERM: 'xterm-256color' };

let terminal: TmuxTerminal | undefined;
afterEach(() => terminal?.close());

/** The prompt of the folder the tests start in ($HOME = the temp folder, shown as ~). */
const PROMPT = /PS (\[contoso\] )?~>/;

describe.skipIf(missing !== undefined)(`exosh in a terminal${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('80×24 with --sandbox: the prompt comes before the sandbox, a remote command waits for it, Up recalls it', async () => {
    terminal = new TmuxTerminal(80, 24, ['--sandbox'], env, data);
    const t = terminal;
    await t.waitFor(/PS ~>/);
    t.type('(Get-EXOMailbox -ResultSize 3 -WarningAction SilentlyContinue).Count');
    t.keys('Enter');
    await t.waitFor(/^3$/m, 90_000);
    // Connected now: the badge names the tenant.
    const screen = await t.waitFor(/PS \[contoso\] ~>\s*$/);
    expect(screen).toContain('PS ~> (Get-EXOMailbox -ResultSize 3 -WarningAction SilentlyContinue).Count');
    t.keys('Up');
    // Recalled under the badge prompt (the editor wraps the long line at a word).
    await t.waitFor(/PS \[contoso\] ~> \(Get-EXOMailbox -ResultSize 3 -WarningAction\s+SilentlyContinue\)\.Count\s*$/);
    t.keys('C-c');
    await t.waitFor(/PS \[contoso\] ~>\s*$/);
    t.type('Get-ConnectionInformation | Select-Object -ExpandProperty TokenStatus');
    t.keys('Enter');
    await t.waitFor(/^Active$/m);
    t.type('exit');
    t.keys('Enter');
    await t.waitFor(/\[exited 0\]/);
  }, 180_000);

  it('Ctrl+C cancels a long listing: the rows so far stay and the prompt comes back', async () => {
    terminal = new TmuxTerminal(80, 24, [], env, data);
    const t = terminal;
    await t.waitFor(PROMPT);
    t.type('1..100000000 | ForEach-Object { "row $_" }');
    t.keys('Enter');
    await t.waitFor(/^row \d{3,}$/m);
    t.keys('C-c');
    const screen = await t.waitFor(/^row \d+\n+PS ~>\s*$/m, 15_000);
    expect(screen).not.toContain('row 100000000');
    t.type('"still here"');
    t.keys('Enter');
    await t.waitFor(/^still here\nPS ~>\s*$/m);
  }, 90_000);

  it('a multi-line function definition continues on >> lines and then runs', async () => {
    terminal = new TmuxTerminal(80, 24, [], env, data);
    const t = terminal;
    await t.waitFor(PROMPT);
    t.type('function Get-Square($n) {');
    t.keys('Enter');
    await t.waitFor(/^>>\s*$/m);
    t.type('  $n * $n');
    t.keys('Enter');
    t.type('}');
    t.keys('Enter');
    await t.waitFor(/>> }\nPS ~>\s*$/m);
    t.type('Get-Square 12');
    t.keys('Enter');
    await t.waitFor(/^144\nPS ~>\s*$/m);
  }, 60_000);

  it('200×50: tables use the whole width; Ctrl+D leaves', async () => {
    terminal = new TmuxTerminal(200, 50, [], env, data);
    const t = terminal;
    await t.waitFor(PROMPT);
    t.type("[pscustomobject]@{ Name = 'n' * 90; Value = 'v' * 90 } | Format-Table");
    t.keys('Enter');
    const screen = await t.waitFor(/^n{90} v{90}\s*$/m);
    expect(screen).not.toContain('…');
    t.keys('C-d');
    await t.waitFor(/\[exited 0\]/);
  }, 60_000);

  it('80×24: the same table is cut to the terminal', async () => {
    terminal = new TmuxTerminal(80, 24, [], env, data);
    const t = terminal;
    await t.waitFor(PROMPT);
    t.type("[pscustomobject]@{ Name = 'n' * 90; Value = 'v' * 90 } | Format-Table");
    t.keys('Enter');
    await t.waitFor(/…/);
    const rows = t.lines().filter((l) => /^n+/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.length).toBeLessThanOrEqual(80);
  }, 60_000);
});
