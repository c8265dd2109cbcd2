// Token kinds the tokenizer produces and the REPL colours. The parser re-tags some tokens once it
// knows their role (a bareword becomes a CommandName, a word a Keyword, `[int]` a TypeName).

export type TokenKind =
  | 'Comment'
  | 'LineContinuation'
  | 'NewLine'
  | 'EndOfInput'
  | 'Keyword'
  | 'CommandName'
  | 'Generic'
  | 'Parameter'
  | 'Variable'
  | 'SplattedVariable'
  | 'Number'
  | 'String'
  | 'ExpandableString'
  | 'HereString'
  | 'ExpandableHereString'
  | 'Identifier'
  | 'Member'
  | 'TypeName'
  | 'Attribute'
  | 'Operator'
  | 'Punctuation'
  | 'Redirection'
  | 'Label'
  | 'StopParsing'
  | 'Unknown';

export const keywords: ReadonlySet<string> = new Set([
  'begin', 'break', 'catch', 'class', 'clean', 'configuration', 'continue', 'data', 'define', 'do',
  'dynamicparam', 'else', 'elseif', 'end', 'enum', 'exit', 'filter', 'finally', 'for', 'foreach',
  'from', 'function', 'hidden', 'if', 'in', 'inlinescript', 'parallel', 'param', 'process', 'return',
  'sequence', 'static', 'switch', 'throw', 'trap', 'try', 'until', 'using', 'var', 'while', 'workflow',
]);

/** Comparison operators take an `i` (explicitly case-insensitive) or `c` (case-sensitive) prefix. */
const comparisonOperators = [
  'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'replace', 'contains',
  'notcontains', 'in', 'notin', 'split',
];

/**
 * Binary operator (lower-cased, with its dash) → precedence; higher binds tighter. The values are
 * PowerShell's own: logical < bitwise < comparison < `??` < additive < multiplicative < `-f` < `..`
 * (so `$a -band 4 -eq 4` is `$a -band (4 -eq 4)`, and `$x ?? 1 + 2` is `$x ?? (1 + 2)`).
 */
export const binaryPrecedence: ReadonlyMap<string, number> = (() => {
  const table = new Map<string, number>();
  for (const op of ['-and', '-or', '-xor']) table.set(op, 1);
  for (const op of ['-band', '-bor', '-bxor']) table.set(op, 2);
  for (const op of comparisonOperators) {
    table.set(`-${op}`, 5);
    table.set(`-i${op}`, 5);
    table.set(`-c${op}`, 5);
  }
  for (const op of ['-join', '-is', '-isnot', '-as', '-shl', '-shr']) table.set(op, 5);
  table.set('??', 7);
  for (const op of ['+', '-']) table.set(op, 9);
  for (const op of ['*', '/', '%']) table.set(op, 10);
  table.set('-f', 12);
  table.set('..', 13);
  return table;
})();

export const unaryDashOperators: ReadonlySet<string> = new Set(['-not', '-bnot', '-split', '-isplit', '-csplit', '-join']);

/** Every `-word` operator the tokenizer recognises in expression mode. */
export const dashOperators: ReadonlySet<string> = new Set([
  ...[...binaryPrecedence.keys()].filter((op) => op.startsWith('-') && op.length > 1),
  ...unaryDashOperators,
]);

export const assignmentOperators: ReadonlySet<string> = new Set(['=', '+=', '-=', '*=', '/=', '%=', '??=']);
