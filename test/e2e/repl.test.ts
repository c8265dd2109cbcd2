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
    await t.waitFor(/^3$/m, 120_000);
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
  }, 300_000);

  it('80×24 with --sandbox: Tab completes a remote cmdlet and its parameters, and the line runs against the sandbox', async () => {
    terminal = new TmuxTerminal(80, 24, ['--sandbox'], env, data);
    const t = terminal;
    // The Exchange cmdlets come with the connection, as Connect-ExchangeOnline brings them in pwsh.
    await t.waitFor(/^Connected to the sandbox tenant contoso/m, 120_000);
    t.type('Get-EXOMailb');
    t.keys('Tab');
    // The first of Get-EXOMailbox, Get-EXOMailboxFolderPermission... in pwsh's (alphabetical) order.
    await t.waitFor(/PS ~> Get-EXOMailbox\s*$/);
    t.type(' -ResultSi');
    t.keys('Tab');
    await t.waitFor(/PS ~> Get-EXOMailbox -ResultSize\s*$/);
    t.type(' 2 -WarningA');
    t.keys('Tab');
    await t.waitFor(/PS ~> Get-EXOMailbox -ResultSize 2 -WarningAction\s*$/);
    // A parameter's value completes from its set too (ActionPreference).
    t.type(' SilentlyC');
    t.keys('Tab');
    await t.waitFor(/-WarningAction SilentlyContinue\s*$/);
    t.type(' | Measure-Object | Select-Object -ExpandProperty Count');
    t.keys('Enter');
    const screen = await t.waitFor(/^2\nPS \[contoso\] ~>\s*$/m, 90_000);
    // The echo of the line wraps at the 80th column.
    expect(screen).toContain('PS [contoso] ~> Get-EXOMailbox -ResultSize 2 -WarningAction SilentlyContinue | M');
  }, 300_000);

  it('Ctrl+R finds an earlier line as it is typed, and Enter runs it', async () => {
    terminal = new TmuxTerminal(80, 24, [], env, data);
    const t = terminal;
    await t.waitFor(PROMPT);
    t.type("'needle-' + 42");
    t.keys('Enter');
    await t.waitFor(/^needle-42\nPS ~>\s*$/m);
    t.type("'hay'");
    t.keys('Enter');
    await t.waitFor(/^hay\nPS ~>\s*$/m);
    t.keys('C-r');
    await t.waitFor(/^bck-i-search:\s*$/m);
    t.type('needl');
    const found = await t.waitFor(/^PS ~> 'needle-' \+ 42\s*\nbck-i-search: needl\s*$/m);
    expect(found).not.toMatch(/^failed/m);
    t.keys('Enter');
    const ran = await t.waitFor(/^needle-42\nPS ~>\s*$/m);
    // Run twice now: once typed, once found.
    expect(ran.match(/^needle-42$/gm)).toHaveLength(2);
    expect(ran).not.toContain('bck-i-search');
  }, 240_000);

  it('keys typed while a command runs wait for the next prompt, Enter included', async () => {
    terminal = new TmuxTerminal(80, 24, [], env, data);
    const t = terminal;
    await t.waitFor(PROMPT);
    t.type('Start-Sleep -Seconds 2; "slept"');
    t.keys('Enter');
    // Running: the echoed line is the last one, no prompt under it.
    await t.waitFor(/^PS ~> Start-Sleep -Seconds 2; "slept"\s*$/m);
    t.type("'typed ahead'");
    t.keys('Enter');
    const screen = await t.waitFor(/^slept\nPS ~> 'typed ahead'\ntyped ahead\nPS ~>\s*$/m);
    expect(screen).not.toMatch(/^PS ~> 'typed ahead'$[\s\S]*^slept$/m);
  }, 240_000);

  it('Ctrl+C cancels a long listing: the rows so far stay and the prompt comes back', async () => {
    terminal = new TmuxTerminal(80, 24, [], env, data);
    const t = terminal;
    await t.waitFor(PROMPT);
    t.type('1..100000000 | ForEach-Object { "row $_" }');
    t.keys('Enter');
    await t.waitFor(/^row \d{3,}$/m);
    t.keys('C-c');
    const screen = await t.waitFor(/^row \d+\n+PS ~>\s*$/m);
    expect(screen).not.toContain('row 100000000');
    t.type('"still here"');
    t.keys('Enter');
    await t.waitFor(/^still here\nPS ~>\s*$/m);
  }, 240_000);

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
  }, 240_000);

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
  }, 240_000);

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
  }, 240_000);
});
