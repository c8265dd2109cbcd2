// Out-Default / Out-String layout, as pwsh 7.4 prints it to a 120-column non-terminal host.
import { describe, expect, it } from 'vitest';
import { buildListRecord, buildTableRecord, buildWideRecord, formatForOutput, OutputFormatter, propertySpecFrom } from '../../src/format/index.js';
import { TableRecordBuilder } from '../../src/format/records.js';
import { PSHashtable, PSObject, PSTimeSpan, ScriptBlockValue } from '../../src/runtime/values.js';
import { makeDate } from '../../src/dotnet/date-time.js';
import { psFormat } from '../dotnet/ps.js';

const o = (e: [string, unknown][], typeNames?: string[]) => PSObject.fromEntries(e, typeNames);
const out = (values: unknown[], width = 120) => formatForOutput(values, { width });

describe('scalars', () => {
  it('one per line, $null prints nothing', () => {
    expect(out([1, 'two', true, null, 2.5, 0.1 + 0.2])).toBe('1\ntwo\nTrue\n2.5\n0.3\n');
  });
  it('arrays are unrolled, nested ones too', () => {
    expect(out([[1, 2], 3])).toBe('1\n2\n3\n');
    expect(out([[[1, [2]], 3]])).toBe('1\n2\n3\n');
  });
  it('a DateTime uses the long date and time between blank lines', () => {
    expect(out([makeDate(2024, 1, 2, 3, 4, 5)])).toBe('\nTuesday, January 2, 2024 3:04:05\u202fAM\n\n');
    expect(out([makeDate(2024, 1, 2, 15, 4, 5), makeDate(2024, 1, 3)])).toBe('\nTuesday, January 2, 2024 3:04:05\u202fPM\nWednesday, January 3, 2024 12:00:00\u202fAM\n\n');
  });
});

describe('tables (objects with up to 4 properties)', () => {
  it('blank line, header, dashes as long as each label, rows, blank line', () => {
    expect(out([o([['A', 1], ['B', 'x']])])).toBe('\nA B\n- -\n1 x\n\n');
  });
  it('columns sized to content, numbers right-aligned', () => {
    expect(out([o([['Name', 'alpha'], ['Size', 1234]]), o([['Name', 'b'], ['Size', 5]])])).toBe('\nName  Size\n----  ----\nalpha 1234\nb        5\n\n');
  });
  it('later objects keep the first object\'s columns', () => {
    expect(out([o([['A', 1]]), o([['B', 2]]), o([['A', 3], ['B', 4]])])).toBe('\nA\n-\n1\n\n3\n\n');
  });
  it('a scalar in between is printed in place', () => {
    expect(out([o([['A', 1]]), 'str', o([['A', 2]])])).toBe('\nA\n-\n1\nstr\n2\n\n');
  });
  it('Doubles show the culture\'s decimals in tables (three in en-US, as pwsh 7.6 on Linux prints)', () => {
    expect(out([o([['N', 1.456789], ['I', 2]])])).toBe('\n    N I\n    - -\n1.457 2\n\n');
  });
  it('collections in cells as {a, b, c} cut after four with …', () => {
    expect(out([o([['Tags', ['a', 'b']], ['More', [1, 2, 3, 4, 5]]])])).toBe('\nTags   More\n----   ----\n{a, b} {1, 2, 3, 4…}\n\n');
  });
  it('too wide for the host: the rightmost column is cut with …', () => {
    const text = out([o([['Name', 'n'], ['Description', 'x'.repeat(50)]])], 30);
    expect(text).toBe('\nName Description\n---- -----------\nn    ' + 'x'.repeat(23) + '…\n\n');
    for (const line of text.split('\n')) expect(line.length).toBeLessThan(30);
  });
});

describe('lists (objects with 5 or more properties)', () => {
  it('labels padded to the longest, a blank line around each object', () => {
    const a = o([['A', 1], ['Bee', 2], ['C', 3], ['D', 4], ['E', null]]);
    expect(out([a])).toBe('\nA   : 1\nBee : 2\nC   : 3\nD   : 4\nE   :\n\n');
    expect(out([a, a])).toBe('\nA   : 1\nBee : 2\nC   : 3\nD   : 4\nE   :\n\nA   : 1\nBee : 2\nC   : 3\nD   : 4\nE   :\n\n');
  });
  it('a line written between two objects of a list sits under the blank line that follows the first ($o; \'x\'; $o)', () => {
    const a = o([['A', 1], ['B', 2], ['C', 3], ['D', 4], ['E', 5]]);
    expect(out([a, 'x', a, 'y'])).toBe('\nA : 1\nB : 2\nC : 3\nD : 4\nE : 5\n\nx\nA : 1\nB : 2\nC : 3\nD : 4\nE : 5\n\ny\n');
  });
  it('long values wrap under the value column', () => {
    const a = o([['A', 'word '.repeat(5).trim()], ['B', 1], ['C', 1], ['D', 1], ['E', 1]]);
    expect(out([a], 16)).toBe('\nA : word word\n    word word\n    word\nB : 1\nC : 1\nD : 1\nE : 1\n\n');
  });
});

describe('views by type', () => {
  it('a hashtable is a Name/Value table, Name 30 wide', () => {
    const h = new PSHashtable();
    h.set('a', 1);
    h.set('bb', 'two');
    expect(out([h])).toBe('\nName                           Value\n----                           -----\na                              1\nbb                             two\n\n');
  });
  it('TimeSpan is a list', () => {
    expect(out([new PSTimeSpan(36_000_000_000)])).toBe(
      '\nDays              : 0\nHours             : 1\nMinutes           : 0\nSeconds           : 0\nMilliseconds      : 0\nTicks             : 36000000000\nTotalDays         : 0.0416666666666667\nTotalHours        : 1\nTotalMinutes      : 60\nTotalSeconds      : 3600\nTotalMilliseconds : 3600000\n\n',
    );
  });
  it('Measure-Object result', () => {
    const m = o(
      [
        ['Count', 3],
        ['Average', null],
        ['Sum', 6],
        ['Maximum', null],
        ['Minimum', null],
        ['StandardDeviation', null],
        ['Property', null],
      ],
      ['Microsoft.PowerShell.Commands.GenericMeasureInfo', 'System.Object'],
    );
    expect(out([m])).toBe('\nCount             : 3\nAverage           :\nSum               : 6\nMaximum           :\nMinimum           :\nStandardDeviation :\nProperty          :\n\n');
  });
  it('Group-Object result', () => {
    const g = o([['Count', 2], ['Name', 'a'], ['Group', ['a', 'a']], ['Values', ['a']]], ['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object']);
    expect(out([g])).toBe('\nCount Name                      Group\n----- ----                      -----\n    2 a                         {a, a}\n\n');
  });
  it('a generated table (no view) takes every later object under the first one\'s columns', () => {
    // PowerShell: a view made from the first object's properties applies to any object, so
    // [pscustomobject]@{X=1}; <other object> shows the other one as a row with an empty X.
    const five = o([['A', 1], ['B', 2], ['C', 3], ['D', 4], ['E', 5]], ['Other', 'System.Object']);
    expect(out([o([['X', 1]]), five, o([['X', 22]])])).toBe('\n X\n -\n 1\n\n22\n\n');
  });
  it('an object a type view does not apply to is shown out of band, as a list, and the table goes on', () => {
    const g = (name: string) => o([['Count', 1], ['Name', name], ['Group', [name]]], ['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object']);
    const other = o([['A', 1]]);
    expect(out([g('a'), other, g('b')])).toBe(
      '\nCount Name                      Group\n----- ----                      -----\n    1 a                         {a}\n\nA : 1\n\n    1 b                         {b}\n\n',
    );
  });
  it('objects of different types that share a view stay in one table (CmdletInfo then AliasInfo)', () => {
    const cmd = (type: string, name: string) => o([['CommandType', type.replace('Info', '')], ['Name', name], ['Version', ''], ['Source', '']], [`System.Management.Automation.${type}`, 'System.Object']);
    const text = out([cmd('CmdletInfo', 'Get-Date'), cmd('AliasInfo', 'gci')]);
    expect(text.split('\n').filter((l) => l.startsWith('CommandType'))).toHaveLength(1);
    expect(text).toContain('\nCmdlet          Get-Date\nAlias           gci\n');
  });
  it('a view\'s group-by value changing starts a new table with its own header', () => {
    const f = (dir: string, name: string) => o([['Mode', '-a---'], ['Name', name], ['Length', 1], ['DirectoryName', dir]], ['System.IO.FileInfo', 'System.Object']);
    const text = out([f('/a', 'x'), f('/a', 'y'), f('/b', 'z')]);
    expect(text.match(/Directory: /g)).toHaveLength(2);
    expect(text.match(/^Mode/gm)).toHaveLength(2);
  });
  it('Get-ChildItem: directories and files of one folder share one table under one Directory: header', () => {
    const d = o([['Mode', 'd----'], ['Name', 'sub'], ['Parent', '/tmp/x'], ['PSIsContainer', true]], ['System.IO.DirectoryInfo', 'System.Object']);
    const f = o([['Mode', '-a---'], ['Name', 'a.txt'], ['Length', 6], ['DirectoryName', '/tmp/x'], ['PSIsContainer', false]], ['System.IO.FileInfo', 'System.Object']);
    const text = out([d, f]);
    expect(text.match(/Directory: \/tmp\/x/g)).toHaveLength(1);
    expect(text.match(/^Mode/gm)).toHaveLength(1);
  });
  it('an empty hashtable prints nothing, alone or before other output', () => {
    expect(out([new PSHashtable()])).toBe('');
    expect(out([new PSHashtable(), 1])).toBe('1\n');
    expect(out([new PSHashtable(), o([['A', 1]])])).toBe('\nA\n-\n1\n\n');
  });
  it('enum values are right-aligned like the integers under them', async () => {
    expect(await psFormat('enum Col { Red; Green }; [pscustomobject]@{a=[Col]::Red; b=1}, [pscustomobject]@{a=[Col]::Green; b=2}')).toBe(
      '\n    a b\n    - -\n  Red 1\nGreen 2\n\n',
    );
  });
  it('booleans are right-aligned like numbers (the first object\'s value decides)', () => {
    expect(out([o([['Enabled', true], ['Name', 'a']])])).toBe('\nEnabled Name\n------- ----\n   True a\n\n');
  });
});

describe('OutputFormatter streams', () => {
  it('a table waits for its widths, then later rows stream under the same header', () => {
    const f = new OutputFormatter({ width: 120 });
    expect(f.write(o([['Name', 'alpha'], ['N', 1]]))).toBe('');
    expect(f.write(o([['Name', 'b'], ['N', 22]]))).toBe('');
    expect(f.hasPending).toBe(true);
    expect(f.flush()).toBe('\nName   N\n----   -\nalpha  1\nb     22\n');
    // Widths are fixed now: a longer value is cut, no new header.
    expect(f.write(o([['Name', 'a much longer name'], ['N', 3]]))).toBe('a mu…  3\n');
    expect(f.end()).toBe('\n');
  });
  it('with a clock, rows wait at most batchMs, as PowerShell\'s 300 ms window', () => {
    let t = 0;
    const f = new OutputFormatter({ width: 120 }, { now: () => t, batchMs: 300 });
    expect(f.write(o([['A', 'x']]))).toBe('');
    t = 100;
    expect(f.write(o([['A', 'yy']]))).toBe('');
    t = 400;
    expect(f.write(o([['A', 'zzz']]))).toBe('\nA\n-\nx\nyy\nzzz\n');
    expect(f.write(o([['A', 'w']]))).toBe('w\n');
    expect(f.end()).toBe('\n');
  });
  it('a view with fixed widths streams at once', () => {
    const f = new OutputFormatter({ width: 120 });
    const g = o([['Count', 2], ['Name', 'a'], ['Group', ['a', 'a']]], ['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object']);
    expect(f.write(g)).toBe('\nCount Name                      Group\n----- ----                      -----\n    2 a                         {a, a}\n');
    expect(f.end()).toBe('\n');
  });
  it('Format-Table records of one stream continue one table (no second header)', () => {
    const b = new TableRecordBuilder(o([['Name', 'a']]));
    const text = formatForOutput([b.record([o([['Name', 'a']])]), b.record([o([['Name', 'bb']])])], { width: 120 });
    expect(text).toBe('\nName\n----\na\nbb\n\n');
  });
  it('Format-List records of one stream are one list (one closing blank line)', () => {
    const id = {};
    const one = (v: number) => buildListRecord([o([['A', v]])], {}, undefined, id);
    expect(formatForOutput([one(1), one(2)], { width: 120 })).toBe('\nA : 1\n\nA : 2\n\n');
  });
});

describe('format records', () => {
  it('Format-Table -Property with a calculated column, -AutoSize', () => {
    const items = [o([['Name', 'a'], ['Size', 1024]]), o([['Name', 'bb'], ['Size', 2048]])];
    const calc = new PSHashtable();
    calc.set('Label', 'KB');
    calc.set('Expression', new ScriptBlockValue('$_.Size / 1kb', null));
    const rec = buildTableRecord(items, { property: ['Name', propertySpecFrom(calc)], autoSize: true }, (_b, x) => [((x as PSObject).get('Size') as number) / 1024]);
    expect(out([rec])).toBe('\nName KB\n---- --\na     1\nbb    2\n\n');
  });
  it('Format-Table with FormatString and Width/Alignment', () => {
    const spec = propertySpecFrom(
      (() => {
        const h = new PSHashtable();
        h.set('N', 'Value');
        h.set('E', 'V');
        h.set('FormatString', 'N2');
        h.set('Width', 10);
        h.set('Alignment', 'Right');
        return h;
      })(),
    );
    expect(out([buildTableRecord([o([['V', 1234.5]])], { property: [spec] })])).toBe('\n     Value\n     -----\n  1,234.50\n\n');
  });
  it('Format-List *', () => {
    expect(out([buildListRecord([o([['Name', 'a'], ['Size', 1]])])])).toBe('\nName : a\nSize : 1\n\n');
  });
  it('Format-Table -HideTableHeaders and -Wrap', () => {
    expect(out([buildTableRecord([o([['A', 1]])], { hideTableHeaders: true })])).toBe('\n1\n\n');
  });
  it('Format-Wide', () => {
    expect(out([buildWideRecord([o([['Name', 'a']]), o([['Name', 'b']]), o([['Name', 'c']])])], 20)).toBe('\na         b\nc\n\n');
  });
});

describe('view columns', () => {
  it('are left-aligned unless the view says so (numbers too)', () => {
    const h = new PSHashtable();
    h.set('a', 1);
    expect(out([h])).toBe('\nName                           Value\n----                           -----\na                              1\n\n');
  });
  it('[version] shows Major Minor Build Revision', async () => {
    const { PSVersion } = await import('../../src/runtime/values.js');
    expect(out([new PSVersion(1, 2, 3)])).toBe('\nMajor  Minor  Build  Revision\n-----  -----  -----  --------\n1      2      3      -1\n\n');
  });
});

describe('streaming Out-Default', () => {
  it('scalars come out at once; table rows wait for the end to size columns', async () => {
    const { OutputFormatter } = await import('../../src/format/out.js');
    const f = new OutputFormatter({ width: 120 });
    expect(f.write('a')).toBe('a\n');
    expect(f.write(o([['N', 1]]))).toBe('');
    expect(f.write(o([['N', 100]]))).toBe('');
    expect(f.end()).toBe('\n  N\n  -\n  1\n100\n\n');
  });
  it('an ErrorRecord in the output uses the error view', async () => {
    const { ErrorRecord } = await import('../../src/runtime/errors.js');
    expect(out([new ErrorRecord('Boom.', 'X', 'InvalidOperation')])).toBe('InvalidOperation: Boom.\n');
  });
});

describe('tables wider than the host', () => {
  it('the rightmost columns give way: left out when nothing of them fits, else cut (PowerShell\'s column width manager)', () => {
    const row = o([['Alpha', 'aaaaaaaaaa'], ['Beta', 'bbbbbbbbbb'], ['Gamma', 'cccccccccc']]);
    expect(out([row], 13)).toBe('\nAlpha      B\n-----      -\naaaaaaaaaa b\n\n');
    expect(out([row], 26)).toBe('\nAlpha      Beta       Ga…\n-----      ----       ---\naaaaaaaaaa bbbbbbbbbb cc…\n\n');
  });
  it('a wide middle column keeps its width; the last one is cut', () => {
    const row = o([['Name', 'n'], ['Address', 'a'.repeat(30)], ['Note', 'x'.repeat(30)]]);
    const text = out([row], 50);
    expect(text.split('\n')[3]).toBe('n    ' + 'a'.repeat(30) + ' ' + 'x'.repeat(12) + '…');
  });
});

describe('hashtables through Format-List / Format-Table', () => {
  it('one Name/Value entry per key', () => {
    const h = new PSHashtable();
    h.set('a', 1);
    h.set('bb', 2);
    expect(out([buildListRecord([h])])).toBe('\nName  : a\nValue : 1\n\nName  : bb\nValue : 2\n\n');
    expect(out([buildTableRecord([h])])).toBe('\nName                           Value\n----                           -----\na                              1\nbb                             2\n\n');
  });
});

describe('culture view', () => {
  it('Get-Culture', async () => {
    const { cultureInfo } = await import('../../src/dotnet/culture-info.js');
    expect(out([cultureInfo()])).toBe('\nLCID             Name             DisplayName\n----             ----             -----------\n1033             en-US            English (United States)\n\n');
  });
});
