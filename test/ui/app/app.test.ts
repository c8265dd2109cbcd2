// The REPL's app shell on a fake terminal: commands run and their output streams above the prompt,
// Ctrl+C cancels, prompts are answered inside the UI, and the ways out.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { CommandDefinition } from '../../../src/runtime/command.js';
import { CTRL_C, CTRL_D, ENTER, UP, startApp, tick } from './harness.js';

afterEach(() => cleanup());

/** `Get-Slowly`: writes 1, 2, 3, then waits for the test's go-ahead before 4 (or for Ctrl+C). */
function slowCommand() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let aborted = false;
  const definition: CommandDefinition = {
    metadata: { name: 'Get-Slowly', parameters: [] },
    create: (ctx) => ({
      async end() {
        for (const n of [1, 2, 3]) await ctx.write(`row ${n}`);
        await new Promise<void>((resolve) => {
          gate.then(resolve);
          ctx.signal.addEventListener('abort', () => {
            aborted = true;
            resolve();
          });
        });
        await ctx.write('row 4');
      },
    }),
  };
  return { definition, release: () => release(), aborted: () => aborted };
}

describe('running a command', () => {
  it('echoes the command line after the prompt and shows its output above a fresh prompt', async () => {
    const app = await startApp({ cwd: '/home/admin/scripts' });
    await app.waitFor('PS ~/scripts>');
    await app.type('1..3 | ForEach-Object { $_ * 2 }', ENTER);
    const frame = await app.waitFor(/6\nPS ~\/scripts>$/);
    expect(frame).toContain('PS ~/scripts> 1..3 | ForEach-Object { $_ * 2 }\n2\n4\n6');
    expect(frame.trimEnd().split('\n').at(-1)).toMatch(/^PS ~\/scripts>$/);
  });

  it('shows rows as the pipeline produces them, before it ends', async () => {
    const slow = slowCommand();
    const app = await startApp({ commands: [slow.definition] });
    await app.type('Get-Slowly', ENTER);
    const during = await app.waitFor('row 3');
    expect(during).not.toContain('row 4');
    // No prompt while the command runs.
    expect(during.trimEnd().split('\n').at(-1)).toBe('row 3');
    slow.release();
    await app.waitFor(/row 4\nPS /);
  });

  it('Ctrl+C cancels the running command: its output so far stays, the prompt is back at once', async () => {
    const slow = slowCommand();
    const app = await startApp({ commands: [slow.definition] });
    await app.type('Get-Slowly; "after"', ENTER);
    await app.waitFor('row 3');
    await app.type(CTRL_C);
    const frame = await app.waitFor(/row 3\n(.*\n)*PS \/tmp>/);
    expect(slow.aborted()).toBe(true);
    expect(frame).not.toContain('row 4');
    expect(frame).not.toMatch(/^after$/m);
    // pwsh shows nothing for a pipeline stopped by Ctrl+C.
    expect(frame).not.toContain('The pipeline has been stopped');
    // The shell goes on.
    await tick(50);
    await app.type('"next"', ENTER);
    await app.waitFor(/next\nPS /);
  });

  it('keys typed while a command runs are kept: they appear on the next prompt, as in pwsh', async () => {
    const slow = slowCommand();
    const app = await startApp({ commands: [slow.definition] });
    await app.type('Get-Slowly', ENTER);
    await app.waitFor('row 3');
    await app.type('"typed', ' ahead"');
    // Nothing is drawn while the command runs (pwsh does not echo them either).
    expect(app.frame()).not.toContain('typed');
    slow.release();
    const frame = await app.waitFor(/row 4\nPS \/tmp> "typed ahead"/);
    expect(frame.trimEnd().split('\n').at(-1)).toBe('PS /tmp> "typed ahead"');
    await app.type(ENTER);
    await app.waitFor(/^typed ahead\nPS \/tmp>$/m);
  });

  it('a kept Enter runs the typed-ahead line after the command; what follows it waits for the prompt after that', async () => {
    const slow = slowCommand();
    const app = await startApp({ commands: [slow.definition] });
    await app.type('Get-Slowly', ENTER);
    await app.waitFor('row 3');
    await app.type('"second"', ENTER, '"third');
    slow.release();
    const frame = await app.waitFor(/PS \/tmp> "second"\nsecond\nPS \/tmp> "third$/);
    expect(frame).toMatch(/row 4\nPS \/tmp> "second"/);
  });

  it('Ctrl+C is not type-ahead: it stops the command and drops what was typed ahead', async () => {
    const slow = slowCommand();
    const app = await startApp({ commands: [slow.definition] });
    await app.type('Get-Slowly', ENTER);
    await app.waitFor('row 3');
    await app.type('"never run"', ENTER);
    await app.type(CTRL_C);
    await app.waitFor(/row 3\n(.*\n)*PS \/tmp>$/);
    expect(slow.aborted()).toBe(true);
    await tick(50);
    expect(app.frame()).not.toContain('never run');
    // The prompt takes keys as usual.
    await app.type('"next"', ENTER);
    await app.waitFor(/^next\nPS \/tmp>$/m);
  });

  it('a Read-Host after the typed-ahead keys reads them up to the first Enter; the rest go to the prompt after', async () => {
    const slow = slowCommand();
    const app = await startApp({ commands: [slow.definition] });
    await app.type('Get-Slowly; $n = Read-Host "Name"; "hello $n"', ENTER);
    await app.waitFor('row 3');
    await app.type('bob', ENTER, '"then"');
    slow.release();
    const frame = await app.waitFor(/^hello bob\nPS \/tmp> "then"$/m);
    expect(frame).toContain('Name: bob');
  });

  it('errors and warnings show in the output with their labels', async () => {
    const app = await startApp();
    await app.type("Write-Warning 'careful'; Get-Item /no/such/file; 'still here'", ENTER);
    const frame = await app.waitFor(/^still here$/m);
    expect(frame).toContain('WARNING: careful');
    expect(frame).toMatch(/Get-Item: Cannot find path '\/no\/such\/file' because it does not exist\./);
  });

  it('a multi-line function definition continues on >> lines until it is complete', async () => {
    const app = await startApp();
    await app.type('function Get-Double($n) {', ENTER);
    expect(app.frame()).toMatch(/\{\n>>$/);
    await app.type('  $n * 2', ENTER, '}', ENTER);
    await app.waitFor('>> }\nPS /tmp>');
    await app.type('Get-Double 21', ENTER);
    await app.waitFor(/42\nPS /);
  });

  it('a final backtick continues the line, blanks after it or not', async () => {
    const app = await startApp();
    await app.type('Get-Date -Year 2024 `', ENTER, '  -Month 2 -Day 3 ` ', ENTER, '  | ForEach-Object { $_.ToString("yyyy-MM-dd") }', ENTER);
    await app.waitFor(/2024-02-03\nPS /);
  });

  it('Up recalls the previous command line', async () => {
    const app = await startApp();
    await app.type('"first"', ENTER);
    await app.waitFor(/first\nPS /);
    await app.type(UP);
    expect(app.frame().trimEnd().split('\n').at(-1)).toBe('PS /tmp> "first"');
  });

  it('the prompt follows Set-Location', async () => {
    const app = await startApp();
    await app.type('Set-Location /', ENTER);
    await app.waitFor(/\nPS \/>$/);
  });
});

describe('prompts inside the UI', () => {
  it('Read-Host asks under the output and its answer goes down the pipeline', async () => {
    const app = await startApp();
    await app.type('$n = Read-Host "Mailbox name"; "got $n"', ENTER);
    await app.waitFor('Mailbox name:');
    await app.type('alice', ENTER);
    const frame = await app.waitFor('got alice');
    expect(frame).toContain('Mailbox name: alice\ngot alice');
  });

  it('Read-Host -AsSecureString masks what is typed, on screen and in the echo', async () => {
    const app = await startApp();
    await app.type('$p = Read-Host "Password" -AsSecureString; $p.Length', ENTER);
    await app.waitFor('Password:');
    await app.type('hunter2');
    expect(app.frame()).toContain('Password: *******');
    expect(app.frame()).not.toContain('hunter2');
    await app.type(ENTER);
    const frame = await app.waitFor(/7\nPS /);
    expect(frame).toContain('Password: *******\n7');
    expect(frame).not.toContain('hunter2');
  });

  it('-Confirm asks with pwsh\'s choices, naming the target; N skips it', async () => {
    const app = await startApp();
    await app.type('function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess("mbx1", "Remove")) { "removed" } else { "kept" } }', ENTER);
    await app.type('Remove-Thing -Confirm', ENTER);
    const asking = await app.waitFor('[?] Help');
    expect(asking).toContain('Confirm\nAre you sure you want to perform this action?\nPerforming the operation "Remove" on target "mbx1".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"):');
    await app.type('n', ENTER);
    await app.waitFor(/kept\nPS /);
  });

  it('? lists the help of each choice and asks again; Enter takes the default', async () => {
    const app = await startApp();
    await app.type('function Remove-Thing { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess("mbx1", "Remove")) { "removed" } }', ENTER);
    await app.type('Remove-Thing -Confirm', ENTER);
    await app.waitFor('[?] Help');
    await tick(50);
    await app.type('?', ENTER);
    await app.waitFor('Y - Continue with only the next step of the operation.');
    await tick(50);
    await app.type(ENTER);
    await app.waitFor(/removed\nPS /);
  });

  it('Ctrl+C at a prompt stops the command line', async () => {
    const app = await startApp();
    await app.type('$n = Read-Host "Name"; "not reached"', ENTER);
    await app.waitFor('Name:');
    await app.type('ab', CTRL_C);
    const frame = await app.waitFor(/Name: ab\^C\nPS /);
    expect(frame).not.toMatch(/^not reached$/m);
  });
});

describe('the screen', () => {
  it('Out-Host -Paging shows a screenful, then Space the next, Enter one line, Q stops', async () => {
    const app = await startApp();
    await app.type('1..40 | Out-Host -Paging; "done"', ENTER);
    let frame = await app.waitFor('<SPACE> next page; <CR> next line; Q quit');
    // The harness's terminal has 10 rows: 9 lines, then the question.
    expect(frame).toMatch(/\n9\n<SPACE>/);
    expect(frame).not.toMatch(/^10$/m);
    await app.type(' ');
    frame = await app.waitFor(/^18$/m);
    expect(frame).not.toMatch(/^19$/m);
    await app.type(ENTER);
    await app.waitFor(/^19$/m);
    await app.type('q');
    frame = await app.waitFor(/^done\nPS /m);
    expect(frame).not.toMatch(/^20$/m);
  });

  it('Clear-Host (cls) clears the screen', async () => {
    const app = await startApp();
    await app.type('cls', ENTER);
    await app.waitFor(/cls\nPS /);
    expect(app.screenClears()).toBe(1);
  });
});

describe('progress', () => {
  it('Write-Progress draws a bar under the output while the command runs, gone when done', async () => {
    const slow = slowCommand();
    const app = await startApp({ commands: [slow.definition] });
    await app.type("Write-Progress -Activity 'Exporting' -Status 'mailboxes' -PercentComplete 50; Get-Slowly", ENTER);
    const during = await app.waitFor('Exporting');
    expect(during).toMatch(/Exporting — mailboxes \[█+ +\] 50% \d+\.\ds/);
    slow.release();
    const after = await app.waitFor(/row 4\nPS /);
    expect(after).not.toContain('Exporting —');
  });
});

describe('start-up and leaving', () => {
  it('a command typed while start-up runs waits for it with a spinner', async () => {
    let finish!: () => void;
    const done = new Promise<void>((r) => (finish = r));
    const app = await startApp({ startup: { label: 'Starting the sandbox...', done } });
    await app.waitFor('PS /tmp>');
    await app.type('"hello"', ENTER);
    await app.waitFor('Starting the sandbox...');
    expect(app.frame()).not.toMatch(/^hello$/m);
    finish();
    await app.waitFor(/hello\nPS /);
    expect(app.frame()).not.toContain('Starting the sandbox...');
  });

  it('exit leaves with its code', async () => {
    const app = await startApp();
    await app.type('exit 3', ENTER);
    await tick(100);
    expect(app.exits).toEqual([3]);
  });

  it('Ctrl+D on an empty line leaves; on a typed line it does nothing', async () => {
    const app = await startApp();
    await app.type('abc', CTRL_D);
    expect(app.exits).toEqual([]);
    await app.type(CTRL_C, CTRL_D);
    expect(app.exits).toEqual([0]);
  });

  it('Ctrl+C abandons a typed line, left on screen with ^C as pwsh leaves it; twice on an empty prompt leaves', async () => {
    const app = await startApp();
    await app.type('Get-Mailbox', CTRL_C);
    await app.waitFor(/^PS \/tmp> Get-Mailbox\^C\nPS \/tmp>\s*$/m);
    // Nothing ran.
    expect(app.frame()).not.toMatch(/Get-Mailbox.*not recognized/);
    await app.type(CTRL_C);
    expect(app.frame()).toContain('Press Ctrl+C again to exit.');
    expect(app.exits).toEqual([]);
    await app.type(CTRL_C);
    expect(app.exits).toEqual([0]);
  });
});
