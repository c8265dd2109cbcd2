// PowerShell snippets and the syntax tree PowerShell's grammar gives them (fragments checked with
// toMatchObject, so extents and defaults can be left out).

import { describe, expect, test } from 'vitest';
import type { Expression, Statement } from '../../src/language/ast.js';
import { parse } from '../../src/language/parser.js';

function statements(source: string): Statement[] {
  const result = parse(source);
  expect(result.errors.map((e) => `${e.extent.line}:${e.extent.column} ${e.message}`)).toEqual([]);
  return result.ast.end!.statements;
}

function single(source: string): Statement {
  const list = statements(source);
  expect(list).toHaveLength(1);
  return list[0]!;
}

/** The expression of a one-statement, one-element expression pipeline. */
function expr(source: string): Expression {
  const stmt = single(source);
  if (stmt.type !== 'Pipeline' || stmt.elements[0]!.type !== 'CommandExpression') throw new Error(`not an expression: ${source}`);
  return stmt.elements[0]!.expression;
}

const bare = (value: string) => ({ type: 'StringConstant', value, quoteKind: 'bare' });

describe('commands and arguments (command mode)', () => {
  test('Get-Item -Path a.txt: name, parameter, bareword argument', () => {
    expect(single('Get-Item -Path a.txt')).toMatchObject({
      type: 'Pipeline',
      elements: [{ type: 'Command', elements: [bare('Get-Item'), { type: 'CommandParameter', name: 'Path', hasColon: false }, bare('a.txt')] }],
    });
  });

  test('paths, wildcards, -5 and foo=bar are arguments, not operators', () => {
    const cmd = single('Get-ChildItem C:\\x\\y *.ps1 -5 foo=bar ..\\up') as { elements: { elements: unknown[] }[] };
    expect(cmd.elements[0]!.elements).toMatchObject([
      bare('Get-ChildItem'),
      bare('C:\\x\\y'),
      bare('*.ps1'),
      { type: 'Number', value: -5 },
      bare('foo=bar'),
      bare('..\\up'),
    ]);
  });

  test('-Name:value and -Switch:$false keep the colon and the argument', () => {
    const cmd = single('Get-X -Confirm:$false -Name: "a"') as { elements: { elements: unknown[] }[] };
    expect(cmd.elements[0]!.elements.slice(1)).toMatchObject([
      { type: 'CommandParameter', name: 'Confirm', hasColon: true, argument: { type: 'Variable', name: 'false' } },
      { type: 'CommandParameter', name: 'Name', hasColon: true, argument: { type: 'StringConstant', value: 'a' } },
    ]);
  });

  test('a,b,c is one array argument; @params splats; @{} is a hashtable', () => {
    const cmd = single('Set-X -Member a,"b",$c @params -Add @{ x = 1 }') as { elements: { elements: unknown[] }[] };
    expect(cmd.elements[0]!.elements.slice(1)).toMatchObject([
      { type: 'CommandParameter', name: 'Member' },
      { type: 'ArrayLiteral', elements: [bare('a'), { type: 'StringConstant', value: 'b' }, { type: 'Variable', name: 'c' }] },
      { type: 'Variable', name: 'params', splatted: true },
      { type: 'CommandParameter', name: 'Add' },
      { type: 'Hashtable', entries: [{ key: bare('x') }] },
    ]);
  });

  test('$env:TEMP\\x.txt as an argument is an expandable bareword; $x.Name is member access', () => {
    const cmd = single('Copy-Item $env:TEMP\\x.txt $dest.FullName') as { elements: { elements: unknown[] }[] };
    expect(cmd.elements[0]!.elements.slice(1)).toMatchObject([
      { type: 'ExpandableString', quoteKind: 'bare', parts: [{ type: 'Variable', name: 'TEMP', scope: 'env' }, '\\x.txt'] },
      { type: 'Member', target: { type: 'Variable', name: 'dest' }, member: bare('FullName') },
    ]);
  });

  test('& and . invoke; . .\\script.ps1 dot-sources', () => {
    expect(single('& $cmd -x 1')).toMatchObject({ elements: [{ type: 'Command', invocationOperator: '&', elements: [{ type: 'Variable', name: 'cmd' }, {}, {}] }] });
    expect(single('. .\\script.ps1')).toMatchObject({ elements: [{ type: 'Command', invocationOperator: '.', elements: [bare('.\\script.ps1')] }] });
    expect(single('.\\script.ps1 -Verbose')).toMatchObject({ elements: [{ type: 'Command', elements: [bare('.\\script.ps1'), { name: 'Verbose' }] }] });
  });

  test('--% passes the rest of the line verbatim', () => {
    const cmd = single('icacls x --% /grant Users:(F) $x') as { elements: { elements: unknown[] }[] };
    expect(cmd.elements[0]!.elements).toMatchObject([bare('icacls'), bare('x'), { type: 'StringConstant', value: '/grant Users:(F) $x' }]);
  });

  test('redirections: > >> 2> 2>&1 *> 3>&1', () => {
    const cmd = single('Get-X > out.txt 2>&1 2>> err.txt *> all.txt 3>&1') as { elements: { redirections: unknown[] }[] };
    expect(cmd.elements[0]!.redirections).toMatchObject([
      { type: 'FileRedirection', from: 'output', append: false, target: bare('out.txt') },
      { type: 'MergingRedirection', from: 'error', to: 'output' },
      { type: 'FileRedirection', from: 'error', append: true },
      { type: 'FileRedirection', from: 'all', append: false },
      { type: 'MergingRedirection', from: 'warning' },
    ]);
  });

  test('typographic dashes and quotes work as PowerShell treats them', () => {
    const cmd = single('Get-Mailbox –Identity “John Smith” —ResultSize ‘10’') as { elements: { elements: unknown[] }[] };
    expect(cmd.elements[0]!.elements).toMatchObject([
      bare('Get-Mailbox'),
      { type: 'CommandParameter', name: 'Identity' },
      { type: 'StringConstant', value: 'John Smith', quoteKind: 'double' },
      { type: 'CommandParameter', name: 'ResultSize' },
      { type: 'StringConstant', value: '10', quoteKind: 'single' },
    ]);
    expect(expr('$a –eq 1')).toMatchObject({ type: 'Binary', operator: '-eq' });
  });
});

describe('pipelines', () => {
  test('a trailing | continues on the next line, and so does a leading | (PowerShell 7)', () => {
    expect(single('Get-A |\n  Get-B\n| Get-C')).toMatchObject({ type: 'Pipeline', elements: [{ elements: [bare('Get-A')] }, { elements: [bare('Get-B')] }, { elements: [bare('Get-C')] }] });
  });

  test('an expression may start a pipeline', () => {
    expect(single('1..3 | % { $_ * 2 }')).toMatchObject({
      elements: [{ type: 'CommandExpression', expression: { type: 'Binary', operator: '..' } }, { type: 'Command', elements: [bare('%'), { type: 'ScriptBlockExpression', text: ' $_ * 2 ' }] }],
    });
  });

  test('&& and || chain pipelines; a trailing & runs in the background', () => {
    expect(single('Get-A && Get-B || Get-C')).toMatchObject({ type: 'PipelineChain', operator: '||', left: { type: 'PipelineChain', operator: '&&' } });
    expect(single('Start-Thing &')).toMatchObject({ type: 'Pipeline', background: true });
    expect(statements('Get-A & Get-B').map((s) => s.type === 'Pipeline' && s.background)).toEqual([true, false]);
  });

  test('; and newlines separate statements; backtick continues a line', () => {
    expect(statements('Get-A; Get-B\nGet-C `\n  -Force')).toHaveLength(3);
  });
});

describe('expressions (expression mode)', () => {
  test('precedence: comma binds tighter than +, which binds tighter than -eq, than -and', () => {
    expect(expr('1,2 + 3')).toMatchObject({ type: 'Binary', operator: '+', left: { type: 'ArrayLiteral' } });
    expect(expr('$a -eq 1 + 2 -and $b')).toMatchObject({
      operator: '-and',
      left: { operator: '-eq', right: { operator: '+' } },
    });
    expect(expr('-join "a","b"')).toMatchObject({ type: 'ArrayLiteral', elements: [{ type: 'Unary', operator: '-join' }, {}] });
    expect(expr('$a -band 4 -eq 4')).toMatchObject({ operator: '-band', right: { operator: '-eq' } });
    expect(expr('$x ?? 1 + 2')).toMatchObject({ operator: '??', right: { operator: '+' } });
    expect(expr('$a -eq $b ?? $c')).toMatchObject({ operator: '-eq', right: { operator: '??' } });
    expect(expr('"{0}" -f 1..3')).toMatchObject({ operator: '-f', right: { operator: '..' } });
  });

  test('operators are case-insensitive with i/c prefixes', () => {
    expect(expr('$a -CEQ $b')).toMatchObject({ operator: '-ceq' });
    expect(expr('$a -iLike "x*"')).toMatchObject({ operator: '-ilike' });
    expect(expr('$a -notmatch $b')).toMatchObject({ operator: '-notmatch' });
  });

  test('unary operators', () => {
    expect(expr('-not $x')).toMatchObject({ type: 'Unary', operator: '-not' });
    expect(expr('!$x')).toMatchObject({ type: 'Unary', operator: '!' });
    expect(expr(',1')).toMatchObject({ type: 'Unary', operator: ',' });
    expect(expr('-split "a b"')).toMatchObject({ type: 'Unary', operator: '-split' });
    expect(expr('++$i')).toMatchObject({ type: 'Unary', operator: '++' });
    expect(expr('$i++')).toMatchObject({ type: 'Unary', operator: 'post++' });
    expect(expr('-5')).toMatchObject({ type: 'Number', value: -5 });
  });

  test('numbers: suffixes, hex, binary, multipliers, exponents', () => {
    const n = (s: string) => expr(s) as { value: number; numberType: string };
    expect(n('42')).toMatchObject({ value: 42, numberType: 'int' });
    expect(n('3000000000')).toMatchObject({ numberType: 'long' });
    expect(n('1.5')).toMatchObject({ value: 1.5, numberType: 'double' });
    expect(n('1e3')).toMatchObject({ value: 1000, numberType: 'double' });
    expect(n('0x1F')).toMatchObject({ value: 31, numberType: 'int' });
    expect(n('0xFFFFFFFF')).toMatchObject({ value: -1, numberType: 'int' });
    expect(n('0b101')).toMatchObject({ value: 5 });
    expect(n('10KB')).toMatchObject({ value: 10240 });
    expect(n('1.5GB')).toMatchObject({ value: 1.5 * 1024 ** 3 });
    expect(n('1PB')).toMatchObject({ value: 1024 ** 5 });
    expect(n('10d')).toMatchObject({ value: 10, numberType: 'decimal' });
    expect(n('10l')).toMatchObject({ numberType: 'long' });
    expect(n('5u')).toMatchObject({ numberType: 'uint' });
    expect(n('5ul')).toMatchObject({ numberType: 'ulong' });
    expect(n('5y')).toMatchObject({ numberType: 'sbyte' });
    expect(n('5uy')).toMatchObject({ numberType: 'byte' });
    expect(n('5s')).toMatchObject({ numberType: 'short' });
    expect(n('5us')).toMatchObject({ numberType: 'ushort' });
    expect(n('5n')).toMatchObject({ numberType: 'bigint' });
  });

  test('strings: escapes, doubled quotes, expansion', () => {
    expect(expr("'It''s'")).toMatchObject({ type: 'StringConstant', value: "It's", quoteKind: 'single' });
    expect(expr('"a`tb`n""c"""')).toMatchObject({ type: 'StringConstant', value: 'a\tb\n"c"' });
    expect(expr('"`u{1F600}"')).toMatchObject({ value: '\u{1F600}' });
    expect(expr('"$x $($y.Name) ${env:PATH} $x.Name"')).toMatchObject({
      type: 'ExpandableString',
      parts: [
        { type: 'Variable', name: 'x' },
        ' ',
        { type: 'SubExpression', body: { statements: [{ elements: [{ expression: { type: 'Member' } }] }] } },
        ' ',
        { type: 'Variable', name: 'PATH', scope: 'env', braced: true },
        ' ',
        { type: 'Variable', name: 'x' },
        '.Name',
      ],
    });
    expect(expr('"cost: $"')).toMatchObject({ type: 'StringConstant', value: 'cost: $' });
  });

  test('inside $( ) of a double-quoted string, doubled quotes quote a string (pwsh: "[$(""a""""b"")]" is [a"b])', () => {
    expect(expr('"[$(""a""""b"")]"')).toMatchObject({
      type: 'ExpandableString',
      parts: ['[', { type: 'SubExpression', body: { statements: [{ elements: [{ expression: { type: 'StringConstant', value: 'a"b' } }] }] } }, ']'],
    });
  });

  test('here-strings', () => {
    expect(expr("@'\nline $x\n'@")).toMatchObject({ type: 'StringConstant', value: 'line $x', quoteKind: 'single-here' });
    expect(expr('@"\nHi $name\n  "quoted"\n"@')).toMatchObject({ type: 'ExpandableString', quoteKind: 'double-here', parts: ['Hi ', { name: 'name' }, '\n  "quoted"'] });
  });

  test('variables: scopes, braces, automatic variables', () => {
    expect(expr('$global:x')).toMatchObject({ type: 'Variable', name: 'x', scope: 'global' });
    expect(expr('$using:x')).toMatchObject({ name: 'x', scope: 'using' });
    expect(expr('${a b}')).toMatchObject({ name: 'a b', braced: true });
    for (const name of ['$', '^', '?', '_']) expect(expr(`$${name}`)).toMatchObject({ type: 'Variable', name });
  });

  test('members, static members, methods, indexing, null-conditional', () => {
    expect(expr('$s.Trim().ToUpper()')).toMatchObject({ type: 'InvokeMember', member: bare('ToUpper'), target: { type: 'InvokeMember', member: bare('Trim') } });
    expect(expr('[datetime]::Now')).toMatchObject({ type: 'Member', isStatic: true, target: { type: 'TypeLiteral', typeName: { name: 'datetime' } } });
    expect(expr('[math]::Round(1.5, 0)')).toMatchObject({ type: 'InvokeMember', isStatic: true, arguments: [{ value: 1.5 }, { value: 0 }] });
    expect(expr('$a[1..3]')).toMatchObject({ type: 'Index', index: { operator: '..' } });
    expect(expr('$a[-1]')).toMatchObject({ type: 'Index', index: { type: 'Number', value: -1 } });
    expect(expr('${x}?.Name')).toMatchObject({ type: 'Member', nullConditional: true });
    expect(expr('${x}?[0]')).toMatchObject({ type: 'Index', nullConditional: true });
    expect(expr('$x.$prop')).toMatchObject({ type: 'Member', member: { type: 'Variable', name: 'prop' } });
    expect(expr("$h.'odd key'")).toMatchObject({ type: 'Member', member: { type: 'StringConstant', value: 'odd key' } });
    expect(expr('(Get-Date).AddDays(-1)')).toMatchObject({ type: 'InvokeMember', target: { type: 'Paren' }, arguments: [{ value: -1 }] });
    expect(expr('$d.AddOrUpdate[float]($k)')).toMatchObject({ type: 'InvokeMember', genericArguments: [{ name: 'float' }] });
  });

  test('?? ??= and the ternary operator', () => {
    expect(expr('$a ?? $b')).toMatchObject({ type: 'Binary', operator: '??' });
    expect(expr('$a ? 1 : 2')).toMatchObject({ type: 'Ternary', ifTrue: { value: 1 }, ifFalse: { value: 2 } });
    expect(single('$a ??= 1')).toMatchObject({ type: 'Assignment', operator: '??=' });
  });

  test('casts, type literals, generic and array types, attributes', () => {
    expect(expr('[int]$x')).toMatchObject({ type: 'Convert', typeName: { name: 'int' } });
    expect(expr('[int[]]$x')).toMatchObject({ type: 'Convert', typeName: { name: 'int', arrayRank: 1 } });
    expect(expr('[System.Collections.Generic.List[string]]::new()')).toMatchObject({
      type: 'InvokeMember',
      target: { type: 'TypeLiteral', typeName: { name: 'System.Collections.Generic.List', genericArguments: [{ name: 'string' }] } },
    });
    expect(expr('[ordered]@{ a = 1 }')).toMatchObject({ type: 'Convert', typeName: { name: 'ordered' }, operand: { type: 'Hashtable' } });
    expect(expr('$x -is [string]')).toMatchObject({ type: 'Binary', operator: '-is', right: { type: 'TypeLiteral' } });
    expect(expr('[Dictionary[string, int]]')).toMatchObject({ typeName: { genericArguments: [{ name: 'string' }, { name: 'int' }] } });
  });

  test('hashtables: bareword, string, number and expression keys; statements as values', () => {
    expect(expr('@{ Name = "a"; "b c" = 2\n 3 = 4; (1+1) = Get-Date }')).toMatchObject({
      type: 'Hashtable',
      entries: [
        { key: bare('Name'), value: { type: 'Pipeline' } },
        { key: { value: 'b c' } },
        { key: { type: 'Number', value: 3 } },
        { key: { type: 'Paren' }, value: { type: 'Pipeline', elements: [{ type: 'Command' }] } },
      ],
    });
  });

  test('sub-expressions, array expressions, script blocks', () => {
    expect(expr('$(1; 2)')).toMatchObject({ type: 'SubExpression', body: { statements: [{}, {}] } });
    expect(expr('@()')).toMatchObject({ type: 'ArrayExpression', body: { statements: [] } });
    expect(expr('{ param($a) process { $a } }')).toMatchObject({
      type: 'ScriptBlockExpression',
      scriptBlock: { paramBlock: { parameters: [{ name: 'a' }] }, process: { kind: 'process', unnamed: false } },
    });
  });
});

describe('assignments', () => {
  test('simple, compound, multiple and typed', () => {
    expect(single('$x = 1')).toMatchObject({ type: 'Assignment', operator: '=', left: { type: 'Variable', name: 'x' } });
    expect(single('$x += 1')).toMatchObject({ operator: '+=' });
    expect(single('$a, $b = 1, 2')).toMatchObject({ left: { type: 'ArrayLiteral' }, right: { type: 'Pipeline' } });
    expect(single('[int]$x = 5')).toMatchObject({ left: { type: 'Convert', operand: { type: 'Variable' } } });
    expect(single('[ValidateNotNull()][string]$x = "a"')).toMatchObject({ left: { type: 'Attributed', attribute: { typeName: { name: 'ValidateNotNull' } }, child: { type: 'Convert' } } });
  });

  test('the right side is a statement: command pipeline, if, switch', () => {
    expect(single('$m = Get-Mailbox | Select -First 1')).toMatchObject({ right: { type: 'Pipeline', elements: [{}, {}] } });
    expect(single('$v = if ($a) { 1 } else { 2 }')).toMatchObject({ right: { type: 'If' } });
    expect(single('$v = switch ($a) { 1 { "one" } }')).toMatchObject({ right: { type: 'Switch' } });
    expect(single('$null = & $script')).toMatchObject({ right: { elements: [{ invocationOperator: '&' }] } });
  });
});

describe('statements', () => {
  test('if / elseif / else across lines and comments', () => {
    expect(single('if ($a) { 1 }\nelseif ($b) { 2 }\n# note\nelse { 3 }')).toMatchObject({ type: 'If', clauses: [{}, {}], elseBody: { statements: [{}] } });
  });

  test('loops with labels, break and continue', () => {
    expect(single(':outer foreach ($x in $list) { continue outer }')).toMatchObject({
      type: 'ForEach',
      label: 'outer',
      variable: { name: 'x' },
      body: { statements: [{ type: 'Continue', label: bare('outer') }] },
    });
    expect(single('for ($i = 0; $i -lt 3; $i++) { }')).toMatchObject({ type: 'For', initializer: { type: 'Assignment' }, condition: {}, iterator: {} });
    expect(single('for (;;) { break }')).toMatchObject({ type: 'For', body: { statements: [{ type: 'Break' }] } });
    expect(single('while ($true) { }')).toMatchObject({ type: 'While' });
    expect(single('do { } while ($x)')).toMatchObject({ type: 'DoWhile' });
    expect(single('do { } until ($x)')).toMatchObject({ type: 'DoUntil' });
    expect(single('foreach -Parallel ($x in $y) { }')).toMatchObject({ type: 'ForEach', parallel: true });
  });

  test('switch with flags, script block conditions and default', () => {
    expect(single('switch -Regex -CaseSensitive ($x) { "^a" { 1 } { $_ -gt 5 } { 2 } default { 3 } }')).toMatchObject({
      type: 'Switch',
      mode: 'regex',
      caseSensitive: true,
      clauses: [{ pattern: { value: '^a' } }, { pattern: { type: 'ScriptBlockExpression' } }],
      defaultBody: { statements: [{}] },
    });
    expect(single('switch -Wildcard -File $p { a* { } }')).toMatchObject({ mode: 'wildcard', file: true, clauses: [{ pattern: bare('a*') }] });
    expect(single('switch -Exact ($x) { }')).toMatchObject({ mode: 'exact' });
  });

  test('return, exit, throw with and without pipelines', () => {
    expect(statements('return\nreturn 1\nexit 2\nthrow "x"').map((s) => [s.type, 'pipeline' in s && s.pipeline !== undefined])).toEqual([
      ['Return', false],
      ['Return', true],
      ['Exit', true],
      ['Throw', true],
    ]);
  });

  test('try with typed and untyped catches and finally; trap', () => {
    expect(single('try { } catch [System.IO.IOException], [System.Net.WebException] { } catch { } finally { }')).toMatchObject({
      type: 'Try',
      catches: [{ types: [{ name: 'System.IO.IOException' }, { name: 'System.Net.WebException' }] }, { types: [] }],
      finallyBody: {},
    });
    const traps = parse('trap [Exception] { continue }\nGet-Date').ast.end!;
    expect(traps.traps).toMatchObject([{ type: 'Trap', trapType: { name: 'Exception' } }]);
  });

  test('functions: param blocks, attributes, named blocks, function f($a) form, filters', () => {
    const fn = single(
      'function Get-Thing {\n  [CmdletBinding(SupportsShouldProcess)]\n  param(\n    [Parameter(Mandatory, Position = 0, ValueFromPipeline)]\n    [ValidateSet("a", "b")]\n    [string[]] $Name,\n    [int] $Count = 5\n  )\n  begin { }\n  process { $Name }\n  end { }\n}',
    );
    expect(fn).toMatchObject({
      type: 'FunctionDefinition',
      name: 'Get-Thing',
      kind: 'function',
      body: {
        paramBlock: {
          attributes: [{ type: 'Attribute', typeName: { name: 'CmdletBinding' }, namedArguments: [{ name: 'SupportsShouldProcess' }] }],
          parameters: [
            {
              name: 'Name',
              attributes: [
                { type: 'Attribute', namedArguments: [{ name: 'Mandatory' }, { name: 'Position', value: { value: 0 } }, { name: 'ValueFromPipeline' }] },
                { type: 'Attribute', positionalArguments: [{ value: 'a' }, { value: 'b' }] },
                { type: 'TypeConstraint', typeName: { name: 'string', arrayRank: 1 } },
              ],
            },
            { name: 'Count', defaultValue: { value: 5 } },
          ],
        },
        begin: { kind: 'begin' },
        process: { kind: 'process', statements: [{}] },
        end: { kind: 'end', unnamed: false },
      },
    });
    expect(single('function f($a, [int]$b = 2) { $a }')).toMatchObject({ parameters: [{ name: 'a' }, { name: 'b', defaultValue: {} }] });
    expect(single('filter Even { $_ }')).toMatchObject({ kind: 'filter', name: 'Even' });
    expect(single('function global:Get-X { }')).toMatchObject({ name: 'global:Get-X' });
  });

  test('script-level [CmdletBinding()] param() and #Requires', () => {
    const result = parse('#Requires -Version 7\n#requires -Modules ExchangeOnlineManagement\n[CmdletBinding()]\nparam([string] $Org)\nGet-Date');
    expect(result.errors).toEqual([]);
    expect(result.ast.requires).toEqual(['-Version 7', '-Modules ExchangeOnlineManagement']);
    expect(result.ast.paramBlock).toMatchObject({ attributes: [{ typeName: { name: 'CmdletBinding' } }], parameters: [{ name: 'Org' }] });
    expect(result.ast.end!.statements).toHaveLength(1);
  });

  test('classes: properties, methods, constructors with base(), static, hidden, attributes, inheritance', () => {
    expect(
      single(
        'class Car : Vehicle, IComparable {\n  static [int] $Count = 0\n  hidden [string] $Vin\n  [ValidateNotNull()] [string] $Make\n  Car([string] $make) : base($make) { $this.Make = $make }\n  [string] ToString() { return $this.Make }\n}',
      ),
    ).toMatchObject({
      type: 'TypeDefinition',
      kind: 'class',
      name: 'Car',
      baseTypes: [{ name: 'Vehicle' }, { name: 'IComparable' }],
      members: [
        { type: 'PropertyMember', name: 'Count', isStatic: true, propertyType: { name: 'int' }, initialValue: { value: 0 } },
        { type: 'PropertyMember', name: 'Vin', isHidden: true },
        { type: 'PropertyMember', name: 'Make', attributes: [{ typeName: { name: 'ValidateNotNull' } }] },
        { type: 'FunctionMember', name: 'Car', isConstructor: true, parameters: [{ name: 'make' }], baseArguments: [{ type: 'Variable' }] },
        { type: 'FunctionMember', name: 'ToString', isConstructor: false, returnType: { name: 'string' } },
      ],
    });
  });

  test('enums with values and [Flags()]', () => {
    expect(single('[Flags()] enum Perm : byte { Read = 1; Write = 2\n  All = 3 }')).toMatchObject({
      type: 'TypeDefinition',
      kind: 'enum',
      attributes: [{ typeName: { name: 'Flags' } }],
      baseTypes: [{ name: 'byte' }],
      members: [{ name: 'Read', initialValue: { value: 1 } }, { name: 'Write' }, { name: 'All' }],
    });
  });

  test('using statements go to the script block', () => {
    const result = parse('using namespace System.Text\nusing module ./Helpers.psm1\nusing assembly System.Windows.Forms\nGet-Date');
    expect(result.errors).toEqual([]);
    expect(result.ast.usings).toMatchObject([
      { kind: 'namespace', name: 'System.Text' },
      { kind: 'module', name: './Helpers.psm1' },
      { kind: 'assembly', name: 'System.Windows.Forms' },
    ]);
  });

  test('data sections, workflows with parallel/sequence, configurations', () => {
    expect(single('data Texts -SupportedCommand ConvertFrom-StringData { ConvertFrom-StringData "a=b" }')).toMatchObject({ type: 'Data', variable: 'Texts', supportedCommands: [bare('ConvertFrom-StringData')] });
    // pwsh 7 parses a workflow, then rejects it: 'Workflow is not supported in PowerShell 6+.'
    const workflow = parse('workflow W { parallel { Get-A } sequence { Get-B } }');
    expect(workflow.errors.map((e) => e.errorId)).toEqual(['WorkflowNotSupportedInPowerShellCore']);
    expect(workflow.ast.end?.statements[0]).toMatchObject({
      type: 'FunctionDefinition',
      kind: 'workflow',
      body: { end: { statements: [{ type: 'BlockStatement', kind: 'parallel' }, { type: 'BlockStatement', kind: 'sequence' }] } },
    });
    expect(single('configuration Web { Node localhost { File f { Ensure = "Present" } } }')).toMatchObject({ type: 'ConfigurationDefinition', name: bare('Web') });
  });
});

describe('tokens for highlighting', () => {
  test('attribute names and type names are told apart', () => {
    const { tokens } = parse('param([Parameter(Mandatory)][string]$x)');
    expect(tokens.filter((t) => t.kind === 'Attribute' || t.kind === 'TypeName').map((t) => [t.kind, t.text])).toEqual([
      ['Attribute', 'Parameter'],
      ['TypeName', 'string'],
    ]);
  });

  test('each token is tagged with its role', () => {
    const { tokens } = parse('Get-Item -Path $x # note\nif ($a -eq 1) { "s" }');
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['CommandName', 'Get-Item'],
      ['Parameter', '-Path'],
      ['Variable', '$x'],
      ['Comment', '# note'],
      ['Keyword', 'if'],
      ['Punctuation', '('],
      ['Variable', '$a'],
      ['Operator', '-eq'],
      ['Number', '1'],
      ['Punctuation', ')'],
      ['Punctuation', '{'],
      ['String', '"s"'],
      ['Punctuation', '}'],
    ]);
  });
});
