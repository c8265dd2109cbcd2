// Classes and enums, by PowerShell example; every expectation is what pwsh 7.6 prints.
import { describe, expect, it } from 'vitest';
import { ps, psErrors, psFormat } from '../dotnet/ps.js';

const PERSON = `
class Person {
  [string]$Name
  [int]$Age = 18
  hidden [string]$Secret = 's'
  static [int]$Count = 0
  Person() { [Person]::Count++ }
  Person([string]$n, [int]$a) { $this.Name = $n; $this.Age = $a; [Person]::Count++ }
  [string] Greet() { return "Hi $($this.Name)" }
  [string] Greet([string]$other) { return "Hi $other from $($this.Name)" }
  static [Person] Make([string]$n) { return [Person]::new($n, 1) }
  [string] ToString() { return "$($this.Name) ($($this.Age))" }
}
class Employee : Person {
  [string]$Title
  Employee([string]$n, [string]$t) : base($n, 40) { $this.Title = $t }
  [string] Greet() { return "Hello, I am $($this.Name), $($this.Title)" }
}
`;

describe('classes', () => {
  it('can be used above their definition, as types exist from parse time', async () => {
    expect(await ps(`$p = [Person]::new('Ann', 30); "$p"\n${PERSON}`)).toEqual(['Ann (30)']);
  });

  it('constructors, overloads, static members and methods', async () => {
    const out = await ps(`${PERSON}
      $p = [Person]::new('Ann', 30); $p.Greet(); $p.Greet('Bob'); [Person]::Make('Zed').Age; [Person]::Count
      $n = New-Object Person; $n.Age; [Person]::Count`);
    expect(out).toEqual(['Hi Ann', 'Hi Bob from Ann', '1', '2', '18', '3']);
  });

  it('inheritance: : base(...), overriding, -is, BaseType', async () => {
    const out = await ps(`${PERSON}
      $e = [Employee]::new('Eve', 'CTO'); $e.Greet(); $e.Age; $e -is [Person]; $e.GetType().FullName; $e.GetType().BaseType.Name; $e.PSObject.TypeNames -join ','`);
    expect(out).toEqual(['Hello, I am Eve, CTO', '40', 'True', 'Employee', 'Person', 'Employee,Person,System.Object']);
  });

  it('a cast to the base class calls the base method', async () => {
    const out = await ps(`class Base { [string] Who() { return 'base' } }
      class Derived : Base { [string] Who() { return 'derived ' + ([Base]$this).Who() } }
      [Derived]::new().Who()`);
    expect(out).toEqual(['derived base']);
  });

  it('typed properties convert what is assigned; hidden ones are readable but not shown', async () => {
    const out = await ps(`${PERSON}
      $p = [Person]::new(); $p.Age = '42'; $p.Age.GetType().Name; $p.Secret
      ($p | Get-Member -MemberType Property | ForEach-Object Name) -join ','; ($p | Select-Object * | Get-Member -MemberType NoteProperty).Count`);
    expect(out).toEqual(['Int32', 's', 'Age,Name', '2']);
    expect(await psErrors(`${PERSON} $p = [Person]::new(); $p.Age = 'x'`)).toEqual([
      'Exception setting "Age": "Cannot convert value "x" to type "System.Int32". Error: "The input string \'x\' was not in a correct format.""',
    ]);
  });

  it('defaults: value types zero, [string] $null', async () => {
    const out = await ps(`class C2 { [int[]]$Nums; [string]$S; [bool]$F; [int]$I; [hashtable]$H = @{} }
      $c = [C2]::new(); $null -eq $c.S; $c.F; $null -eq $c.Nums; $c.I; $c.H.Count`);
    expect(out).toEqual(['True', 'False', 'True', '0', '0']);
  });

  it('methods: return gives the value, other output is dropped, [void] returns nothing', async () => {
    const out = await ps(`class V { [void] Do() { 'out'; return } [int] Num() { 'ignored'; return '42' } [object] Many() { return 1,2 } }
      $v = [V]::new(); $v.Do(); $v.Num(); $v.Num().GetType().Name; $v.Many().Count`);
    expect(out).toEqual(['42', 'Int32', '2']);
  });

  it('methods call each other through $this, statics recurse, exceptions surface', async () => {
    const out = await ps(`class Calc {
        static [int] Fact([int]$n) { if ($n -le 1) { return 1 }; return $n * [Calc]::Fact($n - 1) }
        [int]$Base = 10
        [int] Add([int]$x) { return $this.Base + $x }
        [int] Twice([int]$x) { return $this.Add($this.Add($x)) - $this.Base }
        [object] Each() { return (1..3 | ForEach-Object { $_ * $this.Base }) }
        [void] Fail() { throw "boom" }
      }
      [Calc]::Fact(5); $c = [Calc]::new(); $c.Add(1); $c.Twice(1); $c.Each() -join ','
      try { $c.Fail() } catch { "caught: $($_.Exception.Message)" }`);
    expect(out).toEqual(['120', '11', '11', '10,20,30', 'caught: boom']);
  });

  it('errors as pwsh words them', async () => {
    expect(await psErrors(`${PERSON} [Person]::new().Nope()`)).toEqual(["Method invocation failed because [Person] does not contain a method named 'Nope'."]);
    expect(await psErrors(`${PERSON} [Person]::new(1,2,3)`)).toEqual(['Cannot find an overload for "new" and the argument count: "3".']);
    expect(await psErrors(`${PERSON} [Person]::new().Greet(1,2)`)).toEqual(['Cannot find an overload for "Greet" and the argument count: "2".']);
    expect(await psErrors(`class P { [string]$Name; [int]$Age }; [P]@{ Nope = 1 }`)).toEqual([
      'Cannot create object of type "P". The property \'Nope\' was not found for the \'P\' object. The settable properties are: [Name <System.String>], [Age <System.Int32>].',
    ]);
    expect(await psErrors(`class P { [string]$Name }; [P]'x'`)).toEqual(['Cannot convert the "x" value of type "System.String" to type "P".']);
  });

  it('hashtables, pscustomobjects and one-argument constructors convert', async () => {
    const out = await ps(`${PERSON}
      $q = [Person]@{ Name = 'Hash'; Age = '7' }; $q.Age.GetType().Name; "$q"
      ([pscustomobject]@{ Name = 'x'; Age = 3 } -as [Person]).Age; $null -eq ('str' -as [Person])
      class Q { [string]$N; Q([string]$n) { $this.N = "q:$n" } }; ([Q]'abc').N`);
    expect(out).toEqual(['Int32', 'Hash (7)', '3', 'True', 'q:abc']);
  });

  it('classes as parameter types, in typed lists, and in static properties', async () => {
    const out = await ps(`using namespace System.Collections.Generic
      class Row { [string]$Name; [int]$Size; Row([string]$n, [int]$s) { $this.Name = $n; $this.Size = $s } [string] ToString() { return "$($this.Name):$($this.Size)" } }
      function Use-Row([Row]$r) { $r.Name }
      Use-Row ([Row]::new('z', 1))
      $rows = [List[Row]]::new(); $rows.Add([Row]::new('a', 3)); $rows.Add([Row]::new('b', 1))
      $rows.GetType().FullName; ($rows | Sort-Object Size | ForEach-Object { "$_" }) -join ' '; "$rows"
      class WithStatic { static [string]$Tag = 'T1'; static [List[string]]$Log = [List[string]]::new() }
      [WithStatic]::Tag = 'T2'; [WithStatic]::Tag; [WithStatic]::Log.Add('m'); [WithStatic]::Log.Count`);
    expect(out).toEqual([
      'z',
      'System.Collections.Generic.List`1[[Row, PowerShell Class Assembly, Version=1.0.0.1, Culture=neutral, PublicKeyToken=null]]',
      'b:1 a:3',
      'a:3 b:1',
      'T2',
      '1',
    ]);
    // Without a parameterless constructor a hashtable does not convert.
    expect(await psErrors("class Row { [string]$Name; Row([string]$n) { } }; function Use-Row([Row]$r) { }; Use-Row @{ Name = 'x' }")).toEqual([
      'Cannot process argument transformation on parameter \'r\'. Cannot convert the "System.Collections.Hashtable" value of type "System.Collections.Hashtable" to type "Row".',
    ]);
    expect(await psErrors("class Row { [string]$Name }; $l = [System.Collections.Generic.List[Row]]::new(); $l.Add('x')")).toEqual([
      'Cannot find an overload for "Add" and the argument count: "1".',
    ]);
  });

  it('ToString() reaches formatting; objects format as tables of their visible properties', async () => {
    expect(await psFormat(`${PERSON} [Person]::new('Ann', 30)`)).toBe('\nName Age\n---- ---\nAnn   30\n\n');
  });

  it('from a [List[T]], an array or the pipeline, instances print as one table', async () => {
    const table = '\nName Age\n---- ---\nAnn   30\nBob   41\n\n';
    const make = `${PERSON} $l = [System.Collections.Generic.List[Person]]::new(); $l.Add([Person]::new('Ann', 30)); $l.Add([Person]::new('Bob', 41));`;
    expect(await psFormat(`${make} $l`)).toBe(table);
    expect(await psFormat(`${make} $l.ToArray()`)).toBe(table);
    expect(await psFormat(`${make} $l | ForEach-Object { $_ }`)).toBe(table);
  });

  it('an instance with no visible property prints its ToString(), or its class name', async () => {
    const defs = 'class Tag { hidden [string]$T = "x"; [string] ToString() { return "tag:" + $this.T } }; class Bare { }; class Row { $a = 1 };';
    expect(await psFormat(`${defs} [System.Collections.Generic.List[Tag]]@([Tag]::new(), [Tag]::new()); [Bare]::new()`)).toBe('tag:x\ntag:x\nBare\n');
    // Inside a table it takes a line of its own and the table goes on.
    expect(await psFormat(`${defs} [Row]::new(); [Tag]::new(); [Row]::new()`)).toBe('\na\n-\n1\ntag:x\n1\n\n');
  });
});

describe('enums', () => {
  const ENUMS = `[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }
    enum Color { Red; Green = 5; Blue }\n`;

  it('values, names and types', async () => {
    const out = await ps(`${ENUMS} [Color]::Blue; [int][Color]::Blue; [Color]::Red.GetType().FullName; [Color]::Red.GetType().BaseType.FullName; [Color]::Red.value__`);
    expect(out).toEqual(['Blue', '6', 'Color', 'System.Enum', '0']);
  });

  it('[Flags()] combine and test with bit operators', async () => {
    const out = await ps(`${ENUMS} $p = [Perm]::Read -bor [Perm]::Write; "$p"; $p.GetType().Name; [int]$p
      $p.HasFlag([Perm]::Read); ($p -band [Perm]::Exec) -eq [Perm]::None; [Perm]'Read, Exec'; [Perm]5; [Perm]::Read + 1`);
    expect(out).toEqual(['Read, Write', 'Perm', '3', 'True', 'True', 'Read, Exec', 'Read, Exec', 'Write']);
  });

  it('convert from names and numbers, compare with both', async () => {
    const out = await ps(`${ENUMS} [Color]6; [Color]'green'; [Color]::Red -eq 'Red'; [Color]::Red -eq 0; [Color]::Green -gt [Color]::Red
      $c = [Color]::Green; switch ($c) { 'Green' { 'is green' } }; $null -eq [Color]::Purple`);
    expect(out).toEqual(['Blue', 'Green', 'True', 'True', 'True', 'is green', 'True']);
  });

  it('[enum]::GetNames/GetValues and GetEnumNames', async () => {
    const out = await ps(`${ENUMS} [enum]::GetNames([Color]) -join ','; [enum]::GetValues([Color]) -join ','; [Color].GetEnumNames() -join ','; [System.Enum]::GetValues([Perm])[2].GetType().Name`);
    expect(out).toEqual(['Red,Green,Blue', 'Red,Green,Blue', 'Red,Green,Blue', 'Perm']);
  });

  it('invalid values are errors in pwsh words', async () => {
    expect(await psErrors(`${ENUMS} [Color]'Purple'`)).toEqual([
      'Cannot convert value "Purple" to type "Color". Error: "Unable to match the identifier name Purple to a valid enumerator name. Specify one of the following enumerator names and try again:\nRed, Green, Blue"',
    ]);
    expect(await psErrors(`${ENUMS} [Color]9`)).toEqual([
      'Cannot convert value "9" to type "Color" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "Red,Green,Blue".',
    ]);
  });

  it('enum-typed properties default to the zero value', async () => {
    expect(await ps(`${ENUMS} class Item { [Color]$C; [Perm]$P = 'Read' }; $i = [Item]::new(); "$($i.C) $($i.P)"; $i.C = 'Blue'; $i.C.GetType().Name`)).toEqual(['Red Read', 'Color']);
  });
});

describe('class members, continued', () => {
  it('[Validate*()] attributes on properties check every assignment', async () => {
    const out = await ps(`class C1 { [ValidateSet("Present", "Absent")][string]$Ensure; static [ValidateRange(1,10)][int]$N = 1 }
      $c = [C1]::new(); $c.Ensure = "present"; $c.Ensure
      try { $c.Ensure = "foo" } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
      try { [C1]::N = 11 } catch { $_.Exception.Message }`);
    expect(out).toEqual([
      'present',
      'ExceptionWhenSetting',
      'Exception setting "Ensure": "The argument "foo" does not belong to the set "Present,Absent" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again."',
      'Exception setting "N": "The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again."',
    ]);
  });

  it('overloads are chosen by argument type; $this::Static reaches the class', async () => {
    const out = await ps(`class A { [int]$i; [string]$s; A([int]$a) { $this.i = $a } A([string]$a) { $this.s = $a } }
      [A]::new(5).i; [A]::new('x').s
      class S { static [int]$si; [void] Foo() { $this::si = 1001 } }; [S]::new().Foo(); [S]::si`);
    expect(out).toEqual(['5', 'x', '1001']);
  });
});

describe('class instances in ConvertTo-Json', () => {
  it('are written by reflection: hidden properties too, the class own before its base', async () => {
    expect(await ps('class B { [int]$V = 3; hidden [int]$Z = 2 }; class Acct : B { [string]$Name = "a"; hidden [int]$H = 1 }; [Acct]::new() | ConvertTo-Json -Compress')).toEqual([
      '{"Name":"a","H":1,"V":3,"Z":2}',
    ]);
  });
});

describe('casts from a string', () => {
  it('use a static Parse([string]) before a constructor', async () => {
    const out = await ps(`class P { [string]$v; P([string]$s) { $this.v = "ctor" } static [P] Parse([string]$s) { $p = [P]::new("x"); $p.v = "parse:$s"; return $p } }
      ([P]'a').v
      class Acct { [string]$Name; [int]$Size; Acct([string]$n, [int]$s) { $this.Name = $n; $this.Size = $s } static [Acct] Parse([string]$line) { $n, $s = $line -split ','; return [Acct]::new($n, [int]$s) } }
      $x = [Acct]'x'; "$($x.Name) $($x.Size)"; ([Acct]'admin,512').Size`);
    expect(out).toEqual(['parse:a', 'x 0', '512']);
  });
});

describe('interfaces in the base list', () => {
  const PRI = `class Pri : IComparable {
    [int]$Rank; [string]$Label
    Pri([int]$r, [string]$l) { $this.Rank = $r; $this.Label = $l }
    [int] CompareTo([object]$o) { return $this.Rank - $o.Rank }
    [string] ToString() { return $this.Label }
  }
  $x = [Pri]::new(2, 'a'), [Pri]::new(1, 'z'), [Pri]::new(3, 'm')\n`;

  it('IComparable: Sort-Object and -lt/-gt use CompareTo() rather than the text', async () => {
    expect(await ps(`${PRI} ($x | Sort-Object | ForEach-Object Label) -join ','; ($x | Sort-Object -Descending | ForEach-Object Label) -join ','; $x[0] -gt $x[1]; $x[0] -ge $x[0]`)).toEqual([
      'z,a,m',
      'm,a,z',
      'True',
      'True',
    ]);
  });

  it('-is sees the interfaces of the class and of its bases', async () => {
    expect(await ps(`${PRI} class Sub : Pri { Sub() : base(9, 's') {} }; $x[0] -is [IComparable]; $x[0] -is [System.IDisposable]; [Sub]::new() -is [System.IComparable]`)).toEqual(['True', 'False', 'True']);
  });

  it('a CompareTo() without IComparable does not make -lt work', async () => {
    expect(await ps('class NoCmp { [int] CompareTo($o) { return 0 } }; try { [NoCmp]::new() -lt [NoCmp]::new() } catch { $_.Exception.Message }')).toEqual([
      'Cannot compare "NoCmp" because it is not IComparable.',
    ]);
  });

  it('-eq and -contains use an Equals() override (IEquatable or not); without one, only the same object is equal', async () => {
    const out = await ps(`class K : System.IEquatable[object] { [string]$Id; K($i) { $this.Id = $i } [bool] Equals($o) { return $o -is [K] -and $o.Id -eq $this.Id } }
      [K]::new('a') -eq [K]::new('a'); [K]::new('a') -ne [K]::new('b'); @([K]::new('a'), [K]::new('b')) -contains [K]::new('b')
      class Plain { $v = 1 }; [Plain]::new() -eq [Plain]::new(); $p = [Plain]::new(); $p -eq $p`);
    expect(out).toEqual(['True', 'True', 'True', 'False', 'True']);
  });
});

describe('enum underlying types', () => {
  it('enum Big : long holds values beyond Int32; [Flags()] enum E : byte combines', async () => {
    const out = await ps(`enum Big : long { A = 5000000000; B }; [Big]::B; [int64][Big]::A; [System.Enum]::GetUnderlyingType([Big]).FullName
      [Flags()] enum E : byte { X = 1; Y = 2; Z = 128 }; [E]::X -bor [E]::Z; [E]'X,Y'; [System.Enum]::GetUnderlyingType([E]).Name
      enum Plain { A }; [System.Enum]::GetUnderlyingType([Plain]).Name`);
    expect(out).toEqual(['B', '5000000000', 'System.Int64', 'X, Z', 'X, Y', 'Byte', 'Int32']);
  });

  it('a value outside the underlying type, or a type that is not integral, is an error', async () => {
    expect(await psErrors('enum E : byte { X = 255; Y }; [E]::Y')).toEqual(['Enumerator value is either too large or too small for byte.']);
    expect(await psErrors('enum E : string { X }; [E]::X')).toEqual([
      "'string' is not a valid underlying type for enums. Expected a builtin integral type (one of byte, sbyte, short, ushort, int, uint, long or ulong)",
    ]);
  });
});
