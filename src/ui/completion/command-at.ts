// Where the cursor is, as completion and help need it: the word being typed, the command whose
// arguments it is among (the nearest enclosing pipeline element), the parameter it is a value of.
// Read from the parser's tokens, so quoting, script blocks and pipelines are seen as pwsh sees them.
import { parse } from '../../language/parser.js';

export interface CursorContext {
  /** The word up to the cursor (`Get-Ch`, `-Pa`, `./sr`, `'my f`), and where it starts. */
  word: string;
  wordStart: number;
  /** The kind the parser gave the word's token (CommandName, Parameter, Generic, String...). */
  wordKind: string | undefined;
  /** The command the cursor is in the arguments of (as typed: an alias stays an alias). */
  command: string | undefined;
  /** True where a command name goes: the start of a statement or pipeline element. */
  commandPosition: boolean;
  /** The parameter just before the word (`-Format` in `Get-Date -Format |` or `-Format:|`), without dash or colon. */
  parameterBefore: string | undefined;
  /** Parameters already given to the command. */
  usedParameters: string[];
}

const statementStarts = new Set(['|', ';', '{', '(', '=', '&&', '||', '@(', '$(']);

export function cursorContext(text: string, cursor: number): CursorContext {
  const prefix = text.slice(0, cursor);
  const tokens = parse(prefix).tokens.filter((t) => t.kind !== 'EndOfInput');
  const last = tokens[tokens.length - 1];
  const touching = last !== undefined && last.end === cursor && !/\s$/.test(prefix) && last.kind !== 'NewLine';
  let wordStart = cursor;
  let wordKind: string | undefined;
  if (touching && !(last.kind === 'Punctuation' || (last.kind === 'Operator' && last.text !== '.'))) {
    wordStart = last.start;
    wordKind = last.kind;
  }
  const word = prefix.slice(wordStart);
  let command: string | undefined;
  let used: string[] = [];
  let previous: { kind: string; text: string } | undefined;
  const stack: { command: string | undefined; used: string[] }[] = [];
  for (const t of tokens) {
    if (t.start >= wordStart) break;
    if (t.kind === 'CommandName') {
      command = t.text;
      used = [];
    } else if (t.kind === 'Parameter' && command !== undefined) {
      used.push(t.text.replace(/^-/, '').replace(/:$/, ''));
    } else if (t.kind === 'NewLine' || (t.kind === 'Operator' && (t.text === '|' || t.text === '&&' || t.text === '||')) || t.text === ';') {
      command = undefined;
      used = [];
    } else if (t.text === '{' || t.text === '(' || t.text === '@(' || t.text === '$(' || t.text === '@{') {
      stack.push({ command, used });
      command = undefined;
      used = [];
    } else if (t.text === '}' || t.text === ')') {
      const outer = stack.pop();
      command = outer?.command;
      used = outer?.used ?? [];
    }
    if (t.kind !== 'NewLine') previous = t;
  }
  const commandPosition =
    wordKind === 'CommandName' ||
    (wordStart === cursor && command === undefined && (previous === undefined || statementStarts.has(previous.text) || previous.kind === 'NewLine'));
  const parameterBefore = previous?.kind === 'Parameter' && command !== undefined ? previous.text.slice(1).replace(/:$/, '') : undefined;
  return {
    word,
    wordStart,
    wordKind,
    command: commandPosition && wordKind === 'CommandName' ? undefined : command,
    commandPosition,
    parameterBefore,
    usedParameters: used,
  };
}
