// -Confirm really asks: ShouldProcess prompts through the host (Yes / Yes to All / No / No to All /
// Suspend), ConfirmImpact against $ConfirmPreference decides when it asks unprompted, and with no
// terminal to ask on the command stops instead of going ahead.
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandContext, CommandDefinition, CommandMetadata, HostServices } from '../../src/runtime/command.js';
import { Session } from '../../src/local-session.js';

function removeThing(confirmImpact?: CommandMetadata['confirmImpact']): CommandDefinition {
  return {
    metadata: {
      name: 'Remove-Thing',
      supportsShouldProcess: true,
      confirmImpact,
      parameters: [{ name: 'Name', type: 'string[]', position: 0, valueFromPipeline: true }],
    },
    create: (ctx: CommandContext) => ({
      async process() {
        for (const n of (ctx.params.Name as string[] | undefined) ?? []) {
          if (await ctx.shouldProcess(n, 'Remove Thing')) ctx.write(`removed ${n}`);
        }
      },
    }),
  };
}

interface Asked {
  caption: string;
  message: string;
  labels: string[];
  defaultIndex: number;
}

/** A host that answers choice prompts from a script and records what it was asked. */
function scriptedHost(answers: number[]): { host: Partial<HostServices>; asked: Asked[] } {
  const asked: Asked[] = [];
  return {
    asked,
    host: {
      promptForChoice: async (caption, message, choices, defaultIndex) => {
        asked.push({ caption, message, labels: choices.map((c) => c.label), defaultIndex });
        const a = answers.shift();
        if (a === undefined) throw new Error('asked more often than the test expected');
        return a;
      },
    },
  };
}

describe('ShouldProcess asking', () => {
  it('does not ask a Medium-impact command without -Confirm (default $ConfirmPreference High)', async () => {
    const { host, asked } = scriptedHost([]);
    const r = await new Session({ host, commands: [removeThing()] }).run('Remove-Thing a,b');
    expect(r.output).toEqual(['removed a', 'removed b']);
    expect(asked).toEqual([]);
  });

  it('asks with pwsh caption, message and choices; No skips just that one', async () => {
    const { host, asked } = scriptedHost([0, 2, 0]);
    const r = await new Session({ host, commands: [removeThing()] }).run('Remove-Thing a,b,c -Confirm');
    expect(r.output).toEqual(['removed a', 'removed c']);
    expect(asked).toHaveLength(3);
    expect(asked[1]).toEqual({
      caption: 'Confirm',
      message: 'Are you sure you want to perform this action?\nPerforming the operation "Remove Thing" on target "b".',
      labels: ['&Yes', 'Yes to &All', '&No', 'No to A&ll', '&Suspend'],
      defaultIndex: 0,
    });
  });

  it('Yes to All holds for the rest of the invocation', async () => {
    const { host, asked } = scriptedHost([1]);
    const r = await new Session({ host, commands: [removeThing()] }).run('Remove-Thing a,b,c -Confirm');
    expect(r.output).toEqual(['removed a', 'removed b', 'removed c']);
    expect(asked).toHaveLength(1);
  });

  it('No to All skips everything after it, and the next command asks again', async () => {
    const { host, asked } = scriptedHost([0, 3, 0]);
    const r = await new Session({ host, commands: [removeThing()] }).run('Remove-Thing a,b,c -Confirm; Remove-Thing d -Confirm');
    expect(r.output).toEqual(['removed a', 'removed d']);
    expect(asked).toHaveLength(3);
  });

  it('Suspend stops the pipeline rather than going ahead', async () => {
    const { host } = scriptedHost([4]);
    const r = await new Session({ host, commands: [removeThing()] }).run('Remove-Thing a,b -Confirm');
    expect(r.output).toEqual([]);
    expect(r.errors.map((e) => e.message)).toEqual(['The pipeline has been stopped.']);
  });

  it.each([
    ['High impact asks without -Confirm', 'High', 'Remove-Thing a', 1],
    ['-Confirm:$false never asks', 'High', 'Remove-Thing a -Confirm:$false', 0],
    ['$ConfirmPreference None never asks', 'High', '$ConfirmPreference = "None"; Remove-Thing a', 0],
    ['$ConfirmPreference Low asks a Medium command', 'Medium', '$ConfirmPreference = "Low"; Remove-Thing a', 1],
    ['ConfirmImpact None never asks unprompted', 'None', '$ConfirmPreference = "Low"; Remove-Thing a', 0],
  ] as const)('%s', async (_, impact, text, times) => {
    const { host, asked } = scriptedHost([0]);
    const r = await new Session({ host, commands: [removeThing(impact)] }).run(text);
    expect(r.output).toEqual(['removed a']);
    expect(asked).toHaveLength(times);
  });

  it('-WhatIf prints What if and never asks', async () => {
    const { host, asked } = scriptedHost([]);
    const r = await new Session({ host, commands: [removeThing('High')] }).run('Remove-Thing a -WhatIf -Confirm');
    expect(r.output).toEqual([]);
    expect(r.host.join('')).toContain('What if: Performing the operation "Remove Thing" on target "a".');
    expect(asked).toEqual([]);
  });
});

describe('no terminal to ask on', () => {
  it('a cmdlet stops with pwsh -NonInteractive\'s error instead of going ahead', async () => {
    const r = await new Session({ commands: [removeThing()] }).run('Remove-Thing a,b -Confirm; "next statement runs"');
    expect(r.output).toEqual(['next statement runs']);
    expect(r.errors).toHaveLength(1);
    const e = r.errors[0]!;
    expect(e.message).toBe('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    expect(e.errorId).toBe('InvalidOperation,Remove-Thing');
    expect(e.category).toBe('InvalidOperation');
    expect(e.exceptionType).toBe('System.Management.Automation.PSInvalidOperationException');
  });

  it('$PSCmdlet.ShouldProcess in an advanced function throws the method exception', async () => {
    const r = await new Session().run(
      'function Remove-It { [CmdletBinding(SupportsShouldProcess, ConfirmImpact="High")] param() if ($PSCmdlet.ShouldProcess("t", "a")) { "went ahead" } }; try { Remove-It } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }',
    );
    expect(r.output).toEqual([
      'Exception calling "ShouldProcess" with "2" argument(s): "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."',
      'PSInvalidOperationException',
    ]);
  });
});

describe('advanced functions', () => {
  it('$PSCmdlet.ShouldProcess asks through the same prompt', async () => {
    const { host, asked } = scriptedHost([2, 0]);
    const r = await new Session({ host }).run(
      'function Remove-It { [CmdletBinding(SupportsShouldProcess)] param([string[]]$Name) foreach ($n in $Name) { if ($PSCmdlet.ShouldProcess($n, "Remove It")) { "removed $n" } } }; Remove-It x,y -Confirm',
    );
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual(['removed y']);
    expect(asked[0]!.message).toBe('Are you sure you want to perform this action?\nPerforming the operation "Remove It" on target "x".');
  });
});

describe('a host that only reads lines', () => {
  it('prompts as pwsh\'s console does; ? lists the help, then an answer is taken', async () => {
    const prompts: string[] = [];
    const replies = ['?', 'n'];
    const host: Partial<HostServices> = {
      readLine: async (prompt) => {
        prompts.push(prompt);
        return replies.shift() ?? '';
      },
    };
    const r = await new Session({ host, commands: [removeThing()] }).run('Remove-Thing a -Confirm');
    expect(r.output).toEqual([]);
    expect(prompts[0]).toBe(
      '\nConfirm\nAre you sure you want to perform this action?\nPerforming the operation "Remove Thing" on target "a".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ',
    );
    expect(prompts[1]).toContain('L - Skip this operation and all subsequent operations.\n');
  });

  it('an empty answer takes the default (Yes)', async () => {
    const host: Partial<HostServices> = { readLine: async () => '' };
    const r = await new Session({ host, commands: [removeThing()] }).run('Remove-Thing a -Confirm');
    expect(r.output).toEqual(['removed a']);
  });
});

describe('local cmdlets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exosh-confirm-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('Set-Content -Confirm answered No writes nothing', async () => {
    const { host } = scriptedHost([2]);
    const file = join(dir, 'no.txt');
    const r = await new Session({ host, cwd: dir }).run(`Set-Content -Path '${file}' -Value 1 -Confirm`);
    expect(r.errors).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });
});

describe('-Confirm on an advanced function', () => {
  it('sets $ConfirmPreference for the commands inside, as pwsh does', async () => {
    const r = await new Session().run(
      'function f { [CmdletBinding(SupportsShouldProcess)] param() "pref=$ConfirmPreference" }; f -Confirm; f -Confirm:$false; f',
    );
    expect(r.output).toEqual(['pref=Low', 'pref=None', 'pref=High']);
  });

  it('so a cmdlet inside asks', async () => {
    const { host, asked } = scriptedHost([2]);
    const r = await new Session({ host, commands: [removeThing()] }).run(
      'function Remove-Many { [CmdletBinding(SupportsShouldProcess)] param() Remove-Thing a }; Remove-Many -Confirm',
    );
    expect(r.output).toEqual([]);
    expect(asked).toHaveLength(1);
  });
});

describe('$PSCmdlet.ShouldContinue', () => {
  const fn = 'function Clear-All { [CmdletBinding()] param() if ($PSCmdlet.ShouldContinue("query text", "caption text")) { "went" } else { "skipped" } }; ';

  it('always asks, with Yes / No / Suspend', async () => {
    const { host, asked } = scriptedHost([1]);
    const r = await new Session({ host }).run(fn + 'Clear-All');
    expect(r.output).toEqual(['skipped']);
    expect(asked).toEqual([{ caption: 'caption text', message: 'query text', labels: ['&Yes', '&No', '&Suspend'], defaultIndex: 0 }]);
  });

  it('with no terminal throws the method exception', async () => {
    const r = await new Session().run(fn + 'try { Clear-All } catch { $_.Exception.Message }');
    expect(r.output).toEqual([
      'Exception calling "ShouldContinue" with "2" argument(s): "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."',
    ]);
  });
});

describe('output before a prompt', () => {
  it('rows still waiting in the formatter are shown before the question', async () => {
    const shown: string[] = [];
    let shownWhenAsked = '';
    const host: Partial<HostServices> = {
      promptForChoice: async () => {
        shownWhenAsked = shown.join('');
        return 0;
      },
    };
    const r = await new Session({ host, commands: [removeThing()], streams: { output: (t) => shown.push(t) } }).run(
      '[pscustomobject]@{ Name = "first" }; Remove-Thing a -Confirm',
    );
    expect(r.output).toHaveLength(2);
    expect(shownWhenAsked).toContain('first');
  });
});
