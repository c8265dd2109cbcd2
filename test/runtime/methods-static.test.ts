// More static members: [array], [System.IO.File]/[Directory], Stopwatch, Thread.Sleep, DateTimeOffset.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getMember, invokeMethod } from '../../src/runtime/member-access.js';
import { getStaticMember, invokeStaticMethod } from '../../src/runtime/static-member-access.js';
import { errorOf } from './runtime-error-of.js';
import { PSDateTime, PSTimeSpan } from '../../src/runtime/values.js';
import { dateParts } from '../../src/dotnet/date-time.js';

const dir = mkdtempSync(join(tmpdir(), 'exosh-values-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('[array]', () => {
  it('IndexOf, Reverse and Sort work in place', () => {
    const a = ['b', 'a', 'c'];
    expect(invokeStaticMethod('array', 'IndexOf', [a, 'a'])).toBe(1);
    invokeStaticMethod('array', 'Reverse', [a]);
    expect(a).toEqual(['c', 'a', 'b']);
    invokeStaticMethod('array', 'Sort', [a]);
    expect(a).toEqual(['a', 'b', 'c']);
  });
});

describe('[System.IO.File] and [System.IO.Directory]', () => {
  it('write, read, append, exists', () => {
    const f = join(dir, 'a.txt');
    invokeStaticMethod('System.IO.File', 'WriteAllText', [f, 'one\ntwo\n']);
    expect(invokeStaticMethod('IO.File', 'Exists', [f])).toBe(true);
    expect(invokeStaticMethod('IO.File', 'ReadAllLines', [f])).toEqual(['one', 'two']);
    invokeStaticMethod('IO.File', 'AppendAllText', [f, 'three']);
    expect(invokeStaticMethod('IO.File', 'ReadAllText', [f])).toBe('one\ntwo\nthree');
    expect(invokeStaticMethod('IO.Directory', 'Exists', [dir])).toBe(true);
    writeFileSync(join(dir, 'b.txt'), '');
    expect((invokeStaticMethod('IO.Directory', 'GetFiles', [dir]) as string[]).length).toBe(2);
  });
  it('a missing file gives .NET\'s message', () => {
    const f = join(dir, 'missing.txt');
    expect(errorOf(() => invokeStaticMethod('IO.File', 'ReadAllText', [f]))).toBe(`Exception calling "ReadAllText" with "1" argument(s): "Could not find file '${f}'."`);
  });
});

describe('Stopwatch, Thread.Sleep', () => {
  it('measures elapsed time across a sleep', () => {
    const sw = invokeStaticMethod('System.Diagnostics.Stopwatch', 'StartNew', []);
    invokeStaticMethod('System.Threading.Thread', 'Sleep', [20]);
    invokeMethod(sw, 'Stop', []);
    expect(getMember(sw, 'IsRunning')).toBe(false);
    expect(getMember(sw, 'ElapsedMilliseconds') as number).toBeGreaterThanOrEqual(15);
    expect(getMember(sw, 'Elapsed')).toBeInstanceOf(PSTimeSpan);
  });
});

describe('[DateTimeOffset]', () => {
  it('Unix time both ways', () => {
    const o = invokeStaticMethod('DateTimeOffset', 'FromUnixTimeSeconds', [1704164645]);
    const utc = getMember(o, 'UtcDateTime') as PSDateTime;
    expect(utc.kind).toBe('Utc');
    expect(dateParts(utc)).toMatchObject({ year: 2024, month: 1, day: 2, hour: 3, minute: 4, second: 5 });
    expect(invokeMethod(o, 'ToUnixTimeSeconds', [])).toBe(1704164645);
    expect(typeof invokeMethod(getStaticMember('DateTimeOffset', 'Now'), 'ToUnixTimeSeconds', [])).toBe('number');
  });
});

describe('culture, wildcards, exceptions, ErrorRecord', () => {
  it('(Get-Culture).TextInfo.ToTitleCase and the culture name', () => {
    const c = getStaticMember('cultureinfo', 'CurrentCulture');
    expect(getMember(c, 'Name')).toBe('en-US');
    expect(invokeMethod(getMember(c, 'TextInfo'), 'ToTitleCase', ['hello wORLD of IT'])).toBe('Hello World Of IT');
  });
  it('[StringComparison] values and [WildcardPattern]::Escape', () => {
    expect(getStaticMember('StringComparison', 'OrdinalIgnoreCase')).toBe('OrdinalIgnoreCase');
    expect(invokeMethod('Hello', 'Contains', ['hELLO', getStaticMember('System.StringComparison', 'OrdinalIgnoreCase')])).toBe(true);
    expect(invokeStaticMethod('WildcardPattern', 'Escape', ['a*b?[c]'])).toBe('a`*b`?`[c`]');
  });
  it('exceptions and ErrorRecord::new for throw', async () => {
    const { ErrorRecord } = await import('../../src/runtime/errors.js');
    const ex = invokeStaticMethod('System.ArgumentException', 'new', ['Bad value', 'Name']);
    expect(getMember(ex, 'Message')).toBe("Bad value (Parameter 'Name')");
    const rec = invokeStaticMethod('System.Management.Automation.ErrorRecord', 'new', [ex, 'BadThing', 'InvalidArgument', 'x']) as InstanceType<typeof ErrorRecord>;
    expect(rec).toBeInstanceOf(ErrorRecord);
    expect(rec.message).toBe("Bad value (Parameter 'Name')");
    expect(rec.exceptionType).toBe('System.ArgumentException');
    expect(rec.category).toBe('InvalidArgument');
    expect(getMember(invokeStaticMethod('InvalidOperationException', 'new', []), 'Message')).toBe('Operation is not valid due to the current state of the object.');
  });
});

describe('exceptionInfo (for the engine\'s throw/catch)', () => {
  it('reads message and type chain', async () => {
    const { exceptionInfo } = await import('../../src/dotnet/exceptions.js');
    const info = exceptionInfo(invokeStaticMethod('System.IO.FileNotFoundException', 'new', ['gone']));
    expect(info).toEqual({ message: 'gone', exceptionType: 'System.IO.FileNotFoundException', typeChain: ['System.IO.FileNotFoundException', 'System.IO.IOException', 'System.SystemException', 'System.Exception'] });
    expect(exceptionInfo('text')).toBeUndefined();
  });
});

describe('[ref] out parameters', () => {
  it('TryParse writes through the reference', async () => {
    const { PSReference } = await import('../../src/runtime/values.js');
    const { convertTo } = await import('../../src/runtime/conversions.js');
    let variable: unknown = null;
    const ref = new PSReference(
      () => variable,
      (v) => {
        variable = v;
      },
    );
    expect(invokeStaticMethod('int', 'TryParse', ['42', ref])).toBe(true);
    expect(variable).toBe(42);
    expect(invokeStaticMethod('int', 'TryParse', ['x', ref])).toBe(false);
    expect(variable).toBe(0);
    expect(invokeStaticMethod('datetime', 'TryParse', ['2024-01-02', ref])).toBe(true);
    expect(dateParts(variable as PSDateTime)).toMatchObject({ year: 2024, day: 2 });
    const standalone = convertTo(5, 'ref');
    expect(getMember(standalone, 'Value')).toBe(5);
  });
});

describe('registerStaticMethod', () => {
  it('lets the engine add [scriptblock]::Create', async () => {
    const { registerStaticMethod } = await import('../../src/runtime/static-member-access.js');
    registerStaticMethod('System.Management.Automation.ScriptBlock', 'Create', (a) => `compiled:${String(a[0])}`);
    expect(invokeStaticMethod('scriptblock', 'Create', ['1+1'])).toBe('compiled:1+1');
  });
});
