// Report rows made by one `[PSCustomObject]@{ ... }` literal share their property names until one
// row changes, and foreach's variable is stored in place from the second turn: these examples pin
// down that each row and the loop variable still behave as pwsh 7.6 shows.
import { describe, expect, it } from 'vitest';
import { ps } from '../dotnet/ps.js';

const rows = '$rows = foreach ($i in 1..3) { [PSCustomObject]@{ Name = "u$i"; Size = $i } }; ';

describe('rows from one [PSCustomObject] literal', () => {
  it('each row changes alone: Add-Member, a new value, a property replaced with -Force', async () => {
    expect(
      await ps(
        rows +
          '$rows[0] | Add-Member -NotePropertyName Extra -NotePropertyValue 9; $rows[1].Size = 20; $rows[2] | Add-Member -NotePropertyName Name -NotePropertyValue X -Force; ' +
          '($rows | ForEach-Object { $_.PSObject.Properties.Name -join "," }) -join "|"; ($rows | ForEach-Object { $_.Size }) -join ","; $rows.Name -join ","; $rows[0].Extra; $null -eq $rows[1].Extra',
      ),
    ).toEqual(['Name,Size,Extra|Name,Size|Size,Name', '1,20,3', 'u1,u2,X', '9', 'True']);
  });

  it('a row of many properties keeps their order and finds each in any case, after a replacement and an addition too', async () => {
    expect(
      await ps(
        '$o = [PSCustomObject]@{ a=1;b=2;c=3;d=4;e=5;f=6;g=7;h=8;i=9;j=10;k=11 }; $o.K; $o.a; $o.PSObject.Properties.Name -join ""; ' +
          '$o | Add-Member -NotePropertyName C -NotePropertyValue 30 -Force; $o.k; $o.D; $o.c; $o.PSObject.Properties.Name -join ""; $o | Add-Member -NotePropertyName L -NotePropertyValue 12; $o.l',
      ),
    ).toEqual(['11', '1', 'abcdefghijk', '11', '4', '30', 'abdefghijkC', '12']);
  });

  it('rows print, select and serialise with their own values', async () => {
    expect(await ps(rows + '($rows | Select-Object -Last 1 Size).Size; ($rows | ConvertTo-Json -Compress)')).toEqual([
      '3',
      '[{"Name":"u1","Size":1},{"Name":"u2","Size":2},{"Name":"u3","Size":3}]',
    ]);
  });
});

describe("foreach's loop variable", () => {
  it('a variable typed before the loop still converts each item', async () => {
    expect(await ps('[int]$n = 0; foreach ($n in "1","2") { $n.GetType().Name }; $n')).toEqual(['Int32', 'Int32', '2']);
  });

  it('keeps the last item after the loop, and its old value when the loop never runs', async () => {
    expect(await ps('foreach ($x in 1..3) { }; $x; $j = "keep"; foreach ($j in @()) { }; $j')).toEqual(['3', 'keep']);
  });

  it('may have a name JavaScript objects use for members', async () => {
    expect(await ps('foreach ($constructor in 1..2) { "[$constructor]" }; $toString = 5; "[$toString]"')).toEqual(['[1]', '[2]', '[5]']);
  });

  it('is the same variable the body assigns to and reads', async () => {
    expect(await ps('$t = 0; foreach ($i in 1..4) { $i = $i * 10; $t += $i }; $t; $i')).toEqual(['100', '40']);
  });
});
