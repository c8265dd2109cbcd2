// Get-Date (with .NET -Format via VALUES' date formatting, and Unix -UFormat) and New-TimeSpan.
import type { CommandDefinition } from '../runtime/command.js';
import { PSDateTime, PSTimeSpan } from '../runtime/values.js';
import {
  dateParts,
  dateTicks,
  dayOfYear,
  DateFormatError,
  formatDate,
  makeDate,
  utcOffsetMinutes,
  TICKS_PER_DAY,
  TICKS_PER_HOUR,
  TICKS_PER_MINUTE,
  TICKS_PER_MS,
  TICKS_PER_SECOND,
  DAY_NAMES,
  MONTH_NAMES,
} from '../dotnet/date-time.js';
import { cmdletError } from './cmdlet-errors.js';

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

/** ISO 8601 week number and week-based year. */
function isoWeek(year: number, month: number, day: number): { week: number; year: number } {
  const d = new Date(Date.UTC(year, month - 1, day));
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return { week: Math.ceil(((d.getTime() - start) / 86_400_000 + 1) / 7), year: d.getUTCFullYear() };
}

/** Get-Date -UFormat: the Unix `date` specifiers as PowerShell implements them. */
export function formatUFormat(d: PSDateTime, format: string): string {
  const p = dateParts(d);
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  const offset = utcOffsetMinutes(d);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const doy = dayOfYear(p);
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%' || i + 1 >= format.length) {
      out += c;
      continue;
    }
    const f = format[++i]!;
    switch (f) {
      case 'a': out += DAY_NAMES[p.dayOfWeek]!.slice(0, 3); break;
      case 'A': out += DAY_NAMES[p.dayOfWeek]; break;
      case 'b': case 'h': out += MONTH_NAMES[p.month - 1]!.slice(0, 3); break;
      case 'B': out += MONTH_NAMES[p.month - 1]; break;
      case 'c': out += `${DAY_NAMES[p.dayOfWeek]!.slice(0, 3)} ${MONTH_NAMES[p.month - 1]!.slice(0, 3)} ${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} ${p.year}`; break;
      case 'C': out += pad(Math.floor(p.year / 100)); break;
      case 'd': out += pad(p.day); break;
      case 'D': case 'x': out += `${pad(p.month)}/${pad(p.day)}/${pad(p.year % 100)}`; break;
      case 'e': out += pad(p.day, 2, ' '); break;
      case 'F': out += `${p.year}-${pad(p.month)}-${pad(p.day)}`; break;
      case 'g': out += pad(isoWeek(p.year, p.month, p.day).year % 100); break;
      case 'G': out += isoWeek(p.year, p.month, p.day).year; break;
      case 'H': out += pad(p.hour); break;
      case 'I': out += pad(hour12); break;
      case 'j': out += pad(doy, 3); break;
      case 'k': out += pad(p.hour, 2, ' '); break;
      case 'l': out += pad(hour12, 2, ' '); break;
      case 'm': out += pad(p.month); break;
      case 'M': out += pad(p.minute); break;
      case 'n': out += '\n'; break;
      case 'p': out += p.hour < 12 ? 'AM' : 'PM'; break;
      case 'r': out += `${pad(hour12)}:${pad(p.minute)}:${pad(p.second)} ${p.hour < 12 ? 'AM' : 'PM'}`; break;
      case 'R': out += `${pad(p.hour)}:${pad(p.minute)}`; break;
      case 's': out += Math.floor(d.ms / 1000); break;
      case 'S': out += pad(p.second); break;
      case 't': out += '\t'; break;
      case 'T': case 'X': out += `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`; break;
      case 'u': out += p.dayOfWeek === 0 ? 7 : p.dayOfWeek; break;
      case 'U': out += pad(Math.floor((doy - 1 - p.dayOfWeek + 7) / 7)); break;
      case 'V': out += pad(isoWeek(p.year, p.month, p.day).week); break;
      case 'w': out += p.dayOfWeek; break;
      case 'W': out += pad(Math.floor((doy - 1 - ((p.dayOfWeek + 6) % 7) + 7) / 7)); break;
      case 'y': out += pad(p.year % 100); break;
      case 'Y': out += p.year; break;
      case 'Z': out += sign + pad(Math.floor(abs / 60)); break;
      case 'z': out += `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`; break;
      case '%': out += '%'; break;
      default: out += '%' + f;
    }
  }
  return out;
}

const DATE_SETS = ['DateTimeFormat', 'UFormat'];

export const getDate: CommandDefinition = {
  metadata: {
    name: 'Get-Date',
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'DateTimeFormat',
    parameters: [
      { name: 'Date', type: 'datetime', aliases: ['LastWriteTime'], position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: DATE_SETS },
      { name: 'UnixTimeSeconds', type: 'long', aliases: ['UnixTime'], mandatory: true, parameterSets: ['UnixTimeSecondsDateTimeFormat', 'UnixTimeSecondsUFormat'] },
      { name: 'Year', type: 'int', validateRange: [1, 9999] },
      { name: 'Month', type: 'int', validateRange: [1, 12] },
      { name: 'Day', type: 'int', validateRange: [1, 31] },
      { name: 'Hour', type: 'int', validateRange: [0, 23] },
      { name: 'Minute', type: 'int', validateRange: [0, 59] },
      { name: 'Second', type: 'int', validateRange: [0, 59] },
      { name: 'Millisecond', type: 'int', validateRange: [0, 999] },
      { name: 'DisplayHint', type: 'string', validateSet: ['Date', 'Time', 'DateTime'] },
      { name: 'Format', type: 'string', parameterSets: ['DateTimeFormat', 'UnixTimeSecondsDateTimeFormat'] },
      { name: 'UFormat', type: 'string', mandatory: true, parameterSets: ['UFormat', 'UnixTimeSecondsUFormat'] },
      { name: 'AsUTC', type: 'switch' },
    ],
    help: {
      synopsis: 'Gets the current date and time.',
      examples: [
        { code: "Get-Date -Format 'yyyy-MM-dd'", remarks: 'Today as text, e.g. 2024-05-01.' },
        { code: "Get-Date -UFormat '%Y%m%d'", remarks: 'Unix-style format specifiers.' },
        { code: '(Get-Date).AddDays(-30)', remarks: 'Thirty days ago.' },
        { code: 'Get-Date -Year 2024 -Month 1 -Day 1', remarks: 'Another date, keeping the current time of day.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      process(input) {
        let d: PSDateTime;
        if (ctx.expectingInput && input instanceof PSDateTime && !ctx.bound.has('Date')) d = input;
        else if (p.Date instanceof PSDateTime) d = p.Date;
        else if (p.UnixTimeSeconds !== undefined) d = new PSDateTime(Number(p.UnixTimeSeconds) * 1000, 'Utc');
        else d = new PSDateTime(Date.now(), 'Local');
        if (p.UnixTimeSeconds !== undefined && p.AsUTC !== true) d = new PSDateTime(d.ms, 'Local');
        if (['Year', 'Month', 'Day', 'Hour', 'Minute', 'Second', 'Millisecond'].some((k) => p[k] !== undefined)) {
          const parts = dateParts(d);
          const year = (p.Year as number | undefined) ?? parts.year;
          const month = (p.Month as number | undefined) ?? parts.month;
          const day = (p.Day as number | undefined) ?? parts.day;
          d = makeDate(year, month, day, (p.Hour as number | undefined) ?? parts.hour, (p.Minute as number | undefined) ?? parts.minute, (p.Second as number | undefined) ?? parts.second, (p.Millisecond as number | undefined) ?? parts.millisecond, d.kind === 'Unspecified' ? 'Local' : d.kind);
        }
        if (p.AsUTC === true) d = new PSDateTime(d.ms, 'Utc');
        if (p.UFormat !== undefined) return ctx.write(formatUFormat(d, String(p.UFormat)));
        if (p.Format !== undefined) {
          try {
            const f = String(p.Format);
            // PowerShell's -Format FileDate/FileDateTime/FileDateUniversal... shortcuts.
            const special: Record<string, string> = {
              filedate: 'yyyyMMdd',
              filedateuniversal: 'yyyyMMddZ',
              filedatetime: 'yyyyMMddTHHmmssffff',
              filedatetimeuniversal: 'yyyyMMddTHHmmssffffZ',
            };
            const key = f.toLowerCase();
            if (key.endsWith('universal')) d = new PSDateTime(d.ms, 'Utc');
            return ctx.write(formatDate(d, special[key] ?? f));
          } catch (e) {
            if (e instanceof DateFormatError) {
              ctx.writeError(cmdletError('Get-Date', e.message, 'System.FormatException', 'InvalidArgument', p.Format, 'System.FormatException'));
              return;
            }
            throw e;
          }
        }
        return ctx.write(new PSDateTime(d.ms, d.kind, (p.DisplayHint as PSDateTime['displayHint']) ?? 'DateTime'));
      },
    };
  },
};

export const newTimeSpan: CommandDefinition = {
  metadata: {
    name: 'New-TimeSpan',
    module: 'Microsoft.PowerShell.Utility',
    commandType: 'Cmdlet',
    defaultParameterSet: 'Date',
    parameters: [
      { name: 'Start', type: 'datetime', aliases: ['LastWriteTime'], position: 0, valueFromPipelineByPropertyName: true, parameterSets: ['Date'] },
      { name: 'End', type: 'datetime', position: 1, valueFromPipelineByPropertyName: true, parameterSets: ['Date'] },
      { name: 'Days', type: 'int', parameterSets: ['Time'] },
      { name: 'Hours', type: 'int', parameterSets: ['Time'] },
      { name: 'Minutes', type: 'int', parameterSets: ['Time'] },
      { name: 'Seconds', type: 'int', parameterSets: ['Time'] },
      { name: 'Milliseconds', type: 'int', parameterSets: ['Time'] },
    ],
    help: {
      synopsis: 'Creates a TimeSpan object.',
      examples: [
        { code: 'New-TimeSpan -Days 30', remarks: 'A 30-day interval.' },
        { code: "New-TimeSpan -Start (Get-Date '2024-01-01') -End (Get-Date '2024-03-01')", remarks: 'The time between two dates.' },
      ],
    },
  },
  create(ctx) {
    const p = ctx.params;
    return {
      process() {
        const timeKeys = ['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds'];
        if (timeKeys.some((k) => p[k] !== undefined)) {
          const n = (k: string) => Number(p[k] ?? 0);
          const ticks = n('Days') * TICKS_PER_DAY + n('Hours') * TICKS_PER_HOUR + n('Minutes') * TICKS_PER_MINUTE + n('Seconds') * TICKS_PER_SECOND + n('Milliseconds') * TICKS_PER_MS;
          return ctx.write(new PSTimeSpan(ticks));
        }
        // .NET subtracts wall-clock ticks, whatever the Kinds.
        const now = new PSDateTime(Date.now(), 'Local');
        const start = dateTicks(p.Start instanceof PSDateTime ? p.Start : now);
        const end = dateTicks(p.End instanceof PSDateTime ? p.End : now);
        return ctx.write(new PSTimeSpan(end - start));
      },
    };
  },
};

export const dateCommands = [getDate, newTimeSpan];
