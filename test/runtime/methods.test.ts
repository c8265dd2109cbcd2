// Members and methods as PowerShell scripts use them, with pwsh 7.4's results.
import { describe, expect, it } from 'vitest';
import { getMember, invokeMethod, setMember } from '../../src/runtime/member-access.js';
import { getStaticMember, invokeStaticMethod } from '../../src/runtime/static-member-access.js';
import type { MethodHooks } from '../../src/dotnet/member-tables.js';
import { errorOf } from './runtime-error-of.js';
import { PSChar, PSDateTime, PSGuid, PSHashtable, PSList, PSObject, PSTimeSpan, PSTypeRef, ScriptBlockValue } from '../../src/runtime/values.js';
import { makeDate, dateParts } from '../../src/dotnet/date-time.js';
import { toStringValue } from '../../src/runtime/conversions.js';
import { PSNumber } from '../../src/dotnet/numeric-types.js';
import { Session } from '../../src/local-session.js';

const call = (v: unknown, name: string, ...args: unknown[]) => invokeMethod(v, name, args);
const obj = (entries: [string, unknown][]) => PSObject.fromEntries(entries);

describe('strings', () => {
  it('case, trimming, padding', () => {
    expect(call('abc', 'ToUpper')).toBe('ABC');
    expect(call('ABC', 'tolower')).toBe('abc');
    expect(call('  x  ', 'Trim')).toBe('x');
    expect(call('xxaxx', 'Trim', 'x')).toBe('a');
    expect(call('  x  ', 'TrimStart')).toBe('x  ');
    expect(call('path///', 'TrimEnd', '/')).toBe('path');
    expect(call('7', 'PadLeft', 3, '0')).toBe('007');
    expect(call('ab', 'PadRight', 4)).toBe('ab  ');
    expect(getMember('hello', 'Length')).toBe(5);
  });
  it('searching', () => {
    expect(call('Hello', 'StartsWith', 'He')).toBe(true);
    expect(call('Hello', 'StartsWith', 'he')).toBe(false);
    expect(call('Hello', 'StartsWith', 'he', 'OrdinalIgnoreCase')).toBe(true);
    expect(call('Hello', 'EndsWith', 'lo')).toBe(true);
    expect(call('Hello', 'Contains', 'ell')).toBe(true);
    expect(call('Hello', 'Contains', 'ELL')).toBe(false);
    expect(call('Hello', 'IndexOf', 'l')).toBe(2);
    expect(call('Hello', 'LastIndexOf', 'l')).toBe(3);
    expect(call('Hello', 'IndexOf', 'z')).toBe(-1);
  });
  it('Substring, Replace, Insert, Remove, Split', () => {
    expect(call('Hello World', 'Substring', 6)).toBe('World');
    expect(call('Hello World', 'Substring', 0, 5)).toBe('Hello');
    expect(call('a-b-c', 'Replace', '-', '+')).toBe('a+b+c');
    expect(call('aAa', 'Replace', 'a', 'x')).toBe('xAx');
    expect(call('abc', 'Insert', 1, 'X')).toBe('aXbc');
    expect(call('abcdef', 'Remove', 2, 2)).toBe('abef');
    expect(call('a,b,,c', 'Split', ',')).toEqual(['a', 'b', '', 'c']);
    expect(call('a,b;c', 'Split', [new PSChar(44), new PSChar(59)])).toEqual(['a', 'b', 'c']);
    expect(call('a,b,,c', 'Split', ',', 'RemoveEmptyEntries')).toEqual(['a', 'b', 'c']);
    expect(call('a::b', 'Split', '::')).toEqual(['a', 'b']);
    expect(call('a,b,c', 'Split', ',', 2)).toEqual(['a', 'b,c']);
    expect((call('ab', 'ToCharArray') as PSChar[]).map(String)).toEqual(['a', 'b']);
  });
  it('.NET errors in PowerShell wording', () => {
    expect(errorOf(() => call('abc', 'Substring', 5))).toBe(
      `Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter 'startIndex')"`,
    );
    expect(errorOf(() => call('abc', 'Foo'))).toBe("Method invocation failed because [System.String] does not contain a method named 'Foo'.");
    expect(errorOf(() => call('abc', 'Substring', 1, 1, 1))).toBe('Cannot find an overload for "Substring" and the argument count: "3".');
    expect(errorOf(() => call(null, 'Trim'))).toBe('You cannot call a method on a null-valued expression.');
  });
  it('Equals and CompareTo', () => {
    expect(call('a', 'Equals', 'A')).toBe(false);
    expect(call('a', 'CompareTo', 'b')).toBe(-1);
  });
});

describe('arrays and member enumeration', () => {
  it('Count, Length, Contains, IndexOf', () => {
    expect(getMember([1, 2, 3], 'Count')).toBe(3);
    expect(getMember([1, 2, 3], 'Length')).toBe(3);
    expect(call([1, 2, 3], 'Contains', 2)).toBe(true);
    expect(call(['a'], 'Contains', 'A')).toBe(false);
    expect(call([1, 2, 3], 'IndexOf', 3)).toBe(2);
  });
  it('scalars have Count 1, $null has Count 0 via the engine', () => {
    expect(getMember(5, 'Count')).toBe(1);
    expect(getMember(null, 'Count')).toBe(0);
    expect(getMember(null, 'Nope')).toBeNull();
  });
  it('$arr.Name gives each element\'s Name, nulls left out', () => {
    const items = [obj([['Name', 'a']]), obj([['Name', null]]), obj([['Name', 'c']])];
    expect(getMember(items, 'Name')).toEqual(['a', 'c']);
    expect(getMember([obj([['Name', 'only']])], 'Name')).toBe('only');
    expect(getMember([obj([['Tags', [1, 2]]]), obj([['Tags', [3]]])], 'Tags')).toEqual([1, 2, 3]);
    expect(getMember(['ab', 'cde'], 'Length')).toBe(2); // the array's own Length wins
  });
  it('method enumeration: $arr.ToUpper()', () => {
    expect(call(['a', 'b'], 'ToUpper')).toEqual(['A', 'B']);
  });
  it('arrays are fixed size', () => {
    expect(errorOf(() => call([1], 'Add', 2))).toBe('Exception calling "Add" with "1" argument(s): "Collection was of a fixed size."');
  });
  it('.ForEach() and .Where()', () => {
    const hooks: MethodHooks = {
      invoke: (block, x) => (block.text === 'double' ? [(x as number) * 2] : [(x as number) > 1]),
    };
    expect(invokeMethod([1, 2, 3], 'ForEach', [new ScriptBlockValue('double', null)], hooks)).toEqual([2, 4, 6]);
    expect(invokeMethod([1, 2, 3], 'Where', [new ScriptBlockValue('gt1', null)], hooks)).toEqual([2, 3]);
    expect(invokeMethod([1, 2, 3], 'Where', [new ScriptBlockValue('gt1', null), 'First'], hooks)).toEqual([2]);
    expect(invokeMethod([1, 2, 3], 'Where', [new ScriptBlockValue('gt1', null), 'Split'], hooks)).toEqual([[2, 3], [1]]);
    expect(invokeMethod(['a', 'bb'], 'ForEach', ['Length'])).toEqual([1, 2]);
    expect(invokeMethod(['1', '2'], 'ForEach', [new PSTypeRef('System.Int32')])).toEqual([1, 2]);
  });
});

describe('hashtables', () => {
  const make = () => {
    const h = new PSHashtable();
    h.set('Name', 'x');
    h.set('Size', 3);
    return h;
  };
  it('keys as properties, Keys/Values/Count', () => {
    const h = make();
    expect(getMember(h, 'name')).toBe('x');
    expect(getMember(h, 'Keys')).toEqual(['Name', 'Size']);
    expect(getMember(h, 'Values')).toEqual(['x', 3]);
    expect(getMember(h, 'Count')).toBe(2);
    expect(getMember(h, 'Missing')).toBeNull();
  });
  it('ContainsKey, Add (duplicate is an error), Remove, Clone, assignment', () => {
    const h = make();
    expect(call(h, 'ContainsKey', 'SIZE')).toBe(true);
    call(h, 'Add', 'New', 1);
    expect(h.get('new')).toBe(1);
    expect(errorOf(() => call(h, 'Add', 'name', 2))).toBe(
      `Exception calling "Add" with "2" argument(s): "Item has already been added. Key in dictionary: 'Name'  Key being added: 'name'"`,
    );
    call(h, 'Remove', 'New');
    expect(h.has('New')).toBe(false);
    const c = call(h, 'Clone') as PSHashtable;
    c.set('Name', 'changed');
    expect(h.get('Name')).toBe('x');
    setMember(h, 'Extra', 5);
    expect(h.get('extra')).toBe(5);
  });
  it('GetEnumerator() gives entries with Key/Value/Name', () => {
    const entries = call(make(), 'GetEnumerator') as PSObject[];
    expect(entries.map((e) => [e.get('Key'), e.get('Value'), e.get('Name')])).toEqual([
      ['Name', 'x', 'Name'],
      ['Size', 3, 'Size'],
    ]);
  });
});

describe('PSObjects', () => {
  it('properties, setting an unknown one is an error', () => {
    const o = obj([['A', 1]]);
    expect(getMember(o, 'a')).toBe(1);
    setMember(o, 'A', 2);
    expect(o.get('A')).toBe(2);
    expect(errorOf(() => setMember(o, 'B', 1))).toBe("The property 'B' cannot be found on this object. Verify that the property exists and can be set.");
    expect(getMember(o, 'Missing')).toBeNull();
  });
  it('.PSObject.Properties and Copy()', () => {
    const o = obj([['A', 1], ['B', 'x']]);
    const props = getMember(getMember(o, 'PSObject'), 'Properties');
    expect(getMember(props, 'Name')).toEqual(['A', 'B']);
    expect(getMember(props, 'Value')).toEqual([1, 'x']);
    const copy = invokeMethod(getMember(o, 'psobject'), 'Copy', []) as PSObject;
    copy.set('A', 9);
    expect(o.get('A')).toBe(1);
  });
  it('ToString() and GetType()', () => {
    expect(call(obj([['A', 1]]), 'ToString')).toBe('@{A=1}');
    const t = call(obj([]), 'GetType');
    expect(getMember(t, 'Name')).toBe('PSCustomObject');
    expect(getMember(t, 'FullName')).toBe('System.Management.Automation.PSCustomObject');
    expect(getMember(call(1, 'GetType'), 'Name')).toBe('Int32');
    expect(getMember(call('s', 'GetType'), 'FullName')).toBe('System.String');
    expect(getMember(call([1], 'GetType'), 'Name')).toBe('Object[]');
    expect(getMember(call(new PSHashtable(), 'GetType'), 'Name')).toBe('Hashtable');
  });
});

describe('DateTime', () => {
  const d = makeDate(2024, 1, 31, 14, 5, 6, 789);
  it('properties', () => {
    expect(getMember(d, 'Year')).toBe(2024);
    expect(getMember(d, 'Month')).toBe(1);
    expect(getMember(d, 'Day')).toBe(31);
    expect(getMember(d, 'Hour')).toBe(14);
    expect(getMember(d, 'DayOfWeek')).toBe('Wednesday');
    expect(getMember(d, 'DayOfYear')).toBe(31);
    expect(getMember(d, 'Millisecond')).toBe(789);
    expect(toStringValue(getMember(d, 'TimeOfDay'))).toBe('14:05:06.7890000');
    expect(dateParts(getMember(d, 'Date') as PSDateTime)).toMatchObject({ hour: 0, day: 31 });
    expect(getMember(makeDate(1, 1, 1), 'Ticks')).toEqual(new PSNumber('Int64', 0));
    expect(getMember(makeDate(2000, 1, 1), 'Ticks')).toEqual(new PSNumber('Int64', 630822816000000000));
  });
  it('Add* methods; AddMonths clamps the day', () => {
    expect(dateParts(call(d, 'AddDays', 1) as PSDateTime)).toMatchObject({ month: 2, day: 1 });
    expect(dateParts(call(d, 'AddHours', -15) as PSDateTime)).toMatchObject({ day: 30, hour: 23 });
    expect(dateParts(call(d, 'AddMonths', 1) as PSDateTime)).toMatchObject({ month: 2, day: 29 });
    expect(dateParts(call(d, 'AddYears', 1) as PSDateTime)).toMatchObject({ year: 2025, month: 1, day: 31 });
    expect(dateParts(call(d, 'AddMinutes', 90) as PSDateTime)).toMatchObject({ hour: 15, minute: 35 });
  });
  it('ToString with standard and custom formats (en-US)', () => {
    expect(call(d, 'ToString')).toBe('1/31/2024 2:05:06\u202fPM');
    expect(call(d, 'ToString', 'yyyy-MM-dd')).toBe('2024-01-31');
    expect(call(d, 'ToString', 'yyyy-MM-dd HH:mm')).toBe('2024-01-31 14:05');
    expect(call(d, 'ToString', 'd')).toBe('1/31/2024');
    expect(call(d, 'ToString', 'D')).toBe('Wednesday, January 31, 2024');
    expect(call(d, 'ToString', 'f')).toBe('Wednesday, January 31, 2024 2:05\u202fPM');
    expect(call(d, 'ToString', 'F')).toBe('Wednesday, January 31, 2024 2:05:06\u202fPM');
    expect(call(d, 'ToString', 'g')).toBe('1/31/2024 2:05\u202fPM');
    expect(call(d, 'ToString', 'G')).toBe('1/31/2024 2:05:06\u202fPM');
    expect(call(d, 'ToString', 'M')).toBe('January 31');
    expect(call(d, 'ToString', 's')).toBe('2024-01-31T14:05:06');
    expect(call(d, 'ToString', 'o')).toBe('2024-01-31T14:05:06.7890000');
    expect(call(d, 'ToString', 't')).toBe('2:05\u202fPM');
    expect(call(d, 'ToString', 'T')).toBe('2:05:06\u202fPM');
    expect(call(d, 'ToString', 'u')).toBe('2024-01-31 14:05:06Z');
    expect(call(d, 'ToString', 'y')).toBe('January 2024');
    expect(call(d, 'ToString', 'dddd dd MMM yy hh:mm:ss.fff tt')).toBe('Wednesday 31 Jan 24 02:05:06.789 PM');
    expect(call(d, 'ToShortDateString')).toBe('1/31/2024');
    expect(call(d, 'ToLongDateString')).toBe('Wednesday, January 31, 2024');
    expect(call(d, 'ToShortTimeString')).toBe('2:05\u202fPM');
  });
  it('ToUniversalTime of a UTC date, CompareTo, Subtract', () => {
    const u = new PSDateTime(Date.UTC(2024, 0, 1), 'Utc');
    expect(call(u, 'ToString', 'o')).toBe('2024-01-01T00:00:00.0000000Z');
    expect(call(d, 'CompareTo', makeDate(2025, 1, 1))).toBe(-1);
    expect(toStringValue(call(d, 'Subtract', makeDate(2024, 1, 30, 14, 5, 6, 789)))).toBe('1.00:00:00');
  });
});

describe('TimeSpan', () => {
  const t = new PSTimeSpan(((1 * 24 + 2) * 3600 + 3 * 60 + 4) * 10_000_000 + 5 * 10_000);
  it('components and totals', () => {
    expect(getMember(t, 'Days')).toBe(1);
    expect(getMember(t, 'Hours')).toBe(2);
    expect(getMember(t, 'Minutes')).toBe(3);
    expect(getMember(t, 'Seconds')).toBe(4);
    expect(getMember(t, 'Milliseconds')).toBe(5);
    expect(getMember(new PSTimeSpan(36_000_000_000), 'TotalHours')).toEqual(new PSNumber('Double', 1));
    expect(getMember(new PSTimeSpan(36_000_000_000), 'TotalMinutes')).toEqual(new PSNumber('Double', 60));
    expect(toStringValue(t)).toBe('1.02:03:04.0050000');
    expect(call(t, 'ToString', 'hh\\:mm')).toBe('02:03');
  });
});

describe('numbers', () => {
  it('ToString with formats', () => {
    expect(call(1234.5, 'ToString', 'N2')).toBe('1,234.50');
    expect(call(42, 'ToString')).toBe('42');
    expect(call(0.5, 'ToString', 'P0')).toBe('50%');
    expect(call(255, 'ToString', 'X2')).toBe('FF');
  });
  it('ToString() is .NET\'s shortest round-trip text, unlike "$x" which keeps 15 digits', () => {
    expect(call(0.1 + 0.2, 'ToString')).toBe('0.30000000000000004');
    expect(toStringValue(0.1 + 0.2)).toBe('0.3');
    expect(call(1.5e-7, 'ToString')).toBe('1.5E-07');
  });
});

describe('lists', () => {
  it('ArrayList.Add returns the index; List[T].Add returns nothing and converts', () => {
    const al = invokeStaticMethod('System.Collections.ArrayList', 'new', []) as PSList;
    expect(call(al, 'Add', 'a')).toBe(0);
    expect(call(al, 'Add', 'b')).toBe(1);
    expect(getMember(al, 'Count')).toBe(2);
    const l = invokeStaticMethod(new PSTypeRef('System.Collections.Generic.List[System.Int32]'), 'new', []) as PSList;
    expect(call(l, 'Add', '5')).toBeUndefined();
    expect(l.items).toEqual([5]);
    call(al, 'Remove', 'a');
    expect(al.items).toEqual(['b']);
    expect(call(al, 'Contains', 'b')).toBe(true);
  });
});

describe('static members', () => {
  it('[math]', () => {
    expect(invokeStaticMethod('math', 'Round', [2.5])).toBe(2);
    expect(invokeStaticMethod('math', 'Round', [3.5])).toBe(4);
    expect(invokeStaticMethod('math', 'Round', [2.5, 'AwayFromZero'])).toBe(3);
    expect(invokeStaticMethod('math', 'Round', [1.2345, 2])).toBe(1.23);
    expect(invokeStaticMethod('math', 'Round', [-2.5])).toBe(-2);
    expect(invokeStaticMethod('math', 'Floor', [2.7])).toBe(2);
    expect(invokeStaticMethod('math', 'Ceiling', [2.1])).toBe(3);
    expect(invokeStaticMethod('math', 'Abs', [-3])).toBe(3);
    expect(invokeStaticMethod('math', 'Max', [3, 7])).toBe(7);
    expect(invokeStaticMethod('math', 'Pow', [2, 10])).toBe(1024);
    expect(invokeStaticMethod('math', 'Sqrt', [16])).toBe(4);
    expect(invokeStaticMethod('math', 'Truncate', [-2.7])).toBe(-2);
    expect(getStaticMember('math', 'PI')).toBe(Math.PI);
    expect(errorOf(() => invokeStaticMethod('math', 'Foo', []))).toBe("Method invocation failed because [System.Math] does not contain a method named 'Foo'.");
  });
  it('[string]', () => {
    expect(invokeStaticMethod('string', 'IsNullOrEmpty', [''])).toBe(true);
    expect(invokeStaticMethod('string', 'IsNullOrEmpty', [null])).toBe(true);
    expect(invokeStaticMethod('string', 'IsNullOrWhiteSpace', ['  '])).toBe(true);
    expect(invokeStaticMethod('string', 'Join', [', ', ['a', 'b']])).toBe('a, b');
    expect(invokeStaticMethod('string', 'Format', ['{0}-{1}', 'a', 'b'])).toBe('a-b');
    expect(getStaticMember('string', 'Empty')).toBe('');
  });
  it('[int], [datetime], [timespan], [guid]', () => {
    expect(getStaticMember('int', 'MaxValue')).toBe(2147483647);
    expect(getStaticMember('int', 'MinValue')).toBe(-2147483648);
    expect(invokeStaticMethod('int', 'Parse', ['42'])).toBe(42);
    expect(getStaticMember('datetime', 'Now')).toBeInstanceOf(PSDateTime);
    expect((getStaticMember('datetime', 'UtcNow') as PSDateTime).kind).toBe('Utc');
    expect(dateParts(invokeStaticMethod('datetime', 'ParseExact', ['2024-03-09', 'yyyy-MM-dd', null]) as PSDateTime)).toMatchObject({ year: 2024, month: 3, day: 9 });
    expect(dateParts(invokeStaticMethod('datetime', 'Parse', ['3/9/2024']) as PSDateTime)).toMatchObject({ month: 3, day: 9 });
    expect(toStringValue(invokeStaticMethod('timespan', 'FromMinutes', [90]))).toBe('01:30:00');
    expect(toStringValue(getStaticMember('timespan', 'Zero'))).toBe('00:00:00');
    expect((invokeStaticMethod('guid', 'NewGuid', []) as PSGuid).value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(toStringValue(getStaticMember('guid', 'Empty'))).toBe('00000000-0000-0000-0000-000000000000');
  });
  it('[regex], [convert], [System.IO.Path], [Environment], [System.Text.Encoding]', () => {
    expect(invokeStaticMethod('regex', 'Escape', ['a.b*c'])).toBe('a\\.b\\*c');
    expect(invokeStaticMethod('regex', 'Replace', ['a1b2', '\\d', '#'])).toBe('a#b#');
    expect(getMember(invokeStaticMethod('regex', 'Match', ['abc123', '\\d+']), 'Value')).toBe('123');
    expect(getMember(invokeStaticMethod('regex', 'Matches', ['a1b22', '\\d+']), 'Value')).toEqual(['1', '22']);
    expect(invokeStaticMethod('convert', 'ToBase64String', [[104, 105]])).toBe('aGk=');
    expect(invokeStaticMethod('convert', 'FromBase64String', ['aGk='])).toEqual([104, 105]);
    expect(invokeStaticMethod('convert', 'ToInt32', ['ff', 16])).toBe(255);
    expect(invokeStaticMethod('System.IO.Path', 'GetFileName', ['/tmp/a.txt'])).toBe('a.txt');
    expect(invokeStaticMethod('System.IO.Path', 'GetExtension', ['/tmp/a.txt'])).toBe('.txt');
    expect(invokeStaticMethod('IO.Path', 'GetFileNameWithoutExtension', ['a.tar.gz'])).toBe('a.tar');
    expect(invokeStaticMethod('System.IO.Path', 'Combine', ['a', 'b'])).toMatch(/^a[\\/]b$/);
    expect(getStaticMember('Environment', 'NewLine')).toBe('\n');
    const utf8 = getStaticMember('System.Text.Encoding', 'UTF8');
    expect(invokeMethod(utf8, 'GetBytes', ['hé'])).toEqual([104, 195, 169]);
    expect(invokeMethod(utf8, 'GetString', [[104, 195, 169]])).toBe('hé');
  });
  it('enum values are their names', () => {
    expect(getStaticMember('System.DayOfWeek', 'Monday')).toBe('Monday');
    expect(getStaticMember('System.StringSplitOptions', 'RemoveEmptyEntries')).toBe('RemoveEmptyEntries');
  });
  it('unknown type', () => {
    expect(errorOf(() => getStaticMember('Nope.Type', 'X'))).toBe('Unable to find type [Nope.Type].');
  });
  it('StringBuilder', () => {
    const sb = invokeStaticMethod('System.Text.StringBuilder', 'new', []);
    invokeMethod(sb, 'Append', ['a']);
    invokeMethod(sb, 'Append', [1]);
    expect(invokeMethod(sb, 'ToString', [])).toBe('a1');
    expect(getMember(sb, 'Length')).toBe(2);
  });
});

describe('assignment does not enumerate', () => {
  it("$array.Name = 'x' is an error, as in PowerShell", () => {
    expect(errorOf(() => setMember([obj([['Name', 'a']])], 'Name', 'x'))).toBe(
      "The property 'Name' cannot be found on this object. Verify that the property exists and can be set.",
    );
  });
  it("read-only .NET properties", () => {
    expect(errorOf(() => setMember(makeDate(2024, 1, 1), 'Year', 1))).toBe("'Year' is a ReadOnly property.");
  });
});

describe('GetType() of property bags', () => {
  it('Select-Object output and deserialised objects', () => {
    const sel = PSObject.fromEntries([['A', 1]], ['Selected.System.String', 'System.Management.Automation.PSCustomObject', 'System.Object']);
    expect(getMember(call(sel, 'GetType'), 'FullName')).toBe('System.Management.Automation.PSCustomObject');
    const des = PSObject.fromEntries([['A', 1]], ['Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox', 'Deserialized.System.Object']);
    expect(getMember(call(des, 'GetType'), 'Name')).toBe('PSObject');
  });
});

describe('generic list type names', () => {
  it('GetType() and string forms', () => {
    const l = invokeStaticMethod('System.Collections.Generic.List[string]', 'new', []) as PSList;
    expect(getMember(call(l, 'GetType'), 'Name')).toBe('List`1');
    expect(call(l, 'ToString')).toBe('System.Collections.Generic.List`1[System.String]');
  });
});

describe('$_.Exception of a caught ErrorRecord', () => {
  it('is the very exception object the script threw: its InnerException and added members survive', async () => {
    const r = await new Session().run(
      "$e = [InvalidOperationException]::new('outer', [ArgumentException]::new('inner')); $e | Add-Member -NotePropertyName Code -NotePropertyValue 42; " +
        "try { throw $e } catch { $_.Exception.InnerException.Message; $_.Exception.Code; $_.Exception.Message }",
    );
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.output).toEqual(['inner', 42, 'outer']);
  });
  it('argument exceptions keep ParamName and take their arguments in .NET order', async () => {
    const r = await new Session().run(
      "try { throw [ArgumentException]::new('m','p') } catch { $_.Exception.ParamName; $_.Exception.Message }; " +
        "try { throw [ArgumentNullException]::new('name') } catch { $_.Exception.Message }; " +
        "try { throw [ArgumentOutOfRangeException]::new('idx', 'too big') } catch [ArgumentException] { $_.Exception.Message; $_.Exception.ParamName }",
    );
    expect(r.output).toEqual(['p', "m (Parameter 'p')", "Value cannot be null. (Parameter 'name')", "too big (Parameter 'idx')", 'idx']);
  });
  it('an engine error still gets an exception built from the record', async () => {
    const r = await new Session().run("try { Get-Item /nonexistent/x -ErrorAction Stop } catch { $_.Exception.GetType().FullName; $_.Exception.Message }");
    expect(r.output).toEqual(['System.Management.Automation.ItemNotFoundException', "Cannot find path '/nonexistent/x' because it does not exist."]);
  });
});
