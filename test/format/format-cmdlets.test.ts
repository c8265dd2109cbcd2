// Format-Table / Format-List / Format-Wide through a Session, as pwsh 7.6.10 prints them on a
// 120-column host (every expectation was checked against pwsh).
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/local-session.js';

const text = async (code: string) => (await new Session().run(code)).text;

describe('values Format-* does not shape pass through as their text', () => {
  it('strings, numbers and booleans print one per line, with no table around them', async () => {
    expect(await text("'a', 1, $true | Format-Table")).toBe('a\n1\nTrue\n');
    expect(await text('1..3 | Format-List')).toBe('1\n2\n3\n');
    expect(await text("'alpha','beta' | Format-Wide -AutoSize")).toBe('alpha\nbeta\n');
  });
  it('an enum value prints its name, even with -Property', async () => {
    expect(await text('[System.DayOfWeek]::Monday | Format-Table value__')).toBe('Monday\n');
  });
  it('a scalar between objects is printed in place, without ending the table or list', async () => {
    expect(await text("[pscustomobject]@{a=1}, 'x', 2 | Format-Table")).toBe('\na\n-\n1\nx\n2\n\n');
    expect(await text("'x', [pscustomobject]@{a=1}, 2 | Format-List")).toBe('x\n\na : 1\n\n2\n');
  });
});

describe('-GroupBy', () => {
  it('groups of one Format-Table are one blank line apart', async () => {
    const expected = '\n   a: 1\n\na\n-\n1\n\n   a: 2\n\na\n-\n2\n\n';
    expect(await text('[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table -GroupBy a')).toBe(expected);
    expect(await text('[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Table -GroupBy a -AutoSize')).toBe(expected);
  });
  it('two Format-Table commands are two documents', async () => {
    expect(await text('[pscustomobject]@{a=1} | Format-Table; [pscustomobject]@{a=2} | Format-Table')).toBe('\na\n-\n1\n\n\na\n-\n2\n\n');
  });
  it('a Format-List group label follows a blank line', async () => {
    expect(await text('[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-List -GroupBy a')).toBe('\n   a: 1\n\na : 1\n\n\n   a: 2\n\na : 2\n\n');
  });
});

describe('cells', () => {
  it('a right-aligned cell too wide for its Width keeps its end, a left-aligned one its start', async () => {
    const code = "[pscustomobject]@{Size=22222} | Format-Table @{n='S';e={$_.Size};Width=3}, @{n='U';e={'abcdef'};Width=4;Align='Right'}, @{n='V';e={22222};Width=4;Align='Left'}";
    expect(await text(code)).toBe('\n  S    U V\n  -    - -\n…22 …def 222…\n\n');
  });
  it('a cell of several lines is as wide as all its text, and shows its first line', async () => {
    expect(await text('[pscustomobject]@{Multi="line1`nline2"; N=1}')).toBe('\nMulti       N\n-----       -\nline1…      1\n\n');
    expect(await text('[pscustomobject]@{Multi="line1`nline2"; N=1} | Format-Table -Wrap')).toBe('\nMulti       N\n-----       -\nline1       1\nline2\n\n');
  });
  it('East Asian wide characters take two cells', async () => {
    expect(await text("[pscustomobject]@{'日本語'='中文字'; b='ｱｲｳ'} | Format-Table")).toBe('\n日本語 b\n------ -\n中文字 ｱｲｳ\n\n');
    expect(await text("[pscustomobject]@{'日本語'='中文字'; b='ｱｲｳ'} | Format-List")).toBe('\n日本語 : 中文字\nb      : ｱｲｳ\n\n');
  });
  it('a negative Double that rounds to zero keeps its sign', async () => {
    expect(await text('[pscustomobject]@{P=-0.0}, [pscustomobject]@{P=-0.0001}')).toBe('\n     P\n     -\n-0.000\n-0.000\n\n');
  });
  it('-AutoSize sizes a view\'s columns to their content', async () => {
    expect(await text('@{a=1} | Format-Table -AutoSize')).toBe('\nName Value\n---- -----\na    1\n\n');
  });
});

describe('collections in cells', () => {
  it('the global $FormatEnumerationLimit sets how many elements show; negative shows all', async () => {
    expect(await text('$FormatEnumerationLimit = 2; [pscustomobject]@{Arr=@(1..10)}')).toBe('\nArr\n---\n{1, 2…}\n\n');
    expect(await text('$FormatEnumerationLimit = 0; [pscustomobject]@{Arr=@(1..10)} | Format-List')).toBe('\nArr : {…}\n\n');
    expect(await text('$FormatEnumerationLimit = -1; [pscustomobject]@{Arr=@(1..6)}')).toBe('\nArr\n---\n{1, 2, 3, 4, 5, 6}\n\n');
  });
  it('a function\'s own $FormatEnumerationLimit does not count', async () => {
    expect(await text('function f { $FormatEnumerationLimit = 1; [pscustomobject]@{Arr=@(1..10)} | Format-Table }; f')).toBe('\nArr\n---\n{1, 2, 3, 4…}\n\n');
  });
  it('a nested collection shows its elements joined by blanks', async () => {
    expect(await text('[pscustomobject]@{Arr=@(1,@(2,3),4)}')).toBe('\nArr\n---\n{1, 2 3, 4}\n\n');
  });
});

describe('Format-Table picks a type\'s table view', () => {
  it('a TimeSpan prints as a list, but Format-Table shows its five columns', async () => {
    expect(await text("[timespan]'1.02:03:04' | Format-Table")).toBe('\nDays Hours Minutes Seconds Milliseconds\n---- ----- ------- ------- ------------\n1    2     3       4       0\n\n');
  });
});

describe('Format-Custom', () => {
  it('shows the class name and its properties between braces, a blank line after each object', async () => {
    expect(await text('[pscustomobject]@{a=1}, [pscustomobject]@{a=2} | Format-Custom')).toBe('\nclass PSCustomObject\n{\n  a = 1\n}\n\nclass PSCustomObject\n{\n  a = 2\n}\n\n\n');
  });
  it('expands objects and collections below their property; empty values leave the line bare', async () => {
    const expected = [
      '', 'class PSCustomObject', '{', '  a =', '  b =', '  c =', '    [', '    ]', '', '  d =', '    [',
      '      class PSCustomObject', '      {', '        x = 1', '      }', '      2', '    ]', '', '}', '', '', '',
    ].join('\n');
    expect(await text("[pscustomobject]@{a=$null; b=''; c=@(); d=@([pscustomobject]@{x=1}, 2)} | Format-Custom")).toBe(expected);
  });
  it('a hashtable is its entries, each a DictionaryEntry with Key, Value and Name', async () => {
    expect(await text('@{a=1} | Format-Custom')).toBe('\nclass DictionaryEntry\n{\n  Key = a\n  Value = 1\n  Name = a\n}\n\n\n');
  });
  it('below -Depth an object shows its ToString(), where a PSCustomObject inside is empty', async () => {
    expect(await text('[pscustomobject]@{a=[pscustomobject]@{b=[pscustomobject]@{c=[pscustomobject]@{d=1}}}} | Format-Custom -Depth 1')).toBe(
      '\nclass PSCustomObject\n{\n  a =\n    class PSCustomObject\n    {\n      b = @{c=}\n    }\n}\n\n\n',
    );
  });
  it('scalars pass through as their text', async () => {
    expect(await text("1, 'x' | Format-Custom")).toBe('1\nx\n');
  });
});

describe('objects with no visible property (issue 10)', () => {
  it('a class instance with only hidden properties prints its class name through every Format-*', async () => {
    const cls = 'class H { hidden [int]$Secret = 1 }; ';
    expect(await text(cls + '[H]::new() | Format-List')).toBe('H\n');
    expect(await text(cls + '[H]::new(), [H]::new() | Format-Table')).toBe('H\nH\n');
    expect(await text(cls + '[H]::new() | Format-Table Secret')).toBe('H\n');
    expect(await text(cls + '[H]::new() | Format-Custom')).toBe('H\n');
    expect(await text(cls + '[pscustomobject]@{a=1}, [H]::new() | Format-Table')).toBe('\na\n-\n1\nH\n\n');
  });
  it('its ToString() override is what prints', async () => {
    expect(await text("class T { [string] ToString() { return 'custom!' } }; [T]::new() | Format-Table; [T]::new() | Format-List")).toBe('custom!\ncustom!\n');
  });
  it('[pscustomobject]@{} is an empty line', async () => {
    expect(await text('[pscustomobject]@{} | Format-List; "x"')).toBe('\nx\n');
  });
  it('a property of class type shows the class name, or its ToString() override', async () => {
    expect(await text("class Inner { [int]$X = 1 }; class Outer { [string]$Name = 'o'; [Inner]$In = [Inner]::new() }; [Outer]::new()")).toBe('\nName In\n---- --\no    Inner\n\n');
    const withOverride = 'class Inner { [int]$X = 1; [string] ToString() { return "X=$($this.X)" } }; class Outer { [Inner]$In = [Inner]::new(); [Inner[]]$Many = @([Inner]::new()) }; [Outer]::new()';
    expect(await text(withOverride)).toBe('\nIn  Many\n--  ----\nX=1 {X=1}\n\n');
  });
});

describe('more layout rules found by the conformance cases', () => {
  it('a script block labels its column with its text as written, blanks included', async () => {
    expect(await text('[pscustomobject]@{a=1} | Format-Table { $_.a }')).toBe('\n $_.a\n------\n     1\n\n');
    expect(await text('[pscustomobject]@{a=1} | Format-List { $_.a }')).toBe('\n $_.a  : 1\n\n');
    expect(await text('1..4 | ForEach-Object { [pscustomobject]@{N=$_} } | Format-Table -GroupBy { $_.N -gt 2 }')).toContain('\n    $_.N -gt 2 : False\n');
  });
  it('Format-Wide -AutoSize fits as many columns as the longest value allows; spare cells go to the first columns', async () => {
    expect(await text("'a','bb','ccc' | ForEach-Object { [pscustomobject]@{Name=$_} } | Format-Wide -AutoSize")).toBe('\na    bb   ccc\n\n');
    const seven = await text('1..7 | ForEach-Object { [pscustomobject]@{Name="n$_"} } | Format-Wide -Column 7');
    expect(seven).toBe('\nn1' + ' '.repeat(16) + ['n2', 'n3', 'n4', 'n5', 'n6'].map((n) => n + ' '.repeat(15)).join('') + 'n7\n\n');
  });
  it('Format-List leaves out a property the object does not have', async () => {
    expect(await text('[pscustomobject]@{a=1} | Format-List a, nothere')).toBe('\na : 1\n\n');
    expect(await text("[pscustomobject]@{a=1} | Format-List nothere; 'x'")).toBe('\n\nx\n');
  });
  it('format records pass through another Format-* unchanged', async () => {
    expect(await text('[pscustomobject]@{a=1} | Format-Table | Format-List')).toBe('\na\n-\n1\n\n');
  });
  it('Out-String -Width uses every column it is given', async () => {
    expect(await text("[pscustomobject]@{Name='alpha'; Description='a fairly long description here'} | Out-String -Width 30")).toBe(
      '\nName  Description\n----  -----------\nalpha a fairly long descripti…\n\n\n',
    );
  });
});

describe('hashtables and calculated properties', () => {
  it('a hashtable entry lists Name (its Key) first under -Property *', async () => {
    expect(await text('[ordered]@{first=1} | Format-Table -Property *')).toBe('\nName  Key   Value\n----  ---   -----\nfirst first     1\n\n');
  });
  it('Format-Wide of a hashtable shows its keys', async () => {
    expect(await text('[ordered]@{a=1;b=2} | Format-Wide')).toBe('\na' + ' '.repeat(59) + 'b\n\n');
  });
  it('a bad key stops the statement with pwsh\'s error', async () => {
    const r = await new Session().run("[pscustomobject]@{a='abc'} | Format-Table @{n='a';e={$_.a};Width=0}; 'after'");
    expect(r.output).toEqual(['after']);
    expect(r.errors.map((e) => [e.message, e.errorId])).toEqual([['The value "0" for key "width" should be greater than 0.', 'WidthOutOfRange,Microsoft.PowerShell.Commands.FormatTableCommand']]);
    const bogus = await new Session().run("[pscustomobject]@{a='abc'} | Format-List @{n='a';e={$_.a};Bogus=1}");
    expect(bogus.errors.map((e) => e.message)).toEqual(['The Bogus key is not valid.']);
  });
});

describe('-GroupBy values that are missing or $null', () => {
  it('an object without the property stays in the group before it', async () => {
    expect(await text("[pscustomobject]@{a=1;g='x'}, [pscustomobject]@{a=2} | Format-Table -GroupBy g")).toBe('\n   g: x\n\na g\n- -\n1 x\n2\n\n');
    expect(await text("[pscustomobject]@{a=1}, [pscustomobject]@{a=2;g='y'} | Format-Table -GroupBy g")).toBe('\na\n-\n1\n\n   g: y\n\na\n-\n2\n\n');
  });
  it('$null labels its group without a value (and without a name when it is the first)', async () => {
    expect(await text("[pscustomobject]@{a=1;g='x'}, [pscustomobject]@{a=2;g=$null} | Format-Table -GroupBy g")).toContain('\n   g:\n\na g\n');
    expect(await text("[pscustomobject]@{a=1;g=$null}, [pscustomobject]@{a=2} | Format-List -GroupBy g")).toBe('\n   :\n\na : 1\ng :\n\na : 2\n\n');
  });
});

describe('Format-Custom and $FormatEnumerationLimit', () => {
  it('a collection shows that many elements, then …', async () => {
    expect(await text('$FormatEnumerationLimit = 1; [pscustomobject]@{a=@(1,2,3)} | Format-Custom')).toBe('\nclass PSCustomObject\n{\n  a =\n    [\n      1\n      …\n    ]\n\n}\n\n\n');
  });
});
