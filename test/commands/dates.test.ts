// Get-Date and New-TimeSpan.
import { describe, expect, it } from 'vitest';
import { run } from './harness.js';
import { getDate, newTimeSpan, formatUFormat } from '../../src/commands/dates.js';
import { PSDateTime, PSTimeSpan } from '../../src/runtime/values.js';
import { makeDate } from '../../src/dotnet/date-time.js';

const d = makeDate(2024, 3, 5, 14, 7, 9, 0, 'Local');

describe('Get-Date', () => {
  it('returns a local DateTime near now', async () => {
    const r = await run(getDate);
    const v = r.output[0] as PSDateTime;
    expect(v).toBeInstanceOf(PSDateTime);
    expect(v.kind).toBe('Local');
    expect(Math.abs(v.ms - Date.now())).toBeLessThan(60_000);
  });
  it("Get-Date -Date $d -Format 'yyyy-MM-dd HH:mm'", async () => {
    expect((await run(getDate, { Date: d, Format: 'yyyy-MM-dd HH:mm' })).output).toEqual(['2024-03-05 14:07']);
  });
  it('Get-Date -Date $d -Format FileDate', async () => {
    expect((await run(getDate, { Date: d, Format: 'FileDate' })).output).toEqual(['20240305']);
  });
  it('Get-Date -Year 2020 -Month 12 -Day 31 keeps the time of day', async () => {
    const v = (await run(getDate, { Date: d, Year: 2020, Month: 12, Day: 31, Format: 'yyyy-MM-dd HH:mm:ss' })).output[0];
    expect(v).toBe('2020-12-31 14:07:09');
  });
  it("-UFormat '%Y%m%d %H:%M:%S %j %A %b'", async () => {
    expect((await run(getDate, { Date: d, UFormat: '%Y%m%d %H:%M:%S %j %A %b' })).output).toEqual(['20240305 14:07:09 065 Tuesday Mar']);
  });
  it('-UFormat %V gives the ISO week, %u the weekday (Monday = 1)', () => {
    expect(formatUFormat(makeDate(2021, 1, 3, 0, 0, 0, 0, 'Local'), '%V %u %G')).toBe('53 7 2020');
  });
  it('-AsUTC gives Kind Utc', async () => {
    expect(((await run(getDate, { AsUTC: true })).output[0] as PSDateTime).kind).toBe('Utc');
  });
});

describe('New-TimeSpan', () => {
  it('New-TimeSpan -Days 1 -Hours 2', async () => {
    const t = (await run(newTimeSpan, { Days: 1, Hours: 2 })).output[0] as PSTimeSpan;
    expect(t.ticks).toBe((26 * 3600) * 10_000_000);
  });
  it('New-TimeSpan -Start $a -End $b', async () => {
    const a = makeDate(2024, 1, 1, 0, 0, 0, 0, 'Local');
    const b = makeDate(2024, 1, 3, 12, 0, 0, 0, 'Local');
    const t = (await run(newTimeSpan, { Start: a, End: b })).output[0] as PSTimeSpan;
    expect(t.ticks / 864_000_000_000).toBe(2.5);
  });
});
