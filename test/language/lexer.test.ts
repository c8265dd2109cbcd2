// The tokenizer's two modes, as PowerShell's: the same text is a parameter in command mode and an
// operator in expression mode, a bareword in one and a number or error in the other.

import { describe, expect, test } from 'vitest';
import { endsGenericToken, isQuote, isWhitespaceOrNewline } from '../../src/language/chars.js';
import { ParseContext } from '../../src/language/context.js';
import { Lexer, type LexMode, type LexToken } from '../../src/language/lexer.js';
import { parse } from '../../src/language/parser.js';

function scanAll(text: string, mode: LexMode): LexToken[] {
  const ctx = new ParseContext(text);
  const lexer = new Lexer(ctx);
  const tokens: LexToken[] = [];
  let pos = 0;
  for (;;) {
    const tok = lexer.scan(pos, mode);
    if (tok.kind === 'EndOfInput') return tokens;
    tokens.push(tok);
    pos = tok.end;
  }
}

const kinds = (text: string, mode: LexMode) => scanAll(text, mode).map((t) => [t.kind, t.text]);

describe('command mode (arguments)', () => {
  test('barewords, parameters, numbers', () => {
    expect(kinds('Get-Item -Path a.txt C:\\x\\y *.ps1 -5 foo=bar 1..3 7z.exe', 'command')).toEqual([
      ['Generic', 'Get-Item'],
      ['Parameter', '-Path'],
      ['Generic', 'a.txt'],
      ['Generic', 'C:\\x\\y'],
      ['Generic', '*.ps1'],
      ['Number', '-5'],
      ['Generic', 'foo=bar'],
      ['Generic', '1..3'],
      ['Generic', '7z.exe'],
    ]);
  });

  test('-eq is a parameter here; --% stops parsing; -Name: keeps its colon', () => {
    const tokens = scanAll('-eq --% -Name:', 'command');
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['Parameter', '-eq'],
      ['StopParsing', '--%'],
      ['Parameter', '-Name:'],
    ]);
    expect(tokens[2]!.parameter).toEqual({ name: 'Name', hasColon: true });
  });

  test('@params splats, @{ and @( open literals, a lone @ is a bareword', () => {
    expect(kinds('@params @{ @( user@contoso.com', 'command')).toEqual([
      ['SplattedVariable', '@params'],
      ['Punctuation', '@{'],
      ['Punctuation', '@('],
      ['Generic', 'user@contoso.com'],
    ]);
  });

  test('a bareword may mix quotes, escapes and variables', () => {
    const [tok] = scanAll('a"b c"`$d$e\\f', 'command');
    expect(tok).toMatchObject({ kind: 'Generic', text: 'a"b c"`$d$e\\f' });
    expect(tok!.parts).toMatchObject(['ab c$d', { type: 'Variable', name: 'e' }, '\\f']);
  });

  test('redirections', () => {
    expect(scanAll('> >> 2> 2>&1 *>&1 3>> <', 'command').map((t) => [t.text, t.redirection])).toEqual([
      ['>', { from: 'output', append: false }],
      ['>>', { from: 'output', append: true }],
      ['2>', { from: 'error', append: false }],
      ['2>&1', { from: 'error', append: false, mergeTo: 'output' }],
      ['*>&1', { from: 'all', append: false, mergeTo: 'output' }],
      ['3>>', { from: 'warning', append: true }],
      ['<', undefined],
    ]);
  });
});

describe('expression mode (operands)', () => {
  test('operators, including typographic dashes and i/c prefixes', () => {
    expect(scanAll('$a -eq 1 –and $b -CLike "x" -f 2', 'expression').map((t) => t.op ?? t.kind)).toEqual([
      'Variable',
      '-eq',
      'Number',
      '-and',
      'Variable',
      '-clike',
      'String',
      '-f',
      'Number',
    ]);
  });

  test('punctuation and compound operators', () => {
    expect(scanAll('.. :: ?. ?[ ?? ??= += -= *= /= %= ++ -- && || ! ? :', 'expression').map((t) => t.op)).toEqual([
      '..', '::', '?.', '?[', '??', '??=', '+=', '-=', '*=', '/=', '%=', '++', '--', '&&', '||', '!', '?', ':',
    ]);
  });

  test('an unknown -word is a parameter token (the parser reports it)', () => {
    expect(kinds('-foo', 'expression')).toEqual([['Parameter', '-foo']]);
  });

  test('1..10 is number, range, number; 1.5 and 1e3 are reals', () => {
    expect(scanAll('1..10 1.5 1e3', 'expression').map((t) => [t.kind, t.text])).toEqual([
      ['Number', '1'],
      ['Operator', '..'],
      ['Number', '10'],
      ['Number', '1.5'],
      ['Number', '1e3'],
    ]);
  });

  test('variables: $x?, $?, scopes, braces', () => {
    expect(scanAll('$x? $? ${a b} $env:PATH $global:x $_ $$ $^', 'expression').map((t) => t.variable)).toEqual([
      { name: 'x?', braced: false, splatted: false },
      { name: '?', braced: false, splatted: false },
      { name: 'a b', braced: true, splatted: false },
      { name: 'PATH', scope: 'env', braced: false, splatted: false },
      { name: 'x', scope: 'global', braced: false, splatted: false },
      { name: '_', braced: false, splatted: false },
      { name: '$', braced: false, splatted: false },
      { name: '^', braced: false, splatted: false },
    ]);
  });
});

describe('trivia', () => {
  test('comments and line continuations are skipped but recorded', () => {
    const ctx = new ParseContext('a <# b #> `\n c # d');
    const lexer = new Lexer(ctx);
    const first = lexer.scan(0, 'command');
    const second = lexer.scan(first.end, 'command');
    expect([first.text, second.text, second.spaceBefore]).toEqual(['a', 'c', true]);
    lexer.scan(second.end, 'command');
    expect(ctx.tokens.map((t) => t.kind)).toEqual(['Comment', 'LineContinuation', 'Comment']);
  });

  test('#Requires lines are collected', () => {
    const ctx = new ParseContext('#Requires -Modules X\nGet-Date');
    new Lexer(ctx).scan(0, 'command');
    expect(ctx.requiresLines.map((r) => r.text)).toEqual(['-Modules X']);
  });
});

describe('strings and barewords, scanned in runs', () => {
  test('a bareword ends at a blank, a line break or one of ;,|&(){}<>; a backtick, $ or quote starts a part of it', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      const tok = new Lexer(new ParseContext(`ab${c}cd`)).scan(0, 'command');
      const plain = tok.end === 5 && tok.parts === undefined && tok.value === `ab${c}cd`;
      const expected = isWhitespaceOrNewline(c) || endsGenericToken(c) ? tok.end === 2 : c === '`' || c === '$' || isQuote(c) ? !plain : plain;
      if (!expected) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test('a here-string closes on a line starting with its quote and @, after \\r\\n, \\n or a lone \\r', () => {
    expect(scanAll("@'\r\nab\r\n'@", 'expression')[0]!.value).toBe('ab');
    expect(scanAll("@'\rab\r'@", 'expression')[0]!.value).toBe('ab');
    expect(scanAll("@'\n'@", 'expression')[0]!.value).toBe('');
    expect(scanAll("@'\nx'@\n\u2019@", 'expression')[0]!.value).toBe("x'@");
    expect(scanAll('@"\na`tb $x\n"@ "c"', 'expression').map((t) => t.kind)).toEqual(['ExpandableHereString', 'String']);
  });

  test('a string first met inside a look-ahead still reports its errors when parsed for real', () => {
    // The parser looks ahead through `[ValidateSet(...)]` to find `param`; errors are not kept
    // then, so the string must be scanned again rather than reused (pwsh reports the same error).
    const errors = parse('[ValidateSet("a`u{zzz}")]param($x)').errors;
    expect(errors.map((e) => e.errorId)).toEqual(['InvalidUnicodeEscapeSequence']);
  });
});
