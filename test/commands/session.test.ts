// The local cmdlets as users run them: through Session.run, so parsing, binding and the pipeline
// engine take part.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';
import { PSObject, PSTimeSpan } from '../../src/runtime/values.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

async function ps(text: string) {
  const s = new Session();
  return s.run(text);
}
async function out(text: string) {
  const r = await ps(text);
  expect(r.errors.map((e) => e.message)).toEqual([]);
  return r.output;
}

describe('object cmdlets through the session', () => {
  it('1..6 | Where-Object { $_ % 2 }', async () => {
    expect(await out('1..6 | Where-Object { $_ % 2 }')).toEqual([1, 3, 5]);
  });
  it("1..10 | ? { $_ -gt 3 } | select -First 2", async () => {
    expect(await out('1..10 | ? { $_ -gt 3 } | select -First 2')).toEqual([4, 5]);
  });
  it("Where-Object Name -like 'b*' (simplified syntax)", async () => {
    expect(await out("[pscustomobject]@{Name='bob'},[pscustomobject]@{Name='ann'} | Where-Object Name -like 'b*' | % Name")).toEqual(['bob']);
  });
  it('Select-Object -First 3 stops an endless producer', async () => {
    expect(await out('& { $i = 0; while ($true) { $i++; $i } } | Select-Object -First 3')).toEqual([1, 2, 3]);
  });
  it("Select-Object Name, @{N='Double'; E={ $_.N * 2 }}", async () => {
    const [o] = (await out("[pscustomobject]@{Name='a'; N=2; X=0} | Select-Object Name, @{N='Double'; E={ $_.N * 2 }}")) as PSObject[];
    expect(o!.names()).toEqual(['Name', 'Double']);
    expect(o!.get('Double')).toBe(4);
  });
  it('Sort-Object with a hashtable key and -Descending', async () => {
    expect(await out("3,1,2 | Sort-Object -Descending")).toEqual([3, 2, 1]);
    expect(await out("'bb','a','ccc' | Sort-Object @{E={ $_.Length }; Descending=$true}")).toEqual(['ccc', 'bb', 'a']);
  });
  it('Group-Object | % Count, Measure-Object -Sum | % Sum', async () => {
    expect(await out('1,2,3,4 | Group-Object { $_ % 2 } | ForEach-Object Count')).toEqual([2, 2]);
    expect((await out('1..10 | Measure-Object -Sum | ForEach-Object Sum')).map(Number)).toEqual([55]);
  });
  it('ForEach-Object -Begin/-Process/-End and positional blocks', async () => {
    expect(await out('1..4 | % -Begin { $t = 0 } -Process { $t += $_ } -End { $t }')).toEqual([10]);
    expect(await out("1..2 | % { 'begin' } { $_ } { 'end' }")).toEqual(['begin', 1, 2, 'end']);
  });
  it('the benchmark pipeline: 1..1000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object', async () => {
    const [m] = (await out('1..1000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object')) as PSObject[];
    expect(m!.get('Count')).toBe(333);
  });
});

describe('other cmdlets through the session', () => {
  it('Get-Content big.txt | Select-Object -First 2 stops reading the file early', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exosh-sess-'));
    try {
      writeFileSync(path.join(dir, 'big.txt'), Array.from({ length: 200_000 }, (_, i) => `line ${i}`).join('\n'));
      const s = new Session({ cwd: dir });
      const r = await s.run('Get-Content big.txt | Select-Object -First 2');
      expect(r.errors).toEqual([]);
      expect(r.output).toEqual(['line 0', 'line 1']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("Get-Date -Year 2024 -Month 1 -Day 2 -Format 'yyyy-MM-dd'", async () => {
    expect(await out("Get-Date -Year 2024 -Month 1 -Day 2 -Format 'yyyy-MM-dd'")).toEqual(['2024-01-02']);
  });
  it('ConvertTo-Json / ConvertFrom-Json round trip', async () => {
    expect(await out("@{a=1;b=@(1,2)} | ConvertTo-Json -Compress")).toEqual(['{"a":1,"b":[1,2]}']);
    expect((await out(`'{"a":[1,2],"b":{"c":3}}' | ConvertFrom-Json | % { $_.b.c }`)).map(Number)).toEqual([3]);
  });
  it('ConvertTo-Csv / ConvertFrom-Csv', async () => {
    expect(await out("[pscustomobject]@{A=1;B='x'} | ConvertTo-Csv")).toEqual(['"A","B"', '"1","x"']);
    expect(await out("'a,b','1,2' | ConvertFrom-Csv | % { $_.b }")).toEqual(['2']);
  });
  it("'one','two' | Select-String 'o$'", async () => {
    const r = await out("'one','two' | Select-String 'o$' | % Line");
    expect(r).toEqual(['two']);
  });
  it('Compare-Object 1,2,3 2,3,4', async () => {
    expect(await out('Compare-Object 1,2,3 2,3,4 | % SideIndicator')).toEqual(['=>', '<=']);
  });
  it('Set-Variable / Get-Variable / Tee-Object -Variable', async () => {
    expect(await out('Set-Variable -Name q -Value 5; $q; (Get-Variable q).Value')).toEqual([5, 5]);
    expect(await out('1..3 | Tee-Object -Variable tv | Out-Null; $tv.Count')).toEqual([3]);
  });
  it('New-Object and Add-Member', async () => {
    const [o] = (await out("$x = New-Object PSObject -Property @{Name='n'}; $x | Add-Member -NotePropertyName Size -NotePropertyValue 3 -PassThru")) as PSObject[];
    expect(o!.names()).toEqual(['Name', 'Size']);
    expect(await out('$l = New-Object System.Collections.Generic.List[string]; $l.Add("a"); $l.Count')).toEqual([1]);
  });
  it('Measure-Command { ... } gives a TimeSpan and discards the output', async () => {
    const [t] = await out('Measure-Command { 1..10 | % { $_ } }');
    expect(t).toBeInstanceOf(PSTimeSpan);
  });
  it('ForEach-Object hands each object on as a slow block writes it, not when the block ends', async () => {
    expect(
      await out("$global:seen = @(); 1, 2 | ForEach-Object { \"a$_\"; Start-Sleep -Milliseconds 1; $global:seen += \"block $_ done\" } | ForEach-Object { $global:seen += \"got $_\" }; $seen"),
    ).toEqual(['got a1', 'block 1 done', 'got a2', 'block 2 done']);
  });
  it('Get-Variable -Scope Global / Local / 1 lists that scope\'s own variables', async () => {
    const r = await ps(
      "$x = 'global'; function f { $x = 'local'; $y = 1; Get-Variable x -Scope Global -ValueOnly; Get-Variable x -Scope 1 -ValueOnly; Get-Variable x -Scope Local -ValueOnly; (Get-Variable -Scope 0).Name -contains 'y'; Get-Variable y -Scope Global }; f; Get-Variable -Scope Nowhere",
    );
    expect(r.output).toEqual(['global', 'global', 'local', true]);
    expect(r.errors.map((e) => e.message)).toEqual([
      "Cannot find a variable with the name 'y'.",
      "The scope number 'Nowhere' exceeds the number of active scopes. (Parameter 'scopeID')",
    ]);
  });
  it('Add-Member ScriptProperty and ScriptMethod see $this', async () => {
    expect(
      await out("$o = [pscustomobject]@{N=2}; $o | Add-Member -MemberType ScriptProperty -Name D -Value { $this.N * 2 }; $o | Add-Member ScriptMethod Add { param($x) $this.N + $x }; $o.D; $o.Add(5)"),
    ).toEqual([4, 7]);
  });
  it('a ScriptMethod body runs in its own scope: its variables do not leak, the caller\'s $this is untouched', async () => {
    expect(
      await out("$o = [pscustomobject]@{N=2}; $o | Add-Member -MemberType ScriptMethod -Name SetX -Value { $x = $this.N * 10; $x }; $x = 1; $this = 'mine'; $o.SetX(); $x; $this"),
    ).toEqual([20, 1, 'mine']);
  });
  it('Import-Module ExchangeOnlineManagement is quiet; another module is a clear error', async () => {
    expect(await out("Import-Module ExchangeOnlineManagement; 'ok'")).toEqual(['ok']);
    const r = await ps('Import-Module AzureAD');
    expect(r.errors[0]!.message).toBe("Module 'AzureAD' is not available in exosh. exosh has the ExchangeOnlineManagement commands built in.");
  });
  it('Get-Content of a missing file', async () => {
    const r = await ps('Get-Content /nonexistent/x.txt');
    expect(r.errors[0]!.errorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand');
    expect(r.errors[0]!.message).toBe("Cannot find path '/nonexistent/x.txt' because it does not exist.");
  });
  it('Read-Host without a terminal', async () => {
    const r = await ps("Read-Host 'Name'");
    expect(r.errors[0]!.message).toMatch(/not attached to a terminal/);
    expect(r.success).toBe(false);
  });
  it('Write-Error is non-terminating: the script goes on', async () => {
    const r = await ps("Write-Error 'bad' -ErrorId Bad; 'after'");
    expect(r.output).toEqual(['after']);
    expect(r.errors[0]!.message).toBe('bad');
  });
});

describe('Format-Table / Format-List stream through the session', () => {
  it('an endless producer | Format-Table | Select-Object -First 2 ends (rows come before the input ends)', async () => {
    const r = await ps('& { $i = 0; while ($true) { $i++; [pscustomobject]@{N=$i} } } | Format-Table | Select-Object -First 2 | Out-String');
    expect(r.errors).toEqual([]);
    expect(r.output[0]).toBe('\nN\n-\n1\n2\n\n');
  });
  it('1..3 | % { [pscustomobject]@{N=$_} } | ft prints one header over every row', async () => {
    const r = await ps('1..3 | % { [pscustomobject]@{Name="n$_"; N=$_} } | ft');
    expect(r.text).toBe('\nName N\n---- -\nn1   1\nn2   2\nn3   3\n\n');
  });
  it('Format-List: one list, one closing blank line', async () => {
    const r = await ps('1..2 | % { [pscustomobject]@{N=$_} } | fl');
    expect(r.text).toBe('\nN : 1\n\nN : 2\n\n');
  });
  it('Format-List -GroupBy shows each group label, after a blank line, before its objects', async () => {
    const r = await ps("'a','a','b' | % { [pscustomobject]@{K=$_} } | fl -GroupBy K");
    expect(r.text).toBe('\n   K: a\n\nK : a\n\nK : a\n\n\n   K: b\n\nK : b\n\n');
  });
});

describe('Set-Location through the session', () => {
  it('Set-Location $dir; (Get-Location).Path; relative Get-Content and Set-Location start from there', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exosh-sl-'));
    try {
      mkdirSync(path.join(dir, 'sub'));
      writeFileSync(path.join(dir, 'sub', 'note.txt'), 'hello\nthere\n');
      const s = new Session();
      const r = await s.run(`$dir = '${dir}'; Set-Location $dir; (Get-Location).Path; Get-Content ./sub/note.txt; cd sub; $PWD.Path; Get-Content note.txt -First 1`);
      expect(r.errors.map((e) => e.message)).toEqual([]);
      expect(r.output).toEqual([dir, 'hello', 'there', path.join(dir, 'sub'), 'hello']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Format-Table keeps the view\'s group header', () => {
  it('Get-ChildItem | ft shows Directory: like Out-Default; ft Name does not', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exosh-ft-'));
    try {
      writeFileSync(path.join(dir, 'a.txt'), 'x');
      const s = new Session();
      await s.run(`Set-Location '${dir}'`);
      const r = await s.run('Get-ChildItem | ft');
      expect(r.text).toContain('    Directory: ');
      expect((await s.run('Get-ChildItem | ft Name')).text).not.toContain('Directory:');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Get-Command output order', () => {
  it('exact names keep the order given (PowerShell sorts only for wildcards or no names)', async () => {
    const r = await ps('(Get-Command Get-Date, gci, Where-Object).Name');
    expect(r.output).toEqual(['Get-Date', 'gci', 'Where-Object']);
  });
  it('Get-Command Get-Date, gci prints one table: a Cmdlet row then an Alias row', async () => {
    const r = await ps('Get-Command Get-Date, gci');
    expect(r.text.match(/^CommandType/gm)).toHaveLength(1);
    expect(r.text).toMatch(/\nCmdlet {10}Get-Date .*\nAlias {11}gci -> Get-ChildItem\n/);
  });
});

describe('Format-Table and objects its view does not apply to', () => {
  it('Group-Object output then another object: the other one is a list, the table goes on', async () => {
    const r = await ps("& { 'a' | Group-Object; [pscustomobject]@{X=1}; 'b' | Group-Object } | Format-Table");
    expect(r.text).toBe('\nCount Name                      Group\n----- ----                      -----\n    1 a                         {a}\n\nX : 1\n\n    1 b                         {b}\n\n');
  });
});

