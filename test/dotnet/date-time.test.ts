// DateTime and TimeSpan as pwsh 7.6 on Linux prints them (en-US through ICU); every expectation
// was checked against ~/.dotnet/tools/pwsh 7.6.10.
import { describe, expect, it } from 'vitest';
import { ps } from './ps.js';

describe('DateTime in en-US as .NET on Linux writes it', () => {
  it('puts a narrow no-break space (U+202F) before AM/PM in the standard patterns', async () => {
    expect(await ps("$d = [datetime]'2024-03-05 14:07:09'; $d.ToString('G'); $d.ToString('t'); $d.ToLongTimeString(); $d.DateTime")).toEqual([
      '3/5/2024 2:07:09\u202fPM',
      '2:07\u202fPM',
      '2:07:09\u202fPM',
      'Tuesday, March 5, 2024 2:07:09\u202fPM',
    ]);
  });

  it('keeps the plain space a custom format asks for', async () => {
    expect(await ps("([datetime]'2024-03-05 14:07:09').ToString('h:mm tt')")).toEqual(['2:07 PM']);
  });

  it('gives only what Get-Date returns a DisplayHint', async () => {
    expect(await ps("(Get-Date -Date '2024-03-05' | Select-Object *).DisplayHint; ([datetime]'2024-03-05' | Select-Object *).psobject.Properties.Name[0]")).toEqual(['DateTime', 'DateTime']);
    expect(await ps("@([datetime]'2024-03-05' | Select-Object *)[0].psobject.Properties.Name -contains 'DisplayHint'")).toEqual(['False']);
  });
});

describe('TimeSpan', () => {
  it("'g' writes only the significant fraction digits, 'G' all seven", async () => {
    expect(await ps("([timespan]'1.02:03:04.5').ToString('g'); ([timespan]'1.02:03:04').ToString('g'); ([timespan]'02:03:04.5').ToString('G')")).toEqual([
      '1:2:03:04.5',
      '1:2:03:04',
      '0:02:03:04.5000000',
    ]);
  });

  it("'%h' is one custom specifier on its own", async () => {
    expect(await ps("([timespan]'1:02:03').ToString('%h')")).toEqual(['1']);
  });

  it('reads hours past 23 as days when the rest fits d:hh:mm', async () => {
    expect(await ps("([timespan]'25:00:00').ToString()")).toEqual(['25.00:00:00']);
    expect(await ps("try { [timespan]'25:30:00' } catch { 'rejected' }")).toEqual(['rejected']);
  });

  it('has Int64 Ticks and Double totals', async () => {
    expect(await ps("$t = [timespan]'1:02:03'; $t.Ticks.GetType().Name; $t.TotalSeconds.GetType().Name; $t.TotalMicroseconds.GetType().Name")).toEqual(['Int64', 'Double', 'Double']);
    expect(await ps("[timespan]'1:02:03' | ConvertTo-Json -Compress")).toEqual([
      '{"Ticks":37230000000,"Days":0,"Hours":1,"Milliseconds":0,"Microseconds":0,"Nanoseconds":0,"Minutes":2,"Seconds":3,"TotalDays":0.043090277777777776,"TotalHours":1.0341666666666667,"TotalMilliseconds":3723000.0,"TotalMicroseconds":3723000000.0,"TotalNanoseconds":3723000000000.0,"TotalMinutes":62.05,"TotalSeconds":3723.0}',
    ]);
  });
});
