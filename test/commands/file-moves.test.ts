// Copy-Item, Move-Item, Rename-Item, Push-Location/Pop-Location and Get-FileHash as admin scripts use
// them, each expectation checked against pwsh 7.6.10 (`pwsh -NoProfile -c` in an empty folder).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Session } from '../../src/local-session.js';

async function inEmptyFolder(script: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'exosh-moves-'));
  try {
    const r = await new Session({ cwd: dir }).run(script);
    const text = (s: string) => s.split(dir).join('<work>');
    return { output: r.output.map((o) => (typeof o === 'string' ? text(o) : o)), errors: r.errors.map((e) => text(e.message)), ids: r.errors.map((e) => e.errorId) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Copy-Item', () => {
  it('copies a file to a new name, into an existing folder, and a folder with or without -Recurse', async () => {
    const r = await inEmptyFolder(`Set-Content a.txt 'x'; New-Item d -ItemType Directory | Out-Null; Set-Content d/in.txt 'z'
      Copy-Item a.txt b.txt; Get-Content b.txt
      Copy-Item a.txt d; (Get-ChildItem d -Name) -join ','
      Copy-Item d d2; (Get-ChildItem d2 -Recurse -Name) -join ','
      Copy-Item d d3 -Recurse; (Get-ChildItem d3 -Recurse -Name) -join ','
      Copy-Item *.txt d2 -PassThru | ForEach-Object Name`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['x', 'a.txt,in.txt', '', 'a.txt,in.txt', 'a.txt', 'b.txt']);
  });

  it('reports a missing source, a folder onto a file and a missing target folder; -WhatIf copies nothing', async () => {
    const r = await inEmptyFolder(`Set-Content a.txt 'x'; New-Item d -ItemType Directory | Out-Null
      Copy-Item nope.txt x.txt; Copy-Item d a.txt; Copy-Item a.txt d/zz/q.txt; Copy-Item nope* x
      Copy-Item a.txt c.txt -WhatIf; Test-Path c.txt`);
    expect(r.errors).toEqual([
      "Cannot find path '<work>/nope.txt' because it does not exist.",
      'Container cannot be copied onto existing leaf item.',
      "Could not find a part of the path '<work>/d/zz/q.txt'.",
    ]);
    expect(r.output).toEqual([false]);
  });
});

describe('Move-Item and Rename-Item', () => {
  it('Move-Item will not replace a file without -Force, and moves into an existing folder', async () => {
    const r = await inEmptyFolder(`Set-Content a.txt 'x'; Set-Content b.txt 'y'; New-Item d -ItemType Directory | Out-Null
      Move-Item a.txt b.txt
      Move-Item a.txt b.txt -Force; Get-Content b.txt
      Move-Item b.txt d -PassThru | ForEach-Object Name
      Move-Item d e; Test-Path e/b.txt`);
    expect(r.errors).toEqual(["The file '<work>/b.txt' already exists."]);
    expect(r.ids).toEqual(['MoveFileInfoItemIOError,Microsoft.PowerShell.Commands.MoveItemCommand']);
    expect(r.output).toEqual(['x', 'b.txt', true]);
  });

  it('Rename-Item renames in place, by a script block per piped file, and refuses another folder', async () => {
    const r = await inEmptyFolder(`'a.log', 'b.log', 'keep.txt' | ForEach-Object { Set-Content $_ 'x' }
      Get-ChildItem *.log | Rename-Item -NewName { $_.Name -replace '\\.log$', '.txt' }
      Rename-Item keep.txt ./kept.txt
      Rename-Item kept.txt a.txt
      Rename-Item kept.txt ../escape.txt
      (Get-ChildItem -Name) -join ','`);
    expect(r.errors).toEqual(["The file '<work>/a.txt' already exists.", 'Cannot rename the specified target, because it represents a path or device name.']);
    expect(r.output).toEqual(['a.txt,b.txt,kept.txt']);
  });
});

describe('Push-Location and Pop-Location', () => {
  it('come back to where the script was; an empty stack is no error, an unknown named one is', async () => {
    const r = await inEmptyFolder(`New-Item d -ItemType Directory | Out-Null
      Push-Location d; Split-Path -Leaf (Get-Location); Pop-Location; "$(Get-Location)"
      Pop-Location; Pop-Location -StackName nope; Push-Location nope; $?`);
    expect(r.output).toEqual(['d', '<work>', false]);
    expect(r.errors).toEqual(["Cannot find location stack 'nope'. It does not exist or it is not a container.", "Cannot find path '<work>/nope' because it does not exist."]);
  });
});

describe('Get-FileHash', () => {
  it('hashes a file with SHA256 by default, in upper-case hex, and the other algorithms by name', async () => {
    const r = await inEmptyFolder(`Set-Content a.txt 'x'
      Get-FileHash a.txt | ForEach-Object { $_.Algorithm + ' ' + $_.Hash }
      (Get-FileHash a.txt -Algorithm md5).Hash; Get-FileHash nope.txt`);
    expect(r.output).toEqual(['SHA256 73CB3858A687A8494CA3323053016282F3DAD39D42CF62CA4E79DDA2AAC7D9AC', '401B30E3B8B5D629635A5C613CDB7919']);
    expect(r.errors).toEqual(["Cannot find path '<work>/nope.txt' because it does not exist."]);
  });
});

describe('positional remaining arguments', () => {
  it('echo a b writes both; a function collects all its positional arguments', async () => {
    const r = await inEmptyFolder(`echo 'a b' c
      function Show-All { param([Parameter(Position = 0, ValueFromRemainingArguments)] $Rest) "$($Rest.Count): $($Rest -join '+')" }
      Show-All 1 2 3; ,(1, 2) | ForEach-Object Length`);
    expect(r.output).toEqual(['a b', 'c', '3: 1+2+3', 2]);
  });
});

describe('Join-String and Get-Content -Delimiter', () => {
  it('Join-String joins objects or a property of each, quoted or formatted, between a prefix and a suffix', async () => {
    const r = await inEmptyFolder(`1, 2, 3 | Join-String; 1, 2 | Join-String -Separator ',' -DoubleQuote
      1.5, 2 | Join-String -FormatString '{0:N2}' -Separator '; '
      [pscustomobject]@{ N = 'a' }, [pscustomobject]@{ N = 'b' } | Join-String -Property N -Separator '|' -SingleQuote
      @() | Join-String -OutputPrefix '[' -OutputSuffix ']'`);
    expect(r.output).toEqual(['123', '"1","2"', '1.50; 2.00', "'a'|'b'", '[]']);
  });

  it('Get-Content -Delimiter splits on the delimiter and drops it, as pwsh 7 does', async () => {
    const r = await inEmptyFolder(`Set-Content x.txt 'a,b,,c,' -NoNewline; (Get-Content x.txt -Delimiter ',') -join '|'`);
    expect(r.output).toEqual(['a|b||c']);
  });
});

describe('Get-Content beyond files, Test-Json, the #TYPE line', () => {
  it('Get-Content reads env: items in order with files; a wildcard that matches nothing is an error; -TotalCount 0 reads nothing', async () => {
    const r = await inEmptyFolder(`$env:TOUR_TX = 'a b'; Set-Content f.txt 'x'; Get-Content f.txt, env:TOUR_TX
      Get-Content env:TOUR_NOPE; Get-Content nope*; Get-Content missing.txt -TotalCount 0`);
    expect(r.output).toEqual(['x', 'a b']);
    expect(r.errors).toEqual([
      "Cannot find path 'Env:/TOUR_NOPE' because it does not exist.",
      'An object at the specified path nope* does not exist, or has been filtered by the -Include or -Exclude parameter.',
    ]);
  });

  it('Test-Json is True for a JSON document, False with an error otherwise', async () => {
    const r = await inEmptyFolder(`'{"a":1}' | Test-Json; Test-Json '[1, 2]'; '{bad' | Test-Json`);
    expect(r.output).toEqual([true, true, false]);
    expect(r.errors).toEqual(['Cannot parse the JSON.']);
  });

  it('-NoTypeInformation:$false writes the #TYPE line', async () => {
    const r = await inEmptyFolder(`[pscustomobject]@{ A = 1 } | ConvertTo-Csv -NoTypeInformation:$false; [pscustomobject]@{ A = 1 } | ConvertTo-Csv`);
    expect(r.output).toEqual(['#TYPE System.Management.Automation.PSCustomObject', '"A"', '"1"', '"A"', '"1"']);
  });
});
